// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagelistmodel.h"

#include "blocklistmodel.h"
#include "composerattachments.h"

#include <QQmlEngine>

#include <tuple>

namespace Inkwell {

QString MessageListModel::details(const Message &m)
{
    if (m.role != Chat::Role::Assistant)
        return {};
    QStringList figures;
    if (m.completionTokens >= 0)
        figures << MessageListModel::tr("%1 tokens").arg(m.completionTokens);
    if (m.tokensPerSec > 0)
        figures << MessageListModel::tr("%1 tok/s").arg(m.tokensPerSec, 0, 'f', 1);
    if (m.ttftMs >= 0)
        figures << MessageListModel::tr("first token %1 ms").arg(m.ttftMs);
    // A line breaks between the figures, never inside "3396.1 tok/s" (the
    // model's name may wrap as it likes).
    for (QString &figure : figures)
        figure.replace(u' ', QChar::Nbsp);
    const QString model = m.modelReported.isEmpty() ? m.modelRequested : m.modelReported;
    if (!model.isEmpty())
        figures.prepend(model);
    return figures.join(QStringLiteral(" · "));
}

void MessageListModel::retranslate()
{
    if (!m_items.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_items.size()) - 1), {DetailsRole});
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
    if (!blocks && m_items.at(row).role != Chat::Role::User) {
        blocks = new BlockListModel(const_cast<MessageListModel *>(this));
        blocks->setText(contentOf(row));
    }
    return blocks;
}

const QString &MessageListModel::contentOf(int row) const
{
    const auto stream = m_streams.constFind(row);
    return stream == m_streams.cend() ? m_items.at(row).content : (*stream)->content;
}

const QString &MessageListModel::reasoningOf(int row) const
{
    const auto stream = m_streams.constFind(row);
    return stream == m_streams.cend() ? m_items.at(row).reasoning : (*stream)->reasoning;
}

BlockListModel *MessageListModel::reasoningBlocks(int row) const
{
    if (row < 0 || row >= m_items.size())
        return nullptr;
    BlockListModel *&blocks = m_reasoningBlocks[row];
    if (!blocks && m_items.at(row).role != Chat::Role::User) {
        blocks = new BlockListModel(const_cast<MessageListModel *>(this));
        blocks->setText(reasoningOf(row));
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
            const QString text = blocks ? blocks->plainTextAt(block) : contentOf(row);
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
        return int(m.role); // Chat.User, … in QML
    case Qt::DisplayRole:
    case ContentRole:
        return contentOf(index.row());
    case ReasoningRole:
        return reasoningOf(index.row());
    case StatusRole:
        return int(m.status); // Chat.Streaming, … in QML
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
        return !contentOf(index.row()).isEmpty();
    case ReplayableRole:
        return !m.api.isEmpty();
    case HasReasoningRole:
        return !reasoningOf(index.row()).isEmpty();
    case AttachmentsRole: {
        QVariantList rows;
        for (const Attachment &a : m.attachments)
            rows << QVariant::fromValue(attachmentRow(a));
        return rows;
    }
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
            {HasReasoningRole, "hasReasoning"},
            {AttachmentsRole, "attachments"}};
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
    m_streams.clear();
    m_dirtyRows.clear();
    m_reasoningRows.clear();
    m_exactRows.clear();
    m_resetRows.clear();
    endResetModel();
    if (countDiffers)
        Q_EMIT countChanged();
}

void MessageListModel::append(const Message &message, const std::shared_ptr<const StreamedText> &streamed)
{
    // Only the first choice shows in the branch; other choices are siblings.
    if (message.role == Chat::Role::Assistant && message.choiceIndex > 0)
        return;
    const int row = int(m_items.size());
    beginInsertRows({}, row, row);
    m_items << message;
    for (Attachment &a : m_items.last().attachments)
        a.data.clear(); // the view shows them from the store
    m_blocks << nullptr;
    m_reasoningBlocks << nullptr;
    if (streamed)
        m_streams.insert(row, streamed);
    endInsertRows();
    Q_EMIT countChanged();
}

