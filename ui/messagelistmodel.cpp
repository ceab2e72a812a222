// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagelistmodel.h"

#include "blocklistmodel.h"

#include <QQmlEngine>

#include <tuple>

namespace Inkwell {

QString MessageListModel::details(const Message &m)
{
    if (m.role != u"assistant")
        return {};
    QStringList parts;
    const QString model = m.modelReported.isEmpty() ? m.modelRequested : m.modelReported;
    if (!model.isEmpty())
        parts << model;
    if (m.completionTokens >= 0)
        parts << MessageListModel::tr("%1 tokens").arg(m.completionTokens);
    if (m.tokensPerSec > 0)
        parts << MessageListModel::tr("%1 tok/s").arg(m.tokensPerSec, 0, 'f', 1);
    if (m.ttftMs >= 0)
        parts << MessageListModel::tr("first token %1 ms").arg(m.ttftMs);
    return parts.join(QStringLiteral(" · "));
}

MessageListModel::MessageListModel(QObject *parent)
    : QAbstractListModel(parent)
{
    m_frame.setSingleShot(true);
    m_frame.setInterval(kFrameMs);
    connect(&m_frame, &QTimer::timeout, this, &MessageListModel::flushChanges);
}

MessageListModel::~MessageListModel() = default; // blocks are children

BlockListModel *MessageListModel::blocksAt(int row) const
{
    // Parsed when a delegate first asks, so opening a conversation of
    // thousands of answers parses only the few on screen.
    BlockListModel *&blocks = m_blocks[row];
    if (!blocks && m_items.at(row).role != u"user") {
        blocks = new BlockListModel(const_cast<MessageListModel *>(this));
        blocks->setText(m_items.at(row).content);
        m_pendingText.remove(row); // already in the content just parsed
    }
    return blocks;
}

BlockListModel *MessageListModel::reasoningBlocks(int row) const
{
    if (row < 0 || row >= m_items.size())
        return nullptr;
    BlockListModel *&blocks = m_reasoningBlocks[row];
    if (!blocks && m_items.at(row).role != u"user") {
        blocks = new BlockListModel(const_cast<MessageListModel *>(this));
        blocks->setText(m_items.at(row).reasoning);
        m_pendingReasoning.remove(row);
        // Returned to QML by a call, it would otherwise be the engine's to delete.
        QQmlEngine::setObjectOwnership(blocks, QQmlEngine::CppOwnership);
    }
    return blocks;
}

QString MessageListModel::textBetween(int fromRow, int fromBlock, int fromPos, int toRow, int toBlock, int toPos) const
{
    if (std::tie(toRow, toBlock, toPos) < std::tie(fromRow, fromBlock, fromPos)) {
        std::swap(fromRow, toRow);
        std::swap(fromBlock, toBlock);
        std::swap(fromPos, toPos);
    }
    QStringList pieces;
    for (int row = qMax(0, fromRow); row <= qMin(toRow, rowCount() - 1); ++row) {
        const BlockListModel *blocks = blocksAt(row);
        const int count = blocks ? blocks->rowCount() : 1; // the user's text is one block
        for (int block = row == fromRow ? qMax(0, fromBlock) : 0; block < count; ++block) {
            const bool first = row == fromRow && block == fromBlock;
            const bool last = row == toRow && block >= toBlock;
            const QString text = blocks ? blocks->plainTextAt(block) : m_items.at(row).content;
            const qsizetype start = first ? qBound(0, fromPos, int(text.size())) : 0;
            const qsizetype end = row == toRow && block == toBlock ? qBound(0, toPos, int(text.size())) : text.size();
            if (end > start)
                pieces << text.mid(start, end - start);
            if (last)
                break;
        }
    }
    return pieces.join(QStringLiteral("\n\n"));
}

int MessageListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant MessageListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Message &m = m_items.at(index.row());
    switch (role) {
    case IdRole:
        return m.id;
    case RoleRole:
        return m.role;
    case Qt::DisplayRole:
    case ContentRole:
        return m.content;
    case ReasoningRole:
        return m.reasoning;
    case StatusRole:
        return m.status;
    case ErrorRole:
        return m.error;
    case ModelRole:
        return m.modelReported.isEmpty() ? m.modelRequested : m.modelReported;
    case DetailsRole:
        return details(m);
    case ChoiceRole:
        return m.choiceIndex;
    case BlocksRole:
        return QVariant::fromValue<QObject *>(blocksAt(index.row()));
    case SiblingIndexRole:
        return m_siblings.value(m.id, {1, 1}).first;
    case SiblingCountRole:
        return m_siblings.value(m.id, {1, 1}).second;
    case HasContentRole:
        return !m.content.isEmpty();
    case ReplayableRole:
        return !m.api.isEmpty();
    case HasReasoningRole:
        return !m.reasoning.isEmpty();
    }
    return {};
}

void MessageListModel::setSiblings(const QHash<qint64, QPair<int, int>> &siblings)
{
    if (siblings == m_siblings)
        return;
    m_siblings = siblings;
    if (!m_items.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_items.size()) - 1), {SiblingIndexRole, SiblingCountRole});
}

