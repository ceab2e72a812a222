// SPDX-License-Identifier: GPL-3.0-or-later
#include "textstats.h"

#include <QTextBoundaryFinder>

namespace Inkwell {

TextStats TextStats::of(const QString &text)
{
    TextStats s;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!c.isSpace() && !c.isLowSurrogate())
            ++s.characters;
    }
    // Unicode word boundaries (UAX #29): without a dictionary each Han
    // character is its own segment, which is how Chinese length is counted.
    QTextBoundaryFinder finder(QTextBoundaryFinder::Word, text);
    qsizetype start = 0;
    while (finder.toNextBoundary() >= 0) {
        const qsizetype end = finder.position();
        for (qsizetype i = start; i < end; ++i) {
            if (text.at(i).isLetterOrNumber()) {
                ++s.words;
                break;
            }
        }
        start = end;
    }
    return s;
}

} // namespace Inkwell
