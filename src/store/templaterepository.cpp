// SPDX-License-Identifier: GPL-3.0-or-later
#include "templaterepository.h"

#include "store/sqlhelpers.h"

#include <QDateTime>
#include <QUuid>

namespace Inkwell {

using Sql::fail;

namespace {

constexpr auto kColumns = "id, uid, name, source, created_at, updated_at";

StoredTemplate fromQuery(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toString(),   q.value(2).toString(),
            q.value(3).toString(),   q.value(4).toLongLong(), q.value(5).toLongLong()};
}

} // namespace

TemplateRepository::TemplateRepository(const QSqlDatabase &db)
    : m_db(db)
{
}

Result<QList<StoredTemplate>> TemplateRepository::list()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT %1 FROM templates ORDER BY name COLLATE NOCASE").arg(QLatin1String(kColumns))))
        return Result<QList<StoredTemplate>>::fail(fail(q, "Cannot read the templates"));
    QList<StoredTemplate> out;
    while (q.next())
        out << fromQuery(q);
    return {out, {}};
}

Result<StoredTemplate> TemplateRepository::one(const QString &where, const QString &value)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM templates WHERE %2").arg(QLatin1String(kColumns), where));
    q.addBindValue(value);
    if (!q.exec())
        return Result<StoredTemplate>::fail(fail(q, "Cannot read the template"));
    return {q.next() ? fromQuery(q) : StoredTemplate {}, {}};
}

Result<StoredTemplate> TemplateRepository::get(const QString &uid)
{
    return one(QStringLiteral("uid = ?"), uid);
}

Result<StoredTemplate> TemplateRepository::findByName(const QString &name)
{
    // SQLite's NOCASE folds ASCII only; Chinese names compare exactly.
    return one(QStringLiteral("name = ? COLLATE NOCASE"), name);
}

Result<QString> TemplateRepository::insert(const QString &uid, const QString &name, const QString &source)
{
    const QString id = uid.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : uid;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT INTO templates (uid, name, source, created_at, updated_at) VALUES (?, ?, ?, ?, ?)"));
    for (const QVariant &v : QVariantList {id, Sql::text(name), Sql::text(source), now, now})
        q.addBindValue(v);
    if (!q.exec())
        return Result<QString>::fail(fail(q, "Cannot save the template"));
    return {id, {}};
}

Error TemplateRepository::update(const QString &uid, const QString &name, const QString &source)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE templates SET name = ?, source = ?, updated_at = ? WHERE uid = ?"));
    for (const QVariant &v :
         QVariantList {Sql::text(name), Sql::text(source), QDateTime::currentMSecsSinceEpoch(), uid})
        q.addBindValue(v);
    if (!q.exec())
        return fail(q, "Cannot save the template");
    return {};
}

Error TemplateRepository::remove(const QString &uid)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM templates WHERE uid = ?"));
    q.addBindValue(uid);
    if (!q.exec())
        return fail(q, "Cannot delete the template");
    return {};
}

} // namespace Inkwell
