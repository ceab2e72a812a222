// SPDX-License-Identifier: GPL-3.0-or-later
// Import against a real SQLite store: ChatGPT's 2026 split-file exports
// (parent links only), several files, folders and zips at once, re-imports
// that fill conversations an earlier import left empty, tool turns and
// citations, progress and Cancel, and the streaming reader read in pieces
// so small that every boundary falls inside a string, an escape or a bracket.
#include "attachments/attachmentfile.h"
#include "attachments/imageprep.h"
#include "exchange/chatgptimport.h"
#include "exchange/importer.h"
#include "exchange/jsonformat.h"
#include "exchange/jsonstream.h"
#include "store/conversationrepository.h"
#include "store/database.h"
#include "store/folderrepository.h"
#include "store/messagerepository.h"
#include "store/searchindex.h"
#include "tempstores.h"
#include "testdata.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace Inkwell;

class TestImport : public QObject {
    Q_OBJECT

    TempStores m_dir;

    static Snapshot byUid(Database &db, const QString &uid)
    {
        const qint64 id = ConversationRepository(db.db()).findByUid(uid).value;
        return id > 0 ? Snapshot::load(db.db(), id).value : Snapshot {};
    }

    static QString uid(int n) { return QStringLiteral("68f0a1b2-0000-4000-8000-00000000000%1").arg(n); }

    static int rows(Database &db, const QString &sql)
    {
        QSqlQuery q(db.db());
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }

    // A conversation of `count` messages, the first the user's with `files`.
    static Snapshot withFiles(const QString &uid, const QList<Attachment> &files, int count = 2)
    {
        Snapshot s;
        s.conversation.uid = uid;
        s.conversation.title = uid;
        for (int i = 0; i < count; ++i) {
            Message m;
            m.id = i + 1;
            m.parentId = i;
            m.role = i % 2 ? Chat::Role::Assistant : Chat::Role::User;
            m.content = QStringLiteral("message %1").arg(i);
            if (i == 0)
                m.attachments = files;
            s.messages << m;
        }
        s.conversation.currentLeafId = count;
        return s;
    }

