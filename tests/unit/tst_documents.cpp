// SPDX-License-Identifier: GPL-3.0-or-later
// The document readers of attachments: PDF (poppler), DOCX and ODT (zip +
// XML, bounded inflate), text in any common encoding, HTML, and every way a
// file can fail. The fixtures are in tests/data/attachments/docs (README.md
// there says where each comes from).
#include "attachments/documentreader.h"
#include "attachments/textdecoding.h"
#include "testdata.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Inkwell;

namespace {

QByteArray doc(const QString &name)
{
    return readTestData(QStringLiteral("attachments/docs/") + name);
}

// A prefix of text in a double-byte encoding (GB18030's two-byte part,
// Big5, Shift_JIS without half-width kana, EUC-KR) ending on a character.
QByteArray prefixOf(const QByteArray &bytes, qsizetype atLeast)
{
    qsizetype i = 0;
    while (i < bytes.size() && i < atLeast)
        i += uchar(bytes[i]) >= 0x81 ? 2 : 1;
    return bytes.left(i);
}

} // namespace

class TestDocuments : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void pdfPageByPage();
    void pdfWithOwnerPasswordOnly();
    void pdfContentBeatsExtension();
    void docx();
    void mentioningPdfIsNotAPdf();
    void odt_data();
    void odt();
    void encodings_data();
    void encodings();
    void detectionOnShortText_data();
    void detectionOnShortText();
    void decodeText_data();
    void decodeText();
    void html();
    void errors_data();
    void errors();
    void readsFromATemporaryFile();
};

void TestDocuments::pdfPageByPage()
{
    const Result<DocumentText> r
        = readDocument(doc(QStringLiteral("shared-mime-info-spec.pdf")), QStringLiteral("shared-mime-info-spec.pdf"));
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QCOMPARE(r.value.format, QStringLiteral("pdf"));
    QCOMPARE(r.value.pages, 17);
    QVERIFY(r.value.encoding.isEmpty());
    const QString &text = r.value.text;
    QVERIFY(text.startsWith(QStringLiteral("--- Page 1 ---\nShared MIME-info Database\n")));
    QCOMPARE(text.count(QStringLiteral("--- Page ")), 17);
    // Each marker on a line of its own, in order.
    qsizetype at = -1;
    for (int page = 1; page <= 17; ++page) {
        const QString marker = QStringLiteral("--- Page %1 ---\n").arg(page);
        const qsizetype next = text.indexOf(marker);
        QVERIFY2(next > at, qPrintable(marker));
        QVERIFY(next == 0 || text.mid(next - 2, 2) == QStringLiteral("\n\n"));
        at = next;
    }
    QVERIFY(text.contains(QStringLiteral(
        "This is version 0.21 of the Shared MIME-info Database specification, last updated 2 October 2018.")));
    // Page 2's text is under page 2's marker.
    const qsizetype page2 = text.indexOf(QStringLiteral("--- Page 2 ---"));
    const qsizetype page3 = text.indexOf(QStringLiteral("--- Page 3 ---"));
    const qsizetype unified = text.indexOf(QStringLiteral("2. Unified system"));
    QVERIFY(page2 < unified && unified < page3);
    QVERIFY(!text.contains(u'\r'));
    QVERIFY(!text.endsWith(u'\n'));
}

void TestDocuments::pdfWithOwnerPasswordOnly()
{
    // Encrypted with an owner password and copying forbidden: it opens
    // without a password, and its text is read (as every viewer shows it).
    const Result<DocumentText> r
        = readDocument(doc(QStringLiteral("owner-password.pdf")), QStringLiteral("owner-password.pdf"));
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QCOMPARE(r.value.pages, 1);
    QVERIFY(r.value.text.contains(QStringLiteral("Thomas Leonard")));
}

void TestDocuments::pdfContentBeatsExtension()
{
    // The content decides: a PDF named .txt is read as a PDF.
    const Result<DocumentText> r
        = readDocument(doc(QStringLiteral("shared-mime-info-spec.pdf")), QStringLiteral("spec.txt"));
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QCOMPARE(r.value.format, QStringLiteral("pdf"));
    QCOMPARE(r.value.pages, 17);
}

