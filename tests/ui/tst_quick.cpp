// SPDX-License-Identifier: GPL-3.0-or-later
// Qt Quick Test runner for the QML components in tests/ui/qml: the
// Inkwell module with App on a temporary data folder and a server address
// that refuses connections (so nothing leaves the machine).
#include "appcontroller.h"
#include "quickapp.h"

#include <QQmlEngine>
#include <QQuickStyle>
#include <QTemporaryDir>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(InkwellPlugin)

class Setup : public QObject {
    Q_OBJECT
public:
    Setup() = default;

public Q_SLOTS:
    void applicationAvailable()
    {
        QQuickStyle::setStyle(QStringLiteral("Basic"));
        Inkwell::AppController::setStartupOptions(
            {m_dir.path(), QStringLiteral("http://127.0.0.1:9"), QStringLiteral("nobody")});
    }

    // The module is linked in; its qmldir is served from qrc:/Inkwell.
    // Each test file's engine reports its warnings here. (A message handler
    // saw none: Qt Test installs its own once the run starts and passes
    // nothing on, so a binding loop went unnoticed.)
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/"));
        QObject::connect(engine, &QQmlEngine::warnings, engine, [](const QList<QQmlError> &warnings) {
            for (const QQmlError &w : warnings)
                qmlWarnings() << w.toString();
        });
    }

    // A QML warning anywhere in the run fails it (Quick Test has no
    // per-test hook from C++).
    void cleanupTestCase()
    {
        if (!qmlWarnings().isEmpty())
            qFatal("QML warned:\n%s", qPrintable(qmlWarnings().join(u'\n')));
    }

private:
    QTemporaryDir m_dir;
};

QUICK_TEST_MAIN_WITH_SETUP(inkwell_quick, Setup)
#include "tst_quick.moc"
