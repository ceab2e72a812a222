// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Inkwell::Cli {

// inkwell-cli drafts list|show
int runDrafts(const QStringList &args);

} // namespace Inkwell::Cli
