// SPDX-License-Identifier: GPL-3.0-or-later
#include "appstate.h"

#include "store/sqlhelpers.h"

namespace Inkwell {

AppState::AppState(const QSqlDatabase &db)
    : m_db(db)
{
}

QString AppState::value(const QString &key)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM app_state WHERE key = ?"));
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

Error AppState::setValue(const QString &key, const QString &value)
{
    QSqlQuery q(m_db);
    if (value.isEmpty()) {
        q.prepare(QStringLiteral("DELETE FROM app_state WHERE key = ?"));
        q.addBindValue(key);
    } else {
        q.prepare(QStringLiteral("INSERT INTO app_state (key, value) VALUES (?, ?) "
                                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
        q.addBindValue(key);
        q.addBindValue(value);
    }
    return q.exec() ? Error {} : Sql::fail(q, "Cannot save the app's state");
}

} // namespace Inkwell
