// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace Inkwell {

// The parameter panel's rows, one per parameter, always the same rows: a
// change of value or of server announces only what changed, so the slider
// under the mouse is never remade (which ended its drag).
class ParameterListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("App.parameters.specs")
public:
    struct Row {
        QString key; // the parameter's name in GenerationParams' JSON
        QString label;
        QString help;
        double min = 0;
        double max = 0;
        double sliderMax = 0; // the field takes up to max; the slider stops here
        double step = 0.01;
        bool integer = false;
        bool hasServerDefault = false;
        double serverDefault = 0;
        bool supported = false; // does this backend take it at all
        bool set = false; // set for this conversation
        double value = 0;
        bool operator==(const Row &) const = default;
    };
    enum Roles {
        KeyRole = Qt::UserRole + 1,
        LabelRole,
        HelpRole,
        MinRole,
        MaxRole,
        SliderMaxRole,
        StepRole,
        IntegerRole,
        HasServerDefaultRole,
        ServerDefaultRole,
        SupportedRole,
        SetRole,
        ValueRole,
        // What the slider shows: the value set, else the server's default, else the minimum.
        ShownValueRole,
    };
    Q_ENUM(Roles)

    using QAbstractListModel::QAbstractListModel;
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    void setRows(const QList<Row> &rows);
    [[nodiscard]] const QList<Row> &rows() const { return m_rows; }

private:
    QList<Row> m_rows;
};

} // namespace Inkwell
