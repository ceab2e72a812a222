// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Inkwell::Cli {

// inkwell-cli models [--json] (of --profile or --base-url)
int runModels(const QStringList &args);
// inkwell-cli profiles list|add|remove|test
int runProfiles(const QStringList &args);

} // namespace Inkwell::Cli
