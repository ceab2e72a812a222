// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// OpenAI chat-completion stream events built in tests (shaped like the
// recorded ones in tests/data/protocols).
#include <QByteArray>
#include <QStringList>

#include <nlohmann/json.hpp>

inline QByteArray chunk(const QString &content, int index = 0)
{
    nlohmann::json j = {
        {"object", "chat.completion.chunk"},
        {"model", "fake-model"},
        {"choices", {{{"index", index}, {"delta", {{"content", content.toStdString()}}}, {"finish_reason", nullptr}}}}};
    return "data: " + QByteArray::fromStdString(j.dump()) + "\n\n";
}

inline QByteArray finishChunk(const char *reason = "stop")
{
    return QByteArrayLiteral("data: {\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"") + reason
        + "\"}]}\n\n";
}

// A whole stream: the pieces, a stop, [DONE].
inline QByteArray chatStream(const QStringList &pieces)
{
    QByteArray body;
    for (const QString &p : pieces)
        body += chunk(p);
    return body + finishChunk() + "data: [DONE]\n\n";
}
