// SPDX-License-Identifier: GPL-3.0-or-later
#include "chatcontroller.h"

#include "core/logging.h"
#include "providers/curlcommand.h"
#include "providers/presets.h"
#include "store/attachmentrepository.h"
#include "store/conversationrepository.h"
#include "store/database.h"
#include "store/messagerepository.h"
#include "store/profilerepository.h"
#include "store/sqlhelpers.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>

#include <tuple>

namespace Inkwell {

QString ChatController::titleFrom(const QString &text)
{
    QString t = text.simplified();
    if (t.size() > 60)
        t = t.left(59) + u'…';
    return t;
}

ChatController::ChatController(QNetworkAccessManager *nam, const QSqlDatabase &db, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_persist(true)
    , m_db(db)
    , m_conversations(std::make_unique<ConversationRepository>(db))
    , m_messages(std::make_unique<MessageRepository>(db))
{
    m_retryTimer.setInterval(kRetryIntervalMs);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] {
        const Sql::BusyTimeout brief(m_db, kFlushBusyMs);
        saveUnsaved();
    });
}

ChatController::ChatController(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_persist(false)
{
}

ChatController::~ChatController()
{
    if (m_run)
        m_run->stop(); // records the answer as stopped
    if (m_persist && hasUnsavedText() && !saveUnsaved()) {
        QStringList texts;
        for (const Message &a : std::as_const(m_unsaved))
            texts << a.content;
        const QString file = rescue(texts);
        for (const QString &text : std::as_const(texts))
            qCWarning(lcChat).noquote()
                << tr("An answer (%1 characters) was not saved: %2").arg(text.size()).arg(m_storageCause.message)
                << (file.isEmpty() ? QStringLiteral("(nowhere else could hold it)")
                                   : QStringLiteral("— written to %1 instead").arg(file));
    }
}

Result<qint64> ChatController::store(Message &m)
{
    if (!m_persist) {
        m.id = m_nextMemoryId++;
        m_memory << m;
        return {m.id, {}};
    }
    auto r = m_messages->insert(m);
    if (r.ok())
        m.id = r.value;
    return r;
}

Result<QList<ChatMessage>> ChatController::historyTo(qint64 leafId, bool withData)
{
    QList<ChatMessage> history;
    QList<Message> rows;
    if (m_persist) {
        auto r = m_messages->branch(leafId);
        if (!r.ok())
            return Result<QList<ChatMessage>>::fail(r.error);
        rows = r.value;
        if (const Error e = m_messages->withAttachments(rows, withData, /*everyRole=*/false, /*withText=*/true);
            e.isError())
            return Result<QList<ChatMessage>>::fail(e);
    } else {
        QHash<qint64, Message> byId;
        for (const Message &m : std::as_const(m_memory))
            byId.insert(m.id, m);
        for (qint64 id = leafId; id > 0 && byId.contains(id); id = byId[id].parentId)
            rows.prepend(byId[id]);
    }
    for (const Message &m : std::as_const(rows)) {
        // Failed or empty answers are not context the model should see.
        if (m.role == Message::Role::Assistant && (m.status == Message::Status::Error || m.content.isEmpty()))
            continue;
        // Imported tool output (ChatGPT's code runs) is context the assistant
        // produced; the chat APIs take "tool" only as the answer to a tool call.
        const Message::Role role = m.role == Message::Role::Tool ? Message::Role::Assistant : m.role;
        history << ChatMessage {roleText(role), m.content, m.attachments};
    }
    return {history, {}};
}

Result<qint64> ChatController::send(qint64 conversationId, const QString &text, const GenerationRequest &settings,
                                    const QList<Attachment> &attachments)
{
    if (isBusy())
        return Result<qint64>::fail(
            Error::make(Error::Kind::Usage, tr("An answer is still streaming; stop it first.")));
    if (const Error e = refuseFiles(settings, attachments); e.isError())
        return Result<qint64>::fail(e); // before a new conversation is made for it
    if (m_persist && hasUnsavedText())
        saveUnsaved(); // an earlier answer first, while it is still the leaf
    qint64 leaf = 0;
    if (m_persist) {
        if (conversationId <= 0) {
            Conversation c;
            c.title
                = titleFrom(text.trimmed().isEmpty() && !attachments.isEmpty() ? attachments.constFirst().name : text);
            c.profileId = settings.profile.id;
            c.model = settings.effectiveModel();
            c.params = settings.params.toJsonString();
            auto created = m_conversations->create(c);
            if (!created.ok())
                return created;
            conversationId = created.value;
            Q_EMIT conversationCreated(conversationId);
        } else {
            auto c = m_conversations->get(conversationId);
            if (!c.ok())
                return Result<qint64>::fail(c.error);
            leaf = c.value.currentLeafId;
            // A title the store refused is tried again by the next send (it stays empty).
            if (c.value.title.isEmpty())
                std::ignore = m_conversations->rename(conversationId,
                                                      titleFrom(text.trimmed().isEmpty() && !attachments.isEmpty()
                                                                    ? attachments.constFirst().name
                                                                    : text));
        }
    } else {
        conversationId = 1;
        leaf = m_memory.isEmpty() ? 0 : m_memory.last().id;
    }
    return sendAfter(conversationId, leaf, text, settings, attachments);
}

Result<qint64> ChatController::sendEdited(qint64 conversationId, qint64 editedId, const QString &text,
                                          const GenerationRequest &settings,
                                          const std::optional<QStringList> &keepFiles)
{
    if (isBusy())
        return Result<qint64>::fail(
            Error::make(Error::Kind::Usage, tr("An answer is still streaming; stop it first.")));
    if (m_persist && hasUnsavedText())
        saveUnsaved(); // an earlier answer first, while it is still the leaf
    if (!m_persist)
        return Result<qint64>::fail(Error::make(Error::Kind::Usage, tr("Nothing to edit.")));
    auto edited = m_messages->get(editedId);
    if (!edited.ok())
        return Result<qint64>::fail(edited.error);
    if (edited.value.conversationId != conversationId || edited.value.role != Message::Role::User)
        return Result<qint64>::fail(Error::make(Error::Kind::Usage, tr("Only your own messages can be edited.")));
    // The edited message's files go with its new wording, those the user
    // kept (by sha256) when the editor says which.
    QList<Message> rows {edited.value};
    if (const Error e = m_messages->withAttachments(rows, /*withData=*/true); e.isError())
        return Result<qint64>::fail(e);
    QList<Attachment> files = rows.constFirst().attachments;
    if (keepFiles)
        files.removeIf([&](const Attachment &a) { return !keepFiles->contains(a.sha256); });
    return sendAfter(conversationId, edited.value.parentId, text, settings, files);
}

Result<qint64> ChatController::sendAfter(qint64 conversationId, qint64 parentId, const QString &text,
                                         const GenerationRequest &settings, const QList<Attachment> &attachments)
{
    // Pictures the model cannot take are refused before anything is stored.
    if (const Error e = refuseFiles(settings, attachments); e.isError())
        return Result<qint64>::fail(e);
    Message user;
    user.conversationId = conversationId;
    user.parentId = parentId;
    user.role = Message::Role::User;
    user.content = text;
    user.attachments = attachments;
    // What is stored is what went: a PDF meant whole goes as its text to a
    // server that reads only text (a scanned one was refused above).
    if (!readsPdf(settings.profile))
        for (Attachment &a : user.attachments)
            a.native = false;
    auto stored = store(user);
    if (!stored.ok())
        return stored;
    pointAt(conversationId, user.id);
    Q_EMIT messageAdded(user);

    auto history = historyTo(user.id);
    if (!history.ok())
        return Result<qint64>::fail(history.error);
    return start(conversationId, user.id, settings, history.value);
}

Result<qint64> ChatController::regenerate(qint64 conversationId, const GenerationRequest &settings)
{
    if (isBusy())
        return Result<qint64>::fail(
            Error::make(Error::Kind::Usage, tr("An answer is still streaming; stop it first.")));
    if (m_persist && hasUnsavedText())
        saveUnsaved(); // an earlier answer first, while it is still the leaf
    if (!m_persist)
        return Result<qint64>::fail(Error::make(Error::Kind::Usage, tr("Nothing to regenerate.")));
    auto c = m_conversations->get(conversationId);
    if (!c.ok())
        return Result<qint64>::fail(c.error);
    auto leaf = m_messages->get(c.value.currentLeafId);
    if (!leaf.ok())
        return Result<qint64>::fail(leaf.error);
    // The user message the answer belongs to: the leaf itself or its parent.
    const qint64 userId = leaf.value.role == Message::Role::User ? leaf.value.id : leaf.value.parentId;
    auto history = historyTo(userId);
    if (!history.ok())
        return Result<qint64>::fail(history.error);
    return start(conversationId, userId, settings, history.value);
}

Result<QString> ChatController::requestAsCurl(qint64 answerId)
{
    if (!m_persist)
        return Result<QString>::fail(Error::make(Error::Kind::Usage, tr("Nothing stored to copy.")));
    auto answer = m_messages->get(answerId);
    if (!answer.ok())
        return Result<QString>::fail(answer.error);
    const Message &a = answer.value;
    if (a.role != Message::Role::Assistant)
        return Result<QString>::fail(Error::make(Error::Kind::Usage, tr("Only an answer has a request to copy.")));
    GenerationRequest r;
    // The stored profile gives the preset and extra headers, if it still
    // points at the same server; the answer itself records the rest.
    if (auto p = ProfileRepository(m_db).byName(a.profileName); p.ok() && p.value.baseUrl == a.baseUrl)
        r.profile = p.value;
    r.profile.name = a.profileName;
    r.profile.api = a.api.isEmpty() ? QStringLiteral("openai") : a.api;
    r.profile.baseUrl = a.baseUrl;
    r.model = a.modelRequested;
    r.params = GenerationParams::fromJsonString(a.params);
    r.apiKey = QStringLiteral("redacted"); // so that the auth header is written, then masked
    auto history = historyTo(a.parentId, /*withData=*/true);
    if (!history.ok())
        return Result<QString>::fail(history.error);
    r.messages = history.value;
    auto provider = Provider::create(r.profile.api);
    if (!provider)
        return Result<QString>::fail(Error::make(Error::Kind::Usage, tr("Unknown API ‘%1’.").arg(r.profile.api)));
    return {curlCommand(provider->buildRequest(r), provider->buildBody(r)), {}};
}

bool ChatController::canContinue(const Message &a)
{
    return a.role == Message::Role::Assistant && !a.content.isEmpty()
        && (a.status == Message::Status::Interrupted || a.status == Message::Status::Stopped
            || (a.status == Message::Status::Complete
                && (a.finishReason == u"length" || a.finishReason == u"max_tokens")));
}

Result<qint64> ChatController::continueAnswer(qint64 conversationId, const GenerationRequest &settings)
{
    if (isBusy())
        return Result<qint64>::fail(
            Error::make(Error::Kind::Usage, tr("An answer is still streaming; stop it first.")));
    if (m_persist && hasUnsavedText())
        saveUnsaved(); // an earlier answer first, while it is still the leaf
    if (!m_persist)
        return Result<qint64>::fail(Error::make(Error::Kind::Usage, tr("Nothing to continue.")));
    auto c = m_conversations->get(conversationId);
    if (!c.ok())
        return Result<qint64>::fail(c.error);
    auto answer = m_messages->get(c.value.currentLeafId);
    if (!answer.ok())
        return Result<qint64>::fail(answer.error);
    if (!canContinue(answer.value))
        return Result<qint64>::fail(
            Error::make(Error::Kind::Usage, tr("Only an answer that was cut short can be continued.")));
    auto history = historyTo(answer.value.parentId);
    if (!history.ok())
        return Result<qint64>::fail(history.error);
    QList<ChatMessage> messages = history.value;
    GenerationRequest request = settings;
    const Preset::Continue how
        = settings.profile.api == u"anthropic" ? Preset::Continue::Prefill : Preset::of(settings.profile).continuation;
    QString join;
    if (settings.profile.api == u"anthropic") {
        // Anthropic carries on from a final assistant turn (no trailing space allowed).
        messages << ChatMessage {QStringLiteral("assistant"), answer.value.content.trimmed()};
        request.prefill = true;
    } else if (how != Preset::Continue::Ask) {
        // The server goes on from the last token of the answer so far: what
        // streams is joined as it comes.
        messages << ChatMessage {QStringLiteral("assistant"), answer.value.content};
        request.prefill = true;
    } else {
        // A new answer that picks up the text: joined with care (GenerationRun::joinTo).
        messages << ChatMessage {QStringLiteral("assistant"), answer.value.content}
                 << ChatMessage {QStringLiteral("user"),
                                 QStringLiteral("Continue exactly where your last answer stopped, "
                                                "without repeating any of it.")};
        join = answer.value.content;
    }
    request.mode = GenerationRequest::Mode::Chat;
    request.params.n.reset();
    return start(conversationId, answer.value.parentId, request, messages, &answer.value, join);
}

Result<qint64> ChatController::start(qint64 conversationId, qint64 parentId, const GenerationRequest &settings,
                                     const QList<ChatMessage> &history, const Message *resume, const QString &join)
{
    GenerationRequest wanted = settings;
    wanted.messages = history;
    // The history's files are read where the body is built, off this
    // thread, through a connection of the worker's own.
    if (m_persist)
        wanted.loadFiles = [path = m_db.databaseName()](QList<ChatMessage> &messages) {
            Database db;
            if (Error e = db.open(path); e.isError())
                return e;
            return AttachmentRepository(db.db()).loadData(messages);
        };
    if (m_noStreamOptions.contains(wanted.profile.baseUrl))
        wanted.profile.includeUsage = false;
    if (m_maxCompletionTokens.contains(wanted.profile.baseUrl + u'\n' + wanted.effectiveModel()))
        wanted.maxCompletionTokens = true;
    auto created = GenerationRun::create(m_nam, wanted);
    if (!created.ok())
        return Result<qint64>::fail(created.error);
    // Set now, so that the rows announced below can be read from their
    // streams; taken back if a row cannot be stored.
    m_run = std::move(created.value);
    GenerationRun *run = m_run.get();
    const GenerationRequest &request = run->request();
    m_conversationId = conversationId;
    m_answers.clear();
    m_lastError = {};
    // The answer rows exist before the first byte, so a crash keeps them.
    const int n = resume ? 0 : run->choiceCount();
    const QString params = request.params.toJsonString();
    m_resumedTokens = resume && resume->completionTokens > 0 ? resume->completionTokens : 0;
    if (resume) {
        Message a = *resume;
        a.status = Message::Status::Streaming;
        a.error.clear();
        a.finishReason.clear();
        if (m_persist) {
            if (const Error e = m_messages->resume(a.id); e.isError()) {
                m_run.reset();
                return Result<qint64>::fail(e);
            }
        }
        m_answers.insert(0, a);
        run->resume(a.content, a.reasoning);
    }
    if (!join.isEmpty())
        run->joinTo(join);
    for (int i = 0; i < n; ++i) {
        Message a;
        a.conversationId = conversationId;
        a.parentId = parentId;
        a.role = Message::Role::Assistant;
        a.status = Message::Status::Streaming;
        a.choiceIndex = i;
        a.profileName = request.profile.name;
        a.api = request.profile.api;
        a.baseUrl = request.profile.baseUrl;
        a.modelRequested = request.effectiveModel();
        a.params = params;
        auto stored = store(a);
        if (!stored.ok()) {
            // The rows already stored (and shown) end as failed, not streaming forever.
            for (Message &earlier : m_answers) {
                earlier.status = Message::Status::Error;
                earlier.error = stored.error.message;
                if (m_persist)
                    std::ignore = m_messages->finish(earlier); // the same store refused; start-up recovers it
                Q_EMIT messageFinished(earlier);
            }
            m_answers.clear();
            m_run.reset();
            return stored;
        }
        m_answers.insert(i, a);
        Q_EMIT messageAdded(a);
    }
    pointAt(conversationId, m_answers[0].id);

    if (resume)
        Q_EMIT messageResumed(m_answers[0]); // its streamed text is there now
    Generation *generation = &m_run->generation();
    connect(m_run.get(), &GenerationRun::grew, this,
            [this](int choice, const QString &content, const QString &reasoning) {
                if (m_answers.contains(choice))
                    Q_EMIT delta(m_answers[choice].id, choice, content, reasoning);
            });
    connect(generation, &Generation::modelReported, this, [this](const QString &model) {
        for (Message &a : m_answers)
            a.modelReported = model;
    });
    connect(generation, &Generation::usageReceived, this, [this](const Usage &u) {
        // One answer's own counts go to it. The whole request's go to its one
        // answer; with n > 1 each answer gets the prompt's count, but the
        // completion total is nobody's own (an answer's count is never
        // another's, nor the sum).
        if (u.choice >= 0) {
            if (m_answers.contains(u.choice)) {
                Message &a = m_answers[u.choice];
                a.promptTokens = u.promptTokens >= 0 ? u.promptTokens : a.promptTokens;
                a.completionTokens
                    = u.completionTokens >= 0 ? u.completionTokens + m_resumedTokens : a.completionTokens;
            }
            return;
        }
        for (auto it = m_answers.begin(); it != m_answers.end(); ++it) {
            if (u.promptTokens >= 0)
                it->promptTokens = u.promptTokens;
            if (m_answers.size() == 1 && u.completionTokens >= 0)
                it->completionTokens = u.completionTokens + m_resumedTokens;
        }
    });
    connect(generation, &Generation::choiceFinished, this, [this](int choice, const QString &reason) {
        if (m_answers.contains(choice))
            m_answers[choice].finishReason = reason;
    });
    connect(generation, &Generation::retrying, this, &ChatController::retrying);
    connect(m_run.get(), &GenerationRun::finished, this, &ChatController::onFinished);
    if (m_persist)
        connect(m_run.get(), &GenerationRun::flushDue, this, &ChatController::flush);
    Q_EMIT busyChanged(true);
    m_run->start();
    return {conversationId, {}};
}

void ChatController::stop()
{
    if (m_run)
        m_run->stop();
}

std::shared_ptr<const StreamedText> ChatController::streamedText(qint64 messageId) const
{
    if (!m_run)
        return {};
    for (auto it = m_answers.cbegin(); it != m_answers.cend(); ++it)
        if (it->id == messageId)
            return m_run->text(it.key());
    return {};
}

void ChatController::flush()
{
    if (!m_persist || !m_run || !m_run->hasUnstored())
        return;
    // After a failure the text waits in memory a while, so that a full disk
    // or another program's lock is not asked four times a second.
    if (m_sinceWriteFailed.isValid() && !m_sinceWriteFailed.hasExpired(kRetryIntervalMs))
        return;
    const Sql::BusyTimeout brief(m_db, kFlushBusyMs);
    for (int choice : m_run->unstored()) {
        const std::shared_ptr<const StreamedText> text = m_run->text(choice);
        // On failure the text stays unstored: the next flush and the final
        // write try again.
        if (const Error e = m_messages->updateText(m_answers.value(choice).id, text->content, text->reasoning);
            e.isError()) {
            writeFailed(e);
            return;
        }
        m_run->markStored(choice);
    }
    writeSucceeded();
}

bool ChatController::saveUnsaved()
{
    if (!m_persist)
        return true;
    for (auto it = m_unsaved.begin(); it != m_unsaved.end();) {
        if (const Error e = m_messages->finish(*it); e.isError()) {
            writeFailed(e);
            return false;
        }
        it = m_unsaved.erase(it);
    }
    if (m_unsavedLeaf > 0) {
        if (const Error e = m_conversations->setCurrentLeaf(m_unsavedLeafConversation, m_unsavedLeaf); e.isError()) {
            writeFailed(e);
            return false;
        }
        m_unsavedLeaf = 0;
        m_unsavedLeafConversation = 0;
    }
    if (m_run && m_run->hasUnstored()) {
        m_sinceWriteFailed.invalidate(); // now, not after the pause
        flush();
        if (m_run->hasUnstored())
            return false;
    }
    writeSucceeded();
    return true;
}

QString ChatController::rescue(const QStringList &texts) const
{
    // The last resort when quitting while the store still refuses: a file a
    // person can find, beside the database, else at home, else in /tmp.
    if (texts.isEmpty())
        return {}; // only the branch pointer was pending: no text to lose
    const QString name
        = QStringLiteral("inkwell-unsaved-answer-%1.md").arg(QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"));
    for (const QString &folder : {QFileInfo(m_db.databaseName()).absolutePath(),
                                  QStandardPaths::writableLocation(QStandardPaths::HomeLocation), QDir::tempPath()}) {
        if (folder.isEmpty() || !QFileInfo(folder).isDir())
            continue;
        QSaveFile out(QDir(folder).filePath(name));
        // Owner-only: /tmp is shared, and this is someone's conversation.
        if (out.open(QIODevice::WriteOnly) && out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
            && out.write(texts.join(QStringLiteral("\n\n---\n\n")).toUtf8()) >= 0 && out.commit())
            return out.fileName();
    }
    return {};
}

void ChatController::pointAt(qint64 conversationId, qint64 leaf)
{
    if (!m_persist)
        return;
    if (Error e = m_conversations->setCurrentLeaf(conversationId, leaf); e.isError()) {
        // Written with the answer's text once the store takes it (saveUnsaved):
        // the conversation must not lose its new branch.
        m_unsavedLeafConversation = conversationId;
        m_unsavedLeaf = leaf;
        writeFailed(e);
    } else {
        forgetPendingLeaf(conversationId);
    }
}

void ChatController::forgetPendingLeaf(qint64 conversationId)
{
    if (m_unsavedLeafConversation != conversationId)
        return;
    m_unsavedLeaf = 0;
    m_unsavedLeafConversation = 0;
}

void ChatController::writeFailed(const Error &error)
{
    m_sinceWriteFailed.start();
    m_storageCause = error;
    Error kept = error;
    kept.message = tr("%1. The answer is kept and will be saved as soon as that works.").arg(error.message);
    // Told once per problem (a full disk), not for each write it stops.
    const bool news = !m_storageError.isError() || kept.code != m_storageError.code
        || (kept.code.isEmpty() && kept.message != m_storageError.message);
    m_storageError = kept;
    if (!m_retryTimer.isActive())
        m_retryTimer.start();
    if (news)
        Q_EMIT storageFailed(m_storageError);
}

void ChatController::writeSucceeded()
{
    if (!m_storageError.isError() || hasUnsavedText())
        return;
    m_storageError = {};
    m_storageCause = {};
    m_sinceWriteFailed.invalidate();
    m_retryTimer.stop();
    Q_EMIT storageRecovered();
}

void ChatController::onFinished(Generation::Status status)
{
    std::unique_ptr<GenerationRun> run = std::move(m_run);
    const Generation *gen = &run->generation();
    m_lastError = gen->error();
    const QString generationError = m_lastError.message;
    if (gen->droppedStreamOptions())
        m_noStreamOptions.insert(gen->request().profile.baseUrl);
    if (gen->switchedToMaxCompletionTokens())
        m_maxCompletionTokens.insert(gen->request().profile.baseUrl + u'\n' + gen->request().effectiveModel());
    const qint64 elapsed = gen->elapsedMs();
    const qint64 ttft = gen->timeToFirstTokenMs();
    for (auto it = m_answers.begin(); it != m_answers.end(); ++it) {
        Message &a = *it;
        const std::shared_ptr<const StreamedText> text = run->text(it.key());
        a.content = text->content; // shared with the stream's copy, not copied
        a.reasoning = text->reasoning;
        a.status = status;
        a.error = generationError;
        a.ttftMs = ttft;
        const double seconds = (elapsed - qMax<qint64>(ttft, 0)) / 1000.0;
        // Usage counts all n choices together; per answer, count its deltas.
        // This request's own tokens (a continued answer's earlier ones took their own time).
        const qint64 tokens
            = (m_answers.size() == 1 && a.completionTokens >= 0) ? a.completionTokens - m_resumedTokens : text->deltas;
        a.tokensPerSec = (ttft >= 0 && seconds > 0.001 && tokens > 0) ? tokens / seconds : -1;
        if (m_persist) {
            // Not written: kept, complete, and written later (saveUnsaved).
            if (const Error e = m_messages->finish(a); e.isError()) {
                m_unsaved.insert(a.id, a);
                writeFailed(e);
                m_lastError = m_storageError;
            }
        } else {
            for (Message &m : m_memory)
                if (m.id == a.id)
                    m = a;
        }
        Q_EMIT messageFinished(a);
    }
    // The final write carried their text, or m_unsaved keeps it.
    if (m_persist) {
        const qint64 leaf = m_answers.value(0).id;
        if (!m_unsaved.isEmpty()) {
            // The store just refused the answer: the leaf waits with it
            // rather than wait for another busy timeout now.
            m_unsavedLeafConversation = m_conversationId;
            m_unsavedLeaf = leaf;
        } else if (const Error e = m_conversations->setCurrentLeaf(m_conversationId, leaf); e.isError()) {
            m_unsavedLeafConversation = m_conversationId;
            m_unsavedLeaf = leaf;
            writeFailed(e);
            if (!m_lastError.isError())
                m_lastError = m_storageError;
        }
        writeSucceeded(); // a write that failed while streaming may have got through now
    }
    run.release()->deleteLater(); // we may be inside its signal
    Q_EMIT busyChanged(false);
    if (m_lastError.isError())
        Q_EMIT failed(m_lastError);
}

} // namespace Inkwell
