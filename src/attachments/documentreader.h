// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace Inkwell {

// A document's text as it is sent to a model.
struct DocumentText {
    QString text; // a PDF's pages each start with a line "--- Page N ---" (N from 1)
    int pages = 0; // PDF only; 0 for the others
    QString format; // "pdf", "docx", "odt", "text", "html", "markdown", "csv"
    QString encoding; // the text formats' encoding (decodeText), else empty
    // A PDF without a text layer (scanned), read because the caller said it
    // can send the file itself; `text` is empty.
    bool scanned = false;
};

struct DocumentLimits {
    // What a DOCX/ODT part may inflate to, whatever its zip entry declares.
    qint64 maxInflatedBytes = 64LL << 20;
    int maxPages = 2000;
    // A scanned PDF is returned (scanned, no text) instead of refused: for a
    // server that reads the PDF itself.
    bool acceptScanned = false;
};

// The text of a document file's bytes. The format is told by the content
// (%PDF-, a zip holding word/document.xml or an ODF text mimetype, else
// text); the file name's extension only says which text format (.md,
// .markdown, .csv, .html, .htm) and is checked against the content: a ".pdf"
// that is not a PDF, or a ".docx"/".odt" that is something else, is refused
// with a sentence saying what it is. PDF text comes from poppler, page by
// page; DOCX and ODT from their XML, inflated in bounded chunks; HTML as the
// text Qt's rich text reads from it (Qt6::Gui, no display needed); the other
// text formats as decodeText gives them.
// Every failure is a Format error whose sentence names `fileName`: empty,
// damaged, password-protected, a PDF without a text layer, more pages than
// `limits.maxPages`, a part larger than `limits.maxInflatedBytes` (a zip
// bomb), malformed XML, binary data.
// Pure function (no files, no network); safe on any thread, one call at a time
// per input. A 300-page PDF takes seconds: call it off the GUI thread.
Result<DocumentText> readDocument(const QByteArray &bytes, const QString &fileName, const DocumentLimits &limits = {});

} // namespace Inkwell
