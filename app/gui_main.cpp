// SPDX-License-Identifier: GPL-3.0-or-later
#include "appcontroller.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTimer>
#include <QTranslator>
#include <QtQml/QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(InkwellPlugin)

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("inkwell"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Inkwell"));
    QGuiApplication::setApplicationVersion(QStringLiteral(INKWELL_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.inkwell.Inkwell"));
    QIcon icon;
    for (int size : {32, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/inkwell-%1.png").arg(size), QSize(size, size));
    QGuiApplication::setWindowIcon(icon);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Inkwell: chat and draft with large language models."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), QStringLiteral("Data directory (default: INKWELL_DATA_DIR or the platform location)."), QStringLiteral("DIR"));
    const QCommandLineOption baseUrl(QStringLiteral("base-url"), QStringLiteral("Start with an ad-hoc OpenAI-compatible server at URL."), QStringLiteral("URL"));
    const QCommandLineOption model(QStringLiteral("model"), QStringLiteral("Model for --base-url."), QStringLiteral("M"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"), QStringLiteral("Save a PNG of the window once it has rendered, then quit."), QStringLiteral("FILE"));
    const QCommandLineOption language(QStringLiteral("language"), QStringLiteral("UI language, e.g. en or zh_CN (default: the system's)."), QStringLiteral("LANG"));
    parser.addOptions({dataDir, baseUrl, model, screenshot, language});
    parser.process(app);

    const QLocale locale = parser.isSet(language) ? QLocale(parser.value(language)) : QLocale::system();
    QTranslator qtStrings;
    if (qtStrings.load(locale, QStringLiteral("qt"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtStrings);
    QTranslator appStrings;
    if (appStrings.load(locale, QStringLiteral("inkwell"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&appStrings);

    Inkwell::AppController::setStartupOptions({parser.value(dataDir), parser.value(baseUrl), parser.value(model)});
    QQuickStyle::setStyle(QStringLiteral("Basic"));

    QQmlApplicationEngine engine;
    QObject::connect(&engine, &QQmlApplicationEngine::objectCreationFailed, &app,
                     [] { QCoreApplication::exit(1); }, Qt::QueuedConnection);
    engine.load(QUrl(QStringLiteral("qrc:/Inkwell/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;

    if (parser.isSet(screenshot)) {
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
        const QString file = parser.value(screenshot);
        QObject::connect(window, &QQuickWindow::frameSwapped, &app, [window, file] {
            // A few frames in, so that layouts and the first list items have settled.
            QTimer::singleShot(300, window, [window, file] {
                const bool ok = window->grabWindow().save(file);
                QCoreApplication::exit(ok ? 0 : 1);
            });
        }, Qt::SingleShotConnection);
    }
    return app.exec();
}
