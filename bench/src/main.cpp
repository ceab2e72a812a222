// SPDX-License-Identifier: GPL-3.0-or-later
// inkwell-bench: the speed and memory figures of bench/README.md, measured on
// the real code paths, one JSON object per line on stdout.
#include "benches.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QQuickStyle>
#include <QTemporaryDir>

int main(int argc, char **argv)
{
    // Headless and the same on every machine: offscreen, Qt Quick's software
    // renderer. A caller may choose otherwise (QT_QPA_PLATFORM=xcb).
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (!qEnvironmentVariableIsSet("QT_QUICK_BACKEND"))
        qputenv("QT_QUICK_BACKEND", "software");
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("inkwell-bench"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Measures Inkwell's speed and memory; see bench/README.md."));
    parser.addHelpOption();
    const QCommandLineOption quick(QStringLiteral("quick"), QStringLiteral("Small sizes: checks that every figure can be measured."));
    parser.addOption(quick);
    parser.process(app);

    Bench::Sizes sizes;
    if (parser.isSet(quick)) {
        sizes.answerTokens = 2000;
        sizes.tokensPerSecond = 2000;
        sizes.conversations = 2;
        sizes.messagesPerConversation = 1000;
        sizes.startups = 1;
    }
    QQuickStyle::setStyle(QStringLiteral("Basic"));
    QTemporaryDir dir;
    Bench::renderTokenCost(sizes);
    const QList<qint64> big = Bench::fillStore(dir.path(), sizes);
    Bench::searchStore(dir.path(), sizes);
    Bench::runStartup(dir.path(), sizes);
    Bench::runApp(dir.path(), big, sizes);
    return 0;
}
