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

    // How long a write waits for another program's lock before it fails.
    static constexpr int kBusyTimeoutMs = 5000;

    // Opens (creating if needed) and migrates to the current schema. A file
    // that is not an SQLite database, or is cut short or damaged, is refused
    // and left as it is (the connection is closed), with a message naming it
    // and saying what to do. A file or folder that cannot be written opens
    // read-only when its schema is current: reading works, `warning()` says
    // why nothing will be saved, and every write fails naming the file.
    Error open(const QString &filePath);
    void close();

    QSqlDatabase &db() { return m_db; }
    [[nodiscard]] bool isOpen() const { return m_db.isOpen(); }
    [[nodiscard]] bool isReadOnly() const { return m_readOnly; }
    // What a person should know although the database opened (read-only), or "".
    [[nodiscard]] const QString &warning() const { return m_warning; }
    [[nodiscard]] const QString &filePath() const { return m_filePath; }
    void setBusyTimeout(int ms);
    int schemaVersion();

    static int currentSchemaVersion();
    // DIR from --data-dir, else INKWELL_DATA_DIR, else the platform location.
    static QString dataDir(const QString &overrideDir = {});
    static QString defaultFilePath(const QString &overrideDir = {});

private:
    Error migrate();
    Error openReadOnly(const QString &filePath);
    Error connect(const QString &name, const QString &options);
    QSqlDatabase m_db;
    QString m_connection;
    QString m_openKey; // this connection's entry in the process's open files
    QString m_filePath;
    QString m_warning;
    bool m_readOnly = false;
};

} // namespace Inkwell
