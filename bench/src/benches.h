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

} // namespace Bench
