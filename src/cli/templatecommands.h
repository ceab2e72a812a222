// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Inkwell::Cli {

// inkwell-cli template list|show|run|import|export
int runTemplate(const QStringList &args);

} // namespace Inkwell::Cli
