// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace Inkwell {

// The one translation context of export and import texts, so that lupdate and
// the running app agree on it: Exchange::tr("…").
class Exchange {
    Q_DECLARE_TR_FUNCTIONS(Inkwell::Exchange)
};

} // namespace Inkwell
