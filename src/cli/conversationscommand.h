// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>

namespace Inkwell::Cli {

// `inkwell-cli conversations list|show`. Return exit codes.
int listConversations(const QSqlDatabase &db, bool json);
int showConversation(const QSqlDatabase &db, qint64 id, bool last, bool json);

} // namespace Inkwell::Cli
