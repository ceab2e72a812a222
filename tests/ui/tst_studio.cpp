// SPDX-License-Identifier: GPL-3.0-or-later
// The drafting studio in the real window, headless, driven by the keyboard:
// open the library, pick a template, fill the form, watch the draft stream
// in, rewrite a selection, restore a version; the fake server records every
// request.
#include "appearance.h"
#include "fakeserver.h"
#include "openaichunks.h"
#include "quickapp.h"
#include "store/appstate.h"
#include "store/conversationrepository.h"
#include "store/database.h"
#include "store/draftrepository.h"
#include "templatescontroller.h"

#include <QFile>
#include <QQuickStyle>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtQml/QQmlExtensionPlugin>

#include <nlohmann/json.hpp>

Q_IMPORT_QML_PLUGIN(InkwellPlugin)

namespace {

QString lastPrompt(const FakeServer &server)
{
    const auto body = nlohmann::json::parse(server.requests().last().body.toStdString());
    return QString::fromStdString(body["messages"].back()["content"].get<std::string>());
}

} // namespace

class TestStudio : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    FakeServer m_server;

private Q_SLOTS:
    void cleanup() { VERIFY_NO_QML_WARNINGS(); }
    void cleanupTestCase() { VERIFY_NO_QML_WARNINGS(); }

    void initTestCase()
    {
        QQuickStyle::setStyle(QStringLiteral("Basic"));
        // English as the app starts it (gui_main): its catalogue holds the plural forms.
        Inkwell::Appearance::applyLanguage(QLocale(QStringLiteral("en")));
        QVERIFY(m_server.listen());
    }

    void templateToDraftByKeyboard()
    {
        const QString article = QStringLiteral("# Tea\n\nTea is a drink.\n\n## History\n\nIt began in China.\n");
        m_server.setResponse(FakeServer::Response::sse(
            chatStream({QStringLiteral("# Tea\n\nTea is "), QStringLiteral("a drink.\n\n## History\n\n"),
                        QStringLiteral("It began in China.\n")}),
            24, 10));
        QQmlApplicationEngine engine;
        QQuickWindow *window = startApp(engine, m_dir.path(), m_server.baseUrl(), QStringLiteral("writer"));
        QVERIFY(window);

        // Ctrl+Shift+T: the library, with the search field focused.
        QTest::keyClick(window, Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(window->activeFocusItem()->objectName(), QStringLiteral("templateSearch"));
        typeText(window, QStringLiteral("blog"));
        QQuickItem *grid = visibleItem(window->contentItem(), QStringLiteral("templateGrid"));
        QVERIFY(grid);
        QTRY_COMPARE(grid->property("count").toInt(), 1);
        // Back to everything; Down goes to the cards, Enter opens the first one's form.
        for (int i = 0; i < 4; ++i)
            QTest::keyClick(window, Qt::Key_Backspace);
        QTRY_VERIFY(grid->property("count").toInt() > 10);
        QTest::keyClick(window, Qt::Key_Down);
        QTRY_VERIFY(grid->hasActiveFocus());
        QTest::keyClick(window, Qt::Key_Return);
        // The form opens on its first field (the topic), filled with its default.
        QTRY_COMPARE(window->activeFocusItem()->objectName(), QStringLiteral("field_topic"));
        QCOMPARE(window->activeFocusItem()->property("text").toString(), QStringLiteral("artificial intelligence"));
        QTest::keyClick(window, Qt::Key_A, Qt::ControlModifier);
        typeText(window, QStringLiteral("tea"));
        QTest::keyClick(window, Qt::Key_Return); // Enter in a field generates

        // The draft opens and the text streams into the editor and the preview.
        QTRY_COMPARE(m_server.requests().size(), 1);
        QVERIFY(lastPrompt(m_server).contains(QStringLiteral("about tea for general readers")));
        QQuickItem *editor = nullptr;
        QTRY_VERIFY((editor = visibleItem(window->contentItem(), QStringLiteral("draftEditor"))));
        QTRY_COMPARE_WITH_TIMEOUT(editor->property("text").toString(), article, 10000);
        QTRY_VERIFY(onScreen(window, QStringLiteral("It began in China.")));
        QTRY_VERIFY(!editor->property("readOnly").toBool());
        QVERIFY(onScreen(window, QStringLiteral("Article on a topic: tea")));
        // Counted against the template's length ({{words}}, 900 by default).
        QTRY_VERIFY(onScreen(window, QStringLiteral("10 / 900 words")));

        // Select "a drink." and rewrite it: Ctrl+E, an instruction, Enter.
        const int from = int(article.indexOf(QStringLiteral("a drink.")));
        QMetaObject::invokeMethod(editor, "select", Q_ARG(int, from), Q_ARG(int, from + 8));
        m_server.setResponse(FakeServer::Response::sse(chatStream({QStringLiteral("a warm infusion.")})));
        QTest::keyClick(window, Qt::Key_E, Qt::ControlModifier);
        QTRY_COMPARE(window->activeFocusItem()->objectName(), QStringLiteral("rewriteInstruction"));
        typeText(window, QStringLiteral("warmer"));
        QTest::keyClick(window, Qt::Key_Return);
        QTRY_COMPARE(m_server.requests().size(), 2);
        QVERIFY(lastPrompt(m_server).contains(QStringLiteral("<passage>\na drink.\n</passage>")));
        const QString rewritten
            = QString(article).replace(QStringLiteral("a drink."), QStringLiteral("a warm infusion."));
        QTRY_COMPARE(editor->property("text").toString(), rewritten);

        // The history (Ctrl+H) lists both versions, newest first and chosen;
        // choosing the first shows what changed since, and Restore brings it
        // back (keeping the rewritten text as a version of its own).
        auto *drafts = engine.singletonInstance<Inkwell::AppController *>(qmlTypeId("Inkwell", 1, 0, "App"))->drafts();
        QTRY_COMPARE(drafts->versions()->rowCount(), 2);
        QTest::keyClick(window, Qt::Key_H, Qt::ControlModifier);
        QQuickItem *restore = nullptr;
        QTRY_VERIFY((restore = visibleItem(window->contentItem(), QStringLiteral("restoreVersion"))));
        QTRY_VERIFY(onScreen(window, QStringLiteral("0 lines added, 0 removed")));
        QQuickItem *first = nullptr;
        QTRY_VERIFY((first = findVisible(window->contentItem(), [](QQuickItem *i) {
                         return i->property("versionId").isValid() && i->property("number").toInt() == 1;
                     })));
        clickItem(window, first);
        QTRY_VERIFY(onScreen(window, QStringLiteral("1 line added, 1 removed")));
        QVERIFY(onScreen(window, QStringLiteral("− ")));
        QVERIFY(onScreen(window, QStringLiteral("+ ")));
        clickItem(window, restore);
        QTRY_COMPARE(editor->property("text").toString(), article);
        QCOMPARE(drafts->versions()->rowCount(), 3);
        QTRY_VERIFY(!visibleItem(window->contentItem(), QStringLiteral("restoreVersion"))); // the history closed

        // The user's typing is saved (autosave), nothing lost on a restart.
        editor->forceActiveFocus();
        QMetaObject::invokeMethod(editor, "insert", Q_ARG(int, int(article.size())),
                                  Q_ARG(QString, QStringLiteral("More.")));
        const qint64 id = drafts->currentId();
        Inkwell::Database db;
        QVERIFY(!db.open(Inkwell::Database::defaultFilePath(m_dir.path())).isError());
        QTRY_COMPARE(Inkwell::DraftRepository(db.db()).get(id).value.content, article + QStringLiteral("More."));
    }

    // A template's `file` variable in the real form: required, an unreadable
    // file refused in readAttachment's words at the field, a readable one read
    // off the GUI thread and shown by name and size; the draft keeps it as a
    // source and the request carries its text once.
    void fileVariableInTheForm()
    {
        QTemporaryDir files;
        const auto write = [&](const QString &name, const QByteArray &bytes) {
            QFile f(files.filePath(name));
            if (!f.open(QIODevice::WriteOnly))
                qFatal("cannot write");
            f.write(bytes);
            return QUrl::fromLocalFile(f.fileName());
        };
        const QUrl empty = write(QStringLiteral("empty.txt"), {});
        const QUrl notes = write(QStringLiteral("tea notes.txt"), "Picked 40 kg of Longjing on Monday.\n");
        m_server.setResponse(FakeServer::Response::sse(chatStream({QStringLiteral("# Tea\n\nPicked.\n")})));
        QTemporaryDir data; // its own drafts: the other tests count theirs
        QQmlApplicationEngine engine;
        QQuickWindow *window = startApp(engine, data.path(), m_server.baseUrl(), QStringLiteral("writer"));
        QVERIFY(window);
        Inkwell::AppController *app = appOf(engine);
        const QString key
            = app->templates()->save(QStringLiteral("---\nname: File summary\nvariables:\n"
                                                    "  - name: source\n    type: file\n    label: Notes\n---\n"
                                                    "Summarise {{source}}.\n"),
                                     {});
        QVERIFY2(!key.isEmpty(), qPrintable(app->templates()->message()));
        QCOMPARE(app->templates()->form(key).first().type, QStringLiteral("file"));

        QTest::keyClick(window, Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(window->activeFocusItem()->objectName(), QStringLiteral("templateSearch"));
        typeText(window, QStringLiteral("File summary"));
        QQuickItem *grid = visibleItem(window->contentItem(), QStringLiteral("templateGrid"));
        QTRY_COMPARE(grid->property("count").toInt(), 1);
        QTest::keyClick(window, Qt::Key_Down);
        QTRY_VERIFY(grid->hasActiveFocus());
        QTest::keyClick(window, Qt::Key_Return);
        QQuickItem *field = nullptr;
        QTRY_VERIFY((field = visibleItem(window->contentItem(), QStringLiteral("fileField_source"))));
        QVERIFY(onScreen(window, QStringLiteral("No file chosen")));
        // The dialog has the window to open in (made by a Loader, it found none by itself).
        auto *dialog = field->findChild<QObject *>(QStringLiteral("fileDialog"));
        QVERIFY(dialog);
        QCOMPARE(dialog->property("parentWindow").value<QWindow *>(), window);
        QCOMPARE(dialog->property("nameFilters").toStringList(), QStringList {});
        QQuickItem *generate = visibleItem(window->contentItem(), QStringLiteral("generateButton"));
        clickItem(window, generate);
        QTRY_VERIFY(onScreen(window, QStringLiteral("“Notes” is required")));

        const int before = m_server.requests().size();
        QMetaObject::invokeMethod(field, "choose", Q_ARG(QVariant, QVariant(empty)));
        QTRY_VERIFY(onScreen(window, QStringLiteral("empty.txt is empty.")));
        clickItem(window, generate);
        QVERIFY(onScreen(window, QStringLiteral("empty.txt is empty.")));
        QCOMPARE(m_server.requests().size(), before);
        // A file that failed can be let go of: the field is empty again.
        QQuickItem *clear = visibleItem(field, QStringLiteral("clearFile_source"));
        QVERIFY(clear);
        clickItem(window, clear);
        QTRY_VERIFY(!onScreen(window, QStringLiteral("empty.txt is empty.")));
        QVERIFY(onScreen(window, QStringLiteral("No file chosen")));
        QVERIFY(!visibleItem(field, QStringLiteral("clearFile_source")));
        QMetaObject::invokeMethod(field, "choose", Q_ARG(QVariant, QVariant(empty)));
        QTRY_VERIFY(onScreen(window, QStringLiteral("empty.txt is empty.")));

        QMetaObject::invokeMethod(field, "choose", Q_ARG(QVariant, QVariant(notes)));
        QTRY_VERIFY(!app->templates()->files()->reading());
        QTRY_VERIFY(onScreenIn(field, QStringLiteral("tea notes.txt")));
        QVERIFY(onScreenIn(field, QStringLiteral("36 bytes")));
        QVERIFY(!onScreen(window, QStringLiteral("empty.txt is empty.")));
        clickItem(window, generate);

        QTRY_COMPARE(m_server.requests().size(), before + 1);
        const QByteArray body = m_server.requests().last().body;
        QCOMPARE(body.count("Picked 40 kg of Longjing on Monday."), 1);
        QCOMPARE(lastPrompt(m_server),
                 QStringLiteral("<document name=\"tea notes.txt\">\nPicked 40 kg of Longjing on Monday.\n</document>"
                                "\n\nSummarise tea notes.txt."));
        // The draft keeps the file as a source, shown in its Sources bar.
        QQuickItem *sources = nullptr;
        QTRY_VERIFY((sources = visibleItem(window->contentItem(), QStringLiteral("draftSources"))));
        QTRY_VERIFY(onScreenIn(sources, QStringLiteral("tea notes.txt")));
        QCOMPARE(app->drafts()->title(), QStringLiteral("File summary: tea notes.txt"));
        QCOMPARE(app->drafts()->sources().size(), 1);
        QTRY_VERIFY(!app->drafts()->busy());
        QVERIFY(app->templates()->files()->rows().isEmpty()); // the form's files were handed over
    }

    // A picture for a model that reads text only: chat's refusal, said in
    // the form (which stays open); no draft, nothing sent, and for a
    // template that starts a chat, the conversation shown stays shown.
    void fileVariablePictureForATextOnlyModel_data()
    {
        QTest::addColumn<QString>("output");
        QTest::newRow("draft") << QStringLiteral("draft");
        QTest::newRow("conversation") << QStringLiteral("conversation");
    }

    void fileVariablePictureForATextOnlyModel()
    {
        QFETCH(QString, output);
        QTemporaryDir data;
        {
            // A conversation the window opens with.
            Inkwell::Database db;
            QVERIFY(!db.open(Inkwell::Database::defaultFilePath(data.path())).isError());
            Inkwell::Conversation c;
            c.title = QStringLiteral("Holiday plans");
            const qint64 id = Inkwell::ConversationRepository(db.db()).create(c).value;
            QVERIFY(id > 0);
            QVERIFY(!Inkwell::AppState(db.db())
                         .setValue(QStringLiteral("window/conversation"), QString::number(id))
                         .isError());
        }
        QQmlApplicationEngine engine;
        QQuickWindow *window = startApp(engine, data.path(), m_server.baseUrl(), QStringLiteral("deepseek-chat"));
        QVERIFY(window);
        Inkwell::AppController *app = appOf(engine);
        app->session()->keepUnsent(0, QStringLiteral("a thought"));
        const qint64 shown = app->session()->conversationId();
        QVERIFY(shown > 0);
        const QString key = app->templates()->save(
            QStringLiteral("---\nname: Describe a photo\noutput: %1\nvariables:\n  - name: photo\n    type: file\n"
                           "---\nDescribe {{photo}}.\n")
                .arg(output),
            {});
        QVERIFY(!key.isEmpty());
        QTest::keyClick(window, Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(window->activeFocusItem()->objectName(), QStringLiteral("templateSearch"));
        typeText(window, QStringLiteral("Describe a photo"));
        QQuickItem *grid = visibleItem(window->contentItem(), QStringLiteral("templateGrid"));
        QTRY_COMPARE(grid->property("count").toInt(), 1);
        QTest::keyClick(window, Qt::Key_Down);
        QTRY_VERIFY(grid->hasActiveFocus());
        QTest::keyClick(window, Qt::Key_Return);
        QQuickItem *field = nullptr;
        QTRY_VERIFY((field = visibleItem(window->contentItem(), QStringLiteral("fileField_photo"))));
        const int before = m_server.requests().size();
        QMetaObject::invokeMethod(
            field, "choose",
            Q_ARG(QVariant,
                  QVariant(QUrl::fromLocalFile(QStringLiteral(INKWELL_TEST_DATA "/attachments/images/alpha.png")))));
        QTRY_VERIFY(!app->templates()->files()->reading());
        QTRY_VERIFY(onScreenIn(field, QStringLiteral("alpha.png")));
        clickItem(window, visibleItem(window->contentItem(), QStringLiteral("generateButton")));
        QQuickItem *failure = nullptr;
        QTRY_VERIFY((failure = visibleItem(window->contentItem(), QStringLiteral("formFailure"))));
        QVERIFY2(failure->property("text").toString().startsWith(QStringLiteral("deepseek-chat does not take images.")),
                 qPrintable(failure->property("text").toString()));
        QVERIFY(visibleItem(window->contentItem(), QStringLiteral("fileField_photo"))); // still open
        QCOMPARE(app->drafts()->model()->rowCount(), 0);
        QCOMPARE(m_server.requests().size(), before);
        QCOMPARE(app->session()->conversationId(), shown);
        QCOMPARE(app->session()->unsentText(0), QStringLiteral("a thought"));
    }

    // A draft rewritten from the start is marked in the list while the model
    // writes, and Escape in its text stops the model, keeping what came.
    void escapeInTheTextStopsTheModel()
    {
        QStringList pieces;
        for (int i = 0; i < 200; ++i)
            pieces << QStringLiteral("Line %1 of a slow draft.\n\n").arg(i);
        m_server.setResponse(FakeServer::Response::sse(chatStream({QStringLiteral("# Short\n\nDone.\n")})));
        QTemporaryDir dir; // the other tests count the drafts in theirs
        QQmlApplicationEngine engine;
        QQuickWindow *window = startApp(engine, dir.path(), m_server.baseUrl(), QStringLiteral("writer"));
        QVERIFY(window);
        QTest::keyClick(window, Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(window->activeFocusItem()->objectName(), QStringLiteral("templateSearch"));
        QTest::keyClick(window, Qt::Key_Down);
        QTest::keyClick(window, Qt::Key_Return);
        QTRY_VERIFY(window->activeFocusItem()->objectName().startsWith(u"field_"));
        QTest::keyClick(window, Qt::Key_Return);
        QQuickItem *editor = nullptr;
        QTRY_VERIFY((editor = visibleItem(window->contentItem(), QStringLiteral("draftEditor"))));
        QTRY_COMPARE_WITH_TIMEOUT(editor->property("text").toString(), QStringLiteral("# Short\n\nDone.\n"), 10000);
        auto *drafts = appOf(engine)->drafts();
        QTRY_VERIFY(!drafts->busy());
        QVERIFY(!onScreen(window, QStringLiteral("●")));

        m_server.setResponse(FakeServer::Response::sse(chatStream(pieces), 64, 20));
        clickItem(window, visibleItem(window->contentItem(), QStringLiteral("regenerateDraft")));
        QTRY_VERIFY(drafts->busy());
        QTRY_VERIFY(onScreen(window, QStringLiteral("●"))); // in the list, beside the draft
        QTRY_VERIFY(editor->property("text").toString().contains(u"Line 2 "));
        clickItem(window, editor);
        QTRY_VERIFY(editor->hasActiveFocus());
        QTest::keyClick(window, Qt::Key_Escape);
        QTRY_VERIFY(!drafts->busy());
        QCOMPARE(drafts->status(), Inkwell::Chat::Status::Stopped);
        const QString kept = editor->property("text").toString();
        QVERIFY2(kept.contains(u"Line 2 ") && !kept.contains(u"Line 199 "), qPrintable(kept.right(80)));
        QTRY_VERIFY(!onScreen(window, QStringLiteral("●")));
    }

    void searchFindsDraftsInTheSidebar()
    {
        QQmlApplicationEngine engine;
        QQuickWindow *window = startApp(engine, m_dir.path(), m_server.baseUrl(), QStringLiteral("writer"));
        QVERIFY(window);
        QQuickItem *tabs = visibleItem(window->contentItem(), QStringLiteral("sidebarTabs"));
        QVERIFY(tabs);
        tabs->setProperty("currentIndex", 1);
        QQuickItem *list = nullptr;
        QTRY_VERIFY((list = visibleItem(window->contentItem(), QStringLiteral("draftList"))));
        QCOMPARE(list->property("count").toInt(), 1);
        QQuickItem *search = visibleItem(window->contentItem(), QStringLiteral("draftSearch"));
        search->setProperty("text", QStringLiteral("China"));
        QTRY_COMPARE(list->property("count").toInt(), 1);
        search->setProperty("text", QStringLiteral("coffee"));
        QTRY_COMPARE(list->property("count").toInt(), 0);
    }

    // A draft goes by its ⋯ menu and one question: Cancel keeps it, Delete
    // removes it from the list and the store. The open draft deleted, the
    // newest left opens; the last one deleted, the library shows (an editor
    // on no draft would take typing that is saved nowhere).
    void deleteDraftsWithTheMouse()
    {
        Inkwell::Database db;
        QVERIFY(!db.open(Inkwell::Database::defaultFilePath(m_dir.path())).isError());
        Inkwell::Draft older;
        older.title = QStringLiteral("旧稿");
        older.content = QStringLiteral("茶。");
        older.createdAt = older.updatedAt = 1'600'000'000'000;
        const qint64 olderId = Inkwell::DraftRepository(db.db()).create(older).value;
        QVERIFY(olderId > 0);
        const auto drafts = Inkwell::DraftRepository(db.db()).list().value;
        QCOMPARE(drafts.size(), qsizetype(2));
        const QString title = drafts.first().title; // the one the first test wrote

        QQmlApplicationEngine engine;
        QQuickWindow *window = startApp(engine, m_dir.path(), m_server.baseUrl(), QStringLiteral("writer"));
        QVERIFY(window);
        clickItem(window, visibleItem(window->contentItem(), QStringLiteral("draftsTab")));
        QQuickItem *list = nullptr;
        QTRY_VERIFY((list = visibleItem(window->contentItem(), QStringLiteral("draftList"))));
        QSignalSpy shown(window, &QQuickWindow::frameSwapped); // the list drawn, as a person sees it before clicking
        QVERIFY(shown.wait());
        QCOMPARE(list->property("count").toInt(), 2);

        const auto askToDelete = [&](const QString &which) {
            QQuickItem *row = nullptr;
            QTRY_VERIFY(
                (row = findVisible(list, [&](QQuickItem *i) { return i->property("text").toString() == which; })));
            clickItem(window, row); // open, it shows its ⋯ (hover does too, where the platform hovers)
            QQuickItem *more = nullptr;
            QTRY_VERIFY((more = findVisible(list, [](QQuickItem *i) {
                             return i->property("text").toString() == QStringLiteral("⋯");
                         })));
            clickItem(window, more);
            QQuickItem *remove = nullptr;
            QTRY_VERIFY((remove = itemWithText(window, QStringLiteral("Delete…"))));
            clickItem(window, remove);
            QTRY_VERIFY(onScreen(window, QStringLiteral("“%1” and its whole history will be deleted.").arg(which)));
        };
        askToDelete(title);
        if (QTest::currentTestFailed())
            return;
        clickItem(window, itemWithText(window, QStringLiteral("Cancel")));
        QTRY_VERIFY(!onScreen(window, QStringLiteral("its whole history will be deleted")));
        QCOMPARE(list->property("count").toInt(), 2);

        askToDelete(title);
        if (QTest::currentTestFailed())
            return;
        clickItem(window, visibleItem(window->contentItem(), QStringLiteral("confirmDeleteDraft")));
        QTRY_COMPARE(list->property("count").toInt(), 1);
        QCOMPARE(Inkwell::DraftRepository(db.db()).list().value.size(), qsizetype(1));
        auto *app = appOf(engine);
        QTRY_COMPARE(app->drafts()->currentId(), olderId);
        QCOMPARE(window->property("page").toString(), QStringLiteral("draft"));
        QTRY_VERIFY(onScreen(window, QStringLiteral("茶。")));

        askToDelete(QStringLiteral("旧稿"));
        if (QTest::currentTestFailed())
            return;
        clickItem(window, visibleItem(window->contentItem(), QStringLiteral("confirmDeleteDraft")));
        QTRY_COMPARE(list->property("count").toInt(), 0);
        QCOMPARE(app->drafts()->currentId(), qint64(0));
        QTRY_COMPARE(window->property("page").toString(), QStringLiteral("templates"));
        QVERIFY(!visibleItem(window->contentItem(), QStringLiteral("draftEditor")));
    }

    // What the form and the editor get from App.templates, member by member
    // (QML reads these by name; a member left unset would show as blank).
    void templatesGiveTypedRecords()
    {
        QTemporaryDir dir;
        Inkwell::Database db;
        QVERIFY(!db.open(Inkwell::Database::defaultFilePath(dir.path())).isError());
        Inkwell::TemplatesController templates(db.db());

        const Inkwell::TemplateInfo article = templates.info(QStringLiteral("builtin:article"));
        QCOMPARE(article.name, QStringLiteral("Article on a topic"));
        QCOMPARE(article.category, QStringLiteral("Writing"));
        QCOMPARE(article.output, QStringLiteral("draft"));
        QVERIFY(article.builtin);
        QVERIFY(article.source.startsWith(QStringLiteral("---\nname: Article on a topic")));
        QVERIFY(templates.info(QStringLiteral("no such key")).name.isEmpty());

        const QList<Inkwell::TemplateFormField> fields = templates.form(QStringLiteral("builtin:article"));
        QCOMPARE(fields.size(), 6);
        const Inkwell::TemplateFormField &words = fields[2];
        QCOMPARE(words.name, QStringLiteral("words"));
        QCOMPARE(words.type, QStringLiteral("number"));
        QCOMPARE(words.label, QStringLiteral("Length in words"));
        QCOMPARE(words.value, QStringLiteral("900"));
        QVERIFY(words.hasMin && words.hasMax);
        QCOMPARE(words.min, 200.0);
        QCOMPARE(words.max, 5000.0);
        QVERIFY(!fields[0].hasMin && !fields[0].hasMax); // text has no bounds
        const Inkwell::TemplateFormField &tone = fields[3];
        QCOMPARE(tone.choices.size(), 4);
        QCOMPARE(tone.valueIndex(), 0);
        Inkwell::TemplateFormField other = tone;
        other.value = QStringLiteral("formal");
        QCOMPARE(other.valueIndex(), 2);
        other.value = QStringLiteral("none of them");
        QCOMPARE(other.valueIndex(), 0);
        QVERIFY(!fields[5].required);

        // A text to work on is asked for only when none is selected.
        const QList<Inkwell::TemplateFormField> rewrite = templates.form(QStringLiteral("builtin:rewrite-tone"));
        QCOMPARE(rewrite.first().name, QStringLiteral("selection"));
        QCOMPARE(rewrite.first().type, QStringLiteral("multiline"));
        QVERIFY(rewrite.first().required);
        QCOMPARE(templates.form(QStringLiteral("builtin:rewrite-tone"), true).size(), rewrite.size() - 1);

        // One problem a field; none once every value fits.
        const QVariantMap bad {{QStringLiteral("topic"), QString()}, {QStringLiteral("words"), QStringLiteral("50")}};
        const QList<Inkwell::TemplateFieldProblem> problems
            = templates.validate(QStringLiteral("builtin:article"), bad);
        QCOMPARE(problems.size(), 2);
        QCOMPARE(problems[0].name, QStringLiteral("topic"));
        QCOMPARE(problems[0].message, QStringLiteral("“Topic” is required"));
        QCOMPARE(problems[1].name, QStringLiteral("words"));
        QVERIFY(
            templates.validate(QStringLiteral("builtin:article"), {{QStringLiteral("topic"), QStringLiteral("tea")}})
                .isEmpty());

        // The editor: where the file goes wrong, and the prompt it renders to.
        const QString skeleton = templates.skeleton();
        QVERIFY(templates.problems(skeleton).isEmpty());
        const Inkwell::TemplatePreview preview = templates.preview(skeleton);
        QCOMPARE(preview.system, QStringLiteral("You are a careful writer."));
        QVERIFY(preview.prompt.startsWith(QStringLiteral("Write about «Topic» in about 600 words.")));
        const QList<Inkwell::TemplateSourceProblem> broken = templates.problems(skeleton + QStringLiteral("{{x"));
        QCOMPARE(broken.size(), 1);
        QCOMPARE(broken[0].line, 19);
        QCOMPARE(broken[0].column, 1);
        QVERIFY(broken[0].message.contains(QStringLiteral("not closed")));
        QVERIFY(broken[0].text.startsWith(QStringLiteral("line 19, column 1: ")));
    }
};

QTEST_MAIN(TestStudio)
#include "tst_studio.moc"
