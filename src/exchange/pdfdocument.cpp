// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/documents.h"
#include "exchange/pdftextlayer.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace Inkwell {

namespace {

// The conversation's images, decoded when the layout first asks for one
// (only those of the branches shown) and scaled to twice the size they are
// drawn at (about 190 dpi on the page): a phone photo does not stay in
// memory, or in the file, at its full size. Qt keeps each decoded image for
// the rest of the export: one conversation's pictures at print size.
class PdfTextDocument : public QTextDocument {
public:
    explicit PdfTextDocument(const Snapshot *snapshot)
    {
        if (snapshot)
            for (const Message &m : snapshot->messages)
                for (const Attachment &a : m.attachments)
                    if (isShownAsImage(a))
                        m_images.insert(pdfImageUrl(a), &a);
    }

protected:
    QVariant loadResource(int type, const QUrl &name) override
    {
        const Attachment *a = m_images.value(name);
        if (type != QTextDocument::ImageResource || !a)
            return QTextDocument::loadResource(type, name);
        QImage image = QImage::fromData(a->data);
        if (image.isNull()) // damaged: Qt draws its "missing image" mark
            return {};
        constexpr int kMaxWidth = 1000, kMaxHeight = 1600;
        if (image.width() > kMaxWidth || image.height() > kMaxHeight)
            image = image.scaled(kMaxWidth, kMaxHeight, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        return image;
    }

private:
    QHash<QUrl, const Attachment *> m_images;
};

Error writePdfDocument(const QString &html, const QString &title, const QString &path, const Snapshot *snapshot)
{
    QBuffer pdf;
    pdf.open(QIODevice::WriteOnly);
    QString text;
    {
        QPdfWriter writer(&pdf);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Inkwell " INKWELL_VERSION));
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 18, 18, 18),
                                         QPageLayout::Millimeter));
        PdfTextDocument doc(snapshot);
        doc.setHtml(html);
        // No page size on the document: print() then lays it out for the
        // writer and numbers the pages.
        doc.print(&writer);
        text = doc.toPlainText();
    }
    // Copying and searching give the characters as written: Qt's font maps
    // name 人 ⼈ (a Kangxi radical) and leave out emoji (see pdftextlayer.h).
    const Result<QByteArray> repaired = repairPdfTextLayer(pdf.data(), text);
    if (!repaired.ok())
        return repaired.error;

    // Written to a temporary file beside the target and renamed at the end:
    // a failed export leaves no half PDF.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(repaired.value) != repaired.value.size() || !file.commit())
        return Error::make(Error::Kind::Storage, QStringLiteral("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace

Error writePdf(const Snapshot &s, const DocumentOptions &options, const QString &path)
{
    return writePdfDocument(toHtml(s, options, HtmlTarget::Pdf), s.conversation.title, path, &s);
}

Error writeHtmlAsPdf(const QString &html, const QString &title, const QString &path)
{
    return writePdfDocument(html, title, path, nullptr);
}

} // namespace Inkwell
