// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/streamevent.h"

#include <QByteArray>

#include <memory>

namespace Inkwell {

// The hot path of every OpenAI-style stream: one chat.completion.chunk parsed
// with simdjson On-Demand, without building a DOM (see bench/README.md for why).
// Anything unusual (an error object, an unexpected type) returns false and the
// caller takes the general nlohmann path; nothing is half-applied then.
class OpenAiChunkParser {
public:
    struct Chunk {
        QString model;
        QList<StreamEvent> deltas; // type Delta
        QList<QPair<int, QString>> finishes; // choice, reason
        Usage usage;
        bool hasUsage = false;
        QList<int> choices; // the indices of the choices in this chunk
        // llama.cpp's own counts in a choice's last chunk ("timings").
        Usage timings;
    };

    OpenAiChunkParser();
    ~OpenAiChunkParser();

    bool parse(const QByteArray &data, Chunk &out);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace Inkwell
