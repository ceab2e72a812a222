// SPDX-License-Identifier: GPL-3.0-or-later
#include "textdecoding.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <memory>
#include <optional>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

namespace Inkwell {

namespace {

// ICU takes int32_t lengths; the attachment limits are far below this.
constexpr qsizetype kMaxBytes = 512LL << 20;
// The charset detector looks at this much of the start (its cost is linear
// and every recognizer scans it all); the whole input is then converted.
constexpr qsizetype kDetectorSample = 256 << 10;
// The zero-byte census for UTF-16/32 without a mark uses this much.
constexpr qsizetype kZeroSample = 64 << 10;

struct ConverterCloser {
    void operator()(UConverter *c) const { ucnv_close(c); }
};
struct DetectorCloser {
    void operator()(UCharsetDetector *d) const { ucsdet_close(d); }
};

QString who(const QString &name)
{
    return name.isEmpty() ? QCoreApplication::translate("Inkwell::Attachments", "This file") : name;
}

Result<DecodedText> binary(const QString &name)
{
    return Result<DecodedText>::fail(Error::make(
        Error::Kind::Format,
        QCoreApplication::translate("Inkwell::Attachments", "%1 looks like a binary file, not text.").arg(who(name))));
}

// The bytes converted by ICU with the stop callback: any invalid, illegal
// or unmappable sequence (including one cut off at the end) is a failure.
std::optional<QString> convertStrictly(const char *charset, const char *data, qsizetype size)
{
    UErrorCode status = U_ZERO_ERROR;
    const std::unique_ptr<UConverter, ConverterCloser> converter(ucnv_open(charset, &status));
    if (U_FAILURE(status) || !converter)
        return std::nullopt;
    ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    if (U_FAILURE(status))
        return std::nullopt;
    // One byte never makes more than one UTF-16 unit in the charsets the
    // detector names (a four-byte GB18030 sequence makes two); grown if not.
    QString out(size + 1, Qt::Uninitialized);
    int32_t length = ucnv_toUChars(converter.get(), reinterpret_cast<UChar *>(out.data()), int32_t(out.size()), data,
                                   int32_t(size), &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) {
        status = U_ZERO_ERROR;
        out.resize(qsizetype(length) + 1);
        length = ucnv_toUChars(converter.get(), reinterpret_cast<UChar *>(out.data()), int32_t(out.size()), data,
                               int32_t(size), &status);
    }
    if (U_FAILURE(status))
        return std::nullopt;
    out.truncate(length);
    return out;
}

// Zero bytes anywhere, or more than a tenth control characters (C0 other
// than tab, line feed, form feed, carriage return and escape; DEL; C1).
bool looksBinary(const QString &text)
{
    qsizetype controls = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == 0)
            return true;
        if ((u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r' && u != u'\f' && u != 0x1b && u != 0x0b) || u == 0x7f
            || (u >= 0x80 && u <= 0x9f))
            ++controls;
    }
    return controls * 10 > text.size();
}

QString normaliseNewlines(QString text)
{
    if (text.contains(u'\r')) {
        text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        text.replace(u'\r', u'\n');
    }
    return text;
}

Result<DecodedText> accept(QString text, const char *encoding, const QString &name)
{
    if (looksBinary(text))
        return binary(name);
    return {DecodedText {normaliseNewlines(std::move(text)), QString::fromLatin1(encoding)}, {}};
}

struct Bom {
    QByteArrayView mark;
    QStringConverter::Encoding encoding;
    const char *name;
};

// UTF-32LE before UTF-16LE: FF FE 00 00 starts both.
const Bom kBoms[] = {
    {QByteArrayView("\xEF\xBB\xBF", 3), QStringConverter::Utf8, "UTF-8"},
    {QByteArrayView("\xFF\xFE\x00\x00", 4), QStringConverter::Utf32LE, "UTF-32LE"},
    {QByteArrayView("\x00\x00\xFE\xFF", 4), QStringConverter::Utf32BE, "UTF-32BE"},
    {QByteArrayView("\xFF\xFE", 2), QStringConverter::Utf16LE, "UTF-16LE"},
    {QByteArrayView("\xFE\xFF", 2), QStringConverter::Utf16BE, "UTF-16BE"},
};

// UTF-16 or UTF-32 without a byte order mark, told by where mostly-ASCII
// text has its zero bytes (CJK text without a mark is not recognised).
const char *unmarkedWideEncoding(QByteArrayView bytes)
{
    const qsizetype n = std::min(bytes.size(), kZeroSample) & ~qsizetype(3);
    if (n < 4)
        return nullptr;
    qsizetype zeroAt[4] = {0, 0, 0, 0};
    for (qsizetype i = 0; i < n; ++i) {
        if (bytes[i] == 0)
            ++zeroAt[i % 4];
    }
    const qsizetype quads = n / 4;
    // Every fourth unit at most is non-zero in the high bytes of UTF-32.
    if (bytes.size() % 4 == 0 && zeroAt[2] * 10 >= quads * 9) {
        if (zeroAt[3] * 10 >= quads * 9 && zeroAt[0] == 0)
            return "UTF-32LE";
        if (zeroAt[1] * 10 >= quads * 9 && zeroAt[3] == 0)
            return "UTF-32BE";
    }
    if (bytes.size() % 2 != 0)
        return nullptr;
    const qsizetype pairs = n / 2;
    const qsizetype zeroEven = zeroAt[0] + zeroAt[2];
    const qsizetype zeroOdd = zeroAt[1] + zeroAt[3];
    if (zeroOdd * 10 >= pairs * 3 && zeroEven * 50 <= pairs)
        return "UTF-16LE";
    if (zeroEven * 10 >= pairs * 3 && zeroOdd * 50 <= pairs)
        return "UTF-16BE";
    return nullptr;
}

// How many bytes at the end form the start of a UTF-8 sequence that was cut
// off (0 if none): a file truncated mid-character is still UTF-8.
qsizetype cutUtf8Tail(QByteArrayView bytes)
{
    for (qsizetype back = 1; back <= 3 && back <= bytes.size(); ++back) {
        const auto b = uchar(bytes[bytes.size() - back]);
        if ((b & 0xC0) == 0x80)
            continue; // a continuation byte: look further back
        const int length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
        return length > back ? back : 0;
    }
    return 0;
}

// The detector's names mapped to the converter that reads them best.
QList<QByteArray> convertersFor(const char *detected)
{
    const QByteArray name(detected);
    // GB2312 and GBK are subsets of GB18030 (which ICU's detector reports).
    if (name == "GB2312" || name == "GBK" || name == "GB18030")
        return {QByteArrayLiteral("GB18030")};
    // windows-1252 is what "ISO-8859-1" text in the wild is written in.
    if (name == "ISO-8859-1")
        return {QByteArrayLiteral("windows-1252"), QByteArrayLiteral("ISO-8859-1")};
    if (name == "EUC-KR")
        return {QByteArrayLiteral("EUC-KR"), QByteArrayLiteral("windows-949")};
    // Found only with the zero bytes handled above; EBCDIC is not a text file here.
    if (name.startsWith("UTF-16") || name.startsWith("UTF-32") || name.startsWith("IBM42") || name == "UTF-8")
        return {};
    return {name};
}

QList<QByteArray> detectorCandidates(QByteArrayView bytes)
{
    QList<QByteArray> names;
    UErrorCode status = U_ZERO_ERROR;
    const std::unique_ptr<UCharsetDetector, DetectorCloser> detector(ucsdet_open(&status));
    if (U_FAILURE(status))
        return names;
    ucsdet_setText(detector.get(), bytes.data(), int32_t(std::min(bytes.size(), kDetectorSample)), &status);
    int32_t found = 0;
    const UCharsetMatch **matches = ucsdet_detectAll(detector.get(), &found, &status);
    if (U_FAILURE(status))
        return names;
    for (int32_t i = 0; i < found; ++i) {
        UErrorCode nameStatus = U_ZERO_ERROR;
        const char *name = ucsdet_getName(matches[i], &nameStatus);
        if (U_FAILURE(nameStatus) || !name)
            continue;
        for (const QByteArray &converter : convertersFor(name)) {
            if (!names.contains(converter))
                names.append(converter);
        }
    }
    return names;
}

} // namespace

