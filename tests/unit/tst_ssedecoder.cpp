// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/ssedecoder.h"
#include "testdata.h"

#include <QTest>

#include <nlohmann/json.hpp>

using namespace Inkwell;

namespace {
using Events = QList<SseEvent>;

Events decode(const QByteArray &bytes, const QList<qsizetype> &cuts)
{
    SseDecoder d;
    Events out;
    auto sink = [&](const SseEvent &e) { out << e; };
    qsizetype from = 0;
    for (qsizetype cut : cuts) {
        d.feed(QByteArrayView(bytes).sliced(from, cut - from), sink);
        from = cut;
    }
    d.feed(QByteArrayView(bytes).sliced(from), sink);
    d.finish(sink);
    return out;
}

QString describe(const Events &events)
{
    QString s;
    for (const SseEvent &e : events)
        s += QString::fromUtf8(e.type + '|' + e.data + '|' + e.lastEventId) + u'\n';
    return s;
}
} // namespace

class TestSseDecoder : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void edgeCasesMatchSpecAtEverySplit()
    {
        const QByteArray bytes = readTestData(QStringLiteral("protocols/synthetic-sse-parser-edge-cases.sse"));
        const QByteArray expectedJson
            = readTestData(QStringLiteral("protocols/synthetic-sse-parser-edge-cases.expected.json"));
        const auto expected = nlohmann::json::parse(expectedJson.toStdString());
        Events want;
        for (const auto &e : expected["events"])
            want << SseEvent {QByteArray::fromStdString(e["type"].get<std::string>()),
                              QByteArray::fromStdString(e["data"].get<std::string>()),
                              QByteArray::fromStdString(e["lastEventId"].get<std::string>())};
        const QString wanted = describe(want);
        QCOMPARE(describe(decode(bytes, {})), wanted);
        for (qsizetype i = 1; i < bytes.size(); ++i)
            QCOMPARE(describe(decode(bytes, {i})), wanted);
        QList<qsizetype> everyByte;
        for (qsizetype i = 1; i < bytes.size(); ++i)
            everyByte << i;
        QCOMPARE(describe(decode(bytes, everyByte)), wanted);

        SseDecoder d;
        d.feed(bytes, [](const SseEvent &) {});
        QCOMPARE(d.retryMs(), qint64(expected["retryMs"].get<int>()));
    }

    void recordingsDecodeTheSameAtEverySplit_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("events");
        QTest::newRow("llama-server stream") << QStringLiteral("llama-server/14_chat_stream.body") << 27;
        QTest::newRow("llama-server n=2") << QStringLiteral("llama-server/27_chat_stream_n2.body") << 13;
        QTest::newRow("openai n=3") << QStringLiteral("protocols/openai-chat-stream-n3.sse") << -1;
        QTest::newRow("openai usage") << QStringLiteral("protocols/openai-chat-stream-basic-with-usage.sse") << -1;
        QTest::newRow("keep-alives") << QStringLiteral("protocols/synthetic-openai-compatible-keepalives.sse") << 7;
    }
    void recordingsDecodeTheSameAtEverySplit()
    {
        QFETCH(QString, file);
        QFETCH(int, events);
        const QByteArray bytes = readTestData(file);
        const Events whole = decode(bytes, {});
        if (events >= 0)
            QCOMPARE(whole.size(), events);
        QVERIFY(!whole.isEmpty());
        QCOMPARE(whole.last().data, QByteArray("[DONE]"));
        const QString wanted = describe(whole);
        for (qsizetype i = 1; i < bytes.size(); ++i)
            QCOMPARE(describe(decode(bytes, {i})), wanted);
        // Pairs of cuts around every third byte, to cover three-piece splits too.
        for (qsizetype i = 1; i + 3 < bytes.size(); i += 3)
            QCOMPARE(describe(decode(bytes, {i, i + 2})), wanted);
    }

    void bomSplitAcrossChunksIsStripped()
    {
        const QByteArray bytes = "\xEF\xBB\xBF"
                                 "data: x\n\n";
        QCOMPARE(describe(decode(bytes, {1, 2})), QStringLiteral("|x|\n"));
        // Only one BOM, only at offset 0.
        const QByteArray two = "\xEF\xBB\xBF\xEF\xBB\xBF"
                               "data: x\n\n";
        QCOMPARE(decode(two, {}).size(), 0); // the second BOM makes the field name unknown
    }

    void crThenLfAcrossChunksIsOneTerminator()
    {
        const QByteArray bytes = "data: a\r\n\r\ndata: b\r\r";
        QCOMPARE(describe(decode(bytes, {8})), QStringLiteral("|a|\n|b|\n"));
        QCOMPARE(describe(decode(bytes, {9})), QStringLiteral("|a|\n|b|\n"));
    }

    void utf8SplitInsideCharacterIsKept()
    {
        const QByteArray bytes = QStringLiteral("data: 人工智能 🌍\n\n").toUtf8();
        for (qsizetype i = 1; i < bytes.size(); ++i)
            QCOMPARE(QString::fromUtf8(decode(bytes, {i}).value(0).data), QStringLiteral("人工智能 🌍"));
    }

    void u2028DoesNotEndALine()
    {
        const QByteArray bytes = "data: {\"a\":\"x\xE2\x80\xA8y\"}\n\n";
        QCOMPARE(decode(bytes, {}).value(0).data, QByteArray("{\"a\":\"x\xE2\x80\xA8y\"}"));
    }

    void unterminatedLastEventIsDispatchedAtEnd()
    {
        QCOMPARE(describe(decode("data: [DONE]", {})), QStringLiteral("|[DONE]|\n"));
    }

    void legacyErrorFieldIsDispatchedInOrder()
    {
        const QByteArray bytes = readTestData(QStringLiteral("protocols/llamacpp-chat-stream-legacy-error-field.sse"));
        const Events events = decode(bytes, {});
        QCOMPARE(events.size(), 2);
        QCOMPARE(events[0].type, QByteArray("error"));
        QVERIFY(events[0].data.contains("exceeds the available context size"));
        QCOMPARE(events[1].data, QByteArray("[DONE]"));
    }

    void oversizedLineIsAnErrorWithBoundedMemory()
    {
        SseDecoder d(1024);
        int count = 0;
        auto sink = [&](const SseEvent &) { ++count; };
        QVERIFY(d.feed("data: ok\n\n", sink));
        QByteArray big(600, 'x');
        QVERIFY(d.feed(QByteArray("data: " + big), sink));
        QVERIFY(!d.feed(big, sink));
        QVERIFY(d.hasError());
        QVERIFY(!d.feed("\n\ndata: later\n\n", sink));
        QCOMPARE(count, 1);
        // Many short data lines adding up are bounded too.
        SseDecoder d2(1024);
        QByteArray many;
        for (int i = 0; i < 200; ++i)
            many += "data: 0123456789\n";
        d2.feed(many, sink);
        QVERIFY(d2.hasError());
    }
};

QTEST_GUILESS_MAIN(TestSseDecoder)
#include "tst_ssedecoder.moc"
