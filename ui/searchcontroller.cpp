// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchcontroller.h"

#include "store/searchindex.h"

#include <QDateTime>
#include <QLocale>

namespace Inkwell {

namespace {
// The snippet as HTML, each match in <b>.
QString markedSnippet(const SearchHit &h)
{
    QString html;
    int at = 0;
    for (const auto &[start, length] : h.marks) {
        if (start < at)
            continue;
        html += h.snippet.mid(at, start - at).toHtmlEscaped() + u"<b>" + h.snippet.mid(start, length).toHtmlEscaped()
            + u"</b>";
        at = start + length;
    }
    return html + h.snippet.mid(at).toHtmlEscaped();
}
} // namespace

SearchController::SearchController(const QSqlDatabase &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
}

QVariantList SearchController::find(const QString &query)
{
    QVariantList out;
    if (!m_db.isOpen())
        return out;
    const auto hits = SearchIndex(m_db).find(query, 30);
    for (const SearchHit &h : hits.value)
        out << QVariantMap {
            {QStringLiteral("kind"),
             h.kind == SearchHit::Kind::Message ? QStringLiteral("message") : QStringLiteral("draft")},
            {QStringLiteral("id"), h.id},
            {QStringLiteral("conversationId"), h.conversationId},
            {QStringLiteral("title"), h.title.isEmpty() ? tr("New conversation") : h.title},
            {QStringLiteral("role"), int(h.role)},
            {QStringLiteral("snippet"), markedSnippet(h)},
            {QStringLiteral("time"), QLocale().toString(QDateTime::fromMSecsSinceEpoch(h.time), QLocale::ShortFormat)}};
    return out;
}

} // namespace Inkwell
