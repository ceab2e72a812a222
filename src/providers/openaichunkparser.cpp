// SPDX-License-Identifier: GPL-3.0-or-later
#include "openaichunkparser.h"

#include <simdjson.h>
#include <string>

namespace Inkwell {

using namespace simdjson;

struct OpenAiChunkParser::Impl
{
    ondemand::parser parser;
    std::string buffer;
};

namespace {
QString qstr(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// A string field, or empty for null; false on any other type.
bool optionalString(ondemand::value v, QString &out)
{
    ondemand::json_type t;
    if (v.type().get(t))
        return false;
    if (t == ondemand::json_type::null)
        return true;
    if (t != ondemand::json_type::string)
        return false;
    std::string_view s;
    if (v.get_string().get(s))
        return false;
    out = qstr(s);
    return true;
}

bool parseChoice(ondemand::object choice, OpenAiChunkParser::Chunk &out)
{
    StreamEvent ev;
    QString finish;
    QString refusal;
    QString reasoningAlt;
    for (auto field : choice) {
        std::string_view key;
        if (field.unescaped_key().get(key))
            return false;
        ondemand::value v;
        if (field.value().get(v))
            return false;
        if (key == "index") {
            int64_t index;
            if (v.get_int64().get(index) || index < 0 || index > 127)
                return false;
            ev.choice = int(index);
        } else if (key == "finish_reason") {
            if (!optionalString(v, finish))
                return false;
        } else if (key == "delta") {
            ondemand::object delta;
            if (v.get_object().get(delta))
                return false;
            for (auto df : delta) {
                std::string_view dk;
                if (df.unescaped_key().get(dk))
                    return false;
                ondemand::value dv;
                if (df.value().get(dv))
                    return false;
                if (dk == "content") {
                    if (!optionalString(dv, ev.content))
                        return false;
                } else if (dk == "reasoning_content") {
                    if (!optionalString(dv, ev.reasoning))
                        return false;
                } else if (dk == "reasoning") {
                    if (!optionalString(dv, reasoningAlt))
                        return false;
                } else if (dk == "refusal") {
                    if (!optionalString(dv, refusal))
                        return false;
                }
            }
        }
    }
    if (ev.reasoning.isEmpty())
        ev.reasoning = reasoningAlt;
    if (ev.content.isEmpty())
        ev.content = refusal;
    if (!ev.content.isEmpty() || !ev.reasoning.isEmpty())
        out.deltas << ev;
    if (!finish.isEmpty())
        out.finishes << qMakePair(ev.choice, finish);
    return true;
}
} // namespace

OpenAiChunkParser::OpenAiChunkParser()
    : d(std::make_unique<Impl>())
{
}

OpenAiChunkParser::~OpenAiChunkParser() = default;

bool OpenAiChunkParser::parse(const QByteArray &data, Chunk &out)
{
    d->buffer.assign(data.constData(), size_t(data.size()));
    d->buffer.reserve(d->buffer.size() + SIMDJSON_PADDING);
    ondemand::document doc;
    if (d->parser.iterate(padded_string_view(d->buffer.data(), d->buffer.size(), d->buffer.capacity())).get(doc))
        return false;
    ondemand::object root;
    if (doc.get_object().get(root))
        return false;
    for (auto field : root) {
        std::string_view key;
        if (field.unescaped_key().get(key))
            return false;
        ondemand::value v;
        if (field.value().get(v))
            return false;
        if (key == "error") {
            return false;  // the general path phrases errors
        } else if (key == "object") {
            std::string_view type;
            if (v.get_string().get(type) || type == "error")
                return false;
        } else if (key == "model") {
            if (!optionalString(v, out.model))
                return false;
        } else if (key == "choices") {
            ondemand::array choices;
            if (v.get_array().get(choices))
                return false;
            for (auto c : choices) {
                ondemand::object choice;
                if (c.get_object().get(choice) || !parseChoice(choice, out))
                    return false;
            }
        } else if (key == "usage") {
            ondemand::json_type t;
            if (v.type().get(t))
                return false;
            if (t == ondemand::json_type::null)
                continue;
            ondemand::object usage;
            if (v.get_object().get(usage))
                return false;
            out.hasUsage = true;
            for (auto uf : usage) {
                std::string_view uk;
                if (uf.unescaped_key().get(uk))
                    return false;
                int64_t n;
                if (uk == "prompt_tokens" && !uf.value().get_int64().get(n))
                    out.usage.promptTokens = n;
                else if (uk == "completion_tokens" && !uf.value().get_int64().get(n))
                    out.usage.completionTokens = n;
            }
        }
    }
    return true;
}

} // namespace Inkwell
