// SPDX-License-Identifier: GPL-3.0-or-later
// What a new user found rough (issue 15), each done as the user did it, with
// the mouse and the keys on the real window: the parameter sliders dragged,
// the Servers dialog (adding, unsaved edits, test results, the saved key),
// Chinese everywhere (Qt's own strings too), every dialog at the largest text
// size in a small window, readable drop-down lists in light and dark, the
// export banner, draft versions and length, Ctrl+Q.
//
// INKWELL_SHOTS=DIR saves a picture of each state looked at into DIR.
#include "drafting/templatelibrary.h"
#include "fakeserver.h"
#include "openaichunks.h"
#include "providers/presets.h"
#include "quickapp.h"
#include "secrets/keystore.h"
#include "store/conversationrepository.h"
#include "store/database.h"
#include "store/messagerepository.h"
#include "windowdriving.h"

#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QQuickStyle>
#include <QSignalSpy>
#include <QStyleHints>
#include <QTemporaryDir>
#include <QtQml/QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(InkwellPlugin)

using namespace Inkwell;

namespace {

qint64 conversation(Database &db, const QString &title, qint64 at)
{
    ConversationRepository conversations(db.db());
    MessageRepository messages(db.db());
    Conversation c;
    c.title = title;
    c.createdAt = c.updatedAt = at;
    const qint64 id = conversations.create(c).value;
    Message q;
    q.conversationId = id;
    q.role = Chat::Role::User;
    q.content = title + QStringLiteral("?");
    const qint64 u = messages.insert(q).value;
    Message a = q;
    a.parentId = u;
    a.role = Chat::Role::Assistant;
    a.content = title + QStringLiteral(" answered.");
    if (conversations.setCurrentLeaf(id, messages.insert(a).value, at).isError())
        qFatal("the test's store refused a row");
    return id;
}

} // namespace

class TestPolish : public QObject {
    Q_OBJECT

    FakeServer m_server;

    // The conversation list's row with this title.
    static QQuickItem *row(QQuickWindow *window, const QString &title)
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
    void init() { Appearance::applyLanguage(QLocale(QStringLiteral("en"))); }
    void cleanup() { VERIFY_NO_QML_WARNINGS(); }
    void cleanupTestCase() { VERIFY_NO_QML_WARNINGS(); }

    void initTestCase()
    {
        QQuickStyle::setStyle(QStringLiteral("Basic"));
        QGuiApplication::setQuitOnLastWindowClosed(false); // Ctrl+Q closes a window, the test goes on
        QGuiApplication::styleHints()->setUseHoverEffects(true); // as on a desktop (offscreen says no)
        QVERIFY(m_server.listen());
    }

    // Item 5: a slider follows a 100-pixel drag of its handle (it moved by
    // 0.04 and stopped: every value written remade the list of rows, the
    // slider under the mouse too).
    void parameterSliderDrags()
    {
        QTemporaryDir dir;
        QQmlApplicationEngine engine;
        QQuickWindow *window = startApp(engine, dir.path(), m_server.baseUrl(), QStringLiteral("m"));
        QVERIFY(window);
        auto *params = appOf(engine)->parameters();
        params->setValue(QStringLiteral("temperature"), 1.2);

        CLICK(window, visibleItem(window->contentItem(), QStringLiteral("parametersButton")));
        QObject *panel = named(engine, QStringLiteral("parametersPanel"));
        QVERIFY(panel);
        QTRY_COMPARE(panel->property("position").toDouble(), 1.0);
        QQuickItem *slider = visibleItem(window->contentItem(), QStringLiteral("slider_temperature"));
        QVERIFY(slider);
        QCOMPARE(slider->property("value").toDouble(), 1.2);
        auto *handle = slider->property("handle").value<QQuickItem *>();
        QVERIFY(handle);
        // The handle's centre travels the groove less the handle's own width.
        const double perPixel = (slider->property("to").toDouble() - slider->property("from").toDouble())
            / (slider->property("availableWidth").toDouble() - handle->width());

        // Press on the handle, move right 100 pixels in ten steps, release.
        const QPoint from = centre(handle).toPoint();
        QTest::mousePress(window, Qt::LeftButton, {}, from);
        for (int step = 1; step <= 10; ++step) {
            QTest::mouseMove(window, from + QPoint(10 * step, step % 2)); // a hand is never quite level
            QCoreApplication::processEvents();
        }
        QTest::mouseRelease(window, Qt::LeftButton, {}, from + QPoint(100, 0));
        const double expected = 1.2 + 100 * perPixel;
        QVERIFY2(qAbs(params->params().temperature.value_or(0) - expected) < 0.03,
                 qPrintable(QStringLiteral("temperature %1, expected about %2")
                                .arg(params->params().temperature.value_or(0))
                                .arg(expected)));
        QTRY_COMPARE(
            visibleItem(window->contentItem(), QStringLiteral("field_temperature"))->property("text").toString(),
            QString::number(*params->params().temperature, 'f', 2));

        // And back to the left, past the start: it stops at 0.
        const QPoint now = centre(handle).toPoint();
        QTest::mousePress(window, Qt::LeftButton, {}, now);
        for (int step = 1; step <= 20; ++step)
            QTest::mouseMove(window, now - QPoint(30 * step, 0));
        QTest::mouseRelease(window, Qt::LeftButton, {}, now - QPoint(600, 0));
        QCOMPARE(params->params().temperature.value_or(-1), 0.0);

        // Nothing in the panel is cut short ("server defaul…").
        QQuickItem *origin = visibleItem(window->contentItem(), QStringLiteral("origin_top_p"));
        QVERIFY(origin);
        QVERIFY(origin->property("text").toString().startsWith(QStringLiteral("server default")));
        QQuickItem *cut
            = findVisible(popupItem(panel), [](QQuickItem *i) { return i->property("truncated").toBool(); });
        QVERIFY2(!cut, cut ? qPrintable(cut->property("text").toString()) : "");
        shoot(window, QStringLiteral("parameters"));
    }

