// SPDX-License-Identifier: GPL-3.0-or-later
#include "folderrepository.h"

#include "store/sqlhelpers.h"

#include <QCollator>
#include <QDateTime>
#include <QSqlQuery>

#include <algorithm>

namespace Inkwell {

using Sql::fail;

FolderRepository::FolderRepository(const QSqlDatabase &db)
    : m_db(db)
{
}

Result<QList<Folder>> FolderRepository::list()
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, name FROM folders"));
    auto folders = Sql::readAll<Folder>(
        q,
        [](const QSqlQuery &r) {
            return Folder {r.value(0).toLongLong(), r.value(1).toString()};
        },
        "Cannot read the folders");
    // Sorted as the locale sorts (SQLite would sort 中文 and Ä by code point).
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(folders.value.begin(), folders.value.end(),
              [&collator](const Folder &a, const Folder &b) { return collator.compare(a.name, b.name) < 0; });
    return folders;
}

Result<qint64> FolderRepository::create(const QString &name)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO folders (name, created_at) VALUES (?, ?)"));
    q.addBindValue(name);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!q.exec())
        return Result<qint64>::fail(fail(q, "Cannot create the folder"));
    return {q.lastInsertId().toLongLong(), {}};
}

Error FolderRepository::rename(qint64 id, const QString &name)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE folders SET name = ? WHERE id = ?"));
    q.addBindValue(name);
    q.addBindValue(id);
    return q.exec() ? Error {} : fail(q, "Cannot rename the folder");
}

Error FolderRepository::remove(qint64 id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM folders WHERE id = ?")); // conversations: ON DELETE SET NULL
    q.addBindValue(id);
    return q.exec() ? Error {} : fail(q, "Cannot delete the folder");
}

Result<qint64> FolderRepository::findByName(const QString &name)
{
    const auto all = list();
    if (!all.ok())
        return Result<qint64>::fail(all.error);
    for (const Folder &f : all.value)
        if (f.name.compare(name, Qt::CaseInsensitive) == 0)
            return {f.id, {}};
    return {0, {}};
}

} // namespace Inkwell
