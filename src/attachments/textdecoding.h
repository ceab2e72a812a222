// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace Inkwell {

struct DecodedText {
    QString text; // BOM stripped, CRLF and CR turned into LF
    QString encoding; // "UTF-8", "UTF-16LE", "GB18030", "Big5", "Shift_JIS", "windows-1252" …
};

// A text file's bytes as text, in whatever common encoding they were written:
// a byte order mark (UTF-8, UTF-16LE/BE, UTF-32LE/BE) decides first; then
// strict UTF-8; then UTF-16 without a mark (the zero bytes of mostly-ASCII
// text); then ICU's charset detector, whose guesses are taken in order of
// confidence and kept only if ICU converts the whole input without a single
// invalid or unmappable sequence (GB2312 is read as its superset GB18030,
// ISO-8859-1 as windows-1252); ISO-8859-1, which maps every byte, is the last
// resort. ICU tells the CJK encodings apart from a few dozen bytes of prose
// (tst_documents); on a line or two of mixed text it guesses.
// Binary data (zero bytes outside UTF-16/32, or mostly control characters) is
// refused with a Format error: "<name> looks like a binary file, not text."
// `name` is the file name the error sentences use ("This file" when empty).
// Pure function; safe on any thread.
Result<DecodedText> decodeText(const QByteArray &bytes, const QString &name = {});

} // namespace Inkwell
