// SPDX-License-Identifier: GPL-3.0-or-later
// The sidebar in the real window: folders (made, filled by menu and by drag
// and drop, closed, deleted), pins, duplicates, deletion with Undo, and the
// keyboard (Delete, Ctrl+PgUp/PgDn).
#include "fakeserver.h"
#include "openaichunks.h"
#include "quickapp.h"
#include "store/appstate.h"
#include "store/conversationrepository.h"
#include "store/database.h"
#include "store/messagerepository.h"
#include "store/profilerepository.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QQuickStyle>
#include <QTemporaryDir>
#include <QtQml/QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(InkwellPlugin)

using namespace Inkwell;

class TestSidebar : public QObject {
    Q_OBJECT

    // Three conversations of one question and answer each, oldest first.
    static QList<qint64> seed(const QString &dir)
    {
        Database db;
        if (db.open(Database::defaultFilePath(dir)).isError())
            return {};
        ConversationRepository conversations(db.db());
        MessageRepository messages(db.db());
        QList<qint64> ids;
        const QStringList titles = {QStringLiteral("Alpha"), QStringLiteral("Beta"), QStringLiteral("人工智能")};
        for (int i = 0; i < titles.size(); ++i) {
            Conversation c;
            c.title = titles[i];
            c.createdAt = c.updatedAt = 1'700'000'000'000 + i * 1000;
            const qint64 id = conversations.create(c).value;
            Message q;
            q.conversationId = id;
            q.role = Chat::Role::User;
            q.content = titles[i] + QStringLiteral("?");
            const qint64 u = messages.insert(q).value;
            Message a = q;
            a.parentId = u;
            a.role = Chat::Role::Assistant;
            a.content = titles[i] + QStringLiteral(" answered.");
            if (conversations.setCurrentLeaf(id, messages.insert(a).value, c.updatedAt).isError())
                qFatal("the test's store refused a row");
            ids << id;
        }
        return ids;
    }

    static QStringList rows(ConversationListModel *list)
    {
        QStringList out;
        for (int i = 0; i < list->rowCount(); ++i) {
            const QModelIndex at = list->index(i);
            out << (list->data(at, ConversationListModel::KindRole).toString() == u"folder" ? u"[" : u"")
                    + list->data(at, ConversationListModel::TitleRole).toString();
        }
        return out;
    }

    // The sidebar row (conversation or folder) with this title, on screen.
    static QQuickItem *rowItem(QQuickWindow *window, const QString &title)
    {
        QQuickItem *list = visibleItem(window->contentItem(), QStringLiteral("conversationList"));
        return list
            ? findVisible(list,
                          [&title](QQuickItem *i) {
                              return i->inherits("QQuickItemDelegate") && i->property("title").toString() == title;
                          })
            : nullptr;
    }

private Q_SLOTS:
    void cleanup() { VERIFY_NO_QML_WARNINGS(); }
    void cleanupTestCase() { VERIFY_NO_QML_WARNINGS(); }

    void initTestCase() { QQuickStyle::setStyle(QStringLiteral("Basic")); }

