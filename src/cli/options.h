// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QCommandLineParser>

#include <optional>

namespace Inkwell {
class Database;
}

namespace Inkwell::Cli {

// Thrown by option checks; run() prints it and exits with ExitCode::Usage.
struct UsageError {
    QString message;
};

QCommandLineOption opt(const char *name, const char *help, const char *value = nullptr);

// False when --help was asked for (and printed): the command does nothing else.
bool parse(QCommandLineParser &parser, const QStringList &args);

// A number option within [min, max], or nothing when it is not set.
template<typename T> std::optional<T> number(const QCommandLineParser &p, const char *name, T min, T max)
{
    const QString key = QString::fromLatin1(name);
    if (!p.isSet(key))
        return std::nullopt;
    bool ok = false;
    double v = p.value(key).toDouble(&ok);
    if (!ok || v < double(min) || v > double(max) || (std::is_integral_v<T> && v != double(qint64(v))))
        throw UsageError {
            QStringLiteral("--%1 takes %2 from %3 to %4, not ‘%5’")
                .arg(key, std::is_integral_v<T> ? QStringLiteral("a whole number") : QStringLiteral("a number"))
                .arg(min)
                .arg(max)
                .arg(p.value(key))};
    return T(v);
}

// Opens the store and marks answers left streaming by dead processes as interrupted.
Error openDatabase(Database &db, const QString &dataDir);

} // namespace Inkwell::Cli
