// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Inkwell {

// A line diff between two texts (dtl, the diff template library), for the
// draft history: what a version changed against the current text.
class TextDiff {
public:
    struct Line {
        enum class Kind { Same, Added, Removed };
        Kind kind = Kind::Same;
        QString text;
    };
    struct Result {
        QList<Line> lines;
        int added = 0;
        int removed = 0;
    };
    static Result lines(const QString &from, const QString &to);
};

} // namespace Inkwell
