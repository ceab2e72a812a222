// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "templates/template.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace Inkwell {

// The template library page: every template, filtered by category and by
// text typed in the search field (name, description, tags, category).
class TemplateListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by App.templates")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(QString category READ category WRITE setCategory NOTIFY filterChanged)
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY filterChanged)
    Q_PROPERTY(QStringList categories READ categories NOTIFY categoriesChanged)
public:
    enum Roles {
        KeyRole = Qt::UserRole + 1,
        NameRole,
        DescriptionRole,
        CategoryRole,
        TagsRole,
        LanguageRole,
        BuiltinRole,
        OutputRole,
        ProblemRole,
    };
    Q_ENUM(Roles)

    explicit TemplateListModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    void setTemplates(const QList<Template> &all);
    [[nodiscard]] QString category() const { return m_category; }
    void setCategory(const QString &category);
    [[nodiscard]] QString query() const { return m_query; }
    void setQuery(const QString &query);
    [[nodiscard]] QStringList categories() const { return m_categories; }
    Q_INVOKABLE [[nodiscard]] int indexOfKey(const QString &key) const;
    Q_INVOKABLE [[nodiscard]] QString keyAt(int row) const;

Q_SIGNALS:
    void countChanged();
    void filterChanged();
    void categoriesChanged();

private:
    void refilter();
    [[nodiscard]] bool matches(const Template &t) const;

    QList<Template> m_all;
    QList<Template> m_shown;
    QStringList m_categories;
    QString m_category;
    QString m_query;
};

} // namespace Inkwell
