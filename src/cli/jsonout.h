// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/clicontext.h"

#include <QDateTime>

#include <nlohmann/json.hpp>

namespace Inkwell::Cli {

// Every --json output: indented, one document, invalid UTF-8 replaced rather
// than thrown on (a server's text can hold anything).
inline void writeJson(const nlohmann::json &j)
{
    writeOut(QByteArray::fromStdString(j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace)) + '\n');
}

// Times in JSON output: ISO 8601 in UTC.
inline std::string isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toOffsetFromUtc(0).toString(Qt::ISODate).toStdString();
}

} // namespace Inkwell::Cli