    // Item 11: Settings → Servers.
    void serversDialog()
    {
        QTemporaryDir dir;
        QQmlApplicationEngine engine;
        QQuickWindow *window = startApp(engine, dir.path(), {}, {});
        QVERIFY(window);
        window->resize(900, 600);
        // Two servers: one with a key (on a port where nothing answers), one without.
        auto *profiles = appOf(engine)->profiles();
        ProfileFields server = profiles->blank(QStringLiteral("custom"));
        server.name = QStringLiteral("Keyed");
        server.baseUrl = QStringLiteral("http://127.0.0.1:1");
        const qint64 keyed = profiles->save(server, QStringLiteral("sk-test"), true);
        server.name = QStringLiteral("Keyless");
        server.baseUrl = m_server.baseUrl();
        const qint64 keyless = profiles->save(server, {}, false);
        QVERIFY(keyed > 0 && keyless > 0);
        profiles->activate(keyed);

        // All of it at the largest text size, where the dialog has to scroll.
        for (int i = 0; i < 12; ++i)
            QTest::keyClick(window, Qt::Key_Equal, Qt::ControlModifier);
        QTRY_COMPARE(appOf(engine)->appearance()->fontSize(), Appearance::kMaxFontSize);

        QTest::keyClick(window, Qt::Key_Comma, Qt::ControlModifier);
        QObject *dialog = named(engine, QStringLiteral("profilesDialog"));
        QVERIFY(dialog && opened(dialog));
        QQuickItem *box = popupItem(dialog);
        auto field = [&](const QString &name) { return visibleItem(box, name); };
        auto listRow = [&](const QString &name) {
            return findVisible(visibleItem(box, QStringLiteral("profileList")), [&name](QQuickItem *i) {
                return i->inherits("QQuickItemDelegate") && i->property("name") == name;
            });
        };

        // The saved key: "Remove the saved key" only where one was saved.
        QTRY_VERIFY(field(QStringLiteral("clearKey")));
        CLICK(window, listRow(QStringLiteral("Keyless")));
        QTRY_COMPARE(field(QStringLiteral("profileName"))->property("text").toString(), QStringLiteral("Keyless"));
        QTRY_VERIFY(profiles->keyProfileId() == keyless);
        QVERIFY(!field(QStringLiteral("clearKey")));
        QVERIFY(field(QStringLiteral("apiKey"))
                    ->property("placeholderText")
                    .toString()
                    .startsWith(QStringLiteral("None saved")));

        // A test's outcome stays with its profile.
        CLICK(window, listRow(QStringLiteral("Keyed")));
        QTRY_COMPARE(field(QStringLiteral("profileName"))->property("text").toString(), QStringLiteral("Keyed"));
        QVERIFY(scrollTo(window, field(QStringLiteral("testButton"))));
        CLICK(window, field(QStringLiteral("testButton")));
        QTRY_VERIFY(!profiles->testing() && !profiles->testMessage().isEmpty());
        QVERIFY(!profiles->testOk());
        QVERIFY(!field(QStringLiteral("testResult"))->property("text").toString().isEmpty());
        CLICK(window, listRow(QStringLiteral("Keyless")));
        QTRY_COMPARE(field(QStringLiteral("profileName"))->property("text").toString(), QStringLiteral("Keyless"));
        QCOMPARE(field(QStringLiteral("testResult"))->property("text").toString(), QString());

        // "Add a server…": every service in the dialog, the last one reached by scrolling.
        CLICK(window, field(QStringLiteral("addServerButton")));
        QQuickItem *services = nullptr;
        QTRY_VERIFY((services = field(QStringLiteral("serviceList"))));
        QTRY_VERIFY2(sceneRect(box).contains(sceneRect(services)), "the service list spills out of the dialog");
        QCOMPARE(services->property("count").toInt(), int(Preset::all().size()));
        shoot(window, QStringLiteral("servers-add"));
        QVERIFY2(services->property("contentHeight").toDouble() > services->height(),
                 "the list was expected not to fit");
        QQuickItem *last = scrollToText(window, services, QStringLiteral("OpenAI-compatible"));
        QVERIFY2(last, "the last service never scrolls into view");
        shoot(window, QStringLiteral("servers-add-end"));

        // Edits are not dropped without asking: Cancel keeps them, Discard drops them.
        QTest::keyClick(window, Qt::Key_Escape); // back to the profiles, the dialog stays
        QTRY_VERIFY(!services->isVisible());
        QVERIFY(dialog->property("visible").toBool());
        QQuickItem *name = field(QStringLiteral("profileName"));
        QVERIFY(scrollTo(window, name));
        CLICK(window, name);
        QTest::keyClick(window, Qt::Key_End);
        typeText(window, QStringLiteral(" two"));
        QCOMPARE(name->property("text").toString(), QStringLiteral("Keyless two"));
        CLICK(window, field(QStringLiteral("addServerButton")));
        QTRY_VERIFY(services->isVisible());
        // By the keyboard this time: the list has the focus, Down to Ollama, Enter.
        QTRY_VERIFY(services->hasActiveFocus());
        while (services->property("currentItem").value<QQuickItem *>()->property("text").toString() != u"Ollama") {
            QTest::keyClick(window, Qt::Key_Down);
            QVERIFY(services->property("currentIndex").toInt() < services->property("count").toInt() - 1);
        }
        QTest::keyClick(window, Qt::Key_Return);
        QObject *ask = named(engine, QStringLiteral("unsavedDialog"));
        QVERIFY(ask && opened(ask));
        shoot(window, QStringLiteral("servers-unsaved"));
        CLICK(window, visibleItem(popupItem(ask), QStringLiteral("unsavedCancel")));
        QTRY_VERIFY(!ask->property("visible").toBool());
        QCOMPARE(name->property("text").toString(), QStringLiteral("Keyless two"));
        QTest::keyClick(window, Qt::Key_Escape); // Escape asks too, and does not close
        QVERIFY(opened(ask));
        QVERIFY(dialog->property("visible").toBool());
        CLICK(window, visibleItem(popupItem(ask), QStringLiteral("unsavedDiscard")));
        QTRY_VERIFY(!dialog->property("visible").toBool());
        QCOMPARE(profiles->fields(keyless).name, QStringLiteral("Keyless"));

        // Save keeps them, then goes where the user was going.
        QTest::keyClick(window, Qt::Key_Comma, Qt::ControlModifier);
        QVERIFY(opened(dialog));
        QTRY_COMPARE(field(QStringLiteral("profileName"))->property("text").toString(), QStringLiteral("Keyed"));
        name = field(QStringLiteral("profileName"));
        QVERIFY(scrollTo(window, name));
        CLICK(window, name);
        QTest::keyClick(window, Qt::Key_End);
        typeText(window, QStringLiteral(" one"));
        CLICK(window, listRow(QStringLiteral("Keyless")));
        QVERIFY(opened(ask));
        CLICK(window, visibleItem(popupItem(ask), QStringLiteral("unsavedSave")));
        QTRY_COMPARE(field(QStringLiteral("profileName"))->property("text").toString(), QStringLiteral("Keyless"));
        QCOMPARE(profiles->fields(keyed).name, QStringLiteral("Keyed one"));

        // Prose in the dialog wraps between words (a URL may still break anywhere).
        QQuickItem *anywhere = findVisible(box, [](QQuickItem *i) {
            return i->property("wrapMode").toInt() == 3 /* WrapAnywhere */
                && i->property("text").toString().contains(u' ');
        });
        QVERIFY2(!anywhere, anywhere ? qPrintable(anywhere->property("text").toString()) : "");

        // Nothing unsaved: Escape puts the services away, a second one closes the dialog.
        CLICK(window, field(QStringLiteral("addServerButton")));
        QTRY_VERIFY(services->isVisible());
        QTest::keyClick(window, Qt::Key_Escape);
        QTRY_VERIFY(!services->isVisible());
        QVERIFY(dialog->property("visible").toBool());
        QTest::keyClick(window, Qt::Key_Escape);
        QTRY_VERIFY(!dialog->property("visible").toBool());

        // A test's outcome goes when the address is edited: it said nothing
        // about the new one (it stayed, red, beside the new address).
        QTest::keyClick(window, Qt::Key_Comma, Qt::ControlModifier);
        QTRY_VERIFY(opened(dialog));
        QVERIFY(scrollTo(window, field(QStringLiteral("testButton"))));
        CLICK(window, field(QStringLiteral("testButton")));
        QTRY_VERIFY(!profiles->testing() && !profiles->testMessage().isEmpty());
        QQuickItem *url = field(QStringLiteral("baseUrl"));
        QVERIFY(scrollTo(window, url));
        CLICK(window, url);
        QTest::keyClick(window, Qt::Key_End);
        typeText(window, QStringLiteral("9"));
        QTRY_VERIFY(profiles->testMessage().isEmpty());
        QTest::keyClick(window, Qt::Key_Escape);
        QTRY_VERIFY(opened(ask));
        CLICK(window, visibleItem(popupItem(ask), QStringLiteral("unsavedDiscard")));
        QTRY_VERIFY(!dialog->property("visible").toBool());

        // A new server starts at the top of the form, scrolled or not before,
        // and its typed address stays when the service is changed.
        QTest::keyClick(window, Qt::Key_Comma, Qt::ControlModifier);
        QTRY_VERIFY(opened(dialog));
        QVERIFY(scrollTo(window, field(QStringLiteral("testButton"))));
        CLICK(window, field(QStringLiteral("addServerButton")));
        QTRY_VERIFY(services->isVisible());
        QTRY_VERIFY(services->hasActiveFocus());
        QTest::keyClick(window, Qt::Key_Return);
        QTRY_VERIFY(!services->isVisible());
        QQuickItem *serviceBox = nullptr;
        QTRY_VERIFY((serviceBox = field(QStringLiteral("serviceBox"))));
        QTRY_VERIFY2(sceneRect(box).contains(sceneRect(serviceBox)), "the new server's form opened scrolled down");
        url = field(QStringLiteral("baseUrl"));
        QVERIFY(scrollTo(window, url));
        CLICK(window, url);
        QTest::keyClick(window, Qt::Key_A, Qt::ControlModifier);
        typeText(window, QStringLiteral("http://127.0.0.1:9"));
        QCOMPARE(url->property("text").toString(), QStringLiteral("http://127.0.0.1:9"));
        const int other = (serviceBox->property("currentIndex").toInt() + 1) % serviceBox->property("count").toInt();
        serviceBox->setProperty("currentIndex", other); // what choosing it in the list does, then:
        QMetaObject::invokeMethod(serviceBox, "activated", Q_ARG(int, other));
        QCOMPARE(url->property("text").toString(), QStringLiteral("http://127.0.0.1:9"));
        QTest::keyClick(window, Qt::Key_Escape);
        QTRY_VERIFY(opened(ask));
        CLICK(window, visibleItem(popupItem(ask), QStringLiteral("unsavedDiscard")));
        QTRY_VERIFY(!dialog->property("visible").toBool());
    }

