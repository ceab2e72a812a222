// SPDX-License-Identifier: GPL-3.0-or-later
#include "chatgptimport.h"

#include "exchange/exchangetr.h"
#include "exchange/importsource.h"
#include "exchange/jsonstream.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <cmath>
#include <nlohmann/json.hpp>
#include <optional>
#include <unordered_map>
#include <unordered_set>

namespace Inkwell::ChatGptImport {

using json = nlohmann::json;

namespace {

QString qstr(const json &v)
{
    return v.is_string() ? QString::fromStdString(v.get<std::string>()) : QString();
}

// Errors name the conversation and the field: people find it in their file.
struct Place {
    QString conversation;
    [[noreturn]] void fail(const QString &field, const char *expected) const
    {
        throw Error::make(
            Error::Kind::Format,
            QStringLiteral("conversation %1: %2: expected %3").arg(conversation, field, QLatin1String(expected)));
    }
};

qint64 seconds(const json &v, const Place &at, const QString &field)
{
    if (v.is_null())
        return 0;
    if (!v.is_number())
        at.fail(field, "a number of seconds or null");
    // Between 1970 and the year 3000; anything else is not a time.
    const double s = v.get<double>();
    if (!std::isfinite(s) || s < 0 || s > 32503680000.0)
        at.fail(field, "a time in seconds since 1970");
    return qint64(s * 1000.0);
}

QString placeholder(const QString &what)
{
    return u"[" + what + u"]";
}

// What one conversation's reading carries along: the hidden count, and
// where its files are.
struct Reading {
    const Files &files;
    Stats &stats;
    int hidden = 0;
    // Each file read and prepared once: an edited prompt's siblings carry
    // the same uploads (the copies share their bytes).
    QHash<QString, Result<Attachment>> brought;
};

// The files one message names — its image parts, and the uploads its
// metadata lists ({id, name, mime_type}) — brought from the export as they
// come, each once (an uploaded image is both). Each gives either an
// attachment or the placeholder that says why not.
class MessageFiles {
public:
    MessageFiles(Reading &reading, const json &metadata)
        : m_reading(reading)
    {
        const json listed = metadata.is_object() ? metadata.value("attachments", json()) : json();
        if (!listed.is_array())
            return;
        for (const json &a : listed)
            if (a.is_object())
                if (const QString id = qstr(a.value("id", json())); !id.isEmpty())
                    m_listed.append({id, qstr(a.value("name", json()))});
    }

    // An image part: empty when it is attached, else its placeholder.
    QString image(const QString &pointer)
    {
        if (!m_reading.files.source)
            return placeholder(Exchange::tr("Image not included: %1").arg(pointer));
        const QString id = ExportFiles::idOfPointer(pointer);
        QString name;
        for (const auto &[listedId, listedName] : std::as_const(m_listed))
            if (listedId == id)
                name = listedName;
        return bring(id, name, pointer, true);
    }

    // The listed uploads no part named: placeholders of those not attached.
    QStringList rest()
    {
        QStringList out;
        if (!m_reading.files.source)
            return out;
        for (const auto &[id, name] : std::as_const(m_listed))
            if (QString shown = bring(id, name, name.isEmpty() ? id : name, false); !shown.isEmpty())
                out << shown;
        return out;
    }

