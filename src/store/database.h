// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QSqlDatabase>
#include <QString>

namespace Inkwell {

// Owns one SQLite connection to the app's single database file.
class Database {
public:
    Database() = default;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating if needed) and migrates to the current schema.
    Error open(const QString &filePath);
    void close();

    QSqlDatabase &db() { return m_db; }
    bool isOpen() const { return m_db.isOpen(); }
    int schemaVersion();

    static int currentSchemaVersion();
    // DIR from --data-dir, else INKWELL_DATA_DIR, else the platform location.
    static QString dataDir(const QString &overrideDir = {});
    static QString defaultFilePath(const QString &overrideDir = {});

private:
    Error migrate();
    QSqlDatabase m_db;
    QString m_connection;
};

} // namespace Inkwell
