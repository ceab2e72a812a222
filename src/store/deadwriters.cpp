// SPDX-License-Identifier: GPL-3.0-or-later
#include "deadwriters.h"

#include "store/sqlhelpers.h"

#include <QCoreApplication>
#include <QFile>

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
    if (::kill(pid_t(pid), 0) != 0 && errno != EPERM)
        return false;
    // A process killed but not yet reaped (a zombie, which a container's init
    // may leave for a while) answers kill() but writes nothing ever again.
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (stat.open(QIODevice::ReadOnly)) {
        const QByteArray line = stat.readAll();
        const qsizetype close = line.lastIndexOf(')'); // the name may hold spaces and parentheses
        const char state = close >= 0 && close + 2 < line.size() ? line.at(close + 2) : 'R';
        return state != 'Z' && state != 'X' && state != 'x';
    }
    return true;
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
                             "WHERE id = ? AND status = 'streaming'")
                  .arg(name));
    for (qint64 id : std::as_const(dead)) {
        u.addBindValue(error);
        u.addBindValue(id);
        if (!u.exec())
            return Result<int>::fail(Sql::fail(u, "Cannot mark an interrupted stream"));
    }
    return {int(dead.size()), {}};
}

} // namespace Inkwell
