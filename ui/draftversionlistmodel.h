// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "drafting/textdiff.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace Inkwell {

// A draft's history as the drawer shows it, newest first.
class DraftVersionListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by App.drafts")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    struct Row {
        qint64 id = 0;
        int number = 0; // 1 for the oldest
        QString label; // where it came from, in the user's words
        QString note;
        QString model;
        QString time;
        int words = 0;
    };
    enum Roles { VersionIdRole = Qt::UserRole + 1, NumberRole, LabelRole, NoteRole, ModelRole, TimeRole, WordsRole };
    Q_ENUM(Roles)

    using QAbstractListModel::QAbstractListModel;
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    void setRows(const QList<Row> &rows);
    [[nodiscard]] const QList<Row> &rows() const { return m_rows; }
    // The row's version id, or 0.
    Q_INVOKABLE [[nodiscard]] qint64 idAt(int row) const
    {
        return row >= 0 && row < m_rows.size() ? m_rows[row].id : 0;
    }

Q_SIGNALS:
    void countChanged();

private:
    QList<Row> m_rows;
};

// What changed from a version to the text now, one line a row.
class VersionDiffModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by App.drafts")
    Q_PROPERTY(int added READ added NOTIFY changed)
    Q_PROPERTY(int removed READ removed NOTIFY changed)
public:
    // A line as the version had it (Removed), as the text has it now
    // (Added), or in both.
    enum class Change { Same, Added, Removed };
    Q_ENUM(Change)
    enum Roles { ChangeRole = Qt::UserRole + 1, TextRole };
    Q_ENUM(Roles)

    using QAbstractListModel::QAbstractListModel;
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    void setDiff(const TextDiff::Result &diff);
    [[nodiscard]] int added() const { return m_diff.added; }
    [[nodiscard]] int removed() const { return m_diff.removed; }

Q_SIGNALS:
    void changed();

private:
    TextDiff::Result m_diff;
};

} // namespace Inkwell
