// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "exchange/snapshot.h"
#include "store/draft.h"

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

} // namespace Inkwell
