// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/message.h"

#include <QAbstractListModel>
#include <QSet>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace Inkwell {

// The messages of the open conversation's current branch. Streaming text is
// appended in memory and announced at most once per frame, for the changed
// rows only, so the view's cost per token does not grow with the conversation.
class MessageListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by App")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Roles {
        IdRole = Qt::UserRole + 1,
        RoleRole,
        ContentRole,
        ReasoningRole,
        StatusRole,
        ErrorRole,
        ModelRole,
        DetailsRole,
        ChoiceRole,
    };
    Q_ENUM(Roles)

    static constexpr int kFrameMs = 16;

    explicit MessageListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setMessages(const QList<Message> &messages);
    void append(const Message &message);
    void appendText(qint64 id, const QString &content, const QString &reasoning);
    void update(const Message &message);
    Q_INVOKABLE QString contentAt(int row) const;

Q_SIGNALS:
    void countChanged();

private:
    int rowOf(qint64 id) const;
    void flushChanges();

    QList<Message> m_items;
    QSet<int> m_dirtyRows;
    QTimer m_frame;
};

} // namespace Inkwell
