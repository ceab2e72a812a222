// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/pdftextlayer.h"

#include <QFont>
#include <QList>
#include <QPainterPath>
#include <QRawFont>
#include <QSet>

// qpdf's own smart pointer is not used here: std::shared_ptr only.
#define POINTERHOLDER_TRANSITION 4
#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFWriter.hh>

#include <cmath>
#include <map>
#include <optional>

namespace Inkwell {

namespace {

struct Token
{
    enum class Type { Hex, Open, Close, Word };
    Type type;
    QByteArray text;  // the bytes of a hex string, else the word
    qsizetype begin;
    qsizetype end;
};

bool isDelimiter(char c)
{
    return QByteArrayView("()<>[]{}/%").contains(c);
}

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
}

// The tokens of a CMap program, as far as bfchar and bfrange need them.
QList<Token> tokenize(const QByteArray &in)
{
    QList<Token> out;
    qsizetype i = 0;
    while (i < in.size()) {
        const char c = in[i];
        if (isSpace(c)) {
            ++i;
        } else if (c == '%') {
            while (i < in.size() && in[i] != '\n' && in[i] != '\r')
                ++i;
        } else if ((c == '<' || c == '>') && i + 1 < in.size() && in[i + 1] == c) {
            out.append({Token::Type::Word, in.mid(i, 2), i, i + 2});  // a dictionary's << or >>
            i += 2;
        } else if (c == '<') {
            const qsizetype close = in.indexOf('>', i);
            if (close < 0)
                break;
            QByteArray hex = in.mid(i + 1, close - i - 1);
            hex.replace(' ', "").replace('\n', "").replace('\r', "");
            out.append({Token::Type::Hex, QByteArray::fromHex(hex), i, close + 1});
            i = close + 1;
        } else if (c == '[' || c == ']') {
            out.append({c == '[' ? Token::Type::Open : Token::Type::Close, QByteArray(1, c), i, i + 1});
            ++i;
        } else {
            const qsizetype start = i;
            ++i;
            while (i < in.size() && !isSpace(in[i]) && !isDelimiter(in[i]))
                ++i;
            out.append({Token::Type::Word, in.mid(start, i - start), start, i});
        }
    }
    return out;
}

QByteArray bytes(QPDFObjectHandle stream)
{
    const std::shared_ptr<Buffer> data = stream.getStreamData(qpdf_dl_generalized);
    return QByteArray(reinterpret_cast<const char *>(data->getBuffer()), qsizetype(data->getSize()));
}

QString fromUtf16Be(const QByteArray &bytes)
{
    QString s;
    for (qsizetype i = 0; i + 1 < bytes.size(); i += 2)
        s.append(QChar(char16_t((uchar(bytes[i]) << 8) | uchar(bytes[i + 1]))));
    return s;
}

QByteArray toUtf16BeHex(const QString &s)
{
    QByteArray bytes;
    for (const QChar c : s) {
        bytes.append(char(c.unicode() >> 8));
        bytes.append(char(c.unicode() & 0xff));
    }
    return bytes.toHex().toUpper();
}

quint32 codeValue(const QByteArray &code)
{
    quint32 v = 0;
    for (const char b : code)
        v = (v << 8) | uchar(b);
    return v;
}

QByteArray codeBytes(quint32 value, qsizetype size)
{
    QByteArray out(size, '\0');
    for (qsizetype i = size - 1; i >= 0; --i, value >>= 8)
        out[i] = char(value & 0xff);
    return out;
}

// Codes are compared by length, then value: the order of the codespace.
struct CodeLess
{
    bool operator()(const QByteArray &a, const QByteArray &b) const
    {
        return a.size() != b.size() ? a.size() < b.size() : a < b;
    }
};
using CMapEntries = std::map<QByteArray, QString, CodeLess>;

bool isRadical(char32_t c)
{
    return (c >= 0x2E80 && c <= 0x2EFF) || (c >= 0x2F00 && c <= 0x2FDF);
}

// What a one-character destination should read in `text`, or "" to keep it.
QString betterDestination(const QString &dest, const QSet<char32_t> &inText, const QSet<QString> &dests)
{
    const QList<uint> alias = dest.toUcs4();
    if (alias.size() != 1)
        return {};
    const char32_t a = alias.first();
    // Qt draws a tab with the space glyph; the reverse map finds U+0009 first.
    const QString target = a == U'\t' ? QStringLiteral(" ") : dest.normalized(QString::NormalizationForm_KC);
    const QList<uint> targetUcs4 = target.toUcs4();
    if (targetUcs4.size() != 1 || target == dest || dests.contains(target))
        return {};  // no single character it stands for, or a glyph of its own draws that one
    const char32_t t = targetUcs4.first();
    const bool preferTarget = isRadical(a) || a == U'\t';
    const bool replace = preferTarget ? !(inText.contains(a) && !inText.contains(t))
                                      : inText.contains(t) && !inText.contains(a);
    return replace ? target : QString();
}

struct ParsedCMap
{
    CMapEntries entries;
    QList<QPair<qsizetype, qsizetype>> blocks;  // the bytes of each "N beginbf… endbf…"
};

// The bfchar and bfrange entries of a CMap program; nothing for one that
// does not read as expected.
std::optional<ParsedCMap> parseCMap(const QByteArray &cmap)
{
    const QList<Token> tokens = tokenize(cmap);
    ParsedCMap out;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const bool chars = tokens[i].text == "beginbfchar";
        const bool ranges = tokens[i].text == "beginbfrange";
        if (tokens[i].type != Token::Type::Word || (!chars && !ranges))
            continue;
        const qsizetype begin
            = i > 0 && tokens[i - 1].type == Token::Type::Word ? tokens[i - 1].begin : tokens[i].begin;
        const QByteArray endWord = chars ? "endbfchar" : "endbfrange";
        ++i;
        while (i < tokens.size() && tokens[i].text != endWord) {
            if (chars) {
                if (i + 1 >= tokens.size() || tokens[i].type != Token::Type::Hex
                    || tokens[i + 1].type != Token::Type::Hex)
                    return {};
                out.entries[tokens[i].text] = fromUtf16Be(tokens[i + 1].text);
                i += 2;
                continue;
            }
            if (i + 2 >= tokens.size() || tokens[i].type != Token::Type::Hex || tokens[i + 1].type != Token::Type::Hex)
                return {};
            const QByteArray &lo = tokens[i].text;
            const quint32 first = codeValue(lo);
            const quint32 last = codeValue(tokens[i + 1].text);
            if (lo.size() != tokens[i + 1].text.size() || lo.size() > 4 || last < first || last - first > 0xffff)
                return {};
            i += 2;
            if (tokens[i].type == Token::Type::Open) {
                ++i;
                for (quint32 code = first; i < tokens.size() && tokens[i].type == Token::Type::Hex; ++i, ++code) {
                    if (code <= last)
                        out.entries[codeBytes(code, lo.size())] = fromUtf16Be(tokens[i].text);
                }
                if (i >= tokens.size() || tokens[i].type != Token::Type::Close)
                    return {};
                ++i;
            } else if (tokens[i].type == Token::Type::Hex) {
                const QString base = fromUtf16Be(tokens[i].text);
                if (base.isEmpty())
                    return {};
                for (quint32 code = first; code <= last; ++code) {
                    QString dest = base;
                    dest.back() = QChar(char16_t(dest.back().unicode() + (code - first)));
                    out.entries[codeBytes(code, lo.size())] = dest;
                }
                ++i;
            } else {
                return {};
            }
        }
        if (i >= tokens.size())
            return {};
        out.blocks.append({begin, tokens[i].end});
    }
    if (out.blocks.isEmpty())
        return {};
    return out;
}