void TestDocuments::docx()
{
    const Result<DocumentText> r = readDocument(doc(QStringLiteral("minutes.docx")), QStringLiteral("minutes.docx"));
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QCOMPARE(r.value.format, QStringLiteral("docx"));
    QCOMPARE(r.value.pages, 0);
    // No tab from the heading's tab stop, no deleted text, no field code.
    QCOMPARE(r.value.text,
             QStringLiteral("Minutes of the library committee\n"
                            "The committee met on Tuesday to review the draft budget.\n"
                            "Item\tCost\nRoof\t12,000\n"
                            "The roof still leaks.\n"
                            "7\n")
                 + QString::fromUtf8("图书馆的屋顶从三月起就一直漏水。\n")
                 + QStringLiteral("Cell A\nCell B\n"
                                  "Costs & benefits <draft>"));
    // The content decides here too: a DOCX named .txt is a DOCX.
    const Result<DocumentText> renamed
        = readDocument(doc(QStringLiteral("minutes.docx")), QStringLiteral("minutes.txt"));
    QVERIFY(renamed.ok());
    QCOMPARE(renamed.value.format, QStringLiteral("docx"));
}

void TestDocuments::mentioningPdfIsNotAPdf()
{
    const QByteArray notes("# File formats\n\nEvery PDF starts with %PDF-1.7 or an older version.\n");
    const Result<DocumentText> r = readDocument(notes, QStringLiteral("formats.md"));
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QCOMPARE(r.value.format, QStringLiteral("markdown"));
    // A .pdf with a line of junk before its header is still a PDF.
    const Result<DocumentText> junk = readDocument(
        QByteArray("From: someone\r\n") + doc(QStringLiteral("shared-mime-info-spec.pdf")), QStringLiteral("mail.pdf"));
    QVERIFY2(junk.ok(), qPrintable(junk.error.message));
    QCOMPARE(junk.value.pages, 17);
}

void TestDocuments::odt_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("contains");
    QTest::addColumn<QStringList>("lacks");
    // docutils' ODT writer (a real writer; its text namespace prefix is "ns0").
    QTest::newRow("docutils, Chinese") << QStringLiteral("chinese.odt")
                                       << QStringList {QString::fromUtf8("会议记录\n春天的早晨，城市还没有完全醒来。"),
                                                       QString::fromUtf8("笑声一直传到很远的地方。\n"),
                                                       QStringLiteral("a    b        c"),
                                                       QStringLiteral("first line\nsecond line"),
                                                       QStringLiteral("Name\nValue\nroof\nleaks")}
                                       << QStringList {QStringLiteral("rststyle")};
    // docutils' own styles.odt, as it ships (text:s after a space: two spaces).
    QTest::newRow("docutils styles.odt")
        << QStringLiteral("docutils-styles.odt")
        << QStringList {QStringLiteral("Table style 0 (rststyle-table-0) \u2013 the default table style\n"),
                        QStringLiteral("Do not change the name of this table.  rststyle-table-0 is the default style "
                                       "used by  odf-odt writer.")}
        << QStringList {QStringLiteral("Nimbus")};
    QTest::newRow("by hand") << QStringLiteral("handmade.odt")
                             << QStringList {QStringLiteral("Budget\nItem\tCost\nRoof\t12,000\none two   three\n")
                                             + QString::fromUtf8("第一项")}
                             << QStringList {QStringLiteral("deleted"), QStringLiteral("comment"),
                                             QStringLiteral("not body text")};
}

void TestDocuments::odt()
{
    QFETCH(QString, file);
    QFETCH(QStringList, contains);
    QFETCH(QStringList, lacks);
    const Result<DocumentText> r = readDocument(doc(file), file);
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QCOMPARE(r.value.format, QStringLiteral("odt"));
    for (const QString &s : std::as_const(contains))
        QVERIFY2(r.value.text.contains(s), qPrintable(s + QStringLiteral(" in:\n") + r.value.text));
    for (const QString &s : std::as_const(lacks))
        QVERIFY2(!r.value.text.contains(s), qPrintable(s));
}

