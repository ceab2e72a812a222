// SPDX-License-Identifier: GPL-3.0-or-later
#include "importer.h"
#include "exchange/exchangetr.h"

#include "exchange/chatgptimport.h"
#include "exchange/jsonformat.h"
#include "store/conversationrepository.h"
#include "store/messagerepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlError>
#include <memory>
#include <zip.h>

namespace Inkwell {

namespace {


// Imports of up to this size are read whole; bigger files are refused with a
// clear message rather than exhausting memory (ChatGPT exports of heavy users
// run to a few hundred MB).
constexpr qint64 kMaxImportBytes = 1024LL * 1024 * 1024;

// ChatGPT mails its export as a zip; the conversations are its conversations.json.
Result<QByteArray> readFromZip(const QString &path)
{
    auto fail = [&](const QString &why) {
        return Result<QByteArray>::fail(Error::make(Error::Kind::Format, Exchange::tr("%1: %2").arg(path, why)));
    };
    int code = 0;
    zip_t *archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &code);
    if (!archive) {
        zip_error_t error;
        zip_error_init_with_code(&error, code);
        const QString why = QString::fromUtf8(zip_error_strerror(&error));
        zip_error_fini(&error);
        return fail(Exchange::tr("not a readable zip file (%1)").arg(why));
    }
    const std::unique_ptr<zip_t, int (*)(zip_t *)> closer(archive, zip_close);
    const zip_int64_t index = zip_name_locate(archive, "conversations.json", ZIP_FL_NOCASE | ZIP_FL_NODIR);
    if (index < 0)
        return fail(Exchange::tr("this zip has no conversations.json (is it ChatGPT's data export?)"));
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(archive, zip_uint64_t(index), 0, &stat) != 0 || !(stat.valid & ZIP_STAT_SIZE))
        return fail(QString::fromUtf8(zip_strerror(archive)));
    // The size the zip claims is checked before anything is inflated.
    if (stat.size > zip_uint64_t(kMaxImportBytes))
        return fail(Exchange::tr("conversations.json is larger than 1 GB; split it first"));
    zip_file_t *entry = zip_fopen_index(archive, zip_uint64_t(index), 0);
    if (!entry)
        return fail(QString::fromUtf8(zip_strerror(archive)));
    QByteArray bytes(qsizetype(stat.size), Qt::Uninitialized);
    const zip_int64_t got = zip_fread(entry, bytes.data(), stat.size);
    zip_fclose(entry);
    if (got < 0 || zip_uint64_t(got) != stat.size)
        return fail(Exchange::tr("conversations.json in the zip is damaged"));
    return {bytes, {}};
}

} // namespace

Result<QByteArray> readImportBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<QByteArray>::fail(Error::make(Error::Kind::Storage, Exchange::tr("Cannot read %1: %2").arg(path, file.errorString())));
    if (file.peek(4) == QByteArrayLiteral("PK\x03\x04")) {
        file.close();
        return readFromZip(path);
    }
    if (file.size() > kMaxImportBytes)
        return Result<QByteArray>::fail(Error::make(Error::Kind::Format, Exchange::tr("%1 is larger than 1 GB; split it first").arg(path)));
    return {file.readAll(), {}};
}

Result<ImportReport> storeSnapshots(const QSqlDatabase &constDb, const QList<Snapshot> &snapshots, bool dryRun)
{
    QSqlDatabase db = constDb;
    ImportReport report;
    if (!db.transaction())
        return Result<ImportReport>::fail(Error::make(Error::Kind::Storage, Exchange::tr("Cannot start the import: %1").arg(db.lastError().text())));
    ConversationRepository conversations(db);
    MessageRepository messages(db);
    auto failWith = [&](const Snapshot &s, const Error &e) {
        db.rollback();
        return Result<ImportReport>::fail(Error::make(
            e.kind, Exchange::tr("conversation ‘%1’: %2").arg(s.conversation.title.left(60), e.message)));
    };
    for (const Snapshot &s : snapshots) {
        if (!s.conversation.uid.isEmpty()) {
            const auto existing = conversations.findByUid(s.conversation.uid);
            if (!existing.ok())
                return failWith(s, existing.error);
            if (existing.value > 0) {
                ++report.skippedConversations;
                report.skippedMessages += int(s.messages.size());
                report.notes << Exchange::tr("‘%1’ is already here").arg(s.conversation.title);
                continue;
            }
        }
        Conversation c = s.conversation;
        c.currentLeafId = 0;  // set once its messages have their new ids
        const auto created = conversations.create(c);
        if (!created.ok())
            return failWith(s, created.error);
        QHash<qint64, qint64> newId;
        for (Message m : s.messages) {
            const qint64 oldId = m.id;
            m.conversationId = created.value;
            m.parentId = m.parentId > 0 ? newId.value(m.parentId, 0) : 0;
            const auto inserted = messages.insert(m);
            if (!inserted.ok())
                return failWith(s, inserted.error);
            newId.insert(oldId, inserted.value);
        }
        const qint64 leaf = newId.value(s.conversation.currentLeafId, s.messages.isEmpty() ? 0 : newId.value(s.messages.constLast().id));
        if (leaf > 0)
            if (const Error e = conversations.setCurrentLeaf(created.value, leaf, s.conversation.updatedAt); e.isError())
                return failWith(s, e);
        ++report.conversations;
        report.messages += int(s.messages.size());
    }
    const bool done = dryRun ? db.rollback() : db.commit();
    if (!done)
        return Result<ImportReport>::fail(Error::make(Error::Kind::Storage, Exchange::tr("Cannot finish the import: %1").arg(db.lastError().text())));
    return {report, {}};
}

Result<ImportReport> importFile(const QSqlDatabase &db, const QString &path, const QString &format, bool dryRun)
{
    const auto read = readImportBytes(path);
    if (!read.ok())
        return Result<ImportReport>::fail(read.error);
    const QByteArray &bytes = read.value;

    QString kind = format;
    if (kind.isEmpty())
        kind = JsonFormat::looksLikeArchive(bytes) ? QStringLiteral("inkwell")
             : ChatGptImport::looksLikeExport(bytes) ? QStringLiteral("chatgpt") : QString();
    auto named = [&](const Error &e) {
        return Result<ImportReport>::fail(Error::make(e.kind, Exchange::tr("%1: %2").arg(path, e.message)));
    };
    if (kind == u"inkwell") {
        auto parsed = JsonFormat::parse(bytes);
        if (!parsed.ok())
            return named(parsed.error);
        auto report = storeSnapshots(db, parsed.value, dryRun);
        if (!report.ok())
            return named(report.error);
        report.value.format = kind;
        return report;
    }
    if (kind == u"chatgpt") {
        auto parsed = ChatGptImport::parse(bytes);
        if (!parsed.ok())
            return named(parsed.error);
        auto report = storeSnapshots(db, parsed.value.conversations, dryRun);
        if (!report.ok())
            return named(report.error);
        report.value.format = kind;
        report.value.skippedConversations += int(parsed.value.skipped.size());
        report.value.skippedMessages += parsed.value.hiddenMessages;
        report.value.notes = parsed.value.skipped + report.value.notes;
        return report;
    }
    return named(Error::make(Error::Kind::Format, format.isEmpty()
        ? Exchange::tr("neither an Inkwell export nor a ChatGPT conversations.json")
        : Exchange::tr("unknown format ‘%1’ (inkwell or chatgpt)").arg(format)));
}

} // namespace Inkwell
