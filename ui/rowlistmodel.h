// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QMetaProperty>
#include <QtQml/qqmlregistration.h>

namespace Inkwell {

// What QML sees of a GadgetListModel: a list with a count. Small lists that
// menus, combo boxes and repeaters show (profiles, services, folders,
// languages) use it instead of a list of maps, so a delegate declares the
// roles it reads and an unchanged row is not rebuilt.
class RowListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("a list the app fills")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
public:
    using QAbstractListModel::QAbstractListModel;
    [[nodiscard]] int count() const { return rowCount(); }

Q_SIGNALS:
    void countChanged();
};

// A list of Q_GADGET rows: each Q_PROPERTY of Row is a role of the same name
// (Qt::UserRole + its index). Row needs operator== so that setRows() can
// announce only the rows that changed.
template<class Row> class GadgetListModel final : public RowListModel {
public:
    using RowListModel::RowListModel;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override
    {
        const int column = role - Qt::UserRole;
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || column < 0
            || column >= Row::staticMetaObject.propertyCount())
            return {};
        return Row::staticMetaObject.property(column).readOnGadget(&m_rows.at(index.row()));
    }
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override
    {
        QHash<int, QByteArray> names;
        for (int i = 0; i < Row::staticMetaObject.propertyCount(); ++i)
            names.insert(Qt::UserRole + i, Row::staticMetaObject.property(i).name());
        return names;
    }

    [[nodiscard]] const QList<Row> &rows() const { return m_rows; }
    [[nodiscard]] const Row *at(int row) const { return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr; }

    // Same length: the rows that differ announce their change (a menu or a
    // combo box open on the list keeps its place); otherwise the list is reset.
    void setRows(QList<Row> rows)
    {
        if (rows.size() == m_rows.size()) {
            for (int i = 0; i < rows.size(); ++i) {
                if (rows[i] == m_rows[i])
                    continue;
                m_rows[i] = std::move(rows[i]);
                Q_EMIT dataChanged(index(i), index(i));
            }
            return;
        }
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        Q_EMIT countChanged();
    }
    void append(Row row)
    {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
        m_rows.append(std::move(row));
        endInsertRows();
        Q_EMIT countChanged();
    }

private:
    QList<Row> m_rows;
};

} // namespace Inkwell