void TestDocuments::encodings_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("GB18030") << QStringLiteral("gb18030.txt") << QStringLiteral("text") << QStringLiteral("GB18030")
                             << QString::fromUtf8(
                                    "图书馆门口排起了长队，学生们抱着厚厚的课本，低声讨论着下周的考试。\n公园里");
    QTest::newRow("Big5") << QStringLiteral("big5.txt") << QStringLiteral("text") << QStringLiteral("Big5")
                          << QString::fromUtf8("夜市的燈一盞一盞亮起來，烤香腸和蚵仔煎的香味飄滿整條街");
    QTest::newRow("Shift_JIS") << QStringLiteral("shift_jis.txt") << QStringLiteral("text")
                               << QStringLiteral("Shift_JIS")
                               << QString::fromUtf8("桜の季節になると、木の下にシートを広げて花見を楽しむ");
    QTest::newRow("EUC-KR") << QStringLiteral("euc-kr.txt") << QStringLiteral("text") << QStringLiteral("EUC-KR")
                            << QString::fromUtf8("이런 평범한 일상이 모여 도시의 얼굴을 만든다.");
    QTest::newRow("windows-1252") << QStringLiteral("windows-1252.txt") << QStringLiteral("text")
                                  << QStringLiteral("windows-1252")
                                  << QString::fromUtf8("« Ça ira mieux demain », répète le patron");
    QTest::newRow("UTF-16LE, BOM, CRLF") << QStringLiteral("utf16le-bom.txt") << QStringLiteral("text")
                                         << QStringLiteral("UTF-16LE")
                                         << QString::fromUtf8("since March.\n春天的早晨，城市还没有完全醒来。");
    QTest::newRow("UTF-8 Markdown") << QStringLiteral("notes-utf8.md") << QStringLiteral("markdown")
                                    << QStringLiteral("UTF-8") << QString::fromUtf8("# 会议记录\n\n春天的早晨");
    QTest::newRow("CSV") << QStringLiteral("table.csv") << QStringLiteral("csv") << QStringLiteral("UTF-8")
                         << QString::fromUtf8("Beijing,21893095,首都\nShanghai,24870895,\"port, finance\"\n");
}

void TestDocuments::encodings()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    QFETCH(QString, encoding);
    QFETCH(QString, sentence);
    const Result<DocumentText> r = readDocument(doc(file), file);
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QCOMPARE(r.value.format, format);
    QCOMPARE(r.value.encoding, encoding);
    QVERIFY2(r.value.text.contains(sentence), qPrintable(r.value.text));
    QVERIFY(!r.value.text.contains(u'\r'));
    QVERIFY(!r.value.text.startsWith(QChar::ByteOrderMark));
    QVERIFY(!r.value.text.contains(QChar::ReplacementCharacter));
}

// ICU's detector guesses from statistics, confirmed by a strict conversion.
// Measured on these fixtures (every prefix ending on a character): GB18030
// is told right from 16 bytes, Big5 and Shift_JIS from 22, EUC-KR from 26;
// on less (or on text mixing scripts) it is a guess. The rows check every
// prefix from 64 bytes (about 30 CJK characters) on, a margin of two and more.
void TestDocuments::detectionOnShortText_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("encoding");
    QTest::newRow("GB18030") << QStringLiteral("gb18030.txt") << QStringLiteral("GB18030");
    QTest::newRow("Big5") << QStringLiteral("big5.txt") << QStringLiteral("Big5");
    QTest::newRow("Shift_JIS") << QStringLiteral("shift_jis.txt") << QStringLiteral("Shift_JIS");
    QTest::newRow("EUC-KR") << QStringLiteral("euc-kr.txt") << QStringLiteral("EUC-KR");
}

void TestDocuments::detectionOnShortText()
{
    QFETCH(QString, file);
    QFETCH(QString, encoding);
    const QByteArray whole = doc(file);
    const Result<DecodedText> full = Inkwell::decodeText(whole);
    QVERIFY(full.ok());
    for (qsizetype size = 64; size < whole.size(); size += 5) {
        const QByteArray prefix = prefixOf(whole, size);
        const Result<DecodedText> r = Inkwell::decodeText(prefix);
        QVERIFY(r.ok());
        QVERIFY2(r.value.encoding == encoding,
                 qPrintable(QStringLiteral("%1 bytes: %2").arg(prefix.size()).arg(r.value.encoding)));
        QVERIFY(full.value.text.startsWith(r.value.text));
    }
}

