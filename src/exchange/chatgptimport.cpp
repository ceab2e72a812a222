// SPDX-License-Identifier: GPL-3.0-or-later
#include "chatgptimport.h"
#include "exchange/exchangetr.h"

#include "exchange/jsonstream.h"

#include <QCoreApplication>
#include <QSet>
#include <nlohmann/json.hpp>

namespace Inkwell::ChatGptImport {

using json = nlohmann::json;

namespace {

QString qstr(const json &v)
{
    return v.is_string() ? QString::fromStdString(v.get<std::string>()) : QString();
}


// Errors name the conversation and the field: people find it in their file.
struct Place
{
    QString conversation;
    [[noreturn]] void fail(const QString &field, const char *expected) const
    {
        throw Error::make(Error::Kind::Format, QStringLiteral("conversation %1: %2: expected %3")
                                                   .arg(conversation, field, QLatin1String(expected)));
    }
};

qint64 seconds(const json &v, const Place &at, const QString &field)
{
    if (v.is_null())
        return 0;
    if (!v.is_number())
        at.fail(field, "a number of seconds or null");
    return qint64(v.get<double>() * 1000.0);
}

QString placeholder(const QString &what)
{
    return u"[" + what + u"]";
}

// What a message shows, as (content, reasoning). Unknown kinds say what they
// were instead of vanishing.
QPair<QString, QString> contentOf(const json &content, const Place &at, const QString &field)
{
    if (!content.is_object())
        at.fail(field, "an object");
    const QString type = qstr(content.value("content_type", json()));
    auto partsText = [&](bool multimodal) {
        QStringList out;
        const auto parts = content.find("parts");
        if (parts == content.end() || parts->is_null())
            return QString();
        if (!parts->is_array())
            at.fail(field + u".parts", "an array");
        for (const json &part : *parts) {
            if (part.is_string()) {
                if (!part.get<std::string>().empty())
                    out << qstr(part);
            } else if (part.is_object()) {
                const QString kind = qstr(part.value("content_type", json()));
                if (kind == u"audio_transcription" && part.contains("text"))
                    out << qstr(part["text"]);
                else if (kind == u"image_asset_pointer")
                    out << placeholder(Exchange::tr("Image not included: %1").arg(qstr(part.value("asset_pointer", json()))));
                else
                    out << placeholder(Exchange::tr("%1 not included").arg(kind.isEmpty() ? Exchange::tr("Attachment") : kind));
            } else if (!part.is_null() || !multimodal) {
                at.fail(field + u".parts", "strings or objects");
            }
        }
        return out.join(QStringLiteral("\n\n"));
    };

    if (type == u"text" || type == u"multimodal_text")
        return {partsText(type == u"multimodal_text"), {}};
    if (type == u"code") {
        const QString language = qstr(content.value("language", json()));
        return {u"```" + (language == u"unknown" ? QString() : language) + u'\n' + qstr(content.value("text", json()))
                    + u"\n```",
                {}};
    }
    if (type == u"execution_output")
        return {Exchange::tr("Output:") + u"\n```\n" + qstr(content.value("text", json())) + u"\n```", {}};
    if (type == u"thoughts") {
        QStringList out;
        if (const auto t = content.find("thoughts"); t != content.end() && t->is_array())
            for (const json &th : *t)
                if (th.is_object())
                    out << QString(qstr(th.value("summary", json())) + u"\n\n" + qstr(th.value("content", json()))).trimmed();
        return {{}, out.join(QStringLiteral("\n\n"))};
    }
    if (type == u"reasoning_recap")
        return {{}, qstr(content.value("content", json()))};
    if (type == u"tether_quote")
        return {u"> " + qstr(content.value("text", json())).replace(u'\n', QStringLiteral("\n> ")) + u"\n\n— "
                    + qstr(content.value("title", json())) + u' ' + qstr(content.value("url", json())),
                {}};
    if (type == u"tether_browsing_display")
        return {placeholder(Exchange::tr("Browsing result")) + u'\n' + qstr(content.value("result", json())), {}};
    if (type == u"system_error")
        return {placeholder(Exchange::tr("Error: %1").arg(qstr(content.value("text", json())))), {}};
    // Unknown: keep any text it carries, and say what it was.
    QString text = partsText(true);
    if (text.isEmpty())
        text = qstr(content.value("text", json()));
    return {placeholder(Exchange::tr("ChatGPT content of type “%1” not shown").arg(type)) + (text.isEmpty() ? QString() : u'\n' + text),
            {}};
}

Snapshot readConversation(const json &entry, const QString &id, const QString &title, int &hidden)
{
    const Place at{QStringLiteral("‘%1’ (%2)").arg(title.left(60), id)};
    Snapshot s;
    s.conversation.uid = id;
    s.conversation.source = QStringLiteral("chatgpt");
    s.conversation.title = title;
    s.conversation.createdAt = seconds(entry.value("create_time", json()), at, QStringLiteral("create_time"));
    s.conversation.updatedAt = seconds(entry.value("update_time", json()), at, QStringLiteral("update_time"));

    const json &mapping = entry["mapping"];
    if (!mapping.is_object())
        at.fail(QStringLiteral("mapping"), "an object");
    // Walk from the roots through `children`, so parents come first and
    // siblings keep ChatGPT's order.
    QList<std::string> roots;
    for (auto it = mapping.begin(); it != mapping.end(); ++it) {
        if (!it->is_object())
            at.fail(u"mapping." + QString::fromStdString(it.key()), "an object");
        const json parent = it->value("parent", json());
        if (parent.is_null() || !parent.is_string() || !mapping.contains(parent.get<std::string>()))
            roots << it.key();
    }
    QHash<QString, qint64> shownAs;  // node id → message id of the nearest shown node
    QSet<std::string> visited;
    qint64 nextId = 1;
    QList<QPair<std::string, qint64>> stack;
    for (auto r = roots.crbegin(); r != roots.crend(); ++r)
        stack.append({*r, 0});
    while (!stack.isEmpty()) {
        const auto [key, parentId] = stack.takeLast();
        if (visited.contains(key))
            continue;  // a cycle or a node listed twice
        visited.insert(key);
        const json &node = mapping[key];
        const QString field = u"mapping." + QString::fromStdString(key);
        qint64 mine = parentId;
        const json message = node.value("message", json());
        if (!message.is_null()) {
            if (!message.is_object())
                at.fail(field + u".message", "an object or null");
            const json author = message.value("author", json::object());
            const QString role = author.is_object() ? qstr(author.value("role", json())) : QString();
            const json metadata = message.value("metadata", json::object());
            const bool flaggedHidden = metadata.is_object()
                                       && metadata.value("is_visually_hidden_from_conversation", false) == true;
            const json content = message.value("content", json::object());
            const QString type = content.is_object() ? qstr(content.value("content_type", json())) : QString();
            auto [text, reasoning] = contentOf(content, at, field + u".message.content");
            const bool empty = text.trimmed().isEmpty() && reasoning.trimmed().isEmpty();
            if (flaggedHidden || empty || type == u"user_editable_context"
                || (role != u"user" && role != u"assistant" && role != u"system" && role != u"tool")) {
                ++hidden;
            } else {
                Message m;
                m.id = nextId++;
                m.parentId = parentId;
                m.role = role;
                m.content = text;
                m.reasoning = reasoning;
                m.createdAt = seconds(message.value("create_time", json()), at, field + u".message.create_time");
                if (m.createdAt == 0)
                    m.createdAt = s.conversation.createdAt;
                m.updatedAt = m.createdAt;
                if (metadata.is_object()) {
                    m.modelReported = qstr(metadata.value("model_slug", json()));
                    const json finish = metadata.value("finish_details", json());
                    if (finish.is_object())
                        m.finishReason = qstr(finish.value("type", json()));
                }
                if (qstr(message.value("status", json())) == u"in_progress" || m.finishReason == u"interrupted")
                    m.status = QStringLiteral("interrupted");
                s.messages << m;
                mine = m.id;
            }
        }
        shownAs.insert(QString::fromStdString(key), mine);
        const json children = node.value("children", json::array());
        if (!children.is_array())
            at.fail(field + u".children", "an array");
        for (auto c = children.crbegin(); c != children.crend(); ++c) {
            if (!c->is_string())
                at.fail(field + u".children", "an array of node ids");
            if (mapping.contains(c->get<std::string>()))
                stack.append({c->get<std::string>(), mine});
        }
    }
    s.conversation.currentLeafId = shownAs.value(qstr(entry.value("current_node", json())), 0);
    if (s.conversation.updatedAt == 0)
        s.conversation.updatedAt = s.conversation.createdAt;
    return s;
}

} // namespace

bool looksLikeExport(const QByteArray &bytes)
{
    const QByteArray head = bytes.left(65536);
    return head.trimmed().startsWith('[') && head.contains("\"mapping\"");
}

Result<Stats> parse(const QByteArray &bytes, const Take &take)
{
    // A friendly word for the common mistake of giving another JSON file.
    const QByteArray head = bytes.left(1024).trimmed();
    if (head.startsWith('{'))
        return Result<Stats>::fail(Error::make(Error::Kind::Format,
            Exchange::tr("not a ChatGPT conversations.json: expected an array of conversations")));
    Stats stats;
    const Error e = JsonStream::forEachInArray(bytes, [&](std::string_view raw, size_t i) -> Error {
        const json entry = json::parse(raw.begin(), raw.end(), nullptr, false);
        if (entry.is_discarded())
            return Error::make(Error::Kind::Format, Exchange::tr("entry %1: not valid JSON").arg(i));
        if (!entry.is_object()) {
            stats.skipped << Exchange::tr("entry %1: not a conversation").arg(i);
            return {};
        }
        const QString title = qstr(entry.value("title", json()));
        QString id = qstr(entry.value("conversation_id", json()));
        if (id.isEmpty())
            id = qstr(entry.value("id", json()));
        if (id.isEmpty()) {
            stats.skipped << Exchange::tr("entry %1 (‘%2’): no conversation id").arg(i).arg(title);
            return {};
        }
        if (!entry.contains("mapping") || entry["mapping"].is_null()) {
            stats.skipped << Exchange::tr("entry %1 (‘%2’): no messages (mapping)").arg(i).arg(title);
            return {};
        }
        try {
            return take(readConversation(entry, id, title, stats.hiddenMessages));
        } catch (const Error &error) {
            return error;
        }
    });
    if (e.isError())
        return Result<Stats>::fail(e);
    return {stats, {}};
}

} // namespace Inkwell::ChatGptImport
