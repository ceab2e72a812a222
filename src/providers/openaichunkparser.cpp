// SPDX-License-Identifier: GPL-3.0-or-later
#include "openaichunkparser.h"

#include <simdjson.h>
#include <string>

namespace Inkwell {

using namespace simdjson;

struct OpenAiChunkParser::Impl {
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

// Calls visit(key, value) for each field; false as soon as anything fails.
template<typename Visit> bool forEachField(ondemand::object object, Visit &&visit)
{
    for (auto field : object) {
        std::string_view key;
        ondemand::value value;
        if (field.unescaped_key().get(key) || field.value().get(value) || !visit(key, value))
            return false;
    }
    return true;
}

bool parseDelta(ondemand::value v, StreamEvent &ev)
{
    ondemand::object delta;
    if (v.get_object().get(delta))
        return false;
    QString refusal;
    QString reasoningAlt;
    const bool ok = forEachField(delta, [&](std::string_view key, ondemand::value value) {
        if (key == "content")
            return optionalString(value, ev.content);
        if (key == "reasoning_content")
            return optionalString(value, ev.reasoning);
        if (key == "reasoning")
            return optionalString(value, reasoningAlt);
        if (key == "refusal")
            return optionalString(value, refusal);
        return true;
    });
    // Gateways may send both reasoning names with the same text; prefer one.
    if (ev.reasoning.isEmpty())
        ev.reasoning = reasoningAlt;
    if (ev.content.isEmpty())
        ev.content = refusal;
    return ok;
}

bool parseChoice(ondemand::object choice, OpenAiChunkParser::Chunk &out)
{
    StreamEvent ev;
    QString finish;
    const bool ok = forEachField(choice, [&](std::string_view key, ondemand::value value) {
        if (key == "index") {
            int64_t index;
            if (value.get_int64().get(index) || index < 0 || index > 127)
                return false;
            ev.choice = int(index);
            return true;
        }
        if (key == "finish_reason")
            return optionalString(value, finish);
        if (key == "delta")
            return parseDelta(value, ev);
        return true;
    });
    if (!ok)
        return false;
    out.choices << ev.choice;
    if (!ev.content.isEmpty() || !ev.reasoning.isEmpty())
        out.deltas << ev;
    if (!finish.isEmpty())
        out.finishes << qMakePair(ev.choice, finish);
    return true;
}

bool parseUsage(ondemand::value v, OpenAiChunkParser::Chunk &out)
{
    ondemand::json_type t;
    if (v.type().get(t))
        return false;
    if (t == ondemand::json_type::null)
        return true; // "usage": null on every chunk but the last
    ondemand::object usage;
    if (v.get_object().get(usage))
        return false;
    out.hasUsage = true;
    return forEachField(usage, [&](std::string_view key, ondemand::value value) {
        int64_t n;
        if (key == "prompt_tokens" && !value.get_int64().get(n))
            out.usage.promptTokens = n;
        else if (key == "completion_tokens" && !value.get_int64().get(n))
            out.usage.completionTokens = n;
        return true;
    });
}
// llama.cpp: {"prompt_n", "cache_n", "predicted_n", …}; the prompt was
// prompt_n tokens evaluated plus cache_n taken from the cache.
bool parseTimings(ondemand::value v, OpenAiChunkParser::Chunk &out)
{
    ondemand::object timings;
    if (v.get_object().get(timings))
        return true; // not ours to judge
    qint64 prompt = -1;
    qint64 cached = 0;
    qint64 predicted = -1;
    const bool ok = forEachField(timings, [&](std::string_view key, ondemand::value value) {
        int64_t n;
        if (value.get_int64().get(n))
            return true;
        if (key == "prompt_n")
            prompt = n;
        else if (key == "cache_n")
            cached = n;
        else if (key == "predicted_n")
            predicted = n;
        return true;
    });
    out.timings.promptTokens = prompt >= 0 ? prompt + cached : -1;
    out.timings.completionTokens = predicted;
    return ok;
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
    return forEachField(root, [&](std::string_view key, ondemand::value value) {
        if (key == "error")
            return false; // the general path phrases errors
        if (key == "object") {
            std::string_view type;
            return !value.get_string().get(type) && type != "error";
        }
        if (key == "model")
            return optionalString(value, out.model);
        if (key == "usage")
            return parseUsage(value, out);
        if (key == "timings")
            return parseTimings(value, out);
        if (key == "choices") {
            ondemand::array choices;
            if (value.get_array().get(choices))
                return false;
            for (auto c : choices) {
                ondemand::object choice;
                if (c.get_object().get(choice) || !parseChoice(choice, out))
                    return false;
            }
        }
        return true;
    });
}

} // namespace Inkwell