void MessageListModel::follow(qint64 id, const std::shared_ptr<const StreamedText> &streamed)
{
    const int row = rowOf(id);
    if (row < 0 || !streamed)
        return;
    m_streams.insert(row, streamed);
    grew(id, true);
}

void MessageListModel::grew(qint64 id, bool reasoning)
{
    const int row = rowOf(id);
    if (row < 0 || !m_streams.contains(row))
        return;
    m_dirtyRows.insert(row);
    if (reasoning)
        m_reasoningRows.insert(row);
    if (!m_frame.isActive())
        m_frame.start();
}

namespace {
// The same text, usually the very same string (the stream's, shared).
bool sameText(const QString &a, const QString &b)
{
    return a.size() == b.size() && (a.constData() == b.constData() || a == b);
}
} // namespace

void MessageListModel::update(const Message &message, const std::shared_ptr<const StreamedText> &streamed)
{
    const int row = rowOf(message.id);
    if (row < 0)
        return;
    const std::shared_ptr<const StreamedText> was = m_streams.take(row);
    // What the row's blocks have parsed: the stream's text, or the row's own.
    const QString &shownContent = was ? was->content : m_items[row].content;
    const QString &shownReasoning = was ? was->reasoning : m_items[row].reasoning;
    const bool contentSame = sameText(shownContent, message.content);
    const bool reasoningSame = sameText(shownReasoning, message.reasoning);
    // The stream's end (the rest of its text and an exact parse) or a new
    // text, at the next frame: the end of a long answer already has the
    // store's writes to do in this one.
    if (m_blocks.at(row) || m_reasoningBlocks.at(row)) {
        if (was && contentSame && reasoningSame)
            m_exactRows.insert(row);
        else if (!contentSame || !reasoningSame)
            m_resetRows.insert(row);
    }
    // QML was never handed a streamed text whole: announce the text only
    // when it is not what streamed.
    m_items[row] = message;
    if (streamed)
        m_streams.insert(row, streamed);
    else
        m_dirtyRows.remove(row);
    m_reasoningRows.remove(row);
    if (!m_exactRows.isEmpty() || !m_resetRows.isEmpty() || !m_dirtyRows.isEmpty())
        if (!m_frame.isActive())
            m_frame.start();
    const QModelIndex i = index(row);
    QList<int> roles {StatusRole, ErrorRole, ModelRole, DetailsRole, ChoiceRole, HasContentRole, HasReasoningRole};
    if (!contentSame)
        roles << ContentRole;
    if (!reasoningSame)
        roles << ReasoningRole;
    Q_EMIT dataChanged(i, i, roles);
}

Message MessageListModel::messageAt(int row) const
{
    if (row < 0 || row >= m_items.size())
        return {};
    Message m = m_items.at(row);
    m.content = contentOf(row);
    m.reasoning = reasoningOf(row);
    return m;
}

QString MessageListModel::contentAt(int row) const
{
    return row >= 0 && row < m_items.size() ? contentOf(row) : QString();
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
    for (int row : std::as_const(m_resetRows)) {
        if (BlockListModel *blocks = m_blocks.value(row))
            blocks->setText(contentOf(row));
        if (BlockListModel *blocks = m_reasoningBlocks.value(row))
            blocks->setText(reasoningOf(row));
    }
    for (int row : std::as_const(m_exactRows)) {
        if (BlockListModel *blocks = m_blocks.value(row))
            blocks->finish(contentOf(row));
        if (BlockListModel *blocks = m_reasoningBlocks.value(row))
            blocks->finish(reasoningOf(row));
    }
    m_resetRows.clear();
    m_exactRows.clear();
    for (int row : std::as_const(m_dirtyRows)) {
        if (BlockListModel *blocks = m_blocks.at(row))
            blocks->grow(contentOf(row));
        const QModelIndex i = index(row);
        if (m_reasoningRows.contains(row)) {
            if (BlockListModel *blocks = m_reasoningBlocks.at(row))
                blocks->grow(reasoningOf(row));
            Q_EMIT dataChanged(i, i, {HasContentRole, HasReasoningRole});
        } else {
            Q_EMIT dataChanged(i, i, {HasContentRole});
        }
    }
    m_dirtyRows.clear();
    m_reasoningRows.clear();
}

} // namespace Inkwell