    // Item 12: Chinese, switched in the window, reaches C++ texts, Close and
    // Cancel, the language list and Qt's own dialogs.
    void chineseEverywhere()
    {
        QTemporaryDir dir;
        {
            Database db; // a conversation, to export
            QVERIFY(!db.open(Database::defaultFilePath(dir.path())).isError());
            conversation(db, QStringLiteral("Tea"), 1'700'000'000'000);
        }
        QQmlApplicationEngine engine;
        QQuickWindow *window = startApp(engine, dir.path(), m_server.baseUrl(), QStringLiteral("m"));
        QVERIFY(window);
        auto *app = appOf(engine);

        // The parameter panel once in English, so that its texts were made.
        CLICK(window, visibleItem(window->contentItem(), QStringLiteral("parametersButton")));
        QTRY_VERIFY(onScreen(window, QStringLiteral("Randomness: low is focused")));
        QTest::keyClick(window, Qt::Key_Escape);
        QTRY_VERIFY(!onScreen(window, QStringLiteral("Randomness: low is focused")));

        ProfileFields server = app->profiles()->blank(QStringLiteral("custom")); // a stored server, for its list
        server.name = QStringLiteral("Tea server");
        server.baseUrl = m_server.baseUrl();
        server.model = QStringLiteral("m");
        QVERIFY(app->profiles()->save(server, {}, false) > 0);
        // A later start's hand-over: the header names the command line's server.
        app->server()->useServer(m_server.baseUrl(), QStringLiteral("m"), {});
        QTRY_VERIFY(onScreen(window, QStringLiteral("Command line")));

        // Aa → Language → 简体中文, with the mouse.
        CLICK(window, visibleItem(window->contentItem(), QStringLiteral("appearanceButton")));
        QQuickItem *languages = nullptr;
        QTRY_VERIFY((languages = visibleItem(window->contentItem(), QStringLiteral("languageBox"))));
        CLICK(window, languages);
        QObject *list = languages->property("popup").value<QObject *>();
        QVERIFY(list && opened(list));
        CLICK(window, textItem(popupItem(list), QStringLiteral("简体中文")));
        QTRY_COMPARE(app->appearance()->language(), QStringLiteral("zh_CN"));
        QTRY_COMPARE(languages->property("displayText").toString(), QStringLiteral("简体中文"));
        QCOMPARE(app->appearance()->languages()->rows().first().name, QStringLiteral("跟随系统"));
        QTest::keyClick(window, Qt::Key_Escape);
        // The command line's server in the header is named in Chinese too.
        QTRY_VERIFY(onScreen(window, QStringLiteral("命令行")));
        QVERIFY(!onScreen(window, QStringLiteral("Command line")));

        // Qt's own catalogues are loaded too (the dialogs' buttons; Qt Quick's file dialog).
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("取消"));
        QCOMPARE(QCoreApplication::translate("FileDialog", "File name"), QStringLiteral("文件名"));
        QCOMPARE(QCoreApplication::translate("FileDialog", "Filter"), QStringLiteral("筛选"));