    // What the split-file fixture holds, checked the same whichever way it
    // was handed over (folder, zip, two paths).
    static void checkSplitExport(Database &db, const ImportReport &r)
    {
        QCOMPARE(r.format, QStringLiteral("chatgpt"));
        QCOMPARE(r.files.size(), 2);
        QCOMPARE(r.conversations, 3);
        QCOMPARE(r.messages, 3 + 8 + 4);
        // The one with only hidden messages is skipped, and says so.
        QCOMPARE(r.skippedConversations, 1);
        QVERIFY2(r.notes.join(u'\n').contains(u"Empty draft"), qPrintable(r.notes.join(u'\n')));
        QCOMPARE(TempStores::conversationCount(db), 3);
        QCOMPARE(ConversationRepository(db.db()).findByUid(uid(3)).value, qint64(0));

        // Chinese, with a regenerated answer: both answers kept, the chosen one current.
        const Snapshot ai = byUid(db, uid(1));
        QCOMPARE(ai.conversation.title, QStringLiteral("人工智能简介"));
        QCOMPARE(ai.messages.size(), 3);
        const auto branch = ai.currentBranch();
        QCOMPARE(branch.size(), 2);
        QCOMPARE(branch.first()->content, QStringLiteral("写一篇关于人工智能的文章"));
        // Citation markers are gone: a known reference becomes its link, an
        // entity its name, an unknown one nothing; no private-use characters.
        QCOMPARE(branch.last()->content,
                 QStringLiteral("人工智能（AI）研究如何让机器像人一样思考。([Wikipedia](https://zh.wikipedia.org/wiki/"
                                "人工智能)) 它在北京发展很快。"));
        QCOMPARE(ai.childrenByParent().value(branch.first()->id).size(), 2);
        for (const Message &m : ai.messages)
            for (const QChar c : m.content)
                QVERIFY2(c.unicode() < 0xE000 || c.unicode() > 0xF8FF, qPrintable(m.content));

        // Canvas: the calls are folded tool calls with their JSON arguments
        // (backslashes intact), the results tool results, the prose prose.
        const Snapshot canvas = byUid(db, uid(2));
        const auto turns = canvas.currentBranch();
        QCOMPARE(turns.size(), 8);
        QCOMPARE(turns.at(1)->role, Chat::Role::Assistant);
        QVERIFY2(
            turns.at(1)->content.startsWith(u"````tool-call canmore.create_textdoc\n{\n  \"name\": \"regex_notes\""),
            qPrintable(turns.at(1)->content));
        QVERIFY(turns.at(1)->content.contains(u"Match a digit with `\\\\d+` and a path with `C:\\\\\\\\Users`"));
        QVERIFY(turns.at(1)->content.endsWith(u"\n````")); // longer than the ``` inside the document
        QCOMPARE(turns.at(2)->role, Chat::Role::Tool);
        QVERIFY(turns.at(2)->content.startsWith(u"```tool-result canmore.create_textdoc\nSuccessfully created"));
        QCOMPARE(turns.at(3)->content, QStringLiteral("I started the notes in a canvas."));
        QVERIFY(turns.at(5)->content.startsWith(u"```tool-call canmore.update_textdoc\n{\n  \"updates\""));
        QVERIFY(turns.at(5)->content.contains(u"Use `\\\\w+` for words."));

        // An edited first prompt: two roots, the later one current.
        const Snapshot tea = byUid(db, uid(4));
        QCOMPARE(tea.messages.size(), 4);
        QCOMPARE(tea.childrenByParent().value(0).size(), 2);
        QCOMPARE(tea.currentBranch().last()->content, QStringLiteral("Green leaves in the pot"));
    }

private Q_SLOTS:
    void splitFilesAsAFolder()
    {
        auto db = m_dir.fresh();
        QVERIFY(db);
        const auto report = importFiles(db->db(), {testDataPath(QStringLiteral("chatgpt/split"))}, {});
        QVERIFY2(report.ok(), qPrintable(report.error.message));
        checkSplitExport(*db, report.value);
    }

    void splitFilesInTheirZip()
    {
        auto db = m_dir.fresh();
        QVERIFY(db);
        const auto report
            = importFiles(db->db(), {testDataPath(QStringLiteral("chatgpt/chatgpt-split-export.zip"))}, {});
        QVERIFY2(report.ok(), qPrintable(report.error.message));
        checkSplitExport(*db, report.value);
        QVERIFY(report.value.files.constFirst().endsWith(u"chatgpt-split-export.zip: conversations-000.json"));
    }

    void splitFilesAsSeveralPaths()
    {
        auto db = m_dir.fresh();
        QVERIFY(db);
        const auto report = importFiles(db->db(),
                                        {testDataPath(QStringLiteral("chatgpt/split/conversations-000.json")),
                                         testDataPath(QStringLiteral("chatgpt/split/conversations-001.json"))},
                                        {});
        QVERIFY2(report.ok(), qPrintable(report.error.message));
        checkSplitExport(*db, report.value);

        // Again: nothing new, and a dry run says so before anything is written.
        ImportOptions dry;
        dry.dryRun = true;
        const auto again = importFiles(db->db(), {testDataPath(QStringLiteral("chatgpt/split"))}, dry);
        QVERIFY(again.ok());
        QCOMPARE(again.value.conversations, 0);
        QCOMPARE(again.value.skippedConversations, 4);
        QCOMPARE(TempStores::conversationCount(*db), 3);
    }

