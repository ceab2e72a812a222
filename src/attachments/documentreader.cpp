// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentreader.h"

#include "attachments/textdecoding.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFont>
#include <QRectF>
#include <QTextDocument>
#include <QUrl>
#include <QVariant>
#include <QXmlStreamReader>

#include <memory>
#include <mutex>
#include <poppler-qt6.h>
#include <zip.h>

namespace Inkwell {

namespace {

using DocResult = Result<DocumentText>;

DocResult fail(QString sentence)
{
    return DocResult::fail(Error::make(Error::Kind::Format, std::move(sentence)));
}

// ---- What the bytes are ----------------------------------------------------

enum class Kind { Pdf, Docx, Odt, OtherZip, OldOffice, Png, Jpeg, Gif, WebP, Text, Binary };

// The kind a zip's entries make (kind OtherZip says which in `what`).
struct ZipKind {
    Kind kind = Kind::OtherZip;
    QString what;
};

// The header opens the file; a ".pdf" may have a little junk before it
// (a mail header, a BOM), which poppler skips within the first kilobyte. A
// text that merely mentions "%PDF-" near its start is text.
bool isPdf(const QByteArray &bytes, const QString &suffix)
{
    return bytes.startsWith("%PDF-")
        || (suffix == u"pdf" && QByteArrayView(bytes).first(std::min<qsizetype>(bytes.size(), 1024)).contains("%PDF-"));
}

Kind sniff(const QByteArray &bytes, const QString &suffix)
{
    if (isPdf(bytes, suffix))
        return Kind::Pdf;
    if (bytes.startsWith("PK\x03\x04"))
        return Kind::OtherZip; // told apart once opened
    if (bytes.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return Kind::OldOffice;
    if (bytes.startsWith("\x89PNG\r\n\x1A\n"))
        return Kind::Png;
    if (bytes.startsWith("\xFF\xD8\xFF"))
        return Kind::Jpeg;
    if (bytes.startsWith("GIF87a") || bytes.startsWith("GIF89a"))
        return Kind::Gif;
    if (bytes.startsWith("RIFF") && bytes.mid(8, 4) == "WEBP")
        return Kind::WebP;
    return Kind::Text;
}

// "a PNG image": what a file is, for the sentences that say so.
QString describe(Kind kind, const QString &what = {})
{
    switch (kind) {
    case Kind::Pdf:
        return QCoreApplication::translate("Inkwell::Attachments", "a PDF");
    case Kind::Docx:
        return QCoreApplication::translate("Inkwell::Attachments", "a Word document (DOCX)");
    case Kind::Odt:
        return QCoreApplication::translate("Inkwell::Attachments", "an OpenDocument text (ODT)");
    case Kind::OtherZip:
        return what.isEmpty() ? QCoreApplication::translate("Inkwell::Attachments", "a zip archive") : what;
    case Kind::OldOffice:
        return QCoreApplication::translate("Inkwell::Attachments",
                                           "an older Microsoft Office file (.doc, .xls or .ppt)");
    case Kind::Png:
        return QCoreApplication::translate("Inkwell::Attachments", "a PNG image");
    case Kind::Jpeg:
        return QCoreApplication::translate("Inkwell::Attachments", "a JPEG image");
    case Kind::Gif:
        return QCoreApplication::translate("Inkwell::Attachments", "a GIF image");
    case Kind::WebP:
        return QCoreApplication::translate("Inkwell::Attachments", "a WebP image");
    case Kind::Text:
        return QCoreApplication::translate("Inkwell::Attachments", "a text file");
    case Kind::Binary:
        return QCoreApplication::translate("Inkwell::Attachments", "binary data of some other kind");
    }
    return {};
}

// A ".pdf", ".docx" or ".odt" name is a claim the content must bear out.
DocResult checkClaim(const QString &name, const QString &suffix, Kind kind, const QString &what = {})
{
    if (suffix == u"pdf" && kind != Kind::Pdf) {
        return fail(QCoreApplication::translate("Inkwell::Attachments", "%1 is not a PDF: it is %2.")
                        .arg(name, describe(kind, what)));
    }
    if (suffix == u"docx" && kind != Kind::Docx) {
        return fail(QCoreApplication::translate("Inkwell::Attachments", "%1 is not a Word document: it is %2.")
                        .arg(name, describe(kind, what)));
    }
    if (suffix == u"odt" && kind != Kind::Odt) {
        return fail(QCoreApplication::translate("Inkwell::Attachments", "%1 is not an OpenDocument text: it is %2.")
                        .arg(name, describe(kind, what)));
    }
    return {};
}

DocResult passwordProtected(const QString &name)
{
    return fail(
        QCoreApplication::translate("Inkwell::Attachments", "%1 is protected by a password; Inkwell cannot read it.")
            .arg(name));
}

QString sizeText(qint64 bytes)
{
    if (bytes >= (1LL << 20) && bytes % (1LL << 20) == 0)
        return QCoreApplication::translate("Inkwell::Attachments", "%1 MB").arg(bytes >> 20);
    if (bytes >= 1024)
        return QCoreApplication::translate("Inkwell::Attachments", "%1 KB").arg(bytes / 1024);
    return QCoreApplication::translate("Inkwell::Attachments", "%1 bytes").arg(bytes);
}

DocResult tooBig(const QString &name, const DocumentLimits &limits)
{
    return fail(QCoreApplication::translate("Inkwell::Attachments", "%1 expands to more than %2; it may be a zip bomb.")
                    .arg(name, sizeText(limits.maxInflatedBytes)));
}

// Whole lines of space at the end go; so does trailing space on the last line.
void trimEnd(QString &text)
{
    qsizetype end = text.size();
    while (end > 0 && text.at(end - 1).isSpace())
        --end;
    text.truncate(end);
}

bool hasText(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return !c.isSpace(); });
}

// ---- PDF ---------------------------------------------------------------------

void quietPoppler(const QString & /*message*/, const QVariant & /*closure*/)
{
}

// A page's words in poppler's reading order (columns apart, as pdftotext
// reads them; Page::text() lays them out physically, padded with spaces):
// a line break where poppler ends a line, an empty line where the gap to the
// next line is taller than most of a line (a new paragraph).
QString pageText(const Poppler::Page &page)
{
    QString out;
    QRectF line;
    QRectF previousLine;
    bool lineStart = true;
    for (const std::unique_ptr<Poppler::TextBox> &word : page.textList()) {
        const QRectF box = word->boundingBox();
        if (lineStart) {
            if (!previousLine.isNull() && box.top() - previousLine.bottom() > previousLine.height() * 0.8)
                out += u'\n';
            line = box;
            lineStart = false;
        } else {
            line = line.united(box);
        }
        out += word->text();
        if (!word->nextWord()) {
            out += u'\n';
            previousLine = line;
            lineStart = true;
        } else if (word->hasSpaceAfter()) {
            out += u' ';
        }
    }
    return out;
}

// Fewer visible characters than this per page on average: no text layer.
constexpr qsizetype kScannedCharsPerPage = 10;

DocResult readPdf(const QByteArray &bytes, const QString &name, const DocumentLimits &limits)
{
    // poppler writes every syntax complaint to stderr; they say nothing a
    // person could act on that the sentences below do not.
    static std::once_flag quiet;
    std::call_once(quiet, [] { Poppler::setDebugErrorFunction(quietPoppler, QVariant()); });

    // poppler rebuilds a cut-off file's cross-references and reads what is
    // left; a PDF that does not end with %%EOF (give or take trailing
    // junk) is an incomplete download, and half its text is not its text.
    const bool complete = QByteArrayView(bytes).last(std::min<qsizetype>(bytes.size(), 1024)).contains("%%EOF");
    const std::unique_ptr<Poppler::Document> document
        = complete ? Poppler::Document::loadFromData(bytes) : std::unique_ptr<Poppler::Document>();
    if (!document) {
        return fail(QCoreApplication::translate("Inkwell::Attachments",
                                                "%1 is damaged or not a complete PDF; Inkwell cannot read it.")
                        .arg(name));
    }
    if (document->isLocked())
        return passwordProtected(name);
    const int pages = document->numPages();
    if (pages <= 0) {
        return fail(QCoreApplication::translate("Inkwell::Attachments",
                                                "%1 is damaged or not a complete PDF; Inkwell cannot read it.")
                        .arg(name));
    }
    if (pages > limits.maxPages) {
        return fail(QCoreApplication::translate("Inkwell::Attachments", "%1 has %2 pages; Inkwell reads at most %3.")
                        .arg(name)
                        .arg(pages)
                        .arg(limits.maxPages));
    }

    QString out;
    qsizetype visible = 0;
    for (int i = 0; i < pages; ++i) {
        QString text;
        if (const std::unique_ptr<Poppler::Page> page = document->page(i))
            text = pageText(*page);
        // A broken ToUnicode map can yield NULs; they are not text.
        text.remove(QChar(u'\0'));
        if (text.contains(u'\r')) {
            text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
            text.replace(u'\r', u'\n');
        }
        trimEnd(text);
        visible += std::count_if(text.cbegin(), text.cend(), [](QChar c) { return !c.isSpace(); });
        if (i > 0)
            out += QStringLiteral("\n\n");
        out += QStringLiteral("--- Page ") + QString::number(i + 1) + QStringLiteral(" ---\n") + text;
        if (out.size() * 2 > limits.maxInflatedBytes) {
            return fail(QCoreApplication::translate("Inkwell::Attachments", "%1 holds more than %2 of text.")
                            .arg(name, sizeText(limits.maxInflatedBytes)));
        }
    }
    if (visible < kScannedCharsPerPage * pages) {
        if (limits.acceptScanned)
            return {DocumentText {QString(), pages, QStringLiteral("pdf"), QString(), true}, {}};
        return fail(
            QCoreApplication::translate("Inkwell::Attachments",
                                        "%1 has no text layer (it looks scanned); attach the pages as images instead.")
                .arg(name));
    }
    return {DocumentText {out, pages, QStringLiteral("pdf"), QString()}, {}};
}

// ---- Zip (DOCX, ODT) -----------------------------------------------------------

struct ZipCloser {
    void operator()(zip_t *zip) const { zip_discard(zip); }
};
using ZipHandle = std::unique_ptr<zip_t, ZipCloser>;
struct ZipFileCloser {
    void operator()(zip_file_t *file) const { zip_fclose(file); }
};

Result<ZipHandle> openZip(const QByteArray &bytes, const QString &name)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *source = zip_source_buffer_create(bytes.constData(), zip_uint64_t(bytes.size()), 0, &error);
    zip_t *archive = source ? zip_open_from_source(source, ZIP_RDONLY, &error) : nullptr;
    if (!archive) {
        if (source)
            zip_source_free(source);
        const QString why = QString::fromUtf8(zip_error_strerror(&error));
        zip_error_fini(&error);
        return Result<ZipHandle>::fail(Error::make(
            Error::Kind::Format,
            QCoreApplication::translate("Inkwell::Attachments", "%1 is damaged: its zip archive cannot be opened (%2).")
                .arg(name, why)));
    }
    zip_error_fini(&error);
    return {ZipHandle(archive), {}};
}

