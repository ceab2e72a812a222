// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/markdownstream.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace Inkwell {

// The Markdown blocks of one answer. While it streams, only the open tail is
// re-parsed and only rows that changed are announced, so delegates of
// settled blocks are neither re-rendered nor re-created.
class BlockListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by MessageListModel")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    // HighlightedRole: code blocks' text as coloured spans (classes of
    // CodeHighlighter), "" for a language it does not know. TitleRole: the
    // rest of a fence's info line; for a tool block ("tool-call"), the
    // folded block's label.
    enum Roles { KindRole = Qt::UserRole + 1, HtmlRole, CodeRole, LanguageRole, HighlightedRole, TitleRole };
    Q_ENUM(Roles)

    explicit BlockListModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    void setText(const QString &markdown); // exact
    void append(const QString &more); // streaming
    void finish(const QString &markdown); // the stream ended with this text
    [[nodiscard]] const QString &text() const { return m_stream.text(); }
    // A block's characters as its text item holds them: an index here is a
    // cursor position there (what a selection across blocks is made of).
    [[nodiscard]] QString plainTextAt(int block) const;

Q_SIGNALS:
    void countChanged();

private:
    void show(const MarkdownBlocks &next);

    MarkdownStream m_stream;
    MarkdownBlocks m_shown;
    qsizetype m_settled = 0;
};

} // namespace Inkwell
