// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchcontroller.h"

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

void SearchController::find(const QString &query)
{
    if (!m_db.isOpen() || query.trimmed().isEmpty()) {
        m_results.setHits({});
        return;
    }
    m_results.setHits(SearchIndex(m_db).find(query, 30).value);
}

void SearchController::open(int row)
{
    if (row < 0 || row >= m_results.rowCount())
        return;
    const SearchHit &h = m_results.hits().at(row);
    if (h.kind == SearchHit::Kind::Draft)
        Q_EMIT draftChosen(h.id);
    else
        Q_EMIT messageChosen(h.conversationId, h.id);
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchHit &h = m_hits.at(index.row());
    switch (role) {
    case IsDraftRole:
        return h.kind == SearchHit::Kind::Draft;
    case Qt::DisplayRole:
    case TitleRole:
        return h.title.isEmpty() ? SearchController::tr("New conversation") : h.title;
    case AuthorRole:
        return int(h.role); // Chat.User, Chat.Assistant, …
    case SnippetRole:
        return markedSnippet(h);
    case TimeRole:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(h.time), QLocale::ShortFormat);
    }
    return {};
}

QHash<int, QByteArray> SearchResultsModel::roleNames() const
{
    return {{IsDraftRole, "isDraft"},
            {TitleRole, "title"},
            {AuthorRole, "author"},
            {SnippetRole, "snippet"},
            {TimeRole, "time"}};
}

void SearchResultsModel::setHits(const QList<SearchHit> &hits)
{
    const bool countDiffers = hits.size() != m_hits.size();
    beginResetModel();
    m_hits = hits;
    endResetModel();
    if (countDiffers)
        Q_EMIT countChanged();
}

} // namespace Inkwell
