// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "templates/template.h"

#include <QList>

namespace Inkwell {

// The templates that ship inside the app (resources/templates/*.md). They are
// read-only: a user changes a copy, so a newer app can update its built-ins
// without touching anyone's copies.
class BuiltinTemplates {
public:
    static const QList<Template> &all();
    // "article" or "builtin:article"; nullptr when there is none.
    static const Template *find(const QString &key);
    static constexpr QLatin1StringView kPrefix {"builtin:"};
};

} // namespace Inkwell
