// SPDX-License-Identifier: GPL-3.0-or-later
#include "parameterlistmodel.h"

namespace Inkwell {

int ParameterListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ParameterListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case KeyRole:
        return r.key;
    case Qt::DisplayRole:
    case LabelRole:
        return r.label;
    case HelpRole:
        return r.help;
    case MinRole:
        return r.min;
    case MaxRole:
        return r.max;
    case SliderMaxRole:
        return r.sliderMax;
    case StepRole:
        return r.step;
    case IntegerRole:
        return r.integer;
    case HasServerDefaultRole:
        return r.hasServerDefault;
    case ServerDefaultRole:
        return r.serverDefault;
    case SupportedRole:
        return r.supported;
    case SetRole:
        return r.set;
    case ValueRole:
        return r.value;
    case ShownValueRole:
        return r.set ? r.value : r.hasServerDefault ? r.serverDefault : r.min;
    }
    return {};
}

QHash<int, QByteArray> ParameterListModel::roleNames() const
{
    return {{KeyRole, "key"},
            {LabelRole, "label"},
            {HelpRole, "help"},
            {MinRole, "min"},
            {MaxRole, "max"},
            {SliderMaxRole, "sliderMax"},
            {StepRole, "step"},
            {IntegerRole, "integer"},
            {HasServerDefaultRole, "hasServerDefault"},
            {ServerDefaultRole, "serverDefault"},
            {SupportedRole, "supported"},
            {SetRole, "set"},
            {ValueRole, "value"},
            {ShownValueRole, "shownValue"}};
}

void ParameterListModel::setRows(const QList<Row> &rows)
{
    if (rows.size() != m_rows.size()) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
        return;
    }
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (rows.at(i) == m_rows.at(i))
            continue;
        m_rows[i] = rows.at(i);
        Q_EMIT dataChanged(index(int(i)), index(int(i)));
    }
}

} // namespace Inkwell
