// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figures.h"

#include <QList>
#include <QString>

namespace Bench {

void renderTokenCost(const Sizes &sizes);
// The ids of the long conversations made.
QList<qint64> fillStore(const QString &dataDir, const Sizes &sizes);
void searchStore(const QString &dataDir, const Sizes &sizes);
void runApp(const QString &dataDir, const QList<qint64> &bigConversations, const Sizes &sizes);
void runStartup(const QString &dataDir, const Sizes &sizes);
// A heavy user's history (Sizes::heavyConversations): a ChatGPT export made,
// imported by inkwell-cli, the window started on it and its sidebar
// scrolled, searched, exported.
void runHeavy(const QString &dataDir, const Sizes &sizes);
// Attachments: a long PDF's text, a conversation of photos opened and
// scrolled, a big photo made ready and sent; the composer's files read
// with the window running (in dataDir/attach).
void runAttachments(const QString &dataDir, const Sizes &sizes);

// The real `inkwell` started on dataDir: time to its first frame, and its
// resident memory after two idle seconds.
struct Started {
    double firstFrameMs = 0;
    double idleRssMb = 0;
};
Started startOnce(const QString &dataDir);
// /proc/PID/status's field ("VmRSS:", "VmHWM:") in MB; -1 when gone.
double residentMb(qint64 pid, const char *field = "VmRSS:");

} // namespace Bench
