// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figures.h"

#include <QList>
#include <QPair>
#include <QTimer>

#include <cstdio>

namespace Bench {

// The GUI thread's stalls, seen by a 1 ms heartbeat on it: a gap between two
// beats is time the thread was busy with something else. A stall longer than
// a frame (16.7 ms at 60 Hz) is a frame the window could not draw.
class Heartbeat {
public:
    Heartbeat()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = nowNs();
            if (m_last > 0 && now - m_last > 2'000'000)
                m_stalls << qMakePair(m_last, now);
            m_last = now;
        });
        m_timer.start();
    }
    // For each 60 Hz frame slot in [from, to): the longest stall touching it, in ms.
    QList<double> perFrame(qint64 from, qint64 to) const
    {
        if (qEnvironmentVariableIsSet("INKWELL_BENCH_STALLS"))
            for (const auto &[begin, end] : m_stalls)
                if (end - begin > 12'000'000 && end > from && begin < to)
                    fprintf(stderr, "stall %.1f ms at %.0f ms (end at %.0f)\n", (end - begin) / 1e6,
                            (begin - from) / 1e6, (to - from) / 1e6);
        constexpr qint64 kSlot = 16'666'667;
        QList<double> slots(qsizetype((to - from) / kSlot) + 1, 0.0);
        for (const auto &[begin, end] : m_stalls) {
            if (end <= from || begin >= to)
                continue;
            const double ms = double(end - begin) / 1e6 - 1.0; // less the beat itself
            const qint64 first = qMax<qint64>(0, (begin - from) / kSlot);
            const qint64 last = qMin<qint64>(slots.size() - 1, (end - from) / kSlot);
            for (qint64 i = first; i <= last; ++i)
                slots[i] = qMax(slots[i], ms);
        }
        return slots;
    }

private:
    QTimer m_timer;
    qint64 m_last = 0;
    QList<QPair<qint64, qint64>> m_stalls;
};

} // namespace Bench