void TestDocuments::decodeText_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("encoding");
    QTest::newRow("empty") << QByteArray() << QString() << QStringLiteral("UTF-8");
    QTest::newRow("ASCII, CRLF and CR") << QByteArray("a\r\nb\rc\n") << QStringLiteral("a\nb\nc\n")
                                        << QStringLiteral("UTF-8");
    QTest::newRow("UTF-8 BOM") << QByteArray("\xEF\xBB\xBFhi \xE4\xBD\xA0\xE5\xA5\xBD") << QString::fromUtf8("hi 你好")
                               << QStringLiteral("UTF-8");
    QTest::newRow("UTF-8 cut in a character")
        << QByteArray("caf\xC3\xA9 \xE4\xBD") << QString::fromUtf8("café \uFFFD") << QStringLiteral("UTF-8");
    QTest::newRow("UTF-16BE BOM") << QByteArray("\xFE\xFF\x00h\x00i\x4F\x60", 8) << QString::fromUtf8("hi你")
                                  << QStringLiteral("UTF-16BE");
    QTest::newRow("UTF-32LE BOM") << QByteArray("\xFF\xFE\x00\x00h\x00\x00\x00\x60\x4F\x00\x00", 12)
                                  << QString::fromUtf8("h你") << QStringLiteral("UTF-32LE");
    QTest::newRow("UTF-32BE BOM") << QByteArray("\x00\x00\xFE\xFF\x00\x00\x00h", 8) << QStringLiteral("h")
                                  << QStringLiteral("UTF-32BE");
    const QString ascii = QStringLiteral("The committee met on Tuesday.\n");
    QTest::newRow("UTF-16LE, no BOM") << QByteArray(reinterpret_cast<const char *>(ascii.utf16()), ascii.size() * 2)
                                      << ascii << QStringLiteral("UTF-16LE");
    QByteArray be;
    for (const QChar c : ascii)
        be.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xff));
    QTest::newRow("UTF-16BE, no BOM") << be << ascii << QStringLiteral("UTF-16BE");
    // Which single-byte charset a word this short is in, ICU cannot tell
    // (ISO-8859-9 here); every candidate reads it the same.
    QTest::newRow("Latin-1 byte") << QByteArray("na\xEFve") << QString::fromUtf8("naïve") << QString();
    QTest::newRow("tabs and escapes are text")
        << QByteArray("\tcol\x1b[1mbold\x1b[0m\f") << QStringLiteral("\tcol\x1b[1mbold\x1b[0m\f")
        << QStringLiteral("UTF-8");
}

void TestDocuments::decodeText()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QFETCH(QString, encoding);
    const Result<DecodedText> r = Inkwell::decodeText(bytes);
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QCOMPARE(r.value.text, text);
    if (!encoding.isEmpty())
        QCOMPARE(r.value.encoding, encoding);
}

void TestDocuments::html()
{
    const Result<DocumentText> r = readDocument(doc(QStringLiteral("page.html")), QStringLiteral("page.html"));
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QCOMPARE(r.value.format, QStringLiteral("html"));
    QCOMPARE(r.value.encoding, QStringLiteral("UTF-8"));
    const QString &text = r.value.text;
    for (const QString &s : {QStringLiteral("Minutes & notes"), QStringLiteral("The committee met on Tuesday."),
                             QString::fromUtf8("图书馆的屋顶"), QStringLiteral("Library roof"), QStringLiteral("A B")})
        QVERIFY2(text.contains(s), qPrintable(s + QStringLiteral(" in:\n") + text));
    for (const QString &s : {QStringLiteral("script text"), QStringLiteral("color"), QStringLiteral("Not the text"),
                             QStringLiteral("<p>")})
        QVERIFY2(!text.contains(s), qPrintable(s + QStringLiteral(" in:\n") + text));
    // Told by its content too, whatever the name.
    const Result<DocumentText> named = readDocument(doc(QStringLiteral("page.html")), QStringLiteral("page"));
    QCOMPARE(named.value.format, QStringLiteral("html"));
}

