// SPDX-License-Identifier: GPL-3.0-or-later
#include "composerattachments.h"

#include "attachmentimages.h"
#include "core/logging.h"
#include "store/attachmentrepository.h"
#include "store/database.h"

#include <QBuffer>
#include <QClipboard>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QImage>
#include <QMimeData>
#include <QtConcurrent/QtConcurrentRun>

namespace Inkwell {

AttachmentRow attachmentRow(const Attachment &a)
{
    AttachmentRow row;
    row.key = a.sha256;
    row.name = a.name;
    row.isImage = a.isImage();
    row.sizeText = a.pages > 0
        ? ComposerAttachments::tr("%n page(s)", nullptr, a.pages) + QStringLiteral(" · ") + formatSize(a.size)
        : formatSize(a.size);
    if (a.isImage())
        row.source = QStringLiteral("image://attachments/") + a.sha256;
    row.isPdf = a.isPdf();
    row.whole = a.native;
    // (A listed message's file has neither bytes nor text loaded.)
    row.scanned = a.isPdf() && a.text.isEmpty() && !a.data.isEmpty();
    row.fileSuffix = a.mimeType == u"image/jpeg" ? QStringLiteral("jpg")
        : a.mimeType == u"image/png"             ? QStringLiteral("png")
                                                 : QFileInfo(a.name).suffix();
    return row;
}

ComposerAttachments::ComposerAttachments(QObject *parent)
    : QObject(parent)
{
}

ComposerAttachments::~ComposerAttachments()
{
    for (const Item &item : std::as_const(m_items))
        AttachmentImages::takeBack(item.attachment.sha256);
    for (const QList<Item> &aside : std::as_const(m_aside))
        for (const Item &item : aside)
            AttachmentImages::takeBack(item.attachment.sha256);
}

bool ComposerAttachments::reading() const
{
    return std::any_of(m_items.cbegin(), m_items.cend(), [](const Item &i) { return i.reading; });
}

void ComposerAttachments::addUrls(const QList<QUrl> &urls)
{
    dismissError(); // what went wrong with the last files, not these
    for (const QUrl &url : urls) {
        const QString path = url.isLocalFile() ? url.toLocalFile() : url.toString();
        const AttachmentLimits limits = m_limits;
        start(QFileInfo(path).fileName(), [path, limits] { return readAttachment(path, limits); });
    }
}

bool ComposerAttachments::pasteImage()
{
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    // Text wins: an office program puts a picture of the copied cells beside them.
    if (!mime || !mime->hasImage() || mime->hasText())
        return false;
    const QImage image = qvariant_cast<QImage>(mime->imageData());
    if (image.isNull())
        return false;
    dismissError();
    const QString name = tr("Pasted image %1.png").arg(++m_pasted);
    const AttachmentLimits limits = m_limits;
    start(name, [image, name, limits] {
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        return attachmentFromBytes(png, name, limits);
    });
    return true;
}

void ComposerAttachments::start(const QString &name, std::function<Result<Attachment>()> work)
{
    Item item;
    item.id = m_nextId++;
    item.name = name;
    m_items << item;
    publish();
    auto *watcher = new QFutureWatcher<Result<Attachment>>(this);
    const int id = item.id;
    // Stored on the worker too, where the database keeps them: the GUI
    // thread only writes the list (a 100 MB file is not copied there).
    if (m_db.isValid()) {
        work = [work = std::move(work), path = m_db.databaseName()] {
            Result<Attachment> r = work();
            if (r.ok()) {
                Database db;
                if (db.open(path).isError() || AttachmentRepository(db.db()).storeFiles({r.value}).isError())
                    qCWarning(lcStore) << "an attached file could not be kept for after a restart";
            }
            return r;
        };
    }
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, id] {
        finished(id, watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

void ComposerAttachments::switchTo(qint64 conversationId)
{
    if (conversationId == m_owner)
        return;
    if (!m_items.isEmpty())
        m_aside.insert(m_owner, std::exchange(m_items, {}));
    m_items = m_aside.contains(conversationId) ? m_aside.take(conversationId) : restore(conversationId);
    m_owner = conversationId;
    dismissError();
    publish();
}

void ComposerAttachments::finished(int id, const Result<Attachment> &result)
{
    // In the list shown, or in one put aside while it was read.
    QList<Item> *list = &m_items;
    qint64 owner = m_owner;
    auto it = std::find_if(list->begin(), list->end(), [id](const Item &i) { return i.id == id; });
    for (auto aside = m_aside.begin(); it == list->end() && aside != m_aside.end(); ++aside) {
        list = &aside.value();
        owner = aside.key();
        it = std::find_if(list->begin(), list->end(), [id](const Item &i) { return i.id == id; });
    }
    if (it == list->end())
        return; // removed while it was read
    const bool shown = list == &m_items;
    if (!result.ok()) {
        list->erase(it);
        if (shown)
            showError(result.error.message);
    } else {
        it->reading = false;
        it->attachment = result.value;
        if (result.value.isImage())
            AttachmentImages::lend(result.value.sha256, result.value.data);
    }
    if (!shown)
        keep(owner, *list);
    publish();
    if (result.ok())
        Q_EMIT fileReady(result.value);
}

void ComposerAttachments::remove(int row)
{
    if (row < 0 || row >= m_items.size())
        return;
    AttachmentImages::takeBack(m_items.at(row).attachment.sha256);
    m_items.removeAt(row);
    publish();
}

void ComposerAttachments::setWhole(int row, bool whole)
{
    if (row < 0 || row >= m_items.size())
        return;
    Attachment &a = m_items[row].attachment;
    if (m_items.at(row).reading || !a.isPdf() || a.native == whole)
        return;
    if (!whole && a.text.isEmpty())
        return; // scanned: it has no text to send instead
    a.native = whole;
    publish();
}

void ComposerAttachments::setLimits(const AttachmentLimits &limits)
{
    const bool wasWhole = m_limits.wholePdf;
    m_limits = limits;
    if (wasWhole == limits.wholePdf)
        return;
    // A server that reads only text: the PDFs meant whole go as their text,
    // and the chips say so (a scanned one stays whole, and a send says why
    // it cannot go).
    if (!limits.wholePdf)
        for (Item &item : m_items)
            if (item.attachment.native && !item.attachment.text.isEmpty())
                item.attachment.native = false;
    publish();
}

void ComposerAttachments::take(const QString &sha256)
{
    const auto it = std::find_if(m_items.cbegin(), m_items.cend(),
                                 [&](const Item &i) { return !i.reading && i.attachment.sha256 == sha256; });
    if (it != m_items.cend())
        remove(int(it - m_items.cbegin()));
}

const Attachment *ComposerAttachments::readyFile(const QString &sha256) const
{
    for (const Item &item : m_items)
        if (!item.reading && item.attachment.sha256 == sha256)
            return &item.attachment;
    return nullptr;
}

QString ComposerAttachments::attachmentText(const QString &sha256) const
{
    const Attachment *a = readyFile(sha256);
    return a ? a->text : QString();
}

bool ComposerAttachments::saveAttachment(const QString &sha256, const QUrl &to)
{
    const Attachment *a = readyFile(sha256);
    if (!a) {
        showError(tr("That file is no longer in the message box."));
        return false;
    }
    if (const Error e = saveAttachmentAs(a->data, to.toLocalFile()); e.isError()) {
        showError(e.message);
        return false;
    }
    return true;
}

void ComposerAttachments::clear()
{
    for (const Item &item : std::as_const(m_items))
        AttachmentImages::takeBack(item.attachment.sha256);
    m_items.clear();
    m_errors.clear();
    showError({});
    publish();
}

void ComposerAttachments::setWarning(const QString &text)
{
    if (text == m_warning)
        return;
    m_warning = text;
    Q_EMIT warningChanged();
}

void ComposerAttachments::dismissError()
{
    m_errors.clear();
    showError({});
}

QList<Attachment> ComposerAttachments::ready() const
{
    QList<Attachment> out;
    for (const Item &item : std::as_const(m_items))
        if (!item.reading)
            out << item.attachment;
    return out;
}

void ComposerAttachments::showError(const QString &text)
{
    // Several refused files at once each say why, one line each.
    if (!text.isEmpty() && !m_errors.contains(text))
        m_errors << text;
    const QString joined = m_errors.join(u'\n');
    if (joined == m_error)
        return;
    m_error = joined;
    Q_EMIT errorChanged();
}

void ComposerAttachments::setStore(const QSqlDatabase &db)
{
    m_db = db;
    // A worker stores a file before the list says it is kept; one the app
    // ended in between belongs to no one.
    if (const Error e = AttachmentRepository(m_db).removeUnheld(); e.isError())
        qCWarning(lcStore) << e.message;
    m_items += restore(m_owner);
    publish();
}

void ComposerAttachments::setOwner(qint64 conversationId)
{
    if (m_db.isValid() && conversationId != m_owner)
        if (const Error e = AttachmentRepository(m_db).moveUnsent(m_owner, conversationId); e.isError())
            showError(e.message);
    m_restored.insert(conversationId);
    m_owner = conversationId;
}

void ComposerAttachments::keep(qint64 owner, const QList<Item> &items)
{
    if (!m_db.isValid())
        return;
    QList<Attachment> ready;
    for (const Item &item : items)
        if (!item.reading)
            ready << item.attachment;
    if (const Error e = AttachmentRepository(m_db).keepUnsent(owner, ready); e.isError())
        showError(e.message);
}

QList<ComposerAttachments::Item> ComposerAttachments::restore(qint64 owner)
{
    if (!m_db.isValid() || m_restored.contains(owner))
        return {};
    m_restored.insert(owner);
    const auto kept = AttachmentRepository(m_db).unsent(owner);
    if (!kept.ok()) {
        showError(kept.error.message);
        return {};
    }
    QList<Item> items;
    for (const Attachment &a : kept.value) {
        Item item;
        item.id = m_nextId++;
        item.name = a.name;
        item.reading = false;
        item.attachment = a;
        if (a.isImage())
            AttachmentImages::lend(a.sha256, a.data);
        items << item;
    }
    return items;
}

void ComposerAttachments::publish()
{
    keep(m_owner, m_items);
    QList<AttachmentRow> rows;
    for (const Item &item : std::as_const(m_items)) {
        AttachmentRow row;
        row.name = item.name;
        row.reading = item.reading;
        if (item.reading) {
            row.key = QStringLiteral("pending/%1").arg(item.id);
        } else {
            row = attachmentRow(item.attachment);
        }
        rows << row;
    }
    m_rows = QVariantList();
    for (const AttachmentRow &row : std::as_const(rows))
        m_rows << QVariant::fromValue(row);
    Q_EMIT changed();
}

} // namespace Inkwell