Result<DecodedText> decodeText(const QByteArray &bytes, const QString &name)
{
    if (bytes.size() > kMaxBytes) {
        return Result<DecodedText>::fail(Error::make(
            Error::Kind::Format,
            QCoreApplication::translate("Inkwell::Attachments", "%1 is too large to read as text.").arg(who(name))));
    }
    if (bytes.isEmpty())
        return {DecodedText {QString(), QStringLiteral("UTF-8")}, {}};

    // A byte order mark is trusted: the rest is decoded with it, an invalid
    // sequence becoming U+FFFD, and only then checked for being text at all.
    for (const Bom &bom : kBoms) {
        if (bytes.startsWith(bom.mark)) {
            QStringDecoder decoder(bom.encoding, QStringConverter::Flag::Stateless);
            QString text = decoder.decode(QByteArrayView(bytes).sliced(bom.mark.size()));
            return accept(std::move(text), bom.name, name);
        }
    }

    if (bytes.contains('\0')) {
        if (const char *wide = unmarkedWideEncoding(bytes)) {
            if (std::optional<QString> text = convertStrictly(wide, bytes.constData(), bytes.size()))
                return accept(std::move(*text), wide, name);
        }
        return binary(name);
    }

    // Strict UTF-8 (no overlong forms, no surrogates); a character cut off
    // at the very end is forgiven and shown as U+FFFD.
    const qsizetype tail = cutUtf8Tail(bytes);
    if (std::optional<QString> text = convertStrictly("UTF-8", bytes.constData(), bytes.size() - tail)) {
        if (tail > 0)
            text->append(QChar::ReplacementCharacter);
        return accept(std::move(*text), "UTF-8", name);
    }

    QList<QByteArray> candidates = detectorCandidates(bytes);
    for (const char *fallback : {"windows-1252", "ISO-8859-1"}) {
        if (!candidates.contains(fallback))
            candidates.append(QByteArray(fallback));
    }
    for (const QByteArray &charset : std::as_const(candidates)) {
        if (std::optional<QString> text = convertStrictly(charset.constData(), bytes.constData(), bytes.size()))
            return accept(std::move(*text), charset.constData(), name);
    }
    return binary(name); // not reached: ISO-8859-1 maps every byte
}

} // namespace Inkwell