bool hasEntry(zip_t *zip, const char *entry)
{
    return zip_name_locate(zip, entry, 0) >= 0;
}

// One entry read in chunks, never more than `budget` bytes (whatever its
// header declares); what it reads is taken from the budget.
Result<QByteArray> readEntry(zip_t *zip, const char *entry, qint64 &budget, const QString &name,
                             const DocumentLimits &limits)
{
    using R = Result<QByteArray>;
    const auto damaged = [&](const QString &why) {
        return R::fail(
            Error::make(Error::Kind::Format,
                        QCoreApplication::translate("Inkwell::Attachments", "%1 is damaged: %2 cannot be read (%3).")
                            .arg(name, QString::fromUtf8(entry), why)));
    };
    const zip_int64_t index = zip_name_locate(zip, entry, 0);
    if (index < 0)
        return damaged(QString::fromUtf8(zip_strerror(zip)));
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(zip, zip_uint64_t(index), 0, &stat) == 0 && (stat.valid & ZIP_STAT_ENCRYPTION_METHOD)
        && stat.encryption_method != ZIP_EM_NONE) {
        return R::fail(passwordProtected(name).error);
    }
    const std::unique_ptr<zip_file_t, ZipFileCloser> file(zip_fopen_index(zip, zip_uint64_t(index), 0));
    if (!file) {
        const int code = zip_error_code_zip(zip_get_error(zip));
        if (code == ZIP_ER_NOPASSWD || code == ZIP_ER_WRONGPASSWD || code == ZIP_ER_ENCRNOTSUPP)
            return R::fail(passwordProtected(name).error);
        return damaged(QString::fromUtf8(zip_strerror(zip)));
    }
    QByteArray out;
    constexpr qsizetype kChunk = 64 << 10;
    QByteArray chunk(kChunk, Qt::Uninitialized);
    for (;;) {
        const zip_int64_t got = zip_fread(file.get(), chunk.data(), zip_uint64_t(kChunk));
        if (got < 0)
            return damaged(QString::fromUtf8(zip_file_strerror(file.get())));
        if (got == 0)
            break;
        if (got > budget)
            return R::fail(tooBig(name, limits).error);
        budget -= got;
        out.append(chunk.constData(), qsizetype(got));
    }
    return {out, {}};
}