QHash<int, QByteArray> MessageListModel::roleNames() const
{
    return {{IdRole, "messageId"},
            {RoleRole, "role"},
            {ContentRole, "content"},
            {ReasoningRole, "reasoning"},
            {StatusRole, "status"},
            {ErrorRole, "error"},
            {ModelRole, "model"},
            {DetailsRole, "details"},
            {ChoiceRole, "choice"},
            {BlocksRole, "blocks"},
            {SiblingIndexRole, "siblingIndex"},
            {SiblingCountRole, "siblingCount"},
            {HasContentRole, "hasContent"},
            {ReplayableRole, "replayable"},
            {HasReasoningRole, "hasReasoning"}};
}

void MessageListModel::setMessages(const QList<Message> &messages, const QHash<qint64, QPair<int, int>> &siblings)
{
    const bool countDiffers = messages.size() != m_items.size();
    beginResetModel();
    m_items = messages;
    m_siblings = siblings;
    qDeleteAll(m_blocks);
    qDeleteAll(m_reasoningBlocks);
    m_blocks = QList<BlockListModel *>(messages.size(), nullptr);
    m_reasoningBlocks = QList<BlockListModel *>(messages.size(), nullptr);
    m_pendingText.clear();
    m_pendingReasoning.clear();
    m_dirtyRows.clear();
    m_reasoningRows.clear();
    m_exactRows.clear();
    endResetModel();
    if (countDiffers)
        Q_EMIT countChanged();
}

void MessageListModel::append(const Message &message)
{
    // Only the first choice shows in the branch; other choices are siblings.
    if (message.role == u"assistant" && message.choiceIndex > 0)
        return;
    const int row = int(m_items.size());
    beginInsertRows({}, row, row);
    m_items << message;
    m_blocks << nullptr;
    m_reasoningBlocks << nullptr;
    endInsertRows();
    Q_EMIT countChanged();
}

void MessageListModel::appendText(qint64 id, const QString &content, const QString &reasoning)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    m_items[row].content += content;
    m_items[row].reasoning += reasoning;
    m_pendingText[row] += content;
    m_dirtyRows.insert(row);
    if (!reasoning.isEmpty()) {
        m_pendingReasoning[row] += reasoning;
        m_reasoningRows.insert(row);
    }
    if (!m_frame.isActive())
        m_frame.start();
}

void MessageListModel::update(const Message &message)
{
    const int row = rowOf(message.id);
    if (row < 0)
        return;
    // Changed since QML last heard of it (text streamed since the last frame counts).
    const bool textChanged = m_items[row].content != message.content || m_dirtyRows.contains(row);
    const bool reasoningChanged = m_items[row].reasoning != message.reasoning || m_reasoningRows.contains(row);
    m_items[row] = message;
    m_dirtyRows.remove(row);
    m_reasoningRows.remove(row);
    m_pendingText.remove(row);
    m_pendingReasoning.remove(row);
    // The rest of the text and the exact rendering at the next frame: the end
    // of a long answer already has the store's writes to do in this one.
    if (m_blocks.at(row) || m_reasoningBlocks.at(row)) {
        m_exactRows.insert(row);
        if (!m_frame.isActive())
            m_frame.start();
    }
    const QModelIndex i = index(row);
    // Not the text of a finished stream (which the rows already have, and
    // whose copy into QML is large) unless it is not what was streamed.
    QList<int> roles {StatusRole, ErrorRole, ModelRole, DetailsRole, ChoiceRole, HasContentRole, HasReasoningRole};
    if (textChanged)
        roles << ContentRole;
    if (reasoningChanged)
        roles << ReasoningRole;
    Q_EMIT dataChanged(i, i, roles);
}

QString MessageListModel::contentAt(int row) const
{
    return row >= 0 && row < m_items.size() ? m_items[row].content : QString();
}

int MessageListModel::rowOf(qint64 id) const
{
    // Streaming rows are at the end: search backwards.
    for (qsizetype i = m_items.size() - 1; i >= 0; --i)
        if (m_items[i].id == id)
            return int(i);
    return -1;
}

void MessageListModel::flushChanges()
{
    for (int row : std::as_const(m_exactRows)) {
        if (BlockListModel *blocks = m_blocks.value(row))
            blocks->finish(m_items.at(row).content);
        if (BlockListModel *blocks = m_reasoningBlocks.value(row))
            blocks->finish(m_items.at(row).reasoning);
        m_pendingText.remove(row); // in the final text (a resumed answer)
        m_pendingReasoning.remove(row);
    }
    m_exactRows.clear();
    for (int row : std::as_const(m_dirtyRows)) {
        if (BlockListModel *blocks = m_blocks.at(row))
            blocks->append(m_pendingText.take(row));
        const QModelIndex i = index(row);
        if (m_reasoningRows.contains(row)) {
            if (BlockListModel *blocks = m_reasoningBlocks.at(row))
                blocks->append(m_pendingReasoning.take(row));
            else
                m_pendingReasoning.remove(row);
            Q_EMIT dataChanged(i, i, {HasContentRole, HasReasoningRole});
        } else {
            Q_EMIT dataChanged(i, i, {HasContentRole});
        }
    }
    m_dirtyRows.clear();
    m_reasoningRows.clear();
}

} // namespace Inkwell
