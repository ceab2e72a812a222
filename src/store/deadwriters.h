// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QSqlDatabase>

namespace Inkwell {

// Rows a process marks as its own while it streams into them (an answer, a
// draft): `status = 'streaming'` and `writer_pid`. Rows whose writer is gone
// become `interrupted` with `error` saying so; returns how many.
// Our own pid there means a previous life of this pid, as this runs before
// any stream starts.
Result<int> recoverDeadWriters(const QSqlDatabase &db, const char *table, const QString &error);

} // namespace Inkwell
