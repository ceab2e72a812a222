// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace Inkwell {

// The one translation context of the drafting texts (template problems,
// value checks, library and action messages), so that lupdate and the
// running app agree on it: Drafting::tr("…").
class Drafting {
    Q_DECLARE_TR_FUNCTIONS(Inkwell::Drafting)
};

} // namespace Inkwell
