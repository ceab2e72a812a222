// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/pdftextlayer.h"

#include <QFont>
#include <QList>
#include <QMultiHash>
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

struct Token {
    enum class Type { Hex, Open, Close, Word };
    Type type;
    QByteArray text; // the bytes of a hex string, else the word
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
            out.append({Token::Type::Word, in.mid(i, 2), i, i + 2}); // a dictionary's << or >>
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

// A /BaseFont name without its slash and any subset tag ("ABCDEF+").
QString baseFontName(const std::string &name)
{
    QString out = QString::fromStdString(name).mid(1);
    if (out.size() > 7 && out[6] == u'+')
        out = out.mid(7);
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
struct CodeLess {
    bool operator()(const QByteArray &a, const QByteArray &b) const
    {
        return a.size() != b.size() ? a.size() < b.size() : a < b;
    }
};
using CMapEntries = std::map<QByteArray, QString, CodeLess>;

// A code point that shares its glyph with the character usually meant: a
// Kangxi or CJK supplement radical, or a tab (drawn as a space).
bool isWeakAlias(char32_t c)
{
    return (c >= 0x2E80 && c <= 0x2EFF) || (c >= 0x2F00 && c <= 0x2FDF) || c == U'\t';
}

// Without the font: what a one-character destination should read in the
// text by its NFKC form (⼈ → 人), or "" to keep it. Only a character the text
// holds replaces it: NFKC gives 戶 for ⼾, which Chinese fonts draw as 户.
QString byCompatibilityForm(const QString &dest, const QSet<char32_t> &inText, const QSet<QString> &dests)
{
    const QList<uint> alias = dest.toUcs4();
    if (alias.size() != 1)
        return {};
    const char32_t a = alias.first();
    // Qt draws a tab with the space glyph; the reverse map finds U+0009 first.
    const QString target = a == U'\t' ? QStringLiteral(" ") : dest.normalized(QString::NormalizationForm_KC);
    const QList<uint> targetUcs4 = target.toUcs4();
    if (targetUcs4.size() != 1 || target == dest || dests.contains(target) || !inText.contains(targetUcs4.first()))
        return {}; // nothing it stands for in the text, or a glyph of its own draws that one
    return isWeakAlias(a) || !inText.contains(a) ? target : QString();
}

struct ParsedCMap {
    CMapEntries entries;
    QList<QPair<qsizetype, qsizetype>> blocks; // the bytes of each "N beginbf… endbf…"
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

constexpr int kGlyphSize = 256;

// The PostScript name in a font's 'name' table (name ID 6).
QString postScriptName(const QRawFont &font)
{
    const QByteArray name = font.fontTable("name");
    const auto u16
        = [&](qsizetype at) { return at + 1 < name.size() ? (uchar(name[at]) << 8) | uchar(name[at + 1]) : 0; };
    const int count = u16(2);
    const int strings = u16(4);
    for (int i = 0; i < count; ++i) {
        const qsizetype record = 6 + 12 * i;
        const int platform = u16(record);
        const qsizetype length = u16(record + 8);
        const qsizetype offset = strings + u16(record + 10);
        if (u16(record + 6) != 6 || offset + length > name.size())
            continue;
        const QByteArray bytes = name.mid(offset, length);
        if (platform == 3 || platform == 0)
            return fromUtf16Be(bytes);
        if (platform == 1)
            return QString::fromLatin1(bytes);
    }
    return {};
}

// An embedded subset and the system font Qt cut it from (its PostScript name
// is the PDF font's /BaseFont); `original` is invalid when it is not found.
struct SourceFont {
    QRawFont subset;
    QRawFont original;
};

SourceFont sourceFont(const QByteArray &fontFile, const QString &baseFont)
{
    SourceFont out;
    out.subset = QRawFont(fontFile, kGlyphSize, QFont::PreferNoHinting);
    if (!out.subset.isValid())
        return out;
    for (const int weight : {out.subset.weight(), int(QFont::Normal), int(QFont::Bold)}) {
        QFont font(out.subset.familyName());
        font.setPixelSize(kGlyphSize);
        font.setWeight(QFont::Weight(weight));
        font.setStyle(out.subset.style());
        font.setHintingPreference(QFont::PreferNoHinting);
        font.setStyleStrategy(QFont::NoFontMerging);
        const QRawFont original = QRawFont::fromFont(font);
        if (original.isValid() && postScriptName(original) == baseFont) {
            out.original = original;
            break;
        }
    }
    return out;
}

quint32 glyphFor(const QRawFont &font, char32_t c)
{
    const QList<quint32> glyphs = font.glyphIndexesForString(QString::fromUcs4(&c, 1));
    return glyphs.size() == 1 ? glyphs.first() : 0;
}

// By the font's own cmap: the character of the text that the glyph Qt named
// `alias` draws; nothing when the font cannot tell.
std::optional<char32_t> drawnCharacter(char32_t alias, const QRawFont &original,
                                       const QMultiHash<quint32, char32_t> &byGlyph)
{
    const quint32 glyph = glyphFor(original, alias);
    QList<char32_t> shared = glyph ? byGlyph.values(glyph) : QList<char32_t>();
    if (shared.isEmpty())
        return {};
    if (shared.size() == 1)
        return shared.first();
    // Several characters of the text draw with this one glyph.
    if (shared.contains(alias) && !isWeakAlias(alias))
        return alias;
    shared.removeAll(alias);
    const QList<uint> nfkc = QString::fromUcs4(&alias, 1).normalized(QString::NormalizationForm_KC).toUcs4();
    if (nfkc.size() == 1 && shared.contains(nfkc.first()))
        return nfkc.first();
    return shared.size() == 1 ? shared.first() : alias;
}

// Destinations put right by the rules in the header; true if any changed.
bool repairDestinations(CMapEntries &entries, const QSet<char32_t> &inText, const SourceFont &font)
{
    QMultiHash<quint32, char32_t> byGlyph; // the text's characters by the glyph this font draws them with
    if (font.original.isValid()) {
        for (const char32_t c : inText) {
            if (const quint32 glyph = glyphFor(font.original, c))
                byGlyph.insert(glyph, c);
        }
    }
    QSet<QString> dests;
    for (const auto &[code, dest] : entries)
        dests.insert(dest);
    bool changed = false;
    for (auto &[code, dest] : entries) {
        const QList<uint> ucs4 = dest.toUcs4();
        if (ucs4.size() != 1)
            continue;
        const std::optional<char32_t> drawn = drawnCharacter(ucs4.first(), font.original, byGlyph);
        const QString better = drawn ? QString::fromUcs4(&*drawn, 1) : byCompatibilityForm(dest, inText, dests);
        if (!better.isEmpty() && better != dest) {
            dest = better;
            changed = true;
        }
    }
    return changed;
}

// Two outlines of one glyph: the same elements, y as drawn, x relative to
// the glyph's box (read back from Qt's subset, Symbola's come out narrower).
// Qt turns cubic outlines (CFF fonts) into quadratic ones: only TrueType
// outlines, such as Symbola's and DejaVu's emoji, compare.
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
void addMissingGlyphs(CMapEntries &entries, const SourceFont &font, const QList<char32_t> &candidates)
{
    const QByteArray maxp = font.subset.fontTable("maxp");
    if (!font.original.isValid() || maxp.size() < 6)
        return;
    QList<QPair<char32_t, QPainterPath>> outlines;
    for (const char32_t c : candidates) {
        if (const quint32 glyph = glyphFor(font.original, c))
            outlines.append({c, font.original.pathForGlyph(glyph)});
    }
    const int glyphCount = (uchar(maxp[4]) << 8) | uchar(maxp[5]);
    for (int cid = 1; cid < glyphCount && !outlines.isEmpty(); ++cid) {
        const QByteArray code = codeBytes(quint32(cid), 2);
        if (entries.count(code))
            continue;
        const QPainterPath path = font.subset.pathForGlyph(quint32(cid));
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
            // The embedded font (Qt writes Type0 fonts with a TrueType subset).
            SourceFont source;
            if (font.getKey("/Subtype").isNameAndEquals("/Type0") && font.getKey("/BaseFont").isName()) {
                QPDFObjectHandle fontFile
                    = font.getKey("/DescendantFonts").getArrayItem(0).getKey("/FontDescriptor").getKey("/FontFile2");
                if (fontFile.isStream())
                    source = sourceFont(bytes(fontFile), baseFontName(font.getKey("/BaseFont").getName()));
            }
            bool fixed = repairDestinations(parsed->entries, inText, source);
            if (!aboveBmp.isEmpty()) {
                const std::size_t before = parsed->entries.size();
                addMissingGlyphs(parsed->entries, source, aboveBmp);
                fixed = fixed || parsed->entries.size() != before;
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
