// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace Inkwell {

// The text layer of a PDF written by Qt's PDF writer (6.4), put right for
// `text`, the text its pages show, so that copying and searching give the
// characters as written. Each embedded font's /ToUnicode map comes from a
// reverse cmap that keeps the lowest code point drawing a glyph:
// - In CJK fonts a Kangxi radical and its ideograph share one glyph, so 人 was
//   mapped to ⼈ (U+2F08). A code point that stands for another (its NFKC form)
//   becomes that one: a radical unless the text holds the radical and not the
//   ideograph, anything else when the text holds the other and not it. A tab
//   (Qt draws it with the space glyph) becomes a space. A glyph that has its
//   own entry for the character is left alone.
// - Glyphs of characters above U+FFFF (most emoji) had no entry at all; they
//   are matched to the text's characters by outline (see addMissingGlyphs).
// Needs a QGuiApplication (fonts). The PDF is returned as it was when nothing
// needed a change.
Result<QByteArray> repairPdfTextLayer(const QByteArray &pdf, const QString &text);

} // namespace Inkwell
