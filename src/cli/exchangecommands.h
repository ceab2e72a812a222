// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Inkwell::Cli {

// inkwell-cli export (--conversation ID… | --last | --all) --format F --out PATH
int runExport(const QStringList &args);
// inkwell-cli import FILE [--format inkwell|chatgpt] [--dry-run] [--json]
int runImport(const QStringList &args);

} // namespace Inkwell::Cli
