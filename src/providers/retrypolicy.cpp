// SPDX-License-Identifier: GPL-3.0-or-later
#include "retrypolicy.h"

#include "providers/httperror.h"
#include "providers/jsonutil.h"

#include <QDateTime>
#include <QLocale>
#include <QRandomGenerator>

#include <cmath>

namespace Inkwell {

using namespace Json;

namespace {
QByteArray header(const RetryPolicy::Attempt &a, const char *name)
{
    for (const auto &[k, v] : a.headers)
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v.trimmed();
    return {};
}

// protobuf Duration: "7s", "2.500s"
qint64 durationMs(const QString &text)
{
    if (!text.endsWith(u's'))
        return -1;
    bool ok = false;
    const double seconds = text.chopped(1).toDouble(&ok);
    return ok && seconds >= 0 ? qint64(std::ceil(seconds * 1000)) : -1;
}

qint64 geminiRetryDelay(const json &j)
{
    if (j.is_array()) {
        for (const json &x : j)
            if (const qint64 d = geminiRetryDelay(x); d >= 0)
                return d;
        return -1;
    }
    const json *error = object(j, "error");
    const json *details = error ? array(*error, "details") : nullptr;
    if (!details)
        return -1;
    for (const json &d : *details)
        if (const QString delay = str(d, "retryDelay"); !delay.isEmpty())
            return durationMs(delay);
    return -1;
}
} // namespace

qint64 RetryPolicy::serverDelayMs(const Attempt &a)
{
    bool ok = false;
    if (const QByteArray ms = header(a, "retry-after-ms"); !ms.isEmpty()) {
        const double v = ms.toDouble(&ok);
        if (ok && v >= 0)
            return qint64(std::ceil(v));
    }
    if (const QByteArray after = header(a, "retry-after"); !after.isEmpty()) {
        const double v = after.toDouble(&ok);
        if (ok && v >= 0)
            return qint64(std::ceil(v * 1000));
        // An HTTP date: "Wed, 21 Oct 2015 07:28:00 GMT"
        const QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(after).chopped(4),
                                                       QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
        if (when.isValid() && after.endsWith(" GMT")) {
            QDateTime utc = when;
            utc.setTimeSpec(Qt::UTC);
            return qMax<qint64>(0, utc.toMSecsSinceEpoch() - a.nowMs);
        }
    }
    if (!a.body.isEmpty())
        return geminiRetryDelay(parse(a.body));
    return -1;
}

RetryPolicy::Decision RetryPolicy::decide(const Attempt &a) const
{
    Decision d;
    if (a.retriesSoFar >= kMaxRetries)
        return d;
    const QByteArray should = header(a, "x-should-retry").toLower();
    bool retryable = false;
    if (should == "true") {
        retryable = true;
    } else if (should == "false") {
        retryable = false;
    } else if (a.httpStatus == 0) {
        retryable = a.connectionDropped;
    } else {
        const int s = a.httpStatus;
        retryable = (s == 408 || s == 409 || s == 429 || s >= 500) && !refusesImageInput(a.body);
    }
    if (!retryable)
        return d;
    // A 429 for an empty account is not a rate limit: waiting will not help.
    if (a.httpStatus == 429) {
        QString code;
        errorMessageFromJson(parse(a.body), &code);
        if (code == u"insufficient_quota" || a.body.contains("insufficient_quota"))
            return d;
    }
    d.serverWaitMs = serverDelayMs(a);
    if (d.serverWaitMs > kMaxWaitMs)
        return d; // "retry in 114 hours": say so instead of waiting
    if (d.serverWaitMs >= 0) {
        d.delayMs = d.serverWaitMs;
    } else {
        const double r = random ? random() : QRandomGenerator::global()->generateDouble();
        const double base = std::min(500.0 * std::pow(2.0, a.retriesSoFar), 8000.0);
        d.delayMs = qint64(base * (1.0 - 0.25 * r));
    }
    d.retry = true;
    return d;
}

} // namespace Inkwell
