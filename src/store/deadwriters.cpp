// SPDX-License-Identifier: GPL-3.0-or-later
#include "deadwriters.h"

#include "store/sqlhelpers.h"

#include <QCoreApplication>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#endif

namespace Inkwell {

namespace {

bool processAlive(qint64 pid)
{
#ifdef Q_OS_UNIX
    if (pid <= 0)
        return false;
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
#else
    Q_UNUSED(pid);
    return false;
#endif
}

} // namespace

Result<int> recoverDeadWriters(const QSqlDatabase &db, const char *table, const QString &error)
{
    const QLatin1StringView name(table);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT id, writer_pid FROM %1 WHERE status = 'streaming'").arg(name)))
        return Result<int>::fail(Sql::fail(q, "Cannot check for interrupted streams"));
    QList<qint64> dead;
    const qint64 self = QCoreApplication::applicationPid();
    while (q.next()) {
        const qint64 pid = q.value(1).isNull() ? 0 : q.value(1).toLongLong();
        if (pid == self || !processAlive(pid))
            dead << q.value(0).toLongLong();
    }
    QSqlQuery u(db);
    u.prepare(QStringLiteral("UPDATE %1 SET status = 'interrupted', writer_pid = NULL, error = ? "
                             "WHERE id = ? AND status = 'streaming'").arg(name));
    for (qint64 id : std::as_const(dead)) {
        u.addBindValue(error);
        u.addBindValue(id);
        if (!u.exec())
            return Result<int>::fail(Sql::fail(u, "Cannot mark an interrupted stream"));
    }
    return {int(dead.size()), {}};
}

} // namespace Inkwell
