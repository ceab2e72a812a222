// SPDX-License-Identifier: GPL-3.0-or-later
// A database of every earlier schema version, with data in every table
// (tests/data/migrations/vN.sql), opened by the real Database: it reaches the
// latest schema with every row as it was, the new columns as their step
// intends, the search index and the repositories working on the old rows.
#include "drafting/templatelibrary.h"
#include "store/appstate.h"
#include "store/conversationrepository.h"
#include "store/database.h"
#include "store/draftrepository.h"
#include "store/folderrepository.h"
#include "store/messagerepository.h"
#include "store/migrations.h"
#include "store/profilerepository.h"
#include "store/searchindex.h"
#include "store/templaterepository.h"
#include "testdata.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Inkwell;

namespace {

// The fixtures' rows that tests name (see makefixtures.cpp).
const QString kUid1 = QStringLiteral("0f3c2a9e-7b4d-4c21-9e0f-5a6b7c8d9e01");
constexpr int kConversations = 6;
constexpr int kMessages = 18;
constexpr qint64 kStreamingAnswer = 18;

QString fixturePath(int version)
{
    return testDataPath(QStringLiteral("migrations/v%1.sql").arg(version));
}

// Statements of an SQL script as the sqlite3 shell reads them: split at `;`
// outside quotes and comments, a trigger's body kept whole up to its END.
QStringList splitSql(const QString &script)
{
    QStringList out;
    QString current;
    QChar quote;
    for (qsizetype i = 0; i < script.size(); ++i) {
        const QChar c = script.at(i);
        const QChar next = i + 1 < script.size() ? script.at(i + 1) : QChar();
        if (!quote.isNull()) {
            current += c;
            if (c == quote && next == quote) {
                current += next;
                ++i;
            } else if (c == quote) {
                quote = QChar();
            }
            continue;
        }
        if (c == u'-' && next == u'-') {
            while (i < script.size() && script.at(i) != u'\n')
                ++i;
            continue;
        }
        if (c == u'\'' || c == u'"') {
            quote = c;
        } else if (c == u';') {
            const QString statement = current.trimmed();
            static const QRegularExpression trigger(QStringLiteral("^CREATE\\s+(TEMP\\s+)?TRIGGER\\b"),
                                                    QRegularExpression::CaseInsensitiveOption);
            static const QRegularExpression end(QStringLiteral("\\bEND$"), QRegularExpression::CaseInsensitiveOption);
            if (trigger.match(statement).hasMatch() && !end.match(statement).hasMatch()) {
                current += c; // a statement of the trigger's body
                continue;
            }
            if (!statement.isEmpty())
                out << statement;
            current.clear();
            continue;
        }
        current += c;
    }
    if (!current.trimmed().isEmpty())
        out << current.trimmed();
    return out;
}

// A plain connection, outside Database (which would migrate).
class RawDb {
public:
    explicit RawDb(const QString &path)
        : m_name(QStringLiteral("raw-%1").arg(++s_count))
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_db.setDatabaseName(path);
        if (m_db.open())
            QSqlQuery(m_db).exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    }
    ~RawDb()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    RawDb(const RawDb &) = delete;
    RawDb &operator=(const RawDb &) = delete;
    QSqlDatabase &db() { return m_db; }

    // Runs a script; "" or what failed.
    QString run(const QString &script)
    {
        QSqlQuery q(m_db);
        for (const QString &statement : splitSql(script))
            if (!q.exec(statement))
                return statement.left(200) + QStringLiteral("\n→ ") + q.lastError().text();
        return {};
    }

private:
    static inline int s_count = 0;
    QString m_name;
    QSqlDatabase m_db;
};

struct Table {
    QStringList columns; // "rowid" first
    QList<QVariantList> rows; // by rowid
};
using Snapshot = QMap<QString, Table>;

// Every row of every table we own (not SQLite's, not FTS5's shadow tables,
// which are the index and are checked by searching).
Snapshot snapshot(const QSqlDatabase &db)
{
    Snapshot out;
    QSqlQuery tables(db);
    tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                               "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' AND name NOT LIKE '%\\_fts\\_%' ESCAPE '\\'"));
    while (tables.next()) {
        const QString name = tables.value(0).toString();
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT rowid AS rowid, * FROM %1 ORDER BY rowid").arg(name));
        Table t;
        const QSqlRecord record = q.record();
        for (int i = 0; i < record.count(); ++i)
            t.columns << record.fieldName(i);
        while (q.next()) {
            QVariantList row;
            for (int i = 0; i < record.count(); ++i)
                row << q.value(i);
            t.rows << row;
        }
        out.insert(name, t);
    }
    return out;
}

