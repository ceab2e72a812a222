// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/chatenums.h"
#include "core/result.h"

#include <QList>
#include <QPair>
#include <QSqlDatabase>

namespace Inkwell {

// One place a query was found: a message of a conversation, or a draft.
struct SearchHit {
    enum class Kind { Message, Draft };
    Kind kind = Kind::Message;
    qint64 id = 0; // the message, or the draft
    qint64 conversationId = 0; // messages only
    QString title; // the conversation's or the draft's
    Chat::Role role = Chat::Role::User; // messages only
    QString snippet; // the text around the first match, one line
    QList<QPair<int, int>> marks; // (start, length) of each match in the snippet
    qint64 time = 0;
};

// Search over every message of every conversation and every draft: the
// trigram FTS5 indexes (so 人工智能 is found inside longer Chinese text).
// Every word of the query must occur (case-insensitive for Latin letters);
// words of one or two characters, which trigrams cannot index, are matched
// by a scan instead. Best matches first; for words so common that they match
// more than kRankWindow messages, the best of the newest kRankWindow.
class SearchIndex {
public:
    explicit SearchIndex(const QSqlDatabase &db);
    Result<QList<SearchHit>> find(const QString &query, int limit = 50);

    // Messages stored by an import but not yet indexed (see search_pending
    // in migrations.cpp): until catchUp() has taken them, find() misses them.
    Result<qint64> pending();
    // Indexes up to `rows` of them in one transaction (a fraction of a
    // second for the default); returns how many are left.
    Result<qint64> catchUp(int rows = 2000);

    // The words of a query ("a b" → a, b; quotes keep spaces: "machine learning").
    static QStringList terms(const QString &query);
    // The one-line excerpt around the first term found, with every term marked.
    static QPair<QString, QList<QPair<int, int>>> excerpt(const QString &text, const QStringList &terms);

    static constexpr int kRankWindow = 1000;

private:
    qint64 rankWindowStart(const QString &fts);
    QSqlDatabase m_db;
};

} // namespace Inkwell
