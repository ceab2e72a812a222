// SPDX-License-Identifier: GPL-3.0-or-later
#include "conversationscommand.h"

#include "attachments/attachmentfile.h"
#include "cli/clicontext.h"
#include "cli/jsonout.h"
#include "store/conversationrepository.h"
#include "store/folderrepository.h"
#include "store/messagerepository.h"

#include <QDateTime>

#include <nlohmann/json.hpp>

namespace Inkwell::Cli {

using nlohmann::json;

namespace {

// "[image IMG_0001.jpg 58×493 4.1 kB]", "[document report.pdf 17 pages 137 kB]".
QString attachmentLine(const Attachment &a)
{
    QString line = u'[' + (a.isImage() ? QStringLiteral("image ") : QStringLiteral("document ")) + a.name;
    if (a.isImage() && a.width > 0 && a.height > 0)
        line += QStringLiteral(" %1×%2").arg(a.width).arg(a.height);
    if (a.pages > 0)
        line += a.pages == 1 ? QStringLiteral(" 1 page") : QStringLiteral(" %1 pages").arg(a.pages);
    line += u' ' + formatSize(a.size);
    if (a.native)
        line += QStringLiteral(", sent as the file itself");
    return line + u']';
}

// What a list of files says of each: not the bytes, nor a document's text
// (`inkwell-cli export --format json` has both).
json attachmentJson(const Attachment &a)
{
    return {{"name", a.name.toStdString()},
            {"kind", a.isImage() ? "image" : "document"},
            {"mime_type", a.mimeType.toStdString()},
            {"sha256", a.sha256.toStdString()},
            {"size", a.size},
            {"pages", a.pages},
            {"width", a.width},
            {"height", a.height},
            {"native", a.native}};
}

} // namespace

int listConversations(const QSqlDatabase &db, bool asJson)
{
    ConversationRepository repo(db);
    const auto list = repo.list();
    if (!list.ok()) {
        printError(list.error.message);
        return ExitCode::Backend;
    }
    QHash<qint64, QString> folderNames;
    for (const Folder &f : FolderRepository(db).list().value)
        folderNames.insert(f.id, f.name);
    if (asJson) {
        json arr = json::array();
        for (const Conversation &c : list.value)
            arr.push_back(
                {{"id", c.id},
                 {"title", c.title.toStdString()},
                 {"created_at", isoTime(c.createdAt)},
                 {"updated_at", isoTime(c.updatedAt)},
                 {"model", c.model.toStdString()},
                 {"folder", c.folderId > 0 ? json(folderNames.value(c.folderId).toStdString()) : json(nullptr)},
                 {"pinned", c.pinned}});
        writeJson(arr);
        return ExitCode::Ok;
    }
    for (const Conversation &c : list.value) {
        // The folder, when there is one, as a path before the title.
        const QString title = c.title.isEmpty() ? QStringLiteral("(untitled)") : c.title;
        const QString line
            = QStringLiteral("%1\t%2\t%3\n")
                  .arg(c.id)
                  .arg(QDateTime::fromMSecsSinceEpoch(c.updatedAt).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                       c.folderId > 0 ? folderNames.value(c.folderId) + u'/' + title : title);
        writeOut(line.toUtf8());
    }
    return ExitCode::Ok;
}

int showConversation(const QSqlDatabase &db, qint64 id, bool last, bool asJson)
{
    ConversationRepository convs(db);
    MessageRepository msgs(db);
    if (last) {
        const auto r = convs.lastId();
        if (!r.ok()) {
            printError(r.error.message);
            return ExitCode::Usage;
        }
        id = r.value;
    }
    const auto conv = convs.get(id);
    if (!conv.ok()) {
        printError(conv.error.message);
        return ExitCode::Usage;
    }
    auto branch = msgs.branch(conv.value.currentLeafId);
    if (!branch.ok()) {
        printError(branch.error.message);
        return ExitCode::Backend;
    }
    // Every message's files, not only the user's (an import may have given
    // answers some), without their bytes.
    if (const Error e = msgs.withAttachments(branch.value, /*withData=*/false, /*everyRole=*/true); e.isError()) {
        printError(e.message);
        return ExitCode::Backend;
    }
    if (asJson) {
        json arr = json::array();
        for (const Message &m : branch.value) {
            json j = {{"id", m.id},
                      {"role", roleText(m.role).toStdString()},
                      {"content", m.content.toStdString()},
                      {"status", statusText(m.status).toStdString()},
                      {"created_at", isoTime(m.createdAt)}};
            if (m.role == Chat::Role::Assistant) {
                j["model"] = (m.modelReported.isEmpty() ? m.modelRequested : m.modelReported).toStdString();
                j["finish_reason"] = m.finishReason.toStdString();
                if (!m.reasoning.isEmpty())
                    j["reasoning"] = m.reasoning.toStdString();
                if (!m.error.isEmpty())
                    j["error"] = m.error.toStdString();
            }
            json list = json::array();
            for (const Attachment &a : m.attachments)
                list.push_back(attachmentJson(a));
            j["attachments"] = std::move(list);
            arr.push_back(std::move(j));
        }
        writeJson({{"id", conv.value.id}, {"title", conv.value.title.toStdString()}, {"messages", std::move(arr)}});
        return ExitCode::Ok;
    }
    writeOut(QStringLiteral("# %1\n").arg(conv.value.title).toUtf8());
    for (const Message &m : branch.value) {
        QString head = QStringLiteral("\n[%1]").arg(roleText(m.role));
        if (m.status != Chat::Status::Complete)
            head += QStringLiteral(" (%1)").arg(statusText(m.status));
        writeOut((head + u'\n' + m.content + u'\n').toUtf8());
        for (const Attachment &a : m.attachments)
            writeOut((attachmentLine(a) + u'\n').toUtf8());
        if (!m.error.isEmpty())
            writeOut(QStringLiteral("! %1\n").arg(m.error).toUtf8());
    }
    return ExitCode::Ok;
}

} // namespace Inkwell::Cli
