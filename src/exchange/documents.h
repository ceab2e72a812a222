// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "exchange/snapshot.h"
#include "store/draft.h"

#include <QUrl>

namespace Inkwell {

struct DocumentOptions {
    bool allBranches = false; // default: the branch the user sees
};

// One conversation as a document people read. Message text is never
// interpreted: in HTML it is escaped or passed through cmark-gfm's safe mode,
// so a message holding <script> stays text.
QString toMarkdown(const Snapshot &snapshot, const DocumentOptions &options);
QString toPlainText(const Snapshot &snapshot, const DocumentOptions &options);
// Some messages as the Markdown export writes them (a heading each): what
// copying several messages from the window puts on the clipboard.
QString messagesToMarkdown(const QList<Message> &messages);
enum class HtmlTarget { Browser, Pdf };
QString toHtml(const Snapshot &snapshot, const DocumentOptions &options, HtmlTarget target = HtmlTarget::Browser);
// Written through Qt's PDF writer: A4, page numbers, wrapped code, CJK fonts
// from the system. Needs a QGuiApplication.
Error writePdf(const Snapshot &snapshot, const DocumentOptions &options, const QString &path);

// A draft as a page: its Markdown rendered (HTML, PDF); its Markdown file is
// its text as it is.
QString draftToHtml(const Draft &draft, HtmlTarget target = HtmlTarget::Browser);
// Qt's PDF writer over rich text (A4, page numbers), written atomically.
Error writeHtmlAsPdf(const QString &html, const QString &title, const QString &path);

// Dates as documents show them: "2026-11-30 10:57 UTC".
QString documentDate(qint64 ms);

// A message's files in documents. The Markdown export shows each image
// from, and links each document to, `assets/<assetFileName>` beside the .md
// file (the exporter writes them there, once each: the name is the
// content's); the other formats embed pictures (HTML as data: URLs, PDF
// drawn on the page) and name the rest.
QString assetFileName(const Attachment &attachment); // "3f1a…c2d4.jpg": a sha256 prefix and a suffix
// "58×493, 4.1 KB" for an image, "17 pages, 137 KB" for a document.
QString attachmentSummary(const Attachment &attachment);
// Whether a browser (and Qt's rich text) shows it as a picture: the raster
// formats a prepared image has. Anything else is shown as a file.
bool isShownAsImage(const Attachment &attachment);
// What an image is called in the PDF's HTML: writePdf() hands each one to
// the QTextDocument as a resource of that name (no base64 round trip).
QUrl pdfImageUrl(const Attachment &attachment);

} // namespace Inkwell