    // The 2026 shape imported by an older Inkwell left titles without
    // messages; importing the same export again fills them.
    void reimportFillsConversationsLeftEmpty()
    {
        auto db = m_dir.fresh();
        QVERIFY(db);
        ConversationRepository conversations(db->db());
        for (int n : {1, 2}) {
            Conversation shell;
            shell.uid = uid(n);
            shell.source = QStringLiteral("chatgpt");
            shell.title = QStringLiteral("shell %1").arg(n);
            QVERIFY(conversations.create(shell).ok());
        }
        ImportOptions dry;
        dry.dryRun = true;
        const auto preview = importFiles(db->db(), {testDataPath(QStringLiteral("chatgpt/split"))}, dry);
        QVERIFY(preview.ok());
        QCOMPARE(preview.value.repaired, 2);
        QCOMPARE(preview.value.conversations, 1);
        QCOMPARE(MessageRepository(db->db()).count(conversations.findByUid(uid(1)).value).value, 0);

        const auto report = importFiles(db->db(), {testDataPath(QStringLiteral("chatgpt/split"))}, {});
        QVERIFY2(report.ok(), qPrintable(report.error.message));
        QCOMPARE(report.value.repaired, 2);
        QCOMPARE(report.value.conversations, 1);
        QCOMPARE(report.value.messages, 15);
        QCOMPARE(TempStores::conversationCount(*db), 3);
        const Snapshot ai = byUid(*db, uid(1));
        QCOMPARE(ai.messages.size(), 3);
        QCOMPARE(ai.conversation.title, QStringLiteral("shell 1")); // a name given here stays
        QCOMPARE(ai.currentBranch().last()->content.left(8), QStringLiteral("人工智能（AI）"));
    }

    void progressAndCancelKeepNothing()
    {
        auto db = m_dir.fresh();
        QVERIFY(db);
        QList<ImportProgress> told;
        ImportOptions options;
        options.progress = [&](const ImportProgress &p) {
            told << p;
            return p.conversations < 2;
        };
        const QStringList paths = {testDataPath(QStringLiteral("chatgpt/split")),
                                   testDataPath(QStringLiteral("chatgpt/librechat__chatgpt-tree.json"))};
        // Told after the first conversation, then at most ten times a second
        // and at the end: false at any of them cancels, and nothing is kept.
        const auto stopped = importFiles(db->db(), paths, options);
        QVERIFY(!stopped.ok());
        QCOMPARE(stopped.error.kind, Error::Kind::Cancelled);
        QCOMPARE(TempStores::conversationCount(*db), 0);
        QVERIFY(!told.isEmpty());
        QVERIFY(told.constLast().bytesTotal > 0);

        told.clear();
        options.progress = [&](const ImportProgress &p) {
            told << p;
            return true;
        };
        const auto done = importFiles(db->db(), paths, options);
        QVERIFY2(done.ok(), qPrintable(done.error.message));
        QCOMPARE(done.value.conversations, 4);
        QCOMPARE(done.value.files.size(), 3);
        const ImportProgress last = told.constLast();
        QCOMPARE(last.bytesDone, last.bytesTotal);
        QCOMPARE(last.conversations, 4);
        QCOMPARE(last.messages, qint64(15 + 11));
        QCOMPARE(last.msLeft(), qint64(0));
    }

    // A folder of other things: what is not an export is left out with a
    // note; a named file that is not one fails the import.
    void folderOfMixedFiles()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        QVERIFY(QFile::copy(testDataPath(QStringLiteral("chatgpt/librechat__chatgpt-tree.json")),
                            folder.filePath(QStringLiteral("a.json"))));
        QVERIFY(QFile::copy(testDataPath(QStringLiteral("export/chinese-article.inkwell.json")),
                            folder.filePath(QStringLiteral("b.json"))));
        QFile notes(folder.filePath(QStringLiteral("c.json")));
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write(R"({"settings": true})");
        notes.close();
        auto db = m_dir.fresh();
        QVERIFY(db);
        const auto report = importFiles(db->db(), {folder.path()}, {});
        QVERIFY2(report.ok(), qPrintable(report.error.message));
        QCOMPARE(report.value.format, QStringLiteral("mixed"));
        QCOMPARE(report.value.conversations, 2);
        QVERIFY(report.value.notes.join(u'\n').contains(u"c.json: not an Inkwell or ChatGPT export"));

