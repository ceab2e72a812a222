// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QList>
#include <QSqlDatabase>

namespace Inkwell {

// A user template as stored: the text of its Markdown file, plus its name
// so lists and lookups need not parse every file.
struct StoredTemplate {
    qint64 id = 0;
    QString uid;
    QString name;
    QString source;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};

class TemplateRepository {
public:
    explicit TemplateRepository(const QSqlDatabase &db);

    // By name.
    Result<QList<StoredTemplate>> list();
    // id 0 when there is none.
    Result<StoredTemplate> get(const QString &uid);
    Result<StoredTemplate> findByName(const QString &name);
    // A new row (uid given for Undo, else made); returns the uid.
    Result<QString> insert(const QString &uid, const QString &name, const QString &source);
    Error update(const QString &uid, const QString &name, const QString &source);
    Error remove(const QString &uid);

private:
    Result<StoredTemplate> one(const QString &where, const QString &value);
    QSqlDatabase m_db;
};

} // namespace Inkwell
