// SPDX-License-Identifier: GPL-3.0-or-later
#include "conversationlistmodel.h"

#include "datesection.h"
#include "store/conversationrepository.h"

#include <QDateTime>

namespace Inkwell {

ConversationListModel::ConversationListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int ConversationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant ConversationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Conversation &c = m_items.at(index.row());
    switch (role) {
    case IdRole: return c.id;
    case Qt::DisplayRole:
    case TitleRole: return c.title.isEmpty() ? tr("New conversation") : c.title;
    case UpdatedAtRole: return QDateTime::fromMSecsSinceEpoch(c.updatedAt);
    case SectionRole: return dateSection(c.updatedAt);
    }
    return {};
}

QHash<int, QByteArray> ConversationListModel::roleNames() const
{
    return {{IdRole, "conversationId"}, {TitleRole, "title"}, {UpdatedAtRole, "updatedAt"}, {SectionRole, "section"}};
}

void ConversationListModel::reload()
{
    const qsizetype before = m_items.size();
    beginResetModel();
    m_items = ConversationRepository(m_db).list().value;
    endResetModel();
    if (before != m_items.size())
        Q_EMIT countChanged();
}

int ConversationListModel::indexOfId(qint64 id) const
{
    for (qsizetype i = 0; i < m_items.size(); ++i)
        if (m_items[i].id == id)
            return int(i);
    return -1;
}

} // namespace Inkwell
