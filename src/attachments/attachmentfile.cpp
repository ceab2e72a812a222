// SPDX-License-Identifier: GPL-3.0-or-later
#include "attachmentfile.h"

#include "attachments/documentreader.h"
#include "attachments/imageprep.h"
#include "providers/profile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QLocale>
#include <QSaveFile>

#include <sys/stat.h>

namespace Inkwell {

namespace {

Error refused(const QString &message)
{
    return Error::make(Error::Kind::Format, message);
}

QString mimeFor(const QString &format)
{
    static const QHash<QString, QString> types = {
        {QStringLiteral("pdf"), QStringLiteral("application/pdf")},
        {QStringLiteral("docx"),
         QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.document")},
        {QStringLiteral("odt"), QStringLiteral("application/vnd.oasis.opendocument.text")},
        {QStringLiteral("html"), QStringLiteral("text/html")},
        {QStringLiteral("markdown"), QStringLiteral("text/markdown")},
        {QStringLiteral("csv"), QStringLiteral("text/csv")},
    };
    return types.value(format, QStringLiteral("text/plain"));
}

// A size over a limit and the limit, told apart: "1.0 MB; up to 1.0 MB"
// says nothing, so equal roundings are written in bytes.
std::pair<QString, QString> sizesApart(qint64 size, qint64 limit)
{
    const QString a = formatSize(size);
    const QString b = formatSize(limit);
    if (a != b)
        return {a, b};
    return {QCoreApplication::translate("Inkwell::Attachments", "%1 bytes").arg(QLocale().toString(size)),
            QCoreApplication::translate("Inkwell::Attachments", "%1 bytes").arg(QLocale().toString(limit))};
}

bool looksLikeImage(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    // Only the formats people attach as pictures: PBM/PGM/PPM are told by
    // two letters ("P3 meeting notes" is text), and SVG is text the model
    // can read.
    static const QList<QByteArray> pictures = {"png", "jpeg", "jpg", "gif", "webp", "bmp", "heif", "heic", "tiff"};
    return pictures.contains(QImageReader::imageFormat(&buffer));
}

} // namespace

Result<Attachment> attachmentFromBytes(const QByteArray &bytes, const QString &name, const AttachmentLimits &limits)
{
    using R = Result<Attachment>;
    if (bytes.isEmpty())
        return R::fail(refused(QCoreApplication::translate("Inkwell::Attachments", "%1 is empty.").arg(name)));
    if (looksLikeImage(bytes)) {
        if (bytes.size() > limits.maxImageBytes) {
            const auto [size, limit] = sizesApart(bytes.size(), limits.maxImageBytes);
            return R::fail(refused(
                QCoreApplication::translate("Inkwell::Attachments", "%1 is %2; images up to %3 can be attached.")
                    .arg(name, size, limit)));
        }
        return prepareImage(bytes, name, limits.imageLongSide);
    }
    if (bytes.size() > limits.maxDocumentBytes) {
        const auto [size, limit] = sizesApart(bytes.size(), limits.maxDocumentBytes);
        return R::fail(
            refused(QCoreApplication::translate("Inkwell::Attachments", "%1 is %2; documents up to %3 can be attached.")
                        .arg(name, size, limit)));
    }
    DocumentLimits docLimits;
    docLimits.acceptScanned = limits.wholePdf;
    auto doc = readDocument(bytes, name, docLimits);
    if (!doc.ok())
        return R::fail(doc.error);
    Attachment a;
    a.kind = Attachment::Kind::Document;
    a.name = name;
    a.mimeType = mimeFor(doc.value.format);
    a.data = bytes;
    a.text = doc.value.text;
    a.pages = doc.value.pages;
    // A scanned PDF goes as itself or not at all.
    a.native = doc.value.scanned;
    a.size = bytes.size();
    a.sha256 = sha256Hex(bytes);
    return {a, {}};
}

Result<Attachment> readAttachment(const QString &path, const AttachmentLimits &limits)
{
    using R = Result<Attachment>;
    const QFileInfo info(path);
    const QString name = info.fileName();
    // stat() follows a symbolic link to what it points at: a link to
    // /dev/zero is a device, refused before anything is read from it.
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return R::fail(
            refused(QCoreApplication::translate("Inkwell::Attachments", "%1 does not exist (any more).").arg(name)));
    if (S_ISDIR(st.st_mode))
        return R::fail(refused(
            QCoreApplication::translate("Inkwell::Attachments", "%1 is a folder; attach the files in it instead.")
                .arg(name)));
    if (!S_ISREG(st.st_mode))
        return R::fail(refused(QCoreApplication::translate("Inkwell::Attachments",
                                                           "%1 is not a regular file (a device, a pipe or a socket).")
                                   .arg(name)));
    const qint64 size = st.st_size;
    if (size == 0)
        return R::fail(refused(QCoreApplication::translate("Inkwell::Attachments", "%1 is empty.").arg(name)));
    const qint64 limit = qMax(limits.maxImageBytes, limits.maxDocumentBytes);
    if (size > limit) {
        const auto [told, limitTold] = sizesApart(size, limit);
        return R::fail(
            refused(QCoreApplication::translate("Inkwell::Attachments", "%1 is %2; files up to %3 can be attached.")
                        .arg(name, told, limitTold)));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::fail(refused(QCoreApplication::translate("Inkwell::Attachments", "%1 could not be opened: %2")
                                   .arg(name, file.errorString())));
    const QByteArray bytes = file.read(limit + 1);
    if (bytes.size() > limit) // it grew since stat()
        return R::fail(refused(
            QCoreApplication::translate("Inkwell::Attachments", "%1 is larger than %2.").arg(name, formatSize(limit))));
    if (file.error() != QFileDevice::NoError)
        return R::fail(refused(QCoreApplication::translate("Inkwell::Attachments", "%1 could not be read: %2")
                                   .arg(name, file.errorString())));
    return attachmentFromBytes(bytes, name, limits);
}

Error saveAttachmentAs(const QByteArray &bytes, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error::make(Error::Kind::Storage,
                           QCoreApplication::translate("Inkwell::Attachments", "Cannot save %1: %2")
                               .arg(QFileInfo(path).fileName(), file.errorString()));
    return {};
}

AttachmentLimits limitsFor(const Profile &profile)
{
    AttachmentLimits limits;
    limits.imageLongSide = profile.api == u"anthropic" ? kAnthropicImageLongSide : kImageLongSide;
    if (profile.maxFileMB > 0)
        limits.maxImageBytes = limits.maxDocumentBytes = profile.maxFileMB * AttachmentLimits::kMB;
    limits.wholePdf = readsPdf(profile);
    return limits;
}

QString formatSize(qint64 bytes)
{
    // Decimal (1 kB = 1000 bytes), as its units say and as the desktop's
    // file managers count: Qt's "traditional" format wrote 1024-byte kB.
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

} // namespace Inkwell
