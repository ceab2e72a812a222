// SPDX-License-Identifier: GPL-3.0-or-later
// Branches in the real window: regenerate (Ctrl+R) and edit-and-resend make
// siblings, ‹ › switches between them, nothing is ever deleted. And the
// composer: unsent text stays with its conversation; text files drop in.
#include "fakeserver.h"
#include "openaichunks.h"
#include "quickapp.h"
#include "store/database.h"
#include "store/messagerepository.h"
#include "testdata.h"

#include <QAccessible>
#include <QClipboard>
#include <QDesktopServices>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QMimeData>
#include <QQuickStyle>
#include <QTemporaryDir>
#include <QtQml/QQmlExtensionPlugin>

#include <nlohmann/json.hpp>

Q_IMPORT_QML_PLUGIN(InkwellPlugin)

// Catches the links the app would open in the browser.
class LinkCatcher : public QObject {
    Q_OBJECT
public:
    QList<QUrl> opened;
public Q_SLOTS:
    void open(const QUrl &url) { opened << url; }
};

class TestBranching : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    FakeServer m_server;

    static Inkwell::MessageListModel *messages(QQmlApplicationEngine &engine)
    {
        return appOf(engine)->session()->messages();
    }
    static QString textAt(Inkwell::MessageListModel *m, int row) { return m->contentAt(row); }
    static int siblingCount(Inkwell::MessageListModel *m, int row)
    {
        return m->data(m->index(row), Inkwell::MessageListModel::SiblingCountRole).toInt();
    }
    static int siblingIndex(Inkwell::MessageListModel *m, int row)
    {
        return m->data(m->index(row), Inkwell::MessageListModel::SiblingIndexRole).toInt();
    }

    // Starts the app in `dataDir`, asks `question`, and waits until the
    // server's whole reply, `answer`, is the answer shown; null otherwise.
    QQuickWindow *askOnce(QQmlApplicationEngine &engine, const QString &dataDir, const QString &question,
                          const QString &answer)
    {
        m_server.serveInOrder({FakeServer::Response::sse(chatStream({answer}))});
        QQuickWindow *window = startApp(engine, dataDir, m_server.baseUrl(), QStringLiteral("m"));
        if (!window)
            return nullptr;
        typeText(window, question);
        QTest::keyClick(window, Qt::Key_Return);
        const bool answered = QTest::qWaitFor([&] {
            return !appOf(engine)->session()->busy() && messages(engine)->rowCount() == 2
                && textAt(messages(engine), 1) == answer;
        });
        return answered ? window : nullptr;
    }

