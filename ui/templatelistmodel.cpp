// SPDX-License-Identifier: GPL-3.0-or-later
#include "templatelistmodel.h"

namespace Inkwell {

TemplateListModel::TemplateListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int TemplateListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

QVariant TemplateListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Template &t = m_shown.at(index.row());
    switch (role) {
    case KeyRole:
        return t.key;
    case Qt::DisplayRole:
    case NameRole:
        return t.name;
    case DescriptionRole:
        return t.description;
    case CategoryRole:
        return t.category;
    case TagsRole:
        return t.tags.join(QStringLiteral(", "));
    case LanguageRole:
        return t.language;
    case BuiltinRole:
        return t.builtin;
    case OutputRole:
        return t.output == Template::Output::Draft ? QStringLiteral("draft") : QStringLiteral("conversation");
    case ProblemRole:
        return t.problem;
    default:
        return {};
    }
}

QHash<int, QByteArray> TemplateListModel::roleNames() const
{
    return {{KeyRole, "key"},           {NameRole, "name"},     {DescriptionRole, "description"},
            {CategoryRole, "category"}, {TagsRole, "tags"},     {LanguageRole, "language"},
            {BuiltinRole, "builtin"},   {OutputRole, "output"}, {ProblemRole, "problem"}};
}

void TemplateListModel::setTemplates(const QList<Template> &all)
{
    m_all = all;
    QStringList categories;
    for (const Template &t : all)
        if (!t.category.isEmpty() && !categories.contains(t.category))
            categories << t.category;
    if (categories != m_categories) {
        m_categories = categories;
        Q_EMIT categoriesChanged();
    }
    refilter();
}

void TemplateListModel::setCategory(const QString &category)
{
    if (m_category == category)
        return;
    m_category = category;
    Q_EMIT filterChanged();
    refilter();
}

void TemplateListModel::setQuery(const QString &query)
{
    if (m_query == query)
        return;
    m_query = query;
    Q_EMIT filterChanged();
    refilter();
}

bool TemplateListModel::matches(const Template &t) const
{
    if (!m_category.isEmpty() && t.category != m_category)
        return false;
    const QString q = m_query.trimmed();
    if (q.isEmpty())
        return true;
    for (const QString &field : {t.name, t.description, t.category, t.tags.join(u' ')})
        if (field.contains(q, Qt::CaseInsensitive))
            return true;
    return false;
}

void TemplateListModel::refilter()
{
    const int before = int(m_shown.size());
    beginResetModel();
    m_shown.clear();
    for (const Template &t : std::as_const(m_all))
        if (matches(t))
            m_shown << t;
    endResetModel();
    if (before != m_shown.size())
        Q_EMIT countChanged();
}

int TemplateListModel::indexOfKey(const QString &key) const
{
    for (qsizetype i = 0; i < m_shown.size(); ++i)
        if (m_shown.at(i).key == key)
            return int(i);
    return -1;
}

QString TemplateListModel::keyAt(int row) const
{
    return row >= 0 && row < m_shown.size() ? m_shown.at(row).key : QString();
}

} // namespace Inkwell
