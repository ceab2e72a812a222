// SPDX-License-Identifier: GPL-3.0-or-later
// Writes tests/data/migrations/vN.sql: a database at exactly schema N, made
// by the real steps 1..N of src/store/migrations.cpp, filled with the rows
// below (each table and column that exists at N). Run once per new schema
// step, review the diff, check the files in (README.md beside this file).
//
//   cmake --build BUILD --target inkwell-migration-fixtures
//   BUILD/tests/inkwell-migration-fixtures tests/data/migrations

#include "store/migrations.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTextStream>
#include <QVariant>

#include <cstdio>

using namespace Inkwell;

namespace {

constexpr qint64 kT0 = 1'735'689'600'000; // 2025-01-01T00:00:00Z, in ms
// Pids no process has (above Linux's largest pid_max): writers gone.
constexpr qint64 kGonePid = 2'147'480'000;

struct Row {
    int since; // the schema version the row's meaning needs (its table's, or later)
    const char *table;
    QList<QPair<const char *, QVariant>> values;
};

QVariant null()
{
    return {};
}

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// Tables in the order their rows can be inserted (foreign keys).
const QStringList kTables = {
    QStringLiteral("profiles"),
    QStringLiteral("folders"),
    QStringLiteral("conversations"),
    QStringLiteral("messages"),
    QStringLiteral("templates"),
    QStringLiteral("drafts"),
    QStringLiteral("draft_versions"),
    QStringLiteral("app_state"),
    QStringLiteral("search_pending"),
    QStringLiteral("attachments"),
    QStringLiteral("message_attachments"),
    QStringLiteral("draft_attachments"),
    QStringLiteral("unsent_attachments"),
};

const char *const kWeeklyReport = R"(---
name: 周报
description: 根据本周要点写一份简洁的周报。
category: 工作
tags: [周报, 工作]
language: zh_CN
output: draft
preset: precise
variables:
  - name: points
    type: multiline
    label: 本周要点
  - name: tone
    type: choice
    label: 语气
    choices: [正式, 轻松]
    default: 正式
---
请用{{tone}}的语气，根据下面的要点写一份周报：

{{points}}
)";

const char *const kCoverLetter = R"(---
name: Cover letter
description: A one-page cover letter for a job application.
category: Writing
tags: [letter, jobs]
language: en
output: draft
preset: balanced
parameters:
  max_tokens: 1200
variables:
  - name: role
    type: text
    label: Role
  - name: company
    type: text
    label: Company
  - name: words
    type: number
    label: Length in words
    min: 150
    max: 600
    default: "300"
---
Write a cover letter of about {{words}} words for the role of {{role}} at {{company}}.
Do not invent achievements; leave [brackets] where facts are needed.
)";

