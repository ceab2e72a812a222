// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSqlDatabase>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace Inkwell {

// Ctrl+K: messages and drafts found by the full-text index.
class SearchController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("App.search")
public:
    explicit SearchController(const QSqlDatabase &db, QObject *parent = nullptr);

    // [{kind: message|draft, id, conversationId, title, role, snippet (HTML,
    // matches in <b>), time}], best first.
    Q_INVOKABLE QVariantList find(const QString &query);

private:
    QSqlDatabase m_db;
};

} // namespace Inkwell
