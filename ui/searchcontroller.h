// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/searchindex.h"

#include <QAbstractListModel>
#include <QObject>
#include <QSqlDatabase>
#include <QtQml/qqmlregistration.h>

namespace Inkwell {

// What Ctrl+K found, best first: messages and drafts.
class SearchResultsModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("App.search.results")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    // SnippetRole: the text around the first match as HTML, each match in <b>.
    enum Roles { IsDraftRole = Qt::UserRole + 1, TitleRole, AuthorRole, SnippetRole, TimeRole };
    Q_ENUM(Roles)

    using QAbstractListModel::QAbstractListModel;
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    void setHits(const QList<SearchHit> &hits);
    [[nodiscard]] const QList<SearchHit> &hits() const { return m_hits; }

Q_SIGNALS:
    void countChanged();

private:
    QList<SearchHit> m_hits;
};

// Ctrl+K: messages and drafts found by the full-text index.
class SearchController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("App.search")
    Q_PROPERTY(Inkwell::SearchResultsModel *results READ results CONSTANT)
public:
    explicit SearchController(const QSqlDatabase &db, QObject *parent = nullptr);

    [[nodiscard]] SearchResultsModel *results() { return &m_results; }
    // The results become what `query` finds (nothing for a blank query).
    Q_INVOKABLE void find(const QString &query);
    // Opens the hit at this row: its conversation at the message, or the draft.
    Q_INVOKABLE void open(int row);

Q_SIGNALS:
    void messageChosen(qint64 conversationId, qint64 messageId);
    void draftChosen(qint64 draftId);

private:
    QSqlDatabase m_db;
    SearchResultsModel m_results;
};

} // namespace Inkwell