// The program with its entries as bfchar blocks (at most 100 each) where the
// first block was; the rest is kept as it was.
QByteArray writeCMap(const QByteArray &cmap, const ParsedCMap &parsed)
{
    QByteArray mapped;
    auto it = parsed.entries.cbegin();
    while (it != parsed.entries.cend()) {
        QByteArray block;
        int n = 0;
        for (; it != parsed.entries.cend() && n < 100; ++it, ++n)
            block += '<' + it->first.toHex().toUpper() + "> <" + toUtf16BeHex(it->second) + ">\n";
        mapped += QByteArray::number(n) + " beginbfchar\n" + block + "endbfchar\n";
    }
    const auto &blocks = parsed.blocks;
    QByteArray out = cmap.left(blocks.first().first) + mapped;
    for (qsizetype b = 0; b < blocks.size(); ++b) {
        const qsizetype next = b + 1 < blocks.size() ? blocks[b + 1].first : cmap.size();
        out += cmap.mid(blocks[b].second, next - blocks[b].second);
    }
    return out;
}

// Destinations put right by the rules in the header; true if any changed.
bool repairDestinations(CMapEntries &entries, const QSet<char32_t> &inText)
{
    QSet<QString> dests;
    for (const auto &[code, dest] : entries)
        dests.insert(dest);
    bool changed = false;
    for (auto &[code, dest] : entries) {
        if (const QString better = betterDestination(dest, inText, dests); !better.isEmpty()) {
            dest = better;
            changed = true;
        }
    }
    return changed;
}

constexpr int kGlyphSize = 256;

// Two outlines of one glyph: the same elements, y as drawn, x relative to
// the glyph's box (read back from Qt's subset, Symbola's come out narrower).
bool sameOutline(const QPainterPath &a, const QPainterPath &b)
{
    const QRectF boxA = a.boundingRect();
    const QRectF boxB = b.boundingRect();
    if (a.elementCount() != b.elementCount() || a.elementCount() < 3 || boxA.width() <= 0 || boxB.width() <= 0)
        return false;
    for (int i = 0; i < a.elementCount(); ++i) {
        const QPainterPath::Element ea = a.elementAt(i);
        const QPainterPath::Element eb = b.elementAt(i);
        if (ea.type != eb.type || std::abs(ea.y - eb.y) > kGlyphSize / 100.0
            || std::abs((ea.x - boxA.left()) / boxA.width() - (eb.x - boxB.left()) / boxB.width()) > 0.01)
            return false;
    }
    return true;
}

