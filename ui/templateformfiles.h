// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attachments/attachmentfile.h"

#include <QHash>
#include <QObject>
#include <QUrl>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <optional>

namespace Inkwell {

// The files chosen in a template's form, one per `file` variable: each read
// on a worker thread as it is chosen (a 300-page PDF does not stop the
// window), as the composer's are, so that Generate finds it ready.
// App.templates.files.
class TemplateFormFiles : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("App.templates.files")
    // By variable name: its file as a chip (AttachmentRow; `reading` until ready).
    Q_PROPERTY(QVariantMap rows READ rows NOTIFY changed)
    // By variable name: why its file cannot be used (readAttachment's sentence).
    Q_PROPERTY(QVariantMap errors READ errors NOTIFY changed)
    Q_PROPERTY(bool reading READ reading NOTIFY changed)
public:
    using LimitsSource = std::function<AttachmentLimits()>;

    explicit TemplateFormFiles(QObject *parent = nullptr);
    ~TemplateFormFiles() override;

    // The window's server decides how pictures are scaled.
    void setLimitsSource(LimitsSource source) { m_limits = std::move(source); }

    [[nodiscard]] QVariantMap rows() const;
    [[nodiscard]] QVariantMap errors() const;
    [[nodiscard]] bool reading() const;

    // Starts reading the file for `variable` (replacing its earlier one);
    // the path the form keeps as the variable's value.
    Q_INVOKABLE QString choose(const QString &variable, const QUrl &file);
    Q_INVOKABLE void remove(const QString &variable);
    // A form opened afresh.
    Q_INVOKABLE void clear();

    // The file read for `variable` from `path`; nullopt while it is read,
    // when it failed, or for another path.
    [[nodiscard]] std::optional<Attachment> ready(const QString &variable, const QString &path) const;
    // Why `path` cannot be used for `variable` now ("" when it can, or was never chosen here).
    [[nodiscard]] QString problem(const QString &variable, const QString &path, const QString &label) const;

Q_SIGNALS:
    void changed();

private:
    struct Item {
        int id = 0;
        QString path;
        bool reading = true;
        Attachment attachment;
        QString error;
    };
    void finished(const QString &variable, int id, const Result<Attachment> &result);
    void release(const Item &item);

    QHash<QString, Item> m_items;
    LimitsSource m_limits;
    int m_nextId = 1;
};

} // namespace Inkwell
