// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/conversation.h"

#include <QAbstractListModel>
#include <QSqlDatabase>
#include <QtQml/qqmlregistration.h>

namespace Inkwell {

// The sidebar: conversations, newest activity first.
class ConversationListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by App")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Roles { IdRole = Qt::UserRole + 1, TitleRole, UpdatedAtRole, SectionRole };
    Q_ENUM(Roles)

    explicit ConversationListModel(QObject *parent = nullptr);
    void setDatabase(QSqlDatabase db) { m_db = db; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void reload();
    Q_INVOKABLE int indexOfId(qint64 id) const;

Q_SIGNALS:
    void countChanged();

private:
    QSqlDatabase m_db;
    QList<Conversation> m_items;
};

} // namespace Inkwell
