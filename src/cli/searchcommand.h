// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QSqlDatabase>
#include <QStringList>

#include <functional>

namespace Inkwell::Cli {

// inkwell-cli search QUERY: every message and draft that holds it.
int runSearch(const QStringList &args);

// Adds what an import left for the search index (see SearchIndex::catchUp),
// a line of progress on stderr when `progress`; stops early when `stop`
// says so (the rest waits for the next time). Returns an error, or nothing.
Error catchUpSearch(const QSqlDatabase &db, bool progress, const std::function<bool()> &stop);

} // namespace Inkwell::Cli
