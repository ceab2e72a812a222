// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownrenderer.h"

#include "render/codehighlighter.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUuid>

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

namespace Inkwell {

namespace {

constexpr int kOptions = CMARK_OPT_DEFAULT | CMARK_OPT_GITHUB_PRE_LANG | CMARK_OPT_STRIKETHROUGH_DOUBLE_TILDE;

struct Extensions {
    cmark_llist *list = nullptr;
    QList<cmark_syntax_extension *> all;
    Extensions()
    {
        cmark_gfm_core_extensions_ensure_registered();
        for (const char *name : {"table", "strikethrough", "autolink", "tasklist"}) {
            if (cmark_syntax_extension *ext = cmark_find_syntax_extension(name)) {
                all << ext;
                list = cmark_llist_append(cmark_get_default_mem_allocator(), list, ext);
            }
        }
    }
};

const Extensions &extensions()
{
    static const Extensions ext;
    return ext;
}

// An image would be loaded by the text item; make it a link to click instead.
void imagesToLinks(cmark_node *root)
{
    QList<cmark_node *> images;
    cmark_iter *it = cmark_iter_new(root);
    for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;) {
        cmark_node *n = cmark_iter_get_node(it);
        if (ev == CMARK_EVENT_ENTER && cmark_node_get_type(n) == CMARK_NODE_IMAGE)
            images << n;
    }
    cmark_iter_free(it);
    for (cmark_node *image : std::as_const(images)) {
        cmark_node *link = cmark_node_new(CMARK_NODE_LINK);
        cmark_node_set_url(link, cmark_node_get_url(image));
        cmark_node *label = cmark_node_new(CMARK_NODE_TEXT);
        cmark_node_set_literal(label, "🖼 ");
        cmark_node_append_child(link, label);
        while (cmark_node *child = cmark_node_first_child(image)) {
            cmark_node_unlink(child);
            cmark_node_append_child(link, child);
        }
        cmark_node_insert_before(image, link);
        cmark_node_free(image);
    }
}

QString rawHtml(cmark_node *node)
{
    // Without CMARK_OPT_UNSAFE: raw HTML becomes a comment and javascript:,
    // vbscript:, file: and data: links lose their URL.
    char *out = cmark_render_html(node, kOptions, extensions().list);
    QString s = QString::fromUtf8(out).trimmed();
    cmark_get_default_mem_allocator()->free(out);
    return s;
}

// Qt's rich text has no form controls and plain tables; adapt cmark's output.
QString adaptForQt(QString s)
{
    static const QRegularExpression checked(
        QStringLiteral("<input type=\"checkbox\" checked=\"\" disabled=\"\" />\\s?"));
    static const QRegularExpression unchecked(QStringLiteral("<input type=\"checkbox\" disabled=\"\" />\\s?"));
    s.replace(checked, QStringLiteral("☑ "));
    s.replace(unchecked, QStringLiteral("☐ "));
    s.replace(
        QStringLiteral("<table>"),
        QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"6\" style=\"border-collapse: collapse\">"));
    // ~~text~~ is <del> from cmark; Qt's rich text strikes out only <s>.
    s.replace(QStringLiteral("<del>"), QStringLiteral("<s>"));
    s.replace(QStringLiteral("</del>"), QStringLiteral("</s>"));
    return s;
}

QString html(cmark_node *node)
{
    QString s = adaptForQt(rawHtml(node));
    // A lone paragraph needs no <p>: Qt would add its own margins around it.
    if (s.startsWith(QStringLiteral("<p>")) && s.endsWith(QStringLiteral("</p>"))
        && s.indexOf(QStringLiteral("<p>"), 3) < 0)
        s = s.mid(3, s.size() - 7);
    return s;
}

QString childrenHtml(cmark_node *node)
{
    QString s;
    for (cmark_node *c = cmark_node_first_child(node); c; c = cmark_node_next(c))
        s += html(c);
    return s;
}

// UTF-16 index of each line start (1-based lines, as cmark counts them).
QList<qsizetype> lineStarts(const QString &text)
{
    QList<qsizetype> starts {0};
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\n' || (c == u'\r' && (i + 1 >= text.size() || text.at(i + 1) != u'\n')))
            starts << i + 1;
    }
    return starts;
}

// The document tree, images already turned into links; free with cmark_node_free.
cmark_node *parseDocument(const QString &markdown)
{
    const QByteArray utf8 = markdown.toUtf8();
    cmark_parser *parser = cmark_parser_new(kOptions);
    for (cmark_syntax_extension *ext : extensions().all)
        cmark_parser_attach_syntax_extension(parser, ext);
    cmark_parser_feed(parser, utf8.constData(), size_t(utf8.size()));
    cmark_node *doc = cmark_parser_finish(parser);
    cmark_parser_free(parser);
    imagesToLinks(doc);
    return doc;
}

} // namespace

