// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Driving the real app headless: start it as `inkwell` does, find items on
// screen, type.
#include "appcontroller.h"

#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QTest>

// A QML warning at run time (a TypeError, a binding loop, a missing
// property) is a bug: every test that starts the app fails on one. The
// handler records them and passes every message on to Qt Test's own.
inline QStringList &qmlWarnings()
{
    static QStringList seen;
    return seen;
}

inline bool isQmlWarning(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtWarningMsg && type != QtCriticalMsg)
        return false;
    const QLatin1String category(context.category ? context.category : "");
    static const QRegularExpression fromQml(QStringLiteral(R"(\.qml(:\d+){0,2}:|^QML |^QQml|[Bb]inding loop)"));
    return category == u"qml" || category == u"js" || category.startsWith(u"qt.qml")
        || fromQml.match(message).hasMatch();
}

inline void watchQmlWarnings()
{
    static QtMessageHandler previous = nullptr;
    static bool installed = false;
    if (installed)
        return;
    installed = true;
    previous = qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &context, const QString &message) {
        if (isQmlWarning(type, context, message))
            qmlWarnings() << message;
        if (previous)
            previous(type, context, message);
    });
}

// For each test's cleanup() and for cleanupTestCase(): fails, listing them,
// when QML warned since the last check.
#define VERIFY_NO_QML_WARNINGS()                                                                                       \
    do {                                                                                                               \
        const QStringList warned = std::exchange(qmlWarnings(), {});                                                   \
        QVERIFY2(warned.isEmpty(), qPrintable(u"QML warned:\n" + warned.join(u'\n')));                                 \
    } while (false)

// Every visible text on screen, by walking the item tree.
inline void collectTexts(QQuickItem *item, QStringList &out)
{
    if (!item->isVisible())
        return;
    const QVariant text = item->property("text");
    if (text.isValid() && text.canConvert<QString>() && !text.toString().isEmpty())
        out << text.toString();
    const auto children = item->childItems();
    for (QQuickItem *child : children)
        collectTexts(child, out);
}

inline void typeText(QWindow *window, const QString &text)
{
    for (const QChar c : text)
        QTest::keyClick(window, c.toLatin1());
}

// The first visible item (depth first) that `wanted` accepts.
template<typename Wanted> inline QQuickItem *findVisible(QQuickItem *item, const Wanted &wanted)
{
    if (!item->isVisible())
        return nullptr;
    if (wanted(item))
        return item;
    const auto children = item->childItems();
    for (QQuickItem *child : children)
        if (QQuickItem *found = findVisible(child, wanted))
            return found;
    return nullptr;
}

inline QQuickItem *visibleItem(QQuickItem *item, const QString &objectName)
{
    return findVisible(item, [&objectName](QQuickItem *i) { return i->objectName() == objectName; });
}

// The App singleton of a started window.
inline Inkwell::AppController *appOf(QQmlApplicationEngine &engine)
{
    return engine.singletonInstance<Inkwell::AppController *>(qmlTypeId("Inkwell", 1, 0, "App"));
}

// A real click in the middle of an item, as a person makes it.
inline void clickItem(QQuickWindow *window, QQuickItem *item, Qt::MouseButton button = Qt::LeftButton)
{
    if (!item)
        qFatal("clickItem: no such item on screen");
    QTest::mouseClick(window, button, {}, item->mapToScene(item->boundingRect().center()).toPoint());
}

// The visible item whose `text` is exactly `text` (a button, a label).
inline QQuickItem *itemWithText(QQuickWindow *window, const QString &text)
{
    return findVisible(window->contentItem(), [&text](QQuickItem *i) {
        const QVariant t = i->property("text");
        return t.isValid() && t.toString() == text && i->width() > 0;
    });
}

inline bool onScreenIn(QQuickItem *item, const QString &needle)
{
    QStringList texts;
    collectTexts(item, texts);
    return std::any_of(texts.cbegin(), texts.cend(), [&](const QString &t) { return t.contains(needle); });
}

inline bool onScreen(QQuickWindow *window, const QString &needle)
{
    QStringList texts;
    collectTexts(window->contentItem(), texts);
    for (const QString &t : std::as_const(texts))
        if (t.contains(needle))
            return true;
    return false;
}

// Starts the app as `inkwell --data-dir DIR --base-url URL --model M` does
// and returns its window, shown and active, or null.
inline QQuickWindow *startApp(QQmlApplicationEngine &engine, const QString &dataDir, const QString &baseUrl,
                              const QString &model)
{
    watchQmlWarnings();
    Inkwell::AppController::setStartupOptions({dataDir, baseUrl, model});
    engine.load(QUrl(QStringLiteral("qrc:/Inkwell/Main.qml")));
    auto *window
        = engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(engine.rootObjects().first());
    if (!window || !QTest::qWaitForWindowExposed(window))
        return nullptr;
    window->requestActivate();
    return QTest::qWaitFor([&] { return window->activeFocusItem() != nullptr; }) ? window : nullptr;
}
