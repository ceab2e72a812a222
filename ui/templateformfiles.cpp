// SPDX-License-Identifier: GPL-3.0-or-later
#include "templateformfiles.h"

#include "attachmentimages.h"
#include "composerattachments.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace Inkwell {

TemplateFormFiles::TemplateFormFiles(QObject *parent)
    : QObject(parent)
{
}

TemplateFormFiles::~TemplateFormFiles()
{
    for (const Item &item : std::as_const(m_items))
        release(item);
}

void TemplateFormFiles::release(const Item &item)
{
    if (!item.reading && item.attachment.isImage())
        AttachmentImages::takeBack(item.attachment.sha256);
}

QVariantMap TemplateFormFiles::rows() const
{
    QVariantMap out;
    for (auto it = m_items.cbegin(); it != m_items.cend(); ++it) {
        if (!it->error.isEmpty())
            continue;
        AttachmentRow row;
        if (it->reading) {
            row.key = QStringLiteral("pending/%1").arg(it->id);
            row.name = QFileInfo(it->path).fileName();
            row.reading = true;
        } else {
            row = attachmentRow(it->attachment);
        }
        out.insert(it.key(), QVariant::fromValue(row));
    }
    return out;
}

QVariantMap TemplateFormFiles::errors() const
{
    QVariantMap out;
    for (auto it = m_items.cbegin(); it != m_items.cend(); ++it)
        if (!it->error.isEmpty())
            out.insert(it.key(), it->error);
    return out;
}

bool TemplateFormFiles::reading() const
{
    return std::any_of(m_items.cbegin(), m_items.cend(), [](const Item &i) { return i.reading; });
}

QString TemplateFormFiles::choose(const QString &variable, const QUrl &file)
{
    QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    if (const auto old = m_items.constFind(variable); old != m_items.cend())
        release(*old);
    Item item;
    item.id = m_nextId++;
    item.path = path;
    m_items.insert(variable, item);
    Q_EMIT changed();
    const AttachmentLimits limits = m_limits ? m_limits() : AttachmentLimits {};
    auto *watcher = new QFutureWatcher<Result<Attachment>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, variable, id = item.id] {
        finished(variable, id, watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([path, limits] { return readAttachment(path, limits); }));
    return path;
}

void TemplateFormFiles::finished(const QString &variable, int id, const Result<Attachment> &result)
{
    const auto it = m_items.find(variable);
    if (it == m_items.end() || it->id != id)
        return; // removed, or another file chosen, while it was read
    it->reading = false;
    if (!result.ok()) {
        it->error = result.error.message;
    } else {
        it->attachment = result.value;
        if (result.value.isImage())
            AttachmentImages::lend(result.value.sha256, result.value.data);
    }
    Q_EMIT changed();
}

void TemplateFormFiles::remove(const QString &variable)
{
    const auto it = m_items.constFind(variable);
    if (it == m_items.cend())
        return;
    release(*it);
    m_items.erase(it);
    Q_EMIT changed();
}

void TemplateFormFiles::clear()
{
    if (m_items.isEmpty())
        return;
    for (const Item &item : std::as_const(m_items))
        release(item);
    m_items.clear();
    Q_EMIT changed();
}

std::optional<Attachment> TemplateFormFiles::ready(const QString &variable, const QString &path) const
{
    const auto it = m_items.constFind(variable);
    if (it == m_items.cend() || it->path != path || it->reading || !it->error.isEmpty())
        return std::nullopt;
    return it->attachment;
}

QString TemplateFormFiles::problem(const QString &variable, const QString &path, const QString &label) const
{
    const auto it = m_items.constFind(variable);
    if (it == m_items.cend() || it->path != path)
        return {};
    if (it->reading)
        return tr("The file for “%1” is still being read.").arg(label);
    return it->error;
}

} // namespace Inkwell
