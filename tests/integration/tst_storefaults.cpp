// SPDX-License-Identifier: GPL-3.0-or-later
// The store when the disk or the file misbehaves: a damaged file at start, a
// read-only file or folder, another process holding the database's lock, a
// full disk while an answer streams. Each gives a message naming the file;
// nothing is overwritten, and an answer's text is kept and written later.
#include "chat/chatcontroller.h"
#include "fakeserver.h"
#include "openaichunks.h"
#include "store/conversationrepository.h"
#include "store/database.h"
#include "store/messagerepository.h"
#include "store/sqlhelpers.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <cstdio>
#include <sys/resource.h>
#include <unistd.h>

using namespace Inkwell;

namespace {

QByteArray hashOf(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// A long answer in many pieces, so that flushes happen while it streams and
// its text needs new pages in the file.
QStringList answerPieces()
{
    QStringList pieces;
    for (int i = 0; i < 40; ++i)
        pieces << QStringLiteral("Piece %1 of the answer: %2\n").arg(i).arg(QString(400, QChar(u'a' + i % 26)));
    return pieces;
}

// The other process of the lock tests: opens FILE, says "ready", waits for
// a line on stdin, takes the write lock, says "locked", and keeps it for MS
// milliseconds, or until another line on stdin.
int holdLock(const QString &file, int ms)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
    db.setDatabaseName(file);
    if (!db.open())
        return 1;
    QSqlQuery q(db);
    std::fputs("ready\n", stdout);
    std::fflush(stdout);
    char go[16];
    (void)std::fgets(go, sizeof go, stdin);
    if (!q.exec(QStringLiteral("BEGIN EXCLUSIVE")))
        return 2;
    std::fputs("locked\n", stdout);
    std::fflush(stdout);
    if (ms > 0) {
        QThread::msleep(ulong(ms)); // the lock held for this long is what is tested
    } else {
        char line[16];
        (void)std::fgets(line, sizeof line, stdin);
    }
    q.exec(QStringLiteral("COMMIT"));
    return 0;
}

} // namespace

