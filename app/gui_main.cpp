// SPDX-License-Identifier: GPL-3.0-or-later
#include "appcontroller.h"
#include "appearance.h"
#include "desktop/singleinstance.h"
#include "store/database.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QThreadPool>
#include <QTimer>
#include <QTranslator>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQml/qqml.h>

#include <cstdio>
#include <cstdlib>

Q_IMPORT_QML_PLUGIN(InkwellPlugin)

namespace {

// How long a closed window waits for files still being read (below).
constexpr int kReadersGraceMs = 2000;

bool asksForHelpOrVersion(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView a(argv[i]);
        if (a == "-h" || a == "--help" || a == "--help-all" || a == "-v" || a == "--version")
            return true;
    }
    return false;
}

// A later start on the same data directory brings this window forward and,
// with --base-url, switches it to that server.
void takeRequest(QQuickWindow *window, Inkwell::AppController *app, const QVariantMap &request)
{
    const QString baseUrl = request.value(QStringLiteral("baseUrl")).toString();
    if (!baseUrl.isEmpty() && app) {
        app->useServer(baseUrl, request.value(QStringLiteral("model")).toString(),
                       request.value(QStringLiteral("apiKey")).toString());
        std::fprintf(stderr, "inkwell: a later start switched this window to %s\n", qPrintable(baseUrl));
    } else {
        std::fprintf(stderr, "inkwell: a later start raised this window\n");
    }
    window->setWindowStates(window->windowStates() & ~Qt::WindowMinimized);
    window->show();
    window->raise();
    window->requestActivate();
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication::setApplicationName(QStringLiteral("inkwell"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Inkwell"));
    QGuiApplication::setApplicationVersion(QStringLiteral(INKWELL_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.inkwell.Inkwell"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Inkwell: chat and draft with large language models."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        QStringLiteral("Data directory (default: INKWELL_DATA_DIR or the platform location)."), QStringLiteral("DIR"));
    const QCommandLineOption baseUrl(QStringLiteral("base-url"),
                                     QStringLiteral("Start with an ad-hoc OpenAI-compatible server at URL."),
                                     QStringLiteral("URL"));
    const QCommandLineOption model(QStringLiteral("model"), QStringLiteral("Model for --base-url."),
                                   QStringLiteral("M"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QStringLiteral("Save a PNG of the window once it has rendered, then quit."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption language(QStringLiteral("language"),
                                      QStringLiteral("UI language, e.g. en or zh_CN (default: the system's)."),
                                      QStringLiteral("LANG"));
    parser.addOptions({dataDir, baseUrl, model, screenshot, language});

    if (asksForHelpOrVersion(argc, argv)) {
        // Answered before QGuiApplication exists, so that they work without a
        // display (in a terminal over ssh, in a package's build check).
        QCoreApplication plain(argc, argv);
        parser.process(plain);
    }

    QGuiApplication app(argc, argv);
    parser.process(app);
    QIcon icon;
    for (int size : {32, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/inkwell-%1.png").arg(size), QSize(size, size));
    QGuiApplication::setWindowIcon(icon);

    // The command line's language, else the system's; a language chosen in
    // the window (kept in the data folder) replaces the system's once it opens.
    Inkwell::Appearance::applyLanguage(parser.isSet(language) ? QLocale(parser.value(language)) : QLocale::system());

    // One window per data directory: a second writer on the database would
    // fight the first over every conversation.
    Inkwell::SingleInstance instance(Inkwell::Database::dataDir(parser.value(dataDir)));
    if (instance.claim() == Inkwell::SingleInstance::Role::Secondary) {
        if (parser.isSet(screenshot)) {
            // A picture of another process's window is not what was asked for.
            std::fprintf(stderr,
                         "inkwell: --screenshot needs a data folder no other Inkwell window has open "
                         "(use --data-dir)\n");
            return 1;
        }
        QVariantMap request;
        if (parser.isSet(baseUrl)) {
            request.insert(QStringLiteral("baseUrl"), parser.value(baseUrl));
            request.insert(QStringLiteral("model"), parser.value(model));
            request.insert(QStringLiteral("apiKey"), qEnvironmentVariable("INKWELL_API_KEY"));
        }
        const QString error = instance.handOver(request);
        if (error.isEmpty()) {
            std::printf("%s\n",
                        qPrintable(QCoreApplication::translate(
                            "Inkwell::SingleInstance", "Inkwell is already running; its window was brought forward.")));
            return 0;
        }
        // An owner that died while we knocked (killed, still exiting) leaves
        // the folder to us: start, never refuse.
        if (instance.claim() != Inkwell::SingleInstance::Role::Primary) {
            std::fprintf(stderr, "inkwell: %s\n", qPrintable(error));
            return 1;
        }
    }

    Inkwell::AppController::setStartupOptions(
        {parser.value(dataDir), parser.value(baseUrl), parser.value(model), parser.isSet(language)});
    QQuickStyle::setStyle(QStringLiteral("Basic"));

    // The window and all it holds live in here; when it returns, they are
    // gone and everything they keep is written.
    const int code = [&] {
        QQmlApplicationEngine engine;
        QObject::connect(
            &engine, &QQmlApplicationEngine::objectCreationFailed, &app, [] { QCoreApplication::exit(1); },
            Qt::QueuedConnection);
        engine.load(QUrl(QStringLiteral("qrc:/Inkwell/Main.qml")));
        if (engine.rootObjects().isEmpty())
            return 1;

        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
        auto *controller = engine.singletonInstance<Inkwell::AppController *>(qmlTypeId("Inkwell", 1, 0, "App"));
        QObject::connect(
            &instance, &Inkwell::SingleInstance::requested, window,
            [window, controller](const QVariantMap &request) { takeRequest(window, controller, request); });
        // The window shows why the database could not be opened (a damaged
        // file, a folder that cannot be written); a terminal or a log gets it too.
        if (controller && !controller->startupError().isEmpty())
            std::fprintf(stderr, "inkwell: %s\n", qPrintable(controller->startupError()));

        // For inkwell-bench, which times a real start from outside the process.
        if (qEnvironmentVariableIsSet("INKWELL_REPORT_FIRST_FRAME"))
            QObject::connect(
                window, &QQuickWindow::frameSwapped, &app,
                [] {
                    std::fprintf(stderr, "inkwell: first frame\n");
                    std::fflush(stderr);
                },
                Qt::SingleShotConnection);

        if (parser.isSet(screenshot)) {
            const QString file = parser.value(screenshot);
            QObject::connect(
                window, &QQuickWindow::frameSwapped, &app,
                [window, file] {
                    // A few frames in, so that layouts and the first list items have settled.
                    QTimer::singleShot(300, window, [window, file] {
                        const bool ok = window->grabWindow().save(file);
                        QCoreApplication::exit(ok ? 0 : 1);
                    });
                },
                Qt::SingleShotConnection);
        }
        return app.exec();
    }();
    // A file still being read when the window closed (poppler cannot be
    // interrupted, and a pathological PDF takes minutes) would keep the
    // process, and with it the data folder, busy with no window: the
    // application's destructor waits for the thread pool. Nothing is left
    // to write (a file not read yet was never kept), so the process ends.
    if (!QThreadPool::globalInstance()->waitForDone(kReadersGraceMs)) {
        std::fprintf(stderr, "inkwell: a file was still being read; not waiting for it\n");
        std::fflush(nullptr);
        std::_Exit(code);
    }
    return code;
}