        // Qt Quick's own file dialog (Import → Files…), in Chinese too.
        CLICK(window, visibleItem(window->contentItem(), QStringLiteral("importButton")));
        QObject *chooser = named(engine, QStringLiteral("importChooser"));
        QVERIFY(chooser && opened(chooser));
        CLICK(window, findVisible(popupItem(chooser), [](QQuickItem *i) { return i->inherits("QQuickMenuItem"); }));
        QTRY_VERIFY(onScreen(window, QStringLiteral("筛选"))); // Filter (File name shows when saving)
        QVERIFY(button(window->contentItem(), QStringLiteral("打开"))); // Open
        QVERIFY(button(window->contentItem(), QStringLiteral("取消"))); // Cancel
        QVERIFY(!onScreen(window, QStringLiteral("Filter")));
        shoot(window, QStringLiteral("zh-filedialog"));
        QTest::keyClick(window, Qt::Key_Escape);
        QTRY_VERIFY(!onScreen(window, QStringLiteral("筛选")));

        // Parameter help, made in C++, follows.
        CLICK(window, visibleItem(window->contentItem(), QStringLiteral("parametersButton")));
        QTRY_VERIFY(onScreen(window, QStringLiteral("随机程度")));
        QVERIFY(!onScreen(window, QStringLiteral("Randomness")));
        QTest::keyClick(window, Qt::Key_Escape);

