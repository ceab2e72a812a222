// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "core/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Inkwell::Sql {

// The database file behind a connection (Database::open names its driver),
// or "" for a connection opened elsewhere.
inline QString fileOf(const QSqlDriver *driver)
{
    return driver ? driver->property("inkwellFile").toString() : QString();
}
inline QString fileOf(const QSqlDatabase &db)
{
    const QString tagged = fileOf(db.driver());
    return tagged.isEmpty() ? db.databaseName() : tagged;
}

// Error::code of a storage error, for code that decides what to do next.
inline constexpr auto kDiskFull = "disk-full";
inline constexpr auto kReadOnly = "read-only";
inline constexpr auto kLocked = "locked";
inline constexpr auto kDamaged = "damaged";
inline constexpr auto kIo = "io";

// "What failed: why, in words a person can act on", naming the file: a full
// disk, a read-only file or folder, a lock held by another program, a damaged
// file. Defined in database.cpp.
Error storageError(const QString &what, const QSqlError &error, const QString &file);

inline Error fail(const QSqlQuery &q, const char *what)
{
    return storageError(QLatin1String(what), q.lastError(), fileOf(q.driver()));
}

// Waits at most `ms` for another connection's lock while it lives (a
// periodic write that comes again soon need not stall the window for the
// connection's full busy timeout).
class BusyTimeout {
public:
    BusyTimeout(const QSqlDatabase &db, int ms)
        : m_db(db)
    {
        QSqlQuery q(m_db);
        if (q.exec(QStringLiteral("PRAGMA busy_timeout")) && q.next())
            m_previous = q.value(0).toInt();
        q.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(ms));
    }
    ~BusyTimeout()
    {
        if (m_previous >= 0)
            QSqlQuery(m_db).exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(m_previous));
    }
    BusyTimeout(const BusyTimeout &) = delete;
    BusyTimeout &operator=(const BusyTimeout &) = delete;

private:
    QSqlDatabase m_db;
    int m_previous = -1;
};

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
