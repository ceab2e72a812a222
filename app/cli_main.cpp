// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cliapp.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>
#include <memory>

namespace {
QtMessageHandler qtDefault = nullptr;

// Without a login session Qt warns that XDG_RUNTIME_DIR is unset when the
// GUI side starts; a shell tool has no use for it, and it would read as an error.
void quietHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.startsWith(u"QStandardPaths: XDG_RUNTIME_DIR not set"))
        return;
    if (qtDefault)
        qtDefault(type, context, message);
    else
        std::fprintf(stderr, "%s\n", qPrintable(message));
}
} // namespace

int main(int argc, char **argv)
{
    // PDF export lays text out with Qt's fonts, which need a QGuiApplication;
    // offscreen, so that it works without a display.
    std::unique_ptr<QCoreApplication> app;
    if (argc > 1 && qstrcmp(argv[1], "export") == 0) {
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        qtDefault = qInstallMessageHandler(quietHandler);
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("inkwell"));
    QCoreApplication::setApplicationVersion(QStringLiteral(INKWELL_VERSION));
    return Inkwell::Cli::run(QCoreApplication::arguments());
}
