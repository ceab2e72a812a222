// SPDX-License-Identifier: GPL-3.0-or-later
#include "templatesyntax.h"

#include "templates/draftingtr.h"

namespace Inkwell {

namespace {

// Walks the text keeping line and column (in characters, as editors count).
class Cursor {
public:
    explicit Cursor(const QString &text)
        : m_text(text)
    {
    }

    [[nodiscard]] bool atEnd() const { return m_i >= m_text.size(); }
    [[nodiscard]] bool startsWith(QLatin1StringView s) const { return QStringView(m_text).mid(m_i).startsWith(s); }
    [[nodiscard]] QChar current() const { return m_text.at(m_i); }
    [[nodiscard]] qsizetype index() const { return m_i; }
    [[nodiscard]] TextPosition position() const { return m_pos; }
    void advance(qsizetype count = 1)
    {
        for (qsizetype k = 0; k < count && m_i < m_text.size(); ++k, ++m_i) {
            const QChar c = m_text.at(m_i);
            if (c == u'\n') {
                ++m_pos.line;
                m_pos.column = 1;
            } else if (!c.isLowSurrogate()) {
                ++m_pos.column;
            }
        }
    }

private:
    const QString &m_text;
    qsizetype m_i = 0;
    TextPosition m_pos;
};

} // namespace

QString TemplateProblem::describe() const
{
    return Drafting::tr("line %1, column %2: %3").arg(at.line).arg(at.column).arg(message);
}

bool TemplateSyntax::isName(const QString &name)
{
    if (name.isEmpty() || name.size() > 64)
        return false;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const char16_t c = name.at(i).unicode();
        const bool letter = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_';
        const bool digit = c >= u'0' && c <= u'9';
        if (!letter && !(digit && i > 0))
            return false;
    }
    return true;
}

TemplateSyntax::Parsed TemplateSyntax::parse(const QString &text)
{
    Parsed out;
    Cursor c(text);
    QString literal;
    auto flushLiteral = [&] {
        if (!literal.isEmpty())
            out.pieces.append({literal, false, {}});
        literal.clear();
    };
    while (!c.atEnd()) {
        if (c.startsWith(QLatin1StringView("\\{{"))) {
            literal += QStringLiteral("{{");
            c.advance(3);
            continue;
        }
        if (!c.startsWith(QLatin1StringView("{{"))) {
            literal += c.current();
            c.advance();
            continue;
        }
        const TextPosition at = c.position();
        const qsizetype open = c.index();
        const qsizetype close = text.indexOf(QLatin1StringView("}}"), open + 2);
        const qsizetype newline = text.indexOf(u'\n', open + 2);
        if (close < 0 || (newline >= 0 && newline < close)) {
            // Keep the text as written so the preview still shows it.
            out.problems.append(
                {at, Drafting::tr("“{{” is not closed by “}}” on the same line (write \\{{ for a literal “{{”)")});
            literal += QStringLiteral("{{");
            c.advance(2);
            continue;
        }
        const QString inner = text.mid(open + 2, close - open - 2);
        const QString name = inner.trimmed();
        if (name.isEmpty())
            out.problems.append({at, Drafting::tr("“{{}}” has no variable name")});
        else if (!isName(name))
            out.problems.append(
                {at,
                 Drafting::tr("“%1” is not a variable name: use letters, digits and _, starting with a letter")
                     .arg(name.left(40))});
        flushLiteral();
        out.pieces.append({name, true, at});
        c.advance(close + 2 - open);
    }
    flushLiteral();
    return out;
}

QStringList TemplateSyntax::references(const Parsed &parsed)
{
    QStringList names;
    for (const Piece &p : parsed.pieces)
        if (p.variable && isName(p.text) && !names.contains(p.text))
            names.append(p.text);
    return names;
}

} // namespace Inkwell