ZipKind zipKind(zip_t *zip, qint64 &budget, const QString &name, const DocumentLimits &limits)
{
    if (hasEntry(zip, "word/document.xml"))
        return {Kind::Docx, {}};
    if (hasEntry(zip, "mimetype")) {
        // The mimetype entry is a few dozen bytes; a bigger one is not ODF.
        qint64 small = std::min<qint64>(budget, 256);
        const Result<QByteArray> mime = readEntry(zip, "mimetype", small, name, limits);
        const QByteArray type = mime.value.trimmed();
        if (mime.ok() && type == "application/vnd.oasis.opendocument.text" && hasEntry(zip, "content.xml"))
            return {Kind::Odt, {}};
        if (mime.ok() && type == "application/epub+zip")
            return {Kind::OtherZip, QCoreApplication::translate("Inkwell::Attachments", "an EPUB book")};
        if (mime.ok() && type.startsWith("application/vnd.oasis.opendocument.")) {
            return {Kind::OtherZip,
                    QCoreApplication::translate("Inkwell::Attachments", "an OpenDocument file of another kind (%1)")
                        .arg(QString::fromLatin1(type.left(80)))};
        }
    }
    if (hasEntry(zip, "xl/workbook.xml"))
        return {Kind::OtherZip, QCoreApplication::translate("Inkwell::Attachments", "an Excel workbook (XLSX)")};
    if (hasEntry(zip, "ppt/presentation.xml"))
        return {Kind::OtherZip,
                QCoreApplication::translate("Inkwell::Attachments", "a PowerPoint presentation (PPTX)")};
    return {Kind::OtherZip, {}};
}

