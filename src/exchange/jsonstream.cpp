// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonstream.h"

#include "exchange/exchangetr.h"

#include <QBuffer>
#include <QVarLengthArray>

#include <nlohmann/json.hpp>

namespace Inkwell::JsonStream {

namespace {

// Deeper nesting is refused: what reads an element may recurse into it.
constexpr qsizetype kMaxDepth = 512;

bool isSpace(int c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

} // namespace

Reader::Reader(QIODevice &in, qsizetype piece)
    : m_in(in)
    , m_piece(qMax<qsizetype>(piece, 1))
{
}

Error Reader::fail(const QString &why) const
{
    if (m_tooLarge)
        return Error::make(Error::Kind::Format,
                           Exchange::tr("one entry, at byte %1, is larger than %2 MB; the file is damaged")
                               .arg(m_dropped)
                               .arg(kMaxElement >> 20));
    if (!m_readError.isEmpty())
        return Error::make(Error::Kind::Storage, Exchange::tr("cannot read on: %1").arg(m_readError));
    return Error::make(Error::Kind::Format, Exchange::tr("not valid JSON (%1, at byte %2)").arg(why).arg(consumed()));
}

bool Reader::more()
{
    if (!m_readError.isEmpty() || m_tooLarge)
        return false;
    // What lies behind is dropped, except the element being read.
    const qsizetype keep = m_mark >= 0 ? m_mark : m_pos;
    if (keep > 0) {
        m_buffer.remove(0, keep);
        m_dropped += keep;
        m_pos -= keep;
        if (m_mark >= 0)
            m_mark = 0;
    }
    if (m_mark >= 0 && m_buffer.size() > kMaxElement) {
        m_tooLarge = true;
        return false;
    }
    const qsizetype had = m_buffer.size();
    m_buffer.resize(had + m_piece);
    const qint64 got = m_in.read(m_buffer.data() + had, m_piece);
    m_buffer.resize(had + qMax<qint64>(got, 0));
    if (got < 0)
        m_readError = m_in.errorString();
    return got > 0;
}

int Reader::peek()
{
    if (m_pos >= m_buffer.size() && !more())
        return -1;
    return static_cast<unsigned char>(m_buffer.at(m_pos));
}

void Reader::skipSpace()
{
    for (int c = peek(); isSpace(c); c = peek())
        ++m_pos;
}

Error Reader::expect(char c, const QString &what)
{
    skipSpace();
    const int got = peek();
    if (got != static_cast<unsigned char>(c))
        return fail(got < 0 ? Exchange::tr("the file ends early") : Exchange::tr("expected %1").arg(what));
    ++m_pos;
    return {};
}

Error Reader::skipString()
{
    ++m_pos; // the opening quote
    for (;;) {
        const char *data = m_buffer.constData();
        const qsizetype end = m_buffer.size();
        while (m_pos < end) {
            const char c = data[m_pos];
            if (c == '"') {
                ++m_pos;
                return {};
            }
            if (c == '\\') {
                if (m_pos + 1 >= end)
                    break; // the escaped byte is in the next piece
                m_pos += 2;
                continue;
            }
            ++m_pos;
        }
        if (!more())
            return fail(Exchange::tr("the file ends inside a string"));
    }
}

Error Reader::skipValue()
{
    const int first = peek();
    if (first < 0)
        return fail(Exchange::tr("the file ends early"));
    if (first == '"')
        return skipString();
    if (first != '{' && first != '[') {
        // A number, true, false or null: up to the next delimiter.
        const qint64 start = consumed(); // m_pos moves when the buffer does
        for (int c = peek(); c >= 0 && !isSpace(c) && c != ',' && c != ']' && c != '}'; c = peek())
            ++m_pos;
        if (consumed() == start)
            return fail(Exchange::tr("expected a value"));
        return {};
    }
    QVarLengthArray<char, 64> closers;
    closers.append(first == '{' ? '}' : ']');
    ++m_pos;
    for (;;) {
        const char *data = m_buffer.constData();
        qsizetype end = m_buffer.size();
        while (m_pos < end) {
            const char c = data[m_pos];
            if (c == '"') {
                if (Error e = skipString(); e.isError())
                    return e;
                data = m_buffer.constData(); // the buffer may have moved
                end = m_buffer.size();
                continue;
            }
            if (c == '{' || c == '[') {
                if (closers.size() >= kMaxDepth)
                    return fail(Exchange::tr("nested more than %1 deep").arg(kMaxDepth));
                closers.append(c == '{' ? '}' : ']');
            } else if (c == '}' || c == ']') {
                if (closers.last() != c)
                    return fail(Exchange::tr("‘%1’ where ‘%2’ was expected")
                                    .arg(QChar::fromLatin1(c), QChar::fromLatin1(closers.last())));
                closers.removeLast();
                if (closers.isEmpty()) {
                    ++m_pos;
                    return {};
                }
            }
            ++m_pos;
        }
        if (!more())
            return fail(Exchange::tr("the file ends early"));
    }
}

Error Reader::elements(const Each &each)
{
    skipSpace();
    if (peek() == ']') {
        ++m_pos;
        return {};
    }
    for (bool done = false; !done;) {
        skipSpace();
        if (Error e = takeValue([&](std::string_view element) { return each(element, m_index++); }); e.isError())
            return e;
        if (Error e = separator(']', done); e.isError())
            return e;
    }
    return {};
}

Error Reader::takeValue(const std::function<Error(std::string_view)> &use)
{
    m_mark = m_pos;
    Error e = skipValue();
    if (!e.isError())
        e = use(std::string_view(m_buffer.constData() + m_mark, size_t(m_pos - m_mark)));
    m_mark = -1;
    return e;
}

Error Reader::separator(char closer, bool &done)
{
    skipSpace();
    const int c = peek();
    if (c == ',' || c == closer) {
        ++m_pos;
        done = c == closer;
        return {};
    }
    if (c < 0)
        return fail(Exchange::tr("the file ends early"));
    return fail(closer == ']' ? Exchange::tr("expected ‘,’ or ‘]’ after entry %1").arg(m_index - 1)
                              : Exchange::tr("expected ‘,’ or ‘}’"));
}

void Reader::skipByteOrderMark()
{
    if (m_in.peek(3) == QByteArrayLiteral("\xEF\xBB\xBF"))
        m_in.skip(3);
}

Error Reader::forEachInArray(const Each &each)
{
    skipByteOrderMark();
    if (Error e = expect('[', Exchange::tr("an array")); e.isError())
        return e;
    if (Error e = elements(each); e.isError())
        return e;
    skipSpace();
    if (peek() >= 0)
        return fail(Exchange::tr("more after the end of the array"));
    return m_readError.isEmpty() && !m_tooLarge ? Error {} : fail({});
}

Error Reader::forEachInField(const char *arrayField, const QList<QByteArray> &fields, const Field &field,
                             const Each &each)
{
    skipByteOrderMark();
    if (Error e = expect('{', Exchange::tr("an object")); e.isError())
        return e;
    bool sawArray = false;
    skipSpace();
    if (peek() == '}') {
        ++m_pos;
    } else {
        for (;;) {
            skipSpace();
            if (peek() != '"')
                return fail(Exchange::tr("expected a field name"));
            m_mark = m_pos;
            if (Error e = skipString(); e.isError())
                return e;
            QByteArray name(m_buffer.constData() + m_mark + 1, m_pos - m_mark - 2);
            m_mark = -1;
            if (name.contains('\\')) {
                const auto decoded = nlohmann::json::parse("\"" + name.toStdString() + "\"", nullptr, false);
                name = decoded.is_string() ? QByteArray::fromStdString(decoded.get<std::string>()) : QByteArray();
            }
            if (Error e = expect(':', QStringLiteral("‘:’")); e.isError())
                return e;
            skipSpace();
            if (name == arrayField) {
                if (peek() != '[')
                    return Error::make(Error::Kind::Format,
                                       Exchange::tr("%1: expected an array").arg(QLatin1String(arrayField)));
                ++m_pos;
                sawArray = true;
                if (Error e = elements(each); e.isError())
                    return e;
            } else if (fields.contains(name)) {
                const auto toField = [&](std::string_view value) {
                    return field(std::string_view(name.constData(), size_t(name.size())), value);
                };
                if (Error e = takeValue(toField); e.isError())
                    return e;
            } else if (Error e = skipValue(); e.isError()) {
                return e;
            }
            bool done = false;
            if (Error e = separator('}', done); e.isError())
                return e;
            if (done)
                break;
        }
    }
    skipSpace();
    if (peek() >= 0)
        return fail(Exchange::tr("more after the end of the object"));
    if (!m_readError.isEmpty() || m_tooLarge)
        return fail({});
    if (!sawArray)
        return Error::make(Error::Kind::Format, Exchange::tr("%1: missing").arg(QLatin1String(arrayField)));
    return {};
}

Error forEachInArray(const QByteArray &bytes, const Each &each)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return Reader(buffer).forEachInArray(each);
}

} // namespace Inkwell::JsonStream
