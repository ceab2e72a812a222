// SPDX-License-Identifier: GPL-3.0-or-later
#include "importer.h"

#include "core/logging.h"
#include "exchange/chatgptimport.h"
#include "exchange/exchangetr.h"
#include "exchange/importsource.h"
#include "exchange/jsonformat.h"
#include "exchange/jsonstream.h"
#include "store/conversationrepository.h"
#include "store/folderrepository.h"
#include "store/messagerepository.h"
#include "store/sqlhelpers.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace Inkwell {

qint64 ImportProgress::msLeft() const
{
    if (bytesTotal <= 0 || bytesDone <= 0 || elapsedMs < 500 || bytesDone >= bytesTotal)
        return bytesDone >= bytesTotal && bytesTotal > 0 ? 0 : -1;
    return qint64(double(elapsedMs) * double(bytesTotal - bytesDone) / double(bytesDone));
}

QString durationText(qint64 ms)
{
    const qint64 s = (ms + 999) / 1000;
    if (s >= 3600)
        return Exchange::tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
    if (s >= 60)
        return Exchange::tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    return Exchange::tr("%n s", nullptr, int(s));
}

namespace {

// One import, stored in batches: each batch is a transaction of its own, so
// that the window can write between them (a long import never holds the
// database); a failure or a Cancel removes what earlier batches stored, so
// nothing is left half imported. A dry run writes nothing and only looks up
// what is already here.
//
// The search index is not written while importing: FTS5's trigram index
// would be two thirds of an import's time. Each batch's messages are listed
// in search_pending instead, and SearchIndex::catchUp() indexes them
// afterwards (in bulk, nearly three times as fast as one by one through the
// insert trigger); the window does it in the background, the CLI before it
// exits. The insert trigger is dropped inside the batch's transaction and
// made again, from its own stored SQL, before the commit: nobody else ever
// sees it missing.
class Store {
public:
    Store(const QSqlDatabase &db, bool dryRun)
        : m_db(db)
        , m_dryRun(dryRun)
        , m_conversations(m_db)
        , m_messages(m_db)
    {
    }

