// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilerepository.h"

#include "store/appstate.h"
#include "store/sqlhelpers.h"

#include <QDateTime>

namespace Inkwell {

using Sql::fail;

namespace {
constexpr auto kColumns
    = "id, name, api, base_url, model, include_usage, connect_timeout_ms, idle_timeout_ms, preset, settings";

Profile fromQuery(const QSqlQuery &q)
{
    Profile p;
    p.id = q.value(0).toLongLong();
    p.name = q.value(1).toString();
    p.api = q.value(2).toString();
    p.baseUrl = q.value(3).toString();
    p.model = q.value(4).toString();
    p.includeUsage = q.value(5).toBool();
    p.connectTimeoutMs = q.value(6).toInt();
    p.idleTimeoutMs = q.value(7).toInt();
    p.preset = q.value(8).toString();
    p.setSettingsJson(q.value(9).toString());
    return p;
}
} // namespace

ProfileRepository::ProfileRepository(const QSqlDatabase &db)
    : m_db(db)
{
}

Result<QList<Profile>> ProfileRepository::list()
{
    QSqlQuery q(m_db);
    QList<Profile> out;
    if (!q.exec(QStringLiteral("SELECT %1 FROM profiles ORDER BY name").arg(QLatin1String(kColumns))))
        return Result<QList<Profile>>::fail(fail(q, "Cannot list profiles"));
    while (q.next())
        out << fromQuery(q);
    return {out, {}};
}

Result<Profile> ProfileRepository::get(qint64 id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM profiles WHERE id = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(id);
    if (!q.exec())
        return Result<Profile>::fail(fail(q, "Cannot read the profile"));
    if (!q.next())
        return Result<Profile>::fail(
            Error::make(Error::Kind::Usage, QStringLiteral("There is no profile %1.").arg(id)));
    return {fromQuery(q), {}};
}

Result<Profile> ProfileRepository::byName(const QString &name)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM profiles WHERE name = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(name);
    if (!q.exec())
        return Result<Profile>::fail(fail(q, "Cannot read the profile"));
    if (!q.next())
        return Result<Profile>::fail(
            Error::make(Error::Kind::Usage, QStringLiteral("There is no profile named ‘%1’.").arg(name)));
    return {fromQuery(q), {}};
}

Result<qint64> ProfileRepository::save(const Profile &p)
{
    QSqlQuery q(m_db);
    if (p.id > 0) {
        q.prepare(QStringLiteral("UPDATE profiles SET name = ?, api = ?, base_url = ?, model = ?, include_usage = ?, "
                                 "connect_timeout_ms = ?, idle_timeout_ms = ?, preset = ?, settings = ? WHERE id = ?"));
    } else {
        q.prepare(QStringLiteral("INSERT INTO profiles (name, api, base_url, model, include_usage, connect_timeout_ms, "
                                 "idle_timeout_ms, preset, settings, created_at) VALUES (?,?,?,?,?,?,?,?,?,?)"));
    }
    q.addBindValue(Sql::text(p.name));
    q.addBindValue(Sql::text(p.api));
    q.addBindValue(Sql::text(p.baseUrl));
    q.addBindValue(Sql::text(p.model));
    q.addBindValue(p.includeUsage);
    q.addBindValue(p.connectTimeoutMs);
    q.addBindValue(p.idleTimeoutMs);
    q.addBindValue(Sql::text(p.preset));
    q.addBindValue(Sql::text(p.settingsJson()));
    q.addBindValue(p.id > 0 ? QVariant(p.id) : QVariant(QDateTime::currentMSecsSinceEpoch()));
    if (!q.exec())
        return Result<qint64>::fail(fail(q, "Cannot save the profile"));
    return {p.id > 0 ? p.id : q.lastInsertId().toLongLong(), {}};
}

Error ProfileRepository::remove(qint64 id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM profiles WHERE id = ?"));
    q.addBindValue(id);
    return q.exec() ? Error {} : fail(q, "Cannot delete the profile");
}

qint64 ProfileRepository::activeId()
{
    return AppState(m_db).value(QStringLiteral("active_profile")).toLongLong();
}

Error ProfileRepository::setActiveId(qint64 id)
{
    return AppState(m_db).setValue(QStringLiteral("active_profile"), QString::number(id));
}

} // namespace Inkwell
