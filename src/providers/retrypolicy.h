// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <functional>

namespace Inkwell {

// When to ask again before any answer text arrived, and after how long.
// The rules of the official SDKs (PROTOCOLS.md §2.8, §7.4): retry 408, 409,
// 429, 5xx and dropped connections at most twice; honour x-should-retry,
// retry-after-ms, Retry-After (seconds or HTTP date) and Gemini's
// RetryInfo.retryDelay; never retry 400/401/403 or an exhausted quota; give up
// rather than wait longer than kMaxWaitMs. Pure: time and randomness are given.
class RetryPolicy {
public:
    struct Attempt {
        int retriesSoFar = 0;
        int httpStatus = 0; // 0: no HTTP answer (transport failure)
        bool connectionDropped = false; // reset/closed before an answer
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        qint64 nowMs = 0; // wall clock, for an HTTP-date Retry-After
    };
    struct Decision {
        bool retry = false;
        qint64 delayMs = 0;
        qint64 serverWaitMs = -1; // what the server asked for, when it did
    };

    static constexpr int kMaxRetries = 2;
    static constexpr qint64 kMaxWaitMs = 60'000;

    // uniform in [0, 1); the jitter of the exponential back-off
    std::function<double()> random;

    [[nodiscard]] Decision decide(const Attempt &attempt) const;
    // The delay a server asked for (headers or body), or -1.
    static qint64 serverDelayMs(const Attempt &attempt);
};

} // namespace Inkwell
