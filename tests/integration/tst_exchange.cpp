// SPDX-License-Identifier: GPL-3.0-or-later
// Export and import against a real SQLite store: golden documents, the JSON
// round trip, ChatGPT's export shape, transactions, HTML payloads and PDF text.
#include "attachments/attachmentfile.h"
#include "attachments/imageprep.h"
#include "exchange/chatgptimport.h"
#include "exchange/exporter.h"
#include "exchange/importer.h"
#include "exchange/jsonformat.h"
#include "store/attachmentrepository.h"
#include "store/conversationrepository.h"
#include "store/database.h"
#include "store/folderrepository.h"
#include "store/messagerepository.h"
#include "tempstores.h"
#include "testdata.h"

#include <QDir>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Inkwell;

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The export time is the one thing that differs between two exports.
QByteArray withoutExportTime(QByteArray json)
{
    static const QRegularExpression at(QStringLiteral("\"exported_at\": \"[^\"]*\""));
    return QString::fromUtf8(json).replace(at, QStringLiteral("\"exported_at\": \"…\"")).toUtf8();
}

} // namespace

class TestExchange : public QObject {
    Q_OBJECT

    TempStores m_dir;

    // The conversation with the fixture's uid, else the newest one.
    QString exportOne(Database &db, const QString &format, bool allBranches, const QString &name)
    {
        ExportRequest r;
        const qint64 fixture
            = ConversationRepository(db.db()).findByUid(QStringLiteral("0f6c2a9e-1d2b-4c3d-8e4f-5a6b7c8d9e01")).value;
        r.conversationIds = {fixture > 0 ? fixture : ConversationRepository(db.db()).lastId().value};
        r.format = format;
        r.outPath = m_dir.filePath(name);
        r.options.allBranches = allBranches;
        const auto done = exportConversations(db.db(), r);
        return done.ok() ? r.outPath : QString();
    }

    // Compares with tests/data/export/golden/NAME; INKWELL_UPDATE_GOLDEN=1 rewrites it.
    static void compareGolden(const QByteArray &actual, const QString &name)
    {
        const QString path = testDataPath(QStringLiteral("export/golden/") + name);
        if (qEnvironmentVariableIsSet("INKWELL_UPDATE_GOLDEN")) {
            QDir().mkpath(QFileInfo(path).path());
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(actual);
            return;
        }
        const QByteArray expected = readFile(path);
        QVERIFY2(!expected.isEmpty(), qPrintable(u"missing golden file " + path));
        if (actual != expected) {
            const QString got = m_failedDir() + u'/' + name;
            QFile f(got);
            if (f.open(QIODevice::WriteOnly))
                f.write(actual);
            QFAIL(qPrintable(QStringLiteral("%1 differs from its golden file; got %2").arg(name, got)));
        }
    }
    static QString m_failedDir() { return QDir::tempPath(); }

private Q_SLOTS:
    void inkwellJsonRoundTrip()
    {
        auto first = m_dir.fresh();
        QVERIFY(first);
        const auto report
            = importFile(first->db(), testDataPath(QStringLiteral("export/chinese-article.inkwell.json")), {}, false);
        QVERIFY2(report.ok(), qPrintable(report.error.message));
        QCOMPARE(report.value.format, QStringLiteral("inkwell"));
        QCOMPARE(report.value.conversations, 1);
        QCOMPARE(report.value.messages, 4);
        // Filed in its folder (made for it) and pinned, as it was.
        const auto folders = FolderRepository(first->db()).list().value;
        QCOMPARE(folders.size(), 1);
        QCOMPARE(folders.first().name, QStringLiteral("写作"));
        const Conversation imported = ConversationRepository(first->db()).list().value.first();
        QCOMPARE(imported.folderId, folders.first().id);
        QVERIFY(imported.pinned);

        const QString once = exportOne(*first, QStringLiteral("json"), false, QStringLiteral("once.json"));
        QVERIFY(!once.isEmpty());
        // What was imported comes out as it went in: every field, both branches.
        QCOMPARE(withoutExportTime(readFile(once)),
                 withoutExportTime(readTestData(QStringLiteral("export/chinese-article.inkwell.json")) + '\n'));

        auto second = m_dir.fresh();
        QVERIFY(second);
        // Make the ids differ: the second store already holds a conversation.
        Conversation other;
        other.title = QStringLiteral("already here");
        const auto otherId = ConversationRepository(second->db()).create(other);
        QVERIFY(otherId.ok());
        Message hello;
        hello.conversationId = otherId.value;
        hello.role = Chat::Role::User;
        hello.content = QStringLiteral("hello");
        QVERIFY(MessageRepository(second->db()).insert(hello).ok());
        QVERIFY(importFile(second->db(), once, {}, false).ok());
        const QString twice = exportOne(*second, QStringLiteral("json"), false, QStringLiteral("twice.json"));
        QByteArray a = withoutExportTime(readFile(once)), b = withoutExportTime(readFile(twice));
        // Apart from the new ids, the same JSON.
        static const QRegularExpression ids(QStringLiteral("\"(id|parent_id|current_leaf_id)\": \\d+"));
        QCOMPARE(QString::fromUtf8(b).replace(ids, QStringLiteral("\"\\1\": N")),
                 QString::fromUtf8(a).replace(ids, QStringLiteral("\"\\1\": N")));
        QVERIFY(a != b); // the ids really were new

        // Importing the same file again adds nothing.
        const auto again = importFile(second->db(), once, {}, false);
        QVERIFY(again.ok());
        QCOMPARE(again.value.conversations, 0);
        QCOMPARE(again.value.skippedConversations, 1);
        QCOMPARE(TempStores::conversationCount(*second), 2);
    }