QString MarkdownRenderer::toolLabel(const MarkdownBlock &b)
{
    const QString what = b.language == u"tool-call"
        ? QCoreApplication::translate("Inkwell::MarkdownRenderer", "Tool call")
        : QCoreApplication::translate("Inkwell::MarkdownRenderer", "Tool result");
    return b.title.isEmpty() ? what : what + u" · " + b.title;
}

QString MarkdownRenderer::toHtml(const QString &markdown, HtmlFor target)
{
    cmark_node *doc = parseDocument(markdown);
    // Fenced code in a language the highlighter knows: each block is swapped
    // for a marker, rendered, then replaced by the highlighted HTML. The
    // marker holds a fresh random id, so no text can forge one.
    const QString nonce = u"inkwell-code-" + QUuid::createUuid().toString(QUuid::Id128) + u'-';
    QList<cmark_node *> blocks;
    cmark_iter *it = cmark_iter_new(doc);
    for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;) {
        cmark_node *n = cmark_iter_get_node(it);
        if (ev == CMARK_EVENT_ENTER && cmark_node_get_type(n) == CMARK_NODE_CODE_BLOCK)
            blocks << n;
    }
    cmark_iter_free(it);
    QStringList highlighted;
    for (cmark_node *block : std::as_const(blocks)) {
        const QString info = QString::fromUtf8(cmark_node_get_fence_info(block)).trimmed();
        MarkdownBlock b {MarkdownBlock::Kind::Code,
                         {},
                         QString::fromUtf8(cmark_node_get_literal(block)),
                         info.section(u' ', 0, 0),
                         info.section(u' ', 1).trimmed()};
        if (b.code.endsWith(u'\n'))
            b.code.chop(1);
        const QString spans = CodeHighlighter::toHtml(b.code, b.codeLanguage());
        if (spans.isEmpty() && !b.isTool())
            continue;
        const QString language = b.codeLanguage();
        const QString pre = u"<pre lang=\"" + language.toHtmlEscaped() + u"\"><code>"
            + (spans.isEmpty() ? b.code.toHtmlEscaped() : spans) + u"</code></pre>";
        cmark_node *marker = cmark_node_new(CMARK_NODE_PARAGRAPH);
        cmark_node *text = cmark_node_new(CMARK_NODE_TEXT);
        cmark_node_set_literal(text, (nonce + QString::number(highlighted.size())).toUtf8().constData());
        cmark_node_append_child(marker, text);
        cmark_node_insert_before(block, marker);
        cmark_node_free(block);
        if (!b.isTool())
            highlighted << pre;
        else if (target == HtmlFor::Browser) // folded, as in the window
            highlighted << u"<details class=\"tool\"><summary>" + toolLabel(b).toHtmlEscaped() + u"</summary>\n" + pre
                    + u"</details>";
        else // Qt's rich text (the PDF) has no <details>
            highlighted << u"<p class=\"tool\">" + toolLabel(b).toHtmlEscaped() + u"</p>\n" + pre;
    }
    QString s = target == HtmlFor::QtRichText ? adaptForQt(rawHtml(doc)) : rawHtml(doc);
    cmark_node_free(doc);
    for (qsizetype i = highlighted.size() - 1; i >= 0; --i) {
        const QString marker = nonce + QString::number(i);
        s.replace(u"<p>" + marker + u"</p>", highlighted[i]);
        s.replace(marker, highlighted[i]); // in a tight list there is no <p>
    }
    return s;
}

MarkdownRenderer::Parsed MarkdownRenderer::parse(const QString &markdown)
{
    Parsed out;
    cmark_node *doc = parseDocument(markdown);
    const QList<qsizetype> lines = lineStarts(markdown);

    for (cmark_node *n = cmark_node_first_child(doc); n; n = cmark_node_next(n)) {
        MarkdownBlock b;
        switch (cmark_node_get_type(n)) {
        case CMARK_NODE_CODE_BLOCK: {
            b.kind = MarkdownBlock::Kind::Code;
            b.code = QString::fromUtf8(cmark_node_get_literal(n));
            if (b.code.endsWith(u'\n'))
                b.code.chop(1);
            const QString info = QString::fromUtf8(cmark_node_get_fence_info(n)).trimmed();
            b.language = info.section(u' ', 0, 0);
            b.title = info.section(u' ', 1).trimmed();
            break;
        }
        case CMARK_NODE_THEMATIC_BREAK:
            b.kind = MarkdownBlock::Kind::Rule;
            break;
        case CMARK_NODE_BLOCK_QUOTE:
            b.kind = MarkdownBlock::Kind::Quote;
            b.html = childrenHtml(n);
            break;
        case CMARK_NODE_HTML_BLOCK:
            continue; // raw HTML is not shown (and never interpreted)
        default:
            b.html = html(n);
            break;
        }
        out.blocks << b;
        const int line = qMax(1, cmark_node_get_start_line(n));
        out.starts << lines.value(line - 1, markdown.size());
    }
    cmark_node_free(doc);
    return out;
}

} // namespace Inkwell
