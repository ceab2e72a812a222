// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchindex.h"

#include "store/sqlhelpers.h"

#include <QRegularExpression>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace Inkwell {

namespace {

constexpr qsizetype kBefore = 40;
constexpr qsizetype kLength = 160;

// The FTS5 query for the terms the trigram index can take (3+ characters),
// each a quoted phrase; the rest are checked with instr() on the text.
struct Match {
    QString fts;
    QStringList scanned;
};

Match split(const QStringList &terms)
{
    Match m;
    QStringList phrases;
    for (const QString &t : terms) {
        if (t.size() >= 3) {
            QString quoted = t;
            quoted.replace(u'"', QStringLiteral("\"\""));
            phrases << u'"' + quoted + u'"';
        } else {
            m.scanned << t.toLower();
        }
    }
    m.fts = phrases.join(QStringLiteral(" AND "));
    return m;
}

// "… AND instr(lower(col), ?) > 0" for each short term.
QString scanClause(const QString &column, int count)
{
    QString out;
    for (int i = 0; i < count; ++i)
        out += QStringLiteral(" AND instr(lower(%1), ?) > 0").arg(column);
    return out;
}

} // namespace

SearchIndex::SearchIndex(const QSqlDatabase &db)
    : m_db(db)
{
}

QStringList SearchIndex::terms(const QString &query)
{
    QStringList out;
    static const QRegularExpression words(QStringLiteral("\"([^\"]+)\"|(\\S+)"));
    for (auto it = words.globalMatch(query); it.hasNext();) {
        const auto m = it.next();
        const QString t = (m.captured(1).isEmpty() ? m.captured(2) : m.captured(1)).trimmed();
        if (!t.isEmpty() && !out.contains(t, Qt::CaseInsensitive))
            out << t;
    }
    return out;
}

QPair<QString, QList<QPair<int, int>>> SearchIndex::excerpt(const QString &text, const QStringList &terms)
{
    qsizetype first = -1;
    for (const QString &t : terms) {
        const qsizetype at = text.indexOf(t, 0, Qt::CaseInsensitive);
        if (at >= 0 && (first < 0 || at < first))
            first = at;
    }
    qsizetype start = first < 0 ? 0 : qMax<qsizetype>(0, first - kBefore);
    // Start at a word boundary when one is near, not in the middle of a word.
    if (start > 0) {
        const qsizetype space = text.indexOf(u' ', start);
        if (space >= 0 && space < first && space - start < 15)
            start = space + 1;
    }
    QString snippet = text.mid(start, kLength);
    snippet.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
    // Whitespace folding moved characters: mark on the folded text.
    QString shown = (start > 0 ? QStringLiteral("…") : QString()) + snippet.trimmed()
        + (start + kLength < text.size() ? QStringLiteral("…") : QString());
    QList<QPair<int, int>> marks;
    for (const QString &t : terms) {
        for (qsizetype at = shown.indexOf(t, 0, Qt::CaseInsensitive); at >= 0;
             at = shown.indexOf(t, at + t.size(), Qt::CaseInsensitive))
            marks << qMakePair(int(at), int(t.size()));
    }
    std::sort(marks.begin(), marks.end());
    return {shown, marks};
}

Result<qint64> SearchIndex::pending()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM search_pending")) || !q.next())
        return Result<qint64>::fail(Sql::fail(q, "Cannot read the search index"));
    return {q.value(0).toLongLong(), {}};
}

Result<qint64> SearchIndex::catchUp(int rows)
{
    using R = Result<qint64>;
    if (!Sql::beginWrite(m_db))
        return R::fail(Error::make(Error::Kind::Storage,
                                   QStringLiteral("Cannot update the search index: %1").arg(m_db.lastError().text())));
    QSqlQuery q(m_db);
    auto failed = [&](const char *what) {
        const Error e = Sql::fail(q, what);
        m_db.rollback();
        return R::fail(e);
    };
    // The batch: pending ids up to the rows-th (in one statement each, the
    // index takes rows in bulk, nearly three times as fast as one by one).
    q.prepare(QStringLiteral("SELECT max(message_id) FROM (SELECT message_id FROM search_pending "
                             "ORDER BY message_id LIMIT ?)"));
    q.addBindValue(rows);
    if (!q.exec() || !q.next())
        return failed("Cannot update the search index");
    if (!q.value(0).isNull()) {
        const qint64 upTo = q.value(0).toLongLong();
        q.prepare(QStringLiteral("INSERT INTO messages_fts(rowid, content) SELECT m.id, m.content FROM messages m "
                                 "JOIN search_pending p ON p.message_id = m.id "
                                 "WHERE p.message_id <= ? AND m.status != 'streaming' ORDER BY m.id"));
        q.addBindValue(upTo);
        if (!q.exec())
            return failed("Cannot update the search index");
        q.prepare(QStringLiteral("DELETE FROM search_pending WHERE message_id <= ?"));
        q.addBindValue(upTo);
        if (!q.exec())
            return failed("Cannot update the search index");
    }
    if (!q.exec(QStringLiteral("SELECT count(*) FROM search_pending")) || !q.next())
        return failed("Cannot read the search index");
    const qint64 left = q.value(0).toLongLong();
    if (!m_db.commit())
        return R::fail(Error::make(Error::Kind::Storage,
                                   QStringLiteral("Cannot update the search index: %1").arg(m_db.lastError().text())));
    return {left, {}};
}

