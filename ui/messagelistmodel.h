// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "blocklistmodel.h"
#include "providers/generationrun.h"
#include "store/message.h"

#include <QAbstractListModel>
#include <QHash>
#include <QSet>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace Inkwell {

// The messages of the open conversation's current branch. A streaming row
// has no text of its own: it reads its answer's one copy (StreamedText) at
// most once per frame, from where its blocks had got to, and announces the
// changed rows only, so the view's cost per token grows neither with the
// conversation nor with the answer.
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
        AttachmentsRole, // [AttachmentRow]: what a user message was sent with
    };
    Q_ENUM(Roles)

    static constexpr int kFrameMs = 16;

    explicit MessageListModel(QObject *parent = nullptr);
    ~MessageListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setMessages(const QList<Message> &messages, const QHash<qint64, QPair<int, int>> &siblings = {});
    // `streamed`: the row's text streams there (its content and reasoning
    // so far included); the row reads it until update() ends the stream.
    void append(const Message &message, const std::shared_ptr<const StreamedText> &streamed = {});
    void follow(qint64 id, const std::shared_ptr<const StreamedText> &streamed);
    // The row's streamed text grew (read at the next frame).
    void grew(qint64 id, bool reasoning);
    // The message as stored; a row that streamed stops reading its stream
    // (unless `streamed` is another: a stopped answer that goes on).
    void update(const Message &message, const std::shared_ptr<const StreamedText> &streamed = {});
    Q_INVOKABLE QString contentAt(int row) const;
    // The text between two points of the view, each a row, a block in it (0
    // for the user's text, which is one block) and a character in the block,
    // in either order; blocks are parted by a blank line, as on screen.
    QString textBetween(int fromRow, int fromBlock, int fromPos, int toRow, int toBlock, int toPos) const;
    // The row's message, with the text streamed so far while it streams.
    [[nodiscard]] Message messageAt(int row) const;
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
    // The footers again, in the language just chosen; the rows stay (a
    // thought process unfolded, an edit under way, the scroll position).
    void retranslate();

Q_SIGNALS:
    void countChanged();

private:
    void flushChanges();

    BlockListModel *blocksAt(int row) const;
    // The row's text: its stream's while it streams.
    [[nodiscard]] const QString &contentOf(int row) const;
    [[nodiscard]] const QString &reasoningOf(int row) const;

    QList<Message> m_items;
    QHash<qint64, QPair<int, int>> m_siblings;
    QHash<int, std::shared_ptr<const StreamedText>> m_streams; // by row, while it streams
    // Per row; null for the user's plain text and until a delegate asks.
    mutable QList<BlockListModel *> m_blocks;
    mutable QList<BlockListModel *> m_reasoningBlocks; // likewise, null until the reasoning is unfolded
    QSet<int> m_dirtyRows;
    QSet<int> m_reasoningRows; // rows whose reasoning grew since the last frame
    QSet<int> m_exactRows; // rows whose stream ended, to finish at the next frame
    QSet<int> m_resetRows; // rows whose text was replaced, to parse anew at the next frame
    QTimer m_frame;
};

} // namespace Inkwell
