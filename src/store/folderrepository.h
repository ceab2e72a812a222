// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace Inkwell {

struct Folder {
    qint64 id = 0;
    QString name;
};

// The sidebar's folders. A conversation is in one folder or none; deleting a
// folder keeps its conversations, out of any folder.
class FolderRepository {
public:
    explicit FolderRepository(const QSqlDatabase &db);

    Result<QList<Folder>> list(); // by name, as people read them
    Result<qint64> create(const QString &name);
    Error rename(qint64 id, const QString &name);
    Error remove(qint64 id);
    // The folder of this name (case-insensitive), or 0.
    Result<qint64> findByName(const QString &name);

private:
    QSqlDatabase m_db;
};

} // namespace Inkwell
