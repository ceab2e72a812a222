// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cstdio>

namespace Inkwell::Cli {

// Exit codes are a contract (README, man page): scripts rely on them.
enum ExitCode {
    Ok = 0,
    Usage = 2,
    Backend = 3,
    Interrupted = 4,
    Data = 5, // a file to import or export could not be read, written or understood
    Cancelled = 130,
};

inline void writeOut(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

inline void printError(const QString &message)
{
    const QByteArray line = "inkwell-cli: " + message.toUtf8() + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
}

} // namespace Inkwell::Cli
