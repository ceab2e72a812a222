// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Feeds recorded bytes through a provider's decoder and mapper exactly as
// Generation does, optionally cut at given offsets (network chunks).
#include "net/ndjsondecoder.h"
#include "net/ssedecoder.h"
#include "providers/provider.h"

#include <QMap>

struct StreamOutcome {
    QMap<int, QString> text;
    QMap<int, QString> reasoning;
    QMap<int, QString> finish;
    QString model;
    Inkwell::Usage usage;
    QString error;
    QString errorCode;
    bool complete = false;
    int finishEvents = 0;

    QString describe() const
    {
        QString s;
        for (auto it = text.begin(); it != text.end(); ++it)
            s += QStringLiteral("[%1]%2|%3|%4\n")
                     .arg(it.key())
                     .arg(it.value(), reasoning.value(it.key()), finish.value(it.key()));
        for (auto it = reasoning.begin(); it != reasoning.end(); ++it)
            if (!text.contains(it.key()))
                s += QStringLiteral("[%1]|%2|%3\n").arg(it.key()).arg(it.value(), finish.value(it.key()));
        return s
            + QStringLiteral("model=%1 usage=%2/%3 error=%4 code=%5 complete=%6 finishes=%7")
                  .arg(model)
                  .arg(usage.promptTokens)
                  .arg(usage.completionTokens)
                  .arg(error, errorCode)
                  .arg(complete)
                  .arg(finishEvents);
    }
};

inline StreamOutcome runStream(const Inkwell::Provider &provider, const Inkwell::GenerationRequest &request,
                               const QByteArray &bytes, QList<qsizetype> cuts = {})
{
    using namespace Inkwell;
    auto mapper = provider.createMapper(request);
    const bool lines = provider.framing() == Provider::Framing::Ndjson;
    SseDecoder sse;
    NdjsonDecoder ndjson;
    StreamEvents events;
    auto sink = [&](const SseEvent &e) { mapper->onEvent(e, events); };
    std::sort(cuts.begin(), cuts.end());
    qsizetype at = 0;
    cuts << bytes.size();
    for (qsizetype cut : std::as_const(cuts)) {
        const QByteArrayView piece = QByteArrayView(bytes).sliced(at, cut - at);
        lines ? ndjson.feed(piece, sink) : sse.feed(piece, sink);
        at = cut;
    }
    lines ? ndjson.finish(sink) : sse.finish(sink);
    mapper->flush(events);
    StreamOutcome o;
    for (const StreamEvent &e : std::as_const(events)) {
        switch (e.type) {
        case StreamEvent::Type::Delta:
            o.text[e.choice] += e.content;
            o.reasoning[e.choice] += e.reasoning;
            break;
        case StreamEvent::Type::ChoiceFinished:
            o.finish[e.choice] = e.text;
            ++o.finishEvents;
            break;
        case StreamEvent::Type::Model:
            o.model = e.text;
            break;
        case StreamEvent::Type::Usage:
            o.usage = e.usage;
            break;
        case StreamEvent::Type::Failed:
            o.error = e.error.message;
            o.errorCode = e.error.code;
            break;
        }
    }
    o.complete = mapper->isComplete();
    return o;
}