        auto other = m_dir.fresh();
        const auto refused
            = importFiles(other->db(), {folder.filePath(QStringLiteral("a.json")), notes.fileName()}, {});
        QVERIFY(!refused.ok());
        QVERIFY(refused.error.message.contains(u"c.json: neither an Inkwell export nor a ChatGPT conversations.json"));
        QCOMPARE(TempStores::conversationCount(*other), 0);

        const auto missing = importFiles(other->db(), {folder.filePath(QStringLiteral("gone.json"))}, {});
        QVERIFY(!missing.ok());
        QVERIFY(missing.error.message.contains(u"no such file or folder"));
    }

    // An import is stored in batches of about 2,000 messages (the window
    // writes between them), the search index takes them afterwards: every
    // message is found then, and a failure after several batches leaves
    // nothing behind, in the tables or in the index.
    void batchesAreSearchableAndAFailureKeepsNothing()
    {
        using json = nlohmann::json;
        auto conversation = [](int i, const std::string &word) {
            json mapping = json::object();
            mapping["r"] = {{"id", "r"}, {"message", nullptr}, {"parent", nullptr}};
            std::string parent = "r";
            for (int m = 0; m < 10; ++m) {
                const std::string id = "n" + std::to_string(m);
                mapping[id]
                    = {{"id", id},
                       {"parent", parent},
                       {"message",
                        {{"author", {{"role", m % 2 ? "assistant" : "user"}}},
                         {"create_time", 1.0 + m},
                         {"content",
                          {{"content_type", "text"}, {"parts", {word + " number " + std::to_string(i * 10 + m)}}}}}}};
                parent = id;
            }
            return json {{"title", "c" + std::to_string(i)},
                         {"conversation_id", "batch-" + std::to_string(i)},
                         {"mapping", mapping},
                         {"current_node", parent}};
        };
        json good = json::array();
        for (int i = 0; i < 450; ++i) // 4,500 messages: two batches and a half
            good.push_back(conversation(i, "zebrafish"));
        json bad = good;
        bad.push_back({{"title", "Broken"},
                       {"conversation_id", "broken"},
                       {"mapping", {{"a", {{"id", "a"}, {"children", "x"}}}}}});
        auto write = [&](const QString &name, const json &all) {
            QFile f(m_dir.filePath(name));
            if (f.open(QIODevice::WriteOnly))
                f.write(QByteArray::fromStdString(all.dump()));
            return f.fileName();
        };
        auto db = m_dir.fresh();
        QVERIFY(db);
        const auto failed = importFiles(db->db(), {write(QStringLiteral("bad.json"), bad)}, {});
        QVERIFY(!failed.ok());
        QVERIFY2(failed.error.message.contains(u"Broken"), qPrintable(failed.error.message));
        QCOMPARE(TempStores::conversationCount(*db), 0);
        QSqlQuery q(db->db());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM messages")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM messages_fts WHERE messages_fts MATCH 'zebrafish'"))
                && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(
            q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = 'messages_ai'"))
            && q.next());
        QCOMPARE(q.value(0).toInt(), 1); // the index's trigger is back

        const auto report = importFiles(db->db(), {write(QStringLiteral("good.json"), good)}, {});
        QVERIFY2(report.ok(), qPrintable(report.error.message));
        QCOMPARE(report.value.messages, 4500);
        // The index takes them afterwards (the window in the background, the
        // CLI before it exits). Meanwhile one conversation is deleted and a
        // message changed: neither may touch what the index never had.
        SearchIndex index(db->db());
        QCOMPARE(index.pending().value, qint64(4500));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM messages_fts WHERE messages_fts MATCH 'zebrafish'"))
                && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(!ConversationRepository(db->db())
                     .remove(ConversationRepository(db->db()).findByUid(QStringLiteral("batch-0")).value)
                     .isError());
        QVERIFY(q.exec(QStringLiteral("UPDATE messages SET content = 'zebrafish and okapi' WHERE id = "
                                      "(SELECT max(message_id) FROM search_pending)")));
        QCOMPARE(index.pending().value, qint64(4490));
        int rounds = 0;
        for (auto left = index.catchUp(); left.ok() && left.value > 0; left = index.catchUp())
            ++rounds;
        QCOMPARE(rounds, 2); // 2,000 at a time
        QCOMPARE(index.pending().value, qint64(0));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM messages_fts WHERE messages_fts MATCH 'zebrafish'"))
                && q.next());
        QCOMPARE(q.value(0).toInt(), 4490);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM messages_fts WHERE messages_fts MATCH 'okapi'"))
                && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO messages_fts(messages_fts) VALUES ('integrity-check')")),
                 qPrintable(q.lastError().text()));
        QCOMPARE(index.find(QStringLiteral("okapi")).value.size(), 1);
        // A message written after the import is indexed by the trigger again.
        Message later;
        later.conversationId = ConversationRepository(db->db()).findByUid(QStringLiteral("batch-1")).value;
        later.role = Chat::Role::User;
        later.content = QStringLiteral("aardvark");
        QVERIFY(MessageRepository(db->db()).insert(later).ok());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM messages_fts WHERE messages_fts MATCH 'aardvark'"))
                && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    // Imported messages keep their files: stored through the same tables as
    // sent ones, each file once by its sha256 (within an import and across
    // imports), and taken back with the rest when an import fails, whether
    // in the batch that failed or in one committed before.
    void attachmentsAreStoredOnceAndAllOrNothing()
    {
        auto image = prepareImage(readTestData(QStringLiteral("attachments/images/gps-rotated.jpg")),
                                  QStringLiteral("gps-rotated.jpg"));
        QVERIFY2(image.ok(), qPrintable(image.error.message));
        auto pdf = attachmentFromBytes(readTestData(QStringLiteral("attachments/docs/shared-mime-info-spec.pdf")),
                                       QStringLiteral("spec.pdf"));
        QVERIFY2(pdf.ok(), qPrintable(pdf.error.message));
        auto db = m_dir.fresh();
        QVERIFY(db);
        // The same image in two conversations of one import.
        auto r = storeSnapshots(
            db->db(),
            {withFiles(QStringLiteral("a1"), {image.value, pdf.value}), withFiles(QStringLiteral("a2"), {image.value})},
            false);
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        QCOMPARE(r.value.conversations, 2);
        QCOMPARE(rows(*db, QStringLiteral("SELECT count(*) FROM attachments")), 2);
        QCOMPARE(rows(*db, QStringLiteral("SELECT count(*) FROM message_attachments")), 3);
        const Snapshot back = byUid(*db, QStringLiteral("a1"));
        QCOMPARE(back.messages.size(), 2);
        const auto files = back.messages.constFirst().attachments;
        QCOMPARE(files.size(), 2);
        QCOMPARE(files.at(0).name, QStringLiteral("gps-rotated.jpg"));
        QCOMPARE(files.at(0).data, image.value.data);
        QCOMPARE(files.at(0).sha256, image.value.sha256);
        QCOMPARE(files.at(0).width, image.value.width);
        QCOMPARE(files.at(1).kind, Attachment::Kind::Document);
        QCOMPARE(files.at(1).data, pdf.value.data);
        QCOMPARE(files.at(1).text, pdf.value.text);
        QCOMPARE(files.at(1).pages, pdf.value.pages);
        QVERIFY(back.messages.constLast().attachments.isEmpty());

        // A later import of the same files stores no second copy.
        r = storeSnapshots(db->db(), {withFiles(QStringLiteral("a3"), {pdf.value, image.value})}, false);
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        QCOMPARE(rows(*db, QStringLiteral("SELECT count(*) FROM attachments")), 2);
        QCOMPARE(rows(*db, QStringLiteral("SELECT count(*) FROM message_attachments")), 5);

        // A dry run stores nothing.
        Attachment fresh = pdf.value;
        fresh.data = "a file no one has stored yet";
        fresh.sha256 = QString::fromLatin1(QCryptographicHash::hash(fresh.data, QCryptographicHash::Sha256).toHex());
        r = storeSnapshots(db->db(), {withFiles(QStringLiteral("dry"), {fresh})}, true);
        QVERIFY(r.ok());
        QCOMPARE(rows(*db, QStringLiteral("SELECT count(*) FROM attachments")), 2);

        // A file that cannot be stored fails the import: the new file of
        // the conversation before it, in the same batch, is gone too.
        Attachment broken = image.value;
        broken.data.clear();
        r = storeSnapshots(
            db->db(), {withFiles(QStringLiteral("b1"), {fresh}), withFiles(QStringLiteral("b2"), {broken})}, false);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.message.contains(u"b2"), qPrintable(r.error.message));
        QCOMPARE(TempStores::conversationCount(*db), 3);
        QCOMPARE(rows(*db, QStringLiteral("SELECT count(*) FROM attachments")), 2);
        QCOMPARE(rows(*db, QStringLiteral("SELECT count(*) FROM message_attachments")), 5);

        // And so is one stored by a batch committed before the failure
        // (2,000 messages make a batch): the import takes its messages
        // back, their links go with them, and the trigger drops the file.
        // (Conversations of ten: SQLite cannot delete a chain of more than
        // a thousand messages at once, its cascade counts as recursion.)
        QList<Snapshot> many {withFiles(QStringLiteral("c0"), {fresh, image.value}, 10)};
        for (int i = 1; i < 200; ++i)
            many << withFiles(QStringLiteral("c%1").arg(i), {}, 10);
        many << withFiles(QStringLiteral("broken"), {broken});
        r = storeSnapshots(db->db(), many, false);
        QVERIFY(!r.ok());
        QVERIFY2(!r.error.message.contains(u"could not"), qPrintable(r.error.message));
        QCOMPARE(TempStores::conversationCount(*db), 3);
        QCOMPARE(rows(*db, QStringLiteral("SELECT count(*) FROM attachments")), 2);
        QCOMPARE(rows(*db, QStringLiteral("SELECT count(*) FROM message_attachments")), 5);
        QCOMPARE(byUid(*db, QStringLiteral("a3")).messages.constFirst().attachments.size(), 2);
    }

    // A failed import takes back the folders it made, not only its
    // conversations; a folder that was here stays.
    void failureTakesBackItsFolders()
    {
        auto db = m_dir.fresh();
        QVERIFY(db);
        FolderRepository folders(db->db());
        QVERIFY(folders.create(QStringLiteral("Mine")).ok());
        QFile bad(m_dir.filePath(QStringLiteral("after.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("[{\"title\": \"half\", \"conversation_id\": \"h\", \"mapping\": {\"a\": 1}}]");
        bad.close();
        const auto failed = importFiles(
            db->db(), {testDataPath(QStringLiteral("export/chinese-article.inkwell.json")), bad.fileName()}, {});
        QVERIFY(!failed.ok());
        QCOMPARE(TempStores::conversationCount(*db), 0);
        const auto left = folders.list().value;
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.constFirst().name, QStringLiteral("Mine"));
    }

    // A tool call's arguments nested a hundred thousand deep (a broken or
    // hostile export) are kept as written, not printed (printing recurses).
    void deepToolArgumentsAreKeptAsWritten()
    {
        using json = nlohmann::json;
        const std::string deep = std::string(100000, '[') + std::string(100000, ']');
        const json all = json::array({{{"title", "deep"},
                                       {"conversation_id", "deep"},
                                       {"mapping",
                                        {{"r", {{"id", "r"}, {"message", nullptr}, {"parent", nullptr}}},
                                         {"c",
                                          {{"id", "c"},
                                           {"parent", "r"},
                                           {"message",
                                            {{"author", {{"role", "assistant"}}},
                                             {"recipient", "python"},
                                             {"create_time", 1e300},
                                             {"content", {{"content_type", "text"}, {"parts", {deep}}}}}}}}}}}});
        QFile f(m_dir.filePath(QStringLiteral("deep.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray::fromStdString(all.dump()));
        f.close();
        auto db = m_dir.fresh();
        QVERIFY(db);
        // A time of 1e300 seconds is no time: refused with the field named.
        const auto refused = importFiles(db->db(), {f.fileName()}, {});
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error.message.contains(u"create_time: expected a time in seconds since 1970"),
                 qPrintable(refused.error.message));
        QByteArray fixed = QByteArray::fromStdString(all.dump());
        fixed.replace("1e+300", "1.0");
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(fixed);
        f.close();
        const auto report = importFiles(db->db(), {f.fileName()}, {});
        QVERIFY2(report.ok(), qPrintable(report.error.message));
        const Snapshot s = byUid(*db, QStringLiteral("deep"));
        QCOMPARE(s.messages.size(), 1);
        QVERIFY(s.messages.first().content.contains(QString::fromStdString(deep)));
    }

    // Read in pieces of 1, 2, 3, 7 and 64 bytes, every fixture gives what
    // it gives read whole.
    void readerSplitsAnywhere_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("split 000") << "chatgpt/split/conversations-000.json";
        QTest::newRow("librechat") << "chatgpt/librechat__chatgpt-tree.json";
        QTest::newRow("chatlore") << "chatgpt/chatlore__tests_fixtures_chatgpt__conversations.json";
    }
    void readerSplitsAnywhere()
    {
        QFETCH(QString, file);
        const QByteArray bytes = readTestData(file);
        auto read = [&](qsizetype piece) {
            QBuffer buffer;
            buffer.setData(bytes);
            buffer.open(QIODevice::ReadOnly);
            JsonStream::Reader reader(buffer, piece);
            QStringList out;
            const auto stats = ChatGptImport::parse(reader, [&](Snapshot &&s) {
                for (const Message &m : s.messages)
                    out << QString::number(m.parentId) + u' ' + roleText(m.role) + u' ' + m.content + u' '
                            + m.reasoning;
                return Error {};
            });
            if (!stats.ok())
                out << u"error: " + stats.error.message;
            out << QString::number(reader.consumed());
            return out;
        };
        const QStringList whole = read(1 << 20);
        QVERIFY(whole.size() > 3);
        QCOMPARE(whole.constLast().toLongLong(), bytes.size());
        for (qsizetype piece : {1, 2, 3, 7, 64})
            QCOMPARE(read(piece), whole);
    }

    void readerStructure_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("elements"); // or one "error: …" naming what is wrong
        auto list = [](std::initializer_list<const char *> items) {
            QStringList out;
            for (const char *item : items)
                out << QString::fromUtf8(item);
            return out;
        };
        QTest::newRow("empty") << QByteArray(" [ ] ") << QStringList();
        QTest::newRow("BOM and scalars") << QByteArray("\xEF\xBB\xBF[1, true ,null,\"x\"]\n")
                                         << list({"1", "true", "null", "\"x\""});
        QTest::newRow("brackets and quotes in strings") << QByteArray("[{\"a\":\"]}\\\"[{\"},[\"\\\\\",{\"b\":[]}]]")
                                                        << list({"{\"a\":\"]}\\\"[{\"}", "[\"\\\\\",{\"b\":[]}]"});
        QTest::newRow("unclosed") << QByteArray("[{\"a\": [1, 2") << list({"error: the file ends early"});
        QTest::newRow("unclosed string") << QByteArray("[{\"a\": \"b")
                                         << list({"error: the file ends inside a string"});
        QTest::newRow("mismatched") << QByteArray("[{\"a\": [1}]") << list({"error: ‘}’ where ‘]’ was expected"});
        QTest::newRow("no comma") << QByteArray("[{} {}]") << list({"error: expected ‘,’ or ‘]’ after entry 0"});
        QTest::newRow("after the end") << QByteArray("[] x") << list({"error: more after the end of the array"});
        QTest::newRow("not an array") << QByteArray("{\"a\": 1}") << list({"error: expected an array"});
        QTest::newRow("too deep") << QByteArray("[" + QByteArray(600, '[') + QByteArray(600, ']') + "]")
                                  << list({"error: nested more than 512 deep"});
    }
    void readerStructure()
    {
        QFETCH(QByteArray, json);
        QFETCH(QStringList, elements);
        for (qsizetype piece : {1, 5, 1 << 20}) {
            QBuffer buffer;
            buffer.setData(json);
            buffer.open(QIODevice::ReadOnly);
            QStringList got;
            const Error e = JsonStream::Reader(buffer, piece).forEachInArray([&](std::string_view raw, size_t) {
                got << QString::fromUtf8(raw.data(), qsizetype(raw.size()));
                return Error {};
            });
            if (e.isError()) {
                QVERIFY2(e.message.startsWith(u"not valid JSON ("), qPrintable(e.message));
                got = QStringList {u"error: " + e.message.section(u'(', 1).section(QStringLiteral(", at byte"), 0, 0)};
            }
            QCOMPARE(got, elements);
        }
    }

    // A conversation bigger than a piece, many of them: what goes in comes
    // out, in a file of a few MB read 64 KB at a time.
    void manyConversationsAcrossPieces()
    {
        // (Built with nlohmann: moc cannot read raw strings holding JSON.)
        using json = nlohmann::json;
        json all = json::array();
        const int count = 300;
        for (int i = 0; i < count; ++i) {
            std::string text;
            for (int r = 0; r < 20 + i % 40; ++r)
                text += "quote \" backslash \\ bracket ] brace } 中文 ";
            std::string answer;
            for (int r = 0; r < 30; ++r)
                answer += text;
            auto message = [](const char *role, double time, const std::string &body) {
                return json {{"author", {{"role", role}}},
                             {"create_time", time},
                             {"content", {{"content_type", "text"}, {"parts", {body}}}}};
            };
            all.push_back({{"title", "c" + std::to_string(i)},
                           {"conversation_id", "id-" + std::to_string(i)},
                           {"current_node", "a"},
                           {"mapping",
                            {{"r", {{"id", "r"}, {"message", nullptr}, {"parent", nullptr}}},
                             {"u", {{"id", "u"}, {"parent", "r"}, {"message", message("user", 1.0, text)}}},
                             {"a", {{"id", "a"}, {"parent", "u"}, {"message", message("assistant", 2.0, answer)}}}}}});
        }
        const QByteArray file = QByteArray::fromStdString(all.dump());
        QVERIFY(file.size() > 2 * 1024 * 1024);
        QBuffer buffer;
        buffer.setData(file);
        buffer.open(QIODevice::ReadOnly);
        JsonStream::Reader reader(buffer, 64 * 1024);
        int n = 0;
        const auto stats = ChatGptImport::parse(reader, [&](Snapshot &&s) {
            const auto branch = s.currentBranch();
            if (branch.size() != 2
                || !branch.first()->content.startsWith(u"quote \" backslash \\ bracket ] brace } 中文")
                || branch.last()->content.size() != branch.first()->content.size() * 30)
                return Error::make(Error::Kind::Format, QStringLiteral("conversation %1 came out wrong").arg(n));
            ++n;
            return Error {};
        });
        QVERIFY2(stats.ok(), qPrintable(stats.error.message));
        QCOMPARE(n, count);
    }
};

QTEST_MAIN(TestImport)
#include "tst_import.moc"
