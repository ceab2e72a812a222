// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What inkwell-bench prints: one JSON object per line.
#include <QList>

#include <algorithm>
#include <chrono>
#include <cstdio>

namespace Bench {

inline void figure(const char *name, double value, const char *unit)
{
    std::printf("{\"name\": \"%s\", \"value\": %.3f, \"unit\": \"%s\"}\n", name, value, unit);
    std::fflush(stdout);
}

// The steady clock in nanoseconds: comparable across processes on Linux
// (CLOCK_MONOTONIC), so a server's "sent" time can be set against ours.
inline qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// Nearest-rank percentile (p in 0..100) of the values; 0 for none.
inline double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto rank = qsizetype(std::ceil(p / 100.0 * double(values.size())));
    return values.at(std::clamp<qsizetype>(rank - 1, 0, values.size() - 1));
}

struct Sizes {
    int answerTokens = 20000; // the long streamed answer
    int shortAnswerTokens = 200; // the short one of the render ratio
    int tokensPerSecond = 5000;
    int conversations = 10; // of messagesPerConversation each
    int messagesPerConversation = 10000;
    int startups = 3;
    int cpuSeconds = 8; // the 150 tokens/s stream whose CPU is measured
    int heavyConversations = 5000; // a heavy user's history (some 87,000 messages)
    bool stream = true; // the stream figures (--only)
    int pdfPages = 300; // the attached report
    int imageMessages = 200; // user messages with a photo each (and as many answers)
    int bigImageWidth = 6000; // the camera's PNG, some 20 MB
    int bigImageHeight = 4000;
};

} // namespace Bench
