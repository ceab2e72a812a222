// SPDX-License-Identifier: GPL-3.0-or-later
// Search across every conversation and draft: the store's SearchIndex, the
// window's App.search/openMessage (which brings a message's branch into
// view) and `inkwell-cli search`.
#include "appcontroller.h"
#include "clirunner.h"
#include "searchcontroller.h"
#include "store/conversationrepository.h"
#include "store/database.h"
#include "store/draftrepository.h"
#include "store/messagerepository.h"
#include "store/searchindex.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <nlohmann/json.hpp>

using namespace Inkwell;

class TestSearch : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    Database m_db;
    qint64 m_conversation = 0;
    qint64 m_oldBranch = 0; // an answer that is not on the current branch

    qint64 add(qint64 parent, const QString &role, const QString &text)
    {
        Message m;
        m.conversationId = m_conversation;
        m.parentId = parent;
        m.role = *roleFromText(role);
        m.content = text;
        return MessageRepository(m_db.db()).insert(m).value;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(!m_db.open(Database::defaultFilePath(m_dir.path())).isError());
        Conversation c;
        c.title = QStringLiteral("关于人工智能");
        m_conversation = ConversationRepository(m_db.db()).create(c).value;
        const qint64 system = add(0, QStringLiteral("system"), QStringLiteral("You are secret-prompt helpful."));
        const qint64 question = add(system, QStringLiteral("user"), QStringLiteral("请生成一篇关于人工智能的文章"));
        m_oldBranch
            = add(question, QStringLiteral("assistant"), QStringLiteral("First try: machine learning in hospitals."));
        const qint64 current
            = add(question, QStringLiteral("assistant"),
                  QStringLiteral("人工智能（AI）正在改变医疗。Machine learning helps doctors read images."));
        QVERIFY(!ConversationRepository(m_db.db()).setCurrentLeaf(m_conversation, current).isError());
        Draft d;
        d.title = QStringLiteral("Tea notes");
        d.content = QStringLiteral("Green tea and machine learning have nothing in common.");
        QVERIFY(DraftRepository(m_db.db()).create(d).ok());
    }

    void findsWordsAnywhere_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("messages");
        QTest::addColumn<int>("drafts");
        QTest::newRow("chinese inside longer text") << QStringLiteral("人工智能") << 2 << 0;
        QTest::newRow("two characters (no trigram)") << QStringLiteral("智能") << 2 << 0;
        QTest::newRow("latin, any case") << QStringLiteral("MACHINE") << 2 << 1;
        QTest::newRow("every word must occur") << QStringLiteral("machine hospitals") << 1 << 0;
        QTest::newRow("quoted words stay together") << QStringLiteral("\"learning helps\"") << 1 << 0;
        QTest::newRow("mixed short and long") << QStringLiteral("AI 医疗") << 1 << 0;
        QTest::newRow("draft title") << QStringLiteral("tea notes") << 0 << 1;
        QTest::newRow("system prompts are not results") << QStringLiteral("secret-prompt") << 0 << 0;
        QTest::newRow("quotes and operators are text") << QStringLiteral("\" OR NEAR(") << 0 << 0;
    }
    void findsWordsAnywhere()
    {
        QFETCH(QString, query);
        QFETCH(int, messages);
        QFETCH(int, drafts);
        const auto hits = SearchIndex(m_db.db()).find(query);
        QVERIFY2(hits.ok(), qPrintable(hits.error.message));
        int m = 0, d = 0;
        for (const SearchHit &h : hits.value)
            (h.kind == SearchHit::Kind::Message ? m : d)++;
        QCOMPARE(m, messages);
        QCOMPARE(d, drafts);
    }

    void excerptMarksEveryMatch()
    {
        const QString text = QString(100, u'x') + QStringLiteral(" the Machine and more machine words");
        const auto [snippet, marks] = SearchIndex::excerpt(text, {QStringLiteral("machine")});
        QVERIFY(snippet.startsWith(u'…'));
        QCOMPARE(marks.size(), 2);
        QCOMPARE(snippet.mid(marks[0].first, marks[0].second), QStringLiteral("Machine"));
        QCOMPARE(snippet.mid(marks[1].first, marks[1].second), QStringLiteral("machine"));
        QCOMPARE(SearchIndex::terms(QStringLiteral("a \"b c\"  a d")),
                 QStringList({QStringLiteral("a"), QStringLiteral("b c"), QStringLiteral("d")}));
    }

    void openingAResultShowsItsBranch()
    {
        AppController::setStartupOptions({m_dir.path(), {}, {}});
        AppController app(nullptr);
        app.search()->find(QStringLiteral("hospitals"));
        SearchResultsModel *hits = app.search()->results();
        QAbstractItemModelTester tester(hits, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(hits->rowCount(), 1);
        const QModelIndex hit = hits->index(0);
        QVERIFY(hits->data(hit, SearchResultsModel::SnippetRole).toString().contains(u"<b>hospitals</b>"));
        QVERIFY(!hits->data(hit, SearchResultsModel::IsDraftRole).toBool());
        const qint64 activity = ConversationRepository(m_db.db()).get(m_conversation).value.updatedAt;
        // Choosing it names the conversation and the message (the window opens them).
        QSignalSpy chosen(app.search(), &SearchController::messageChosen);
        app.search()->open(0);
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.first().at(0).toLongLong(), m_conversation);
        QCOMPARE(chosen.first().at(1).toLongLong(), m_oldBranch);
        QSignalSpy requested(app.session(), &ConversationSession::messageRequested);
        app.session()->openMessage(m_conversation, m_oldBranch);
        QCOMPARE(requested.count(), 1);
        QCOMPARE(app.session()->conversationId(), m_conversation);
        QVERIFY(app.session()->messages()->rowOf(m_oldBranch) >= 0);
        // That branch is now the conversation's; looking is not activity, so
        // the sidebar order stays.
        const Conversation after = ConversationRepository(m_db.db()).get(m_conversation).value;
        QCOMPARE(after.currentLeafId, m_oldBranch);
        QCOMPARE(after.updatedAt, activity);
    }

    void fromTheShell()
    {
        const QStringList dir {QStringLiteral("--data-dir"), m_dir.path()};
        CliRun r = runCli(QStringList {QStringLiteral("search"), QStringLiteral("人工智能")} + dir);
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("conversation 1 · 关于人工智能 · user"), r.out.constData());
        QVERIFY(r.out.contains("[人工智能]")); // not a terminal: matches in brackets
        r = runCli(QStringList {QStringLiteral("search"), QStringLiteral("machine"), QStringLiteral("--json")} + dir);
        const auto j = nlohmann::json::parse(r.out.toStdString());
        QCOMPARE(j.size(), 3u);
        QCOMPARE(j.back()["kind"].get<std::string>(), "draft");
        r = runCli(QStringList {QStringLiteral("search")} + dir);
        QCOMPARE(r.code, 2);
    }
};

QTEST_MAIN(TestSearch)
#include "tst_search.moc"
