// SPDX-License-Identifier: GPL-3.0-or-later
#include "logging.h"

Q_LOGGING_CATEGORY(lcNet, "inkwell.net", QtWarningMsg)
Q_LOGGING_CATEGORY(lcStore, "inkwell.store", QtWarningMsg)
Q_LOGGING_CATEGORY(lcChat, "inkwell.chat", QtWarningMsg)
Q_LOGGING_CATEGORY(lcExchange, "inkwell.exchange", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSecrets, "inkwell.secrets", QtWarningMsg)

namespace Inkwell {

void enableVerboseLogging()
{
    QLoggingCategory::setFilterRules(QStringLiteral("inkwell.*=true"));
}

} // namespace Inkwell
