// SPDX-License-Identifier: GPL-3.0-or-later
// Theme, text size and language in the real window: they take effect at once,
// the language without a restart, and all three are kept for the next start.
#include "quickapp.h"
#include "store/conversationrepository.h"
#include "store/database.h"

#include <QQuickStyle>
#include <QTemporaryDir>
#include <QtQml/QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(InkwellPlugin)

using namespace Inkwell;

class TestAppearance : public QObject {
    Q_OBJECT

    static QColor windowColor(QQuickWindow *window) { return window->property("color").value<QColor>(); }

private Q_SLOTS:
    void cleanup() { VERIFY_NO_QML_WARNINGS(); }
    void cleanupTestCase() { VERIFY_NO_QML_WARNINGS(); }

    void initTestCase()
    {
        QQuickStyle::setStyle(QStringLiteral("Basic"));
        Appearance::applyLanguage(QLocale(QStringLiteral("en")));
    }

    void switchesAtOnceAndIsKept()
    {
        QTemporaryDir dir;
        {
            // One conversation from today: its heading is made in C++.
            Database db;
            QVERIFY(!db.open(Database::defaultFilePath(dir.path())).isError());
            Conversation today;
            today.title = QStringLiteral("Tea");
            QVERIFY(ConversationRepository(db.db()).create(today).ok());
        }
        {
            QQmlApplicationEngine engine;
            QQuickWindow *window = startApp(engine, dir.path(), {}, {});
            QVERIFY(window);
            Appearance *look = appOf(engine)->appearance();
            QCOMPARE(look->theme(), QStringLiteral("system"));

            look->setTheme(QStringLiteral("dark"));
            QTRY_VERIFY(windowColor(window).lightnessF() < 0.3);
            look->setTheme(QStringLiteral("light"));
            QTRY_VERIFY(windowColor(window).lightnessF() > 0.9);
            look->setTheme(QStringLiteral("dark"));

            // Ctrl+= and Ctrl+- from the keyboard; the window's font follows.
            QTest::keyClick(window, Qt::Key_Equal, Qt::ControlModifier);
            QTest::keyClick(window, Qt::Key_Equal, Qt::ControlModifier);
            QTRY_COMPARE(look->fontSize(), Appearance::kDefaultFontSize + 2);
            QTest::keyClick(window, Qt::Key_Minus, Qt::ControlModifier);
            QTRY_COMPARE(window->property("font").value<QFont>().pixelSize(), Appearance::kDefaultFontSize + 1);
            for (int i = 0; i < 40; ++i)
                look->changeFontSize(1);
            QCOMPARE(look->fontSize(), Appearance::kMaxFontSize); // bounded
            look->setFontSize(16);

            // Chinese at once, without a restart: qsTr texts and C++ ones.
            QVERIFY(onScreen(window, QStringLiteral("New chat")));
            QTRY_VERIFY(onScreen(window, QStringLiteral("Today")));
            look->setLanguage(QStringLiteral("zh_CN"));
            QTRY_VERIFY(onScreen(window, QStringLiteral("新对话")));
            QTRY_VERIFY(onScreen(window, QStringLiteral("今天")));
            QVERIFY(!onScreen(window, QStringLiteral("New chat")));
            QCOMPARE(QLocale().name(), QStringLiteral("zh_CN"));
        }
        // The next start: dark, 16 px, Chinese.
        QQmlApplicationEngine engine;
        QQuickWindow *window = startApp(engine, dir.path(), {}, {});
        QVERIFY(window);
        QTRY_VERIFY(windowColor(window).lightnessF() < 0.3);
        QCOMPARE(window->property("font").value<QFont>().pixelSize(), 16);
        QTRY_VERIFY(onScreen(window, QStringLiteral("新对话")));

        // Back to English for the tests after this one.
        appOf(engine)->appearance()->setLanguage(QStringLiteral("en"));
        QTRY_VERIFY(onScreen(window, QStringLiteral("New chat")));
    }
};

QTEST_MAIN(TestAppearance)
#include "tst_appearance.moc"