        // So do the servers' service names, in the list and the form.
        QTest::keyClick(window, Qt::Key_Comma, Qt::ControlModifier);
        QObject *servers = named(engine, QStringLiteral("profilesDialog"));
        QVERIFY(servers && opened(servers));
        QTRY_VERIFY(onScreen(window, QStringLiteral("OpenAI 兼容 · m")));
        QVERIFY(!onScreen(window, QStringLiteral("OpenAI-compatible")));
        QTest::keyClick(window, Qt::Key_Escape);
        QTRY_VERIFY(!servers->property("visible").toBool());

        // Close in the shortcut sheet.
        QTest::keyClick(window, Qt::Key_F1);
        QObject *sheet = named(engine, QStringLiteral("shortcutsDialog"));
        QVERIFY(sheet && opened(sheet));
        QVERIFY(button(popupItem(sheet), QStringLiteral("关闭")));
        QVERIFY(!button(popupItem(sheet), QStringLiteral("Close")));
        QTest::keyClick(window, Qt::Key_Escape);
        QTRY_VERIFY(!sheet->property("visible").toBool());

        // The export dialog's two buttons.
        CLICK(window, visibleItem(window->contentItem(), QStringLiteral("exportButton")));
        QObject *exporting = named(engine, QStringLiteral("exportDialog"));
        QVERIFY(exporting && opened(exporting));
        QVERIFY(button(popupItem(exporting), QStringLiteral("选择位置…")));
        QVERIFY(button(popupItem(exporting), QStringLiteral("取消")));
        shoot(window, QStringLiteral("zh-export"));
        QTest::keyClick(window, Qt::Key_Escape);

