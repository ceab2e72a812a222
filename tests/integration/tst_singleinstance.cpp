// SPDX-License-Identifier: GPL-3.0-or-later
// One window per data directory: the lock, the hand-over from a second real
// `inkwell` process, a crashed owner's leftovers, clients that misbehave.
#include "desktop/singleinstance.h"
#include "store/database.h"
#include "store/messagerepository.h"

#include <QLocalSocket>
#include <QLockFile>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

using Inkwell::SingleInstance;

class TestSingleInstance : public QObject {
    Q_OBJECT

    // A real `inkwell` started on dir; offscreen, so it needs no display.
    static void startGui(QProcess &p, const QString &dir, const QStringList &more = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("INKWELL_API_KEY"), QStringLiteral("sk-handed-over"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(INKWELL_GUI), QStringList {QStringLiteral("--data-dir"), dir} + more);
    }

private Q_SLOTS:
    void firstClaimOwnsTheDirectory()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("data"));
        SingleInstance first(dir);
        QCOMPARE(first.claim(), SingleInstance::Role::Primary);
        QVERIFY(QFileInfo::exists(dir + u"/inkwell.lock"));
        SingleInstance second(dir);
        QCOMPARE(second.claim(), SingleInstance::Role::Secondary);
        QCOMPARE(second.socketPath(), first.socketPath());

        // Another directory is another owner.
        SingleInstance elsewhere(tmp.filePath(QStringLiteral("other")));
        QCOMPARE(elsewhere.claim(), SingleInstance::Role::Primary);
        QVERIFY(elsewhere.socketPath() != first.socketPath());
    }

    void secondProcessHandsOverItsServer()
    {
        QTemporaryDir tmp;
        SingleInstance owner(tmp.path());
        QCOMPARE(owner.claim(), SingleInstance::Role::Primary);
        QSignalSpy requested(&owner, &SingleInstance::requested);

        QProcess second;
        startGui(second, tmp.path(),
                 {QStringLiteral("--base-url"), QStringLiteral("http://127.0.0.1:1/v1"), QStringLiteral("--model"),
                  QStringLiteral("qwen3")});
        QTRY_COMPARE_WITH_TIMEOUT(second.state(), QProcess::NotRunning, 20000);
        QCOMPARE(second.exitCode(), 0);
        QVERIFY2(second.readAllStandardOutput().contains("already running"), "the second start says what happened");
        QCOMPARE(requested.size(), 1);
        const QVariantMap request = requested.first().first().toMap();
        QCOMPARE(request.value(QStringLiteral("baseUrl")).toString(), QStringLiteral("http://127.0.0.1:1/v1"));
        QCOMPARE(request.value(QStringLiteral("model")).toString(), QStringLiteral("qwen3"));
        QCOMPARE(request.value(QStringLiteral("apiKey")).toString(), QStringLiteral("sk-handed-over"));
        // It never opened the database the owner writes.
        QVERIFY(!QFileInfo::exists(tmp.filePath(QStringLiteral("inkwell.sqlite3"))));

        // A plain second start only raises the window.
        QProcess plain;
        startGui(plain, tmp.path());
        QTRY_COMPARE_WITH_TIMEOUT(plain.state(), QProcess::NotRunning, 20000);
        QCOMPARE(plain.exitCode(), 0);
        QCOMPARE(requested.size(), 2);
        QVERIFY(requested.last().first().toMap().isEmpty());

        // A screenshot of someone else's window is refused, not faked.
        QProcess shot;
        startGui(shot, tmp.path(), {QStringLiteral("--screenshot"), tmp.filePath(QStringLiteral("x.png"))});
        QTRY_COMPARE_WITH_TIMEOUT(shot.state(), QProcess::NotRunning, 20000);
        QCOMPARE(shot.exitCode(), 1);
        QVERIFY(shot.readAllStandardError().contains("--data-dir"));
        QVERIFY(!QFileInfo::exists(tmp.filePath(QStringLiteral("x.png"))));
        QCOMPARE(requested.size(), 2);
    }

    void crashedOwnerIsTakenOver()
    {
        QTemporaryDir tmp;
        QProcess crashed;
        startGui(crashed, tmp.path());
        // Owner once its pid is in the lock (a kill between creating and
        // writing it is unwrittenLockIsTakenOverOnceOld's case).
        QLockFile written(tmp.filePath(QStringLiteral("inkwell.lock")));
        qint64 ownerPid = 0;
        QString host, app;
        QTRY_VERIFY_WITH_TIMEOUT(written.getLockInfo(&ownerPid, &host, &app), 20000);
        {
            SingleInstance probe(tmp.path());
            QCOMPARE(probe.claim(), SingleInstance::Role::Secondary);
        }
        crashed.kill();
        QTRY_COMPARE(crashed.state(), QProcess::NotRunning);
        QVERIFY(QFileInfo::exists(tmp.filePath(QStringLiteral("inkwell.lock"))));

        SingleInstance heir(tmp.path());
        QCOMPARE(heir.claim(), SingleInstance::Role::Primary);
        QSignalSpy requested(&heir, &SingleInstance::requested);
        QProcess next;
        startGui(next, tmp.path());
        QTRY_COMPARE_WITH_TIMEOUT(next.state(), QProcess::NotRunning, 20000);
        QCOMPARE(next.exitCode(), 0);
        QCOMPARE(requested.size(), 1);
    }

    // `kill -9` of a window whose parent does not reap it (a container's
    // init, a shell in the background): a zombie answers kill(pid, 0), yet
    // its lock and its streaming answer are dead. The next start owns the
    // folder and shows the answer as interrupted.
    void killedButUnreapedOwnerIsTakenOver()
    {
        QTemporaryDir tmp;
        const QByteArray gui = QByteArrayLiteral(INKWELL_GUI);
        const QByteArray dir = QFile::encodeName(tmp.path());
        QByteArrayList env;
        for (const QString &v : QProcess::systemEnvironment())
            if (!v.startsWith(u"QT_QPA_PLATFORM="))
                env << v.toLocal8Bit();
        env << QByteArrayLiteral("QT_QPA_PLATFORM=offscreen");
        std::vector<char *> envp;
        for (QByteArray &v : env)
            envp.push_back(v.data());
        envp.push_back(nullptr);
        char *argv[] = {gui.data() ? const_cast<char *>(gui.constData()) : nullptr, const_cast<char *>("--data-dir"),
                        const_cast<char *>(dir.constData()), nullptr};
        // fork/exec rather than QProcess, which would reap it.
        const pid_t owner = fork();
        if (owner == 0) {
            execve(gui.constData(), argv, envp.data());
            _exit(127);
        }
        QVERIFY(owner > 0);
        const auto reap = qScopeGuard([owner] {
            ::kill(owner, SIGKILL);
            ::waitpid(owner, nullptr, 0);
        });
        QLockFile written(tmp.filePath(QStringLiteral("inkwell.lock")));
        qint64 lockPid = 0;
        QString host, app;
        QTRY_VERIFY_WITH_TIMEOUT(written.getLockInfo(&lockPid, &host, &app), 20000);
        QCOMPARE(lockPid, qint64(owner));
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(Inkwell::Database::defaultFilePath(tmp.path())), 20000);
        QCOMPARE(SingleInstance(tmp.path()).claim(), SingleInstance::Role::Secondary);

        QVERIFY(::kill(owner, SIGKILL) == 0);
        auto state = [owner] {
            QFile stat(QStringLiteral("/proc/%1/stat").arg(owner));
            const QByteArray line = stat.open(QIODevice::ReadOnly) ? stat.readAll() : QByteArray();
            const qsizetype close = line.lastIndexOf(')');
            return close > 0 ? line.at(close + 2) : '?';
        };
        QTRY_COMPARE(state(), 'Z');
        // The leader shows Z while its other threads still exit; their shared
        // files (the lock's flock among them) close with the last one.
        QTRY_COMPARE(
            QDir(QStringLiteral("/proc/%1/task").arg(owner)).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 1);

        // Its answer, cut by the kill, is recovered as interrupted.
        {
            Inkwell::Database db;
            QVERIFY(!db.open(Inkwell::Database::defaultFilePath(tmp.path())).isError());
            QSqlQuery q(db.db());
            QVERIFY(
                q.exec(QStringLiteral("INSERT INTO conversations (title, created_at, updated_at) VALUES ('c', 1, 1)")));
            const qint64 conversation = q.lastInsertId().toLongLong();
            q.prepare(
                QStringLiteral("INSERT INTO messages (conversation_id, role, content, status, writer_pid, created_at, "
                               "updated_at) VALUES (?, 'assistant', 'Once upon', 'streaming', ?, 1, 1)"));
            q.addBindValue(conversation);
            q.addBindValue(qint64(owner));
            QVERIFY(q.exec());
            const qint64 answer = q.lastInsertId().toLongLong();
            QCOMPARE(Inkwell::MessageRepository(db.db()).recoverInterrupted().value, 1);
            QCOMPARE(Inkwell::MessageRepository(db.db()).get(answer).value.status, Inkwell::Chat::Status::Interrupted);
        }
        // And the folder is the next start's.
        SingleInstance heir(tmp.path());
        QCOMPARE(heir.claim(), SingleInstance::Role::Primary);
        QVERIFY(written.getLockInfo(&lockPid, &host, &app));
        QCOMPARE(lockPid, QCoreApplication::applicationPid());
    }

    void unwrittenLockIsTakenOverOnceOld()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("inkwell.lock"));
        auto emptyLock = [&path](int ageS) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            QVERIFY(file.setFileTime(QDateTime::currentDateTime().addSecs(-ageS), QFileDevice::FileModificationTime));
        };
        // Fresh: maybe an owner between creating and writing it.
        emptyLock(0);
        QCOMPARE(SingleInstance(tmp.path()).claim(), SingleInstance::Role::Secondary);

        // Old but locked by a live owner (here: this process, through another
        // open file): still not ours.
        {
            QFile::remove(path);
            QLockFile owner(path);
            QVERIFY(owner.tryLock(0));
            emptyLock(60);
            QCOMPARE(SingleInstance(tmp.path()).claim(), SingleInstance::Role::Secondary);
            QVERIFY(QFileInfo::exists(path));
        }

        // Old and nobody holds it: a crash left it.
        emptyLock(60);
        SingleInstance heir(tmp.path());
        QCOMPARE(heir.claim(), SingleInstance::Role::Primary);
        QLockFile check(path);
        qint64 pid = 0;
        QString host, app;
        QVERIFY(check.getLockInfo(&pid, &host, &app));
        QCOMPARE(pid, QCoreApplication::applicationPid());
    }

    void silentOrGarbledClientsDoNotBlockTheOwner()
    {
        QTemporaryDir tmp;
        SingleInstance owner(tmp.path());
        QCOMPARE(owner.claim(), SingleInstance::Role::Primary);
        QSignalSpy requested(&owner, &SingleInstance::requested);

        QLocalSocket silent;
        silent.connectToServer(owner.socketPath());
        QLocalSocket garbled;
        garbled.connectToServer(owner.socketPath());
        QTRY_COMPARE(garbled.state(), QLocalSocket::ConnectedState);
        garbled.write("this is not json\n");
        QTRY_COMPARE(garbled.state(), QLocalSocket::UnconnectedState);

        QProcess second;
        startGui(second, tmp.path());
        QTRY_COMPARE_WITH_TIMEOUT(second.state(), QProcess::NotRunning, 20000);
        QCOMPARE(second.exitCode(), 0);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(silent.state(), QLocalSocket::ConnectedState);
    }

    void ownerThatDoesNotAnswerIsReported()
    {
        QTemporaryDir tmp;
        // The lock is held but nobody listens (an owner still starting, or hung).
        QLockFile lock(tmp.filePath(QStringLiteral("inkwell.lock")));
        QVERIFY(lock.tryLock(0));
        SingleInstance late(tmp.path());
        QCOMPARE(late.claim(), SingleInstance::Role::Secondary);
        const QString error = late.handOver({}, 300);
        QVERIFY2(error.contains(u"does not answer"), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