private Q_SLOTS:
    void cleanup() { VERIFY_NO_QML_WARNINGS(); }
    void cleanupTestCase() { VERIFY_NO_QML_WARNINGS(); }

    void initTestCase()
    {
        QQuickStyle::setStyle(QStringLiteral("Basic"));
        QVERIFY(m_server.listen());
    }

    void regenerateEditAndSwitch()
    {
        m_server.serveInOrder({FakeServer::Response::sse(chatStream({QStringLiteral("First answer.")})),
                               FakeServer::Response::sse(chatStream({QStringLiteral("Second answer.")})),
                               FakeServer::Response::sse(chatStream({QStringLiteral("Answer to the edit.")}))});
        QQmlApplicationEngine engine;
        QQuickWindow *window = startApp(engine, m_dir.path(), m_server.baseUrl(), QStringLiteral("m"));
        QVERIFY(window);
        auto *model = messages(engine);
        typeText(window, QStringLiteral("What is tea?"));
        QTest::keyClick(window, Qt::Key_Return);
        QTRY_COMPARE(textAt(model, 1), QStringLiteral("First answer."));
        QTRY_VERIFY(!onScreen(window, QStringLiteral("Stop")));

        // Ctrl+R from the composer: a second answer beside the first.
        QTest::keyClick(window, Qt::Key_R, Qt::ControlModifier);
        QTRY_COMPARE(m_server.requests().size(), 2);
        QTRY_COMPARE(textAt(model, 1), QStringLiteral("Second answer."));
        QTRY_COMPARE(siblingCount(model, 1), 2);
        QCOMPARE(siblingIndex(model, 1), 2);
        QTRY_VERIFY(onScreen(window, QStringLiteral("2 / 2")));
        QTRY_VERIFY(!appOf(engine)->session()->busy()); // branches switch once the answer is done

        // ‹ shows the first answer again.
        QQuickItem *previous = nullptr;
        QTRY_VERIFY((previous = visibleItem(window->contentItem(), QStringLiteral("previousBranch"))));
        QMetaObject::invokeMethod(previous, "clicked");
        QTRY_COMPARE(textAt(model, 1), QStringLiteral("First answer."));
        QCOMPARE(siblingIndex(model, 1), 1);

        // Edit the question: a new branch from there, answered.
        QQuickItem *edit = visibleItem(window->contentItem(), QStringLiteral("editButton"));
        QVERIFY(edit);
        QMetaObject::invokeMethod(edit, "clicked");
        QTRY_COMPARE(window->activeFocusItem()->objectName(), QStringLiteral("messageEditor"));
        QCOMPARE(window->activeFocusItem()->property("text").toString(), QStringLiteral("What is tea?"));
        typeText(window, QStringLiteral(" Briefly"));
        QTest::keyClick(window, Qt::Key_Return);
        QTRY_COMPARE(m_server.requests().size(), 3);
        QVERIFY(m_server.requests().last().body.contains("What is tea? Briefly"));
        QTRY_COMPARE(textAt(model, 1), QStringLiteral("Answer to the edit."));
        QCOMPARE(textAt(model, 0), QStringLiteral("What is tea? Briefly"));
        QTRY_COMPARE(siblingCount(model, 0), 2);

        // Nothing was deleted: every message is still stored.
        Inkwell::Database db;
        QVERIFY(!db.open(Inkwell::Database::defaultFilePath(m_dir.path())).isError());
        const auto all = Inkwell::MessageRepository(db.db()).all(appOf(engine)->session()->conversationId());
        QCOMPARE(all.value.size(), 5); // two questions, three answers
    }

    void unsentTextStaysWithItsConversation()
    {
        qint64 first = 0;
        {
            QQmlApplicationEngine engine;
            QQuickWindow *window = startApp(engine, m_dir.path(), m_server.baseUrl(), QStringLiteral("m"));
            QVERIFY(window);
            auto *app = appOf(engine);
            first = app->session()->conversationId();
            QVERIFY(first > 0); // the conversation of the test above
            QQuickItem *input = visibleItem(window->contentItem(), QStringLiteral("composerInput"));
            input->forceActiveFocus();
            typeText(window, QStringLiteral("half a thought"));
            app->session()->newConversation();
            QTRY_COMPARE(input->property("text").toString(), QString());
            typeText(window, QStringLiteral("another"));
            app->session()->open(first);
            QTRY_COMPARE(input->property("text").toString(), QStringLiteral("half a thought"));
            app->session()->newConversation();
            QTRY_COMPARE(input->property("text").toString(), QStringLiteral("another"));
            app->session()->open(first);
            QTRY_COMPARE(input->property("text").toString(), QStringLiteral("half a thought"));
            // A rename while typing (the model's title arriving) is not a
            // switch: the text just typed and the cursor stay where they are.
            typeText(window, QStringLiteral(" and"));
            QTest::keyClick(window, Qt::Key_Left);
            app->sidebar()->rename(first, QStringLiteral("Named meanwhile"));
            QCOMPARE(input->property("text").toString(), QStringLiteral("half a thought and"));
            QCOMPARE(input->property("cursorPosition").toInt(), 17);
        }
        // Quitting loses nothing either.
        QQmlApplicationEngine engine;
        QQuickWindow *window = startApp(engine, m_dir.path(), m_server.baseUrl(), QStringLiteral("m"));
        QVERIFY(window);
        QQuickItem *input = visibleItem(window->contentItem(), QStringLiteral("composerInput"));
        QTRY_COMPARE(input->property("text").toString(), QStringLiteral("half a thought and"));
    }

    // A send refused before anything is stored (a picture for a model that
    // reads text only) keeps the text and the files with their
    // conversation, through a switch and back.
    void refusedSendKeepsTheText()
    {
        {
            QQmlApplicationEngine engine;
            QQuickWindow *window = startApp(engine, m_dir.path(), m_server.baseUrl(), QStringLiteral("deepseek-chat"));
            QVERIFY(window);
            auto *app = appOf(engine);
            const qint64 first = app->session()->conversationId();
            QVERIFY(first > 0);
            app->session()->newConversation();
            QQuickItem *input = visibleItem(window->contentItem(), QStringLiteral("composerInput"));
            input->forceActiveFocus();
            QTest::keyClick(window, Qt::Key_A, Qt::ControlModifier); // what an earlier test left
            QTest::keyClick(window, Qt::Key_Delete);
            QTRY_COMPARE(input->property("text").toString(), QString());
            QImage shot(64, 48, QImage::Format_RGB32);
            shot.fill(Qt::darkBlue);
            QGuiApplication::clipboard()->setImage(shot);
            QTest::keyClick(window, Qt::Key_V, Qt::ControlModifier);
            Inkwell::ComposerAttachments *files = app->session()->attachments();
            QTRY_COMPARE(files->count(), 1);
            QTRY_VERIFY(!files->reading());
            // Said as soon as the picture is there, not only at Send.
            QQuickItem *warning = nullptr;
            QTRY_VERIFY((warning = visibleItem(window->contentItem(), QStringLiteral("attachmentWarning"))));
            QVERIFY2(
                warning->property("text").toString().contains(QStringLiteral("deepseek-chat does not take images")),
                qPrintable(warning->property("text").toString()));
            typeText(window, QStringLiteral("what is in this picture"));
            const qsizetype requests = m_server.requests().size();
            QTest::keyClick(window, Qt::Key_Return);
            QTRY_VERIFY(app->session()->errorText().contains(QStringLiteral("does not take images")));
            QCOMPARE(m_server.requests().size(), requests);
            QCOMPARE(input->property("text").toString(), QStringLiteral("what is in this picture"));
            app->session()->open(first);
            QTRY_COMPARE(app->session()->conversationId(), first);
            app->session()->newConversation();
            QTRY_COMPARE(input->property("text").toString(), QStringLiteral("what is in this picture"));
            QCOMPARE(files->count(), 1);
        }
        // Quit and start again: the text and the picture are still there.
        QQmlApplicationEngine engine;
        QQuickWindow *window = startApp(engine, m_dir.path(), m_server.baseUrl(), QStringLiteral("m"));
        QVERIFY(window);
        auto *app = appOf(engine);
        app->session()->newConversation();
        QQuickItem *input = visibleItem(window->contentItem(), QStringLiteral("composerInput"));
        QTRY_COMPARE(input->property("text").toString(), QStringLiteral("what is in this picture"));
        QTRY_COMPARE(app->session()->attachments()->count(), 1);
        QTRY_VERIFY(onScreen(window, QStringLiteral("Pasted image 1.png")));
        // Sent, they leave the composer for good.
        m_server.serveInOrder({FakeServer::Response::sse(chatStream({QStringLiteral("Blue.")}))});
        input->forceActiveFocus();
        QTest::keyClick(window, Qt::Key_Return);
        QTRY_COMPARE(app->session()->attachments()->count(), 0);
        QTRY_VERIFY(!app->session()->busy());
        QVERIFY(m_server.requests().constLast().body.contains("data:image/png;base64,"));

        // Edit and resend without the picture: × on its chip in the editor.
        m_server.serveInOrder({FakeServer::Response::sse(chatStream({QStringLiteral("Text only now.")}))});
        QQuickItem *edit = nullptr;
        QTRY_VERIFY((edit = visibleItem(window->contentItem(), QStringLiteral("editButton"))));
        clickItem(window, edit);
        QTRY_COMPARE(window->activeFocusItem()->objectName(), QStringLiteral("messageEditor"));
        QQuickItem *sentFiles = visibleItem(window->contentItem(), QStringLiteral("messageAttachments"));
        QQuickItem *remove = nullptr;
        QTRY_VERIFY((remove = visibleItem(sentFiles, QStringLiteral("removeAttachment"))));
        const qsizetype before = m_server.requests().size();
        clickItem(window, remove);
        QTRY_VERIFY(!visibleItem(sentFiles, QStringLiteral("removeAttachment")));
        QTRY_COMPARE(window->activeFocusItem() ? window->activeFocusItem()->objectName() : QString(),
                     QStringLiteral("messageEditor"));
        QTest::keyClick(window, Qt::Key_Return);
        QTRY_COMPARE(m_server.requests().size(), before + 1);
        const QByteArray body = m_server.requests().constLast().body;
        QVERIFY(body.contains("what is in this picture"));
        QVERIFY(!body.contains("data:image/png;base64,"));
        QTRY_VERIFY(!app->session()->busy());
    }

    void f1ShowsTheShortcutSheet()
    {
        QQmlApplicationEngine engine;
        QQuickWindow *window = startApp(engine, m_dir.path(), m_server.baseUrl(), QStringLiteral("m"));
        QVERIFY(window);
        QTest::keyClick(window, Qt::Key_F1);
        QTRY_VERIFY(visibleItem(window->contentItem(), QStringLiteral("shortcutSheet")));
        QVERIFY(onScreen(window, QStringLiteral("Ctrl+K")));
        QVERIFY(onScreen(window, QStringLiteral("Search all conversations and drafts")));
    }

    // Files dropped on the composer and a pasted screenshot become chips,
    // a file that cannot go says why, and the message goes out with them:
    // the document as text naming its file, the photo upright and without
    // its camera and GPS data. The sent message shows them.
    void attachedFilesGoWithTheMessage()
    {
        m_server.serveInOrder({FakeServer::Response::sse(chatStream({QStringLiteral("A flower and notes.")}))});
        QQmlApplicationEngine engine;
        QQuickWindow *window = startApp(engine, m_dir.path(), m_server.baseUrl(), QStringLiteral("m"));
        QVERIFY(window);
        auto *app = appOf(engine);
        Inkwell::ComposerAttachments *files = app->session()->attachments();
        const QString notes = m_dir.filePath(QStringLiteral("notes.md"));
        const QString broken = m_dir.filePath(QStringLiteral("broken.png"));
        const QString photo = m_dir.filePath(QStringLiteral("IMG_0001.jpg"));
        QFile t(notes), b(broken);
        QVERIFY(t.open(QIODevice::WriteOnly) && b.open(QIODevice::WriteOnly));
        t.write("笔记：tea\n");
        b.write(QByteArray("\x89PNG\r\n\x1a\n\0\0", 10));
        t.close();
        b.close();
        QFile::remove(photo);
        QVERIFY(QFile::copy(testDataPath(QStringLiteral("attachments/images/gps-rotated.jpg")), photo));

        // A drop, as the window gets it from the desktop.
        QQuickItem *input = visibleItem(window->contentItem(), QStringLiteral("composerInput"));
        QVERIFY(input);
        const QPoint at = input->mapToScene(input->boundingRect().center()).toPoint();
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(notes), QUrl::fromLocalFile(broken), QUrl::fromLocalFile(photo)});
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(window, &enter);
        QDragMoveEvent move(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(window, &move);
        QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(window, &drop);
        QTRY_COMPARE(files->count(), 2);
        QTRY_VERIFY(!files->reading());
        QVERIFY2(files->errorText().contains(QStringLiteral("broken.png")), qPrintable(files->errorText()));
        QTRY_VERIFY(onScreen(window, QStringLiteral("notes.md")));
        QVERIFY(onScreen(window, QStringLiteral("IMG_0001.jpg")));

        // A screenshot on the clipboard, pasted with Ctrl+V in the composer.
        QImage shot(320, 200, QImage::Format_RGB32);
        shot.fill(Qt::darkGreen);
        QGuiApplication::clipboard()->setImage(shot);
        QTest::keyClick(window, Qt::Key_V, Qt::ControlModifier);
        QTRY_COMPARE(files->count(), 3);
        QTRY_VERIFY(!files->reading());
        QVERIFY(onScreen(window, QStringLiteral("Pasted image 1.png")));

        // A chip opens before sending too: the text the model will be given.
        QQuickItem *pending
            = findVisible(visibleItem(window->contentItem(), QStringLiteral("composerAttachments")), [](QQuickItem *i) {
                  return i->objectName() == u"attachmentChip" && onScreenIn(i, QStringLiteral("notes.md"));
              });
        QVERIFY(pending);
        clickItem(window, pending);
        QTRY_VERIFY(visibleItem(window->contentItem(), QStringLiteral("attachmentText")));
        QCOMPARE(visibleItem(window->contentItem(), QStringLiteral("attachmentText"))->property("text").toString(),
                 QStringLiteral("笔记：tea\n"));
        QTest::keyClick(window, Qt::Key_Escape);
        QTRY_VERIFY(!visibleItem(window->contentItem(), QStringLiteral("attachmentText")));
        QCOMPARE(files->count(), 3); // opening removed nothing

        typeText(window, QStringLiteral("What are these?"));
        QTest::keyClick(window, Qt::Key_Return);
        QTRY_COMPARE(m_server.requests().size(), 1);
        const QByteArray body = m_server.requests().constLast().body;
        const nlohmann::json j = nlohmann::json::parse(body.toStdString());
        const nlohmann::json &parts = j["messages"].back()["content"];
        QVERIFY(parts.is_array());
        const std::string text = parts[0]["text"].get<std::string>();
        QVERIFY(text.find("<document name=\"notes.md\">\n笔记：tea\n</document>") != std::string::npos);
        QVERIFY(text.find("What are these?") != std::string::npos);
        QCOMPARE(parts.size(), 3u);
        const std::string url = parts[1]["image_url"]["url"].get<std::string>();
        QVERIFY(url.starts_with("data:image/jpeg;base64,"));
        const QByteArray sent = QByteArray::fromBase64(QByteArray::fromStdString(url.substr(23)));
        QVERIFY(!sent.contains("InkwellTestCam"));
        QVERIFY(!sent.contains("Exif"));
        QCOMPARE(QImage::fromData(sent).size(), QSize(58, 493));
        QVERIFY(parts[2]["image_url"]["url"].get<std::string>().starts_with("data:image/png;base64,"));

        // The composer is empty again; the sent message shows its files.
        QTRY_COMPARE(files->count(), 0);
        QTRY_VERIFY(visibleItem(window->contentItem(), QStringLiteral("messageAttachments")));
        QTRY_VERIFY(!app->session()->busy());

        // A click on the document's chip shows the text the model was given.
        QQuickItem *sentFiles = visibleItem(window->contentItem(), QStringLiteral("messageAttachments"));
        QQuickItem *docChip = findVisible(sentFiles, [](QQuickItem *i) {
            return i->objectName() == u"attachmentChip" && onScreenIn(i, QStringLiteral("notes.md"));
        });
        QVERIFY(docChip);
        clickItem(window, docChip);
        QTRY_VERIFY(visibleItem(window->contentItem(), QStringLiteral("attachmentText")));
        QCOMPARE(visibleItem(window->contentItem(), QStringLiteral("attachmentText"))->property("text").toString(),
                 QStringLiteral("笔记：tea\n"));
    }

    // A PDF for a server that reads PDFs: its chip says it goes as text,
    // a click makes it go whole (a document block), and the sent message
    // says so. A scanned one can only go whole.
    void pdfGoesWholeWhenTheUserSaysSo()
    {
        m_server.serveInOrder(
            {FakeServer::Response::sse(readTestData(QStringLiteral("protocols/anthropic-messages-stream-basic.sse")))});
        QTemporaryDir dir;
        QQmlApplicationEngine engine;
        QQuickWindow *window = startApp(engine, dir.path(), m_server.baseUrl(), QStringLiteral("m"));
        QVERIFY(window);
        auto *app = appOf(engine);
        Inkwell::ComposerAttachments *files = app->session()->attachments();
        QVERIFY(!files->wholePdf()); // an OpenAI-compatible server: PDFs go as text
        Inkwell::ProfileFields claude = app->profiles()->blank(QStringLiteral("anthropic"));
        claude.name = QStringLiteral("Claude");
        claude.baseUrl = m_server.baseUrl();
        claude.model = QStringLiteral("claude-sonnet-4-5");
        const qint64 id = app->profiles()->save(claude, QString(), false);
        QVERIFY(id > 0);
        app->profiles()->activate(id);
        QTRY_VERIFY(files->wholePdf());

        files->addUrls({QUrl::fromLocalFile(testDataPath(QStringLiteral("attachments/docs/shared-mime-info-spec.pdf"))),
                        QUrl::fromLocalFile(testDataPath(QStringLiteral("attachments/docs/scanned.pdf")))});
        QTRY_COMPARE(files->count(), 2);
        QTRY_VERIFY(!files->reading());
        QQuickItem *chips = visibleItem(window->contentItem(), QStringLiteral("composerAttachments"));
        QVERIFY(chips);
        auto howSent = [&](const QString &name) {
            QQuickItem *chip = findVisible(
                chips, [&](QQuickItem *i) { return i->objectName() == u"attachmentChip" && onScreenIn(i, name); });
            return chip ? visibleItem(chip, QStringLiteral("pdfHowSent")) : nullptr;
        };
        QTRY_VERIFY(howSent(QStringLiteral("shared-mime-info-spec.pdf")));
        QCOMPARE(howSent(QStringLiteral("shared-mime-info-spec.pdf"))->property("text").toString(),
                 QStringLiteral("as text"));
        QCOMPARE(howSent(QStringLiteral("scanned.pdf"))->property("text").toString(), QStringLiteral("whole PDF"));
        clickItem(window, howSent(QStringLiteral("shared-mime-info-spec.pdf")));
        QTRY_COMPARE(howSent(QStringLiteral("shared-mime-info-spec.pdf"))->property("text").toString(),
                     QStringLiteral("whole PDF"));
        clickItem(window, howSent(QStringLiteral("scanned.pdf"))); // it has no text to go as
        QCOMPARE(howSent(QStringLiteral("scanned.pdf"))->property("text").toString(), QStringLiteral("whole PDF"));

        // Another server, one that reads only text: the PDF goes as text
        // again and its chip no longer offers otherwise; back to Claude, the
        // user chooses again.
        Inkwell::ProfileFields llama = app->profiles()->blank(QStringLiteral("llamacpp"));
        llama.name = QStringLiteral("Local");
        llama.baseUrl = m_server.baseUrl();
        const qint64 local = app->profiles()->save(llama, QString(), false);
        QVERIFY(local > 0);
        app->profiles()->activate(local);
        QTRY_VERIFY(!files->wholePdf());
        QTRY_VERIFY(!howSent(QStringLiteral("shared-mime-info-spec.pdf")));
        QVERIFY(!files->ready().at(0).native);
        QVERIFY(files->ready().at(1).native); // scanned: whole or nothing
        app->profiles()->activate(id);
        QTRY_VERIFY(files->wholePdf());
        QTRY_COMPARE(howSent(QStringLiteral("shared-mime-info-spec.pdf"))->property("text").toString(),
                     QStringLiteral("as text"));
        // Laid out again (it has just appeared): where it is stays put.
        QPointF at(-1, -1);
        QTRY_VERIFY([&] {
            QQuickItem *label = howSent(QStringLiteral("shared-mime-info-spec.pdf"));
            const QPointF now = label->mapToScene(label->boundingRect().center());
            return std::exchange(at, now) == now && label->width() > 0;
        }());
        clickItem(window, howSent(QStringLiteral("shared-mime-info-spec.pdf")));
        QTRY_VERIFY(files->ready().at(0).native);

        typeText(window, QStringLiteral("Compare them"));
        QTest::keyClick(window, Qt::Key_Return);
        QTRY_COMPARE(m_server.requests().size(), 1);
        const nlohmann::json j = nlohmann::json::parse(m_server.requests().constLast().body.toStdString());
        const nlohmann::json &blocks = j["messages"].back()["content"];
        QCOMPARE(blocks.size(), 3u);
        QCOMPARE(blocks[0]["type"].get<std::string>(), std::string("document"));
        QCOMPARE(blocks[1]["type"].get<std::string>(), std::string("document"));
        QCOMPARE(blocks[2]["text"].get<std::string>(), std::string("Compare them"));
        QTRY_VERIFY(!app->session()->busy());
        QTRY_VERIFY(visibleItem(window->contentItem(), QStringLiteral("messageAttachments")));
        QTRY_VERIFY(onScreen(window, QStringLiteral("whole PDF")));
    }

    void nAnswersSideBySide()
    {
        // One request with n = 2: both answers arrive interleaved in one stream.
        const QByteArray stream = chunk(QStringLiteral("Tea is a drink."), 0)
            + chunk(QStringLiteral("Tea is a plant."), 1) + finishChunk() + "data: [DONE]\n\n";
        m_server.serveInOrder({FakeServer::Response::sse(stream)});
        QTemporaryDir dir;
        QQmlApplicationEngine engine;
        QQuickWindow *window = startApp(engine, dir.path(), m_server.baseUrl(), QStringLiteral("m"));
        QVERIFY(window);
        auto *app = appOf(engine);
        app->parameters()->setValue(QStringLiteral("n"), 2);
        typeText(window, QStringLiteral("What is tea?"));
        QTest::keyClick(window, Qt::Key_Return);
        auto *model = messages(engine);
        QTRY_COMPARE(textAt(model, 1), QStringLiteral("Tea is a drink."));
        QTRY_COMPARE(siblingCount(model, 1), 2);
        QVERIFY(m_server.requests().first().body.contains("\"n\":2"));

        // Compare: both, side by side; continue with the second.
        QQuickItem *compare = nullptr;
        QTRY_VERIFY((compare = visibleItem(window->contentItem(), QStringLiteral("compareButton"))));
        QMetaObject::invokeMethod(compare, "clicked");
        QTRY_VERIFY(onScreen(window, QStringLiteral("Tea is a plant.")));
        QVERIFY(onScreen(window, QStringLiteral("Answer 2 of 2")));
        QQuickItem *second = nullptr;
        QTRY_VERIFY((second = visibleItem(window->contentItem(), QStringLiteral("continueWith2"))));
        QVERIFY(!visibleItem(window->contentItem(), QStringLiteral("continueWith1"))->isEnabled()); // shown now
        QMetaObject::invokeMethod(second, "clicked");
        QTRY_COMPARE(textAt(model, 1), QStringLiteral("Tea is a plant."));
        QCOMPARE(siblingIndex(model, 1), 2);
        QTRY_VERIFY(!onScreen(window, QStringLiteral("Answer 2 of 2")));
    }

    void keyboardCursorInTheMessages()
    {
        QTemporaryDir dir;
        QQmlApplicationEngine engine;
        QQuickWindow *window = askOnce(engine, dir.path(), QStringLiteral("What is black tea?"),
                                       QStringLiteral("Black tea is *oxidised*."));
        QVERIFY(window);

        // Shift+Tab from the message box: the cursor is on the last message.
        QTest::keyClick(window, Qt::Key_Backtab, Qt::ShiftModifier);
        QQuickItem *view = nullptr;
        QTRY_VERIFY((view = visibleItem(window->contentItem(), QStringLiteral("messageView")))
                    && view->hasActiveFocus());
        QTRY_COMPARE(view->property("currentIndex").toInt(), 1);
        auto *current = view->property("currentItem").value<QQuickItem *>();
        QVERIFY(current && current->property("cursor").toBool());
        QAccessibleInterface *spoken = QAccessible::queryAccessibleInterface(current);
        QVERIFY(spoken);
        QCOMPARE(spoken->text(QAccessible::Name), QStringLiteral("Assistant: Black tea is *oxidised*."));

        QTest::keySequence(window, QKeySequence::Copy); // that message, as Markdown
        QTRY_COMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("Black tea is *oxidised*."));

        // Shift+Up: both messages; Ctrl+C copies them as the Markdown export
        // writes them; Esc drops the selection and stays in the list.
        QTest::keyClick(window, Qt::Key_Up, Qt::ShiftModifier);
        QTRY_COMPARE(view->property("selectionFirst").toInt(), 0);
        QCOMPARE(view->property("selectionLast").toInt(), 1);
        QTest::keySequence(window, QKeySequence::Copy);
        QTRY_VERIFY(QGuiApplication::clipboard()->text().startsWith(QStringLiteral("## ")));
        const QString both = QGuiApplication::clipboard()->text();
        QVERIFY2(both.indexOf(QStringLiteral("What is black tea?")) > 0
                     && both.indexOf(QStringLiteral("Black tea is *oxidised*."))
                         > both.indexOf(QStringLiteral("What is black tea?"))
                     && both.count(QStringLiteral("## ")) == 2,
                 qPrintable(both));
        QTest::keyClick(window, Qt::Key_Escape);
        QTRY_COMPARE(view->property("selectionFirst").toInt(), -1);
        QVERIFY(view->hasActiveFocus());

        // Up to the question; Enter edits it, Esc leaves the editor.
        QTest::keyClick(window, Qt::Key_Up);
        QTRY_COMPARE(view->property("currentIndex").toInt(), 0);
        QTest::keyClick(window, Qt::Key_Return);
        QTRY_COMPARE(window->activeFocusItem()->objectName(), QStringLiteral("messageEditor"));
        QCOMPARE(window->activeFocusItem()->property("text").toString(), QStringLiteral("What is black tea?"));
        QTest::keyClick(window, Qt::Key_Escape);
        QTRY_VERIFY(!visibleItem(window->contentItem(), QStringLiteral("messageEditor")));

        // Esc from the list: back to the message box.
        view->forceActiveFocus();
        QTest::keyClick(window, Qt::Key_Escape);
        QTRY_COMPARE(window->activeFocusItem()->objectName(), QStringLiteral("composerInput"));
    }

    // Text selected with the mouse across messages and blocks, as a reader
    // of a web page would: drag, double click, Shift+click, Ctrl+C, Esc.
    void selectTextAcrossMessagesWithTheMouse()
    {
        QTemporaryDir dir;
        QQmlApplicationEngine engine;
        QQuickWindow *window = askOnce(engine, dir.path(), QStringLiteral("What is tea?"),
                                       QStringLiteral("First paragraph.\n\n```\ncode line\n```\n\n"
                                                      "Last words here. [Tea](https://example.org/tea)"));
        QVERIFY(window);
        QQuickItem *view = visibleItem(window->contentItem(), QStringLiteral("messageView"));
        QVERIFY(view);
        // The text items of the list, by message row and block.
        const auto textOf = [&](int row, int block) {
            return findVisible(view, [&](QQuickItem *i) {
                return i->property("inRange").toBool() && i->property("rangeRow").toInt() == row
                    && i->property("rangeBlock").toInt() == block;
            });
        };
        QTRY_VERIFY(textOf(0, 0) && textOf(1, 0) && textOf(1, 2)); // every block used below is made
        const auto pointOf = [](QQuickItem *text, int pos) {
            QRectF r;
            QMetaObject::invokeMethod(text, "positionToRectangle", Q_RETURN_ARG(QRectF, r), Q_ARG(int, pos));
            return text->mapToScene(r.center()).toPoint();
        };
        const auto selected = [](QQuickItem *text) { return text->property("selectedText").toString(); };
        const auto copied = [] { return QGuiApplication::clipboard()->text(); };
        QGuiApplication::clipboard()->clear();

        // From inside the question to inside the last paragraph of the answer.
        QTest::mousePress(window, Qt::LeftButton, {}, pointOf(textOf(0, 0), 5));
        QTest::mouseMove(window, pointOf(textOf(1, 0), 3));
        QTest::mouseMove(window, pointOf(textOf(1, 2), 10));
        QTest::mouseRelease(window, Qt::LeftButton, {}, pointOf(textOf(1, 2), 10));
        QCOMPARE(selected(textOf(0, 0)), QStringLiteral("is tea?"));
        QCOMPARE(selected(textOf(1, 0)), QStringLiteral("First paragraph."));
        QCOMPARE(selected(textOf(1, 1)), QStringLiteral("code line"));
        QCOMPARE(selected(textOf(1, 2)), QStringLiteral("Last words"));
        QVERIFY(view->hasActiveFocus());
        QVERIFY(!view->property("cursorShown").toBool()); // a click is not the keyboard cursor
        QTest::keySequence(window, QKeySequence::Copy);
        QTRY_COMPARE(copied(), QStringLiteral("is tea?\n\nFirst paragraph.\n\ncode line\n\nLast words"));

        // Esc drops it everywhere.
        QTest::keyClick(window, Qt::Key_Escape);
        QTRY_COMPARE(selected(textOf(1, 1)), QString());
        QCOMPARE(selected(textOf(0, 0)), QString());

        // A double click takes a word; Shift+click extends to the end.
        QTest::mouseDClick(window, Qt::LeftButton, {}, pointOf(textOf(1, 0), 9));
        QTRY_COMPARE(selected(textOf(1, 0)), QStringLiteral("paragraph"));
        QTest::mouseClick(window, Qt::LeftButton, Qt::ShiftModifier, pointOf(textOf(1, 2), 16));
        QTRY_COMPARE(selected(textOf(1, 2)), QStringLiteral("Last words here."));
        QTest::keySequence(window, QKeySequence::Copy);
        QTRY_COMPARE(copied(), QStringLiteral("paragraph.\n\ncode line\n\nLast words here."));

        // A link under the selector opens on a click and selects nothing.
        LinkCatcher links;
        QDesktopServices::setUrlHandler(QStringLiteral("https"), &links, "open");
        QTest::mouseClick(window, Qt::LeftButton, {}, pointOf(textOf(1, 2), 18));
        QTRY_COMPARE(links.opened, QList<QUrl> {QUrl(QStringLiteral("https://example.org/tea"))});
        QDesktopServices::unsetUrlHandler(QStringLiteral("https"));

        // Buttons under the selector still take their clicks.
        QQuickItem *copyButton = visibleItem(window->contentItem(), QStringLiteral("copyAnswerButton"));
        QVERIFY(copyButton);
        QTest::mouseClick(window, Qt::LeftButton, {},
                          copyButton->mapToScene(copyButton->boundingRect().center()).toPoint());
        QTRY_VERIFY(visibleItem(window->contentItem(), QStringLiteral("copyPlainText")));
    }
};

QTEST_MAIN(TestBranching)
#include "tst_branching.moc"