void TestDocuments::errors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("maxPages");
    QTest::addColumn<QString>("message");
    const int pages = DocumentLimits().maxPages;
    QTest::newRow("empty") << QByteArray() << QStringLiteral("notes.txt") << pages
                           << QStringLiteral("notes.txt is empty.");
    QTest::newRow("encrypted PDF") << doc(QStringLiteral("encrypted.pdf")) << QStringLiteral("encrypted.pdf") << pages
                                   << QStringLiteral(
                                          "encrypted.pdf is protected by a password; Inkwell cannot read it.");
    QTest::newRow("scanned PDF")
        << doc(QStringLiteral("scanned.pdf")) << QStringLiteral("scanned.pdf") << pages
        << QStringLiteral("scanned.pdf has no text layer (it looks scanned); attach the pages as images instead.");
    QTest::newRow("truncated PDF") << doc(QStringLiteral("truncated.pdf")) << QStringLiteral("truncated.pdf") << pages
                                   << QStringLiteral(
                                          "truncated.pdf is damaged or not a complete PDF; Inkwell cannot read it.");
    QTest::newRow("PDF header only") << QByteArray("%PDF-1.7\n") << QStringLiteral("x.pdf") << pages
                                     << QStringLiteral(
                                            "x.pdf is damaged or not a complete PDF; Inkwell cannot read it.");
    QTest::newRow("too many pages") << doc(QStringLiteral("shared-mime-info-spec.pdf")) << QStringLiteral("spec.pdf")
                                    << 5 << QStringLiteral("spec.pdf has 17 pages; Inkwell reads at most 5.");
    QTest::newRow("zip bomb") << doc(QStringLiteral("bomb.docx")) << QStringLiteral("bomb.docx") << pages
                              << QStringLiteral("bomb.docx expands to more than 64 MB; it may be a zip bomb.");
    QTest::newRow("zip bomb, lying header")
        << doc(QStringLiteral("bomb-lying-size.docx")) << QStringLiteral("bomb-lying-size.docx") << pages
        << QStringLiteral("bomb-lying-size.docx expands to more than 64 MB; it may be a zip bomb.");
    QTest::newRow("encrypted zip entry")
        << doc(QStringLiteral("encrypted-entry.docx")) << QStringLiteral("encrypted-entry.docx") << pages
        << QStringLiteral("encrypted-entry.docx is protected by a password; Inkwell cannot read it.");
    QTest::newRow("malformed XML") << doc(QStringLiteral("malformed.docx")) << QStringLiteral("malformed.docx") << pages
                                   << QStringLiteral("malformed.docx is damaged: word/document.xml is not well-formed "
                                                     "XML (line 2: Opening and ending tag mismatch.).");
    QByteArray truncatedZip = doc(QStringLiteral("minutes.docx"));
    truncatedZip.chop(200);
    QTest::newRow("truncated zip") << truncatedZip << QStringLiteral("cut.docx") << pages
                                   << QStringLiteral("cut.docx is damaged: its zip archive cannot be opened (");
    QTest::newRow("ODF spreadsheet as .odt")
        << doc(QStringLiteral("spreadsheet.odt")) << QStringLiteral("sheet.odt") << pages
        << QStringLiteral("sheet.odt is not an OpenDocument text: it is an OpenDocument file of another kind "
                          "(application/vnd.oasis.opendocument.spreadsheet).");
    QTest::newRow("ODF spreadsheet as .zip")
        << doc(QStringLiteral("spreadsheet.odt")) << QStringLiteral("sheet.zip") << pages
        << QStringLiteral(
               "sheet.zip is an OpenDocument file of another kind "
               "(application/vnd.oasis.opendocument.spreadsheet); Inkwell reads PDF, DOCX, ODT and text files.");
    QTest::newRow("zip as .docx") << doc(QStringLiteral("plain-zip.docx")) << QStringLiteral("plain-zip.docx") << pages
                                  << QStringLiteral("plain-zip.docx is not a Word document: it is a zip archive.");
    QTest::newRow("DOCX as .pdf") << doc(QStringLiteral("minutes.docx")) << QStringLiteral("report.pdf") << pages
                                  << QStringLiteral("report.pdf is not a PDF: it is a Word document (DOCX).");
    QTest::newRow("ODT as .docx") << doc(QStringLiteral("chinese.odt")) << QStringLiteral("chinese.docx") << pages
                                  << QStringLiteral(
                                         "chinese.docx is not a Word document: it is an OpenDocument text (ODT).");
    QTest::newRow("text as .pdf") << doc(QStringLiteral("gb18030.txt")) << QStringLiteral("notes.pdf") << pages
                                  << QStringLiteral("notes.pdf is not a PDF: it is a text file.");
    QTest::newRow("PNG as .pdf") << QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16) << QStringLiteral("photo.pdf")
                                 << pages << QStringLiteral("photo.pdf is not a PDF: it is a PNG image.");
    QTest::newRow("JPEG") << QByteArray("\xFF\xD8\xFF\xE0\0\x10JFIF", 10) << QStringLiteral("photo.jpg") << pages
                          << QStringLiteral("photo.jpg is a JPEG image, not a text document.");
    QTest::newRow("binary as .pdf") << QByteArray("\x7F"
                                                  "ELF\x02\x01\x01\0\0\0\0",
                                                  12)
                                    << QStringLiteral("a.pdf") << pages
                                    << QStringLiteral("a.pdf is not a PDF: it is binary data of some other kind.");
    QTest::newRow("binary with NULs") << QByteArray("\x7F"
                                                    "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0>\0",
                                                    20)
                                      << QStringLiteral("tool.txt") << pages
                                      << QStringLiteral("tool.txt looks like a binary file, not text.");
    QTest::newRow("control characters") << QByteArray(64, '\x01') + QByteArray("text") << QStringLiteral("x.log")
                                        << pages << QStringLiteral("x.log looks like a binary file, not text.");
    QTest::newRow("old Word") << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0", 10) << QStringLiteral("old.doc")
                              << pages
                              << QStringLiteral("old.doc is an older Microsoft Office file (.doc, .xls or .ppt); save "
                                                "it as DOCX or PDF and attach that instead.");
    QTest::newRow("password-protected DOCX")
        << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)
            + QByteArray("E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0", 32)
        << QStringLiteral("secret.docx") << pages
        << QStringLiteral("secret.docx is protected by a password; Inkwell cannot read it.");
    QTest::newRow("path given") << QByteArray() << QStringLiteral("/home/someone/notes.md") << pages
                                << QStringLiteral("notes.md is empty.");
}