QList<Row> rows()
{
    const QString openAiParams = QStringLiteral(R"({"temperature":0.7,"top_p":1,"max_tokens":1024})");
    const QString llamaParams = QStringLiteral(R"({"temperature":0.2,"top_k":40,"min_p":0.05,"seed":42})");
    return {
        // Profiles: cloud, local, Azure (api-version, proxy), Ollama.
        {1,
         "profiles",
         {{"id", 1},
          {"name", QStringLiteral("OpenAI")},
          {"api", QStringLiteral("openai")},
          {"base_url", QStringLiteral("https://api.openai.com")},
          {"model", QStringLiteral("gpt-4o-mini")},
          {"include_usage", 1},
          {"connect_timeout_ms", 15000},
          {"idle_timeout_ms", 120000},
          {"created_at", kT0},
          {"preset", QStringLiteral("openai")},
          {"settings", QStringLiteral("{}")}}},
        {1,
         "profiles",
         {{"id", 2},
          {"name", text("本地 llama.cpp")},
          {"api", QStringLiteral("openai")},
          {"base_url", QStringLiteral("http://127.0.0.1:8080")},
          {"model", QStringLiteral("qwen2.5-7b-instruct-q4_k_m.gguf")},
          {"include_usage", 0},
          {"connect_timeout_ms", 5000},
          {"idle_timeout_ms", 600000},
          {"created_at", kT0 + 1000},
          {"preset", QStringLiteral("llamacpp")},
          {"settings", QStringLiteral(R"({"headers":[["X-Team","inkwell"]]})")}}},
        {1,
         "profiles",
         {{"id", 3},
          {"name", text("Azure 工作")},
          {"api", QStringLiteral("openai")},
          {"base_url", QStringLiteral("https://contoso.openai.azure.com/openai/deployments/gpt-4o")},
          {"model", QStringLiteral("gpt-4o")},
          {"include_usage", 1},
          {"connect_timeout_ms", 15000},
          {"idle_timeout_ms", 120000},
          {"created_at", kT0 + 2000},
          {"preset", QStringLiteral("azure")},
          {"settings", QStringLiteral(R"({"api_version":"2024-10-21","proxy":"socks5://127.0.0.1:1080"})")}}},
        {1,
         "profiles",
         {{"id", 4},
          {"name", QStringLiteral("Ollama")},
          {"api", QStringLiteral("ollama")},
          {"base_url", QStringLiteral("http://localhost:11434")},
          {"model", QStringLiteral("llama3.2:3b")},
          {"include_usage", 1},
          {"connect_timeout_ms", 15000},
          {"idle_timeout_ms", 300000},
          {"created_at", kT0 + 3000},
          {"preset", QStringLiteral("ollama")},
          {"settings", QStringLiteral("{}")}}},

        {5, "folders", {{"id", 1}, {"name", text("工作")}, {"created_at", kT0 + 5000}}},
        {5, "folders", {{"id", 2}, {"name", QStringLiteral("Personal")}, {"created_at", kT0 + 6000}}},

        // Conversations. Folders, pins and the pending deletion exist from 5.
        {1,
         "conversations",
         {{"id", 1},
          {"title", text("关于人工智能的对话")},
          {"created_at", kT0 + 100'000},
          {"updated_at", kT0 + 160'000},
          {"current_leaf_id", 6},
          {"profile_id", 1},
          {"model", QStringLiteral("gpt-4o-mini")},
          {"params", QStringLiteral(R"({"temperature":0.7,"system":"你是一个乐于助人的助手。"})")},
          {"uid", QStringLiteral("0f3c2a9e-7b4d-4c21-9e0f-5a6b7c8d9e01")},
          {"source", QStringLiteral("")},
          {"folder_id", 1},
          {"pinned", 0},
          {"deleted_at", null()}}},
        {1,
         "conversations",
         {{"id", 2},
          {"title", QStringLiteral("Rust lifetimes explained")},
          {"created_at", kT0 + 200'000},
          {"updated_at", kT0 + 260'000},
          {"current_leaf_id", 11},
          {"profile_id", 2},
          {"model", QStringLiteral("qwen2.5-7b-instruct-q4_k_m.gguf")},
          {"params", llamaParams},
          {"uid", QStringLiteral("6e1d7c55-2f0a-4b8e-a3c1-0d9e8f7a6b02")},
          {"source", QStringLiteral("")},
          {"folder_id", null()},
          {"pinned", 1},
          {"deleted_at", null()}}},
        {1,
         "conversations",
         {{"id", 3},
          {"title", text("Imported: 旅行计划 (Hangzhou trip)")},
          {"created_at", kT0 - 86'400'000},
          {"updated_at", kT0 - 86'000'000},
          {"current_leaf_id", 14},
          {"profile_id", null()},
          {"model", QStringLiteral("")},
          {"params", QStringLiteral("{}")},
          {"uid", QStringLiteral("b7a9e2f4-1c3d-4e5f-8a9b-c0d1e2f3a403")},
          {"source", QStringLiteral("chatgpt")},
          {"folder_id", 2},
          {"pinned", 0},
          {"deleted_at", null()}}},
        {1,
         "conversations",
         {{"id", 4},
          {"title", QStringLiteral("")},
          {"created_at", kT0 + 300'000},
          {"updated_at", kT0 + 300'000},
          {"current_leaf_id", null()},
          {"profile_id", 4},
          {"model", QStringLiteral("llama3.2:3b")},
          {"params", QStringLiteral("{}")},
          {"uid", QStringLiteral("d4c3b2a1-9f8e-4d7c-b6a5-948372615004")},
          {"source", QStringLiteral("")},
          {"folder_id", null()},
          {"pinned", 0},
          {"deleted_at", null()}}},
        {1,
         "conversations",
         {{"id", 5},
          {"title", QStringLiteral("Autumn haiku")},
          {"created_at", kT0 + 400'000},
          {"updated_at", kT0 + 410'000},
          {"current_leaf_id", 16},
          {"profile_id", 3},
          {"model", QStringLiteral("gpt-4o")},
          {"params", openAiParams},
          {"uid", QStringLiteral("a0b1c2d3-e4f5-4a6b-9c7d-8e9f0a1b2c05")},
          {"source", QStringLiteral("inkwell")},
          {"folder_id", null()},
          {"pinned", 0},
          {"deleted_at", kT0 + 420'000}}}, // deleted, its Undo still open
        {1,
         "conversations",
         {{"id", 6},
          {"title", QStringLiteral("History of computing")},
          {"created_at", kT0 + 500'000},
          {"updated_at", kT0 + 510'000},
          {"current_leaf_id", 18},
          {"profile_id", 1},
          {"model", QStringLiteral("gpt-4o-mini")},
          {"params", openAiParams},
          {"uid", QStringLiteral("5f4e3d2c-1b0a-4987-b654-3210fedcba06")},
          {"source", QStringLiteral("")},
          {"folder_id", null()},
          {"pinned", 0},
          {"deleted_at", null()}}},
    };
}

// A message row: the columns every version has (1), all of them given.
Row message(qint64 id, qint64 conversation, QVariant parent, const char *role, const QString &content,
            const char *status, qint64 at, QList<QPair<const char *, QVariant>> more = {})
{
    QList<QPair<const char *, QVariant>> v = {{"id", id},
                                              {"conversation_id", conversation},
                                              {"parent_id", parent},
                                              {"role", QString::fromLatin1(role)},
                                              {"content", content},
                                              {"status", QString::fromLatin1(status)},
                                              {"created_at", kT0 + at},
                                              {"updated_at", kT0 + at + 1500}};
    v += more;
    return {1, "messages", v};
}

QList<QPair<const char *, QVariant>> made(const char *profile, const char *api, const char *baseUrl, const char *model,
                                          const char *reported, const char *params)
{
    return {{"profile_name", text(profile)},    {"api", text(api)},
            {"base_url", text(baseUrl)},        {"model_requested", text(model)},
            {"model_reported", text(reported)}, {"params", text(params)}};
}

QList<QPair<const char *, QVariant>> usage(const char *finish, qint64 prompt, qint64 completion, qint64 ttft,
                                           double tps)
{
    return {{"finish_reason", text(finish)},
            {"prompt_tokens", prompt},
            {"completion_tokens", completion},
            {"ttft_ms", ttft},
            {"tokens_per_sec", tps}};
}

QList<Row> messages()
{
    const char *openAi = R"({"temperature":0.7,"top_p":1,"max_tokens":1024})";
    const char *llama = R"({"temperature":0.2,"top_k":40,"min_p":0.05,"seed":42,"stop":["</s>"]})";
    return {
        // 1: Chinese; n=2 answers (choices 0 and 1), then a stopped answer
        // and its regeneration (siblings). Leaf: 6.
        message(1, 1, null(), "user", text("什么是人工智能？请用简单的话解释。"), "complete", 100'000),
        message(2, 1, 1, "assistant",
                text("人工智能（AI）是让计算机模拟人类智能的技术。\n\n## 主要方向\n\n- 机器学习\n- "
                     "自然语言处理\n- 计算机视觉\n\n简单地说，人工智能就是让机器学会“思考”。"),
                "complete", 101'000,
                made("OpenAI", "openai", "https://api.openai.com", "gpt-4o-mini", "gpt-4o-mini-2024-07-18", openAi)
                    + usage("stop", 25, 180, 420, 61.5)
                    + QList<QPair<const char *, QVariant>> {{"reasoning", text("用户想要一个简单的解释，先给定义。")},
                                                            {"choice_index", 0}}),
        message(3, 1, 1, "assistant", text("人工智能是一门研究如何让机器像人一样学习和推理的学科。"), "complete",
                101'000,
                made("OpenAI", "openai", "https://api.openai.com", "gpt-4o-mini", "gpt-4o-mini-2024-07-18", openAi)
                    + usage("stop", 25, 40, 415, 58.25) + QList<QPair<const char *, QVariant>> {{"choice_index", 1}}),
        message(4, 1, 2, "user", text("机器学习和深度学习有什么区别？"), "complete", 130'000),
        message(5, 1, 4, "assistant", text("机器学习是人工智能的一个分支，而深度学习"), "stopped", 131'000,
                made("OpenAI", "openai", "https://api.openai.com", "gpt-4o-mini", "gpt-4o-mini-2024-07-18", openAi)
                    + usage("", 60, 12, 380, 40.0)),
        message(6, 1, 4, "assistant", text("深度学习是机器学习中使用多层神经网络的方法，适合处理图像和语音。"),
                "complete", 150'000,
                made("OpenAI", "openai", "https://api.openai.com", "gpt-4o-mini", "gpt-4o-mini-2024-07-18", openAi)
                    + usage("length", 60, 1024, 390, 72.125)),

        // 2: English, local server; a failed answer, its retry, a question
        // with SQL-ish text, an answer cut off. Leaf: 11.
        message(7, 2, null(), "user", QStringLiteral("Explain Rust lifetimes with an example."), "complete", 200'000),
        message(8, 2, 7, "assistant", QString(), "error", 201'000,
                made("本地 llama.cpp", "openai", "http://127.0.0.1:8080", "qwen2.5-7b-instruct-q4_k_m.gguf", "", llama)
                    + QList<QPair<const char *, QVariant>> {{"error",
                                                             text("HTTP 503 from 127.0.0.1:8080: Loading model — the "
                                                                  "server is still loading it; try "
                                                                  "again in a moment")}}),
        message(9, 2, 7, "assistant",
                QStringLiteral("A *lifetime* tells the compiler how long a reference is valid.\n\n```rust\nfn "
                               "longest<'a>(x: &'a str, y: &'a str) -> &'a str {\n    if x.len() > y.len() { x } "
                               "else { y }\n}\n```\n\nBoth inputs live at least as long as `'a`."),
                "complete", 210'000,
                made("本地 llama.cpp", "openai", "http://127.0.0.1:8080", "qwen2.5-7b-instruct-q4_k_m.gguf",
                     "qwen2.5-7b-instruct", llama)
                    + usage("stop", 31, 96, 1250, 23.4)
                    + QList<QPair<const char *,
                                  QVariant>> {{"reasoning",
                                               QStringLiteral(
                                                   "The user wants an example; use the classic `longest` function.")}}),
        message(10, 2, 9, "user",
                QStringLiteral("Why is this rejected? -- it says `x` does not live long enough; see line 3;\n"
                               "SELECT 'it''s' FROM t; /* not a comment */"),
                "complete", 240'000),
        message(11, 2, 10, "assistant", QStringLiteral("Because `x` is dropped at the end of the inner scope while"),
                "interrupted", 250'000,
                made("本地 llama.cpp", "openai", "http://127.0.0.1:8080", "qwen2.5-7b-instruct-q4_k_m.gguf",
                     "qwen2.5-7b-instruct", llama)
                    + QList<QPair<const char *, QVariant>> {{"ttft_ms", 980},
                                                            {"error",
                                                             QStringLiteral(
                                                                 "The connection closed before the answer ended.")}}),

        // 3: imported from ChatGPT: a system root, no request recorded. Leaf: 14.
        message(12, 3, null(), "system", QStringLiteral("You are ChatGPT, a large language model trained by OpenAI."),
                "complete", -86'400'000),
        message(13, 3, 12, "user", text("帮我规划一次去杭州的三日游 (a 3-day trip to Hangzhou)"), "complete",
                -86'300'000),
        message(14, 3, 13, "assistant",
                text("第一天：西湖和断桥。\n第二天：灵隐寺 (Lingyin Temple) 与龙井村。\n第三天：河坊街。"), "complete",
                -86'200'000, QList<QPair<const char *, QVariant>> {{"model_reported", QStringLiteral("gpt-4")}}),

        // 5: deleted (from 5 on), Undo still open.
        message(15, 5, null(), "user", QStringLiteral("Write a haiku about autumn."), "complete", 400'000),
        message(16, 5, 15, "assistant",
                QStringLiteral("Crisp leaves drift and fall\nmaple fire on quiet hills\nthe "
                               "year exhales slow"),
                "complete", 405'000,
                made("Azure 工作", "openai", "https://contoso.openai.azure.com/openai/deployments/gpt-4o", "gpt-4o",
                     "gpt-4o-2024-08-06", openAi)
                    + usage("stop", 14, 19, 610, 33.0)),

        // 6: an answer still `streaming`, its writer gone (a crash): start-up
        // marks it interrupted and keeps the text. Leaf: 18.
        message(17, 6, null(), "user", QStringLiteral("Write a long essay on the history of computing."), "complete",
                500'000),
        message(18, 6, 17, "assistant", QStringLiteral("The history of computing begins with the abacus, and"),
                "streaming", 505'000,
                made("OpenAI", "openai", "https://api.openai.com", "gpt-4o-mini", "", openAi)
                    + QList<QPair<const char *, QVariant>> {{"writer_pid", kGonePid}, {"ttft_ms", 350}}),
    };
}

QList<Row> studio()
{
    return {
        {4,
         "templates",
         {{"id", 1},
          {"uid", QStringLiteral("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c01")},
          {"name", text("周报")},
          {"source", text(kWeeklyReport)},
          {"created_at", kT0 + 600'000},
          {"updated_at", kT0 + 650'000}}},
        {4,
         "templates",
         {{"id", 2},
          {"uid", QStringLiteral("1f2e3d4c-5b6a-4978-8695-a4b3c2d1e002")},
          {"name", QStringLiteral("Cover letter")},
          {"source", text(kCoverLetter)},
          {"created_at", kT0 + 610'000},
          {"updated_at", kT0 + 610'000}}},
        {4,
         "drafts",
         {{"id", 1},
          {"uid", QStringLiteral("3c2b1a09-8f7e-4d6c-b5a4-93827160a001")},
          {"title", text("人工智能简史")},
          {"content",
           text("# 人工智能简史\n\n1956 年的达特茅斯会议通常被视为人工智能的起点。\n\n## 早期\n\n"
                "符号主义占据主流。\n\n## 今天\n\n大语言模型改变了写作方式。\n")},
          {"template_key", QStringLiteral("builtin:article")},
          {"template_name", QStringLiteral("Article on a topic")},
          {"brief", text("Write an article about 人工智能的历史 for general readers, about 1200 words.")},
          {"params", QStringLiteral(R"({"max_tokens":4096})")},
          {"target_words", 1200},
          {"status", QStringLiteral("complete")},
          {"error", QStringLiteral("")},
          {"writer_pid", null()},
          {"created_at", kT0 + 700'000},
          {"updated_at", kT0 + 760'000}}},
        {4,
         "drafts",
         {{"id", 2},
          {"uid", QStringLiteral("7d6c5b4a-3928-4716-a5f4-e3d2c1b0a002")},
          {"title", QStringLiteral("Cover letter for Acme")},
          {"content", QStringLiteral("Dear hiring manager,\n\nI am writing to apply for the role of")},
          {"template_key", QStringLiteral("1f2e3d4c-5b6a-4978-8695-a4b3c2d1e002")},
          {"template_name", QStringLiteral("Cover letter")},
          {"brief", QStringLiteral("Write a cover letter of about 300 words for the role of Editor at Acme.")},
          {"params", QStringLiteral(R"({"max_tokens":1200})")},
          {"target_words", 300},
          {"status", QStringLiteral("streaming")},
          {"error", QStringLiteral("")},
          {"writer_pid", kGonePid + 1},
          {"created_at", kT0 + 800'000},
          {"updated_at", kT0 + 801'000}}},
        {4,
         "drafts",
         {{"id", 3},
          {"uid", QStringLiteral("e5f4a3b2-c1d0-4e9f-8a7b-6c5d4e3f2a03")},
          {"title", QStringLiteral("")},
          {"content", text("Notes without a title — 没有标题的笔记。")},
          {"template_key", QStringLiteral("")},
          {"template_name", QStringLiteral("")},
          {"brief", QStringLiteral("")},
          {"params", QStringLiteral("{}")},
          {"target_words", 0},
          {"status", QStringLiteral("error")},
          {"error",
           text("HTTP 401 from api.openai.com: Incorrect API key provided — check the API key of profile "
                "‘OpenAI’")},
          {"writer_pid", null()},
          {"created_at", kT0 + 900'000},
          {"updated_at", kT0 + 900'500}}},
        {4,
         "draft_versions",
         {{"id", 1},
          {"draft_id", 1},
          {"content", text("# 人工智能简史\n\n1956 年的达特茅斯会议。\n")},
          {"source", QStringLiteral("generate")},
          {"note", QStringLiteral("")},
          {"model", QStringLiteral("gpt-4o-mini")},
          {"created_at", kT0 + 710'000}}},
        {4,
         "draft_versions",
         {{"id", 2},
          {"draft_id", 1},
          {"content", text("# 人工智能简史\n\n1956 年的达特茅斯会议通常被视为人工智能的起点。\n")},
          {"source", QStringLiteral("rewrite")},
          {"note", text("更正式一些")},
          {"model", QStringLiteral("gpt-4o-mini")},
          {"created_at", kT0 + 730'000}}},
        {4,
         "draft_versions",
         {{"id", 3},
          {"draft_id", 1},
          {"content",
           text("# 人工智能简史\n\n1956 年的达特茅斯会议通常被视为人工智能的起点。\n\n## 早期\n\n"
                "符号主义占据主流。\n\n## 今天\n\n大语言模型改变了写作方式。\n")},
          {"source", QStringLiteral("save")},
          {"note", QStringLiteral("")},
          {"model", QStringLiteral("")},
          {"created_at", kT0 + 760'000}}},
        {4,
         "draft_versions",
         {{"id", 4},
          {"draft_id", 3},
          {"content", text("Notes without a title")},
          {"source", QStringLiteral("edit")},
          {"note", QStringLiteral("")},
          {"model", QStringLiteral("")},
          {"created_at", kT0 + 900'000}}},
    };
}

// Files (schema 8): a picture and a PDF's text with a message, the PDF a
// draft's source too, and (9) a file in a composer not sent yet.
QList<Row> files()
{
    const QByteArray png = QByteArray::fromBase64(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC");
    const QByteArray pdf("%PDF-1.4\n% a stand-in: the text below is what was read from it\n%%EOF\n");
    const QByteArray notes("一周要点：发布 0.9。\n");
    return {
        {8,
         "attachments",
         {{"sha256", QStringLiteral("3d4d4e5a1c0f4d4c2a5b8f0e6c7d9a1b2c3d4e5f60718293a4b5c6d7e8f90a1b")},
          {"kind", QStringLiteral("image")},
          {"mime_type", QStringLiteral("image/png")},
          {"size", png.size()},
          {"width", 1},
          {"height", 1},
          {"created_at", kT0 + 10'000},
          {"data", png}}},
        {8,
         "attachments",
         {{"sha256", QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")},
          {"kind", QStringLiteral("document")},
          {"mime_type", QStringLiteral("application/pdf")},
          {"size", pdf.size()},
          {"pages", 2},
          {"created_at", kT0 + 10'000},
          {"text", text("--- Page 1 ---\n季度报告\n--- Page 2 ---\nOutlook")},
          {"data", pdf}}},
        {9,
         "attachments",
         {{"sha256", QStringLiteral("5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8")},
          {"kind", QStringLiteral("document")},
          {"mime_type", QStringLiteral("text/plain")},
          {"size", notes.size()},
          {"created_at", kT0 + 20'000},
          {"text", text("一周要点：发布 0.9。\n")},
          {"data", notes}}},
        {8,
         "message_attachments",
         {{"message_id", 1},
          {"position", 0},
          {"sha256", QStringLiteral("3d4d4e5a1c0f4d4c2a5b8f0e6c7d9a1b2c3d4e5f60718293a4b5c6d7e8f90a1b")},
          {"name", text("截图.png")},
          {"native", 0}}},
        {8,
         "message_attachments",
         {{"message_id", 1},
          {"position", 1},
          {"sha256", QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")},
          {"name", QStringLiteral("Q3 report.pdf")},
          {"native", 1}}},
        {8,
         "draft_attachments",
         {{"draft_id", 1},
          {"position", 0},
          {"sha256", QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")},
          {"name", QStringLiteral("Q3 report.pdf")}}},
        {9,
         "unsent_attachments",
         {{"conversation_id", 1},
          {"position", 0},
          {"sha256", QStringLiteral("5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8")},
          {"name", text("要点.txt")},
          {"native", 0}}},
    };
}

QList<Row> state()
{
    return {
        {3, "app_state", {{"key", QStringLiteral("active_profile")}, {"value", QStringLiteral("2")}}},
        {3, "app_state", {{"key", QStringLiteral("unsent/1")}, {"value", text("还想问：神经网络是怎么训练的？")}}},
        {3,
         "app_state",
         {{"key", QStringLiteral("parameter_presets")},
          {"value", QStringLiteral(R"({"Code review":{"temperature":0.3,"system":"Review code."}})")}}},
        {5, "app_state", {{"key", QStringLiteral("sidebar/collapsed_folders")}, {"value", QStringLiteral("2")}}},
        {5, "app_state", {{"key", QStringLiteral("window/conversation")}, {"value", QStringLiteral("1")}}},
    };
}

bool exec(QSqlQuery &q, const QString &sql)
{
    if (q.exec(sql))
        return true;
    std::fprintf(stderr, "%s\n  %s\n", qPrintable(sql), qPrintable(q.lastError().text()));
    return false;
}

QStringList columnsOf(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery q(db);
    QStringList out;
    q.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1') ORDER BY cid").arg(table));
    while (q.next())
        out << q.value(0).toString();
    return out;
}

bool write(int version, const QString &dir)
{
    const QString name = QStringLiteral("fixture%1").arg(version);
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (!db.open())
            return false;
        QSqlQuery q(db);
        ok = exec(q, QStringLiteral("PRAGMA foreign_keys=ON"));
        for (int step = 0; ok && step < version; ++step)
            for (const QString &sql : schemaMigrations().at(size_t(step)))
                ok = ok && exec(q, sql);
        ok = ok && exec(q, QStringLiteral("PRAGMA user_version = %1").arg(version));

        for (const Row &row : rows() + messages() + studio() + files() + state()) {
            const QStringList have = columnsOf(db, QString::fromLatin1(row.table));
            if (!ok || row.since > version || have.isEmpty())
                continue;
            QStringList columns;
            QVariantList values;
            for (const auto &[column, value] : row.values) {
                if (!have.contains(QString::fromLatin1(column)))
                    continue;
                columns << QString::fromLatin1(column);
                // A null QString binds as NULL; text columns hold "" (null() is NULL).
                values << (value.metaType() == QMetaType::fromType<QString>() && value.toString().isNull()
                               ? QVariant(QStringLiteral(""))
                               : value);
            }
            q.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                          .arg(QString::fromLatin1(row.table), columns.join(QStringLiteral(", ")),
                               QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", "))));
            for (const QVariant &v : values)
                q.addBindValue(v);
            ok = ok && q.exec();
            if (!q.lastError().text().trimmed().isEmpty())
                std::fprintf(stderr, "%s: %s\n", row.table, qPrintable(q.lastError().text()));
        }

        QFile file(QStringLiteral("%1/v%2.sql").arg(dir).arg(version));
        ok = ok && file.open(QIODevice::WriteOnly | QIODevice::Truncate);
        QTextStream out(&file);
        out << "-- SPDX-License-Identifier: GPL-3.0-or-later\n"
            << "-- An Inkwell database at schema version " << version << ": the schema as steps 1.." << version
            << " of\n"
            << "-- src/store/migrations.cpp leave it, and rows in every table. Written by\n"
            << "-- makefixtures.cpp (see README.md); do not edit by hand.\n"
            << "BEGIN TRANSACTION;\n";
        // The schema as SQLite keeps it (ALTERed tables with their added
        // columns), in the order it was made; FTS5 makes its own shadow tables.
        QSet<QString> shadow;
        q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%'"));
        while (q.next())
            for (const char *suffix : {"_data", "_idx", "_content", "_docsize", "_config"})
                shadow.insert(q.value(0).toString() + QLatin1String(suffix));
        q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid"));
        while (q.next())
            if (!shadow.contains(q.value(0).toString()))
                out << q.value(1).toString() << ";\n";
        // The rows, as SQL literals (quote() round-trips every value); the
        // triggers index the settled messages and drafts as the app did.
        for (const QString &table : kTables) {
            const QStringList columns = columnsOf(db, table);
            if (columns.isEmpty())
                continue;
            QStringList quoted;
            for (const QString &c : columns)
                quoted << QStringLiteral("quote(%1)").arg(c);
            QSqlQuery r(db);
            r.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY rowid").arg(quoted.join(u','), table));
            while (r.next()) {
                QStringList values;
                for (int i = 0; i < columns.size(); ++i)
                    values << r.value(i).toString();
                out << "INSERT INTO " << table << " (" << columns.join(QStringLiteral(", ")) << ") VALUES ("
                    << values.join(QStringLiteral(", ")) << ");\n";
            }
        }
        out << "PRAGMA user_version = " << version << ";\n"
            << "COMMIT;\n";
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 2) {
        std::fprintf(stderr, "usage: %s tests/data/migrations\n", qPrintable(args.value(0)));
        return 2;
    }
    const int latest = int(schemaMigrations().size());
    for (int version = 1; version < latest; ++version) {
        if (!write(version, args.at(1))) {
            std::fprintf(stderr, "v%d.sql failed\n", version);
            return 1;
        }
        std::printf("v%d.sql\n", version);
    }
    return 0;
}