// ---- The XML of DOCX and ODT ---------------------------------------------------

DocResult badXml(const QString &name, const char *entry, const QXmlStreamReader &xml)
{
    return fail(
        QCoreApplication::translate("Inkwell::Attachments", "%1 is damaged: %2 is not well-formed XML (line %3: %4).")
            .arg(name, QString::fromUtf8(entry))
            .arg(xml.lineNumber())
            .arg(xml.errorString()));
}

DocResult noText(const QString &name)
{
    return fail(QCoreApplication::translate("Inkwell::Attachments", "%1 has no text to read (it may hold only images).")
                    .arg(name));
}

// A document type declaration has no place in these parts (and could
// declare entities); reading stops there.
void refuseDtd(QXmlStreamReader &xml)
{
    xml.raiseError(QStringLiteral("a document type declaration is not allowed here"));
}

// word/document.xml: each paragraph (w:p) a line; the text of w:t; w:tab a
// tab, w:br and w:cr a line break (inside runs; w:tab in a paragraph's tab
// stops is no text). Deleted text (w:delText) and field codes (w:instrText)
// are left out, and so is mc:Fallback, which repeats mc:Choice's text boxes.
Result<QString> docxText(const QByteArray &bytes, const QString &name)
{
    static const QString kW = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
    static const QString kWStrict = QStringLiteral("http://purl.oclc.org/ooxml/wordprocessingml/main");
    static const QString kMath = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/math");
    static const QString kMc = QStringLiteral("http://schemas.openxmlformats.org/markup-compatibility/2006");
    QXmlStreamReader xml(bytes);
    QString out;
    int inText = 0;
    int inRun = 0;
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement: {
            const QStringView ns = xml.namespaceUri();
            const QStringView local = xml.name();
            if (ns == kMc && local == u"Fallback") {
                xml.skipCurrentElement();
            } else if (ns == kW || ns == kWStrict) {
                if (local == u"t")
                    ++inText;
                else if (local == u"r")
                    ++inRun;
                else if (inRun > 0 && local == u"tab")
                    out += u'\t';
                else if (inRun > 0 && (local == u"br" || local == u"cr"))
                    out += u'\n';
                else if (inRun > 0 && local == u"noBreakHyphen")
                    out += u'-';
            } else if (ns == kMath && local == u"t") {
                ++inText;
            }
            break;
        }
        case QXmlStreamReader::EndElement: {
            const QStringView ns = xml.namespaceUri();
            const QStringView local = xml.name();
            if (ns == kW || ns == kWStrict) {
                if (local == u"t")
                    inText = std::max(0, inText - 1);
                else if (local == u"r")
                    inRun = std::max(0, inRun - 1);
                else if (local == u"p")
                    out += u'\n';
            } else if (ns == kMath && local == u"t") {
                inText = std::max(0, inText - 1);
            }
            break;
        }
        case QXmlStreamReader::Characters:
            if (inText > 0)
                out += xml.text();
            break;
        case QXmlStreamReader::DTD:
            refuseDtd(xml);
            break;
        default:
            break;
        }
    }
    if (xml.hasError())
        return Result<QString>::fail(badXml(name, "word/document.xml", xml).error);
    return {out, {}};
}

