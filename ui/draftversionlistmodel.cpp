// SPDX-License-Identifier: GPL-3.0-or-later
#include "draftversionlistmodel.h"

namespace Inkwell {

int DraftVersionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant DraftVersionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case VersionIdRole:
        return r.id;
    case NumberRole:
        return r.number;
    case Qt::DisplayRole:
    case LabelRole:
        return r.label;
    case NoteRole:
        return r.note;
    case ModelRole:
        return r.model;
    case TimeRole:
        return r.time;
    case WordsRole:
        return r.words;
    }
    return {};
}

QHash<int, QByteArray> DraftVersionListModel::roleNames() const
{
    return {{VersionIdRole, "versionId"}, {NumberRole, "number"}, {LabelRole, "label"}, {NoteRole, "note"},
            {ModelRole, "modelName"},     {TimeRole, "time"},     {WordsRole, "words"}};
}

void DraftVersionListModel::setRows(const QList<Row> &rows)
{
    const bool countDiffers = rows.size() != m_rows.size();
    beginResetModel();
    m_rows = rows;
    endResetModel();
    if (countDiffers)
        Q_EMIT countChanged();
}

// The view's names for TextDiff's kinds of line.
static_assert(int(VersionDiffModel::Change::Same) == int(TextDiff::Line::Kind::Same)
              && int(VersionDiffModel::Change::Added) == int(TextDiff::Line::Kind::Added)
              && int(VersionDiffModel::Change::Removed) == int(TextDiff::Line::Kind::Removed));

int VersionDiffModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_diff.lines.size());
}

QVariant VersionDiffModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TextDiff::Line &l = m_diff.lines.at(index.row());
    switch (role) {
    case ChangeRole:
        return int(l.kind);
    case Qt::DisplayRole:
    case TextRole:
        return l.text;
    }
    return {};
}

QHash<int, QByteArray> VersionDiffModel::roleNames() const
{
    return {{ChangeRole, "change"}, {TextRole, "text"}};
}

void VersionDiffModel::setDiff(const TextDiff::Result &diff)
{
    beginResetModel();
    m_diff = diff;
    endResetModel();
    Q_EMIT changed();
}

} // namespace Inkwell
