// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QSqlDatabase>

namespace Inkwell {

// Small state that follows the data folder (the active profile, text typed
// but not sent); never a secret.
class AppState {
public:
    explicit AppState(const QSqlDatabase &db);
    QString value(const QString &key); // "" when unset
    Error setValue(const QString &key, const QString &value); // "" removes it

private:
    QSqlDatabase m_db;
};

} // namespace Inkwell