// content.xml: the office:body's paragraphs (text:p) and headings (text:h)
// each a line; text:s is text:c spaces, text:tab a tab, text:line-break a
// line break. Comments (office:annotation) and the deleted text kept for
// tracked changes (text:tracked-changes) are left out.
Result<QString> odtText(const QByteArray &bytes, const QString &name, const DocumentLimits &limits)
{
    static const QString kText = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
    static const QString kOffice = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
    // A run of spaces longer than this is not a document's text.
    constexpr int kMaxSpaces = 1000;
    QXmlStreamReader xml(bytes);
    QString out;
    bool inBody = false;
    int inParagraph = 0;
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement: {
            const QStringView ns = xml.namespaceUri();
            const QStringView local = xml.name();
            if (ns == kOffice && local == u"body") {
                inBody = true;
            } else if (!inBody) {
                break;
            } else if ((ns == kOffice && local == u"annotation") || (ns == kText && local == u"tracked-changes")) {
                xml.skipCurrentElement();
            } else if (ns == kText) {
                if (local == u"p" || local == u"h") {
                    ++inParagraph;
                } else if (local == u"s") {
                    const QStringView count = xml.attributes().value(kText, QStringLiteral("c"));
                    const int n = count.isEmpty() ? 1 : std::clamp(count.toInt(), 1, kMaxSpaces);
                    out += QString(n, u' ');
                    if (out.size() * 2 > limits.maxInflatedBytes)
                        return Result<QString>::fail(tooBig(name, limits).error);
                } else if (local == u"tab") {
                    out += u'\t';
                } else if (local == u"line-break") {
                    out += u'\n';
                }
            }
            break;
        }
        case QXmlStreamReader::EndElement: {
            const QStringView ns = xml.namespaceUri();
            const QStringView local = xml.name();
            if (ns == kOffice && local == u"body") {
                inBody = false;
            } else if (inBody && ns == kText && (local == u"p" || local == u"h")) {
                inParagraph = std::max(0, inParagraph - 1);
                out += u'\n';
            }
            break;
        }
        case QXmlStreamReader::Characters:
            if (inBody && inParagraph > 0)
                out += xml.text();
            break;
        case QXmlStreamReader::DTD:
            refuseDtd(xml);
            break;
        default:
            break;
        }
    }
    if (xml.hasError())
        return Result<QString>::fail(badXml(name, "content.xml", xml).error);
    return {out, {}};
}

DocResult readZip(const QByteArray &bytes, const QString &name, const QString &suffix, const DocumentLimits &limits)
{
    const Result<ZipHandle> zip = openZip(bytes, name);
    if (!zip.ok())
        return DocResult::fail(zip.error);
    qint64 budget = limits.maxInflatedBytes;
    const ZipKind kind = zipKind(zip.value.get(), budget, name, limits);
    if (DocResult claim = checkClaim(name, suffix, kind.kind, kind.what); !claim.ok())
        return claim;
    if (kind.kind == Kind::OtherZip) {
        return fail(QCoreApplication::translate("Inkwell::Attachments",
                                                "%1 is %2; Inkwell reads PDF, DOCX, ODT and text files.")
                        .arg(name, describe(kind.kind, kind.what)));
    }
    const bool docx = kind.kind == Kind::Docx;
    const char *entry = docx ? "word/document.xml" : "content.xml";
    const Result<QByteArray> xml = readEntry(zip.value.get(), entry, budget, name, limits);
    if (!xml.ok())
        return DocResult::fail(xml.error);
    Result<QString> text = docx ? docxText(xml.value, name) : odtText(xml.value, name, limits);
    if (!text.ok())
        return DocResult::fail(text.error);
    trimEnd(text.value);
    if (!hasText(text.value))
        return noText(name);
    return {DocumentText {text.value, 0, docx ? QStringLiteral("docx") : QStringLiteral("odt"), QString()}, {}};
}

