// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "core/logging.h"
#include "store/migrations.h"
#include "store/sqlhelpers.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>

#include <unistd.h>

namespace Inkwell {

namespace {
QAtomicInt g_connectionCounter;

Error sqlError(const QString &what, const QSqlError &e, const QString &file)
{
    return Sql::storageError(what, e, file);
}

// What to do with a file we refuse to touch.
QString moveAsideHint(const QString &file)
{
    return QCoreApplication::translate("Inkwell::Database",
                                       "Nothing was changed. Quit Inkwell and move the file aside (rename it, for "
                                       "example to %1) to start with a new, empty database, or put back a backup.")
        .arg(QFileInfo(file).fileName() + QStringLiteral(".damaged"));
}

Error damaged(const QString &file, const QString &why)
{
    Error e = Error::make(Error::Kind::Storage, QStringLiteral("%1 %2").arg(why, moveAsideHint(file)));
    e.code = QLatin1String(Sql::kDamaged);
    return e;
}

quint32 bigEndian(const QByteArray &b, int at, int bytes)
{
    quint32 v = 0;
    for (int i = 0; i < bytes; ++i)
        v = (v << 8) | quint8(b.at(at + i));
    return v;
}

// Looks at an existing file before SQLite does: something that is not an
// SQLite database, or one cut short (its header promises more pages than the
// file holds, and no write-ahead log holds the rest), is refused untouched.
Error checkFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(
            Error::Kind::Storage,
            QCoreApplication::translate("Inkwell::Database", "Cannot read the database %1: %2 — check its permissions.")
                .arg(path, f.errorString()));
    const qint64 size = f.size();
    if (size == 0)
        return {}; // an empty file is an empty database
    const QByteArray header = f.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return damaged(path,
                       QCoreApplication::translate("Inkwell::Database",
                                                   "%1 is not a usable Inkwell database: it is not an SQLite file.")
                           .arg(path));
    quint32 pageSize = bigEndian(header, 16, 2);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 pages = bigEndian(header, 28, 4);
    const bool sizeValid = pages > 0 && bigEndian(header, 24, 4) == bigEndian(header, 92, 4);
    const QFileInfo wal(path + QStringLiteral("-wal"));
    const qint64 promised = qint64(pages) * pageSize;
    if (sizeValid && size < promised && !(wal.exists() && wal.size() > 0))
        return damaged(path,
                       QCoreApplication::translate("Inkwell::Database",
                                                   "%1 is damaged: it is cut short (%2 bytes of the %3 it "
                                                   "should have).")
                           .arg(path)
                           .arg(size)
                           .arg(promised));
    return {};
}

// The database files this process has open, and how many connections each.
// A file SQLite has open must not be opened and closed again by other code
// in the same process: POSIX drops all of a process's locks on a file when
// any of its descriptors for it closes, so another program (inkwell-cli, a
// backup) would then take the database for unused and delete the
// write-ahead log under the window — with the answers not yet checkpointed.
QMutex &openFilesMutex()
{
    static QMutex m;
    return m;
}

QHash<QString, int> &openFiles()
{
    static QHash<QString, int> files;
    return files;
}

QString fileKey(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

bool openInThisProcess(const QString &path)
{
    QMutexLocker lock(&openFilesMutex());
    return openFiles().value(fileKey(path)) > 0;
}

Error newerSchema(const QString &file, int version)
{
    return Error::make(Error::Kind::Storage,
                       QCoreApplication::translate("Inkwell::Database",
                                                   "%1 was written by a newer Inkwell (schema %2, this build knows "
                                                   "%3). Update Inkwell; the file was not changed.")
                           .arg(file)
                           .arg(version)
                           .arg(Database::currentSchemaVersion()));
}

bool writable(const QString &path)
{
    return ::access(QFile::encodeName(path).constData(), W_OK) == 0;
}
} // namespace

Error Sql::storageError(const QString &what, const QSqlError &error, const QString &file)
{
    const int code = error.nativeErrorCode().toInt() & 0xff; // the primary SQLite result code
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    const QString name = file.isEmpty() ? QCoreApplication::translate("Inkwell::Database", "the database") : file;
    QString why;
    const char *kind = "";
    switch (code) {
    case 13: // SQLITE_FULL
        why = QCoreApplication::translate("Inkwell::Database",
                                          "the disk is full (%1 cannot grow) — free some space on it")
                  .arg(name);
        kind = kDiskFull;
        break;
    case 8: // SQLITE_READONLY
        why = QCoreApplication::translate("Inkwell::Database",
                                          "%1 is read-only — make the file and its folder writable, then try again")
                  .arg(name);
        kind = kReadOnly;
        break;
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        why = QCoreApplication::translate("Inkwell::Database",
                                          "%1 is locked by another program (another Inkwell, a database browser, a "
                                          "backup) — close it or wait, then try again")
                  .arg(name);
        kind = kLocked;
        break;
    case 10: // SQLITE_IOERR
        why = QCoreApplication::translate("Inkwell::Database",
                                          "%1 could not be written or read (%2) — the disk may be full, failing or "
                                          "gone")
                  .arg(name, detail);
        kind = kIo;
        break;
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        why = QCoreApplication::translate("Inkwell::Database", "%1 is damaged (%2) — move it aside and start again")
                  .arg(name, detail);
        kind = kDamaged;
        break;
    case 14: // SQLITE_CANTOPEN
        why = QCoreApplication::translate("Inkwell::Database",
                                          "%1 cannot be opened (%2) — check that it and its folder exist and can be "
                                          "read and written")
                  .arg(name, detail);
        break;
    default:
        why = file.isEmpty() ? error.text() : QStringLiteral("%1 (%2)").arg(error.text(), file);
    }
    Error e = Error::make(Error::Kind::Storage, what.isEmpty() ? why : QStringLiteral("%1: %2").arg(what, why));
    e.code = QLatin1String(kind);
    return e;
}

Database::~Database()
{
    close();
}

QString Database::dataDir(const QString &overrideDir)
{
    if (!overrideDir.isEmpty())
        return overrideDir;
    QString env = qEnvironmentVariable("INKWELL_DATA_DIR");
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

Error Database::connect(const QString &name, const QString &options)
{
    close();
    m_connection = QStringLiteral("inkwell-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1));
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(name);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1;%2").arg(kBusyTimeoutMs).arg(options));
    if (!m_db.open())
        return sqlError(QCoreApplication::translate("Inkwell::Database", "Cannot open the database"), m_db.lastError(),
                        m_filePath);
    // Every error on this connection names the file (Sql::fail).
    m_db.driver()->setProperty("inkwellFile", m_filePath);
    m_openKey = fileKey(m_filePath);
    QMutexLocker lock(&openFilesMutex());
    ++openFiles()[m_openKey];
    return {};
}

Error Database::open(const QString &filePath)
{
    close();
    m_filePath = filePath;
    m_readOnly = false;
    m_warning.clear();
    const QFileInfo info(filePath);
    const QString folder = info.absolutePath();
    if (!QDir().mkpath(folder))
        return Error::make(Error::Kind::Storage,
                           QCoreApplication::translate("Inkwell::Database",
                                                       "Cannot create the folder %1 for the database — check that "
                                                       "its parent folder exists and can be written.")
                               .arg(folder));
    if (info.exists()) {
        // Checked when this process first opened it (see openFiles).
        if (!openInThisProcess(filePath))
            if (Error e = checkFile(filePath); e.isError())
                return e;
        if (!writable(filePath) || !writable(folder))
            return openReadOnly(filePath);
    } else if (!writable(folder)) {
        return Error::make(Error::Kind::Storage,
                           QCoreApplication::translate("Inkwell::Database",
                                                       "Cannot create the database %1: its folder is read-only — "
                                                       "make the folder writable or choose another with --data-dir.")
                               .arg(filePath),
                           0, QLatin1String(Sql::kReadOnly));
    }
    if (Error e = connect(filePath, {}); e.isError()) {
        close();
        return e;
    }
    QSqlQuery q(m_db);
    // A newer Inkwell's file is refused before anything is written to it,
    // even the journal mode (which rewrites the header of a rollback-journal file).
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next() && q.value(0).toInt() > currentSchemaVersion()) {
        const int version = q.value(0).toInt();
        q = QSqlQuery();
        close();
        return newerSchema(filePath, version);
    }
    // A file that is not SQLite fails here, before anything is written.
    if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL"))) {
        Error e = sqlError(QCoreApplication::translate("Inkwell::Database", "Cannot open the database"), q.lastError(),
                           filePath);
        q = QSqlQuery();
        close();
        if (e.code == QLatin1String(Sql::kDamaged))
            return damaged(
                filePath,
                QCoreApplication::translate("Inkwell::Database", "%1 is not a usable Inkwell database: it is damaged.")
                    .arg(filePath));
        if (e.code == QLatin1String(Sql::kReadOnly))
            return openReadOnly(filePath); // a read-only file system says so only now
        return e;
    }
    q.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    q = QSqlQuery();
    if (Error e = migrate(); e.isError()) {
        close(); // a damaged file is left as it was, and nobody writes to it
        if (e.code == QLatin1String(Sql::kDamaged))
            return damaged(filePath, e.message + u'.');
        return e;
    }
    qCDebug(lcStore).noquote() << "opened" << filePath << "schema" << currentSchemaVersion();
    return {};
}

Error Database::openReadOnly(const QString &filePath)
{
    // A write-ahead-log database needs its -shm file to be read; when the
    // folder cannot hold one, the file is read as it is (immutable).
    const auto readable = [this] {
        QSqlQuery q(m_db);
        return q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && q.next();
    };
    Error e = connect(filePath, QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!e.isError() && !readable()) {
        QUrl uri = QUrl::fromLocalFile(QFileInfo(filePath).absoluteFilePath());
        uri.setQuery(QStringLiteral("immutable=1"));
        e = connect(uri.toString(QUrl::FullyEncoded), QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        if (!e.isError() && !readable()) {
            QSqlQuery q(m_db);
            q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"));
            e = sqlError(QCoreApplication::translate("Inkwell::Database", "Cannot read the database"), q.lastError(),
                         filePath);
        }
    }
    if (e.isError()) {
        close();
        return e;
    }
    const int version = schemaVersion();
    if (version > currentSchemaVersion()) {
        close();
        return newerSchema(filePath, version);
    }
    if (version != currentSchemaVersion()) {
        close();
        return Error::make(Error::Kind::Storage,
                           QCoreApplication::translate("Inkwell::Database",
                                                       "%1 is read-only, and this Inkwell must update it (schema %2 "
                                                       "to %3) before it can be used — make the file and its folder "
                                                       "writable.")
                               .arg(filePath)
                               .arg(version)
                               .arg(currentSchemaVersion()),
                           0, QLatin1String(Sql::kReadOnly));
    }
    m_readOnly = true;
    m_warning = QCoreApplication::translate("Inkwell::Database",
                                            "%1 is read-only: conversations can be read, but nothing new will be "
                                            "saved — make the file and its folder writable and start Inkwell again.")
                    .arg(filePath);
    qCInfo(lcStore).noquote() << "opened read-only:" << filePath;
    return {};
}

void Database::setBusyTimeout(int ms)
{
    QSqlQuery(m_db).exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(ms));
}

void Database::close()
{
    if (m_connection.isEmpty())
        return;
    if (!m_openKey.isEmpty()) {
        QMutexLocker lock(&openFilesMutex());
        if (--openFiles()[m_openKey] <= 0)
            openFiles().remove(m_openKey);
        m_openKey.clear();
    }
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
    if (from < 0) {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("PRAGMA user_version"));
        return sqlError(QCoreApplication::translate("Inkwell::Database", "Cannot read the schema version"),
                        q.lastError(), m_filePath);
    }
    if (from > int(steps.size()))
        return newerSchema(m_filePath, from);
    if (from == int(steps.size()))
        return {};
    qCInfo(lcStore).noquote() << "migrating" << m_filePath << "from schema" << from << "to" << steps.size();
    // All pending steps in one transaction: a failure leaves the file as it was.
    if (!m_db.transaction())
        return sqlError(QCoreApplication::translate("Inkwell::Database", "Cannot start the migration"),
                        m_db.lastError(), m_filePath);
    QSqlQuery q(m_db);
    for (int v = from; v < int(steps.size()); ++v) {
        for (const QString &sql : steps[size_t(v)]) {
            if (!q.exec(sql)) {
                Error e = sqlError(
                    QCoreApplication::translate("Inkwell::Database", "Migration to schema %1 failed").arg(v + 1),
                    q.lastError(), m_filePath);
                m_db.rollback();
                return e;
            }
        }
    }
    if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(steps.size())) || !m_db.commit()) {
        Error e = sqlError(QCoreApplication::translate("Inkwell::Database", "Cannot finish the migration"),
                           q.lastError(), m_filePath);
        m_db.rollback();
        return e;
    }
    return {};
}

} // namespace Inkwell