qint64 SearchIndex::rankWindowStart(const QString &fts)
{
    // Ranking reads every match: 100 ms for a word in most of 100,000
    // messages. FTS5 walks matches newest first almost for free, so a word that
    // common is ranked among its newest kRankWindow matches only.
    if (fts.isEmpty())
        return 0;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT rowid FROM messages_fts WHERE messages_fts MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?"));
    q.addBindValue(fts);
    q.addBindValue(kRankWindow - 1);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

Result<QList<SearchHit>> SearchIndex::find(const QString &query, int limit)
{
    using R = Result<QList<SearchHit>>;
    const QStringList words = terms(query);
    if (words.isEmpty())
        return {{}, {}};
    const Match match = split(words);
    QList<SearchHit> hits;

    // Messages: settled ones are in messages_fts; system prompts are not shown.
    QSqlQuery q(m_db);
    const QString messageColumns
        = QStringLiteral("m.id, m.conversation_id, c.title, m.role, m.content, m.created_at FROM messages m "
                         "JOIN conversations c ON c.id = m.conversation_id AND c.deleted_at IS NULL ");
    const qint64 bound = match.scanned.isEmpty() ? rankWindowStart(match.fts) : 0;
    if (!match.fts.isEmpty())
        q.prepare(u"SELECT " + messageColumns
                  + u"JOIN messages_fts f ON f.rowid = m.id WHERE messages_fts MATCH ? AND m.role != 'system'"
                  + (bound > 0 ? u" AND f.rowid >= " + QString::number(bound) : QString())
                  + scanClause(QStringLiteral("m.content"), int(match.scanned.size()))
                  // With a short word too, newest first: the index then stops
                  // at the limit instead of ranking every match.
                  + (match.scanned.isEmpty() ? u" ORDER BY f.rank LIMIT ?"_s : u" ORDER BY f.rowid DESC LIMIT ?"_s));
    else
        q.prepare(u"SELECT " + messageColumns + u"WHERE m.role != 'system'"
                  + scanClause(QStringLiteral("m.content"), int(match.scanned.size()))
                  // By id, which the table is stored in: a common word stops
                  // the scan at the limit; a rare one reads every message.
                  + u" ORDER BY m.id DESC LIMIT ?");
    if (!match.fts.isEmpty())
        q.addBindValue(match.fts);
    for (const QString &s : match.scanned)
        q.addBindValue(s);
    q.addBindValue(limit);
    if (!q.exec())
        return R::fail(Sql::fail(q, "Cannot search the messages"));
    while (q.next()) {
        SearchHit h;
        h.id = q.value(0).toLongLong();
        h.conversationId = q.value(1).toLongLong();
        h.title = q.value(2).toString();
        h.role = roleFromText(q.value(3).toString()).value_or(Chat::Role::Assistant);
        std::tie(h.snippet, h.marks) = excerpt(q.value(4).toString(), words);
        h.time = q.value(5).toLongLong();
        hits << h;
    }

    // Drafts: title and text.
    QSqlQuery d(m_db);
    const QString draftColumns = QStringLiteral("d.id, d.title, d.content, d.updated_at FROM drafts d ");
    const QString both = QStringLiteral("(d.title || ' ' || d.content)");
    if (!match.fts.isEmpty())
        d.prepare(u"SELECT " + draftColumns + u"JOIN drafts_fts f ON f.rowid = d.id WHERE drafts_fts MATCH ?"
                  + scanClause(both, int(match.scanned.size())) + u" ORDER BY f.rank LIMIT ?");
    else
        d.prepare(u"SELECT " + draftColumns + u"WHERE 1" + scanClause(both, int(match.scanned.size()))
                  + u" ORDER BY d.updated_at DESC LIMIT ?");
    if (!match.fts.isEmpty())
        d.addBindValue(match.fts);
    for (const QString &s : match.scanned)
        d.addBindValue(s);
    d.addBindValue(limit);
    if (!d.exec())
        return R::fail(Sql::fail(d, "Cannot search the drafts"));
    while (d.next()) {
        SearchHit h;
        h.kind = SearchHit::Kind::Draft;
        h.id = d.value(0).toLongLong();
        h.title = d.value(1).toString();
        const QString text = d.value(2).toString();
        std::tie(h.snippet, h.marks) = excerpt(text.isEmpty() ? h.title : text, words);
        h.time = d.value(3).toLongLong();
        hits << h;
    }
    return {hits, {}};
}

} // namespace Inkwell