    QList<Attachment> attachments;

private:
    QString bring(const QString &id, const QString &listedName, const QString &what, bool image)
    {
        if (m_done.contains(id))
            return {};
        m_done.insert(id);
        Stats &stats = m_reading.stats;
        const auto file = m_reading.files.source->find(id);
        if (!file) {
            ++stats.filesMissing;
            return placeholder(image ? Exchange::tr("Image not in the export: %1").arg(what)
                                     : Exchange::tr("File not in the export: %1").arg(what));
        }
        const QString name = listedName.isEmpty() ? file->name : listedName;
        const AttachmentLimits &limits = m_reading.files.limits;
        auto brought = m_reading.brought.constFind(id);
        if (brought == m_reading.brought.cend()) {
            auto bytes = m_reading.files.source->read(*file, qMax(limits.maxImageBytes, limits.maxDocumentBytes));
            auto prepared
                = bytes.ok() ? attachmentFromBytes(bytes.value, name, limits) : Result<Attachment>::fail(bytes.error);
            if (!prepared.ok())
                stats.filesRefused << prepared.error.message;
            brought = m_reading.brought.insert(id, prepared);
        }
        if (!brought->ok())
            return placeholder(image ? Exchange::tr("Image not imported: %1").arg(brought->error.message)
                                     : Exchange::tr("File not imported: %1").arg(brought->error.message));
        // What an image part names must be one (text would be read as a document).
        if (image && !brought->value.isImage()) {
            stats.filesRefused << Exchange::tr("%1 is not an image").arg(name);
            return placeholder(Exchange::tr("Image not imported: %1").arg(stats.filesRefused.constLast()));
        }
        Attachment a = brought->value;
        a.name = name;
        attachments << std::move(a);
        ++stats.filesImported;
        return {};
    }

