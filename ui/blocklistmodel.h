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

    // The text is not kept here: its owner hands it over whole at each step
    // (during a stream, the answer's one copy), and only the tail is parsed.
    void setText(QStringView markdown); // exact
    void grow(QStringView markdown); // streaming: the whole text, longer than before
    void finish(QStringView markdown); // the stream ended with this text
    [[nodiscard]] qsizetype parsedLength() const { return m_stream.length(); }
    // A block's characters as its text item holds them: an index here is a
    // cursor position there (what a selection across blocks is made of).
    [[nodiscard]] QString plainTextAt(int block) const;

Q_SIGNALS:
    void countChanged();

private:
    // Announces a step of the stream; rows count as shown only from here.
    void show(const MarkdownStream::Change &change);

    MarkdownStream m_stream;
    qsizetype m_shown = 0; // rows the views know of
};

} // namespace Inkwell
