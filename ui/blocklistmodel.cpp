// SPDX-License-Identifier: GPL-3.0-or-later
#include "blocklistmodel.h"

#include "render/codehighlighter.h"
#include "render/markdownrenderer.h"

#include <QTextDocument>

namespace Inkwell {

BlockListModel::BlockListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int BlockListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown);
}

QString BlockListModel::plainTextAt(int block) const
{
    // Rows being removed are already gone from the stream.
    if (block < 0 || block >= m_shown || block >= m_stream.blocks().size())
        return {};
    const MarkdownBlock &b = m_stream.blocks().at(block);
    switch (b.kind) {
    case MarkdownBlock::Kind::Code:
        return b.code;
    case MarkdownBlock::Kind::Rule:
        return {};
    case MarkdownBlock::Kind::Text:
    case MarkdownBlock::Kind::Quote:
        break;
    }
    // The same reader as the text item's (QTextDocument::setHtml); its plain
    // text keeps one character per cursor position, tables and all.
    QTextDocument document;
    document.setHtml(b.html);
    return document.toPlainText();
}

QVariant BlockListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    // Rows being removed are already gone from the stream.
    if (index.row() >= m_stream.blocks().size())
        return {};
    const MarkdownBlock &b = m_stream.blocks().at(index.row());
    switch (role) {
    case KindRole:
        switch (b.kind) {
        case MarkdownBlock::Kind::Text:
            return QStringLiteral("text");
        case MarkdownBlock::Kind::Code:
            return QStringLiteral("code");
        case MarkdownBlock::Kind::Quote:
            return QStringLiteral("quote");
        case MarkdownBlock::Kind::Rule:
            return QStringLiteral("rule");
        }
        return {};
    case Qt::DisplayRole:
    case HtmlRole:
        return b.html;
    case CodeRole:
        return b.code;
    case LanguageRole:
        return b.language;
    // Asked for once per change of the block (the open one at most once a frame).
    case HighlightedRole:
        return b.kind == MarkdownBlock::Kind::Code ? CodeHighlighter::toHtml(b.code, b.codeLanguage()) : QString();
    case TitleRole:
        return b.isTool() ? MarkdownRenderer::toolLabel(b) : b.title;
    }
    return {};
}

QHash<int, QByteArray> BlockListModel::roleNames() const
{
    return {{KindRole, "kind"},
            {HtmlRole, "html"},
            {CodeRole, "code"},
            {LanguageRole, "language"},
            {HighlightedRole, "highlighted"},
            {TitleRole, "title"}};
}

void BlockListModel::setText(QStringView markdown)
{
    show(m_stream.setText(markdown));
}

void BlockListModel::grow(QStringView markdown)
{
    show(m_stream.grow(markdown));
}

void BlockListModel::finish(QStringView markdown)
{
    show(m_stream.finish(markdown));
}

void BlockListModel::show(const MarkdownStream::Change &change)
{
    const qsizetype next = m_stream.blocks().size();
    for (qsizetype i : change.changed)
        if (i < m_shown && i < next)
            Q_EMIT dataChanged(index(int(i)), index(int(i)));
    const qsizetype before = m_shown;
    if (next > before) {
        beginInsertRows({}, int(before), int(next - 1));
        m_shown = next;
        endInsertRows();
    } else if (next < before) {
        beginRemoveRows({}, int(next), int(before - 1));
        m_shown = next;
        endRemoveRows();
    }
    if (next != before)
        Q_EMIT countChanged();
}

} // namespace Inkwell