    Reading &m_reading;
    QList<QPair<QString, QString>> m_listed; // (id, name), in their order
    QSet<QString> m_done;
};

// What a message shows, as (content, reasoning). Unknown kinds say what they
// were instead of vanishing.
QPair<QString, QString> contentOf(const json &content, const Place &at, const QString &field, MessageFiles *files)
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
                else if (kind == u"image_asset_pointer") {
                    const QString pointer = qstr(part.value("asset_pointer", json()));
                    if (const QString shown = files ? files->image(pointer)
                                                    : placeholder(Exchange::tr("Image not included: %1").arg(pointer));
                        !shown.isEmpty())
                        out << shown;
                } else
                    out << placeholder(
                        Exchange::tr("%1 not included").arg(kind.isEmpty() ? Exchange::tr("Attachment") : kind));
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
                    out << QString(qstr(th.value("summary", json())) + u"\n\n" + qstr(th.value("content", json())))
                               .trimmed();
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
    return {placeholder(Exchange::tr("ChatGPT content of type “%1” not shown").arg(type))
                + (text.isEmpty() ? QString() : u'\n' + text),
            {}};
}

// A fence longer than any run of backticks in `body`, so the body can hold
// Markdown with code of its own (canvas documents do).
QString fenced(const QString &info, const QString &body)
{
    int longest = 0;
    int run = 0;
    for (const QChar c : body) {
        run = c == u'`' ? run + 1 : 0;
        longest = qMax(longest, run);
    }
    const QString fence(qMax(3, longest + 1), u'`');
    return fence + info + u'\n' + body + (body.endsWith(u'\n') ? QString() : QStringLiteral("\n")) + fence;
}

// Arguments that are JSON are shown indented, in the order they were written.
// Not when nested deeper than a person reads: printing recurses, and a
// string of a million '[' would overflow the stack (parsing does not).
QString prettyIfJson(const QString &text)
{
    int depth = 0;
    int deepest = 0;
    bool inString = false;
    for (qsizetype i = 0; i < text.size() && deepest <= 64; ++i) {
        const QChar c = text.at(i);
        if (inString) {
            if (c == u'\\')
                ++i;
            else if (c == u'"')
                inString = false;
        } else if (c == u'"') {
            inString = true;
        } else if (c == u'{' || c == u'[') {
            deepest = qMax(deepest, ++depth);
        } else if (c == u'}' || c == u']') {
            --depth;
        }
    }
    if (deepest > 64)
        return text;
    const std::string raw = text.toStdString();
    const auto parsed = nlohmann::ordered_json::parse(raw, nullptr, false);
    if (parsed.is_discarded() || !(parsed.is_object() || parsed.is_array()))
        return text;
    return QString::fromStdString(parsed.dump(2));
}

// ChatGPT marks citations with private-use characters: U+E200 opens, U+E202
// separates, U+E201 closes ("\ue200cite\ue202turn0search3\ue201"). The
// message's content_references say what each one stands for (`alt`, a
// Markdown link); an entity reference stands for its name. Nothing of the
// markers is left to draw as boxes.
QString withCitations(QString text, const json &metadata)
{
    if (!text.contains(QChar(0xE200)) && !text.contains(QChar(0xE201)) && !text.contains(QChar(0xE202)))
        return text;
    if (metadata.is_object())
        if (const auto refs = metadata.find("content_references"); refs != metadata.end() && refs->is_array())
            for (const json &ref : *refs) {
                if (!ref.is_object())
                    continue;
                const QString matched = qstr(ref.value("matched_text", json()));
                if (matched.isEmpty() || !matched.contains(QChar(0xE200)))
                    continue;
                text.replace(matched, qstr(ref.value("alt", json())));
            }
    static const QRegularExpression marker(QStringLiteral("\\x{E200}([^\\x{E201}\\x{E200}]*)\\x{E201}"));
    QString out;
    qsizetype at = 0;
    for (auto it = marker.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out += QStringView(text).mid(at, m.capturedStart() - at);
        at = m.capturedEnd();
        const QStringList fields = m.captured(1).split(QChar(0xE202));
        QString shown;
        if (fields.size() >= 2 && fields.first() == u"entity") {
            const json entity = json::parse(fields.at(1).toStdString(), nullptr, false);
            if (entity.is_array() && entity.size() >= 2 && entity[1].is_string())
                shown = qstr(entity[1]);
        }
        // A marker dropped before punctuation takes its space with it
        // ("shallows \ue200…\ue201." → "shallows.").
        static const QString punctuation = QStringLiteral(".,;:!?)。，；：！？）");
        if (shown.isEmpty() && at < text.size() && punctuation.contains(text.at(at)))
            while (out.endsWith(u' '))
                out.chop(1);
        out += shown;
    }
    out += QStringView(text).mid(at);
    out.remove(QChar(0xE200));
    out.remove(QChar(0xE201));
    out.remove(QChar(0xE202));
    return out;
}

// One node's message, or nothing when it is not shown (hidden system and
// context messages, empty ones, roles we do not keep).
std::optional<Message> readMessage(const json &message, const Place &at, const QString &field, qint64 conversationTime,
                                   Reading &reading)
{
    if (message.is_null())
        return std::nullopt;
    if (!message.is_object())
        at.fail(field + u".message", "an object or null");
    const json author = message.value("author", json::object());
    const std::optional<Chat::Role> known
        = roleFromText(author.is_object() ? qstr(author.value("role", json())) : QString());
    const json metadata = message.value("metadata", json::object());
    const bool flaggedHidden
        = metadata.is_object() && metadata.value("is_visually_hidden_from_conversation", false) == true;
    const json content = message.value("content", json::object());
    const QString type = content.is_object() ? qstr(content.value("content_type", json())) : QString();
    const bool hidden
        = flaggedHidden || type == u"user_editable_context" || type == u"model_editable_context" || !known;
    // A hidden message's files are not looked for.
    std::optional<MessageFiles> files;
    if (!hidden)
        files.emplace(reading, metadata);
    auto [text, reasoning] = contentOf(content, at, field + u".message.content", files ? &*files : nullptr);
    if (files)
        if (const QStringList rest = files->rest(); !rest.isEmpty())
            text += (text.isEmpty() ? QString() : QStringLiteral("\n\n")) + rest.join(QStringLiteral("\n\n"));
    const bool empty
        = text.trimmed().isEmpty() && reasoning.trimmed().isEmpty() && (!files || files->attachments.isEmpty());
    if (hidden || empty) {
        ++reading.hidden;
        return std::nullopt;
    }
    const Chat::Role role = *known;
    Message m;
    m.role = role;
    // A turn addressed to a tool (canvas, code, search) is a call with its
    // arguments, and a tool's turn is its result: each a folded block, never
    // prose (Markdown would eat the backslashes of the JSON).
    const QString recipient = qstr(message.value("recipient", json()));
    if (role == Chat::Role::Assistant && !recipient.isEmpty() && recipient != u"all") {
        const QString body = type == u"code" ? qstr(content.value("text", json())) : text;
        text
            = fenced(u"tool-call " + recipient,
                     type == u"code" && qstr(content.value("language", json())) != u"json" ? body : prettyIfJson(body));
    } else if (role == Chat::Role::Tool) {
        const QString name = author.is_object() ? qstr(author.value("name", json())) : QString();
        const QString body = type == u"execution_output" ? qstr(content.value("text", json())) : text;
        // A tool's images alone (an image generator's) are its result.
        if (!body.isEmpty() || files->attachments.isEmpty())
            text = fenced(u"tool-result " + (name.isEmpty() ? QStringLiteral("tool") : name), prettyIfJson(body));
    } else if (role == Chat::Role::Assistant) {
        text = withCitations(text, metadata);
    }
    m.content = text;
    m.reasoning = reasoning;
    m.attachments = std::move(files->attachments);
    m.createdAt = seconds(message.value("create_time", json()), at, field + u".message.create_time");
    if (m.createdAt == 0)
        m.createdAt = conversationTime;
    m.updatedAt = m.createdAt;
    if (metadata.is_object()) {
        m.modelReported = qstr(metadata.value("model_slug", json()));
        const json finish = metadata.value("finish_details", json());
        if (finish.is_object())
            m.finishReason = qstr(finish.value("type", json()));
    }
    if (qstr(message.value("status", json())) == u"in_progress" || m.finishReason == u"interrupted")
        m.status = Chat::Status::Interrupted;
    return m;
}

Snapshot readConversation(const json &entry, const QString &id, const QString &title, Reading &reading)
{
    const Place at {QStringLiteral("‘%1’ (%2)").arg(title.left(60), id)};
    Snapshot s;
    s.conversation.uid = id;
    s.conversation.source = QStringLiteral("chatgpt");
    s.conversation.title = title;
    s.conversation.createdAt = seconds(entry.value("create_time", json()), at, QStringLiteral("create_time"));
    s.conversation.updatedAt = seconds(entry.value("update_time", json()), at, QStringLiteral("update_time"));

    const json &mapping = entry["mapping"];
    if (!mapping.is_object())
        at.fail(QStringLiteral("mapping"), "an object");

    // The tree. Older exports give each node its `children` and its
    // `parent`; the split files of 2026 give only `parent`. A node's parent
    // link decides where it hangs; `children` lists give the order of
    // siblings (ChatGPT's), and adopt a node that names no parent.
    struct Node {
        std::string key;
        const json *value = nullptr;
        double time = 0;
        std::string parent;
        std::vector<std::string> listed;
    };
    std::unordered_map<std::string, Node> nodes;
    for (auto it = mapping.begin(); it != mapping.end(); ++it) {
        const QString field = u"mapping." + QString::fromStdString(it.key());
        if (!it->is_object())
            at.fail(field, "an object");
        Node n {it.key(), &*it, 0, {}, {}};
        const json parent = it->value("parent", json());
        if (parent.is_string() && mapping.contains(parent.get<std::string>()) && parent.get<std::string>() != it.key())
            n.parent = parent.get<std::string>();
        const json children = it->value("children", json::array());
        if (!children.is_array() && !children.is_null())
            at.fail(field + u".children", "an array");
        if (children.is_array())
            for (const json &c : children) {
                if (!c.is_string())
                    at.fail(field + u".children", "an array of node ids");
                if (mapping.contains(c.get<std::string>()))
                    n.listed.push_back(c.get<std::string>());
            }
        const json message = it->value("message", json());
        if (message.is_object() && message.value("create_time", json()).is_number())
            n.time = message["create_time"].get<double>();
        nodes.emplace(it.key(), std::move(n));
    }
    for (auto &[key, n] : nodes)
        for (const std::string &child : n.listed)
            if (Node &c = nodes[child]; c.parent.empty() && child != key)
                c.parent = key;
    std::unordered_map<std::string, std::vector<std::string>> children;
    std::vector<std::string> roots;
    for (const auto &[key, n] : nodes)
        (n.parent.empty() ? roots : children[n.parent]).push_back(key);
    auto byTime = [&](std::vector<std::string> &keys, const std::vector<std::string> &listed) {
        std::stable_sort(keys.begin(), keys.end(), [&](const std::string &a, const std::string &b) {
            const auto ia = std::find(listed.begin(), listed.end(), a);
            const auto ib = std::find(listed.begin(), listed.end(), b);
            if (ia != ib)
                return ia < ib; // listed ones first, in their order
            const Node &na = nodes.at(a);
            const Node &nb = nodes.at(b);
            return na.time != nb.time ? na.time < nb.time : a < b;
        });
    };
    byTime(roots, {});
    for (auto &[key, list] : children)
        byTime(list, nodes.at(key).listed);

    QHash<QString, qint64> shownAs; // node id → message id of the nearest shown node
    std::unordered_set<std::string> visited;
    qint64 nextId = 1;
    QList<QPair<std::string, qint64>> stack;
    auto visit = [&](const std::string &start) {
        stack.append({start, 0});
        while (!stack.isEmpty()) {
            const auto [key, parentId] = stack.takeLast();
            if (!visited.insert(key).second)
                continue; // listed twice
            const json &node = *nodes.at(key).value;
            const QString field = u"mapping." + QString::fromStdString(key);
            qint64 mine = parentId;
            if (auto m = readMessage(node.value("message", json()), at, field, s.conversation.createdAt, reading)) {
                m->id = nextId++;
                m->parentId = parentId;
                mine = m->id;
                s.messages << *m;
            }
            shownAs.insert(QString::fromStdString(key), mine);
            const auto kids = children.find(key);
            if (kids != children.end())
                for (auto c = kids->second.crbegin(); c != kids->second.crend(); ++c)
                    stack.append({*c, mine});
        }
    };
    for (const std::string &root : roots)
        visit(root);
    // Nodes in a loop of parent links reach no root: each loop starts at its
    // earliest node, so no message is left behind.
    if (visited.size() < nodes.size()) {
        std::vector<std::string> rest;
        for (const auto &[key, n] : nodes)
            if (!visited.count(key))
                rest.push_back(key);
        byTime(rest, {});
        for (const std::string &key : rest)
            visit(key);
    }
    s.conversation.currentLeafId = shownAs.value(qstr(entry.value("current_node", json())), 0);
    if (s.conversation.updatedAt == 0)
        s.conversation.updatedAt = s.conversation.createdAt;
    return s;
}

} // namespace

