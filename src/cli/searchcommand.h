// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Inkwell::Cli {

// inkwell-cli search QUERY: every message and draft that holds it.
int runSearch(const QStringList &args);

} // namespace Inkwell::Cli
