// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonformat.h"

#include "exchange/jsonstream.h"

#include <QBuffer>
#include <QDateTime>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

#include <limits>
#include <optional>

namespace Inkwell::JsonFormat {

using json = nlohmann::ordered_json;

namespace {

std::string utf8(const QString &s)
{
    return s.toStdString();
}

QString qstr(const std::string &s)
{
    return QString::fromStdString(s);
}

json time(qint64 ms)
{
    if (ms <= 0)
        return nullptr;
    return utf8(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs));
}

json optional(qint64 v)
{
    return v < 0 ? json(nullptr) : json(v);
}

// Parameters are stored as JSON text; exported as the object they are.
json params(const QString &text)
{
    if (text.trimmed().isEmpty())
        return json::object();
    json v = json::parse(text.toStdString(), nullptr, false);
    return v.is_discarded() ? json(utf8(text)) : v;
}

// Reads fields with errors that say where: "messages[4].parent_id: expected …".
struct Reader {
    const json &object;
    QString path;

    const json *field(const char *name, bool required = true) const
    {
        auto it = object.find(name);
        if (it == object.end()) {
            if (required)
                throw Error::make(Error::Kind::Format,
                                  QStringLiteral("%1%2: missing").arg(prefix(), QLatin1String(name)));
            return nullptr;
        }
        return &*it;
    }
    [[nodiscard]] QString prefix() const { return path.isEmpty() ? QString() : path + u'.'; }
    [[noreturn]] void wrong(const char *name, const char *expected) const
    {
        throw Error::make(
            Error::Kind::Format,
            QStringLiteral("%1%2: expected %3").arg(prefix(), QLatin1String(name), QLatin1String(expected)));
    }
    QString text(const char *name, bool required = false) const
    {
        const json *v = field(name, required);
        if (!v || v->is_null())
            return {};
        if (!v->is_string())
            wrong(name, "a string");
        return qstr(v->get<std::string>());
    }
    qint64 integer(const char *name, qint64 none = -1) const
    {
        const json *v = field(name, false);
        if (!v || v->is_null())
            return none;
        if (!v->is_number_integer())
            wrong(name, "an integer or null");
        return v->get<qint64>();
    }
    double number(const char *name) const
    {
        const json *v = field(name, false);
        if (!v || v->is_null())
            return -1;
        if (!v->is_number())
            wrong(name, "a number or null");
        return v->get<double>();
    }
    qint64 timestamp(const char *name) const
    {
        const QString s = text(name);
        if (s.isEmpty())
            return 0;
        const QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
        if (!t.isValid())
            wrong(name, "an ISO 8601 date and time");
        return t.toMSecsSinceEpoch();
    }
    QString object_(const char *name) const
    {
        const json *v = field(name, false);
        if (!v || v->is_null())
            return {};
        if (v->is_string()) // kept as text when it was not JSON
            return qstr(v->get<std::string>());
        if (!v->is_object())
            wrong(name, "an object");
        return qstr(v->dump());
    }
};

// A message's files: what the store keeps of each (the prepared image, the
// document as it was with its text), the bytes as base64. The sha256 is
// checked against the bytes, so a damaged or edited archive is refused
// rather than stored under a name that is not its content's.
json attachmentToJson(const Attachment &a)
{
    return {
        {"name", utf8(a.name)},
        {"kind", a.isImage() ? "image" : "document"},
        {"mime_type", utf8(a.mimeType)},
        {"sha256", utf8(a.sha256.isEmpty() ? sha256Hex(a.data) : a.sha256)},
        {"size", qint64(a.data.size())},
        {"pages", a.pages},
        {"width", a.width},
        {"height", a.height},
        {"native", a.native},
        {"text", utf8(a.text)},
        {"data", a.data.toBase64().toStdString()},
    };
}

Attachment readAttachment(const json &v, const QString &path)
{
    if (!v.is_object())
        throw Error::make(Error::Kind::Format, QStringLiteral("%1: expected an object").arg(path));
    const Reader r {v, path};
    Attachment a;
    a.name = r.text("name", true);
    if (a.name.isEmpty())
        r.wrong("name", "a file name");
    const QString kind = r.text("kind", true);
    if (kind == u"image")
        a.kind = Attachment::Kind::Image;
    else if (kind == u"document")
        a.kind = Attachment::Kind::Document;
    else
        r.wrong("kind", "\"image\" or \"document\"");
    a.mimeType = r.text("mime_type", true);
    if (a.mimeType.isEmpty())
        r.wrong("mime_type", "a MIME type");
    a.text = r.text("text");
    auto count = [&](const char *name) {
        const qint64 n = r.integer(name, 0);
        if (n < 0 || n > std::numeric_limits<int>::max())
            r.wrong(name, "a count from 0");
        return int(n);
    };
    a.pages = count("pages");
    a.width = count("width");
    a.height = count("height");
    if (const json *native = r.field("native", false); native && !native->is_null()) {
        if (!native->is_boolean())
            r.wrong("native", "true or false");
        a.native = native->get<bool>();
    }
    const json *data = r.field("data");
    if (!data->is_string())
        r.wrong("data", "the file as base64");
    const std::string &base64 = data->get_ref<const std::string &>();
    auto decoded = QByteArray::fromBase64Encoding(QByteArray::fromRawData(base64.data(), qsizetype(base64.size())),
                                                  QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        throw Error::make(Error::Kind::Format, QStringLiteral("%1data: not valid base64").arg(r.prefix()));
    a.data = std::move(decoded.decoded);
    if (a.data.isEmpty())
        throw Error::make(Error::Kind::Format, QStringLiteral("%1data: the file is empty").arg(r.prefix()));
    a.size = a.data.size();
    if (const qint64 size = r.integer("size", -1); size >= 0 && size != a.size)
        throw Error::make(Error::Kind::Format,
                          QStringLiteral("%1size: %2, but the data is %3 bytes").arg(r.prefix()).arg(size).arg(a.size));
    const QString sha256 = r.text("sha256", true).toLower();
    a.sha256 = sha256Hex(a.data);
    if (sha256 != a.sha256)
        throw Error::make(
            Error::Kind::Format,
            QStringLiteral("%1sha256: does not match the data (the file is damaged or was changed)").arg(r.prefix()));
    return a;
}

Message readMessage(const json &m, const QString &path)
{
    if (!m.is_object())
        throw Error::make(Error::Kind::Format, QStringLiteral("%1: expected an object").arg(path));
    const Reader r {m, path};
    Message out;
    out.id = r.integer("id", 0);
    if (out.id <= 0)
        r.wrong("id", "a positive integer");
    out.parentId = r.integer("parent_id", 0);
    const QString role = r.text("role", true);
    if (role.isEmpty())
        r.wrong("role", "user, assistant, system or tool");
    // A word this version does not know is read as the model's, as the store does.
    out.role = roleFromText(role).value_or(Chat::Role::Assistant);
    out.content = r.text("content");
    out.reasoning = r.text("reasoning");
    const QString status = r.text("status");
    // Nothing streams in a file: an answer saved mid-stream was cut short.
    out.status = status.isEmpty() ? Chat::Status::Complete : statusFromText(status).value_or(Chat::Status::Complete);
    if (out.status == Chat::Status::Streaming)
        out.status = Chat::Status::Interrupted;
    out.error = r.text("error");
    out.choiceIndex = int(r.integer("choice_index", 0));
    out.profileName = r.text("profile");
    out.api = r.text("api");
    out.baseUrl = redactUrl(r.text("base_url"));
    out.modelRequested = r.text("model_requested");
    out.modelReported = r.text("model_reported");
    out.params = r.object_("params");
    out.finishReason = r.text("finish_reason");
    if (const json *usage = r.field("usage", false); usage && !usage->is_null()) {
        if (!usage->is_object())
            r.wrong("usage", "an object");
        const Reader u {*usage, r.prefix() + u"usage"};
        out.promptTokens = u.integer("prompt_tokens");
        out.completionTokens = u.integer("completion_tokens");
    }
    out.ttftMs = r.integer("ttft_ms");
    out.tokensPerSec = r.number("tokens_per_sec");
    out.createdAt = r.timestamp("created_at");
    out.updatedAt = r.timestamp("updated_at");
    if (const json *files = r.field("attachments", false); files && !files->is_null()) { // schema 2
        if (!files->is_array())
            r.wrong("attachments", "an array");
        for (size_t i = 0; i < files->size(); ++i)
            out.attachments << readAttachment((*files)[i], r.prefix() + QStringLiteral("attachments[%1]").arg(i));
    }
    return out;
}

Snapshot readConversation(const json &c, int index)
{
    QString path = QStringLiteral("conversations[%1]").arg(index);
    if (!c.is_object())
        throw Error::make(Error::Kind::Format, QStringLiteral("%1: expected an object").arg(path));
    // Errors inside name the conversation by its title too, as people know it.
    if (auto t = c.find("title"); t != c.end() && t->is_string())
        path += QStringLiteral(" (‘%1’)").arg(qstr(t->get<std::string>()).left(60));
    const Reader r {c, path};
    Snapshot s;
    s.conversation.uid = r.text("uid");
    s.conversation.title = r.text("title");
    s.conversation.createdAt = r.timestamp("created_at");
    s.conversation.updatedAt = r.timestamp("updated_at");
    s.conversation.currentLeafId = r.integer("current_leaf_id", 0);
    s.conversation.model = r.text("model");
    s.conversation.params = r.object_("params");
    if (s.conversation.params.isEmpty())
        s.conversation.params = QStringLiteral("{}");
    s.conversation.source = r.text("source");
    s.folder = r.text("folder").simplified();
    if (const json *pinned = r.field("pinned", false); pinned && !pinned->is_null()) {
        if (!pinned->is_boolean())
            r.wrong("pinned", "true or false");
        s.conversation.pinned = pinned->get<bool>();
    }
    const json *messages = r.field("messages");
    if (!messages->is_array())
        r.wrong("messages", "an array");
    QSet<qint64> seen;
    for (size_t i = 0; i < messages->size(); ++i) {
        const QString at = r.prefix() + QStringLiteral("messages[%1]").arg(i);
        Message m = readMessage((*messages)[i], at);
        if (seen.contains(m.id))
            throw Error::make(Error::Kind::Format, QStringLiteral("%1.id: %2 is used twice").arg(at).arg(m.id));
        if (m.parentId > 0 && !seen.contains(m.parentId))
            throw Error::make(Error::Kind::Format,
                              QStringLiteral("%1.parent_id: %2 is not an earlier message of this conversation")
                                  .arg(at)
                                  .arg(m.parentId));
        seen.insert(m.id);
        s.messages << m;
    }
    if (s.conversation.currentLeafId > 0 && !seen.contains(s.conversation.currentLeafId))
        throw Error::make(Error::Kind::Format,
                          QStringLiteral("%1current_leaf_id: %2 is not a message of this conversation")
                              .arg(r.prefix())
                              .arg(s.conversation.currentLeafId));
    return s;
}

} // namespace

QString redactUrl(const QString &url)
{
    if (url.isEmpty())
        return url;
    QUrl u(url);
    if (!u.isValid())
        return url;
    u.setUserInfo({});
    if (u.hasQuery()) {
        static const QRegularExpression secret(QStringLiteral("key|token|secret|sig|password"),
                                               QRegularExpression::CaseInsensitiveOption);
        QUrlQuery query(u);
        const auto items = query.queryItems();
        for (const auto &item : items)
            if (secret.match(item.first).hasMatch())
                query.removeAllQueryItems(item.first);
        u.setQuery(query);
    }
    return u.toString();
}

json conversationToJson(const Snapshot &s)
{
    json messages = json::array();
    for (const Message &m : s.messages) {
        json files = json::array();
        for (const Attachment &a : m.attachments)
            files.push_back(attachmentToJson(a));
        messages.push_back({
            {"id", m.id},
            {"parent_id", m.parentId > 0 ? json(m.parentId) : json(nullptr)},
            {"role", utf8(roleText(m.role))},
            {"content", utf8(m.content)},
            {"reasoning", utf8(m.reasoning)},
            {"status", utf8(statusText(m.status))},
            {"error", utf8(m.error)},
            {"choice_index", m.choiceIndex},
            {"profile", utf8(m.profileName)},
            {"api", utf8(m.api)},
            {"base_url", utf8(redactUrl(m.baseUrl))},
            {"model_requested", utf8(m.modelRequested)},
            {"model_reported", utf8(m.modelReported)},
            {"params", params(m.params)},
            {"finish_reason", utf8(m.finishReason)},
            {"usage",
             {{"prompt_tokens", optional(m.promptTokens)}, {"completion_tokens", optional(m.completionTokens)}}},
            {"ttft_ms", optional(m.ttftMs)},
            {"tokens_per_sec", m.tokensPerSec < 0 ? json(nullptr) : json(m.tokensPerSec)},
            {"created_at", time(m.createdAt)},
            {"updated_at", time(m.updatedAt)},
            {"attachments", std::move(files)},
        });
    }
    const Conversation &c = s.conversation;
    return {
        {"uid", utf8(c.uid)},
        {"title", utf8(c.title)},
        {"created_at", time(c.createdAt)},
        {"updated_at", time(c.updatedAt)},
        {"current_leaf_id", c.currentLeafId > 0 ? json(c.currentLeafId) : json(nullptr)},
        {"model", utf8(c.model)},
        {"params", params(c.params)},
        {"source", utf8(c.source)},
        {"folder", utf8(s.folder)},
        {"pinned", c.pinned},
        {"messages", std::move(messages)},
    };
}

QByteArray header()
{
    const json h = {
        {"format", kFormatName},
        {"schema_version", kSchemaVersion},
        {"app", "Inkwell " INKWELL_VERSION},
        {"exported_at", time(QDateTime::currentMSecsSinceEpoch())},
    };
    QByteArray text = QByteArray::fromStdString(h.dump(2));
    text.chop(2); // "\n}": the conversations follow
    return text + ",\n  \"conversations\": [\n";
}

QByteArray footer()
{
    return "\n  ]\n}\n";
}

bool looksLikeArchive(const QByteArray &bytes)
{
    return bytes.left(4096).contains(QByteArray(QByteArrayLiteral("\"") + kFormatName + '"'));
}

Error parse(JsonStream::Reader &reader, const Take &take)
{
    // The header may come before or after the conversations (another program
    // may write them in any order); it is checked as soon as it is known,
    // and a wrong one fails the whole import either way.
    std::optional<std::string> format;
    std::optional<qint64> version;
    bool checked = false;
    auto check = [&]() -> Error {
        checked = true;
        if (format.value_or(std::string()) != kFormatName)
            return Error::make(Error::Kind::Format,
                               QStringLiteral("format: expected \"%1\"").arg(QLatin1String(kFormatName)));
        const qint64 v = version.value_or(0);
        if (v < 1 || v > kSchemaVersion)
            return Error::make(Error::Kind::Format,
                               QStringLiteral("schema_version %1 is not one this version of Inkwell "
                                              "reads (1 to %2); a newer Inkwell wrote it?")
                                   .arg(v)
                                   .arg(kSchemaVersion));
        return {};
    };
    auto field = [&](std::string_view name, std::string_view raw) -> Error {
        const json value = json::parse(raw.begin(), raw.end(), nullptr, false);
        if (name == "format") {
            if (!value.is_string())
                return Error::make(Error::Kind::Format, QStringLiteral("format: expected a string"));
            format = value.get<std::string>();
        } else {
            if (!value.is_number_integer())
                return Error::make(Error::Kind::Format, QStringLiteral("schema_version: expected an integer"));
            version = value.get<qint64>();
        }
        return format && version ? check() : Error {};
    };
    Error e = reader.forEachInField(
        "conversations", {QByteArrayLiteral("format"), QByteArrayLiteral("schema_version")}, field,
        [&](std::string_view raw, size_t i) -> Error {
            const json c = json::parse(raw.begin(), raw.end(), nullptr, false);
            if (c.is_discarded())
                return Error::make(Error::Kind::Format, QStringLiteral("conversations[%1]: not valid JSON").arg(i));
            try {
                return take(readConversation(c, int(i)));
            } catch (const Error &wrong) {
                return wrong;
            }
        });
    if (e.isError())
        return e;
    return checked ? Error {} : check();
}

Error parse(const QByteArray &bytes, const Take &take)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    JsonStream::Reader reader(buffer);
    return parse(reader, take);
}

Result<QList<Snapshot>> parse(const QByteArray &bytes)
{
    QList<Snapshot> out;
    if (Error e = parse(bytes,
                        [&](Snapshot &&s) {
                            out << std::move(s);
                            return Error {};
                        });
        e.isError())
        return Result<QList<Snapshot>>::fail(e);
    return {out, {}};
}

} // namespace Inkwell::JsonFormat
