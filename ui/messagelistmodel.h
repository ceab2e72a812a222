// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "blocklistmodel.h"
#include "store/message.h"

#include <QAbstractListModel>
#include <QHash>
#include <QSet>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace Inkwell {

// The messages of the open conversation's current branch. Streaming text is
// appended in memory and announced at most once per frame, for the changed
// rows only, so the view's cost per token does not grow with the conversation.
class MessageListModel : public QAbstractListModel {
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
        BlocksRole,
        SiblingIndexRole, // 1-based place among the message's siblings
        SiblingCountRole, // 1 when there is no other branch here
        // While an answer streams only this is announced, not ContentRole:
        // handing the whole text to QML every frame fed its garbage collector.
        HasContentRole,
        ReplayableRole, // it records the request that made it (imported answers do not)
        HasReasoningRole,
    };
    Q_ENUM(Roles)

    static constexpr int kFrameMs = 16;

    explicit MessageListModel(QObject *parent = nullptr);
    ~MessageListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setMessages(const QList<Message> &messages, const QHash<qint64, QPair<int, int>> &siblings = {});
    void append(const Message &message);
    void appendText(qint64 id, const QString &content, const QString &reasoning);
    void update(const Message &message);
    Q_INVOKABLE QString contentAt(int row) const;
    // The text between two points of the view, each a row, a block in it (0
    // for the user's text, which is one block) and a character in the block,
    // in either order; blocks are parted by a blank line, as on screen.
    QString textBetween(int fromRow, int fromBlock, int fromPos, int toRow, int toBlock, int toPos) const;
    Message messageAt(int row) const { return m_items.value(row); }
    // Where each shown message stands among its siblings (index, count);
    // setMessages takes them too, so that a new branch is announced once.
    void setSiblings(const QHash<qint64, QPair<int, int>> &siblings);
    // The row showing this message, or -1.
    Q_INVOKABLE int rowOf(qint64 id) const;
    // A row's reasoning as Markdown blocks, made when the thought process is
    // first unfolded and then streamed in pieces like the answer's: the
    // whole text is never handed to QML while it grows.
    Q_INVOKABLE Inkwell::BlockListModel *reasoningBlocks(int row) const;
    // An answer's footer: model, tokens, tokens/s, time to first token.
    static QString details(const Message &m);

Q_SIGNALS:
    void countChanged();

private:
    void flushChanges();

    BlockListModel *blocksAt(int row) const;

    QList<Message> m_items;
    QHash<qint64, QPair<int, int>> m_siblings;
    // Per row; null for the user's plain text and until a delegate asks.
    mutable QList<BlockListModel *> m_blocks;
    mutable QHash<int, QString> m_pendingText; // streamed since the last frame, per row
    mutable QList<BlockListModel *> m_reasoningBlocks; // likewise, null until the reasoning is unfolded
    mutable QHash<int, QString> m_pendingReasoning;
    QSet<int> m_dirtyRows;
    QSet<int> m_reasoningRows; // rows whose reasoning grew since the last frame
    QSet<int> m_exactRows; // finished rows to parse exactly at the next frame
    QTimer m_frame;
};

} // namespace Inkwell