    Error begin()
    {
        if (m_dryRun)
            return {};
        {
            QSqlQuery q(m_db);
            // A larger page cache for this connection spares re-reading the
            // index's pages (32 MB, bounded whatever the import's size).
            q.exec(QStringLiteral("PRAGMA cache_size = -32768"));
            if (!q.exec(
                    QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'messages_ai'")))
                return storageError(q.lastError().text());
            if (q.next())
                m_indexTrigger = q.value(0).toString();
        } // the read is over before the batch takes the write lock
        return beginBatch();
    }

    Error take(const Snapshot &s)
    {
        Error e = store(s);
        if (e.isError())
            return Error::make(e.kind,
                               Exchange::tr("conversation ‘%1’: %2").arg(s.conversation.title.left(60), e.message));
        if (!m_dryRun && (m_batchMessages >= kBatchMessages || m_batchBytes >= kBatchBytes)) {
            if (Error committed = commitBatch(); committed.isError())
                return committed;
            return beginBatch();
        }
        return {};
    }

    Result<ImportReport> finish()
    {
        if (!m_dryRun)
            if (Error e = commitBatch(); e.isError())
                return Result<ImportReport>::fail(abandon(e));
        return {report, {}};
    }

    // What this import stored goes again: its messages (by the ids its
    // batches took), the conversations and folders it made. A conversation
    // the user wrote in meanwhile (the sidebar shows each batch as it is
    // committed) is kept, with everything in it. Returns `why`, with what
    // could not be undone if anything.
    Error abandon(const Error &why)
    {
        if (m_dryRun)
            return why;
        if (m_inBatch)
            m_db.rollback();
        m_inBatch = false;
        if (m_ranges.isEmpty())
            return why;
        QStringList ours;
        for (const auto &[after, upTo] : std::as_const(m_ranges))
            ours << QStringLiteral("(id > %1 AND id <= %2)").arg(after).arg(upTo);
        const QString mine = ours.join(QStringLiteral(" OR "));
        QStringList failed;
        int kept = 0;
        if (!Sql::beginWrite(m_db))
            return Error::make(
                why.kind,
                why.message + u' '
                    + Exchange::tr("What was already imported could not be removed: %1").arg(m_db.lastError().text()));
        QSqlQuery q(m_db);
        auto run = [&](const QString &sql, qint64 id) {
            q.prepare(sql);
            q.addBindValue(id);
            if (!q.exec())
                failed << q.lastError().text();
            return q.next() ? q.value(0).toLongLong() : 0;
        };
        for (qint64 id : m_created + m_filled) {
            if (run(QStringLiteral("SELECT count(*) FROM messages WHERE conversation_id = ? AND NOT (%1)").arg(mine),
                    id)
                    > 0
                && m_created.contains(id)) {
                ++kept;
                continue;
            }
            if (m_created.contains(id)) {
                if (const Error e = ConversationRepository(m_db).remove(id); e.isError())
                    failed << e.message;
            } else if (run(QStringLiteral("SELECT count(*) FROM messages WHERE conversation_id = ? AND NOT (%1)")
                               .arg(mine),
                           id)
                       == 0) {
                // Parent links cut first: a cascade down a chain of more than
                // 1,000 messages is too deep for SQLite's triggers.
                run(QStringLiteral("UPDATE messages SET parent_id = NULL WHERE conversation_id = ?"), id);
                run(QStringLiteral("DELETE FROM messages WHERE conversation_id = ?"), id);
                run(QStringLiteral("UPDATE conversations SET current_leaf_id = NULL WHERE id = ?"), id);
            } else {
                ++kept;
            }
        }
        for (qint64 folder : std::as_const(m_createdFolders))
            if (run(QStringLiteral("SELECT count(*) FROM conversations WHERE folder_id = ?"), folder) == 0)
                run(QStringLiteral("DELETE FROM folders WHERE id = ?"), folder);
        if (!m_db.commit())
            failed << m_db.lastError().text();
        QString message = why.message;
        if (kept > 0)
            message += u' ' + Exchange::tr("%n conversation(s) you wrote in while it ran were kept.", nullptr, kept);
        if (!failed.isEmpty())
            message += u' '
                + Exchange::tr("What was already imported could not all be removed: %1").arg(failed.constFirst());
        return Error::make(why.kind, message);
    }

    ImportReport report;

private:
    // About a fifth of a second of work: the window waits no longer to write.
    static constexpr int kBatchMessages = 2000;
    // Attached files count too: a few hundred photos are a long write (and
    // a large WAL) however few their messages are.
    static constexpr qint64 kBatchBytes = 64LL << 20;

    static Error storageError(const QString &why)
    {
        return Error::make(Error::Kind::Storage, Exchange::tr("Cannot store the import: %1").arg(why));
    }

    Error beginBatch()
    {
        if (!Sql::beginWrite(m_db))
            return Error::make(Error::Kind::Storage,
                               Exchange::tr("Cannot start the import: %1").arg(m_db.lastError().text()));
        m_inBatch = true;
        m_batchMessages = 0;
        m_batchBytes = 0;
        QSqlQuery q(m_db);
        if (!m_indexTrigger.isEmpty() && !q.exec(QStringLiteral("DROP TRIGGER messages_ai")))
            return storageError(q.lastError().text());
        // Nobody else writes while the batch holds the lock: the ids after
        // this one are the batch's.
        if (!q.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM messages")) || !q.next())
            return storageError(q.lastError().text());
        m_batchAfter = q.value(0).toLongLong();
        return {};
    }

    Error commitBatch()
    {
        if (!m_inBatch)
            return {};
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM messages")) || !q.next())
            return storageError(q.lastError().text());
        const qint64 upTo = q.value(0).toLongLong();
        if (!m_indexTrigger.isEmpty()) {
            q.prepare(QStringLiteral("INSERT INTO search_pending(message_id) SELECT id FROM messages "
                                     "WHERE id > ? AND status != 'streaming'"));
            q.addBindValue(m_batchAfter);
            if (!q.exec() || !q.exec(m_indexTrigger))
                return storageError(q.lastError().text());
        }
        if (!m_db.commit())
            return Error::make(Error::Kind::Storage,
                               Exchange::tr("Cannot finish the import: %1").arg(m_db.lastError().text()));
        m_inBatch = false;
        if (upTo > m_batchAfter)
            m_ranges << qMakePair(m_batchAfter, upTo);
        return {};
    }

    Error store(const Snapshot &s)
    {
        qint64 into = 0; // an empty conversation of an earlier import, to fill
        if (!s.conversation.uid.isEmpty()) {
            const auto existing = m_conversations.findByUid(s.conversation.uid);
            if (!existing.ok())
                return existing.error;
            bool here = existing.value > 0 || m_seen.contains(s.conversation.uid);
            if (existing.value > 0 && !m_seen.contains(s.conversation.uid)) {
                const auto count = m_messages.count(existing.value);
                if (!count.ok())
                    return count.error;
                if (count.value == 0 && !s.messages.isEmpty()) {
                    into = existing.value;
                    here = false;
                }
            }
            if (here) {
                ++report.skippedConversations;
                ++report.alreadyHere;
                report.skippedMessages += int(s.messages.size());
                report.notes << Exchange::tr("‘%1’ is already here").arg(s.conversation.title);
                return {};
            }
            m_seen.insert(s.conversation.uid);
        }
        if (m_dryRun) {
            (into > 0 ? report.repaired : report.conversations) += 1;
            report.messages += int(s.messages.size());
            return {};
        }
        qint64 id = into;
        if (id == 0) {
            Conversation c = s.conversation;
            c.currentLeafId = 0; // set once its messages have their new ids
            c.folderId = 0;
            if (!s.folder.isEmpty()) {
                // Into the folder of that name, made when this store has none.
                FolderRepository folders(m_db);
                auto folder = folders.findByName(s.folder);
                if (folder.ok() && folder.value == 0) {
                    folder = folders.create(s.folder);
                    if (folder.ok())
                        m_createdFolders << folder.value;
                }
                if (!folder.ok())
                    return folder.error;
                c.folderId = folder.value;
            }
            const auto created = m_conversations.create(c);
            if (!created.ok())
                return created.error;
            id = created.value;
            m_created << id;
        } else {
            m_filled << id;
        }
        QHash<qint64, qint64> newId;
        for (Message m : s.messages) {
            const qint64 oldId = m.id;
            m.conversationId = id;
            m.parentId = m.parentId > 0 ? newId.value(m.parentId, 0) : 0;
            // The message's files go with it (MessageRepository::insert: a
            // savepoint inside this batch's transaction), each stored once
            // by its sha256 however many messages and imports carry it; a
            // batch undone (a failure, Cancel) takes them back too, through
            // the trigger that drops a file with its last reference.
            const auto inserted = m_messages.insert(m);
            if (!inserted.ok())
                return inserted.error;
            newId.insert(oldId, inserted.value);
            for (const Attachment &a : std::as_const(m.attachments))
                m_batchBytes += a.data.size();
        }
        m_batchMessages += int(s.messages.size());
        const qint64 last = s.messages.isEmpty() ? 0 : newId.value(s.messages.constLast().id);
        const qint64 leaf = newId.value(s.conversation.currentLeafId, last);
        if (leaf > 0)
            if (Error e = m_conversations.setCurrentLeaf(id, leaf, s.conversation.updatedAt); e.isError())
                return e;
        if (into > 0) {
            ++report.repaired;
            report.notes
                << Exchange::tr("‘%1’ was here without its messages; they are in it now").arg(s.conversation.title);
        } else {
            ++report.conversations;
        }
        report.messages += int(s.messages.size());
        return {};
    }

    QSqlDatabase m_db;
    bool m_dryRun;
    ConversationRepository m_conversations;
    MessageRepository m_messages;
    QSet<QString> m_seen; // uids taken in this import (a dry run stores none)
    QString m_indexTrigger; // the search index's insert trigger, as stored
    bool m_inBatch = false;
    int m_batchMessages = 0;
    qint64 m_batchBytes = 0; // attached files' bytes stored in this batch
    qint64 m_batchAfter = 0; // messages after this id are the batch's
    QList<qint64> m_created; // conversations this import made
    QList<qint64> m_filled; // empty ones it filled
    QList<qint64> m_createdFolders;
    QList<QPair<qint64, qint64>> m_ranges; // (after, up to]: the message ids of each committed batch
};

QString formatOf(QIODevice &in, const QString &wanted)
{
    if (!wanted.isEmpty())
        return wanted;
    const QByteArray head = in.peek(65536);
    return JsonFormat::looksLikeArchive(head)  ? QStringLiteral("inkwell")
        : ChatGptImport::looksLikeExport(head) ? QStringLiteral("chatgpt")
                                               : QString();
}

} // namespace

Result<ImportReport> importFiles(const QSqlDatabase &db, const QStringList &paths, const ImportOptions &options)
{
    using R = Result<ImportReport>;
    if (!options.format.isEmpty() && options.format != u"inkwell" && options.format != u"chatgpt")
        return R::fail(Error::make(Error::Kind::Usage,
                                   Exchange::tr("unknown format ‘%1’ (inkwell or chatgpt)").arg(options.format)));
    qCDebug(lcExchange).noquote() << "import" << paths.join(u", ") << "format"
                                  << (options.format.isEmpty() ? QStringLiteral("detected") : options.format);
    QStringList folderNotes;
    const auto parts = importParts(paths, &folderNotes);
    if (!parts.ok())
        return R::fail(parts.error);

    ImportProgress progress;
    for (const ImportPart &part : parts.value)
        progress.bytesTotal += part.size;
    QElapsedTimer clock;
    clock.start();
    qint64 lastTold = -1000;
    qint64 partStart = 0; // bytes of the parts before this one
    const JsonStream::Reader *reading = nullptr;
    bool cancelled = false;
    // Told after each conversation, at most ten times a second.
    auto tell = [&](bool always) {
        progress.elapsedMs = clock.elapsed();
        progress.bytesDone = partStart + (reading ? reading->consumed() : 0);
        if (!options.progress || (!always && progress.elapsedMs - lastTold < 100))
            return true;
        lastTold = progress.elapsedMs;
        cancelled = !options.progress(progress);
        return !cancelled;
    };

    Store store(db, options.dryRun);
    if (Error e = store.begin(); e.isError())
        return R::fail(e);
    QSet<QString> formats;
    ChatGptImport::Stats stats;
    for (const ImportPart &part : parts.value) {
        auto named = [&](const Error &e) {
            return R::fail(store.abandon(Error::make(e.kind, Exchange::tr("%1: %2").arg(part.name(), e.message))));
        };
        auto device = openPart(part);
        if (!device.ok())
            return R::fail(store.abandon(device.error));
        const QString kind = formatOf(*device.value, options.format);
        // A format asked for that the file plainly is not: say what it is.
        if (const QString seen = formatOf(*device.value, {});
            !options.format.isEmpty() && !seen.isEmpty() && seen != kind)
            return named(Error::make(Error::Kind::Format,
                                     seen == u"chatgpt"
                                         ? Exchange::tr("this is a ChatGPT export, not an Inkwell one")
                                         : Exchange::tr("this is an Inkwell export, not a ChatGPT one")));
        if (kind.isEmpty()) {
            if (part.optional) {
                folderNotes << Exchange::tr("%1: not an Inkwell or ChatGPT export; left out").arg(part.name());
                partStart += part.size;
                continue;
            }
            return named(Error::make(Error::Kind::Format,
                                     Exchange::tr("neither an Inkwell export nor a ChatGPT conversations.json")));
        }
        formats.insert(kind);
        store.report.files << part.name();
        JsonStream::Reader reader(*device.value);
        reading = &reader;
        auto take = [&](Snapshot &&s) -> Error {
            if (Error e = store.take(s); e.isError())
                return e;
            progress.conversations = store.report.conversations + store.report.repaired;
            progress.messages = store.report.messages;
            if (!tell(false))
                return Error::make(Error::Kind::Cancelled, Exchange::tr("Import cancelled; nothing was imported."));
            return {};
        };
        Error failed;
        if (kind == u"inkwell") {
            failed = JsonFormat::parse(reader, take);
        } else {
            if (device.value->peek(1024).trimmed().startsWith('{'))
                return named(
                    Error::make(Error::Kind::Format,
                                Exchange::tr("not a ChatGPT conversations.json: expected an array of conversations")));
            // The images and files beside the conversations (not for a dry
            // run: it only counts).
            const auto files = options.dryRun ? nullptr : ExportFiles::of(part);
            auto parsed = ChatGptImport::parse(reader, take, {files.get(), {}});
            failed = parsed.error;
            stats.skipped += parsed.value.skipped;
            stats.hiddenMessages += parsed.value.hiddenMessages;
        }
        reading = nullptr;
        partStart += part.size;
        if (failed.isError())
            return cancelled ? R::fail(store.abandon(failed)) : named(failed);
    }
    progress.bytesDone = progress.bytesTotal;
    if (!tell(true))
        return R::fail(store.abandon(
            Error::make(Error::Kind::Cancelled, Exchange::tr("Import cancelled; nothing was imported."))));
    auto report = store.finish();
    if (!report.ok())
        return report;
    report.value.format = formats.size() == 1 ? *formats.cbegin()
        : formats.isEmpty()                   ? QString()
                                              : QStringLiteral("mixed");
    report.value.skippedConversations += int(stats.skipped.size());
    report.value.skippedMessages += stats.hiddenMessages;
    report.value.hiddenMessages = stats.hiddenMessages;
    report.value.notes = folderNotes + stats.skipped + report.value.notes;
    qCDebug(lcExchange).noquote() << "imported" << report.value.conversations << "conversations,"
                                  << report.value.messages << "messages from" << report.value.files.size()
                                  << "documents; skipped" << report.value.skippedConversations;
    return report;
}

Result<ImportReport> importFile(const QSqlDatabase &db, const QString &path, const QString &format, bool dryRun)
{
    ImportOptions options;
    options.format = format;
    options.dryRun = dryRun;
    return importFiles(db, {path}, options);
}

Result<ImportReport> storeSnapshots(const QSqlDatabase &db, const QList<Snapshot> &snapshots, bool dryRun)
{
    Store store(db, dryRun);
    if (Error e = store.begin(); e.isError())
        return Result<ImportReport>::fail(e);
    for (const Snapshot &s : snapshots) {
        if (Error e = store.take(s); e.isError())
            return Result<ImportReport>::fail(store.abandon(e));
    }
    return store.finish();
}

} // namespace Inkwell
