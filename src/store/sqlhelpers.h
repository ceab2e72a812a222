// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "core/result.h"

#include <QList>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Inkwell::Sql {

inline Error fail(const QSqlQuery &q, const char *what)
{
    return Error::make(Error::Kind::Storage, QStringLiteral("%1: %2").arg(QLatin1String(what), q.lastError().text()));
}

// Qt's SQLite driver binds a null QString as NULL; our text columns are NOT NULL.
inline QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

// Ids ≤ 0 and counts < 0 mean "none" in memory and NULL on disk.
inline QVariant id(qint64 v)
{
    return v <= 0 ? QVariant() : QVariant(v);
}

// A write transaction that takes the write lock at once. A plain BEGIN that
// reads first and writes later fails at once with "database is locked" when
// another connection has written meanwhile (in WAL mode the busy timeout
// does not apply to that upgrade); this one waits for the lock instead.
inline bool beginWrite(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("BEGIN IMMEDIATE"));
}
inline QVariant count(qint64 v)
{
    return v < 0 ? QVariant() : QVariant(v);
}
inline QVariant count(double v)
{
    return v < 0 ? QVariant() : QVariant(v);
}

// Runs a prepared SELECT and reads every row with `read`.
template<typename T, typename Read> Result<QList<T>> readAll(QSqlQuery &q, Read read, const char *what)
{
    QList<T> out;
    q.setForwardOnly(true); // no cache of rows already read
    if (!q.exec())
        return Result<QList<T>>::fail(fail(q, what));
    while (q.next())
        out << read(q);
    return {out, {}};
}

} // namespace Inkwell::Sql
