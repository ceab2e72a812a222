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
// - In CJK fonts a Kangxi or supplement radical shares its glyph with the
//   ideograph, so 人 was mapped to ⼈ (U+2F08), 见 to ⻅, 户 to ⼾. Each entry
//   becomes the character of the text that the system font (found by the PDF
//   font's PostScript name) draws with that glyph; when several do, the one
//   named stays unless it is a radical (or a tab, drawn with the space glyph).
//   Without the font, a radical becomes its NFKC form if the text holds it.
// - Glyphs of characters above U+FFFF (most emoji) had no entry at all; they
//   are matched to the text's characters by outline.
// Needs a QGuiApplication (fonts). The PDF is returned as it was when nothing
// needed a change.
Result<QByteArray> repairPdfTextLayer(const QByteArray &pdf, const QString &text);

} // namespace Inkwell