class TestStoreFaults : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_count = 0;

    QString freshDir()
    {
        const QString d = m_dir.filePath(QStringLiteral("d%1").arg(++m_count));
        QDir().mkpath(d);
        return d;
    }

    struct Chat {
        FakeServer server;
        Database db;
        QNetworkAccessManager nam;
        std::unique_ptr<ChatController> chat;
        GenerationRequest settings;
    };

    std::unique_ptr<Chat> chat(const QString &file)
    {
        auto c = std::make_unique<Chat>();
        if (!c->server.listen() || c->db.open(file).isError())
            return nullptr;
        c->chat = std::make_unique<ChatController>(&c->nam, c->db.db());
        c->settings.profile.name = QStringLiteral("Fake");
        c->settings.profile.baseUrl = c->server.baseUrl();
        c->settings.profile.model = QStringLiteral("fake-model");
        // Slow enough that the store is written several times while it streams.
        FakeServer::Response r = FakeServer::Response::sse(chatStream(answerPieces()));
        r.chunkSize = 600;
        r.intervalMs = 25;
        c->server.setResponse(r);
        return c;
    }

    // A database with one conversation, closed (so its log is written back).
    QString storeWithAConversation(const QString &dir)
    {
        const QString file = Database::defaultFilePath(dir);
        Database db;
        if (db.open(file).isError())
            return {};
        Conversation c;
        c.title = QStringLiteral("Kept conversation");
        const qint64 id = ConversationRepository(db.db()).create(c).value;
        MessageRepository messages(db.db());
        for (int i = 0; i < 50; ++i) {
            Message m;
            m.conversationId = id;
            m.role = Inkwell::Chat::Role::User;
            m.content = QString(2000, QChar(u'a' + i % 26));
            if (!messages.insert(m).ok())
                qFatal("the test's store refused a row");
        }
        return file;
    }

    // inkwell-cli as a child process; `asNobody` drops root's rights first,
    // so that file permissions bind (root writes read-only files).
    struct Run {
        int code = -1;
        QString out;
        QString err;
    };
    // fileSizeLimit: no file of the CLI's may grow beyond it (RLIMIT_FSIZE,
    // with SIGXFSZ ignored, so that a write past it fails with EFBIG).
    Run cli(const QStringList &args, bool asNobody = false, rlim_t fileSizeLimit = 0)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("INKWELL_API_KEY"));
        env.insert(QStringLiteral("HOME"), m_dir.path());
        p.setProcessEnvironment(env);
        if (asNobody && ::geteuid() == 0)
            p.setChildProcessModifier([] {
                if (::setgid(65534) != 0 || ::setuid(65534) != 0)
                    ::_exit(99);
            });
        if (fileSizeLimit > 0)
            p.setChildProcessModifier([fileSizeLimit] {
                const rlimit limit {fileSizeLimit, fileSizeLimit};
                ::signal(SIGXFSZ, SIG_IGN);
                if (::setrlimit(RLIMIT_FSIZE, &limit) != 0)
                    ::_exit(99);
            });
        p.start(QStringLiteral(INKWELL_CLI), args);
        if (!p.waitForStarted())
            return {};
        p.closeWriteChannel();
        (void)QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 30000);
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2,
                QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

    // Makes a folder and its file read-only for the CLI run by cli(…, true).
    static void makeReadOnly(const QString &dir, bool folder, bool file)
    {
        const QString db = Database::defaultFilePath(dir);
        if (::geteuid() == 0) {
            // The child runs as nobody: it owns the folder, so that only
            // the modes below decide.
            QVERIFY(::chown(QFile::encodeName(dir).constData(), 65534, 65534) == 0);
            if (QFile::exists(db))
                QVERIFY(::chown(QFile::encodeName(db).constData(), 65534, 65534) == 0);
        }
        if (QFile::exists(db))
            QVERIFY(QFile::setPermissions(db,
                                          file ? QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther
                                               : QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup
                                                  | QFile::ReadOther));
        const QFile::Permissions rx = QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
            | QFile::ReadOther | QFile::ExeOther;
        QVERIFY(QFile::setPermissions(dir, folder ? rx : rx | QFile::WriteOwner));
    }

    // Another process with the database open, ready to lock it (lock()).
    static std::unique_ptr<QProcess> lockHolder(const QString &file, int ms)
    {
        auto p = std::make_unique<QProcess>();
        p->start(QCoreApplication::applicationFilePath(), {QStringLiteral("--hold-lock"), file, QString::number(ms)});
        if (!p->waitForStarted() || !readLine(*p, "ready\n"))
            return nullptr;
        return p;
    }
    static bool lock(QProcess &holder)
    {
        holder.write("lock\n");
        return readLine(holder, "locked\n");
    }
    static bool readLine(QProcess &p, const QByteArray &expected)
    {
        return QTest::qWaitFor([&p] { return p.canReadLine() || p.state() == QProcess::NotRunning; }, 20000)
            && p.readLine() == expected;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The CLI runs as nobody when the tests run as root.
        QVERIFY(QFile::setPermissions(m_dir.path(),
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                                          | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther));
    }

    // ---- a damaged file at start ----

    void damagedFileIsRefusedUntouched_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("said");
        QTest::newRow("garbage") << QStringLiteral("garbage") << QStringLiteral("not a usable Inkwell database");
        QTest::newRow("text file") << QStringLiteral("text") << QStringLiteral("not a usable Inkwell database");
        QTest::newRow("header only") << QStringLiteral("header") << QStringLiteral("not a usable Inkwell database");
        QTest::newRow("truncated") << QStringLiteral("truncated") << QStringLiteral("cut short");
        QTest::newRow("damaged pages") << QStringLiteral("pages") << QStringLiteral("damaged");
    }
    void damagedFileIsRefusedUntouched()
    {
        QFETCH(QString, kind);
        QFETCH(QString, said);
        const QString dir = freshDir();
        const QString file = Database::defaultFilePath(dir);
        if (kind == u"truncated" || kind == u"pages") {
            QCOMPARE(storeWithAConversation(dir), file);
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadWrite));
            const qint64 size = f.size();
            QVERIFY(size > 64 * 1024);
            if (kind == u"truncated") {
                QVERIFY(f.resize(size / 2));
            } else {
                // Every page but the first overwritten: the schema is there,
                // the tables are not.
                QVERIFY(f.seek(4096));
                f.write(QByteArray(int(size - 4096), '\x5a'));
            }
        } else {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            if (kind == u"garbage")
                f.write(QByteArray(8192, '\x01'));
            else if (kind == u"text")
                f.write("My notes\nNot a database at all.\n");
            else
                f.write(QByteArray("SQLite format 3\0", 16) + QByteArray(30, '\0'));
        }
        const QByteArray before = hashOf(file);

        Database db;
        const Error e = db.open(file);
        QVERIFY(e.isError());
        QVERIFY2(e.message.contains(file), qPrintable(e.message));
        QVERIFY2(e.message.contains(said), qPrintable(e.message));
        QVERIFY2(e.message.contains(QStringLiteral("Nothing was changed")), qPrintable(e.message));
        QVERIFY2(e.message.contains(QStringLiteral("move the file aside")), qPrintable(e.message));
        QVERIFY(!db.isOpen()); // nobody can write to it through this connection
        QCOMPARE(hashOf(file), before);

        // The CLI says the same and stops.
        const Run r = cli({QStringLiteral("conversations"), QStringLiteral("list"), QStringLiteral("--data-dir"), dir});
        QVERIFY2(r.code != 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(file) && r.err.contains(QStringLiteral("move the file aside")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(hashOf(file), before);
        QVERIFY(!QFile::exists(file + QStringLiteral("-wal")));
    }

    // ---- a read-only file or folder ----

    void readOnlyStoreIsReadNotWritten_data()
    {
        QTest::addColumn<bool>("folder");
        QTest::addColumn<bool>("file");
        QTest::newRow("read-only file") << false << true;
        QTest::newRow("read-only folder") << true << false;
        QTest::newRow("both") << true << true;
    }
    void readOnlyStoreIsReadNotWritten()
    {
        QFETCH(bool, folder);
        QFETCH(bool, file);
        const QString dir = freshDir();
        const QString db = storeWithAConversation(dir);
        QVERIFY(!db.isEmpty());
        makeReadOnly(dir, folder, file);
        const QByteArray before = hashOf(db);

        // Reading works, with a word on why nothing will be saved.
        const Run list
            = cli({QStringLiteral("conversations"), QStringLiteral("list"), QStringLiteral("--data-dir"), dir}, true);
        QVERIFY2(list.code == 0, qPrintable(list.err));
        QVERIFY2(list.out.contains(QStringLiteral("Kept conversation")), qPrintable(list.out));
        QVERIFY2(list.err.contains(db) && list.err.contains(QStringLiteral("is read-only")), qPrintable(list.err));

        // A write says which file and why, and the prompt is not lost in silence.
        FakeServer server;
        QVERIFY(server.listen());
        server.setResponse(FakeServer::Response::sse(chatStream({QStringLiteral("Hello")})));
        const Run save = cli({QStringLiteral("chat"), QStringLiteral("--save"), QStringLiteral("--data-dir"), dir,
                              QStringLiteral("--base-url"), server.baseUrl(), QStringLiteral("--model"),
                              QStringLiteral("m"), QStringLiteral("Hi")},
                             true);
        QVERIFY2(save.code != 0, qPrintable(save.err));
        QVERIFY2(save.err.contains(db) && save.err.contains(QStringLiteral("read-only")), qPrintable(save.err));
        QCOMPARE(hashOf(db), before);
        makeReadOnly(dir, false, false); // so that the temporary folder can go
    }

    void readOnlyFolderWithoutDatabase()
    {
        const QString dir = freshDir();
        makeReadOnly(dir, true, false);
        const Run r
            = cli({QStringLiteral("conversations"), QStringLiteral("list"), QStringLiteral("--data-dir"), dir}, true);
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains(Database::defaultFilePath(dir)) && r.err.contains(QStringLiteral("read-only")),
                 qPrintable(r.err));
        makeReadOnly(dir, false, false);
    }

    // ---- another process holds the lock ----

    void shortLockJustWaits()
    {
        const QString file = Database::defaultFilePath(freshDir());
        Database db;
        QVERIFY(!db.open(file).isError());
        const auto holder = lockHolder(file, 300);
        QVERIFY(holder && lock(*holder));
        // Taken while the other process holds the lock: it waits, then succeeds.
        Conversation c;
        c.title = QStringLiteral("After the lock");
        const auto created = ConversationRepository(db.db()).create(c);
        QVERIFY2(created.ok(), qPrintable(created.error.message));
        QVERIFY(holder->waitForFinished(10000));
        QCOMPARE(holder->exitCode(), 0);
    }

    void longLockIsToldAndTheAnswerWrittenLater()
    {
        const QString file = Database::defaultFilePath(freshDir());
        auto c = chat(file);
        QVERIFY(c);
        c->db.setBusyTimeout(300); // a "long" lock without a long test
        QSignalSpy failedWrites(c->chat.get(), &ChatController::storageFailed);
        QSignalSpy recovered(c->chat.get(), &ChatController::storageRecovered);
        QSignalSpy finished(c->chat.get(), &ChatController::messageFinished);
        QString shown;
        connect(c->chat.get(), &ChatController::delta, this,
                [&](qint64, int, const QString &content, const QString &) { shown += content; });

        const auto holder = lockHolder(file, 0);
        QVERIFY(holder);
        const auto sent = c->chat->send(0, QStringLiteral("Tell me a long story."), c->settings);
        QVERIFY2(sent.ok(), qPrintable(sent.error.message));
        QVERIFY(lock(*holder));
        QVERIFY(c->chat->isBusy()); // locked while the answer streams

        QTRY_VERIFY_WITH_TIMEOUT(!c->chat->isBusy(), 30000);
        const QString expected = answerPieces().join(QString());
        QCOMPARE(shown, expected);
        QCOMPARE(finished.size(), 1);
        const Message inMemory = finished.at(0).at(0).value<Message>();
        QCOMPARE(inMemory.content, expected);
        QCOMPARE(inMemory.status, Inkwell::Chat::Status::Complete);
        // Told, naming the file; the text kept for later.
        QVERIFY(failedWrites.size() >= 1);
        const Error told = failedWrites.at(0).at(0).value<Error>();
        QVERIFY2(told.message.contains(file) && told.message.contains(QStringLiteral("locked by another program")),
                 qPrintable(told.message));
        QCOMPARE(told.code, QString::fromLatin1(Sql::kLocked));
        QVERIFY(c->chat->hasUnsavedText());
        QCOMPARE(c->chat->lastError().code, QString::fromLatin1(Sql::kLocked));

        // The lock goes: the retry writes the whole answer.
        holder->write("release\n");
        QVERIFY(holder->waitForFinished(10000));
        QVERIFY(recovered.wait(3 * ChatController::kRetryIntervalMs));
        QVERIFY(!c->chat->hasUnsavedText());
        QVERIFY(!c->chat->storageError().isError());
        const Message stored = MessageRepository(c->db.db()).get(inMemory.id).value;
        QCOMPARE(stored.content, expected);
        QCOMPARE(stored.status, Inkwell::Chat::Status::Complete);
        QCOMPARE(ConversationRepository(c->db.db()).get(sent.value).value.currentLeafId, inMemory.id);
    }

    // ---- the disk fills up while an answer streams ----

    // The file may not grow beyond the pages it has (PRAGMA max_page_count):
    // SQLite answers every write that needs a new page with SQLITE_FULL,
    // the very code a full disk (ENOSPC) gives, on any file system, without
    // root or a mount, and exactly when the test says.
    void diskFullKeepsTheAnswerAndWritesItWhenThereIsRoom()
    {
        const QString file = Database::defaultFilePath(freshDir());
        auto c = chat(file);
        QVERIFY(c);
        QSignalSpy failedWrites(c->chat.get(), &ChatController::storageFailed);
        QSignalSpy recovered(c->chat.get(), &ChatController::storageRecovered);
        QSignalSpy finished(c->chat.get(), &ChatController::messageFinished);
        QSignalSpy failed(c->chat.get(), &ChatController::failed);
        QString shown;
        connect(c->chat.get(), &ChatController::delta, this,
                [&](qint64, int, const QString &content, const QString &) { shown += content; });

        const auto sent = c->chat->send(0, QStringLiteral("Tell me a long story."), c->settings);
        QVERIFY2(sent.ok(), qPrintable(sent.error.message));
        // The rows exist; now the disk is full.
        QSqlQuery q(c->db.db());
        QVERIFY(q.exec(QStringLiteral("PRAGMA page_count")) && q.next());
        const int pages = q.value(0).toInt();
        QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));

        QTRY_VERIFY_WITH_TIMEOUT(!c->chat->isBusy(), 30000);
        const QString expected = answerPieces().join(QString());
        QCOMPARE(shown, expected); // the view got every piece
        QCOMPARE(finished.size(), 1);
        const Message inMemory = finished.at(0).at(0).value<Message>();
        QCOMPARE(inMemory.content, expected);
        QCOMPARE(inMemory.status, Inkwell::Chat::Status::Complete);
        QCOMPARE(c->chat->answers().value(0).content, expected);
        // Told once per problem, naming the file and the full disk.
        QCOMPARE(failedWrites.size(), 1);
        const Error told = failedWrites.at(0).at(0).value<Error>();
        QVERIFY2(told.message.contains(file) && told.message.contains(QStringLiteral("disk is full"))
                     && told.message.contains(QStringLiteral("will be saved")),
                 qPrintable(told.message));
        QCOMPARE(told.code, QString::fromLatin1(Sql::kDiskFull));
        // The end of the stream says so too (the window shows `failed`).
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.at(0).at(0).value<Error>().message.contains(QStringLiteral("disk is full")));
        QVERIFY(c->chat->hasUnsavedText());
        QVERIFY(MessageRepository(c->db.db()).get(inMemory.id).value.content.size() < expected.size());

        // Still full: a retry fails and keeps it.
        QVERIFY(!c->chat->saveUnsaved());
        QVERIFY(c->chat->hasUnsavedText());

        // Room again: the next retry writes the whole answer.
        QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = 1073741823")));
        QVERIFY(recovered.wait(3 * ChatController::kRetryIntervalMs));
        const Message stored = MessageRepository(c->db.db()).get(inMemory.id).value;
        QCOMPARE(stored.content, expected);
        QCOMPARE(stored.status, Inkwell::Chat::Status::Complete);
        QVERIFY(!c->chat->hasUnsavedText());
    }

    // Quitting while the disk is still full: the answer goes to a file
    // beside the database, where a person finds it, not only to a log line.
    void quittingWhileFullWritesTheAnswerToAFile()
    {
        const QString dir = freshDir();
        auto c = chat(Database::defaultFilePath(dir));
        QVERIFY(c);
        QVERIFY(c->chat->send(0, QStringLiteral("Tell me a long story."), c->settings).ok());
        QSqlQuery q(c->db.db());
        QVERIFY(q.exec(QStringLiteral("PRAGMA page_count")) && q.next());
        QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(q.value(0).toInt())));
        QTRY_VERIFY_WITH_TIMEOUT(!c->chat->isBusy(), 30000);
        QVERIFY(c->chat->hasUnsavedText());
        q = QSqlQuery();
        c->chat.reset(); // the window closes
        const QStringList rescued = QDir(dir).entryList({QStringLiteral("inkwell-unsaved-answer-*.md")});
        QCOMPARE(rescued.size(), 1);
        QFile file(QDir(dir).filePath(rescued.first()));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()), answerPieces().join(QString()));
    }

    // The real thing in another process: the file may not grow (the kernel
    // refuses the write with EFBIG, as a full disk refuses with ENOSPC). The
    // answer is printed whole, and the CLI says it was not saved.
    void fileThatCannotGrowInTheCli()
    {
        const QString dir = freshDir();
        const QString file = Database::defaultFilePath(dir);
        {
            Database db;
            QVERIFY(!db.open(file).isError());
        }
        QStringList pieces;
        for (int i = 0; i < 200; ++i)
            pieces << QStringLiteral("Line %1 %2\n").arg(i).arg(QString(1000, u'z'));
        FakeServer server;
        QVERIFY(server.listen());
        FakeServer::Response r = FakeServer::Response::sse(chatStream(pieces));
        r.chunkSize = 16384;
        server.setResponse(r);
        // Room for the question and the answer's row, not for its 200 kB.
        const rlim_t limit = rlim_t(QFileInfo(file).size() + 48 * 1024);
        const Run run = cli({QStringLiteral("chat"), QStringLiteral("--save"), QStringLiteral("--data-dir"), dir,
                             QStringLiteral("--base-url"), server.baseUrl(), QStringLiteral("--model"),
                             QStringLiteral("m"), QStringLiteral("Hi")},
                            false, limit);
        QCOMPARE(run.out, pieces.join(QString()));
        QVERIFY2(run.err.contains(QStringLiteral("the answer was not saved")) && run.err.contains(file),
                 qPrintable(run.err));
        QCOMPARE(run.code, 5);
    }

    void fullDiskRefusesASendWithTheReason()
    {
        const QString file = Database::defaultFilePath(freshDir());
        auto c = chat(file);
        QVERIFY(c);
        QSqlQuery q(c->db.db());
        QVERIFY(q.exec(QStringLiteral("PRAGMA page_count")) && q.next());
        QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(q.value(0).toInt())));
        const auto sent = c->chat->send(0, QString(20000, u'x'), c->settings);
        QVERIFY(!sent.ok());
        QVERIFY2(sent.error.message.contains(file) && sent.error.message.contains(QStringLiteral("disk is full")),
                 qPrintable(sent.error.message));
        QVERIFY(!c->chat->isBusy());
    }
};

int main(int argc, char **argv)
{
    if (argc == 4 && qstrcmp(argv[1], "--hold-lock") == 0) {
        QCoreApplication app(argc, argv);
        return holdLock(QString::fromLocal8Bit(argv[2]), QByteArray(argv[3]).toInt());
    }
    QCoreApplication app(argc, argv);
    TestStoreFaults test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_storefaults.moc"
