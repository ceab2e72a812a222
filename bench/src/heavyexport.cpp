// SPDX-License-Identifier: GPL-3.0-or-later
#include "heavyexport.h"

#include "corpus.h"

#include <QFile>
#include <QRandomGenerator>

#include <nlohmann/json.hpp>

namespace Bench {

namespace {

using json = nlohmann::ordered_json;

std::string uuid(QRandomGenerator &rng)
{
    char out[37];
    std::snprintf(out, sizeof out, "%08x-%04x-4%03x-8%03x-%012llx", rng.generate(), rng.generate() & 0xffff,
                  rng.generate() & 0xfff, rng.generate() & 0xfff,
                  static_cast<unsigned long long>(rng.generate64() & 0xffffffffffffULL));
    return out;
}

// A message's text: a prompt of a line or two, or an answer of a few
// paragraphs, sometimes with code, a list and a table.
std::string text(QRandomGenerator &rng, int n, bool user)
{
    QString out;
    const int paragraphs = user ? 1 + int(rng.bounded(2)) : 6 + int(rng.bounded(14));
    for (int p = 0; p < paragraphs; ++p) {
        out += storedMessage(n * 7 + p, user);
        out += QStringLiteral("\n\n");
        if (!user && rng.bounded(4) == 0)
            out += QStringLiteral("```python\ndef answer(x):\n    return x * 42  # 计算\n```\n\n");
        if (!user && rng.bounded(5) == 0)
            out += QStringLiteral("- first point\n- 第二点\n- third\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n");
    }
    return out.trimmed().toStdString();
}

json message(QRandomGenerator &rng, const std::string &id, const char *role, double time, const std::string &body,
             bool hidden)
{
    json metadata = json::object();
    if (hidden)
        metadata["is_visually_hidden_from_conversation"] = true;
    if (std::string(role) == "assistant") {
        metadata["finish_details"] = {{"type", "stop"}, {"stop_tokens", {200002}}};
        metadata["is_complete"] = true;
        metadata["citations"] = json::array();
        metadata["content_references"] = json::array();
        metadata["model_slug"] = rng.bounded(3) == 0 ? "gpt-4o" : "gpt-5";
        metadata["default_model_slug"] = "auto";
        metadata["parent_id"] = uuid(rng);
        metadata["request_id"] = uuid(rng);
        metadata["message_type"] = "next";
        metadata["timestamp_"] = "absolute";
    } else if (std::string(role) == "user") {
        metadata["selected_github_repos"] = json::array();
        metadata["serialization_metadata"] = {{"custom_symbol_offsets", json::array()}};
        metadata["request_id"] = uuid(rng);
        metadata["message_source"] = nullptr;
        metadata["timestamp_"] = "absolute";
    }
    return {{"id", id},
            {"author", {{"role", role}, {"name", nullptr}, {"metadata", json::object()}}},
            {"create_time", time},
            {"update_time", nullptr},
            {"content", {{"content_type", "text"}, {"parts", {body}}}},
            {"status", "finished_successfully"},
            {"end_turn", std::string(role) == "assistant" ? json(true) : json(nullptr)},
            {"weight", hidden ? 0.0 : 1.0},
            {"metadata", metadata},
            {"recipient", "all"},
            {"channel", nullptr}};
}

} // namespace

qint64 writeChatGptExport(const QString &path, int conversations)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    QRandomGenerator rng(20261207);
    qint64 written = 0;
    file.write("[");
    for (int c = 0; c < conversations; ++c) {
        const double start = 1.6e9 + c * 20000.0;
        json mapping = json::object();
        const std::string root = uuid(rng);
        const std::string system = uuid(rng);
        mapping[root] = {{"id", root}, {"message", nullptr}, {"parent", nullptr}, {"children", {system}}};
        mapping[system] = {{"id", system},
                           {"message", message(rng, system, "system", start, "", true)},
                           {"parent", root},
                           {"children", json::array()}};
        std::string parent = system;
        std::string current;
        const int turns = 6 + int(rng.bounded(6)); // 6–11 exchanges: 17 messages on average
        for (int t = 0; t < turns; ++t) {
            const std::string question = uuid(rng);
            const std::string answer = uuid(rng);
            const double at = start + t * 60.0;
            mapping[question] = {{"id", question},
                                 {"message", message(rng, question, "user", at, text(rng, c * 100 + t, true), false)},
                                 {"parent", parent},
                                 {"children", {answer}}};
            mapping[parent]["children"].push_back(question);
            mapping[answer]
                = {{"id", answer},
                   {"message", message(rng, answer, "assistant", at + 5, text(rng, c * 100 + t, false), false)},
                   {"parent", question},
                   {"children", json::array()}};
            written += 2;
            // One conversation in five was regenerated once.
            if (t == 1 && c % 5 == 0) {
                const std::string again = uuid(rng);
                mapping[again]
                    = {{"id", again},
                       {"message", message(rng, again, "assistant", at + 30, text(rng, c * 100 + 50, false), false)},
                       {"parent", question},
                       {"children", json::array()}};
                mapping[question]["children"].push_back(again);
                ++written;
            }
            parent = answer;
            current = answer;
        }
        const bool chinese = c % 3 == 0;
        const json conversation
            = {{"title",
                chinese ? QStringLiteral("对话 %1：人工智能与数据库").arg(c).toStdString()
                        : QStringLiteral("Conversation %1 about latency and caches").arg(c).toStdString()},
               {"create_time", start},
               {"update_time", start + turns * 60.0},
               {"mapping", mapping},
               {"moderation_results", json::array()},
               {"current_node", current},
               {"plugin_ids", nullptr},
               {"conversation_id", uuid(rng)},
               {"conversation_template_id", nullptr},
               {"gizmo_id", nullptr},
               {"is_archived", false},
               {"safe_urls", json::array()},
               {"default_model_slug", "auto"}};
        if (c > 0)
            file.write(",\n");
        file.write(conversation.dump().c_str());
    }
    file.write("]\n");
    return written;
}

} // namespace Bench
