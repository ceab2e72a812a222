// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// What Inkwell says about its own work, by area. Silent below warnings unless
// asked: `inkwell-cli --verbose`, or QT_LOGGING_RULES="inkwell.*=true"
// for the window. Never a key, a password or a message's text: URLs are
// logged without their query, requests by model and size only.
Q_DECLARE_LOGGING_CATEGORY(lcNet) // inkwell.net: requests, statuses, retries, ends
Q_DECLARE_LOGGING_CATEGORY(lcStore) // inkwell.store: the database file, migrations, failed writes
Q_DECLARE_LOGGING_CATEGORY(lcChat) // inkwell.chat: sends, answers' ends, flushes
Q_DECLARE_LOGGING_CATEGORY(lcExchange) // inkwell.exchange: imports and exports
Q_DECLARE_LOGGING_CATEGORY(lcSecrets) // inkwell.secrets: the keychain (never its contents)

namespace Inkwell {

// Every inkwell.* category, debug messages included (the CLI's --verbose).
void enableVerboseLogging();

} // namespace Inkwell
