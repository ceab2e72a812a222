// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QNetworkRequest>
#include <QString>

namespace Inkwell {

// The request as a shell command, to reproduce an answer outside the app.
// Credentials are never written: every auth header reads $INKWELL_API_KEY
// instead (and a proxy is left to the shell's own settings).
QString curlCommand(const QNetworkRequest &request, const QByteArray &body);

} // namespace Inkwell