        // Back to English, at once.
        app->appearance()->setLanguage(QStringLiteral("en"));
        QTRY_COMPARE(languages->property("displayText").toString(), QStringLiteral("English"));
        QCOMPARE(app->appearance()->languages()->rows().first().name, QStringLiteral("As the system"));
        QTest::keyClick(window, Qt::Key_F1);
        QVERIFY(opened(sheet));
        QVERIFY(button(popupItem(sheet), QStringLiteral("Close")));
        QTest::keyClick(window, Qt::Key_Escape);
    }

    // Item 13: at the largest text size, in a 900×600 window, every dialog
    // fits, and what does not fit scrolls (the shortcut sheet's last row
    // reachable above Close).
    void dialogsFitAtTheLargestText()
    {
        QTemporaryDir dir;
        {
            Database db; // a conversation, to export
            QVERIFY(!db.open(Database::defaultFilePath(dir.path())).isError());
            conversation(db, QStringLiteral("Tea"), 1'700'000'000'000);
        }
        QQmlApplicationEngine engine;
        QQuickWindow *window = startApp(engine, dir.path(), m_server.baseUrl(), QStringLiteral("m"));
        QVERIFY(window);
        window->resize(900, 600);
        QTRY_COMPARE(window->height(), 600);
        for (int i = 0; i < 12; ++i)
            QTest::keyClick(window, Qt::Key_Equal, Qt::ControlModifier);
        QTRY_COMPARE(appOf(engine)->appearance()->fontSize(), Appearance::kMaxFontSize);
        const QRectF screen(0, 0, window->width(), window->height());
        auto fits = [&](QObject *popup, const char *what) {
            QVERIFY2(popup && opened(popup), what);
            const QRectF r = sceneRect(popupItem(popup));
            QVERIFY2(screen.contains(r),
                     qPrintable(QStringLiteral("%1 at %2,%3 %4×%5 is not inside the window")
                                    .arg(QLatin1String(what))
                                    .arg(r.x())
                                    .arg(r.y())
                                    .arg(r.width())
                                    .arg(r.height())));
        };

        // F1: the sheet scrolls; at its end the last row is above Close, not under it.
        QTest::keyClick(window, Qt::Key_F1);
        QObject *sheet = named(engine, QStringLiteral("shortcutsDialog"));
        fits(sheet, "shortcuts");
        shoot(window, QStringLiteral("shortcuts-24"));
        QQuickItem *scroll = visibleItem(popupItem(sheet), QStringLiteral("shortcutScroll"));
        QQuickItem *close = visibleItem(popupItem(sheet), QStringLiteral("closeShortcuts"));
        QVERIFY(scroll && close);
        QQuickItem *lastRow = findVisible(
            scroll, [](QQuickItem *item) { return item->property("text").toString() == u"Quit Inkwell"; });
        QVERIFY(lastRow);
        QVERIFY2(!sceneRect(scroll).contains(sceneRect(lastRow)), "the sheet was expected not to fit at this size");
        QVERIFY2(scrollTo(window, lastRow), "the last row never scrolls into view");
        QVERIFY(sceneRect(lastRow).bottom() <= sceneRect(close).top());
        shoot(window, QStringLiteral("shortcuts-24-end"));
        CLICK(window, close);
        QTRY_VERIFY(!sheet->property("visible").toBool());

        QTest::keyClick(window, Qt::Key_Comma, Qt::ControlModifier);
        QObject *servers = named(engine, QStringLiteral("profilesDialog"));
        fits(servers, "servers");
        QQuickItem *save = visibleItem(popupItem(servers), QStringLiteral("saveButton"));
        QVERIFY(save && sceneRect(popupItem(servers)).contains(sceneRect(save)));
        // No field runs past the dialog's right edge (they stack under their labels instead).
        const qreal right = sceneRect(popupItem(servers)).right();
        auto tooWide = [&] {
            return findVisible(popupItem(servers), [right](QQuickItem *i) {
                return i->inherits("QQuickControl") && sceneRect(i).right() > right + 0.5;
            });
        };
        QTRY_VERIFY2(!tooWide(),
                     tooWide() ? qPrintable(tooWide()->objectName() + u' ' + tooWide()->property("text").toString())
                               : "");
        shoot(window, QStringLiteral("servers-24"));
        CLICK(window, visibleItem(popupItem(servers), QStringLiteral("closeButton")));
        QTRY_VERIFY(!servers->property("visible").toBool());

        CLICK(window, visibleItem(window->contentItem(), QStringLiteral("exportButton")));
        QObject *exporting = named(engine, QStringLiteral("exportDialog"));
        fits(exporting, "export");
        shoot(window, QStringLiteral("export-24"));
        QTest::keyClick(window, Qt::Key_Escape);
        QTRY_VERIFY(!exporting->property("visible").toBool());

        QTest::keyClick(window, Qt::Key_K, Qt::ControlModifier);
        QObject *search = named(engine, QStringLiteral("searchDialog"));
        fits(search, "search");
        QTest::keyClick(window, Qt::Key_Escape);
        QTRY_VERIFY(!search->property("visible").toBool());

        CLICK(window, visibleItem(window->contentItem(), QStringLiteral("appearanceButton")));
        QQuickItem *panel = nullptr;
        QTRY_VERIFY((panel = visibleItem(window->contentItem(), QStringLiteral("appearancePanel"))));
        QVERIFY(screen.contains(sceneRect(panel)));
        shoot(window, QStringLiteral("appearance-24"));
        QTest::keyClick(window, Qt::Key_Escape);

        // A template's form (Ctrl+Shift+T, Down, Enter).
        QTest::keyClick(window, Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(window->activeFocusItem()->objectName(), QStringLiteral("templateSearch"));
        QTest::keyClick(window, Qt::Key_Down);
        QTest::keyClick(window, Qt::Key_Return);
        QObject *form = named(engine, QStringLiteral("templateForm"));
        fits(form, "template form");
        shoot(window, QStringLiteral("template-form-24"));
        QTest::keyClick(window, Qt::Key_Escape);
        QTRY_VERIFY(!form->property("visible").toBool());
        QTest::keyClick(window, Qt::Key_N, Qt::ControlModifier); // back to a chat

        CLICK(window, visibleItem(window->contentItem(), QStringLiteral("parametersButton")));
        QObject *parameters = named(engine, QStringLiteral("parametersPanel"));
        fits(parameters, "parameters");
        shoot(window, QStringLiteral("parameters-24"));
        QTest::keyClick(window, Qt::Key_Escape);
    }

    // Item 14: drop-down lists readable in light and dark, the tooltip off
    // the Aa popup, a disabled Send that looks it.
    void listsAndButtonsReadable()
    {
        QTemporaryDir dir;
        QQmlApplicationEngine engine;
        QQuickWindow *window = startApp(engine, dir.path(), m_server.baseUrl(), QStringLiteral("m"));
        QVERIFY(window);
        auto *look = appOf(engine)->appearance();

        // Hovered, Aa shows its tip; pressed, the tip goes and stays away.
        QQuickItem *aa = visibleItem(window->contentItem(), QStringLiteral("appearanceButton"));
        QTest::mouseMove(window, centre(aa).toPoint());
        QTRY_VERIFY(onScreen(window, QStringLiteral("Theme, text size and language")));
        CLICK(window, aa);
        QQuickItem *languages = nullptr;
        QTRY_VERIFY((languages = visibleItem(window->contentItem(), QStringLiteral("languageBox"))));
        // Put away by the press, not merely not shown yet: still hovered, it stays away.
        QVERIFY(aa->property("tipDismissed").toBool());
        QTRY_VERIFY(!onScreen(window, QStringLiteral("Theme, text size and language")));

        for (const QString &theme : {QStringLiteral("light"), QStringLiteral("dark")}) {
            look->setTheme(theme);
            const QColor window_ = window->property("color").value<QColor>();
            CLICK(window, languages);
            QObject *list = languages->property("popup").value<QObject *>();
            QVERIFY(list && opened(list));
            // The current row is highlighted when the list opens: its text on its background.
            QQuickItem *current = findVisible(popupItem(list), [](QQuickItem *i) {
                return i->inherits("QQuickItemDelegate") && i->property("highlighted").toBool();
            });
            QVERIFY(current);
            const QColor text
                = current->property("contentItem").value<QQuickItem *>()->property("color").value<QColor>();
            const QColor under
                = current->property("background").value<QQuickItem *>()->property("color").value<QColor>();
            QVERIFY2(contrast(text, under) >= 4.5,
                     qPrintable(QStringLiteral("%1: %2 on %3").arg(theme, text.name(), under.name())));
            // And the row is of the theme: no light bar in a dark list.
            QVERIFY2(qAbs(under.lightnessF() - window_.lightnessF()) < 0.3,
                     qPrintable(theme + u": row " + under.name()));
            // The list itself in the theme's colours.
            const QColor listBackground
                = list->property("background").value<QQuickItem *>()->property("color").value<QColor>();
            QVERIFY2(qAbs(listBackground.lightnessF() - window_.lightnessF()) < 0.15,
                     qPrintable(theme + u": " + listBackground.name()));
            shoot(window, u"list-" + theme);
            QTest::keyClick(window, Qt::Key_Escape);
            QTRY_VERIFY(!list->property("visible").toBool());
        }
        QTest::keyClick(window, Qt::Key_Escape);

        // Dark: an empty message's Send is grey, not a dimmed blue; typed, it is blue.
        QQuickItem *send = button(window->contentItem(), QStringLiteral("Send"));
        QVERIFY(send && !send->isEnabled());
        auto fill
            = [send] { return send->property("background").value<QQuickItem *>()->property("color").value<QColor>(); };
        QVERIFY2(fill().hslSaturationF() < 0.3, qPrintable(fill().name()));
        const QColor label = send->property("contentItem").value<QQuickItem *>()->property("color").value<QColor>();
        QVERIFY(contrast(label, window->property("color").value<QColor>()) < 4.5); // muted, not white
        shoot(window, QStringLiteral("dark-send-disabled"));
        CLICK(window, visibleItem(window->contentItem(), QStringLiteral("composerInput")));
        typeText(window, QStringLiteral("hi"));
        QTRY_VERIFY(send->isEnabled());
        QVERIFY(fill().hslSaturationF() > 0.5);
    }

    // Item 15: the export banner stays with its conversation.
    void exportBannerStaysWhereItWasMade()
    {
        QTemporaryDir dir;
        qint64 first = 0;
        {
            Database db;
            QVERIFY(!db.open(Database::defaultFilePath(dir.path())).isError());
            first = conversation(db, QStringLiteral("Alpha"), 1'700'000'000'000);
            conversation(db, QStringLiteral("Beta"), 1'700'000'001'000);
        }
        QQmlApplicationEngine engine;
        QQuickWindow *window = startApp(engine, dir.path(), m_server.baseUrl(), QStringLiteral("m"));
        QVERIFY(window);
        auto *app = appOf(engine);
        QQuickItem *alpha = nullptr;
        QTRY_VERIFY((alpha = row(window, QStringLiteral("Alpha"))));
        CLICK(window, alpha);
        QTRY_COMPARE(app->session()->conversationId(), first);
        app->exchange()->exportConversations({first}, QStringLiteral("md"),
                                             QUrl::fromLocalFile(dir.filePath(QStringLiteral("a.md"))), false);
        QTRY_VERIFY(!app->exchange()->busy() && app->exchange()->status().startsWith(QStringLiteral("Exported")));
        QTRY_VERIFY(onScreen(window, app->exchange()->status()));

        CLICK(window, row(window, QStringLiteral("Beta")));
        QTRY_VERIFY(app->session()->conversationId() != first);
        QTRY_VERIFY(!onScreen(window, QStringLiteral("Exported")));
        QVERIFY(app->exchange()->status().isEmpty());
    }

    // Item 15: a template's length is the draft's target; Save version says
    // what it did; Ctrl+Q quits and is on the sheet.
    void draftsAndQuit()
    {
        QTemporaryDir dir;
        {
            Database db;
            QVERIFY(!db.open(Database::defaultFilePath(dir.path())).isError());
            const auto saved = TemplateLibrary(db.db()).save(QStringLiteral(
                "---\nname: Speech\noutput: draft\nvariables:\n  - name: topic\n    type: text\n    default: tea\n"
                "  - name: length\n    type: number\n    default: \"1200\"\n---\nA speech of {{length}} words on "
                "{{topic}}.\n"));
            QVERIFY2(saved.ok(), qPrintable(saved.error.message));
        }
        m_server.setResponse(
            FakeServer::Response::sse(chatStream({QStringLiteral("Friends, "), QStringLiteral("tea.")})));
        QQmlApplicationEngine engine;
        QQuickWindow *window = startApp(engine, dir.path(), m_server.baseUrl(), QStringLiteral("m"));
        QVERIFY(window);
        auto *drafts = appOf(engine)->drafts();

        // The library, the template, its form, Enter: the draft aims at 1200 words.
        QTest::keyClick(window, Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(window->activeFocusItem()->objectName(), QStringLiteral("templateSearch"));
        typeText(window, QStringLiteral("speech"));
        QQuickItem *grid = visibleItem(window->contentItem(), QStringLiteral("templateGrid"));
        QTRY_COMPARE(grid->property("count").toInt(), 1);
        QTest::keyClick(window, Qt::Key_Down);
        QTRY_VERIFY(grid->hasActiveFocus());
        QTest::keyClick(window, Qt::Key_Return);
        QTRY_COMPARE(window->activeFocusItem()->objectName(), QStringLiteral("field_topic"));
        QTest::keyClick(window, Qt::Key_Return);
        QQuickItem *editor = nullptr;
        QTRY_VERIFY((editor = visibleItem(window->contentItem(), QStringLiteral("draftEditor"))));
        QTRY_COMPARE(editor->property("text").toString(), QStringLiteral("Friends, tea."));
        QTRY_VERIFY(!drafts->busy());
        QCOMPARE(drafts->targetWords(), 1200);
        QCOMPARE(visibleItem(window->contentItem(), QStringLiteral("draftTarget"))->property("text").toString(),
                 QStringLiteral("1200"));
        QVERIFY(visibleItem(window->contentItem(), QStringLiteral("draftCounts"))
                    ->property("text")
                    .toString()
                    .contains(QStringLiteral("/ 1200")));

        // Ctrl+S right away: the text is the generated version already.
        const int generated = int(drafts->versions()->rowCount());
        QVERIFY(generated >= 1);
        QTest::keyClick(window, Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY(onScreen(window, QStringLiteral("No changes since version %1").arg(generated)));
        QCOMPARE(drafts->versions()->rowCount(), generated);
        // Typed, then Save version with the mouse: a new version, and its number.
        editor->forceActiveFocus();
        QTest::keyClick(window, Qt::Key_End, Qt::ControlModifier);
        typeText(window, QStringLiteral(" Thanks."));
        CLICK(window, button(window->contentItem(), QStringLiteral("Save version")));
        QTRY_VERIFY(onScreen(window, QStringLiteral("Saved as version %1").arg(generated + 1)));
        QCOMPARE(drafts->versions()->rowCount(), generated + 1);
        QCOMPARE(drafts->versions()->rows().first().number, generated + 1);
        shoot(window, QStringLiteral("draft-saved"));

        // F1 lists Ctrl+Q; Ctrl+Q closes the window.
        QTest::keyClick(window, Qt::Key_F1);
        QObject *sheet = named(engine, QStringLiteral("shortcutsDialog"));
        QVERIFY(sheet && opened(sheet));
        QVERIFY(textItem(popupItem(sheet), QStringLiteral("Ctrl+Q")));
        QTest::keyClick(window, Qt::Key_Escape);
        QTRY_VERIFY(!sheet->property("visible").toBool());
        QTest::keyClick(window, Qt::Key_Q, Qt::ControlModifier);
        QTRY_VERIFY(!window->isVisible());
    }
};

QTEST_MAIN(TestPolish)
#include "tst_polish.moc"