// Every schema object by type and name, with its SQL.
QMap<QString, QString> schemaOf(const QSqlDatabase &db)
{
    QMap<QString, QString> out;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master"));
    while (q.next())
        out.insert(q.value(0).toString() + u' ' + q.value(1).toString(), q.value(2).toString());
    return out;
}

QVariant pragma(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0) : QVariant(QStringLiteral("<failed: %1>").arg(q.lastError().text()));
}

bool sameValue(const QVariant &a, const QVariant &b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull();
    return a.metaType() == b.metaType() && a == b;
}

QString show(const QVariant &v)
{
    return v.isNull() ? QStringLiteral("NULL")
                      : QStringLiteral("%1 (%2)").arg(v.toString(), QLatin1String(v.typeName()));
}

QList<qint64> idsOf(const QList<SearchHit> &hits, SearchHit::Kind kind)
{
    QList<qint64> out;
    for (const SearchHit &h : hits)
        if (h.kind == kind)
            out << h.id;
    std::sort(out.begin(), out.end());
    return out;
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestMigrations : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_files = 0;

    // A new database file made from vN.sql; "" when the script failed.
    QString load(int version, QString *error)
    {
        QFile file(fixturePath(version));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read %1").arg(file.fileName());
            return {};
        }
        const QString path = m_dir.filePath(QStringLiteral("v%1-%2.sqlite3").arg(version).arg(++m_files));
        RawDb raw(path);
        *error = raw.run(QString::fromUtf8(file.readAll()));
        return error->isEmpty() ? path : QString();
    }

    // The schema steps 1..N, applied to an empty database in memory.
    static QMap<QString, QString> schemaOfSteps(int version)
    {
        RawDb raw(QStringLiteral(":memory:"));
        QSqlQuery q(raw.db());
        for (int step = 0; step < version; ++step)
            for (const QString &sql : schemaMigrations().at(size_t(step)))
                if (!q.exec(sql))
                    return {{QStringLiteral("error"), q.lastError().text()}};
        return schemaOf(raw.db());
    }

    static void versions()
    {
        QTest::addColumn<int>("version");
        for (int v = 1; v < Database::currentSchemaVersion(); ++v)
            QTest::addRow("v%d", v) << v;
    }

    // What a step means a column it adds to hold for rows older than it.
    static void checkAdded(const QString &table, const QString &column, const QVariant &value)
    {
        const QString where = table + u'.' + column + QStringLiteral(" = ") + show(value);
        const QString key = table + u'.' + column;
        if (key == u"conversations.uid") // 2: a stable id for every conversation
            QVERIFY2(
                QRegularExpression(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"))
                    .match(value.toString())
                    .hasMatch(),
                qPrintable(where));
        else if (key == u"conversations.source") // 2: made here
            QVERIFY2(value.toString() == u"" && !value.isNull(), qPrintable(where));
        else if (key == u"profiles.preset") // 3: empty = detected from the URL
            QVERIFY2(value.toString() == u"" && !value.isNull(), qPrintable(where));
        else if (key == u"profiles.settings") // 3: no extra settings
            QVERIFY2(value.toString() == u"{}", qPrintable(where));
        else if (key == u"conversations.folder_id" || key == u"conversations.deleted_at") // 5: no folder, not deleted
            QVERIFY2(value.isNull(), qPrintable(where));
        else if (key == u"conversations.pinned") // 5: not pinned
            QVERIFY2(value.toLongLong() == 0 && !value.isNull(), qPrintable(where));
        else
            QFAIL(qPrintable(QStringLiteral("A step adds %1: say here what old rows should have in it").arg(key)));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // The fixtures are what the real steps make (a changed released step
    // would show here), hold rows in every table, and say their version.
    void fixturesAreTheRealSchema_data() { versions(); }
    void fixturesAreTheRealSchema()
    {
        QFETCH(int, version);
        QString error;
        const QString path = load(version, &error);
        QVERIFY2(!path.isEmpty(), qPrintable(error));
        RawDb raw(path);
        QCOMPARE(pragma(raw.db(), QStringLiteral("PRAGMA user_version")).toInt(), version);
        const QMap<QString, QString> expected = schemaOfSteps(version);
        QVERIFY(expected.size() > 10);
        const QMap<QString, QString> actual = schemaOf(raw.db());
        for (auto it = expected.cbegin(); it != expected.cend(); ++it)
            QVERIFY2(actual.value(it.key()) == it.value(),
                     qPrintable(QStringLiteral("%1:\n  steps:   %2\n  fixture: %3")
                                    .arg(it.key(), it.value(), actual.value(it.key()))));
        QCOMPARE(actual.keys(), expected.keys());
        const Snapshot rows = snapshot(raw.db());
        // search_pending is a queue that is empty between imports (an
        // import fills and SearchIndex::catchUp empties it before anyone
        // upgrades), so the only table a user's database holds no rows in.
        for (auto it = rows.cbegin(); it != rows.cend(); ++it)
            QVERIFY2(!it->rows.isEmpty() || it.key() == u"search_pending",
                     qPrintable(it.key() + QStringLiteral(" has no rows")));
        QCOMPARE(rows.value(QStringLiteral("conversations")).rows.size(), kConversations);
        QCOMPARE(rows.value(QStringLiteral("messages")).rows.size(), kMessages);
        QCOMPARE(pragma(raw.db(), QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    }

    // Every row of every table keeps every value; new columns hold what
    // their step intends; new tables start empty; the result is the schema
    // of a new database, sound, and stays put when opened again.
    void upgradeKeepsEveryRow_data() { versions(); }
    void upgradeKeepsEveryRow()
    {
        QFETCH(int, version);
        QString error;
        const QString path = load(version, &error);
        QVERIFY2(!path.isEmpty(), qPrintable(error));
        Snapshot before;
        {
            RawDb raw(path);
            before = snapshot(raw.db());
        }
        Database db;
        const Error opened = db.open(path);
        QVERIFY2(!opened.isError(), qPrintable(opened.message));
        QCOMPARE(db.schemaVersion(), Database::currentSchemaVersion());
        QCOMPARE(pragma(db.db(), QStringLiteral("PRAGMA user_version")).toInt(), Database::currentSchemaVersion());
        const Snapshot after = snapshot(db.db());

        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            const QString &table = it.key();
            QVERIFY2(after.contains(table), qPrintable(table + QStringLiteral(" is gone")));
            const Table &old = *it;
            const Table &now = after[table];
            QCOMPARE(now.rows.size(), old.rows.size());
            for (const QString &c : old.columns)
                QVERIFY2(now.columns.contains(c), qPrintable(table + u'.' + c + QStringLiteral(" is gone")));
            for (qsizetype r = 0; r < old.rows.size(); ++r) {
                for (qsizetype c = 0; c < old.columns.size(); ++c) {
                    const QVariant was = old.rows[r][c];
                    const QVariant is = now.rows[r][now.columns.indexOf(old.columns[c])];
                    QVERIFY2(
                        sameValue(was, is),
                        qPrintable(QStringLiteral("%1 row %2, %3: was %4, is %5")
                                       .arg(table, old.rows[r][0].toString(), old.columns[c], show(was), show(is))));
                }
                for (qsizetype c = 0; c < now.columns.size(); ++c) {
                    if (old.columns.contains(now.columns[c]))
                        continue;
                    checkAdded(table, now.columns[c], now.rows[r][c]);
                    if (QTest::currentTestFailed())
                        return;
                }
            }
        }
        for (auto it = after.cbegin(); it != after.cend(); ++it)
            if (!before.contains(it.key()))
                QVERIFY2(it->rows.isEmpty(), qPrintable(it.key() + QStringLiteral(" is new but not empty")));
        if (version < 2) { // a uid each, none shared
            const Table &conversations = after[QStringLiteral("conversations")];
            const int uid = int(conversations.columns.indexOf(QStringLiteral("uid")));
            QSet<QString> uids;
            for (const QVariantList &row : conversations.rows)
                uids.insert(row[uid].toString());
            QCOMPARE(uids.size(), kConversations);
        }

        // The same schema as a database made new, every index and trigger.
        {
            Database fresh;
            QVERIFY(!fresh.open(m_dir.filePath(QStringLiteral("fresh-%1.sqlite3").arg(++m_files))).isError());
            const QMap<QString, QString> expected = schemaOf(fresh.db());
            const QMap<QString, QString> actual = schemaOf(db.db());
            for (auto it = expected.cbegin(); it != expected.cend(); ++it)
                QVERIFY2(actual.value(it.key()) == it.value(),
                         qPrintable(QStringLiteral("%1:\n  new:      %2\n  migrated: %3")
                                        .arg(it.key(), it.value(), actual.value(it.key()))));
            QCOMPARE(actual.keys(), expected.keys());
        }
        QCOMPARE(pragma(db.db(), QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        QSqlQuery fk(db.db());
        QVERIFY(fk.exec(QStringLiteral("PRAGMA foreign_key_check")));
        if (fk.next())
            QFAIL(qPrintable(QStringLiteral("a foreign key of %1 row %2 is broken")
                                 .arg(fk.value(0).toString(), fk.value(1).toString())));
        QVERIFY(pragma(db.db(), QStringLiteral("PRAGMA foreign_keys")).toBool());
        for (const char *fts : {"messages_fts", "drafts_fts"}) {
            QSqlQuery q(db.db());
            QVERIFY2(q.exec(QStringLiteral("INSERT INTO %1(%1) VALUES('integrity-check')").arg(QLatin1String(fts))),
                     qPrintable(q.lastError().text()));
        }

        // Opened again: nothing migrates twice, the new ids stay.
        db.close();
        QVERIFY(!db.open(path).isError());
        const Snapshot again = snapshot(db.db());
        QCOMPARE(again.keys(), after.keys());
        for (auto it = after.cbegin(); it != after.cend(); ++it)
            QVERIFY2(again[it.key()].rows == it->rows, qPrintable(it.key() + QStringLiteral(" changed on reopening")));
    }

    // What the app reads through its repositories is what was written.
    void repositoriesReadTheOldRows_data() { versions(); }
    void repositoriesReadTheOldRows()
    {
        QFETCH(int, version);
        QString error;
        const QString path = load(version, &error);
        QVERIFY2(!path.isEmpty(), qPrintable(error));
        Snapshot before;
        {
            RawDb raw(path);
            before = snapshot(raw.db());
        }
        Database db;
        QVERIFY(!db.open(path).isError());
        const bool sidebar = version >= 5; // folders, pins, deletion with Undo

        // Conversations: newest activity first; the deleted one (5) hidden.
        ConversationRepository conversations(db.db());
        QList<qint64> listed;
        for (const Conversation &c : conversations.list().value)
            listed << c.id;
        QCOMPARE(listed, sidebar ? QList<qint64>({6, 4, 2, 1, 3}) : QList<qint64>({6, 5, 4, 2, 1, 3}));
        const Conversation first = conversations.get(1).value;
        QCOMPARE(first.title, QStringLiteral("关于人工智能的对话"));
        QCOMPARE(first.currentLeafId, 6);
        QCOMPARE(first.profileId, 1);
        QCOMPARE(first.model, QStringLiteral("gpt-4o-mini"));
        QCOMPARE(first.params, QStringLiteral(R"({"temperature":0.7,"system":"你是一个乐于助人的助手。"})"));
        QCOMPARE(first.createdAt, 1'735'689'700'000);
        QCOMPARE(first.updatedAt, 1'735'689'760'000);
        QCOMPARE(first.folderId, sidebar ? 1 : 0);
        if (version >= 2)
            QCOMPARE(first.uid, kUid1);
        QCOMPARE(conversations.findByUid(first.uid).value, 1);
        QCOMPARE(conversations.get(3).value.source, version >= 2 ? QStringLiteral("chatgpt") : QString());
        QCOMPARE(conversations.get(3).value.profileId, 0);
        QCOMPARE(conversations.get(4).value.currentLeafId, 0);
        QCOMPARE(conversations.get(2).value.pinned, sidebar);
        QList<qint64> pinned;
        for (const Conversation &c : conversations.listPinned().value)
            pinned << c.id;
        QCOMPARE(pinned, sidebar ? QList<qint64> {2} : QList<qint64> {});
        const auto counts = conversations.counts().value;
        QCOMPARE(counts.all, sidebar ? 5 : 6);
        QCOMPARE(counts.unfiled, sidebar ? 2 : 6);
        QCOMPARE(counts.inFolder.value(1), sidebar ? 1 : 0);
        QCOMPARE(counts.inFolder.value(2), sidebar ? 1 : 0);

        // Messages: every field of every row, then the tree.
        MessageRepository messages(db.db());
        const Table &raw = before[QStringLiteral("messages")];
        QCOMPARE(raw.rows.size(), kMessages);
        for (const QVariantList &row : raw.rows) {
            auto col = [&](const char *name) { return row.at(raw.columns.indexOf(QLatin1String(name))); };
            auto number = [&](const char *name) { return col(name).isNull() ? qint64(-1) : col(name).toLongLong(); };
            const Message m = messages.get(row.at(0).toLongLong()).value;
            const QString at = QStringLiteral("message %1").arg(row.at(0).toLongLong());
            QVERIFY2(m.id == row.at(0).toLongLong(), qPrintable(at));
            QVERIFY2(m.conversationId == col("conversation_id").toLongLong(), qPrintable(at));
            QVERIFY2(m.parentId == (col("parent_id").isNull() ? 0 : col("parent_id").toLongLong()), qPrintable(at));
            QVERIFY2(roleText(m.role) == col("role").toString(), qPrintable(at));
            QVERIFY2(m.content == col("content").toString(), qPrintable(at));
            QVERIFY2(m.reasoning == col("reasoning").toString(), qPrintable(at));
            QVERIFY2(statusText(m.status) == col("status").toString(), qPrintable(at));
            QVERIFY2(m.error == col("error").toString(), qPrintable(at));
            QVERIFY2(m.choiceIndex == col("choice_index").toInt(), qPrintable(at));
            QVERIFY2(m.profileName == col("profile_name").toString(), qPrintable(at));
            QVERIFY2(m.api == col("api").toString(), qPrintable(at));
            QVERIFY2(m.baseUrl == col("base_url").toString(), qPrintable(at));
            QVERIFY2(m.modelRequested == col("model_requested").toString(), qPrintable(at));
            QVERIFY2(m.modelReported == col("model_reported").toString(), qPrintable(at));
            QVERIFY2(m.params == col("params").toString(), qPrintable(at));
            QVERIFY2(m.finishReason == col("finish_reason").toString(), qPrintable(at));
            QVERIFY2(m.promptTokens == number("prompt_tokens"), qPrintable(at));
            QVERIFY2(m.completionTokens == number("completion_tokens"), qPrintable(at));
            QVERIFY2(m.ttftMs == number("ttft_ms"), qPrintable(at));
            QVERIFY2(m.tokensPerSec == (col("tokens_per_sec").isNull() ? -1.0 : col("tokens_per_sec").toDouble()),
                     qPrintable(at));
            QVERIFY2(m.createdAt == col("created_at").toLongLong(), qPrintable(at));
            QVERIFY2(m.updatedAt == col("updated_at").toLongLong(), qPrintable(at));
        }
        QCOMPARE(messages.get(2).value.tokensPerSec, 61.5);
        QCOMPARE(messages.get(2).value.reasoning, QStringLiteral("用户想要一个简单的解释，先给定义。"));
        QCOMPARE(messages.get(8).value.status, Chat::Status::Error);
        QVERIFY(messages.get(8).value.error.startsWith(QStringLiteral("HTTP 503 from 127.0.0.1:8080")));
        QVERIFY(messages.get(10).value.content.contains(QStringLiteral("SELECT 'it''s' FROM t; /* not a comment */")));

        QList<qint64> branch;
        for (const Message &m : messages.branch(6).value)
            branch << m.id;
        QCOMPARE(branch, QList<qint64>({1, 2, 4, 6}));
        branch.clear();
        for (const Message &m : messages.branch(14).value)
            branch << m.id;
        QCOMPARE(branch, QList<qint64>({12, 13, 14}));
        QList<qint64> siblings;
        for (const Message &m : messages.children(1, 1).value)
            siblings << m.id;
        QCOMPARE(siblings, QList<qint64>({2, 3}));
        const MessageLinks links = messages.links(1).value;
        QCOMPARE(links.children.value(4), QList<qint64>({5, 6}));
        QCOMPARE(links.parentOf.size(), 6);
        QCOMPARE(messages.links(3).value.children.value(0), QList<qint64>()); // the system root is no branch
        QCOMPARE(messages.links(3).value.children.value(12), QList<qint64>({13}));
        QCOMPARE(messages.childIds(2).value.value(7), QList<qint64>({8, 9}));
        QCOMPARE(messages.newestLeafUnder(1, 4).value, 6);
        QCOMPARE(messages.all(2).value.size(), 5);
        QCOMPARE(messages.count(4).value, 0);
        // An answer left streaming by a process that is gone: interrupted, text kept.
        QCOMPARE(messages.recoverInterrupted().value, 1);
        const Message recovered = messages.get(kStreamingAnswer).value;
        QCOMPARE(recovered.status, Chat::Status::Interrupted);
        QCOMPARE(recovered.content, QStringLiteral("The history of computing begins with the abacus, and"));

        // Profiles: their settings from 3 on, detected before.
        ProfileRepository profiles(db.db());
        QCOMPARE(profiles.list().value.size(), 4);
        const Profile local = profiles.byName(QStringLiteral("本地 llama.cpp")).value;
        QCOMPARE(local.id, 2);
        QCOMPARE(local.baseUrl, QStringLiteral("http://127.0.0.1:8080"));
        QCOMPARE(local.model, QStringLiteral("qwen2.5-7b-instruct-q4_k_m.gguf"));
        QCOMPARE(local.includeUsage, false);
        QCOMPARE(local.connectTimeoutMs, 5000);
        QCOMPARE(local.idleTimeoutMs, 600000);
        const Profile azure = profiles.get(3).value;
        if (version >= 3) {
            QCOMPARE(local.preset, QStringLiteral("llamacpp"));
            QCOMPARE(local.headers.size(), 1);
            QCOMPARE(local.headers.first().first, QByteArray("X-Team"));
            QCOMPARE(local.headers.first().second, QByteArray("inkwell"));
            QCOMPARE(azure.apiVersion, QStringLiteral("2024-10-21"));
            QCOMPARE(azure.proxy, QStringLiteral("socks5://127.0.0.1:1080"));
            QCOMPARE(profiles.activeId(), 2);
            QCOMPARE(AppState(db.db()).value(QStringLiteral("unsent/1")),
                     QStringLiteral("还想问：神经网络是怎么训练的？"));
        } else {
            QCOMPARE(local.preset, QString());
            QVERIFY(local.headers.isEmpty());
            QVERIFY(azure.apiVersion.isEmpty());
            QCOMPARE(profiles.activeId(), 0);
        }
        QCOMPARE(AppState(db.db()).value(QStringLiteral("sidebar/collapsed_folders")),
                 sidebar ? QStringLiteral("2") : QString());

        // The drafting studio, from 4 on: drafts, versions, user templates.
        DraftRepository drafts(db.db());
        TemplateRepository templates(db.db());
        if (version < 4) {
            QVERIFY(drafts.list().value.isEmpty());
            QVERIFY(templates.list().value.isEmpty());
        } else {
            QList<qint64> ids;
            for (const Draft &d : drafts.list().value)
                ids << d.id;
            QCOMPARE(ids, QList<qint64>({3, 2, 1}));
            const Draft d = drafts.get(1).value;
            QCOMPARE(d.uid, QStringLiteral("3c2b1a09-8f7e-4d6c-b5a4-93827160a001"));
            QCOMPARE(d.title, QStringLiteral("人工智能简史"));
            QVERIFY(d.content.startsWith(QStringLiteral("# 人工智能简史\n\n1956 年")));
            QCOMPARE(d.templateKey, QStringLiteral("builtin:article"));
            QCOMPARE(d.templateName, QStringLiteral("Article on a topic"));
            QCOMPARE(d.brief,
                     QStringLiteral("Write an article about 人工智能的历史 for general readers, about 1200 words."));
            QCOMPARE(d.params, QStringLiteral(R"({"max_tokens":4096})"));
            QCOMPARE(d.targetWords, 1200);
            QCOMPARE(d.status, Chat::Status::Complete);
            QCOMPARE(drafts.get(3).value.status, Chat::Status::Error);
            QVERIFY(drafts.get(3).value.error.contains(QStringLiteral("‘OpenAI’")));
            QList<qint64> versionIds;
            for (const DraftVersion &v : drafts.versions(1).value)
                versionIds << v.id;
            QCOMPARE(versionIds, QList<qint64>({3, 2, 1}));
            QCOMPARE(drafts.version(2).value.note, QStringLiteral("更正式一些"));
            QCOMPARE(drafts.version(2).value.source, QStringLiteral("rewrite"));
            QCOMPARE(drafts.recoverInterrupted().value, 1);
            QCOMPARE(drafts.get(2).value.status, Chat::Status::Interrupted);
            QCOMPARE(drafts.get(2).value.content,
                     QStringLiteral("Dear hiring manager,\n\nI am writing to apply for the role of"));

            QCOMPARE(templates.list().value.size(), 2);
            const auto library = TemplateLibrary(db.db()).all().value;
            int user = 0;
            for (const Template &t : library) {
                if (t.builtin)
                    continue;
                ++user;
                QVERIFY2(t.problem.isEmpty(), qPrintable(t.name + QStringLiteral(": ") + t.problem));
            }
            QCOMPARE(user, 2);
            const Template weekly
                = TemplateLibrary(db.db()).find(QStringLiteral("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c01")).value;
            QCOMPARE(weekly.name, QStringLiteral("周报"));
            QCOMPARE(weekly.variables.size(), 2);
            QCOMPARE(weekly.category, QStringLiteral("工作"));
        }

        // Folders, from 5 on.
        QStringList folders;
        for (const Folder &f : FolderRepository(db.db()).list().value)
            folders << f.name;
        folders.sort();
        QCOMPARE(folders, sidebar ? QStringList({QStringLiteral("Personal"), QStringLiteral("工作")}) : QStringList());
    }

    // The app's search finds the old messages and drafts (Chinese and
    // English, long words and short), and keeps up as they change.
    void searchFindsTheOldText_data() { versions(); }
    void searchFindsTheOldText()
    {
        QFETCH(int, version);
        QString error;
        const QString path = load(version, &error);
        QVERIFY2(!path.isEmpty(), qPrintable(error));
        Database db;
        QVERIFY(!db.open(path).isError());
        SearchIndex search(db.db());
        QCOMPARE(search.pending().value, 0);
        const auto find = [&](const QString &query, SearchHit::Kind kind = SearchHit::Kind::Message) {
            const auto found = search.find(query);
            return found.ok() ? idsOf(found.value, kind) : QList<qint64> {-1};
        };
        using Ids = QList<qint64>;
        QCOMPARE(find(QStringLiteral("人工智能")), Ids({1, 2, 3, 5}));
        QCOMPARE(find(QStringLiteral("神经网络")), Ids({6}));
        QCOMPARE(find(QStringLiteral("Lifetime")), Ids({7, 9}));
        QCOMPARE(find(QStringLiteral("杭州")), Ids({13})); // two characters: scanned, not indexed
        QCOMPARE(find(QStringLiteral("does not live long")), Ids({10}));
        QCOMPARE(find(QStringLiteral("ChatGPT")), Ids()); // system prompts are not shown
        // Deleted with its Undo open (from 5 on): left out.
        QCOMPARE(find(QStringLiteral("haiku")), version >= 5 ? Ids() : Ids({15}));
        QCOMPARE(find(QStringLiteral("人工智能"), SearchHit::Kind::Draft), version >= 4 ? Ids({1}) : Ids());
        QCOMPARE(find(QStringLiteral("没有标题"), SearchHit::Kind::Draft), version >= 4 ? Ids({3}) : Ids());
        if (version >= 4) {
            QList<qint64> drafts;
            for (const Draft &d : DraftRepository(db.db()).search(QStringLiteral("达特茅斯")).value)
                drafts << d.id;
            QCOMPARE(drafts, Ids({1}));
        }

        // The answer and the draft left streaming were never indexed;
        // recovered at start-up, they are, and then the indexes hold exactly
        // the text of their tables.
        QCOMPARE(find(QStringLiteral("abacus")), Ids());
        QCOMPARE(find(QStringLiteral("hiring manager"), SearchHit::Kind::Draft), Ids());
        MessageRepository messages(db.db());
        QCOMPARE(messages.recoverInterrupted().value, 1);
        QCOMPARE(DraftRepository(db.db()).recoverInterrupted().value, version >= 4 ? 1 : 0);
        QCOMPARE(find(QStringLiteral("abacus")), Ids({kStreamingAnswer}));
        QCOMPARE(find(QStringLiteral("hiring manager"), SearchHit::Kind::Draft), version >= 4 ? Ids({2}) : Ids());
        const auto indexMatchesTable = [&](const char *fts) {
            QSqlQuery q(db.db());
            return q.exec(
                       QStringLiteral("INSERT INTO %1(%1, rank) VALUES('integrity-check', 1)").arg(QLatin1String(fts)))
                ? QString()
                : QLatin1String(fts) + QStringLiteral(": ") + q.lastError().text();
        };
        QCOMPARE(indexMatchesTable("messages_fts"), QString());
        QCOMPARE(indexMatchesTable("drafts_fts"), QString());

        // The triggers of the latest schema on old rows: an edit replaces
        // the indexed text, a deletion removes it, the index stays sound.
        QVERIFY(!messages.updateText(9, QStringLiteral("Lifetimes name regions of code."), {}).isError());
        QCOMPARE(find(QStringLiteral("compiler")), Ids());
        QCOMPARE(find(QStringLiteral("regions")), Ids({9}));
        QCOMPARE(find(QStringLiteral("Lifetime")), Ids({7, 9}));
        QVERIFY(!ConversationRepository(db.db()).remove(1).isError());
        QCOMPARE(find(QStringLiteral("人工智能")), Ids());
        QCOMPARE(find(QStringLiteral("神经网络")), Ids());
        // The deletion whose Undo was open is purged at the next start.
        QVERIFY(!ConversationRepository(db.db()).purgeDeleted().isError());
        QCOMPARE(messages.get(15).ok(), version < 5);
        QVERIFY(!DraftRepository(db.db()).setContent(1, QStringLiteral("Rewritten by hand.")).isError());
        QCOMPARE(find(QStringLiteral("达特茅斯"), SearchHit::Kind::Draft), Ids());
        QCOMPARE(find(QStringLiteral("by hand"), SearchHit::Kind::Draft), version >= 4 ? Ids({1}) : Ids());
        QCOMPARE(indexMatchesTable("messages_fts"), QString());
        QCOMPARE(indexMatchesTable("drafts_fts"), QString());
        QCOMPARE(pragma(db.db(), QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    }

    // A file from a newer Inkwell: refused, naming the file, and left
    // exactly as it was (not even its journal mode changed).
    void refusesANewerSchemaUntouched()
    {
        QString error;
        const QString path = load(Database::currentSchemaVersion() - 1, &error);
        QVERIFY2(!path.isEmpty(), qPrintable(error));
        const int newer = Database::currentSchemaVersion() + 1;
        {
            RawDb raw(path);
            QSqlQuery q(raw.db());
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(newer)));
        }
        const QByteArray hash = fileHash(path);
        QVERIFY(!hash.isEmpty());
        const QStringList filesBefore = QDir(m_dir.path()).entryList(QDir::Files);
        {
            Database db;
            const Error e = db.open(path);
            QVERIFY(e.isError());
            QCOMPARE(e.kind, Error::Kind::Storage);
            QVERIFY2(e.message.contains(QDir::toNativeSeparators(path)), qPrintable(e.message));
            QVERIFY2(e.message.contains(QStringLiteral("newer Inkwell")), qPrintable(e.message));
            QVERIFY2(e.message.contains(QString::number(newer)), qPrintable(e.message));
        }
        // Not even the journal mode: setting WAL would rewrite the header of a
        // file in rollback-journal mode (bytes 18-19).
        QCOMPARE(fileHash(path), hash);
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), filesBefore); // no -wal, no -shm
        RawDb raw(path);
        QCOMPARE(pragma(raw.db(), QStringLiteral("PRAGMA user_version")).toInt(), newer);
        QCOMPARE(pragma(raw.db(), QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("delete"));
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
