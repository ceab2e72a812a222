// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Inkwell::Cli {

// Parses `inkwell-cli` arguments and runs the subcommand; returns the exit code.
// Needs a QCoreApplication; runs its event loop while a command streams.
int run(const QStringList &arguments);

} // namespace Inkwell::Cli
