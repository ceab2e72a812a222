// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/conversationrepository.h"
#include "store/database.h"
#include "store/folderrepository.h"
#include "store/messagerepository.h"
#include "store/profilerepository.h"
#include "store/searchindex.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Inkwell;

class TestStore : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

    static Message msg(qint64 conv, qint64 parent, const char *role, const QString &text,
                       const QString &status = QStringLiteral("complete"))
    {
        Message m;
        m.conversationId = conv;
        m.parentId = parent;
        m.role = *roleFromText(QString::fromLatin1(role));
        m.content = text;
        m.status = *statusFromText(status);
        return m;
    }

private Q_SLOTS:
    void migratesFromEmpty()
    {
        Database db;
        QVERIFY(!db.open(path("a.sqlite3")).isError());
        QCOMPARE(db.schemaVersion(), Database::currentSchemaVersion());
        QSqlQuery q(db.db());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        for (const char *table : {"profiles", "conversations", "messages", "messages_fts"}) {
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))));
        }
        // Re-opening does not migrate again and keeps the version.
        db.close();
        QVERIFY(!db.open(path("a.sqlite3")).isError());
        QCOMPARE(db.schemaVersion(), Database::currentSchemaVersion());
    }

    // A conversation of one long chain (a 1,500-message session) is deleted
    // like any other: SQLite's cascade down parent links stopped at 1,000.
    void longChainsCanBeDeleted()
    {
        Database db;
        QVERIFY(!db.open(path("chain.sqlite3")).isError());
        ConversationRepository convs(db.db());
        MessageRepository messages(db.db());
        for (int c = 0; c < 2; ++c) {
            const qint64 id = convs.create(Conversation {}).value;
            QVERIFY(db.db().transaction());
            qint64 parent = 0;
            for (int i = 0; i < 1500; ++i)
                parent = messages.insert(msg(id, parent, i % 2 ? "assistant" : "user", QStringLiteral("m%1").arg(i)))
                             .value;
            QVERIFY(db.db().commit());
            if (c == 0) {
                const Error e = convs.remove(id);
                QVERIFY2(!e.isError(), qPrintable(e.message));
            } else {
                QVERIFY(!convs.markDeleted(id).isError());
                const Error e = convs.purgeDeleted();
                QVERIFY2(!e.isError(), qPrintable(e.message));
            }
        }
        QSqlQuery q(db.db());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM messages")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void refusesNewerSchemaAndCorruptFiles()
    {
        {
            Database db;
            QVERIFY(!db.open(path("newer.sqlite3")).isError());
            QSqlQuery q(db.db());
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
        }
        Database db;
        const Error e = db.open(path("newer.sqlite3"));
        QVERIFY(e.isError());
        QVERIFY(e.message.contains(QStringLiteral("newer Inkwell")));

        QFile junk(path("junk.sqlite3"));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write(QByteArray(4096, 'x'));
        junk.close();
        Database db2;
        QVERIFY(db2.open(path("junk.sqlite3")).isError());
        QCOMPARE(junk.size(), 4096); // nothing was written into it
    }

    void treeBranchesAndLeaf()
    {
        Database db;
        QVERIFY(!db.open(path("tree.sqlite3")).isError());
        ConversationRepository convs(db.db());
        MessageRepository msgs(db.db());
        const qint64 c = convs.create(Conversation {}).value;
        const qint64 u1 = msgs.insert(msg(c, 0, "user", QStringLiteral("hello"))).value;
        const qint64 a1 = msgs.insert(msg(c, u1, "assistant", QStringLiteral("first"))).value;
        const qint64 a2 = msgs.insert(msg(c, u1, "assistant", QStringLiteral("second"))).value;
        const qint64 u2 = msgs.insert(msg(c, a2, "user", QStringLiteral("more"))).value;
        QVERIFY(!convs.setCurrentLeaf(c, u2).isError());

        const auto branch = msgs.branch(u2).value;
        QCOMPARE(branch.size(), 3);
        QCOMPARE(branch[0].id, u1);
        QCOMPARE(branch[1].id, a2);
        QCOMPARE(branch[2].id, u2);
        const auto siblings = msgs.children(c, u1).value;
        QCOMPARE(siblings.size(), 2);
        QCOMPARE(siblings[0].id, a1);
        QCOMPARE(msgs.children(c, 0).value.size(), 1);
        QCOMPARE(convs.get(c).value.currentLeafId, u2);

        // Deleting the conversation deletes its tree.
        QVERIFY(!convs.remove(c).isError());
        QVERIFY(!msgs.get(u1).ok());
    }

    void listNewestFirst()
    {
        Database db;
        QVERIFY(!db.open(path("list.sqlite3")).isError());
        ConversationRepository convs(db.db());
        Conversation a;
        a.title = QStringLiteral("old");
        a.createdAt = a.updatedAt = 1000;
        Conversation b;
        b.title = QStringLiteral("new");
        b.createdAt = b.updatedAt = 2000;
        QVERIFY(convs.create(a).ok());
        const qint64 idB = convs.create(b).value;
        const auto list = convs.list().value;
        QCOMPARE(list.size(), 2);
        QCOMPARE(list[0].title, QStringLiteral("new"));
        QCOMPARE(convs.lastId().value, idB);
        QVERIFY(!convs.rename(idB, QStringLiteral("renamed")).isError());
        QCOMPARE(convs.get(idB).value.title, QStringLiteral("renamed"));
    }

    void foldersPinsAndDeletionThatCanBeUndone()
    {
        Database db;
        QVERIFY(!db.open(path("folders.sqlite3")).isError());
        ConversationRepository convs(db.db());
        MessageRepository msgs(db.db());
        FolderRepository folders(db.db());
        const qint64 work = folders.create(QStringLiteral("工作")).value;
        const qint64 books = folders.create(QStringLiteral("books")).value;
        QCOMPARE(folders.list().value.first().name, QStringLiteral("books"));
        QCOMPARE(folders.findByName(QStringLiteral("BOOKS")).value, books);
        QVERIFY(!folders.rename(books, QStringLiteral("Reading")).isError());

        Conversation c;
        c.title = QStringLiteral("人工智能 notes");
        const qint64 id = convs.create(c).value;
        QVERIFY(msgs.insert(msg(id, 0, "user", QStringLiteral("关于人工智能的问题"))).ok());
        QVERIFY(!convs.setFolder(id, work).isError());
        QVERIFY(!convs.setPinned(id, true).isError());
        QCOMPARE(convs.get(id).value.folderId, work);
        QVERIFY(convs.get(id).value.pinned);

        // A folder's deletion keeps its conversations, out of any folder.
        QVERIFY(!folders.remove(work).isError());
        QCOMPARE(convs.get(id).value.folderId, 0);

        // Deleted: gone from the list, the newest and search, until restored.
        SearchIndex search(db.db());
        QCOMPARE(search.find(QStringLiteral("人工智能")).value.size(), 1);
        QVERIFY(!convs.markDeleted(id).isError());
        QVERIFY(convs.list().value.isEmpty());
        QVERIFY(!convs.lastId().ok());
        QVERIFY(search.find(QStringLiteral("人工智能")).value.isEmpty());
        QVERIFY(!convs.restore(id).isError());
        QCOMPARE(convs.list().value.size(), 1);
        QCOMPARE(search.find(QStringLiteral("人工智能")).value.size(), 1);

        // Purged: for good, with its messages.
        QVERIFY(!convs.markDeleted(id).isError());
        QVERIFY(!convs.purgeDeleted().isError());
        QVERIFY(!convs.get(id).ok());
        QVERIFY(msgs.all(id).value.isEmpty());
    }

    void duplicateCopiesEveryBranch()
    {
        Database db;
        QVERIFY(!db.open(path("duplicate.sqlite3")).isError());
        ConversationRepository convs(db.db());
        MessageRepository msgs(db.db());
        Conversation c;
        c.title = QStringLiteral("original");
        c.params = QStringLiteral(R"({"temperature":0.2})");
        c.pinned = true;
        const qint64 id = convs.create(c).value;
        const qint64 u = msgs.insert(msg(id, 0, "user", QStringLiteral("q"))).value;
        QVERIFY(msgs.insert(msg(id, u, "assistant", QStringLiteral("first"))).ok());
        const qint64 a2 = msgs.insert(msg(id, u, "assistant", QStringLiteral("second"))).value;
        QVERIFY(!convs.setCurrentLeaf(id, a2).isError());

        const auto copy = convs.duplicate(id, QStringLiteral("original (copy)"));
        QVERIFY2(copy.ok(), qPrintable(copy.error.message));
        const Conversation dup = convs.get(copy.value).value;
        QCOMPARE(dup.title, QStringLiteral("original (copy)"));
        QCOMPARE(dup.params, c.params);
        QVERIFY(!dup.pinned);
        QVERIFY(dup.uid != convs.get(id).value.uid);
        QCOMPARE(msgs.all(copy.value).value.size(), 3);
        const auto branch = msgs.branch(dup.currentLeafId).value;
        QCOMPARE(branch.size(), 2);
        QCOMPARE(branch.last().content, QStringLiteral("second"));
        QCOMPARE(msgs.children(copy.value, branch.first().id).value.size(), 2);
        // The original is untouched.
        QCOMPARE(msgs.all(id).value.size(), 3);
        QCOMPARE(convs.get(id).value.currentLeafId, a2);
    }

    void fullTextFindsChineseSubstrings()
    {
        Database db;
        QVERIFY(!db.open(path("fts.sqlite3")).isError());
        ConversationRepository convs(db.db());
        MessageRepository msgs(db.db());
        const qint64 c = convs.create(Conversation {}).value;
        QVERIFY(msgs.insert(msg(c, 0, "user", QStringLiteral("请生成一篇关于人工智能的文章"))).ok());
        const qint64 s = msgs.insert(msg(c, 0, "assistant", QStringLiteral("流式"), QStringLiteral("streaming"))).value;
        auto count = [&](const QString &term) {
            QSqlQuery q(db.db());
            q.prepare(QStringLiteral("SELECT count(*) FROM messages_fts WHERE messages_fts MATCH ?"));
            q.addBindValue(QString(u'"' + term + u'"'));
            if (!q.exec() || !q.next())
                return -1;
            return q.value(0).toInt();
        };
        QCOMPARE(count(QStringLiteral("人工智能")), 1);
        // A streaming row is indexed when it settles, with its final text.
        QVERIFY(!msgs.updateText(s, QStringLiteral("人工智能的历史"), {}).isError());
        QCOMPARE(count(QStringLiteral("人工智能")), 1);
        Message done = msgs.get(s).value;
        done.status = Chat::Status::Complete;
        QVERIFY(!msgs.finish(done).isError());
        QCOMPARE(count(QStringLiteral("人工智能")), 2);
        QVERIFY(!msgs.updateText(s, QStringLiteral("别的内容"), {}).isError());
        QCOMPARE(count(QStringLiteral("人工智能")), 1);
        QSqlQuery check(db.db());
        QVERIFY(check.exec(QStringLiteral("INSERT INTO messages_fts(messages_fts) VALUES('integrity-check')")));
    }

    void crashRecoveryMarksInterruptedAndKeepsText()
    {
        Database db;
        QVERIFY(!db.open(path("crash.sqlite3")).isError());
        ConversationRepository convs(db.db());
        MessageRepository msgs(db.db());
        const qint64 c = convs.create(Conversation {}).value;
        const qint64 id = msgs.insert(msg(c, 0, "assistant", {}, QStringLiteral("streaming"))).value;
        QVERIFY(!msgs.updateText(id, QStringLiteral("partial answer"), {}).isError());
        // A row of a process that is gone (pid 0 never runs user code).
        QSqlQuery q(db.db());
        QVERIFY(q.exec(QStringLiteral("UPDATE messages SET writer_pid = 2147483600")));
        QCOMPARE(msgs.recoverInterrupted().value, 1);
        const Message m = msgs.get(id).value;
        QCOMPARE(m.status, Chat::Status::Interrupted);
        QCOMPARE(m.content, QStringLiteral("partial answer"));
        QVERIFY(!m.error.isEmpty());
        QCOMPARE(msgs.recoverInterrupted().value, 0);

        // A row whose writer is alive (this very test process, seen as another) is left alone.
        const qint64 live = msgs.insert(msg(c, 0, "assistant", {}, QStringLiteral("streaming"))).value;
        QVERIFY(q.exec(QStringLiteral("UPDATE messages SET writer_pid = %1 WHERE id = %2").arg(getppid()).arg(live)));
        QCOMPARE(msgs.recoverInterrupted().value, 0);
        QCOMPARE(msgs.get(live).value.status, Chat::Status::Streaming);
    }

    void profilesHaveNoKeyColumn()
    {
        Database db;
        QVERIFY(!db.open(path("profiles.sqlite3")).isError());
        ProfileRepository profiles(db.db());
        Profile p;
        p.name = QStringLiteral("Local");
        p.baseUrl = QStringLiteral("http://127.0.0.1:8080");
        p.model = QStringLiteral("m");
        const qint64 id = profiles.save(p).value;
        QVERIFY(id > 0);
        QCOMPARE(profiles.byName(QStringLiteral("Local")).value.baseUrl, p.baseUrl);
        p.id = id;
        p.model = QStringLiteral("m2");
        QCOMPARE(profiles.save(p).value, id);
        QCOMPARE(profiles.get(id).value.model, QStringLiteral("m2"));
        QSqlQuery q(db.db());
        QVERIFY(q.exec(QStringLiteral("SELECT group_concat(name) FROM pragma_table_info('profiles')")));
        QVERIFY(q.next());
        QVERIFY(!q.value(0).toString().contains(QStringLiteral("key")));
        QVERIFY(!profiles.remove(id).isError());
        QVERIFY(!profiles.get(id).ok());
    }

    void dataDirOverride()
    {
        QCOMPARE(Database::dataDir(QStringLiteral("/x")), QStringLiteral("/x"));
        qputenv("INKWELL_DATA_DIR", "/from-env");
        QCOMPARE(Database::dataDir(), QStringLiteral("/from-env"));
        QCOMPARE(Database::dataDir(QStringLiteral("/x")), QStringLiteral("/x"));
        qunsetenv("INKWELL_DATA_DIR");
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
