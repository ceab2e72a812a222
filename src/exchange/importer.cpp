// SPDX-License-Identifier: GPL-3.0-or-later
#include "importer.h"
#include "exchange/exchangetr.h"

#include "exchange/chatgptimport.h"
#include "exchange/jsonformat.h"
#include "exchange/jsonstream.h"
#include "store/conversationrepository.h"
#include "store/folderrepository.h"
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

// Room after the data for the JSON reader's padding, so it need not copy.
QByteArray paddedBuffer(qsizetype size)
{
    QByteArray bytes;
    bytes.reserve(size + JsonStream::kPadding);
    bytes.resize(size);
    return bytes;
}

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
    QByteArray bytes = paddedBuffer(qsizetype(stat.size));
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
    QByteArray bytes = paddedBuffer(file.size());
    if (file.read(bytes.data(), bytes.size()) != bytes.size())
        return Result<QByteArray>::fail(Error::make(Error::Kind::Storage, Exchange::tr("Cannot read %1: %2").arg(path, file.errorString())));
    return {bytes, {}};
}

namespace {

// One import: a transaction open from begin() to finish(), conversations
// stored one by one as the reader hands them over.
class Store
{
public:
    explicit Store(const QSqlDatabase &db)
        : m_db(db)
        , m_conversations(m_db)
        , m_messages(m_db)
    {
    }

    Error begin()
    {
        if (!m_db.transaction())
            return Error::make(Error::Kind::Storage, Exchange::tr("Cannot start the import: %1").arg(m_db.lastError().text()));
        return {};
    }

    Error take(const Snapshot &s)
    {
        const Error e = store(s);
        if (e.isError())
            return Error::make(e.kind, Exchange::tr("conversation ‘%1’: %2").arg(s.conversation.title.left(60), e.message));
        return {};
    }

    // Kept, or rolled back for a dry run: the report is the same either way.
    Result<ImportReport> finish(bool dryRun)
    {
        if (!(dryRun ? m_db.rollback() : m_db.commit()))
            return Result<ImportReport>::fail(Error::make(Error::Kind::Storage, Exchange::tr("Cannot finish the import: %1")
                                                                                    .arg(m_db.lastError().text())));
        return {report, {}};
    }

    void abandon() { m_db.rollback(); }

    ImportReport report;

private:
    Error store(const Snapshot &s)
    {
        if (!s.conversation.uid.isEmpty()) {
            const auto existing = m_conversations.findByUid(s.conversation.uid);
            if (!existing.ok())
                return existing.error;
            if (existing.value > 0) {
                ++report.skippedConversations;
                report.skippedMessages += int(s.messages.size());
                report.notes << Exchange::tr("‘%1’ is already here").arg(s.conversation.title);
                return {};
            }
        }
        Conversation c = s.conversation;
        c.currentLeafId = 0;  // set once its messages have their new ids
        c.folderId = 0;
        if (!s.folder.isEmpty()) {
            // Into the folder of that name, made when this store has none.
            FolderRepository folders(m_db);
            auto folder = folders.findByName(s.folder);
            if (folder.ok() && folder.value == 0)
                folder = folders.create(s.folder);
            if (!folder.ok())
                return folder.error;
            c.folderId = folder.value;
        }
        const auto created = m_conversations.create(c);
        if (!created.ok())
            return created.error;
        QHash<qint64, qint64> newId;
        for (Message m : s.messages) {
            const qint64 oldId = m.id;
            m.conversationId = created.value;
            m.parentId = m.parentId > 0 ? newId.value(m.parentId, 0) : 0;
            const auto inserted = m_messages.insert(m);
            if (!inserted.ok())
                return inserted.error;
            newId.insert(oldId, inserted.value);
        }
        const qint64 last = s.messages.isEmpty() ? 0 : newId.value(s.messages.constLast().id);
        const qint64 leaf = newId.value(s.conversation.currentLeafId, last);
        if (leaf > 0)
            if (const Error e = m_conversations.setCurrentLeaf(created.value, leaf, s.conversation.updatedAt); e.isError())
                return e;
        ++report.conversations;
        report.messages += int(s.messages.size());
        return {};
    }

    QSqlDatabase m_db;
    ConversationRepository m_conversations;
    MessageRepository m_messages;
};

} // namespace

Result<ImportReport> storeSnapshots(const QSqlDatabase &db, const QList<Snapshot> &snapshots, bool dryRun)
{
    Store store(db);
    if (const Error e = store.begin(); e.isError())
        return Result<ImportReport>::fail(e);
    for (const Snapshot &s : snapshots) {
        if (const Error e = store.take(s); e.isError()) {
            store.abandon();
            return Result<ImportReport>::fail(e);
        }
    }
    return store.finish(dryRun);
}

Result<ImportReport> importFile(const QSqlDatabase &db, const QString &path, const QString &format, bool dryRun)
{
    const auto read = readImportBytes(path);
    if (!read.ok())
        return Result<ImportReport>::fail(read.error);
    const QByteArray &bytes = read.value;
    auto named = [&](const Error &e) {
        return Result<ImportReport>::fail(Error::make(e.kind, Exchange::tr("%1: %2").arg(path, e.message)));
    };

    QString kind = format;
    if (kind.isEmpty())
        kind = JsonFormat::looksLikeArchive(bytes) ? QStringLiteral("inkwell")
             : ChatGptImport::looksLikeExport(bytes) ? QStringLiteral("chatgpt") : QString();
    if (kind != u"inkwell" && kind != u"chatgpt")
        return named(Error::make(Error::Kind::Format, format.isEmpty()
            ? Exchange::tr("neither an Inkwell export nor a ChatGPT conversations.json")
            : Exchange::tr("unknown format ‘%1’ (inkwell or chatgpt)").arg(format)));

    Store store(db);
    if (const Error e = store.begin(); e.isError())
        return named(e);
    auto take = [&store](Snapshot &&s) { return store.take(s); };
    Error failed;
    ChatGptImport::Stats stats;
    if (kind == u"inkwell") {
        failed = JsonFormat::parse(bytes, take);
    } else {
        auto parsed = ChatGptImport::parse(bytes, take);
        failed = parsed.error;
        stats = parsed.value;
    }
    if (failed.isError()) {
        store.abandon();
        return named(failed);
    }
    auto report = store.finish(dryRun);
    if (!report.ok())
        return named(report.error);
    report.value.format = kind;
    report.value.skippedConversations += int(stats.skipped.size());
    report.value.skippedMessages += stats.hiddenMessages;
    report.value.notes = stats.skipped + report.value.notes;
    return report;
}

} // namespace Inkwell