    void documentsMatchGoldenFiles_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<bool>("allBranches");
        QTest::addColumn<QString>("golden");
        QTest::newRow("md current") << "md" << false << "chinese-article.md";
        QTest::newRow("md all") << "md" << true << "chinese-article.all-branches.md";
        QTest::newRow("html") << "html" << false << "chinese-article.html";
        QTest::newRow("html all") << "html" << true << "chinese-article.all-branches.html";
        QTest::newRow("txt") << "txt" << true << "chinese-article.all-branches.txt";
        QTest::newRow("chatgpt md all") << "md" << true << "chatgpt-tree.all-branches.md";
    }
    void documentsMatchGoldenFiles()
    {
        QFETCH(QString, format);
        QFETCH(bool, allBranches);
        QFETCH(QString, golden);
        auto db = m_dir.fresh();
        QVERIFY(db);
        const QString source = golden.startsWith(u"chatgpt") ? QStringLiteral("chatgpt/librechat__chatgpt-tree.json")
                                                             : QStringLiteral("export/chinese-article.inkwell.json");
        QVERIFY(importFile(db->db(), testDataPath(source), {}, false).ok());
        const QString path = exportOne(*db, format, allBranches, golden);
        QVERIFY(!path.isEmpty());
        QByteArray text = readFile(path);
        // The version changes with every release; the golden files should not.
        text.replace("Inkwell " INKWELL_VERSION, "Inkwell VERSION");
        compareGolden(text, golden);
    }

    void chatGptBranchesHiddenMessagesAndTimes()
    {
        auto db = m_dir.fresh();
        QVERIFY(db);
        const auto report
            = importFile(db->db(), testDataPath(QStringLiteral("chatgpt/librechat__chatgpt-tree.json")), {}, false);
        QVERIFY2(report.ok(), qPrintable(report.error.message));
        QCOMPARE(report.value.format, QStringLiteral("chatgpt"));
        QCOMPARE(report.value.conversations, 1);
        QCOMPARE(report.value.messages, 11); // 12 message nodes, the hidden system one left out
        QCOMPARE(report.value.skippedMessages, 1);

        const auto s = Snapshot::load(db->db(), ConversationRepository(db->db()).lastId().value);
        QVERIFY(s.ok());
        const Conversation &c = s.value.conversation;
        QCOMPARE(c.title, QStringLiteral("Assist user with summary"));
        QCOMPARE(c.uid, QStringLiteral("d5dc5307-6807-41a0-8b04-4acee626eeb7"));
        QCOMPARE(c.source, QStringLiteral("chatgpt"));
        QCOMPARE(c.createdAt, qint64(1714585031148));
        QCOMPARE(c.updatedAt, qint64(1714585060879));
        // Both branch points survive: an edited prompt and a regenerated answer.
        const auto children = s.value.childrenByParent();
        int forks = 0;
        for (const auto &list : children)
            forks += list.size() > 1;
        QCOMPARE(forks, 2);
        // The current node is the second regeneration, and the branch to it is what the user saw.
        const QList<const Message *> branch = s.value.currentBranch();
        QCOMPARE(branch.size(), 6);
        QCOMPARE(branch.first()->content, QStringLiteral("hi there"));
        QCOMPARE(branch.at(2)->content, QStringLiteral("hi again"));
        QCOMPARE(branch.last()->role, Chat::Role::Assistant);
        QCOMPARE(children.value(branch.at(4)->id).indexOf(branch.last()), 1);
        QCOMPARE(branch.last()->modelReported, QStringLiteral("text-davinci-002-render-sha"));
        // The abandoned answer was cut off in ChatGPT: it stays marked so.
        const auto story = std::find_if(s.value.messages.cbegin(), s.value.messages.cend(), [](const Message &m) {
            return m.content.startsWith(u"Sure! Here's a short story");
        });
        QVERIFY(story != s.value.messages.cend());
        QCOMPARE(story->status, Chat::Status::Interrupted);
    }

    void chatGptNonTextPartsBecomePlaceholders()
    {
        auto db = m_dir.fresh();
        QVERIFY(db);
        const QString file
            = testDataPath(QStringLiteral("chatgpt/chatlore__tests_fixtures_chatgpt__conversations.json"));
        const auto report = importFile(db->db(), file, QStringLiteral("chatgpt"), false);
        QVERIFY2(report.ok(), qPrintable(report.error.message));
        QCOMPARE(report.value.conversations, 2);
        QCOMPARE(report.value.skippedConversations, 2); // no mapping; no id: said why
        QCOMPARE(report.value.notes.size(), 2);
        QVERIFY(report.value.notes.join(u'\n').contains(u"Broken record"));

        const auto list = ConversationRepository(db->db()).list().value;
        const auto postgres = std::find_if(list.cbegin(), list.cend(),
                                           [](const Conversation &c) { return c.title == u"Postgres indexing"; });
        QVERIFY(postgres != list.cend());
        const auto s = Snapshot::load(db->db(), postgres->id).value;
        QStringList all;
        for (const Message &m : s.messages)
            all << roleText(m.role) + u": " + m.content + u" | " + m.reasoning;
        const QString text = all.join(u'\n');
        QVERIFY2(text.contains(u"[Image not included: file-service://file-2]"), qPrintable(text));
        QVERIFY(text.contains(u"Here is the plan output")); // the text beside the image is kept
        QVERIFY(text.contains(u"```sql\nCREATE INDEX idx_orders_customer"));
        QVERIFY(text.contains(u"tool: ```tool-result python\nCREATE INDEX\n```"));
        QVERIFY(text.contains(u"| x\n\ny")); // thoughts became reasoning
        QVERIFY(!text.contains(u"system:")); // the hidden system message
        // Its regenerated answer is a sibling, the current node the last message.
        QCOMPARE(s.currentBranch().last()->content, QStringLiteral("Done. The query should now use the index."));

        // Dry run of the same file again: nothing new, nothing written.
        const auto dry = importFile(db->db(), file, {}, true);
        QVERIFY(dry.ok());
        QCOMPARE(dry.value.conversations, 0);
        QCOMPARE(TempStores::conversationCount(*db), 2);
    }

    void archiveFieldsInAnyOrder()
    {
        // Another program may write "conversations" before "format".
        QByteArray archive = R"({"conversations": [{"uid": "u-1", "title": "Reordered", "messages": [
            {"id": 1, "parent_id": null, "role": "user", "content": "hi"}]}], "schema_version": 1, "format": "inkwell-export"})";
        auto db = m_dir.fresh();
        QVERIFY(db);
        const QString path = m_dir.filePath(QStringLiteral("reordered.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(archive);
        f.close();
        const auto report = importFile(db->db(), path, QStringLiteral("inkwell"), false);
        QVERIFY2(report.ok(), qPrintable(report.error.message));
        QCOMPARE(report.value.messages, 1);
    }

    // Inputs the fuzzers found: bytes without spare capacity made the JSON
    // reader look past their end, and a broken header field left an iterator
    // that was used again (a crash; the over-reads show under `--preset asan`).
    void fuzzFindingsStayFixed()
    {
        for (const char *name : {"fuzz/chatgpt-padding-overread.json", "fuzz/archive-padding-overread.json",
                                 "fuzz/archive-abandoned-iterator.json"}) {
            const QByteArray file = readTestData(QLatin1String(name));
            const QByteArray raw = QByteArray::fromRawData(file.constData(), file.size());
            QCOMPARE(raw.capacity(), qsizetype(0));
            const auto chatgpt = ChatGptImport::parse(raw, [](Snapshot &&) { return Error {}; });
            QVERIFY(!chatgpt.ok());
            QVERIFY(!JsonFormat::parse(raw).ok());
        }
    }

    void chatGptZipIsReadAsItComes()
    {
        auto db = m_dir.fresh();
        QVERIFY(db);
        const auto report = importFile(db->db(), testDataPath(QStringLiteral("chatgpt/chatgpt-export.zip")), {}, false);
        QVERIFY2(report.ok(), qPrintable(report.error.message));
        QCOMPARE(report.value.format, QStringLiteral("chatgpt"));
        QCOMPARE(report.value.conversations, 1);
        QCOMPARE(report.value.messages, 11);
    }

    void failingFileImportsNothing_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        const QByteArray good
            = R"({"title":"Good","conversation_id":"c1","mapping":{"a":{"id":"a","message":null,"parent":null,"children":["b"]},"b":{"id":"b","parent":"a","children":[],"message":{"author":{"role":"user"},"content":{"content_type":"text","parts":["hi"]}}}}})";
        const QByteArray bad
            = R"({"title":"Bad one","conversation_id":"c2","mapping":{"a":{"id":"a","parent":null,"children":[],"message":{"author":{"role":"user"},"content":{"content_type":"text","parts":"not a list"}}}}})";
        QTest::newRow("chatgpt: wrong type in the second conversation")
            << QByteArray("[" + good + "," + bad + "]")
            << "conversation ‘Bad one’ (c2): mapping.a.message.content.parts: expected an array";
        QTest::newRow("chatgpt: not JSON") << QByteArray("[{\"mapping\": ") << "not valid JSON";
        QTest::newRow("chatgpt: garbage after the array")
            << QByteArray("[" + good + "] and then some") << "not valid JSON";
        QTest::newRow("chatgpt: an object, not the list")
            << QByteArray(R"({"mapping": {}, "title": "x"})")
            << "neither an Inkwell export nor a ChatGPT conversations.json";
        QTest::newRow("chatgpt: a broken conversation after a good one")
            << QByteArray("[" + good + ", {\"title\": \"half\", \"mapping\": {\"a\": }]") << "not valid JSON";
        QByteArray archive = readTestData(QStringLiteral("export/chinese-article.inkwell.json"));
        archive.replace("\"parent_id\": 3", "\"parent_id\": 99");
        QTest::newRow("inkwell: a parent that does not exist")
            << archive << "conversations[0] (‘关于人工智能的文章’).messages[3].parent_id: 99 is not an earlier message";
        QByteArray newer = readTestData(QStringLiteral("export/chinese-article.inkwell.json"));
        newer.replace("\"schema_version\": 2", "\"schema_version\": 7");
        QTest::newRow("inkwell: a newer schema") << newer << "schema_version 7";
        QTest::newRow("zip without conversations.json")
            << readTestData(QStringLiteral("chatgpt/not-an-export.zip")) << "this zip has no conversations.json";
        QTest::newRow("damaged zip") << readTestData(QStringLiteral("chatgpt/chatgpt-export.zip")).left(300)
                                     << "not a readable zip file";
    }
    void failingFileImportsNothing()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        auto db = m_dir.fresh();
        QVERIFY(db);
        const QString path = m_dir.filePath(QStringLiteral("bad-%1.json").arg(m_dir.count()));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        const auto report = importFile(db->db(), path, {}, false);
        QVERIFY(!report.ok());
        QVERIFY2(report.error.message.contains(expected), qPrintable(report.error.message));
        QVERIFY(report.error.message.contains(path));
        QCOMPARE(TempStores::conversationCount(*db), 0);
    }

    void htmlKeepsPayloadsAsText()
    {
        const QStringList payloads = {
            QStringLiteral("<script>alert(1)</script>"),
            QStringLiteral("<img src=x onerror=alert(1)>"),
            QStringLiteral("<svg onload=alert(1)>"),
            QStringLiteral("<iframe src=\"https://evil.example\"></iframe>"),
            QStringLiteral("\"><script>alert(1)</script>"),
            QStringLiteral("</title><script>alert(1)</script>"),
            QStringLiteral("[click](javascript:alert(1))"),
            QStringLiteral("<a href=\"javascript:alert(1)\">x</a>"),
            QStringLiteral("[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)"),
            QStringLiteral("![tracker](https://evil.example/pixel.png)"),
            QStringLiteral("<style>body{display:none}</style>"),
            QStringLiteral("<details open ontoggle=alert(1)>"),
            QStringLiteral("<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>"),
            QStringLiteral("<<script>script>alert(1)<</script>/script>"),
            QStringLiteral("<body onload=alert(1)>"),
            QStringLiteral("<input autofocus onfocus=alert(1)>"),
            // Highlighted code goes around cmark's escaping: it must escape too.
            QStringLiteral("```python\n</code></pre><script>alert(1)</script><img src=x onerror=alert(1)>\n```"),
            QStringLiteral("```html\n<script>alert(1)</script>\n```"),
        };
        Snapshot s;
        s.conversation.id = 1;
        s.conversation.title = QStringLiteral("<script>alert('title')</script>");
        s.conversation.createdAt = s.conversation.updatedAt = 1764493200000;
        qint64 id = 0;
        for (const QString &p : payloads) {
            for (const char *role : {"user", "assistant"}) {
                Message m;
                m.id = ++id;
                m.parentId = id - 1;
                m.role = *roleFromText(QString::fromLatin1(role));
                m.content = p;
                m.reasoning = m.role == Chat::Role::Assistant ? p : QString();
                m.modelReported = p;
                s.messages << m;
            }
        }
        s.conversation.currentLeafId = id;
        const QString html = toHtml(s, {});
        // Every tag in the page is one the exporter writes; no handler, no active URL, nothing remote.
        static const QRegularExpression tag(QStringLiteral("<\\s*([a-zA-Z][a-zA-Z0-9]*)([^>]*)>"));
        const QStringList allowed = {
            u"html"_qs, u"head"_qs,   u"meta"_qs, u"title"_qs,   u"style"_qs, u"body"_qs,    u"header"_qs,  u"h1"_qs,
            u"h2"_qs,   u"p"_qs,      u"main"_qs, u"section"_qs, u"div"_qs,   u"details"_qs, u"summary"_qs, u"span"_qs,
            u"a"_qs,    u"footer"_qs, u"pre"_qs,  u"code"_qs,    u"em"_qs,    u"strong"_qs,  u"del"_qs};
        int styles = 0;
        for (auto it = tag.globalMatch(html); it.hasNext();) {
            const auto m = it.next();
            const QString name = m.captured(1).toLower();
            QVERIFY2(allowed.contains(name), qPrintable(u"unexpected <" + name + u"> in the export"));
            QVERIFY2(!m.captured(2).contains(QRegularExpression(QStringLiteral("\\bon[a-z]+\\s*="))),
                     qPrintable(m.captured(0)));
            QVERIFY2(!m.captured(2).contains(u"javascript:", Qt::CaseInsensitive), qPrintable(m.captured(0)));
            QVERIFY2(!m.captured(2).contains(u"data:", Qt::CaseInsensitive), qPrintable(m.captured(0)));
            QVERIFY2(!m.captured(2).contains(u"src="), qPrintable(m.captured(0)));
            styles += name == u"style";
        }
        QCOMPARE(styles, 1); // ours
        QVERIFY(html.contains(u"&lt;script&gt;alert(&#x27;title&#x27;)&lt;/script&gt;")
                || html.contains(u"&lt;script&gt;alert('title')&lt;/script&gt;"));
        QVERIFY(html.contains(u"Content-Security-Policy"));
        // The remote image is a link to click, not something the page loads.
        QVERIFY(html.contains(u"href=\"https://evil.example/pixel.png\""));
    }

    void pdfHasCjkTextPageNumbersAndWrappedCode()
    {
        auto db = m_dir.fresh();
        QVERIFY(db);
        QVERIFY(
            importFile(db->db(), testDataPath(QStringLiteral("export/chinese-article.inkwell.json")), {}, false).ok());
        const QString pdf = exportOne(*db, QStringLiteral("pdf"), true, QStringLiteral("article.pdf"));
        QVERIFY(!pdf.isEmpty());
        QVERIFY(readFile(pdf).startsWith("%PDF-"));
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QVERIFY2(p.waitForFinished(30000) && p.exitCode() == 0, "pdftotext (poppler-utils) must be installed");
        // The text layer holds the characters as written (no ⼈ for 人).
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(text.contains(u"请生成一篇关于人工智能的文章"), qPrintable(text.left(400)));
        QVERIFY(text.contains(u"发展简史"));
        QVERIFY(text.contains(u"达特茅斯会议"));
        // The 600-character code line is wrapped, not cut: its last argument is on the page.
        QVERIFY(text.contains(u"argument_39)"));
        // Chinese text in the Simplified Chinese cut of the CJK font, not the
        // Japanese one Qt falls back to for Han without a language.
        QProcess fonts;
        fonts.start(QStringLiteral("pdffonts"), {pdf});
        QVERIFY(fonts.waitForFinished(30000));
        const QByteArray fontList = fonts.readAllStandardOutput();
        QVERIFY2(fontList.contains("CJKsc") && !fontList.contains("CJKjp"), fontList.constData());
        // Pages are numbered: each page ends with its number.
        const QStringList pages = text.split(u'\f', Qt::SkipEmptyParts);
        QVERIFY(pages.size() >= 2);
        for (int i = 0; i < pages.size(); ++i) {
            if (pages[i].trimmed().isEmpty())
                continue;
            QVERIFY2(pages[i].trimmed().endsWith(QString::number(i + 1)), qPrintable(pages[i].right(80)));
        }
    }

    // What a PDF tool prints for a file; empty when it failed.
    static QString toolOutput(const QString &program, const QStringList &arguments)
    {
        QProcess p;
        p.start(program, arguments);
        if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
            return {};
        return QString::fromUtf8(p.readAllStandardOutput());
    }

    // Issue 15: Chinese copied or searched from a PDF came out as Kangxi
    // radicals (写⼀篇关于⼈⼯智能的⽂章), emoji drew as boxes or not at all and
    // were missing from the text, and a user message ran into the next heading.
    void pdfTextLayerHoldsChineseAndEmojiAsWritten()
    {
        auto db = m_dir.fresh();
        QVERIFY(db);
        QVERIFY(importFile(db->db(), testDataPath(QStringLiteral("export/emoji-and-radicals.inkwell.json")), {}, false)
                    .ok());
        const auto exportPdf = [&](const QString &uid, const QString &name) {
            ExportRequest r;
            r.conversationIds = {ConversationRepository(db->db()).findByUid(uid).value};
            r.format = QStringLiteral("pdf");
            r.outPath = m_dir.filePath(name);
            return exportConversations(db->db(), r).ok() ? r.outPath : QString();
        };
        const QString pdf
            = exportPdf(QStringLiteral("5b1e0c7a-9d42-4f7e-8a61-2c3d4e5f6a01"), QStringLiteral("emoji.pdf"));
        QVERIFY(!pdf.isEmpty());

        const QString text = toolOutput(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY2(!text.isEmpty(), "pdftotext (poppler-utils) must be installed");
        for (const char32_t c : text.toUcs4())
            QVERIFY2(!(c >= 0x2E80 && c <= 0x2FDF), qPrintable(u"radical in the text layer: " + text));
        const QStringList lines = text.split(u'\n');
        QVERIFY2(lines.count(QStringLiteral("写一篇关于人工智能的文章")) == 2, qPrintable(text)); // title and message
        QVERIFY2(lines.contains(QStringLiteral("人工智能是让机器完成通常需要人类智能的任务的技术。")),
                 qPrintable(text));
        // 见 and 户 too: Qt named them ⻅ (no NFKC form) and ⼾ (whose NFKC
        // form is 戶), found through the font's own character map.
        for (const QString &item : {QStringLiteral("一"), QStringLiteral("工"), QStringLiteral("文"),
                                    QStringLiteral("更多信息见用户手册。这篇文章到此为止。")})
            QVERIFY2(lines.contains(item), qPrintable(item + u" in " + text));
        // Emoji above U+FFFF have no entry in Qt's maps; ✅ has one.
        QVERIFY2(lines.contains(QStringLiteral("Good morning 👋😀 ✅")), qPrintable(text));
        QVERIFY2(lines.contains(QStringLiteral("Good morning! 早上好 🙂")), qPrintable(text));

        // The emoji are drawn with Symbola's outlines, not a colour font that
        // Qt's writer cannot embed (its glyphs come out blank).
        const QString fonts = toolOutput(QStringLiteral("pdffonts"), {pdf});
        QVERIFY2(fonts.contains(u"Symbola") && !fonts.contains(u"ColorEmoji"), qPrintable(fonts));

        // The user message and the heading after it have a gap between them
        // (they touched: 0.02 pt).
        static const QRegularExpression word(
            QStringLiteral(R"re(<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>)re"));
        QList<QRegularExpressionMatch> words;
        for (auto it = word.globalMatch(
                 toolOutput(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdf, QStringLiteral("-")}));
             it.hasNext();)
            words.append(it.next());
        const auto named = [&](auto from, QStringView name) {
            return std::find_if(from, words.cend(),
                                [&](const QRegularExpressionMatch &m) { return m.captured(3) == name; });
        };
        const auto message = named(words.cbegin(), u"morning"); // "Good morning 👋😀 ✅"
        const auto heading = named(message, u"Assistant");
        QVERIFY(message != words.cend() && heading != words.cend());
        double messageBottom = 0;
        for (auto w = message; w != heading; ++w)
            messageBottom = std::max(messageBottom, w->captured(2).toDouble());
        const double gap = heading->captured(1).toDouble() - messageBottom;
        QVERIFY2(gap > 8, qPrintable(QString::number(gap)));

        // A radical the text holds, without its ideograph, stays a radical.
        const QString radical
            = exportPdf(QStringLiteral("5b1e0c7a-9d42-4f7e-8a61-2c3d4e5f6a02"), QStringLiteral("radical.pdf"));
        QVERIFY(!radical.isEmpty());
        const QString radicalText = toolOutput(QStringLiteral("pdftotext"), {radical, QStringLiteral("-")});
        QVERIFY2(radicalText.contains(u"The radical ⼥ (U+2F25) is number 38.") && !radicalText.contains(u'女'),
                 qPrintable(radicalText));
    }

    // A conversation whose user sent a photo (prepared: turned upright, GPS
    // gone) and a PDF, as the store holds them. Returns its id.
    static qint64 conversationWithFiles(Database &db, const QString &title, const Attachment &image,
                                        const Attachment &pdf)
    {
        Conversation c;
        c.title = title;
        c.createdAt = c.updatedAt = 1764496800000;
        const qint64 id = ConversationRepository(db.db()).create(c).value;
        MessageRepository messages(db.db());
        Message ask;
        ask.conversationId = id;
        ask.role = Chat::Role::User;
        ask.content = QStringLiteral("What is in the picture, and what does the spec say?");
        ask.attachments = {image, pdf};
        const qint64 askId = messages.insert(ask).value;
        Message answer;
        answer.conversationId = id;
        answer.parentId = askId;
        answer.role = Chat::Role::Assistant;
        answer.content = QStringLiteral("A thin stripe; the spec defines MIME types.");
        const qint64 answerId = messages.insert(answer).value;
        if (askId <= 0 || answerId <= 0 || ConversationRepository(db.db()).setCurrentLeaf(id, answerId).isError())
            return 0;
        return id;
    }

    static int attachmentRows(Database &db)
    {
        QSqlQuery q(db.db());
        return q.exec(QStringLiteral("SELECT count(*) FROM attachments")) && q.next() ? q.value(0).toInt() : -1;
    }

    // Issue 16: files go through every export and come back from the
    // archive byte for byte; a damaged archive is refused in a sentence.
    void attachmentsThroughEveryFormat()
    {
        auto image = prepareImage(readTestData(QStringLiteral("attachments/images/gps-rotated.jpg")),
                                  QStringLiteral("IMG_0001.jpg"));
        QVERIFY2(image.ok(), qPrintable(image.error.message));
        auto pdf = attachmentFromBytes(readTestData(QStringLiteral("attachments/docs/shared-mime-info-spec.pdf")),
                                       QStringLiteral("spec [draft].pdf"));
        QVERIFY2(pdf.ok(), qPrintable(pdf.error.message));
        QVERIFY(pdf.value.pages > 1);
        auto db = m_dir.fresh();
        QVERIFY(db);
        const qint64 first = conversationWithFiles(*db, QStringLiteral("Files"), image.value, pdf.value);
        const qint64 second = conversationWithFiles(*db, QStringLiteral("Same files"), image.value, pdf.value);
        QVERIFY(first > 0 && second > 0);
        QCOMPARE(attachmentRows(*db), 2);

        // JSON: export, import elsewhere, the same bytes under the same sha256.
        ExportRequest json;
        json.conversationIds = {first, second};
        json.format = QStringLiteral("json");
        json.outPath = m_dir.filePath(QStringLiteral("files.json"));
        QVERIFY(exportConversations(db->db(), json).ok());
        const QByteArray archive = readFile(json.outPath);
        QVERIFY(archive.contains("\"schema_version\": 2"));
        auto other = m_dir.fresh();
        QVERIFY(other);
        const auto imported = importFile(other->db(), json.outPath, {}, false);
        QVERIFY2(imported.ok(), qPrintable(imported.error.message));
        QCOMPARE(imported.value.conversations, 2);
        QCOMPARE(attachmentRows(*other), 2); // once each, though both conversations have them
        const auto back = Snapshot::load(other->db(), ConversationRepository(other->db()).lastId().value);
        QVERIFY(back.ok());
        const QList<Attachment> files = back.value.messages.constFirst().attachments;
        QCOMPARE(files.size(), 2);
        for (int i = 0; i < 2; ++i) {
            const Attachment &want = i == 0 ? image.value : pdf.value;
            QCOMPARE(files[i].name, want.name);
            QCOMPARE(files[i].kind, want.kind);
            QCOMPARE(files[i].mimeType, want.mimeType);
            QCOMPARE(files[i].sha256, want.sha256);
            QVERIFY(files[i].data == want.data);
            QCOMPARE(files[i].text, want.text);
            QCOMPARE(files[i].pages, want.pages);
            QCOMPARE(files[i].width, want.width);
            QCOMPARE(files[i].height, want.height);
            QCOMPARE(files[i].size, qint64(want.data.size()));
        }
        // Exported again, the same archive but for the ids; imported again, nothing new.
        ExportRequest again = json;
        again.conversationIds.clear();
        again.outPath = m_dir.filePath(QStringLiteral("files-again.json"));
        QVERIFY(exportConversations(other->db(), again).ok());
        static const QRegularExpression ids(QStringLiteral("\"(id|parent_id|current_leaf_id)\": \\d+"));
        QCOMPARE(QString::fromUtf8(withoutExportTime(readFile(again.outPath))).replace(ids, QStringLiteral("N")),
                 QString::fromUtf8(withoutExportTime(archive)).replace(ids, QStringLiteral("N")));
        const auto twice = importFile(other->db(), json.outPath, {}, false);
        QVERIFY(twice.ok());
        QCOMPARE(twice.value.skippedConversations, 2);
        QCOMPARE(attachmentRows(*other), 2);
        // Under new uids (another machine's copy): new conversations, the same two files.
        QByteArray copy = archive;
        copy.replace("\"uid\": \"", "\"uid\": \"copy-");
        QFile copyFile(m_dir.filePath(QStringLiteral("copy.json")));
        QVERIFY(copyFile.open(QIODevice::WriteOnly) && copyFile.write(copy) == copy.size());
        copyFile.close();
        const auto copied = importFile(other->db(), copyFile.fileName(), {}, false);
        QVERIFY2(copied.ok(), qPrintable(copied.error.message));
        QCOMPARE(copied.value.conversations, 2);
        QCOMPARE(attachmentRows(*other), 2);

        // HTML: the image as a data: URL of the same bytes, the PDF as a card.
        ExportRequest html;
        html.conversationIds = {first};
        html.format = QStringLiteral("html");
        html.outPath = m_dir.filePath(QStringLiteral("files.html"));
        QVERIFY(exportConversations(db->db(), html).ok());
        const QString page = QString::fromUtf8(readFile(html.outPath));
        static const QRegularExpression dataUrl(QStringLiteral("<img src=\"data:image/(\\w+);base64,([^\"]+)\""));
        const auto match = dataUrl.match(page);
        QVERIFY2(match.hasMatch(), qPrintable(page.left(3000)));
        QCOMPARE(u"image/" + match.captured(1), image.value.mimeType);
        QVERIFY(QByteArray::fromBase64(match.captured(2).toLatin1()) == image.value.data);
        QVERIFY(page.contains(u"img-src data:")); // the page's policy lets it show, and nothing else
        QVERIFY2(page.contains(u"<b>spec [draft].pdf</b>"), qPrintable(page.right(2000)));
        QVERIFY(page.contains(QStringLiteral("%1 pages").arg(pdf.value.pages)));

        // Markdown into a folder: both conversations link to the same
        // assets/ files, the picture shown, the PDF as a link.
        ExportRequest md;
        md.conversationIds = {first, second};
        md.format = QStringLiteral("md");
        md.outPath = m_dir.filePath(QStringLiteral("md/"));
        const auto mdDone = exportConversations(db->db(), md);
        QVERIFY2(mdDone.ok(), qPrintable(mdDone.error.message));
        const QString assetName = image.value.sha256.left(16) + u".jpg";
        const QString pdfAsset = pdf.value.sha256.left(16) + u".pdf";
        QStringList assets {assetName, pdfAsset};
        assets.sort();
        QCOMPARE(QDir(md.outPath + u"assets").entryList(QDir::Files, QDir::Name), assets);
        QVERIFY(readFile(md.outPath + u"assets/" + assetName) == image.value.data);
        QVERIFY(readFile(md.outPath + u"assets/" + pdfAsset) == pdf.value.data);
        const QFileInfo asset(md.outPath + u"assets/" + assetName);
        const QDateTime written = asset.lastModified();
        for (const QString &file : mdDone.value.files) {
            const QString text = QString::fromUtf8(readFile(file));
            QVERIFY2(text.contains(u"![IMG_0001.jpg](assets/" + assetName + u")"), qPrintable(text));
            QVERIFY2(text.contains(QStringLiteral("📄 [spec \\[draft\\].pdf](assets/%1) (%2 pages, ")
                                       .arg(pdfAsset)
                                       .arg(pdf.value.pages)),
                     qPrintable(text));
        }
        // Again into the same folder: the image is there already and is not written again.
        {
            QFile touched(asset.filePath());
            QVERIFY(touched.open(QIODevice::ReadWrite));
            QVERIFY(touched.setFileTime(written.addSecs(-60), QFileDevice::FileModificationTime));
        }
        QVERIFY(exportConversations(db->db(), md).ok());
        QCOMPARE(QFileInfo(asset.filePath()).lastModified(), written.addSecs(-60));
        QCOMPARE(QDir(md.outPath + u"assets").entryList(QDir::Files).size(), 2);

        // Plain text: a line each.
        ExportRequest txt = html;
        txt.format = QStringLiteral("txt");
        txt.outPath = m_dir.filePath(QStringLiteral("files.txt"));
        QVERIFY(exportConversations(db->db(), txt).ok());
        const QString plain = QString::fromUtf8(readFile(txt.outPath));
        QVERIFY2(plain.contains(
                     QStringLiteral("[image: IMG_0001.jpg, %1×%2, ").arg(image.value.width).arg(image.value.height)),
                 qPrintable(plain));
        QVERIFY(plain.contains(QStringLiteral("[document: spec [draft].pdf, %1 pages, ").arg(pdf.value.pages)));

        // PDF: the picture is on the page (poppler's pdfimages lists it).
        ExportRequest pdfOut = html;
        pdfOut.format = QStringLiteral("pdf");
        pdfOut.outPath = m_dir.filePath(QStringLiteral("files.pdf"));
        QVERIFY(exportConversations(db->db(), pdfOut).ok());
        const QString list = toolOutput(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdfOut.outPath});
        const QStringList lines = list.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY2(lines.size() == 3, qPrintable(list)); // two heading lines, one image
        const QStringList columns = lines.last().simplified().split(u' ');
        QCOMPARE(columns.at(3).toInt(), image.value.width); // at its own size, not scaled up
        QCOMPARE(columns.at(4).toInt(), image.value.height);
        const QString pdfText = toolOutput(QStringLiteral("pdftotext"), {pdfOut.outPath, QStringLiteral("-")});
        QVERIFY2(pdfText.contains(u"spec [draft].pdf"), qPrintable(pdfText));

        // A damaged archive is refused, naming the conversation and field,
        // and nothing of it is kept.
        const QByteArray sha = image.value.sha256.toLatin1();
        const QByteArray base64 = image.value.data.toBase64();
        struct Damage {
            QByteArray bytes;
            QString expected;
        };
        QByteArray missing = archive;
        missing.replace("\"mime_type\": \"image/jpeg\",", "");
        QByteArray tooShort = archive;
        tooShort.replace(base64, base64.left(base64.size() - 8));
        const QList<Damage> damages {
            {QByteArray(archive).replace(sha, QByteArray(64, 'a')),
             QStringLiteral("conversations[0] (‘Files’).messages[0].attachments[0].sha256: does not match the data")},
            {QByteArray(archive).replace(base64, "not base64 at all!"),
             QStringLiteral("conversations[0] (‘Files’).messages[0].attachments[0].data: not valid base64")},
            {missing, QStringLiteral("conversations[0] (‘Files’).messages[0].attachments[0].mime_type: missing")},
            {tooShort, QStringLiteral("attachments[0].size: ")},
            {QByteArray(archive).replace("\"kind\": \"image\"", "\"kind\": \"video\""),
             QStringLiteral("attachments[0].kind: expected \"image\" or \"document\"")},
            {QByteArray(archive).replace(base64, ""), QStringLiteral("attachments[0].data: the file is empty")},
        };
        for (const Damage &d : damages) {
            auto fresh = m_dir.fresh();
            QVERIFY(fresh);
            QFile f(m_dir.filePath(QStringLiteral("damaged-%1.json").arg(m_dir.count())));
            QVERIFY(f.open(QIODevice::WriteOnly) && f.write(d.bytes) == d.bytes.size());
            f.close();
            const auto refused = importFile(fresh->db(), f.fileName(), {}, false);
            QVERIFY(!refused.ok());
            QCOMPARE(refused.error.kind, Error::Kind::Format);
            QVERIFY2(refused.error.message.contains(d.expected), qPrintable(refused.error.message));
            QCOMPARE(TempStores::conversationCount(*fresh), 0);
            QCOMPARE(attachmentRows(*fresh), 0);
        }
    }

    // Archives of schema version 1 (before attachments) are still read.
    void archiveOfSchemaOneIsRead()
    {
        QByteArray v1 = readTestData(QStringLiteral("export/chinese-article.inkwell.json"));
        v1.replace("\"schema_version\": 2", "\"schema_version\": 1");
        v1.replace(QByteArrayLiteral(",\n          \"attachments\": []"), QByteArray());
        QVERIFY(!v1.contains("attachments"));
        const auto parsed = JsonFormat::parse(v1);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error.message));
        QCOMPARE(parsed.value.size(), 1);
        QCOMPARE(parsed.value.constFirst().messages.size(), 4);
    }

    void exportAllToFolderAndArchiveAndCancel()
    {
        auto db = m_dir.fresh();
        QVERIFY(db);
        QVERIFY(importFile(db->db(),
                           testDataPath(QStringLiteral("chatgpt/chatlore__tests_fixtures_chatgpt__conversations.json")),
                           {}, false)
                    .ok());
        QVERIFY(
            importFile(db->db(), testDataPath(QStringLiteral("export/chinese-article.inkwell.json")), {}, false).ok());

        ExportRequest folder;
        folder.format = QStringLiteral("md");
        folder.outPath = m_dir.filePath(QStringLiteral("all-md"));
        const auto files = exportConversations(db->db(), folder);
        QVERIFY(files.ok());
        QCOMPARE(files.value.files.size(), 3);
        QVERIFY(QFileInfo::exists(folder.outPath + u"/3-关于人工智能的文章.md"));

        ExportRequest archive;
        archive.format = QStringLiteral("json");
        archive.outPath = m_dir.filePath(QStringLiteral("all.json"));
        QVERIFY(exportConversations(db->db(), archive).ok());
        const auto parsed = JsonFormat::parse(readFile(archive.outPath));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value.size(), 3);

        // JSON into a folder: one archive per conversation, each readable on its own.
        ExportRequest perFile = archive;
        perFile.outPath = m_dir.filePath(QStringLiteral("json-each/"));
        const auto each = exportConversations(db->db(), perFile);
        QVERIFY(each.ok());
        QCOMPARE(each.value.files.size(), 3);
        for (const QString &f : each.value.files)
            QCOMPARE(JsonFormat::parse(readFile(f)).value.size(), 1);

        // Cancelled half way: the archive is not left half written.
        ExportRequest cancelled = archive;
        cancelled.outPath = m_dir.filePath(QStringLiteral("cancelled.json"));
        const auto stopped = exportConversations(db->db(), cancelled, [](int done, int) { return done < 2; });
        QVERIFY(!stopped.ok());
        QCOMPARE(stopped.error.kind, Error::Kind::Cancelled);
        QVERIFY(!QFileInfo::exists(cancelled.outPath));
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("cancelled.json*")}, QDir::Files | QDir::Hidden),
                 QStringList());
    }
};

QTEST_MAIN(TestExchange)
#include "tst_exchange.moc"
