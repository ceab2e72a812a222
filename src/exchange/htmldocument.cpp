// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/documents.h"
#include "exchange/exchangetr.h"
#include "exchange/transcript.h"
#include "render/codehighlighter.h"
#include "render/markdownrenderer.h"

#include <QCoreApplication>
#include <QLocale>
#include <QUrl>

#include <algorithm>

namespace Inkwell {

namespace {

// One file, no scripts, nothing fetched: the policy forbids every resource but
// the inline style, so even a payload that slipped through could not run.
const char kBrowserHead[]
    = R"(<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'%1">
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
:root { color-scheme: light dark; --fg: #1f2328; --muted: #667085; --bg: #ffffff; --user: #eef3ff;
        --code: #f6f8fa; --border: #e4e7ec; --accent: #3b6cf6; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e6e6e6; --muted: #9aa0a6; --bg: #1e1f22; --user: #2f3b57; --code: #2b2d31; --border: #3a3d44; }
}
body { margin: 0 auto; max-width: 52rem; padding: 2rem 1.25rem; background: var(--bg); color: var(--fg);
       font: 16px/1.6 system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans CJK SC", "PingFang SC",
       "Microsoft YaHei", sans-serif; }
header h1 { margin: 0 0 .25rem; font-size: 1.6rem; }
.meta { color: var(--muted); margin: 0 0 2rem; font-size: .9rem; }
.message { margin: 0 0 1.5rem; padding: .75rem 1rem; border-radius: 12px; border: 1px solid var(--border); }
.message.user { background: var(--user); border-color: transparent; }
.role { margin: 0 0 .5rem; font-size: .85rem; font-weight: 600; color: var(--muted); }
.status { font-weight: 400; font-style: italic; }
.plain { white-space: pre-wrap; overflow-wrap: anywhere; }
.branch { margin: 2.5rem 0 1rem; padding-top: 1rem; border-top: 2px dashed var(--border); font-size: 1rem; color: var(--muted); }
details.reasoning { margin: 0 0 .75rem; color: var(--muted); font-size: .92rem; }
details.reasoning summary { cursor: pointer; }
details.tool { margin: .5rem 0; }
details.tool summary { cursor: pointer; color: var(--muted); font-size: .9rem; font-weight: 600; }
pre { background: var(--code); padding: .75rem 1rem; border-radius: 8px; overflow-x: auto; }
code { font-family: ui-monospace, "DejaVu Sans Mono", "Noto Sans Mono CJK SC", monospace; font-size: .9em; }
:not(pre) > code { background: var(--code); padding: .1em .3em; border-radius: 4px; }
table { border-collapse: collapse; } th, td { border: 1px solid var(--border); padding: .3rem .6rem; }
blockquote { margin: 0; padding-left: 1rem; border-left: 3px solid var(--border); color: var(--muted); }
a { color: var(--accent); }
footer { margin-top: 3rem; color: var(--muted); font-size: .8rem; }
.files { margin: .75rem 0 0; }
.files img { display: block; max-width: 100%; height: auto; margin: .5rem 0; border-radius: 8px; }
.file { display: inline-block; margin: .25rem 0; padding: .4rem .75rem; border: 1px solid var(--border);
        border-radius: 8px; background: var(--bg); font-size: .9rem; }
.file .size { color: var(--muted); }
)";

// Qt's rich text understands a subset of CSS 2: no variables, no details.
// It reads margins in px only (a margin in pt counts as 0). Symbola, a
// monochrome outline font, draws emoji: Qt's PDF writer cannot embed a colour
// bitmap font such as Noto Color Emoji, whose emoji come out blank.
// Both heads leave their <style> open for the code highlighter's rules.
const char kPdfHead[] = R"(<style>
body { font-size: 10.5pt; font-family: "DejaVu Sans", "Noto Sans CJK SC", "Symbola", sans-serif; }
h1 { font-size: 17pt; }
.meta { color: #667085; }
.role { font-size: 9.5pt; color: #667085; font-weight: 600; margin-top: 22px; margin-bottom: 6px; }
.text { margin-bottom: 6px; }
.plain { white-space: pre-wrap; }
.reasoning { color: #667085; font-size: 9.5pt; margin-left: 16px; }
.branch { color: #667085; font-size: 11pt; margin-top: 28px; }
pre { white-space: pre-wrap; background-color: #f6f8fa; font-family: "DejaVu Sans Mono", "Noto Sans Mono CJK SC", "Symbola", monospace; font-size: 9pt; }
code { font-family: "DejaVu Sans Mono", "Noto Sans Mono CJK SC", "Symbola", monospace; }
.tool { color: #667085; font-size: 9.5pt; font-weight: 600; }
.footer { color: #667085; font-size: 8.5pt; margin-top: 28px; }
.file { color: #667085; font-size: 9.5pt; margin-top: 6px; }
)";

// The widest and tallest an image is drawn in the PDF, in the 96 dpi pixels
// Qt's rich text measures in: A4 less the writer's margins (18 mm) and
// QTextDocument::print()'s own (2 cm) leaves 134 mm, about 506 px, across
// and 221 mm, about 835 px, down (Qt never splits an image across pages).
constexpr int kPdfImageWidth = 500;
constexpr int kPdfImageHeight = 800;

// A message's files, under its text: images shown (in a browser from data:
// URLs, which the page's policy allows and nothing else; in the PDF from
// resources writePdf() gives the document, named by pdfImageUrl()),
// documents and anything else as a card with name, pages and size.
QString attachmentsHtml(const Message &m, HtmlTarget target)
{
    if (m.attachments.isEmpty())
        return {};
    const bool pdf = target == HtmlTarget::Pdf;
    QString out = QStringLiteral("<div class=\"files\">\n");
    for (const Attachment &a : m.attachments) {
        const QString name = a.name.toHtmlEscaped();
        const QString summary = attachmentSummary(a).toHtmlEscaped();
        if (isShownAsImage(a) && pdf) {
            double scale = 1;
            if (a.width > 0 && a.height > 0)
                scale = std::min({1.0, double(kPdfImageWidth) / a.width, double(kPdfImageHeight) / a.height});
            const QString size = a.width > 0 && a.height > 0 ? QStringLiteral(" width=\"%1\" height=\"%2\"")
                                                                   .arg(std::max(1, qRound(a.width * scale)))
                                                                   .arg(std::max(1, qRound(a.height * scale)))
                                                             : QString();
            out += u"<p><img src=\"" + pdfImageUrl(a).toString().toHtmlEscaped() + u"\" alt=\"" + name + u'"' + size
                + u"></p>\n";
        } else if (isShownAsImage(a)) {
            out += u"<img src=\"data:" + a.mimeType + u";base64," + QLatin1String(a.data.toBase64()) + u"\" alt=\""
                + name + u"\" title=\"" + name + u" · " + summary + u'"'
                + (a.width > 0 && a.height > 0
                       ? QStringLiteral(" width=\"%1\" height=\"%2\"").arg(a.width).arg(a.height)
                       : QString())
                + u">\n";
        } else if (pdf) {
            out += u"<p class=\"file\">" + QStringLiteral("📄 ") + u"<b>" + name + u"</b> · " + summary + u"</p>\n";
        } else {
            out += u"<div class=\"file\">" + QStringLiteral("📄 ") + u"<b>" + name + u"</b> <span class=\"size\">· "
                + summary + u"</span></div>\n";
        }
    }
    return out + u"</div>\n";
}

} // namespace

QUrl pdfImageUrl(const Attachment &a)
{
    return QUrl(u"inkwell-attachment:" + a.sha256);
}

// The page around a document's body: head, style, title and meta line,
// footer. `title` and `meta` are plain text; `main` is HTML. Only a page
// with attached images lets the browser show data: images (`images`), and
// nothing else: a page without them forbids every resource.
QString htmlPage(const QString &title, const QString &meta, const QString &main, HtmlTarget target, bool showTitle,
                 bool images = false)
{
    const bool pdf = target == HtmlTarget::Pdf;
    const QString escaped = title.toHtmlEscaped();
    QString out = u"<!DOCTYPE html>\n<html lang=\"" + QLocale().bcp47Name().toHtmlEscaped()
        + u"\">\n<head>\n"
          u"<meta charset=\"utf-8\">\n<meta name=\"generator\" content=\"Inkwell " INKWELL_VERSION "\">\n"
          u"<title>"
        + escaped + u"</title>\n"
        + (pdf ? QString::fromLatin1(kPdfHead)
               : QString::fromLatin1(kBrowserHead).arg(images ? QStringLiteral("; img-src data:") : QString()))
        + (pdf ? CodeHighlighter::richTextStyleSheet() : CodeHighlighter::browserStyleSheet())
        + u"</style>\n</head>\n<body>\n<header>\n";
    if (showTitle)
        out += u"<h1>" + escaped + u"</h1>\n";
    out += u"<p class=\"meta\">" + meta.toHtmlEscaped() + u"</p>\n</header>\n<main>\n" + main;
    // Qt's rich text (the PDF) does not know <footer>: a paragraph of its own
    // keeps the line from running into the last message.
    const QString footer = Exchange::tr("Exported by Inkwell %1").arg(QStringLiteral(INKWELL_VERSION)).toHtmlEscaped();
    if (pdf)
        out += u"</main>\n<p class=\"footer\">" + footer + u"</p>\n</body>\n</html>\n";
    else
        out += u"</main>\n<footer>" + footer + u"</footer>\n</body>\n</html>\n";
    return out;
}

QString toHtml(const Snapshot &s, const DocumentOptions &options, HtmlTarget target)
{
    const bool pdf = target == HtmlTarget::Pdf;
    const auto markdownFor = pdf ? MarkdownRenderer::HtmlFor::QtRichText : MarkdownRenderer::HtmlFor::Browser;
    const Conversation &c = s.conversation;
    const QString title = c.title.isEmpty() ? Exchange::tr("Untitled conversation") : c.title;
    QString meta = documentDate(c.createdAt);
    if (const QStringList models = s.models(); !models.isEmpty())
        meta += u" · " + models.join(u", ");
    QString out;

    for (const TranscriptItem &item : transcript(s, options.allBranches)) {
        if (!item.message) {
            out += u"<h2 class=\"branch\">" + branchHeading(item).toHtmlEscaped() + u"</h2>\n";
            continue;
        }
        const Message &m = *item.message;
        out += u"<section class=\"message " + roleText(m.role) + u"\">\n<h2 class=\"role\">"
            + roleLabel(m).toHtmlEscaped();
        if (const QString note = statusNote(m); !note.isEmpty())
            out += u" <span class=\"status\">(" + note.toHtmlEscaped() + u")</span>";
        out += u"</h2>\n";
        if (!m.reasoning.isEmpty()) {
            const QString reasoning = m.reasoning.trimmed().toHtmlEscaped();
            if (pdf)
                out += u"<p class=\"reasoning plain\"><b>" + Exchange::tr("Reasoning") + u"</b><br>" + reasoning
                    + u"</p>\n";
            else
                out += u"<details class=\"reasoning\"><summary>" + Exchange::tr("Reasoning")
                    + u"</summary>\n<div class=\"plain\">" + reasoning + u"</div>\n</details>\n";
        }
        // People type plain text; models (and tools) answer in Markdown.
        if (m.content.isEmpty())
            ;
        else if (m.role == Chat::Role::Assistant || m.role == Chat::Role::Tool)
            out += u"<div class=\"text\">\n" + MarkdownRenderer::toHtml(m.content, markdownFor) + u"\n</div>\n";
        else
            out += u"<div class=\"text plain\">" + m.content.toHtmlEscaped() + u"</div>\n";
        out += attachmentsHtml(m, target);
        out += QStringLiteral("</section>\n");
    }
    bool images = false;
    for (const Message &m : s.messages)
        for (const Attachment &a : m.attachments)
            images = images || isShownAsImage(a);
    return htmlPage(title, meta, out, target, true, images);
}

QString draftToHtml(const Draft &d, HtmlTarget target)
{
    const auto markdownFor
        = target == HtmlTarget::Pdf ? MarkdownRenderer::HtmlFor::QtRichText : MarkdownRenderer::HtmlFor::Browser;
    const QString title = d.title.isEmpty() ? Exchange::tr("Untitled draft") : d.title;
    // A draft usually opens with its own "# Title"; the page then shows no second one.
    const bool ownTitle = d.content.trimmed().startsWith(QStringLiteral("# "));
    const QString meta = documentDate(d.updatedAt ? d.updatedAt : d.createdAt)
        + (d.templateName.isEmpty() ? QString() : u" · " + d.templateName);
    return htmlPage(title, meta,
                    u"<div class=\"text\">\n" + MarkdownRenderer::toHtml(d.content, markdownFor) + u"\n</div>\n",
                    target, !ownTitle);
}

} // namespace Inkwell