    void foldersPinsAndDuplicates()
    {
        QTemporaryDir dir;
        const QList<qint64> ids = seed(dir.path());
        QCOMPARE(ids.size(), 3);
        QQmlApplicationEngine engine;
        QQuickWindow *window = startApp(engine, dir.path(), {}, {});
        QVERIFY(window);
        auto *app = appOf(engine);
        auto *list = app->conversations();
        QCOMPARE(rows(list),
                 (QStringList {QStringLiteral("人工智能"), QStringLiteral("Beta"), QStringLiteral("Alpha")}));

        // A folder, and a conversation moved into it by its menu's action.
        const qint64 work = app->sidebar()->createFolder(QStringLiteral("Work"));
        QVERIFY(work > 0);
        QCOMPARE(app->sidebar()->createFolder(QStringLiteral("Work")), work + 1); // "Work 2", not a twin
        QCOMPARE(list->folders()->count(), 2);
        QCOMPARE(list->folders()->rows().at(1).name, QStringLiteral("Work 2"));
        app->sidebar()->deleteFolder(work + 1);
        app->sidebar()->moveToFolder(ids[0], work);
        QCOMPARE(rows(list),
                 (QStringList {QStringLiteral("[Work"), QStringLiteral("Alpha"), QStringLiteral("人工智能"),
                               QStringLiteral("Beta")}));
        QCOMPARE(list->data(list->index(0), ConversationListModel::CountRole).toInt(), 1);

        // Dragged onto the folder with the mouse: filed there too.
        QQuickItem *beta = nullptr;
        QQuickItem *folder = nullptr;
        QTRY_VERIFY((beta = rowItem(window, QStringLiteral("Beta"))));
        QTRY_VERIFY((folder = rowItem(window, QStringLiteral("Work"))));
        const QPoint from = beta->mapToScene(QPointF(40, beta->height() / 2)).toPoint();
        const QPoint to = folder->mapToScene(QPointF(60, folder->height() / 2)).toPoint();
        QTest::mousePress(window, Qt::LeftButton, {}, from);
        for (int step = 1; step <= 10; ++step)
            QTest::mouseMove(window, from + (to - from) * step / 10);
        QTest::mouseRelease(window, Qt::LeftButton, {}, to);
        QTRY_COMPARE(list->data(list->index(0), ConversationListModel::CountRole).toInt(), 2);

        // Its menu's Export… opens the export dialog with both ticked.
        const QVariantList inFolder = list->idsInFolder(work);
        QCOMPARE(inFolder.size(), 2);
        QTRY_VERIFY((folder = rowItem(window, QStringLiteral("Work")))); // the list was rebuilt by the drop
        QVERIFY(QMetaObject::invokeMethod(folder, "exportRequested", Q_ARG(QVariant, QVariant(inFolder)),
                                          Q_ARG(QString, QStringLiteral("Work"))));
        QObject *dialog = engine.rootObjects().first()->findChild<QObject *>(QStringLiteral("exportDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->property("visible").toBool());
        QCOMPARE(dialog->property("ids").toList().size(), 2);
        QVariant suggested;
        QMetaObject::invokeMethod(dialog, "suggestedTitle", Q_RETURN_ARG(QVariant, suggested));
        QCOMPARE(suggested.toString(), QStringLiteral("Work"));
        QMetaObject::invokeMethod(dialog, "close");

        // Closed, its conversations are hidden; a restart keeps it closed.
        list->setExpanded(work, false);
        QCOMPARE(rows(list), (QStringList {QStringLiteral("[Work"), QStringLiteral("人工智能")}));

        // Pinned: on top, whatever its folder.
        app->sidebar()->setPinned(ids[0], true);
        QCOMPARE(rows(list).first(), QStringLiteral("Alpha"));
        QCOMPARE(list->data(list->index(0), ConversationListModel::SectionRole).toString(), QStringLiteral("Pinned"));

        // Duplicate: a copy with its messages, opened.
        app->sidebar()->duplicate(ids[2]);
        QCOMPARE(app->session()->title(), QStringLiteral("人工智能 (copy)"));
        QCOMPARE(app->session()->messages()->rowCount(), 2);
        QCOMPARE(app->session()->messages()->contentAt(1), QStringLiteral("人工智能 answered."));

        // Deleting the folder keeps its conversations.
        app->sidebar()->deleteFolder(work);
        QCOMPARE(list->folders()->count(), 0);
        QCOMPARE(rows(list).size(), 4);
    }

    // A right click on a row opens its menu where the pointer is; "Move to
    // folder" lists the folders, and choosing one files the conversation.
    void rightClickMovesToAFolder()
    {
        QTemporaryDir dir;
        QCOMPARE(seed(dir.path()).size(), 3);
        QQmlApplicationEngine engine;
        QQuickWindow *window = startApp(engine, dir.path(), {}, {});
        QVERIFY(window);
        auto *app = appOf(engine);
        const qint64 work = app->sidebar()->createFolder(QStringLiteral("工作"));
        QVERIFY(work > 0);
        QQuickItem *beta = nullptr;
        QTRY_VERIFY((beta = rowItem(window, QStringLiteral("Beta"))));
        QVERIFY(!itemWithText(window, QStringLiteral("Move to folder")));
        clickItem(window, beta, Qt::RightButton);
        QQuickItem *move = nullptr;
        QTRY_VERIFY((move = itemWithText(window, QStringLiteral("Move to folder"))));
        clickItem(window, move);
        QQuickItem *folder = nullptr;
        auto menuItem = [window](const QString &text) {
            return findVisible(window->contentItem(), [&text](QQuickItem *i) {
                return i->inherits("QQuickMenuItem") && i->property("text").toString() == text;
            });
        };
        QTRY_VERIFY((folder = menuItem(QStringLiteral("工作"))));
        clickItem(window, folder);
        auto *list = app->conversations();
        QTRY_COMPARE(list->data(list->index(0), ConversationListModel::CountRole).toInt(), 1);
        QCOMPARE(rows(list).mid(0, 2), (QStringList {QStringLiteral("[工作"), QStringLiteral("Beta")}));

        // The folder's own menu by a right click too (once the first has gone).
        QTRY_VERIFY(!itemWithText(window, QStringLiteral("Move to folder")));
        QTRY_VERIFY((folder = rowItem(window, QStringLiteral("工作"))));
        clickItem(window, folder, Qt::RightButton);
        QTRY_VERIFY(itemWithText(window, QStringLiteral("Export…")));
        QCOMPARE(list->data(list->index(0), ConversationListModel::ExpandedRole).toBool(), true); // not toggled
    }

    void deleteWithUndoAndTheKeyboard()
    {
        QTemporaryDir dir;
        const QList<qint64> ids = seed(dir.path());
        QQmlApplicationEngine engine;
        QQuickWindow *window = startApp(engine, dir.path(), {}, {});
        QVERIFY(window);
        auto *app = appOf(engine);
        auto *list = app->conversations();
        app->session()->open(ids[2]);

        // Ctrl+PgDn: the next conversation down the sidebar; Ctrl+PgUp back.
        QTest::keyClick(window, Qt::Key_PageDown, Qt::ControlModifier);
        QTRY_COMPARE(app->session()->conversationId(), ids[1]);
        QTest::keyClick(window, Qt::Key_PageUp, Qt::ControlModifier);
        QTRY_COMPARE(app->session()->conversationId(), ids[2]);

        // Delete on the focused row: gone at once, with Undo offered.
        QQuickItem *row = nullptr;
        QTRY_VERIFY((row = rowItem(window, QStringLiteral("人工智能"))));
        row->forceActiveFocus();
        QTest::keyClick(window, Qt::Key_Delete);
        QTRY_COMPARE(rows(list), (QStringList {QStringLiteral("Beta"), QStringLiteral("Alpha")}));
        QCOMPARE(app->session()->conversationId(), 0); // it was open: a new chat instead
        app->search()->find(QStringLiteral("人工智能"));
        QCOMPARE(app->search()->results()->rowCount(), 0);
        QTRY_VERIFY(onScreen(window, QStringLiteral("Deleted “人工智能”.")));

        // Undo: back, and open again.
        QQuickItem *undo = visibleItem(window->contentItem(), QStringLiteral("undoDeleteConversation"));
        QVERIFY(undo);
        QMetaObject::invokeMethod(undo, "clicked");
        QTRY_COMPARE(rows(list).size(), 3);
        QCOMPARE(app->session()->conversationId(), ids[2]);
        app->search()->find(QStringLiteral("人工智能"));
        QCOMPARE(app->search()->results()->rowCount(), 2); // its question and answer
        QVERIFY(!onScreen(window, QStringLiteral("Deleted “人工智能”.")));

        // Deleted and the Undo let go: for good.
        app->sidebar()->remove(ids[0]);
        app->sidebar()->dismissUndo();
        Database check;
        QVERIFY(!check.open(Database::defaultFilePath(dir.path())).isError());
        QVERIFY(!ConversationRepository(check.db()).get(ids[0]).ok());
        QCOMPARE(rows(list), (QStringList {QStringLiteral("人工智能"), QStringLiteral("Beta")}));
    }

    void deletedBeforeAQuitIsGoneAtTheNextStart()
    {
        QTemporaryDir dir;
        const QList<qint64> ids = seed(dir.path());
        {
            QQmlApplicationEngine engine;
            QQuickWindow *window = startApp(engine, dir.path(), {}, {});
            QVERIFY(window);
            auto *app = appOf(engine);
            app->sidebar()->remove(ids[1]);
        }
        QQmlApplicationEngine engine;
        QQuickWindow *window = startApp(engine, dir.path(), {}, {});
        QVERIFY(window);
        auto *app = appOf(engine);
        QCOMPARE(rows(app->conversations()), (QStringList {QStringLiteral("人工智能"), QStringLiteral("Alpha")}));
        QVERIFY(app->sidebar()->undoText().isEmpty());
    }

    void titlesNamedByTheModelWhenAsked()
    {
        FakeServer server;
        QVERIFY(server.listen());
        server.serveInOrder(
            {FakeServer::Response::sse(chatStream({QStringLiteral("**Green**, black and `oolong`.")}))});
        QTemporaryDir dir;
        QQmlApplicationEngine engine;
        QQuickWindow *window = startApp(engine, dir.path(), server.baseUrl(), QStringLiteral("m"));
        QVERIFY(window);
        auto *app = appOf(engine);
        QVERIFY(!app->titles()->enabled()); // off until asked for

        // Off: one request, the first message is the title.
        app->session()->send(QStringLiteral("which kinds of tea are there?"));
        QTRY_VERIFY(!app->session()->busy());
        QTRY_COMPARE(app->session()->title(), QStringLiteral("which kinds of tea are there?"));
        QCOMPARE(server.requests().size(), 1);
        // Copied as Markdown, or as plain text without the markup.
        const qint64 answer = app->session()->messages()->messageAt(1).id;
        QVERIFY(app->clipboard()->copyAnswer(answer, false));
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("**Green**, black and `oolong`."));
        QVERIFY(app->clipboard()->copyAnswer(answer, true));
        QCOMPARE(QGuiApplication::clipboard()->text().trimmed(), QStringLiteral("Green, black and oolong."));

        // On: after the first answer, one more request names it.
        app->titles()->setEnabled(true);
        app->titles()->setModel(QStringLiteral("small-model"));
        app->session()->newConversation();
        server.serveInOrder({FakeServer::Response::sse(chatStream({QStringLiteral("Green, black and oolong.")})),
                             FakeServer::Response::sse(chatStream({QStringLiteral("Title: “Kinds of tea”")}))});
        app->session()->send(QStringLiteral("which kinds of tea are there?"));
        QTRY_COMPARE(app->session()->title(), QStringLiteral("Kinds of tea"));
        QCOMPARE(server.requests().size(), 2);
        const QByteArray ask = server.requests().at(1).body;
        QVERIFY2(ask.contains("You name conversations") && ask.contains("\"model\":\"small-model\""), ask.constData());
        QVERIFY(onScreen(window, QStringLiteral("Kinds of tea")));

        // A second answer in the same conversation asks nothing more.
        server.serveInOrder({FakeServer::Response::sse(chatStream({QStringLiteral("More.")}))});
        app->session()->send(QStringLiteral("and which is strongest?"));
        QTRY_VERIFY(!app->session()->busy());
        QTRY_COMPARE(server.requests().size(), 1);
        QCOMPARE(app->session()->title(), QStringLiteral("Kinds of tea"));

        // Titles from another profile (say a local model): that server is
        // asked, with its own model; the chat's server only for the chat.
        FakeServer local;
        QVERIFY(local.listen());
        local.serveInOrder({FakeServer::Response::sse(chatStream({QStringLiteral("Oolong")}))});
        Inkwell::Profile other;
        other.name = QStringLiteral("Local");
        other.baseUrl = local.baseUrl();
        other.model = QStringLiteral("local-small");
        Inkwell::Database db;
        QVERIFY(!db.open(Inkwell::Database::defaultFilePath(dir.path())).isError());
        const qint64 otherId = Inkwell::ProfileRepository(db.db()).save(other).value;
        QVERIFY(otherId > 0);
        app->titles()->setModel({});
        app->titles()->setProfileId(otherId);
        app->session()->newConversation();
        server.serveInOrder({FakeServer::Response::sse(chatStream({QStringLiteral("Semi-oxidised.")}))});
        app->session()->send(QStringLiteral("what is oolong?"));
        QTRY_COMPARE(app->session()->title(), QStringLiteral("Oolong"));
        QCOMPARE(server.requests().size(), 1);
        QCOMPARE(local.requests().size(), 1);
        QVERIFY2(local.requests().first().body.contains("\"model\":\"local-small\""),
                 local.requests().first().body.constData());
        // The choice is kept for the next start.
        QCOMPARE(Inkwell::AppState(db.db()).value(QStringLiteral("titles/profile")), QString::number(otherId));
    }
};

QTEST_MAIN(TestSidebar)
#include "tst_sidebar.moc"
