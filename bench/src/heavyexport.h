// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Bench {

// Writes a ChatGPT "Export data" conversations.json as a heavy user's looks:
// `conversations` conversations of about 17 messages each (18 nodes with the
// root and a hidden system message), one in five with a regenerated answer,
// English and Chinese, code, the metadata ChatGPT writes on every node
// (about 68 KB a conversation: 5,000 make some 340 MB). Deterministic.
// Returns the messages written (the hidden ones not counted).
qint64 writeChatGptExport(const QString &path, int conversations);

} // namespace Bench
