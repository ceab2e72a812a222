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
    return parent.isValid() ? 0 : int(m_shown.size());
}

QString BlockListModel::plainTextAt(int block) const
{
    if (block < 0 || block >= m_shown.size())
        return {};
    const MarkdownBlock &b = m_shown.at(block);
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
    const MarkdownBlock &b = m_shown.at(index.row());
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

void BlockListModel::setText(const QString &markdown)
{
    m_stream.setText(markdown);
    m_settled = 0; // an exact parse may differ anywhere
    show(m_stream.blocks());
}

void BlockListModel::append(const QString &more)
{
    m_stream.append(more);
    show(m_stream.blocks());
}

void BlockListModel::finish(const QString &markdown)
{
    m_stream.finish(markdown);
    m_settled = 0; // if it was parsed anew, any block may differ (comparing is cheap)
    show(m_stream.blocks());
}

void BlockListModel::show(const MarkdownBlocks &next)
{
    const qsizetype before = m_shown.size();
    const qsizetype common = qMin(before, next.size());
    // Settled blocks cannot have changed: compare only from there.
    for (qsizetype i = qMin(m_settled, common); i < common; ++i) {
        if (m_shown[i] == next[i])
            continue;
        m_shown[i] = next[i];
        Q_EMIT dataChanged(index(int(i)), index(int(i)));
    }
    if (next.size() > before) {
        beginInsertRows({}, int(before), int(next.size() - 1));
        m_shown << next.mid(before);
        endInsertRows();
    } else if (next.size() < before) {
        beginRemoveRows({}, int(next.size()), int(before - 1));
        m_shown.resize(next.size());
        endRemoveRows();
    }
    if (next.size() != before)
        Q_EMIT countChanged();
    m_settled = m_stream.stableCount();
}

} // namespace Inkwell
