// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/markdownrenderer.h"
#include "render/markdownstream.h"

#include <QTest>

using namespace Inkwell;
using Kind = MarkdownBlock::Kind;

namespace {
const QString kDoc
    = QStringLiteral("# 人工智能简介\n\n"
                     "Artificial intelligence is **broad**, with ~~hype~~ and `code`.\n\n"
                     "```python\ndef f(x):\n    return x * 2\n```\n\n"
                     "1. first\n2. second\n\n"
                     "- [x] done\n- [ ] todo\n\n"
                     "| a | b |\n|---|---|\n| 1 | 2 |\n\n"
                     "> a quote\n> on two lines\n\n"
                     "---\n\n"
                     "Last paragraph with https://example.org and ![cat](https://example.org/cat.png).\n");
}

class TestMarkdown : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void blocksOfADocument()
    {
        const auto parsed = MarkdownRenderer::parse(kDoc);
        const MarkdownBlocks &b = parsed.blocks;
        QCOMPARE(b.size(), 9);
        QVERIFY(b[0].html.contains(QStringLiteral("<h1>人工智能简介</h1>")));
        QVERIFY(b[1].html.contains(QStringLiteral("<strong>broad</strong>")));
        QVERIFY(b[1].html.contains(QStringLiteral("<s>hype</s>")) /* ~~ struck out: Qt draws <s>, not <del> */);
        QVERIFY(b[1].html.contains(QStringLiteral("<code>code</code>")));
        QCOMPARE(b[2].kind, Kind::Code);
        QCOMPARE(b[2].language, QStringLiteral("python"));
        QCOMPARE(b[2].code, QStringLiteral("def f(x):\n    return x * 2"));
        QVERIFY(b[3].html.startsWith(QStringLiteral("<ol>")));
        QVERIFY(b[4].html.contains(QStringLiteral("☑ done")));
        QVERIFY(b[4].html.contains(QStringLiteral("☐ todo")));
        QVERIFY(b[5].html.contains(QStringLiteral("<table border=\"1\"")));
        QCOMPARE(b[6].kind, Kind::Quote);
        QVERIFY(b[6].html.contains(QStringLiteral("a quote")));
        QCOMPARE(b[7].kind, Kind::Rule);
        QVERIFY(b[8].html.contains(QStringLiteral("<a href=\"https://example.org\">")));
        // Images are never loaded by the view: they become links.
        QVERIFY(!b[8].html.contains(QStringLiteral("<img")));
        QVERIFY(b[8].html.contains(QStringLiteral("<a href=\"https://example.org/cat.png\">🖼 cat</a>")));
        // Block starts point into the source.
        QCOMPARE(kDoc.mid(parsed.starts[2], 9), QStringLiteral("```python"));
    }

    void rawHtmlAndScriptsNeverPassThrough()
    {
        const auto b
            = MarkdownRenderer::parse(QStringLiteral("<script>alert(1)</script>\n\nhello <img src=x onerror=alert(1)> "
                                                     "<b>bold</b>\n\n[x](javascript:alert(1))\n"))
                  .blocks;
        QString all;
        for (const auto &block : b)
            all += block.html;
        QVERIFY2(!all.contains(QStringLiteral("<script")), qPrintable(all));
        QVERIFY2(!all.contains(QStringLiteral("onerror")), qPrintable(all));
        QVERIFY2(!all.contains(QStringLiteral("javascript:")), qPrintable(all));
        QVERIFY(all.contains(QStringLiteral("hello")));
    }

    void streamingEndsExactlyAsAFullParse_data()
    {
        QTest::addColumn<int>("piece");
        QTest::newRow("1 char") << 1;
        QTest::newRow("3 chars") << 3;
        QTest::newRow("17 chars") << 17;
    }
    void streamingEndsExactlyAsAFullParse()
    {
        QFETCH(int, piece);
        const MarkdownBlocks exact = MarkdownRenderer::parse(kDoc).blocks;
        MarkdownStream stream;
        QString text; // the one copy, the stream's owner's
        for (qsizetype i = 0; i < kDoc.size(); i += piece) {
            text += kDoc.mid(i, piece);
            stream.grow(text);
            // Settled blocks are final: they already equal the exact result.
            for (int k = 0; k < stream.stableCount(); ++k)
                QCOMPARE(stream.blocks().at(k), exact.at(k));
        }
        QCOMPARE(stream.blocks(), exact); // this document needs no final fix-up
        QVERIFY(stream.finish(text).changed.isEmpty());
        QCOMPARE(stream.blocks(), exact);
        QCOMPARE(stream.length(), kDoc.size());
    }

    void finishFixesALinkDefinedBelowIt()
    {
        const QString doc
            = QStringLiteral("See [the docs][d] first.\n\nMore text.\n\nAnd more.\n\n[d]: https://example.com/docs\n");
        MarkdownStream stream;
        QString text;
        for (const QChar c : doc) {
            text += c;
            stream.grow(text);
        }
        // Streamed, the first paragraph settled before its link was defined.
        QVERIFY(!stream.blocks().at(0).html.contains(QStringLiteral("href")));
        // Parsed again at the end, and the block that changed is named.
        QCOMPARE(stream.finish(text).changed, QList<qsizetype> {0});
        QCOMPARE(stream.blocks(), MarkdownRenderer::parse(doc).blocks);
        QVERIFY(stream.blocks().at(0).html.contains(QStringLiteral("https://example.com/docs")));
    }

    void finishWithTheFinalText()
    {
        const MarkdownBlocks exact = MarkdownRenderer::parse(kDoc).blocks;
        MarkdownStream rest; // the last piece had not been shown yet
        rest.grow(QStringView(kDoc).left(kDoc.size() / 2));
        const MarkdownStream::Change change = rest.finish(kDoc);
        QCOMPARE(rest.length(), kDoc.size());
        QCOMPARE(rest.blocks(), exact);
        QVERIFY(change.before < exact.size());
        MarkdownStream other; // replaced by another text altogether
        other.grow(u"Something else entirely.\n\n");
        QCOMPARE(other.setText(kDoc).changed, QList<qsizetype> {0});
        QCOMPARE(other.blocks(), exact);
    }

    void listContinuedAfterABlankLineStaysOneList()
    {
        MarkdownStream stream;
        QString text;
        for (const char *piece : {"1. a\n", "\n", "2", ". b\n", "\n", "3. c\n"}) {
            text += QString::fromLatin1(piece);
            stream.grow(text);
        }
        QCOMPARE(stream.blocks().size(), 1);
        QVERIFY(stream.blocks().at(0).html.contains(QStringLiteral("<li>")));
    }

    void tailStaysSmallInALongAnswer()
    {
        MarkdownStream stream;
        const QString paragraph = QStringLiteral("A sentence of a long answer, with *some* emphasis.\n\n");
        QString text;
        for (int i = 0; i < 2000; ++i) {
            for (qsizetype j = 0; j < paragraph.size(); j += 8) {
                text += paragraph.mid(j, 8);
                stream.grow(text);
            }
        }
        QCOMPARE(stream.blocks().size(), 2000);
        // What each token re-parses is about two paragraphs, not 100 KB.
        QVERIFY2(stream.openTailLength() <= 2 * paragraph.size(), qPrintable(QString::number(stream.openTailLength())));
        QVERIFY(stream.stableCount() >= 1998);
    }
};

QTEST_GUILESS_MAIN(TestMarkdown)
#include "tst_markdown.moc"