// Qt's reverse map stops at U+FFFF: glyphs of characters above it (most
// emoji) have no entry. Each is found by comparing the embedded subset's
// outline with the system font's glyph for each such character of the text;
// only a glyph that matches exactly one character gets an entry.
void addMissingGlyphs(CMapEntries &entries, const QByteArray &fontFile, const QList<char32_t> &candidates)
{
    const QRawFont subset(fontFile, kGlyphSize, QFont::PreferNoHinting);
    const QByteArray maxp = subset.fontTable("maxp");
    if (!subset.isValid() || maxp.size() < 6)
        return;
    QFont font(subset.familyName());
    font.setPixelSize(kGlyphSize);
    font.setWeight(QFont::Weight(subset.weight()));
    font.setStyle(subset.style());
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setStyleStrategy(QFont::NoFontMerging);
    const QRawFont original = QRawFont::fromFont(font);
    if (!original.isValid() || original.familyName() != subset.familyName())
        return;
    QList<QPair<char32_t, QPainterPath>> outlines;
    for (const char32_t c : candidates) {
        const QList<quint32> glyphs = original.glyphIndexesForString(QString::fromUcs4(&c, 1));
        if (glyphs.size() == 1 && glyphs.first() != 0)
            outlines.append({c, original.pathForGlyph(glyphs.first())});
    }
    const int glyphCount = (uchar(maxp[4]) << 8) | uchar(maxp[5]);
    for (int cid = 1; cid < glyphCount; ++cid) {
        const QByteArray code = codeBytes(quint32(cid), 2);
        if (entries.count(code))
            continue;
        const QPainterPath path = subset.pathForGlyph(quint32(cid));
        QList<char32_t> matches;
        for (const auto &[c, outline] : outlines) {
            if (sameOutline(path, outline))
                matches.append(c);
        }
        if (matches.size() == 1)
            entries[code] = QString::fromUcs4(&matches.first(), 1);
    }
}

} // namespace

Result<QByteArray> repairPdfTextLayer(const QByteArray &pdf, const QString &text)
{
    QSet<char32_t> inText;
    QList<char32_t> aboveBmp;
    for (const char32_t c : text.toUcs4()) {
        if (c > 0xffff && !inText.contains(c))
            aboveBmp.append(c);
        inText.insert(c);
    }
    try {
        QPDF doc;
        doc.setSuppressWarnings(true);
        doc.processMemoryFile("export.pdf", pdf.constData(), size_t(pdf.size()));
        bool changed = false;
        for (QPDFObjectHandle &font : doc.getAllObjects()) {
            if (!font.isDictionary() || !font.getKey("/Type").isNameAndEquals("/Font"))
                continue;
            QPDFObjectHandle toUnicode = font.getKey("/ToUnicode");
            if (!toUnicode.isStream())
                continue;
            const QByteArray cmap = bytes(toUnicode);
            std::optional<ParsedCMap> parsed = parseCMap(cmap);
            if (!parsed)
                continue;
            bool fixed = repairDestinations(parsed->entries, inText);
            if (!aboveBmp.isEmpty() && font.getKey("/Subtype").isNameAndEquals("/Type0")) {
                QPDFObjectHandle fontFile
                    = font.getKey("/DescendantFonts").getArrayItem(0).getKey("/FontDescriptor").getKey("/FontFile2");
                if (fontFile.isStream()) {
                    const std::size_t before = parsed->entries.size();
                    addMissingGlyphs(parsed->entries, bytes(fontFile), aboveBmp);
                    fixed = fixed || parsed->entries.size() != before;
                }
            }
            if (!fixed)
                continue;
            toUnicode.replaceStreamData(writeCMap(cmap, *parsed).toStdString(), QPDFObjectHandle::newNull(),
                                        QPDFObjectHandle::newNull());
            changed = true;
        }
        if (!changed)
            return {pdf, {}};
        QPDFWriter writer(doc);
        writer.setOutputMemory();
        writer.setDeterministicID(true);
        writer.write();
        const std::shared_ptr<Buffer> out = writer.getBufferSharedPointer();
        return {QByteArray(reinterpret_cast<const char *>(out->getBuffer()), qsizetype(out->getSize())), {}};
    } catch (const std::exception &e) {
        return Result<QByteArray>::fail(
            Error::make(Error::Kind::Storage,
                        QStringLiteral("Cannot fix the PDF's text layer: %1").arg(QString::fromLocal8Bit(e.what()))));
    }
}

} // namespace Inkwell
