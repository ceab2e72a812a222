// SPDX-License-Identifier: GPL-3.0-or-later
// inkwell-bench: the speed and memory figures of bench/README.md, measured on
// the real code paths, one JSON object per line on stdout.
#include "benches.h"
#include "heavyexport.h"

#include <QCommandLineParser>
#include <QDir>
#include <QGuiApplication>
#include <QQuickStyle>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

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
    const QCommandLineOption quick(QStringLiteral("quick"),
                                   QStringLiteral("Small sizes: checks that every figure can be measured."));
    const QCommandLineOption keep(
        QStringLiteral("data-dir"),
        QStringLiteral("Build the store in DIR (new or empty) and keep it, to measure it again by other means."),
        QStringLiteral("DIR"));
    const QCommandLineOption only(
        QStringLiteral("only"),
        QStringLiteral("Measure only these, comma-separated: render, search, open, stream, startup, heavy, attach."),
        QStringLiteral("NAMES"));
    const QCommandLineOption makeExport(
        QStringLiteral("make-export"),
        QStringLiteral("Write a heavy user's ChatGPT conversations.json to FILE (see --conversations) and stop."),
        QStringLiteral("FILE"));
    const QCommandLineOption conversations(QStringLiteral("conversations"),
                                           QStringLiteral("Conversations of the heavy history (default 5000)."),
                                           QStringLiteral("N"));
    parser.addOptions({quick, keep, only, makeExport, conversations});
    parser.process(app);
    if (parser.isSet(makeExport)) {
        const int n = parser.isSet(conversations) ? parser.value(conversations).toInt() : 5000;
        const qint64 messages = Bench::writeChatGptExport(parser.value(makeExport), n);
        std::printf("%d conversations, %lld messages\n", n, static_cast<long long>(messages));
        return 0;
    }

    Bench::Sizes sizes;
    if (parser.isSet(quick)) {
        sizes.answerTokens = 2000;
        sizes.tokensPerSecond = 2000;
        sizes.cpuSeconds = 2;
        sizes.conversations = 2;
        sizes.messagesPerConversation = 1000;
        sizes.startups = 1;
        sizes.heavyConversations = 50;
        sizes.pdfPages = 20;
        sizes.imageMessages = 20;
        sizes.bigImageWidth = 1500;
        sizes.bigImageHeight = 1000;
    }
    QQuickStyle::setStyle(QStringLiteral("Basic"));
    QTemporaryDir temporary;
    const QString dir = parser.isSet(keep) ? parser.value(keep) : temporary.path();
    if (QDir(dir).exists() && !QDir(dir).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
        std::fprintf(stderr, "inkwell-bench: %s is not empty\n", qPrintable(dir));
        return 2;
    }
    const QStringList all
        = {QStringLiteral("render"),  QStringLiteral("search"), QStringLiteral("open"),  QStringLiteral("stream"),
           QStringLiteral("startup"), QStringLiteral("heavy"),  QStringLiteral("attach")};
    const QStringList wanted = parser.isSet(only) ? parser.value(only).split(u',') : all;
    for (const QString &name : wanted) {
        if (!all.contains(name)) {
            std::fprintf(stderr, "inkwell-bench: --only takes %s\n", qPrintable(all.join(QStringLiteral(", "))));
            return 2;
        }
    }
    if (parser.isSet(conversations))
        sizes.heavyConversations = parser.value(conversations).toInt();
    if (wanted.contains(u"render"_s))
        Bench::renderTokenCost(sizes);
    const bool needStore = wanted.contains(u"search"_s) || wanted.contains(u"open"_s) || wanted.contains(u"startup"_s);
    const QList<qint64> big = needStore ? Bench::fillStore(dir, sizes) : QList<qint64>();
    if (wanted.contains(u"search"_s))
        Bench::searchStore(dir, sizes);
    if (wanted.contains(u"startup"_s))
        Bench::runStartup(dir, sizes);
    sizes.stream = wanted.contains(u"stream"_s);
    if (sizes.stream || wanted.contains(u"open"_s))
        Bench::runApp(dir, wanted.contains(u"open"_s) ? big : QList<qint64>(), sizes);
    if (wanted.contains(u"heavy"_s))
        Bench::runHeavy(dir, sizes);
    if (wanted.contains(u"attach"_s))
        Bench::runAttachments(dir, sizes);
    return 0;
}
