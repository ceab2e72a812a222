// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Driving the real window as a person does: clicks at an item's centre, the
// mouse wheel turned until an item is in view, popups waited for, and
// pictures of what was looked at (INKWELL_SHOTS=DIR).
#include "quickapp.h"

#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

#include <cmath>

inline void shoot(QQuickWindow *window, const QString &name)
{
    const QString dir = qEnvironmentVariable("INKWELL_SHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    window->grabWindow().save(dir + u'/' + name + u".png");
}

inline QPointF centre(QQuickItem *item)
{
    return item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
}

inline void click(QQuickWindow *window, QQuickItem *item)
{
    QTest::mouseClick(window, Qt::LeftButton, {}, centre(item).toPoint());
}

// Clicks the item, failing the test when it is not there.
#define CLICK(window, item)                                                                                            \
    do {                                                                                                               \
        QQuickItem *clicked_ = (item);                                                                                 \
        QVERIFY2(clicked_, "not on screen: " #item);                                                                   \
        click(window, clicked_);                                                                                       \
    } while (false)

// The wheel's scroll drawn: the next frame (or nothing to draw within 200 ms).
inline void nextFrame(QQuickWindow *window)
{
    QSignalSpy frame(window, &QQuickWindow::frameSwapped);
    window->update();
    frame.wait(200);
}

inline void wheel(QQuickWindow *window, QQuickItem *over, int notches)
{
    const QPointF at = centre(over);
    QWheelEvent event(at, window->mapToGlobal(at), QPoint(), QPoint(0, -120 * notches), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    // A real wheel's events carry their time; Flickable reckons its speed from it.
    static QElapsedTimer clock;
    if (!clock.isValid())
        clock.start();
    event.setTimestamp(quint64(clock.elapsed()) + 1);
    QGuiApplication::sendEvent(window, &event);
}

inline QRectF sceneRect(QQuickItem *item)
{
    return item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
}

// Turns the wheel over the list or page the item is in until it is in view.
inline bool scrollTo(QQuickWindow *window, QQuickItem *item)
{
    QQuickItem *view = item->parentItem();
    while (view && !view->inherits("QQuickFlickable"))
        view = view->parentItem();
    if (!view)
        return false;
    for (int i = 0; i < 200; ++i) {
        const QRectF shown = sceneRect(view).adjusted(-1, -1, 1, 1);
        const QRectF at = sceneRect(item);
        if (shown.contains(at))
            return true;
        wheel(window, view, at.top() > shown.top() ? 3 : -3);
        nextFrame(window);
    }
    return false;
}

// Turns the wheel over a list until the item with this text is in view
// (lists make their rows as they come into view).
inline QQuickItem *scrollToText(QQuickWindow *window, QQuickItem *list, const QString &text)
{
    for (int i = 0; i < 200; ++i) {
        QQuickItem *found
            = findVisible(list, [&text](QQuickItem *item) { return item->property("text").toString() == text; });
        if (found && sceneRect(list).adjusted(-1, -1, 1, 1).contains(sceneRect(found)))
            return found;
        const bool above = found && sceneRect(found).top() < sceneRect(list).top();
        wheel(window, list, above ? -3 : 3);
        nextFrame(window);
    }
    return nullptr;
}

// The item a Popup (Dialog, Drawer, Menu) draws in.
inline QQuickItem *popupItem(QObject *popup)
{
    auto *content = popup->property("contentItem").value<QQuickItem *>();
    return content ? content->parentItem() : nullptr;
}

inline QObject *named(QQmlApplicationEngine &engine, const QString &name)
{
    return engine.rootObjects().first()->findChild<QObject *>(name);
}

// A visible item that shows exactly this text, in a popup or the window.
inline QQuickItem *textItem(QQuickItem *under, const QString &text)
{
    return findVisible(under, [&text](QQuickItem *i) { return i->property("text").toString() == text; });
}

inline QQuickItem *button(QQuickItem *under, const QString &text)
{
    return findVisible(under, [&text](QQuickItem *i) {
        return i->inherits("QQuickAbstractButton") && i->property("text").toString() == text;
    });
}

inline double luminance(const QColor &c)
{
    auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

inline double contrast(const QColor &a, const QColor &b)
{
    const double x = luminance(a), y = luminance(b);
    return (std::max(x, y) + 0.05) / (std::min(x, y) + 0.05);
}

// Waits for a popup to be open and done moving in.
inline bool opened(QObject *popup)
{
    return QTest::qWaitFor([popup] { return popup->property("opened").toBool(); });
}
