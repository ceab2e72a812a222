// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Inkwell {

// Counts as writers count them: words of alphabetic scripts, and each CJK
// character as one word (字数); characters without spaces and line breaks.
struct TextStats {
    int words = 0;
    int characters = 0;

    static TextStats of(const QString &text);
};

} // namespace Inkwell