bool looksLikeExport(const QByteArray &head)
{
    const QByteArray start = head.left(65536);
    const qsizetype bracket = start.indexOf('[');
    return bracket >= 0 && start.left(bracket).trimmed().replace("\xEF\xBB\xBF", "").isEmpty()
        && start.contains("\"mapping\"");
}

namespace {

Error parseEntry(std::string_view raw, size_t i, Stats &stats, const Files &files, const Take &take)
{
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
        Reading reading {files, stats, 0, {}};
        Snapshot s = readConversation(entry, id, title, reading);
        const int hidden = reading.hidden;
        stats.hiddenMessages += hidden;
        // A conversation is never stored as an empty shell.
        if (s.messages.isEmpty()) {
            stats.skipped
                << Exchange::tr("‘%1’: nothing to show in it (%n hidden message(s))", nullptr, hidden).arg(title);
            return {};
        }
        return take(std::move(s));
    } catch (const Error &error) {
        return error;
    }
}

} // namespace

Result<Stats> parse(JsonStream::Reader &reader, const Take &take, const Files &files)
{
    Stats stats;
    const Error e
        = reader.forEachInArray([&](std::string_view raw, size_t i) { return parseEntry(raw, i, stats, files, take); });
    if (e.isError())
        return Result<Stats>::fail(e);
    return {stats, {}};
}

Result<Stats> parse(const QByteArray &bytes, const Take &take, const Files &files)
{
    // A friendly word for the common mistake of giving another JSON file.
    if (bytes.left(1024).trimmed().startsWith('{'))
        return Result<Stats>::fail(Error::make(
            Error::Kind::Format, Exchange::tr("not a ChatGPT conversations.json: expected an array of conversations")));
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    JsonStream::Reader reader(buffer);
    return parse(reader, take, files);
}

} // namespace Inkwell::ChatGptImport
