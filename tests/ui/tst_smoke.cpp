// SPDX-License-Identifier: GPL-3.0-or-later
// The real app, headless: the QML module and its controllers as `inkwell`
// wires them, a temp data dir, a fake server. Types into the composer, waits
// for the streamed answer on screen, restarts and finds it again.
#include "appcontroller.h"
#include "appearance.h"
#include "exchange/importer.h"
#include "fakeserver.h"
#include "profilescontroller.h"
#include "quickapp.h"
#include "store/database.h"
#include "testdata.h"

#include <QClipboard>
#include <QDir>
#include <QGuiApplication>
#include <QPointer>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQml/qqml.h>

#include <nlohmann/json.hpp>

Q_IMPORT_QML_PLUGIN(InkwellPlugin)

namespace {

// The data folder `dataDir` with a fixture imported, as the app finds it on start.
bool importInto(const QString &dataDir, const QString &fixture)
{
    Inkwell::Database db;
    return !db.open(Inkwell::Database::defaultFilePath(dataDir)).isError()
        && Inkwell::importFile(db.db(), testDataPath(fixture), {}, false).ok();
}

} // namespace

class TestSmoke : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    FakeServer m_server;

private Q_SLOTS:
    void cleanup() { VERIFY_NO_QML_WARNINGS(); }
    void cleanupTestCase() { VERIFY_NO_QML_WARNINGS(); }

    void initTestCase()
    {
        QQuickStyle::setStyle(QStringLiteral("Basic"));
        QVERIFY(m_server.listen());
        auto r = FakeServer::Response::recorded(testDataPath(QStringLiteral("llama-server/14_chat_stream.headers")),
                                                testDataPath(QStringLiteral("llama-server/14_chat_stream.body")));
        r.chunkSize = 64;
        r.intervalMs = 5;
        m_server.setResponse(r);
    }

    void typeSendSeeRestartSeeAgain()
    {
        const QString answer = QStringLiteral("At adventure, they went back to the isorthank");
        {
            QQmlApplicationEngine engine;
            QQuickWindow *window = startApp(engine, m_dir.path(), m_server.baseUrl(), QStringLiteral("stories260K"));
            QVERIFY(window);
            // The composer has keyboard focus at start: typing goes straight in.
            QCOMPARE(window->activeFocusItem()->objectName(), QStringLiteral("composerInput"));
            typeText(window, QStringLiteral("Tell me a story"));
            QTest::keyClick(window, Qt::Key_Return, Qt::ShiftModifier); // a new line, not a send
            typeText(window, QStringLiteral("about a cat."));
            QCOMPARE(m_server.requests().size(), 0);
            QTest::keyClick(window, Qt::Key_Return);
            QTRY_COMPARE(m_server.requests().size(), 1);
            QVERIFY(m_server.requests().first().body.contains("Tell me a story\\nabout a cat."));
            QTRY_VERIFY_WITH_TIMEOUT(onScreen(window, answer), 10000);
            // The composer was emptied only after the message was handed over.
            QTRY_COMPARE(window->activeFocusItem()->property("text").toString(), QString());
            QTRY_VERIFY(!onScreen(window, QStringLiteral("Stop")));
        }
        {
            QQmlApplicationEngine engine; // a restart: the newest conversation opens again
            QQuickWindow *window = startApp(engine, m_dir.path(), m_server.baseUrl(), QStringLiteral("stories260K"));
            QVERIFY(window);
            QTRY_VERIFY_WITH_TIMEOUT(onScreen(window, answer), 5000);
            QVERIFY(onScreen(window, QStringLiteral("Tell me a story")));
            const QImage shot = window->grabWindow();
            QVERIFY(!shot.isNull());
            QCOMPARE(shot.size(), window->size() * window->devicePixelRatio());
        }
    }

    void escapeStopsTheStream()
    {
        FakeServer slow;
        QVERIFY(slow.listen());
        auto r = FakeServer::Response::recorded(testDataPath(QStringLiteral("llama-server/14_chat_stream.headers")),
                                                testDataPath(QStringLiteral("llama-server/14_chat_stream.body")));
        r.chunkSize = 100;
        r.intervalMs = 100;
        slow.setResponse(r);
        QTemporaryDir dir;
        QQmlApplicationEngine engine;
        QQuickWindow *window = startApp(engine, dir.path(), slow.baseUrl(), QStringLiteral("stories260K"));
        QVERIFY(window);
        typeText(window, QStringLiteral("hi"));
        QTest::keyClick(window, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(onScreen(window, QStringLiteral("At a")), 10000);
        QCOMPARE(slow.openConnections(), 1);
        QTest::keyClick(window, Qt::Key_Escape);
        QTRY_COMPARE(slow.openConnections(), 0); // the request was really aborted
        QTRY_VERIFY(onScreen(window, QStringLiteral("Stopped")));
        QVERIFY(!onScreen(window, QStringLiteral("isorthank")));
    }

    // What a later `inkwell --base-url` start hands to the running window.
    void handedOverServerTakesTheNextMessage()
    {
        FakeServer other;
        QVERIFY(other.listen());
        other.setResponse(
            FakeServer::Response::recorded(testDataPath(QStringLiteral("llama-server/14_chat_stream.headers")),
                                           testDataPath(QStringLiteral("llama-server/14_chat_stream.body"))));
        QTemporaryDir dir;
        QQmlApplicationEngine engine;
        QQuickWindow *window = startApp(engine, dir.path(), m_server.baseUrl(), QStringLiteral("stories260K"));
        QVERIFY(window);
        auto *app = engine.singletonInstance<Inkwell::AppController *>(qmlTypeId("Inkwell", 1, 0, "App"));
        QVERIFY(app);
        app->useServer(other.baseUrl(), QStringLiteral("handed-over-model"), QStringLiteral("sk-later"));
        QTRY_VERIFY(onScreen(window, QStringLiteral("handed-over-model")));
        const qsizetype before = m_server.requests().size();
        typeText(window, QStringLiteral("hi"));
        QTest::keyClick(window, Qt::Key_Return);
        QTRY_COMPARE(other.requests().size(), 1);
        QCOMPARE(m_server.requests().size(), before);
        QCOMPARE(other.requests().first().header("authorization"), QByteArray("Bearer sk-later"));
        QVERIFY(other.requests().first().body.contains("\"model\":\"handed-over-model\""));
        QTRY_VERIFY(!onScreen(window, QStringLiteral("Stop")));
    }

    // The window's export and import: dialogs, the worker thread, the banner.
    // Export as a person does it: the export button, "Choose where…", a name
    // typed and Enter. The first save starts in a folder that exists (home,
    // when there is no ~/Documents), a name without extension gets one, the
    // next save starts where the last went, and a file is replaced only when
    // the user says so.
    void exportSavesWhereTheUserSays()
    {
        QTemporaryDir dir;
        QTemporaryDir home;
        const QByteArray realHome = qgetenv("HOME");
        qputenv("HOME", QFile::encodeName(home.path()));
        const auto restoreHome = qScopeGuard([&] { qputenv("HOME", realHome); });
        QVERIFY(importInto(dir.path(), QStringLiteral("export/chinese-article.inkwell.json")));
        QQmlApplicationEngine engine;
        QQuickWindow *window = startApp(engine, dir.path(), m_server.baseUrl(), QStringLiteral("stories260K"));
        QVERIFY(window);
        QTRY_VERIFY(onScreen(window, QStringLiteral("关于人工智能的文章")));

        auto saveOnce = [&](const QString &typed) {
            auto *exportButton = window->findChild<QQuickItem *>(QStringLiteral("exportButton"));
            QVERIFY(exportButton);
            clickItem(window, exportButton);
            QQuickItem *choose = nullptr;
            QTRY_VERIFY((choose = itemWithText(window, QStringLiteral("Choose where…"))));
            clickItem(window, choose);
            QQuickItem *name = nullptr;
            QTRY_VERIFY((name = visibleItem(window->contentItem(), QStringLiteral("saveName"))));
            QTRY_VERIFY(name->hasActiveFocus());
            // The title is proposed, selected without its extension.
            QCOMPARE(name->property("text").toString(), QStringLiteral("关于人工智能的文章.md"));
            QCOMPARE(name->property("selectedText").toString(), QStringLiteral("关于人工智能的文章"));
            QCOMPARE(visibleItem(window->contentItem(), QStringLiteral("saveFolder"))->property("text").toString(),
                     QDir::cleanPath(home.path()));
            QTest::keyClick(window, Qt::Key_A, Qt::ControlModifier);
            typeText(window, typed);
            QTest::keyClick(window, Qt::Key_Return);
        };

        Inkwell::ExchangeController *exchange = appOf(engine)->exchange();
        saveOnce(QStringLiteral("my notes"));
        const QString file = home.filePath(QStringLiteral("my notes.md"));
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(file) && !exchange->busy(), 30000);
        QTRY_VERIFY(onScreen(window, QStringLiteral("Exported 1 conversation")));
        QVERIFY(onScreen(window, file));
        QVERIFY(QFile(file).size() > 500);

        // Again, the same name: it says so first; Cancel keeps the file as it was.
        QFile(file).resize(3);
        saveOnce(QStringLiteral("my notes"));
        QTRY_VERIFY(onScreen(window, QStringLiteral("already exists")));
        QQuickItem *save = visibleItem(window->contentItem(), QStringLiteral("saveButton"));
        QVERIFY(save);
        QCOMPARE(save->property("text").toString(), QStringLiteral("Replace"));
        clickItem(window, itemWithText(window, QStringLiteral("Cancel")));
        QTRY_VERIFY(!visibleItem(window->contentItem(), QStringLiteral("saveButton")));
        QCOMPARE(QFile(file).size(), 3);
        // Asked again, Replace writes it.
        saveOnce(QStringLiteral("my notes"));
        QTRY_VERIFY((save = visibleItem(window->contentItem(), QStringLiteral("saveButton")))
                    && save->property("text").toString() == QStringLiteral("Replace"));
        clickItem(window, save);
        QTRY_VERIFY_WITH_TIMEOUT(QFile(file).size() > 500 && !exchange->busy(), 30000);
        QVERIFY(!exchange->failed());
    }

    // Imported tool turns show as what they are: a folded "Tool call" with its
    // JSON arguments (backslashes as written), opened by a click.
    void importedToolTurnsAreFolded()
    {
        QTemporaryDir dir;
        QVERIFY(importInto(dir.path(), QStringLiteral("chatgpt/chatgpt-split-export.zip")));
        QQmlApplicationEngine engine;
        QQuickWindow *window = startApp(engine, dir.path(), m_server.baseUrl(), QStringLiteral("stories260K"));
        QVERIFY(window);
        QQuickItem *row = nullptr;
        QTRY_VERIFY((row = itemWithText(window, QStringLiteral("Regex notes"))));
        clickItem(window, row);
        QTRY_VERIFY(onScreen(window, QStringLiteral("I started the notes in a canvas.")));
        QVERIFY(onScreen(window, QStringLiteral("▸ Tool call · canmore.create_textdoc")));
        QVERIFY(onScreen(window, QStringLiteral("▸ Tool result · canmore.create_textdoc")));
        // Folded: the arguments are not on screen until the label is clicked.
        QVERIFY(!onScreen(window, QStringLiteral("regex_notes")));
        clickItem(window, itemWithText(window, QStringLiteral("▸ Tool call · canmore.create_textdoc")));
        QTRY_VERIFY(onScreen(window, QStringLiteral("▾ Tool call · canmore.create_textdoc")));
        QTRY_VERIFY(onScreen(window, QStringLiteral("regex_notes")));
        QVERIFY(onScreen(window, QStringLiteral("Match a digit with `\\\\d+`")));
    }

    // A restart (or a start after kill -9) shows the conversation that was
    // open, not the newest or a pinned one.
    void restartOpensTheConversationThatWasOpen()
    {
        QTemporaryDir dir;
        QVERIFY(importInto(dir.path(), QStringLiteral("chatgpt/chatgpt-split-export.zip")));
        qint64 chosen = 0;
        {
            QQmlApplicationEngine engine;
            QQuickWindow *window = startApp(engine, dir.path(), m_server.baseUrl(), QStringLiteral("stories260K"));
            QVERIFY(window);
            QQuickItem *row = nullptr;
            QTRY_VERIFY((row = itemWithText(window, QStringLiteral("Regex notes"))));
            clickItem(window, row);
            QTRY_VERIFY(appOf(engine)->session()->conversationId() > 0);
            chosen = appOf(engine)->session()->conversationId();
            QVERIFY(appOf(engine)->conversations()->indexOfId(chosen) > 0); // not the newest
        }
        QQmlApplicationEngine engine;
        QQuickWindow *window = startApp(engine, dir.path(), m_server.baseUrl(), QStringLiteral("stories260K"));
        QVERIFY(window);
        QCOMPARE(appOf(engine)->session()->conversationId(), chosen);
        QTRY_VERIFY(onScreen(window, QStringLiteral("I started the notes in a canvas.")));
    }

    void exportAndImportFromTheWindow()
    {
        QTemporaryDir dir;
        QVERIFY(importInto(dir.path(), QStringLiteral("export/chinese-article.inkwell.json")));
        QQmlApplicationEngine engine;
        QQuickWindow *window = startApp(engine, dir.path(), m_server.baseUrl(), QStringLiteral("stories260K"));
        QVERIFY(window);
        auto *app = engine.singletonInstance<Inkwell::AppController *>(qmlTypeId("Inkwell", 1, 0, "App"));
        QVERIFY(app && app->exchange());
        QTRY_VERIFY(onScreen(window, QStringLiteral("关于人工智能的文章")));

        auto *exportButton = window->findChild<QQuickItem *>(QStringLiteral("exportButton"));
        QVERIFY(exportButton);
        QMetaObject::invokeMethod(exportButton, "clicked");
        QTRY_VERIFY(onScreen(window, QStringLiteral("Choose where")));
        QVERIFY(onScreen(window, QStringLiteral("This conversation")));
        QObject *exportDialog = window->findChild<QObject *>(QStringLiteral("exportDialog"));
        QVERIFY(exportDialog);
        QMetaObject::invokeMethod(exportDialog, "close");
        // What the dialog's Save does: a PDF written on the worker thread.
        Inkwell::ExchangeController *exchange = app->exchange();
        const QString pdf = dir.filePath(QStringLiteral("out/article.pdf"));
        QDir().mkpath(dir.filePath(QStringLiteral("out")));
        exchange->exportConversations({app->session()->conversationId()}, QStringLiteral("pdf"),
                                      QUrl::fromLocalFile(pdf), true);
        QVERIFY(exchange->busy());
        QTRY_VERIFY_WITH_TIMEOUT(!exchange->busy(), 30000);
        QVERIFY2(!exchange->failed(), qPrintable(exchange->status()));
        QVERIFY(QFile(pdf).size() > 1000);
        QTRY_VERIFY(onScreen(window, QStringLiteral("Exported 1 conversation")));

        // Import: a preview first (nothing written), then the real thing.
        QSignalSpy preview(exchange, &Inkwell::ExchangeController::previewReady);
        exchange->previewImport(
            {QUrl::fromLocalFile(testDataPath(QStringLiteral("chatgpt/librechat__chatgpt-tree.json")))});
        QTRY_COMPARE_WITH_TIMEOUT(preview.size(), 1, 30000);
        QCOMPARE(preview.first().first().value<Inkwell::ImportPreview>().messages, 11);
        QTRY_VERIFY(onScreen(window, QStringLiteral("ChatGPT export: 1 conversation")));
        QCOMPARE(app->conversations()->conversationCount(), 1);
        auto *confirm = window->findChild<QObject *>(QStringLiteral("importPreview"));
        QVERIFY(confirm);
        QMetaObject::invokeMethod(confirm, "accept");
        QTRY_COMPARE_WITH_TIMEOUT(app->conversations()->conversationCount(), 2, 30000);
        QTRY_VERIFY(onScreen(window, QStringLiteral("Assist user with summary")));
        QTRY_VERIFY(onScreen(window, QStringLiteral("Imported 1 conversation")));
        // The banner follows a language switch.
        app->appearance()->setLanguage(QStringLiteral("zh_CN"));
        auto backToEnglish = qScopeGuard([app] { app->appearance()->setLanguage(QStringLiteral("en")); });
        QTRY_VERIFY(onScreen(window, QStringLiteral("已导入 1 个对话")));
        QVERIFY(!onScreen(window, QStringLiteral("Imported 1 conversation")));
        app->appearance()->setLanguage(QStringLiteral("en"));
        QTRY_VERIFY(onScreen(window, QStringLiteral("Imported 1 conversation")));
        // The same file again: the preview says what the file holds and that
        // none of it is new, not "0 conversations".
        exchange->previewImport(
            {QUrl::fromLocalFile(testDataPath(QStringLiteral("chatgpt/librechat__chatgpt-tree.json")))});
        QTRY_COMPARE_WITH_TIMEOUT(preview.size(), 2, 30000);
        QTRY_VERIFY(onScreen(window, QStringLiteral("ChatGPT export: 1 conversation in the file")));
        QVERIFY(onScreen(window, QStringLiteral("Nothing new to import.")));
        QVERIFY(onScreen(window, QStringLiteral("Already here, left as they are: 1 conversation")));
        QVERIFY(!onScreen(window, QStringLiteral("New: ")));
        QVERIFY(!onScreen(window, QStringLiteral("0 conversations")));
        QMetaObject::invokeMethod(confirm, "reject");
        QTRY_VERIFY(!confirm->property("visible").toBool());
        // Its messages reach the search index in the background, soon after.
        QTRY_COMPARE_WITH_TIMEOUT(app->searchIndexer()->pending(), qint64(0), 30000);
        // Ctrl+K finds them: the hit names who wrote it, and Enter opens it.
        const qint64 before = app->session()->conversationId();
        QTest::keyClick(window, Qt::Key_K, Qt::ControlModifier);
        QTRY_COMPARE(window->activeFocusItem()->objectName(), QStringLiteral("searchField"));
        typeText(window, QStringLiteral("short story"));
        QTRY_VERIFY(app->search()->results()->rowCount() > 0);
        QTRY_VERIFY(findVisible(window->contentItem(), [](QQuickItem *i) {
            const QString t = i->property("text").toString();
            return t.startsWith(u"Assistant  ·  Assist user with summary") || t.startsWith(u"You  ·  Assist user");
        }));
        QVERIFY(onScreen(window, QStringLiteral("<b>short</b>")));
        QTest::keyClick(window, Qt::Key_Return);
        QTRY_VERIFY(app->session()->conversationId() != before);
        QCOMPARE(app->session()->title(), QStringLiteral("Assist user with summary"));

        // "Some conversations": two ticked, Markdown, so a folder of two files.
        QMetaObject::invokeMethod(exportDialog, "open");
        QTRY_VERIFY(exportDialog->property("opened").toBool());
        auto *some = exportDialog->findChild<QObject *>(QStringLiteral("someConversations"));
        QVERIFY(some && some->property("enabled").toBool());
        some->setProperty("checked", true);
        auto *model = app->conversations();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex at = model->index(row);
            if (at.data(Inkwell::ConversationListModel::KindRole).toString() != u"conversation")
                continue;
            QMetaObject::invokeMethod(
                exportDialog, "setPicked", Q_ARG(QVariant, at.data(Inkwell::ConversationListModel::IdRole)),
                Q_ARG(QVariant, true), Q_ARG(QVariant, at.data(Inkwell::ConversationListModel::TitleRole)));
        }
        QVERIFY(onScreen(window, QStringLiteral("Assist user with summary"))); // listed in the picker
        QVERIFY(exportDialog->property("toFolder").toBool());
        const QString folder = dir.filePath(QStringLiteral("some"));
        QMetaObject::invokeMethod(exportDialog, "startExport", Q_ARG(QVariant, QUrl::fromLocalFile(folder)));
        QTRY_VERIFY_WITH_TIMEOUT(!exchange->busy(), 30000);
        QVERIFY2(!exchange->failed(), qPrintable(exchange->status()));
        QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 2);
    }

    void shortcutsReachTheWindowFromTheComposer()
    {
        QTemporaryDir dir;
        QQmlApplicationEngine engine;
        QQuickWindow *window = startApp(engine, dir.path(), m_server.baseUrl(), QStringLiteral("stories260K"));
        QVERIFY(window);
        QVERIFY(!onScreen(window, QStringLiteral("Test connection")));
        QTest::keyClick(window, Qt::Key_Comma, Qt::ControlModifier);
        QTRY_VERIFY(onScreen(window, QStringLiteral("Test connection")));
    }

    // A conversation of long answers (ChatGPT's, imported) opens at its end
    // and then stays put: frames drawn for any reason (a cursor blinking, a
    // sidebar scrolling) must not remake its messages. They did, on every
    // frame: a long answer laid out a frame late pushed the messages below
    // it out of the list, which remade them small again.
    void longAnswersAreNotRemadeEveryFrame()
    {
        QTemporaryDir dir;
        QVERIFY(importInto(dir.path(), QStringLiteral("chatgpt/long-answers.json")));
        QQmlApplicationEngine engine;
        QQuickWindow *window = startApp(engine, dir.path(), m_server.baseUrl(), QStringLiteral("stories260K"));
        QVERIFY(window);
        auto *app = appOf(engine);
        QTRY_COMPARE(app->session()->messages()->rowCount(), 18);
        QQuickItem *view = visibleItem(window->contentItem(), QStringLiteral("messageView"));
        QVERIFY(view);
        auto lastItem = [&] {
            QQuickItem *item = nullptr;
            QMetaObject::invokeMethod(view, "itemAtIndex", Q_RETURN_ARG(QQuickItem *, item), Q_ARG(int, 17));
            return item;
        };
        QSignalSpy frames(window, &QQuickWindow::frameSwapped);
        // Settled: the last answer is made and at the bottom of the view.
        QTRY_VERIFY(lastItem() != nullptr && view->property("atYEnd").toBool());
        QPointer<QQuickItem> last = lastItem();
        for (int i = 0; i < 40; ++i) {
            window->update();
            QVERIFY(frames.wait(2000));
        }
        QVERIFY2(last, "the last message was remade");
        QCOMPARE(lastItem(), last.data());
        QVERIFY(view->property("atYEnd").toBool());
    }

    void reasoningIsFoldedAboveTheAnswer()
    {
        FakeServer server;
        QVERIFY(server.listen());
        server.setResponse(
            FakeServer::Response::sse(readTestData(QStringLiteral("protocols/deepseek-chat-stream-reasoning.sse"))));
        QTemporaryDir dir;
        QQmlApplicationEngine engine;
        QQuickWindow *window = startApp(engine, dir.path(), server.baseUrl(), QStringLiteral("deepseek-reasoner"));
        QVERIFY(window);
        typeText(window, QStringLiteral("9.11 or 9.8?"));
        QTest::keyClick(window, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(onScreen(window, QStringLiteral("Thought process")), 10000);
        QVERIFY(!onScreen(window, QStringLiteral("好的"))); // folded until asked for
        QTRY_VERIFY(!onScreen(window, QStringLiteral("Stop")));
        // Unfolded with a click: the thought process, drawn as Markdown; folded again.
        clickItem(window, itemWithText(window, QStringLiteral("▸ Thought process")));
        QTRY_VERIFY(onScreen(window, QStringLiteral("好的")));
        // A language switch translates the answer's fold and footer in place:
        // the thought process stays unfolded (the rows were remade, folding it).
        QVERIFY(onScreen(window, QStringLiteral("\u00A0tokens")));
        auto *app = engine.singletonInstance<Inkwell::AppController *>(qmlTypeId("Inkwell", 1, 0, "App"));
        app->appearance()->setLanguage(QStringLiteral("zh_CN"));
        auto backToEnglish = qScopeGuard([app] { app->appearance()->setLanguage(QStringLiteral("en")); });
        QTRY_VERIFY(onScreen(window, QStringLiteral("▾ 思考过程")));
        QVERIFY(onScreen(window, QStringLiteral("好的")));
        QTRY_VERIFY(onScreen(window, QStringLiteral("\u00A0个词元")));
        QVERIFY(!onScreen(window, QStringLiteral("\u00A0tokens")));
        app->appearance()->setLanguage(QStringLiteral("en"));
        QTRY_VERIFY(onScreen(window, QStringLiteral("▾ Thought process")));
        clickItem(window, itemWithText(window, QStringLiteral("▾ Thought process")));
        QTRY_VERIFY(!onScreen(window, QStringLiteral("好的")));
        // The next request carries the answer as history, never its reasoning.
        typeText(window, QStringLiteral("why?"));
        QTest::keyClick(window, Qt::Key_Return);
        QTRY_COMPARE(server.requests().size(), 2);
        const QByteArray history = server.requests().at(1).body;
        QVERIFY(history.contains(QStringLiteral("纱！").toUtf8()));
        QVERIFY(!history.contains(QStringLiteral("好的").toUtf8()));
    }

    // First run with nothing configured: a local server answering on
    // loopback is offered, one click makes it the profile, and chat works.
    void firstRunOffersTheLocalServer()
    {
        FakeServer ollama;
        QVERIFY(ollama.listen());
        FakeServer::Response stream = FakeServer::Response::raw(
            200, "application/x-ndjson", readTestData(QStringLiteral("protocols/ollama-chat-stream.ndjson")));
        stream.chunked = true;
        stream.chunkSize = 40;
        ollama.serveInOrder(
            {FakeServer::Response::json(200, readTestData(QStringLiteral("protocols/ollama-tags.json"))), stream});
        qputenv("INKWELL_LOCAL_SERVERS", QByteArrayLiteral("ollama=") + ollama.baseUrl().toUtf8());
        QTemporaryDir dir;
        QQmlApplicationEngine engine;
        QQuickWindow *window = startApp(engine, dir.path(), QString(), QString());
        qunsetenv("INKWELL_LOCAL_SERVERS");
        QVERIFY(window);
        auto *app = engine.singletonInstance<Inkwell::AppController *>(qmlTypeId("Inkwell", 1, 0, "App"));
        QVERIFY(!app->server()->configured());
        QTRY_VERIFY_WITH_TIMEOUT(onScreen(window, QStringLiteral("Found on this computer")), 10000);
        QVERIFY(onScreen(window, QStringLiteral("Ollama")));
        QCOMPARE(ollama.requests().first().path, QByteArray("/api/tags"));
        QVERIFY(app->profiles()->addDetected(0) > 0);
        QTRY_VERIFY(app->server()->configured());
        QCOMPARE(app->server()->profileName(), QStringLiteral("Ollama"));
        QVERIFY(!app->server()->model().isEmpty()); // the first model the server listed
        typeText(window, QStringLiteral("hello"));
        QTest::keyClick(window, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(onScreen(window, QStringLiteral("Hello, how are you?")), 10000);
        QCOMPARE(ollama.requests().constLast().path, QByteArray("/api/chat"));
    }

    // Settings → Servers: add a profile, test it (models listed to pick),
    // save it and use it; its key goes to the keychain, not the database.
    void profilesPageAddsTestsAndUsesAProfile()
    {
        FakeServer server;
        QVERIFY(server.listen());
        server.serveInOrder(
            {FakeServer::Response::json(200, R"({"object":"list","data":[{"id":"alpha"},{"id":"beta"}]})")});
        QTemporaryDir dir;
        QQmlApplicationEngine engine;
        QQuickWindow *window = startApp(engine, dir.path(), m_server.baseUrl(), QStringLiteral("stories260K"));
        QVERIFY(window);
        auto *app = engine.singletonInstance<Inkwell::AppController *>(qmlTypeId("Inkwell", 1, 0, "App"));
        QTest::keyClick(window, Qt::Key_Comma, Qt::ControlModifier);
        auto *dialog = window->findChild<QObject *>(QStringLiteral("profilesDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->property("opened").toBool());
        QMetaObject::invokeMethod(dialog, "addFrom", Q_ARG(QVariant, QStringLiteral("llamacpp")));
        window->findChild<QObject *>(QStringLiteral("profileName"))->setProperty("text", QStringLiteral("Box"));
        window->findChild<QObject *>(QStringLiteral("baseUrl"))->setProperty("text", server.baseUrl());
        window->findChild<QObject *>(QStringLiteral("apiKey"))->setProperty("text", QStringLiteral("sk-page-secret"));
        QTRY_VERIFY(onScreen(window, server.baseUrl() + QStringLiteral("/v1/chat/completions"))); // the final URL
        QMetaObject::invokeMethod(window->findChild<QObject *>(QStringLiteral("testButton")), "clicked");
        QTRY_VERIFY_WITH_TIMEOUT(!app->profiles()->testing(), 10000);
        QVERIFY2(app->profiles()->testOk(), qPrintable(app->profiles()->testMessage()));
        QVERIFY(onScreen(window, QStringLiteral("Connected in")));
        QVERIFY(onScreen(window, QStringLiteral(": 2 model"))); // "models" once the .qm is loaded
        QCOMPARE(server.requests().constLast().path, QByteArray("/v1/models"));
        QCOMPARE(server.requests().constLast().header("authorization"), QByteArray("Bearer sk-page-secret"));
        QCOMPARE(app->profiles()->testModels(), QStringList({QStringLiteral("alpha"), QStringLiteral("beta")}));
        window->findChild<QObject *>(QStringLiteral("modelBox"))->setProperty("editText", QStringLiteral("beta"));
        // A proxy with its password in the URL is refused (it would land in the database).
        QObject *proxyMode = window->findChild<QObject *>(QStringLiteral("proxyMode"));
        proxyMode->setProperty("currentIndex", 2);
        window->findChild<QObject *>(QStringLiteral("proxyUrl"))
            ->setProperty("text", QStringLiteral("http://bob:pw@proxy.example:3128"));
        QVariant refused;
        QMetaObject::invokeMethod(dialog, "save", Q_RETURN_ARG(QVariant, refused));
        QCOMPARE(refused.toLongLong(), 0);
        QVERIFY(onScreen(window, QStringLiteral("password goes in its own field")));
        proxyMode->setProperty("currentIndex", 0);
        QVariant id;
        QMetaObject::invokeMethod(dialog, "save", Q_RETURN_ARG(QVariant, id));
        QVERIFY2(id.toLongLong() > 0, qPrintable(app->profiles()->errorText()));
        // The saved profile is shown again: its model stays in the box although
        // the fetched list is forgotten (the box went blank, and the next Save
        // stored no model).
        QObject *modelBox = window->findChild<QObject *>(QStringLiteral("modelBox"));
        QTRY_COMPARE(app->profiles()->testModels(), QStringList());
        QTRY_COMPARE(modelBox->property("editText").toString(), QStringLiteral("beta"));
        QCOMPARE(app->profiles()->fields(id.toLongLong()).model, QStringLiteral("beta"));
        app->profiles()->activate(id.toLongLong());
        QTRY_COMPARE(app->server()->profileName(), QStringLiteral("Box"));
        QCOMPARE(app->server()->model(), QStringLiteral("beta"));
        QCOMPARE(app->server()->serviceName(), QStringLiteral("llama.cpp server"));
        // The key went to the keychain (or, with none, to memory): never the file.
        QFile db(dir.filePath(QStringLiteral("inkwell.sqlite3")));
        QVERIFY(db.open(QIODevice::ReadOnly));
        QVERIFY(!db.readAll().contains("sk-page-secret"));
        QTRY_VERIFY(app->server()->hasApiKey());
        // A proxy that Save refuses stops the test too (it went direct).
        Inkwell::ProfileFields viaProxy = app->profiles()->blank(QStringLiteral("llamacpp"));
        viaProxy.baseUrl = server.baseUrl();
        viaProxy.proxy = QStringLiteral("foo");
        app->profiles()->test(viaProxy, {});
        QVERIFY(!app->profiles()->testing() && !app->profiles()->testOk());
        QVERIFY2(app->profiles()->testMessage().startsWith(QStringLiteral("Proxy: ")),
                 qPrintable(app->profiles()->testMessage()));
        QVERIFY(app->profiles()->testModels().isEmpty());
    }

    // A rate limit before any text: the wait is shown, and Cancel stops it.
    void retryWaitIsShownAndCancellable()
    {
        FakeServer server;
        QVERIFY(server.listen());
        FakeServer::Response limited = FakeServer::Response::json(
            429, readTestData(QStringLiteral("protocols/openai-error-429-rate-limit.json")));
        limited.headers << qMakePair(QByteArray("Retry-After"), QByteArray("20"));
        server.setResponse(limited);
        QTemporaryDir dir;
        QQmlApplicationEngine engine;
        QQuickWindow *window = startApp(engine, dir.path(), server.baseUrl(), QStringLiteral("m"));
        QVERIFY(window);
        auto *app = engine.singletonInstance<Inkwell::AppController *>(qmlTypeId("Inkwell", 1, 0, "App"));
        typeText(window, QStringLiteral("hi"));
        QTest::keyClick(window, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(onScreen(window, QStringLiteral("Trying again in 20 s")), 10000);
        QVERIFY(onScreen(window, QStringLiteral("HTTP 429")));
        auto *banner = window->findChild<QQuickItem *>(QStringLiteral("retryBanner"));
        QVERIFY(banner && banner->isVisible());
        QVERIFY(app->session()->busy());
        app->session()->stop(); // the banner's Cancel
        QTRY_VERIFY(!app->session()->busy());
        QVERIFY(!banner->isVisible());
        QCOMPARE(server.requests().size(), 1);
    }

    // An answer cut mid-stream offers Continue, which finishes it in place.
    void interruptedAnswerOffersContinue()
    {
        FakeServer server;
        QVERIFY(server.listen());
        const QByteArray first = "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"The quick brown\"}}]}\n\n";
        FakeServer::Response dropped = FakeServer::Response::sse(
            first + "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\" never\"}}]}\n\ndata: [DONE]\n\n");
        dropped.dropAfter = first.size();
        dropped.chunkSize = int(first.size());
        server.serveInOrder({dropped,
                             FakeServer::Response::sse("data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\" fox "
                                                       "jumps.\"},\"finish_reason\":\"stop\"}]}\n\n"
                                                       "data: [DONE]\n\n")});
        QTemporaryDir dir;
        QQmlApplicationEngine engine;
        QQuickWindow *window = startApp(engine, dir.path(), server.baseUrl(), QStringLiteral("m"));
        QVERIFY(window);
        auto *app = engine.singletonInstance<Inkwell::AppController *>(qmlTypeId("Inkwell", 1, 0, "App"));
        typeText(window, QStringLiteral("go"));
        QTest::keyClick(window, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(onScreen(window, QStringLiteral("Interrupted")), 10000);
        QTRY_VERIFY(app->session()->canContinue());
        // Delegates live in the visual tree only; each message has a hidden one.
        QQuickItem *button = visibleItem(window->contentItem(), QStringLiteral("continueButton"));
        QVERIFY(button);
        clickItem(window, button);
        QTRY_VERIFY_WITH_TIMEOUT(onScreen(window, QStringLiteral("The quick brown fox jumps.")), 10000);
        QTRY_VERIFY(!app->session()->busy());
        QVERIFY(!app->session()->canContinue());
        QVERIFY(!onScreen(window, QStringLiteral("Interrupted")));
        QCOMPARE(server.requests().size(), 2);
    }

    // The parameter panel: what is set goes into the request and stays with
    // the conversation; what the backend does not take is off and not sent.
    void parametersPanelSetsTheRequest()
    {
        FakeServer server;
        QVERIFY(server.listen());
        server.setResponse(
            FakeServer::Response::recorded(testDataPath(QStringLiteral("llama-server/14_chat_stream.headers")),
                                           testDataPath(QStringLiteral("llama-server/14_chat_stream.body"))));
        QTemporaryDir dir;
        QQmlApplicationEngine engine;
        QQuickWindow *window = startApp(engine, dir.path(), server.baseUrl(), QStringLiteral("m"));
        QVERIFY(window);
        auto *app = engine.singletonInstance<Inkwell::AppController *>(qmlTypeId("Inkwell", 1, 0, "App"));
        Inkwell::ParametersController *params = app->parameters();
        QMetaObject::invokeMethod(window->findChild<QObject *>(QStringLiteral("parametersPanel")), "open");
        QTRY_VERIFY(onScreen(window, QStringLiteral("System prompt")));
        QVERIFY(onScreen(window, QStringLiteral("not used by OpenAI-compatible"))); // min_p, top_k … on a plain server
        params->setValue(QStringLiteral("temperature"), 0.3);
        params->setValue(QStringLiteral("max_tokens"), 64);
        params->setValue(QStringLiteral("min_p"), 0.1); // not taken: dropped
        params->addStop(QStringLiteral("\\n\\n"));
        params->setSystemPrompt(QStringLiteral("Be brief."));
        QTRY_VERIFY(onScreen(window, QStringLiteral("0.30")));
        // A number out of range, typed: not taken, and the field shows the value in use again.
        QQuickItem *field = visibleItem(window->contentItem(), QStringLiteral("field_temperature"));
        QVERIFY(field);
        clickItem(window, field);
        QTRY_VERIFY(field->hasActiveFocus());
        QTest::keyClick(window, Qt::Key_A, Qt::ControlModifier);
        typeText(window, QStringLiteral("5"));
        QTest::keyClick(window, Qt::Key_Return);
        QTRY_COMPARE(field->property("text").toString(), QStringLiteral("0.30"));
        QCOMPARE(*params->params().temperature, 0.3);
        params->setValue(QStringLiteral("temperature"), 0.5); // as the slider does: the field follows
        QTRY_COMPARE(field->property("text").toString(), QStringLiteral("0.50"));
        params->setValue(QStringLiteral("temperature"), 0.3);
        QObject *panel = window->findChild<QObject *>(QStringLiteral("parametersPanel"));
        QMetaObject::invokeMethod(panel, "close");
        QTRY_VERIFY(!panel->property("visible").toBool());
        QVERIFY(app->session()->send(QStringLiteral("hi")));
        QTRY_COMPARE(server.requests().size(), 1);
        const auto body = nlohmann::json::parse(server.requests().first().body.toStdString());
        QCOMPARE(body["temperature"].get<double>(), 0.3);
        QCOMPARE(body["max_tokens"].get<int>(), 64);
        QCOMPARE(body["stop"][0].get<std::string>(), std::string("\n\n"));
        QCOMPARE(body["messages"][0]["content"].get<std::string>(), std::string("Be brief."));
        QVERIFY(!body.contains("min_p"));
        QTRY_VERIFY(!app->session()->busy());
        // Copy: the answer as Markdown, or as plain text without the markup.
        const qint64 answerId = app->session()->messages()->messageAt(app->session()->messages()->rowCount() - 1).id;
        QVERIFY(app->clipboard()->copyAnswer(answerId, false));
        const QString markdown = QGuiApplication::clipboard()->text();
        QCOMPARE(markdown, app->session()->messages()->contentAt(app->session()->messages()->rowCount() - 1));
        QVERIFY(visibleItem(window->contentItem(), QStringLiteral("copyAnswerButton")));

        // Copy as curl under the answer: the request, with the key left to the shell.
        QQuickItem *curlButton = visibleItem(window->contentItem(), QStringLiteral("curlButton"));
        QVERIFY(curlButton);
        QMetaObject::invokeMethod(curlButton, "clicked");
        const QString curl = QGuiApplication::clipboard()->text();
        QVERIFY2(curl.startsWith(QStringLiteral("curl -sN '%1/v1/chat/completions'").arg(server.baseUrl())),
                 qPrintable(curl));
        QVERIFY(curl.contains(QStringLiteral("\"temperature\":0.3")));
        QTRY_VERIFY(onScreen(window, QStringLiteral("Copied")));
        // A new chat (the button, clicked) starts from the server's defaults,
        // never from the chat before; the old one keeps its own.
        const qint64 first = app->session()->conversationId();
        QQuickItem *newChat = visibleItem(window->contentItem(), QStringLiteral("newChatButton"));
        QVERIFY(newChat);
        clickItem(window, newChat);
        QTRY_COMPARE(app->session()->conversationId(), qint64(0));
        QVERIFY(!params->params().temperature && !params->params().maxTokens && params->params().stop.isEmpty());
        QVERIFY(params->params().systemPrompt.isEmpty());
        typeText(window, QStringLiteral("again"));
        QTest::keyClick(window, Qt::Key_Return);
        QTRY_COMPARE(server.requests().size(), 2);
        const auto fresh = nlohmann::json::parse(server.requests().at(1).body.toStdString());
        QVERIFY2(!fresh.contains("temperature") && !fresh.contains("max_tokens") && !fresh.contains("stop"),
                 fresh.dump().c_str());
        QCOMPARE(fresh["messages"][0]["role"].get<std::string>(), std::string("user"));
        QTRY_VERIFY(!app->session()->busy());
        const qint64 second = app->session()->conversationId();
        params->setValue(QStringLiteral("temperature"), 1.2);
        app->session()->open(first);
        QCOMPARE(params->params().temperature.value_or(-1), 0.3);
        QCOMPARE(params->params().systemPrompt, QStringLiteral("Be brief."));
        app->session()->open(second);
        QCOMPARE(params->params().temperature.value_or(-1), 1.2);

        // With a preset chosen for new chats, Ctrl+N starts from it.
        app->session()->open(first);
        QVERIFY(params->savePreset(QStringLiteral("Brief")));
        params->setNewChatPreset(QStringLiteral("Brief"));
        QTest::keyClick(window, Qt::Key_N, Qt::ControlModifier);
        QTRY_COMPARE(app->session()->conversationId(), qint64(0));
        QCOMPARE(params->params().temperature.value_or(-1), 0.3);
        QCOMPARE(params->params().systemPrompt, QStringLiteral("Be brief."));
        // Renamed, it stays the choice; deleted, new chats go back to the defaults.
        QVERIFY(params->renamePreset(QStringLiteral("Brief"), QStringLiteral("Short")));
        QCOMPARE(params->newChatPreset(), QStringLiteral("Short"));
        params->deletePreset(QStringLiteral("Short"));
        QCOMPARE(params->newChatPreset(), QString());
        QVERIFY(!params->newChatParams().temperature);
        // A built-in preset can be the start too (kept by its id, not its name).
        params->setNewChatIndex(0);
        QCOMPARE(params->newChatPreset(), QStringLiteral("builtin:precise"));
        QCOMPARE(params->newChatIndex(), 0);
        QCOMPARE(params->newChatParams().temperature.value_or(-1), 0.2);
    }

    void corruptDatabaseShowsAnErrorAndKeepsTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("inkwell.sqlite3"));
        QFile junk(path);
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write(QByteArray(8192, 'x'));
        junk.close();
        QQmlApplicationEngine engine;
        QQuickWindow *window = startApp(engine, dir.path(), m_server.baseUrl(), QStringLiteral("m"));
        QVERIFY(window);
        QTRY_VERIFY(onScreen(window, QStringLiteral("not a usable Inkwell database")));
        // Typing and Enter do nothing harmful, and the file is left as it was.
        const qsizetype requestsBefore = m_server.requests().size();
        typeText(window, QStringLiteral("hello"));
        QTest::keyClick(window, Qt::Key_Return);
        QCOMPARE(QFileInfo(path).size(), 8192);
        QCOMPARE(m_server.requests().size(), requestsBefore);
    }
};

QTEST_MAIN(TestSmoke)
#include "tst_smoke.moc"