void TestDocuments::errors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, name);
    QFETCH(int, maxPages);
    QFETCH(QString, message);
    DocumentLimits limits;
    limits.maxPages = maxPages;
    const Result<DocumentText> r = readDocument(bytes, name, limits);
    QVERIFY(!r.ok());
    QCOMPARE(r.error.kind, Error::Kind::Format);
    QVERIFY2(r.error.message.startsWith(message), qPrintable(r.error.message));
    QVERIFY(r.value.text.isEmpty());
}

// The bound holds for any limit, and counts what is inflated, not what the
// zip declares.
void TestDocuments::readsFromATemporaryFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile copy(dir.filePath(QStringLiteral("minutes.docx")));
    QVERIFY(copy.open(QIODevice::WriteOnly));
    copy.write(doc(QStringLiteral("minutes.docx")));
    copy.close();
    QVERIFY(copy.open(QIODevice::ReadOnly));
    const QByteArray bytes = copy.readAll();
    DocumentLimits small;
    small.maxInflatedBytes = 1000;
    const Result<DocumentText> r = readDocument(bytes, copy.fileName(), small);
    QVERIFY(!r.ok());
    QCOMPARE(r.error.message, QStringLiteral("minutes.docx expands to more than 1000 bytes; it may be a zip bomb."));
    QVERIFY(readDocument(bytes, copy.fileName()).ok());
}

QTEST_MAIN(TestDocuments)
#include "tst_documents.moc"
