// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Inkwell {

// The sections of a Markdown draft, for outline mode: each heading at the
// section level (## when the document has any, else #) and the text under it
// up to the next such heading. Offsets index the draft's QString.
struct OutlineSection {
    QString title;
    int level = 2;
    qsizetype headingStart = 0;
    qsizetype bodyStart = 0; // after the heading's line
    qsizetype bodyEnd = 0; // the next section's heading, or the end
};

class Outline {
public:
    // cmark-gfm finds the headings, so a "#" inside a code block is not one.
    static QList<OutlineSection> sections(const QString &markdown);
    // "## Title" lines with the first line of each section's plan.
    static QString summary(const QString &markdown, const QList<OutlineSection> &sections);
};

} // namespace Inkwell
