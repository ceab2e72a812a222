// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "store/migrations.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace Inkwell {

namespace {
QAtomicInt g_connectionCounter;

Error sqlError(const QString &what, const QSqlError &e)
{
    return Error::make(Error::Kind::Storage, QStringLiteral("%1: %2").arg(what, e.text()));
}
} // namespace

Database::~Database()
{
    close();
}

QString Database::dataDir(const QString &overrideDir)
{
    if (!overrideDir.isEmpty())
        return overrideDir;
    const QString env = qEnvironmentVariable("INKWELL_DATA_DIR");
    if (!env.isEmpty())
        return env;
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/inkwell");
}

QString Database::defaultFilePath(const QString &overrideDir)
{
    return dataDir(overrideDir) + QStringLiteral("/inkwell.sqlite3");
}

int Database::currentSchemaVersion()
{
    return int(schemaMigrations().size());
}

Error Database::open(const QString &filePath)
{
    close();
    QDir().mkpath(QFileInfo(filePath).absolutePath());
    m_connection = QStringLiteral("inkwell-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1));
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(filePath);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open())
        return sqlError(QCoreApplication::translate("Inkwell::Database", "Cannot open the database %1").arg(filePath),
                        m_db.lastError());
    QSqlQuery q(m_db);
    // A file that is not SQLite fails here, before anything is written.
    if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")))
        return sqlError(
            QCoreApplication::translate("Inkwell::Database", "%1 is not a usable Inkwell database").arg(filePath),
            q.lastError());
    q.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    return migrate();
}

void Database::close()
{
    if (m_connection.isEmpty())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
    m_connection.clear();
}

int Database::schemaVersion()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

Error Database::migrate()
{
    const int from = schemaVersion();
    const auto &steps = schemaMigrations();
    if (from < 0)
        return sqlError(QCoreApplication::translate("Inkwell::Database", "Cannot read the schema version"),
                        m_db.lastError());
    if (from > int(steps.size()))
        return Error::make(
            Error::Kind::Storage,
            QCoreApplication::translate("Inkwell::Database",
                                        "The database was written by a newer Inkwell (schema %1, this build knows %2). "
                                        "Update Inkwell; the file was not changed.")
                .arg(from)
                .arg(steps.size()));
    if (from == int(steps.size()))
        return {};
    // All pending steps in one transaction: a failure leaves the file as it was.
    if (!m_db.transaction())
        return sqlError(QCoreApplication::translate("Inkwell::Database", "Cannot start the migration"),
                        m_db.lastError());
    QSqlQuery q(m_db);
    for (int v = from; v < int(steps.size()); ++v) {
        for (const QString &sql : steps[size_t(v)]) {
            if (!q.exec(sql)) {
                const Error e = sqlError(
                    QCoreApplication::translate("Inkwell::Database", "Migration to schema %1 failed").arg(v + 1),
                    q.lastError());
                m_db.rollback();
                return e;
            }
        }
    }
    if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(steps.size())) || !m_db.commit()) {
        const Error e
            = sqlError(QCoreApplication::translate("Inkwell::Database", "Cannot finish the migration"), q.lastError());
        m_db.rollback();
        return e;
    }
    return {};
}

} // namespace Inkwell