// ---- Text ----------------------------------------------------------------------

// A document that never loads a resource an attached page names (a style
// sheet at /dev/zero, a file of this machine): Qt 6.4 asks for none when only
// the text is wanted, and this keeps it so in later versions.
class OfflineDocument : public QTextDocument {
protected:
    QVariant loadResource(int /*type*/, const QUrl & /*name*/) override { return {}; }
};

bool looksLikeHtml(const QString &text)
{
    const QStringView start = QStringView(text).first(std::min<qsizetype>(text.size(), 512)).trimmed();
    return start.startsWith(u"<!doctype html", Qt::CaseInsensitive) || start.startsWith(u"<html", Qt::CaseInsensitive);
}

DocResult readText(const QByteArray &bytes, const QString &name, const QString &suffix)
{
    Result<DecodedText> decoded = decodeText(bytes, name);
    if (!decoded.ok())
        return DocResult::fail(decoded.error);
    QString format = QStringLiteral("text");
    if (suffix == u"md" || suffix == u"markdown")
        format = QStringLiteral("markdown");
    else if (suffix == u"csv")
        format = QStringLiteral("csv");
    else if (suffix == u"html" || suffix == u"htm" || suffix == u"xhtml" || looksLikeHtml(decoded.value.text))
        format = QStringLiteral("html");
    if (format == u"html") {
        // Qt's rich text reader: scripts, styles and the head are left out,
        // blocks become lines, entities are resolved.
        OfflineDocument document;
        QFont font;
        font.setPixelSize(16); // else every <h1> warns of a font size of -2
        document.setDefaultFont(font);
        document.setHtml(decoded.value.text);
        QString plain = document.toPlainText();
        plain.replace(QChar::Nbsp, u' ');
        trimEnd(plain);
        return {DocumentText {plain, 0, format, decoded.value.encoding}, {}};
    }
    return {DocumentText {decoded.value.text, 0, format, decoded.value.encoding}, {}};
}

} // namespace

Result<DocumentText> readDocument(const QByteArray &bytes, const QString &fileName, const DocumentLimits &limits)
{
    QString name = QFileInfo(fileName).fileName();
    if (name.isEmpty())
        name = QCoreApplication::translate("Inkwell::Attachments", "This file");
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (bytes.isEmpty())
        return fail(QCoreApplication::translate("Inkwell::Attachments", "%1 is empty.").arg(name));

    const Kind kind = sniff(bytes, suffix);
    switch (kind) {
    case Kind::Pdf:
        if (DocResult claim = checkClaim(name, suffix, kind); !claim.ok())
            return claim;
        return readPdf(bytes, name, limits);
    case Kind::OtherZip:
        return readZip(bytes, name, suffix, limits);
    case Kind::OldOffice:
        // Word and Excel put a password-protected DOCX/XLSX in this
        // container too, as a stream named "EncryptedPackage".
        if (bytes.contains(QByteArray::fromRawData("E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0", 32)))
            return passwordProtected(name);
        if (DocResult claim = checkClaim(name, suffix, kind); !claim.ok())
            return claim;
        return fail(QCoreApplication::translate("Inkwell::Attachments",
                                                "%1 is %2; save it as DOCX or PDF and attach that instead.")
                        .arg(name, describe(kind)));
    case Kind::Png:
    case Kind::Jpeg:
    case Kind::Gif:
    case Kind::WebP:
        if (DocResult claim = checkClaim(name, suffix, kind); !claim.ok())
            return claim;
        return fail(QCoreApplication::translate("Inkwell::Attachments", "%1 is %2, not a text document.")
                        .arg(name, describe(kind)));
    case Kind::Docx:
    case Kind::Odt:
    case Kind::Text:
    case Kind::Binary:
        break;
    }
    if (suffix == u"pdf" || suffix == u"docx" || suffix == u"odt") {
        const Kind what = decodeText(bytes, name).ok() ? Kind::Text : Kind::Binary;
        return checkClaim(name, suffix, what);
    }
    return readText(bytes, name, suffix);
}

} // namespace Inkwell
