// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonstream.h"

#include "exchange/exchangetr.h"

#include <cctype>
#include <simdjson.h>

namespace Inkwell::JsonStream {

using namespace simdjson;

namespace {

static_assert(kPadding >= SIMDJSON_PADDING);

Error invalid(error_code code)
{
    return Error::make(Error::Kind::Format,
                       Exchange::tr("not valid JSON (%1)").arg(QString::fromUtf8(error_message(code))));
}

// simdjson reads up to SIMDJSON_PADDING bytes past the end: use the buffer's
// own spare capacity when it has it, else a padded copy.
struct Input
{
    padded_string copy;
    padded_string_view view;
    explicit Input(const QByteArray &bytes)
    {
        // Signed arithmetic: a raw-data QByteArray has capacity 0, and
        // 0 - size compared with the unsigned SIMDJSON_PADDING would pass.
        if (bytes.capacity() - bytes.size() >= kPadding) {
            view = padded_string_view(bytes.constData(), size_t(bytes.size()), size_t(bytes.capacity()));
        } else {
            copy = padded_string(bytes.constData(), size_t(bytes.size()));
            view = padded_string_view(copy);
        }
    }
};

char lastNonSpace(const QByteArray &bytes)
{
    for (qsizetype i = bytes.size() - 1; i >= 0; --i)
        if (!std::isspace(static_cast<unsigned char>(bytes.at(i))))
            return bytes.at(i);
    return 0;
}

Error walk(ondemand::array array, const Each &each)
{
    size_t index = 0;
    for (auto element : array) {
        ondemand::value value;
        if (const auto e = element.get(value); e)
            return invalid(e);
        std::string_view raw;
        ondemand::json_type type;
        if (const auto e = value.type().get(type); e)
            return invalid(e);
        if (type == ondemand::json_type::object) {
            ondemand::object object;
            if (const auto e = value.get_object().get(object); e)
                return invalid(e);
            if (const auto e = object.raw_json().get(raw); e)
                return invalid(e);
        } else if (type == ondemand::json_type::array) {
            ondemand::array inner;
            if (const auto e = value.get_array().get(inner); e)
                return invalid(e);
            if (const auto e = inner.raw_json().get(raw); e)
                return invalid(e);
        } else {
            raw = value.raw_json_token();
        }
        if (const Error e = each(raw, index++); e.isError())
            return e;
    }
    return {};
}

// One document: the bytes (padded), the parser and its iteration.
struct Document
{
    explicit Document(const QByteArray &bytes)
        : input(bytes)
    {
    }

    // On-Demand stops reading where the top value ends; garbage after it is
    // refused here, as a full parser would.
    Error open(const QByteArray &bytes, char closing)
    {
        if (lastNonSpace(bytes) != closing)
            return invalid(TRAILING_CONTENT);
        if (const auto e = parser.iterate(input.view).get(doc); e)
            return invalid(e);
        return {};
    }

    Input input;
    ondemand::parser parser;
    ondemand::document doc;
};

Error wrongType(error_code e, const QString &expected)
{
    return e == INCORRECT_TYPE ? Error::make(Error::Kind::Format, expected) : invalid(e);
}

} // namespace

Error forEachInArray(const QByteArray &bytes, const Each &each)
{
    Document d(bytes);
    if (const Error e = d.open(bytes, ']'); e.isError())
        return e;
    ondemand::array array;
    if (const auto e = d.doc.get_array().get(array); e)
        return wrongType(e, Exchange::tr("expected an array"));
    return walk(array, each);
}

Error forEachInField(const QByteArray &bytes, const char *formatField, const char *versionField,
                     const std::function<Error(std::string_view, qint64)> &header, const char *arrayField,
                     const Each &each)
{
    Document d(bytes);
    if (const Error e = d.open(bytes, '}'); e.isError())
        return e;
    ondemand::object object;
    if (const auto e = d.doc.get_object().get(object); e)
        return wrongType(e, Exchange::tr("expected an object"));
    // A missing field is for `header` to judge. Any other error ends the
    // walk here: after it the iterator must not be used again.
    std::string_view format;
    if (const auto e = object.find_field_unordered(formatField).get_string().get(format); e && e != NO_SUCH_FIELD)
        return wrongType(e, Exchange::tr("%1: expected a string").arg(QLatin1String(formatField)));
    int64_t version = 0;
    if (const auto e = object.find_field_unordered(versionField).get_int64().get(version); e && e != NO_SUCH_FIELD)
        return wrongType(e, Exchange::tr("%1: expected an integer").arg(QLatin1String(versionField)));
    if (const Error e = header(format, version); e.isError())
        return e;
    ondemand::array array;
    if (const auto e = object.find_field_unordered(arrayField).get_array().get(array); e)
        return e == NO_SUCH_FIELD ? Error::make(Error::Kind::Format, Exchange::tr("%1: missing").arg(QLatin1String(arrayField)))
                                  : wrongType(e, Exchange::tr("%1: expected an array").arg(QLatin1String(arrayField)));
    return walk(array, each);
}

} // namespace Inkwell::JsonStream
