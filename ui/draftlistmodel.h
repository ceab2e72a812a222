// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/draft.h"

#include <QAbstractListModel>
#include <QSqlDatabase>
#include <QtQml/qqmlregistration.h>

namespace Inkwell {

// The sidebar's drafts, newest first; `query` narrows them to drafts whose
// title or text contains it (Chinese too).
class DraftListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by App.drafts")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
public:
    enum Roles { IdRole = Qt::UserRole + 1, TitleRole, SectionRole, StatusRole, TemplateRole };
    Q_ENUM(Roles)

    explicit DraftListModel(QObject *parent = nullptr);
    void setDatabase(const QSqlDatabase &db) { m_db = db; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    void reload();
    [[nodiscard]] QString query() const { return m_query; }
    void setQuery(const QString &query);
    Q_INVOKABLE [[nodiscard]] int indexOfId(qint64 id) const;

Q_SIGNALS:
    void countChanged();
    void queryChanged();

private:
    QSqlDatabase m_db;
    QList<Draft> m_items;
    QString m_query;
};

} // namespace Inkwell
