// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/documents.h"
#include "exchange/pdftextlayer.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace Inkwell {

Error writePdf(const Snapshot &s, const DocumentOptions &options, const QString &path)
{
    return writeHtmlAsPdf(toHtml(s, options, HtmlTarget::Pdf), s.conversation.title, path);
}

Error writeHtmlAsPdf(const QString &html, const QString &title, const QString &path)
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
        QTextDocument doc;
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

} // namespace Inkwell
