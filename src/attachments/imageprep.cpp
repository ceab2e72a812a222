// SPDX-License-Identifier: GPL-3.0-or-later
#include "imageprep.h"

#include <QBuffer>
#include <QColorSpace>
#include <QCoreApplication>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>

namespace Inkwell {

namespace {

// Huge pixel counts are refused before decoding: a 100,000 × 100,000 PNG is
// a few kilobytes on disk and 40 GB in memory.
constexpr qint64 kMaxPixels = 100'000'000;
constexpr int kJpegQuality = 88;
// Below this a PNG stays a PNG: icons and small screenshots keep sharp edges.
constexpr qint64 kSmallPngBytes = qint64(512) * 1024;

} // namespace

Result<Attachment> prepareImage(const QByteArray &bytes, const QString &name, int longSide)
{
    using R = Result<Attachment>;
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true); // EXIF orientation
    const QByteArray format = reader.format();
    if (format.isEmpty())
        return R::fail(Error::make(
            Error::Kind::Format,
            QCoreApplication::translate("Inkwell::Attachments", "%1 is not an image Inkwell can read.").arg(name)));
    const QSize declared = reader.size();
    if (declared.isValid() && qint64(declared.width()) * declared.height() > kMaxPixels)
        return R::fail(
            Error::make(Error::Kind::Format,
                        QCoreApplication::translate("Inkwell::Attachments", "%1 is too large: %2 × %3 pixels.")
                            .arg(name)
                            .arg(declared.width())
                            .arg(declared.height())));
    // libjpeg fills a cut-off JPEG with grey and calls it a success; the
    // end-of-image marker after the scan says the file is whole.
    if (format == "jpeg") {
        const qsizetype scan = bytes.indexOf(QByteArray("\xff\xda", 2));
        if (scan < 0 || bytes.lastIndexOf(QByteArray("\xff\xd9", 2)) < scan)
            return R::fail(Error::make(Error::Kind::Format,
                                       QCoreApplication::translate(
                                           "Inkwell::Attachments",
                                           "%1 could not be read as an image (it ends early); the file may be damaged.")
                                           .arg(name)));
    }
    QImage image = reader.read();
    if (image.isNull())
        return R::fail(
            Error::make(Error::Kind::Format,
                        QCoreApplication::translate("Inkwell::Attachments",
                                                    "%1 could not be read as an image (%2); the file may be damaged.")
                            .arg(name, reader.errorString())));
    if (image.width() > longSide || image.height() > longSide)
        image = image.scaled(longSide, longSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);

    // Drawings and screenshots (PNG, GIF, BMP) stay lossless when small.
    const bool lossless = format == "png" || format == "gif" || format == "bmp";
    const bool png = image.hasAlphaChannel() || (lossless && bytes.size() <= kSmallPngBytes);
    // 32 bits a pixel before the bits are copied below: a palette or 1-bit
    // image keeps its colours in a table the copy would lose; and sRGB, the
    // colour space every model assumes (the copy drops the ICC profile).
    if (image.colorSpace().isValid() && image.colorSpace() != QColorSpace(QColorSpace::SRgb))
        image.convertToColorSpace(QColorSpace::SRgb);
    image = image.convertToFormat(png ? QImage::Format_ARGB32 : QImage::Format_RGB32);
    QByteArray out;
    QBuffer outBuffer(&out);
    outBuffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&outBuffer, png ? "png" : "jpeg");
    if (!png)
        writer.setQuality(kJpegQuality);
    // The pixels alone, in an image of their own: the source's text keys
    // (PNG tEXt chunks, a JPEG comment) are not carried into the new file.
    image = QImage(image.constBits(), image.width(), image.height(), image.bytesPerLine(), image.format()).copy();
    if (!writer.write(image))
        return R::fail(Error::make(Error::Kind::Format,
                                   QCoreApplication::translate("Inkwell::Attachments", "%1 could not be prepared: %2")
                                       .arg(name, writer.errorString())));

    Attachment a;
    a.kind = Attachment::Kind::Image;
    a.name = name;
    a.mimeType = png ? QStringLiteral("image/png") : QStringLiteral("image/jpeg");
    a.data = out;
    a.width = image.width();
    a.height = image.height();
    a.size = out.size();
    a.sha256 = sha256Hex(out);
    return {a, {}};
}

} // namespace Inkwell
