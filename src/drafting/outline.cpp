// SPDX-License-Identifier: GPL-3.0-or-later
#include "outline.h"

#include <cmark-gfm.h>
#include <memory>

namespace Inkwell {

namespace {

QString headingText(cmark_node *heading)
{
    QString out;
    cmark_iter *it = cmark_iter_new(heading);
    for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;) {
        cmark_node *n = cmark_iter_get_node(it);
        if (ev == CMARK_EVENT_ENTER
            && (cmark_node_get_type(n) == CMARK_NODE_TEXT || cmark_node_get_type(n) == CMARK_NODE_CODE))
            out += QString::fromUtf8(cmark_node_get_literal(n));
    }
    cmark_iter_free(it);
    return out.trimmed();
}

} // namespace

QList<OutlineSection> Outline::sections(const QString &markdown)
{
    const QByteArray utf8 = markdown.toUtf8();
    std::unique_ptr<cmark_node, decltype(&cmark_node_free)> doc(
        cmark_parse_document(utf8.constData(), size_t(utf8.size()), CMARK_OPT_DEFAULT), &cmark_node_free);
    struct Heading {
        int line;
        int level;
        QString title;
    };
    QList<Heading> headings;
    bool anySecond = false;
    for (cmark_node *n = cmark_node_first_child(doc.get()); n; n = cmark_node_next(n)) {
        if (cmark_node_get_type(n) != CMARK_NODE_HEADING)
            continue;
        const int level = cmark_node_get_heading_level(n);
        anySecond = anySecond || level == 2;
        headings.append({cmark_node_get_start_line(n), level, headingText(n)});
    }
    // Where each line starts, in QString offsets.
    QList<qsizetype> lineStart {0};
    for (qsizetype i = 0; i < markdown.size(); ++i)
        if (markdown.at(i) == u'\n')
            lineStart.append(i + 1);
    auto startOf = [&](int line) { return lineStart.value(line - 1, markdown.size()); };

    const int level = anySecond ? 2 : 1;
    QList<OutlineSection> out;
    for (const Heading &h : std::as_const(headings)) {
        if (h.level > level)
            continue; // sub-headings stay inside their section
        if (!out.isEmpty())
            out.last().bodyEnd = startOf(h.line);
        if (h.level < level)
            continue; // the document's title ends a section but is not one
        OutlineSection s;
        s.title = h.title;
        s.level = h.level;
        s.headingStart = startOf(h.line);
        // Setext headings span two lines; ATX ones one.
        const qsizetype eol = markdown.indexOf(u'\n', s.headingStart);
        s.bodyStart = eol < 0 ? markdown.size() : eol + 1;
        if (eol >= 0 && eol + 1 < markdown.size()) {
            const QString next = markdown.mid(eol + 1, markdown.indexOf(u'\n', eol + 1) - eol - 1).trimmed();
            if (!next.isEmpty() && (next.count(u'=') == next.size() || next.count(u'-') == next.size())) {
                const qsizetype eol2 = markdown.indexOf(u'\n', eol + 1);
                s.bodyStart = eol2 < 0 ? markdown.size() : eol2 + 1;
            }
        }
        s.bodyEnd = markdown.size();
        out.append(s);
    }
    return out;
}

QString Outline::summary(const QString &markdown, const QList<OutlineSection> &sections)
{
    QString out;
    for (const OutlineSection &s : sections) {
        out += QString(s.level, u'#') + u' ' + s.title + u'\n';
        const QString plan = markdown.mid(s.bodyStart, s.bodyEnd - s.bodyStart).trimmed();
        const QString first = plan.section(u'\n', 0, 0).trimmed();
        if (!first.isEmpty())
            out += first.left(300) + u'\n';
    }
    return out;
}

} // namespace Inkwell
