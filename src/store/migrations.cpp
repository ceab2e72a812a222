// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations.h"

namespace Inkwell {

namespace {

// Schema 9's trigger on each table that holds files: a file goes when the
// last message, draft or composer holding it lets go.
QString lastHolderTrigger(const QString &table)
{
    return QStringLiteral("CREATE TRIGGER %1_ad AFTER DELETE ON %1 BEGIN "
                          "DELETE FROM attachments WHERE sha256 = old.sha256 "
                          "AND NOT EXISTS (SELECT 1 FROM message_attachments WHERE sha256 = old.sha256) "
                          "AND NOT EXISTS (SELECT 1 FROM draft_attachments WHERE sha256 = old.sha256) "
                          "AND NOT EXISTS (SELECT 1 FROM unsent_attachments WHERE sha256 = old.sha256); END")
        .arg(table);
}

} // namespace

const std::vector<QStringList> &schemaMigrations()
{
    static const std::vector<QStringList> steps = {
        // 0 → 1: conversations as trees, profiles, full-text search.
        {
            QStringLiteral(R"(CREATE TABLE profiles (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL UNIQUE,
                api TEXT NOT NULL DEFAULT 'openai',
                base_url TEXT NOT NULL,
                model TEXT NOT NULL DEFAULT '',
                include_usage INTEGER NOT NULL DEFAULT 1,
                connect_timeout_ms INTEGER NOT NULL DEFAULT 15000,
                idle_timeout_ms INTEGER NOT NULL DEFAULT 120000,
                created_at INTEGER NOT NULL
            ))"),
            QStringLiteral(R"(CREATE TABLE conversations (
                id INTEGER PRIMARY KEY,
                title TEXT NOT NULL DEFAULT '',
                created_at INTEGER NOT NULL,
                updated_at INTEGER NOT NULL,
                current_leaf_id INTEGER,
                profile_id INTEGER REFERENCES profiles(id) ON DELETE SET NULL,
                model TEXT NOT NULL DEFAULT '',
                params TEXT NOT NULL DEFAULT '{}'
            ))"),
            QStringLiteral(R"(CREATE TABLE messages (
                id INTEGER PRIMARY KEY,
                conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
                parent_id INTEGER REFERENCES messages(id) ON DELETE CASCADE,
                role TEXT NOT NULL,
                content TEXT NOT NULL DEFAULT '',
                reasoning TEXT NOT NULL DEFAULT '',
                status TEXT NOT NULL DEFAULT 'complete',
                error TEXT NOT NULL DEFAULT '',
                choice_index INTEGER NOT NULL DEFAULT 0,
                profile_name TEXT NOT NULL DEFAULT '',
                api TEXT NOT NULL DEFAULT '',
                base_url TEXT NOT NULL DEFAULT '',
                model_requested TEXT NOT NULL DEFAULT '',
                model_reported TEXT NOT NULL DEFAULT '',
                params TEXT NOT NULL DEFAULT '',
                finish_reason TEXT NOT NULL DEFAULT '',
                prompt_tokens INTEGER,
                completion_tokens INTEGER,
                ttft_ms INTEGER,
                tokens_per_sec REAL,
                writer_pid INTEGER,
                created_at INTEGER NOT NULL,
                updated_at INTEGER NOT NULL
            ))"),
            QStringLiteral("CREATE INDEX messages_conversation ON messages(conversation_id)"),
            QStringLiteral("CREATE INDEX messages_parent ON messages(parent_id)"),
            QStringLiteral("CREATE INDEX messages_status ON messages(status) WHERE status = 'streaming'"),
            QStringLiteral("CREATE INDEX conversations_updated ON conversations(updated_at DESC)"),
            // External-content FTS kept in step by triggers; trigram so that
            // Chinese substrings (no spaces between words) are found.
            QStringLiteral("CREATE VIRTUAL TABLE messages_fts USING fts5(content, content='messages', "
                           "content_rowid='id', tokenize='trigram')"),
            // Streaming rows are indexed once they settle, not on every flush.
            QStringLiteral("CREATE TRIGGER messages_ai AFTER INSERT ON messages WHEN new.status != 'streaming' BEGIN "
                           "INSERT INTO messages_fts(rowid, content) VALUES (new.id, new.content); END"),
            QStringLiteral(
                "CREATE TRIGGER messages_ad AFTER DELETE ON messages WHEN old.status != 'streaming' BEGIN "
                "INSERT INTO messages_fts(messages_fts, rowid, content) VALUES('delete', old.id, old.content); END"),
            QStringLiteral("CREATE TRIGGER messages_au AFTER UPDATE OF content, status ON messages BEGIN "
                           "INSERT INTO messages_fts(messages_fts, rowid, content) "
                           "SELECT 'delete', old.id, old.content WHERE old.status != 'streaming'; "
                           "INSERT INTO messages_fts(rowid, content) "
                           "SELECT new.id, new.content WHERE new.status != 'streaming'; END"),
        },
        // 2: a stable id that survives export and import (and makes importing
        // the same file twice a no-op), and where an imported conversation came from.
        {
            QStringLiteral("ALTER TABLE conversations ADD COLUMN uid TEXT"),
            QStringLiteral("ALTER TABLE conversations ADD COLUMN source TEXT NOT NULL DEFAULT ''"),
            QStringLiteral(
                "UPDATE conversations SET uid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-' || "
                "hex(randomblob(2)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(6))) WHERE uid IS NULL"),
            QStringLiteral("CREATE UNIQUE INDEX conversations_uid ON conversations(uid)"),
        },
        // 3: profiles know their preset (quirks and defaults) and keep extra
        // settings (api-version, extra headers; never a key) as JSON.
        {
            QStringLiteral("ALTER TABLE profiles ADD COLUMN preset TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE profiles ADD COLUMN settings TEXT NOT NULL DEFAULT '{}'"),
            // Small app state that must follow the data folder (which profile
            // the window uses); never a secret.
            QStringLiteral("CREATE TABLE app_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        },
        // 4: the drafting studio. A user template is stored as the text of
        // its Markdown file (the one format, also for import and export);
        // built-ins are not stored, so a newer app can update them.
        {
            QStringLiteral(R"(CREATE TABLE templates (
                id INTEGER PRIMARY KEY,
                uid TEXT NOT NULL UNIQUE,
                name TEXT NOT NULL,
                source TEXT NOT NULL,
                created_at INTEGER NOT NULL,
                updated_at INTEGER NOT NULL
            ))"),
            QStringLiteral(R"(CREATE TABLE drafts (
                id INTEGER PRIMARY KEY,
                uid TEXT NOT NULL UNIQUE,
                title TEXT NOT NULL DEFAULT '',
                content TEXT NOT NULL DEFAULT '',
                template_key TEXT NOT NULL DEFAULT '',
                template_name TEXT NOT NULL DEFAULT '',
                brief TEXT NOT NULL DEFAULT '',
                params TEXT NOT NULL DEFAULT '{}',
                target_words INTEGER NOT NULL DEFAULT 0,
                status TEXT NOT NULL DEFAULT 'complete',
                error TEXT NOT NULL DEFAULT '',
                writer_pid INTEGER,
                created_at INTEGER NOT NULL,
                updated_at INTEGER NOT NULL
            ))"),
            QStringLiteral("CREATE INDEX drafts_updated ON drafts(updated_at DESC)"),
            QStringLiteral(R"(CREATE TABLE draft_versions (
                id INTEGER PRIMARY KEY,
                draft_id INTEGER NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
                content TEXT NOT NULL,
                source TEXT NOT NULL,
                note TEXT NOT NULL DEFAULT '',
                model TEXT NOT NULL DEFAULT '',
                created_at INTEGER NOT NULL
            ))"),
            QStringLiteral("CREATE INDEX draft_versions_draft ON draft_versions(draft_id, id)"),
            // Drafts are searched like messages: trigram, settled text only.
            QStringLiteral("CREATE VIRTUAL TABLE drafts_fts USING fts5(title, content, content='drafts', "
                           "content_rowid='id', tokenize='trigram')"),
            QStringLiteral(
                "CREATE TRIGGER drafts_ai AFTER INSERT ON drafts WHEN new.status != 'streaming' BEGIN "
                "INSERT INTO drafts_fts(rowid, title, content) VALUES (new.id, new.title, new.content); END"),
            QStringLiteral("CREATE TRIGGER drafts_ad AFTER DELETE ON drafts WHEN old.status != 'streaming' BEGIN "
                           "INSERT INTO drafts_fts(drafts_fts, rowid, title, content) "
                           "VALUES('delete', old.id, old.title, old.content); END"),
            QStringLiteral("CREATE TRIGGER drafts_au AFTER UPDATE OF title, content, status ON drafts BEGIN "
                           "INSERT INTO drafts_fts(drafts_fts, rowid, title, content) "
                           "SELECT 'delete', old.id, old.title, old.content WHERE old.status != 'streaming'; "
                           "INSERT INTO drafts_fts(rowid, title, content) "
                           "SELECT new.id, new.title, new.content WHERE new.status != 'streaming'; END"),
        },
        // 5: the sidebar's folders and pins, and deletion that can be undone:
        // a deleted conversation is only marked until its Undo has passed.
        {
            QStringLiteral(R"(CREATE TABLE folders (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL,
                created_at INTEGER NOT NULL
            ))"),
            QStringLiteral(
                "ALTER TABLE conversations ADD COLUMN folder_id INTEGER REFERENCES folders(id) ON DELETE SET NULL"),
            QStringLiteral("ALTER TABLE conversations ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE conversations ADD COLUMN deleted_at INTEGER"),
            QStringLiteral("CREATE INDEX conversations_folder ON conversations(folder_id)"),
        },
        // 6: a heavy history opens as fast as none. The sidebar reads its
        // newest unfiled rows a page at a time, and counts by folder: both
        // straight from this index, without sorting thousands of rows.
        // Start-up looks for drafts left streaming (messages have had
        // their index since 1).
        {
            QStringLiteral(
                "CREATE INDEX conversations_sidebar ON conversations(folder_id, pinned, updated_at DESC, id DESC) "
                "WHERE deleted_at IS NULL"),
            QStringLiteral("CREATE INDEX drafts_streaming ON drafts(id) WHERE status = 'streaming'"),
        },
        // 7: an import stores its messages first and lists them here; the
        // search index takes them afterwards, in the background
        // (SearchIndex::catchUp), so that a history of thousands is
        // browsable in a third of the time. Until then a listed message is
        // not in messages_fts: deleting or changing it must not remove from
        // the index what was never added.
        {
            QStringLiteral("CREATE TABLE search_pending (message_id INTEGER PRIMARY KEY)"),
            // A deleted message leaves the list whatever its status (an
            // imported answer being continued is `streaming`), so that a
            // later message given its id is not indexed twice.
            QStringLiteral("DROP TRIGGER messages_ad"),
            QStringLiteral(
                "CREATE TRIGGER messages_ad AFTER DELETE ON messages BEGIN "
                "INSERT INTO messages_fts(messages_fts, rowid, content) SELECT 'delete', old.id, old.content "
                "WHERE old.status != 'streaming' "
                "AND NOT EXISTS (SELECT 1 FROM search_pending WHERE message_id = old.id); "
                "DELETE FROM search_pending WHERE message_id = old.id; END"),
            QStringLiteral("DROP TRIGGER messages_ai"),
            QStringLiteral("CREATE TRIGGER messages_ai AFTER INSERT ON messages BEGIN "
                           "DELETE FROM search_pending WHERE message_id = new.id; "
                           "INSERT INTO messages_fts(rowid, content) SELECT new.id, new.content "
                           "WHERE new.status != 'streaming'; END"),
            QStringLiteral("DROP TRIGGER messages_au"),
            QStringLiteral("CREATE TRIGGER messages_au AFTER UPDATE OF content, status ON messages "
                           "WHEN NOT EXISTS (SELECT 1 FROM search_pending WHERE message_id = old.id) BEGIN "
                           "INSERT INTO messages_fts(messages_fts, rowid, content) "
                           "SELECT 'delete', old.id, old.content WHERE old.status != 'streaming'; "
                           "INSERT INTO messages_fts(rowid, content) "
                           "SELECT new.id, new.content WHERE new.status != 'streaming'; END"),
        },
        // 8: attachments. A file is stored once, by the sha256 of what is
        // sent (an image after preparation, a document as it was), with a
        // document's extracted text; messages and drafts (their sources)
        // point at files by position. The last reference gone (a deleted
        // message, conversation or draft), the file goes too.
        {
            // The file's bytes and text last: SQLite walks a row's overflow
            // pages to reach the columns after a large value, so a list of
            // names and sizes would read every image through.
            QStringLiteral(R"(CREATE TABLE attachments (
                sha256 TEXT PRIMARY KEY,
                kind TEXT NOT NULL,
                mime_type TEXT NOT NULL,
                size INTEGER NOT NULL,
                pages INTEGER NOT NULL DEFAULT 0,
                width INTEGER NOT NULL DEFAULT 0,
                height INTEGER NOT NULL DEFAULT 0,
                created_at INTEGER NOT NULL,
                text TEXT NOT NULL DEFAULT '',
                data BLOB NOT NULL
            ))"),
            QStringLiteral(R"(CREATE TABLE message_attachments (
                message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                sha256 TEXT NOT NULL REFERENCES attachments(sha256),
                name TEXT NOT NULL,
                native INTEGER NOT NULL DEFAULT 0,
                PRIMARY KEY (message_id, position)
            ))"),
            QStringLiteral(R"(CREATE TABLE draft_attachments (
                draft_id INTEGER NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                sha256 TEXT NOT NULL REFERENCES attachments(sha256),
                name TEXT NOT NULL,
                PRIMARY KEY (draft_id, position)
            ))"),
            QStringLiteral("CREATE INDEX message_attachments_sha256 ON message_attachments(sha256)"),
            QStringLiteral("CREATE INDEX draft_attachments_sha256 ON draft_attachments(sha256)"),
            QStringLiteral("CREATE TRIGGER message_attachments_ad AFTER DELETE ON message_attachments BEGIN "
                           "DELETE FROM attachments WHERE sha256 = old.sha256 "
                           "AND NOT EXISTS (SELECT 1 FROM message_attachments WHERE sha256 = old.sha256) "
                           "AND NOT EXISTS (SELECT 1 FROM draft_attachments WHERE sha256 = old.sha256); END"),
            QStringLiteral("CREATE TRIGGER draft_attachments_ad AFTER DELETE ON draft_attachments BEGIN "
                           "DELETE FROM attachments WHERE sha256 = old.sha256 "
                           "AND NOT EXISTS (SELECT 1 FROM message_attachments WHERE sha256 = old.sha256) "
                           "AND NOT EXISTS (SELECT 1 FROM draft_attachments WHERE sha256 = old.sha256); END"),
        },
        // 8 → 9: the files in the composer, not sent yet, kept like its text
        // (per conversation; 0 is a new chat) so that a restart loses none.
        // A file now stays while a message, a draft or a composer holds it.
        {
            QStringLiteral(R"(CREATE TABLE unsent_attachments (
                conversation_id INTEGER NOT NULL,
                position INTEGER NOT NULL,
                sha256 TEXT NOT NULL REFERENCES attachments(sha256),
                name TEXT NOT NULL,
                native INTEGER NOT NULL DEFAULT 0,
                PRIMARY KEY (conversation_id, sha256)
            ))"),
            QStringLiteral("CREATE INDEX unsent_attachments_sha256 ON unsent_attachments(sha256)"),
            QStringLiteral("DROP TRIGGER message_attachments_ad"),
            QStringLiteral("DROP TRIGGER draft_attachments_ad"),
            lastHolderTrigger(QStringLiteral("message_attachments")),
            lastHolderTrigger(QStringLiteral("draft_attachments")),
            lastHolderTrigger(QStringLiteral("unsent_attachments")),
            // A deleted conversation's composer goes with it.
            QStringLiteral("CREATE TRIGGER conversations_unsent_ad AFTER DELETE ON conversations BEGIN "
                           "DELETE FROM unsent_attachments WHERE conversation_id = old.id; END"),
        },
    };
    return steps;
}

} // namespace Inkwell
