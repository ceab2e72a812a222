// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Inkwell {

// The sidebar's date headings: Today, Yesterday, Previous 7 days, Older.
QString dateSection(qint64 msSinceEpoch);

} // namespace Inkwell
