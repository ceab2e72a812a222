// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "providers/generationrun.h"
#include "store/message.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QSqlDatabase>
#include <QStringList>
#include <QTimer>

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace Inkwell {

class ConversationRepository;
class MessageRepository;

// Drives the exchanges of one conversation at a time: stores the user's
// message, creates the answer row(s) before the first byte, runs the request
// (a GenerationRun, which holds the streaming text), flushes it to SQLite
// every 250 ms and records how each answer was made.
// Without a database it keeps everything in memory (the CLI without --save).
class ChatController : public QObject {
    Q_OBJECT
public:
    // A new conversation's title: its first message, on one line, at most 60 characters.
    static QString titleFrom(const QString &text);
    ChatController(QNetworkAccessManager *nam, const QSqlDatabase &db, QObject *parent = nullptr);
    ChatController(QNetworkAccessManager *nam, QObject *parent = nullptr); // no storage
    ~ChatController() override;

    // Sends `text` as a user message after the conversation's current leaf
    // (a new conversation when conversationId is 0). Returns the conversation id.
    // `attachments` are stored with the message, in one transaction with it.
    Result<qint64> send(qint64 conversationId, const QString &text, const GenerationRequest &settings,
                        const QList<Attachment> &attachments = {});
    // Edit and resend: `text` as a new user message beside `editedId` (a
    // sibling: the edited message and its answers stay, on their branch).
    Result<qint64> sendEdited(qint64 conversationId, qint64 editedId, const QString &text,
                              const GenerationRequest &settings,
                              const std::optional<QStringList> &keepFiles = std::nullopt);
    // A new answer (or n) as sibling(s) of the last answer, to the same user message.
    Result<qint64> regenerate(qint64 conversationId, const GenerationRequest &settings);
    // The answer at the conversation's current leaf was cut short (interrupted,
    // stopped, or ended by the token limit): its text goes back to the model,
    // which carries on, and the rest is appended to the same message.
    Result<qint64> continueAnswer(qint64 conversationId, const GenerationRequest &settings);
    static bool canContinue(const Message &answer);
    // The request that made this stored answer, as a curl command (no key in it).
    Result<QString> requestAsCurl(qint64 answerId);
    void stop();

    [[nodiscard]] bool isBusy() const { return m_run != nullptr; }
    [[nodiscard]] qint64 conversationId() const { return m_conversationId; }
    // The answers of the last request; their text is complete once it ended
    // (while it streams, it is in streamedText()).
    [[nodiscard]] const QHash<int, Message> &answers() const { return m_answers; }
    // A streaming answer's text, its one copy (null for any other message):
    // the view reads it in pieces and may keep it past the end of the answer.
    [[nodiscard]] std::shared_ptr<const StreamedText> streamedText(qint64 messageId) const;
    [[nodiscard]] Generation *generation() const { return m_run ? &m_run->generation() : nullptr; }
    [[nodiscard]] const Error &lastError() const { return m_lastError; }

    // When the store refuses a write (a full disk, a read-only or locked
    // file), the answers' text stays here, complete, and is written later:
    // by the next flush, every kRetryIntervalMs, before the next request, or
    // by saveUnsaved(). Nothing is dropped while this object lives.
    static constexpr int kRetryIntervalMs = 2000;
    [[nodiscard]] bool hasUnsavedText() const
    {
        return (m_run && m_run->hasUnstored()) || !m_unsaved.isEmpty() || m_unsavedLeaf > 0;
    }
    // Why the last write failed, naming the file; cleared once all is written.
    [[nodiscard]] const Error &storageError() const { return m_storageError; }
    // The same without the promise to save later (for a CLI about to exit).
    [[nodiscard]] const Error &storageCause() const { return m_storageCause; }
    // Finished answers the store has not taken yet, complete, by id: what a
    // view of their conversation must show instead of the store's rows.
    [[nodiscard]] const QHash<qint64, Message> &unsavedAnswers() const { return m_unsaved; }
    // Writes what is still unsaved now; true when nothing is left.
    bool saveUnsaved();
    // The user chose this conversation's branch since: a pending write of
    // the current leaf must not undo that.
    void forgetPendingLeaf(qint64 conversationId);

Q_SIGNALS:
    void conversationCreated(qint64 conversationId);
    void messageAdded(const Inkwell::Message &message);
    // An existing answer streams again (continueAnswer).
    void messageResumed(const Inkwell::Message &message);
    // Every delta, in order; content/reasoning are the pieces, not the totals.
    void delta(qint64 messageId, int choice, const QString &content, const QString &reasoning);
    void messageFinished(const Inkwell::Message &message);
    void busyChanged(bool busy);
    void failed(const Inkwell::Error &error);
    // Before any answer text, the request failed and goes again in delayMs.
    void retrying(int attempt, qint64 delayMs, const QString &reason);
    // The answer's text could not be written; it is kept and written later
    // (storageError() says why, naming the file). Once per problem.
    void storageFailed(const Inkwell::Error &error);
    // Everything that could not be written has now been written.
    void storageRecovered();

private:
    // The user message goes after `parentId` (0: a root); the answer after it.
    Result<qint64> sendAfter(qint64 conversationId, qint64 parentId, const QString &text,
                             const GenerationRequest &settings, const QList<Attachment> &attachments);
    // `resume`: continue this answer instead of creating new ones; `join`:
    // the text a new answer continues (GenerationRun::joinTo).
    Result<qint64> start(qint64 conversationId, qint64 parentId, const GenerationRequest &settings,
                         const QList<ChatMessage> &history, const Message *resume = nullptr, const QString &join = {});
    // The branch up to `leafId` as a request sends it. Files come with
    // their text but not their bytes unless `withData`: start() has them
    // read on the worker that builds the body.
    Result<QList<ChatMessage>> historyTo(qint64 leafId, bool withData = false);
    Result<qint64> store(Message &message);
    void onFinished(Generation::Status status);
    void flush();
    // Answers the store never took, written to a file at quit; its path, or "".
    [[nodiscard]] QString rescue(const QStringList &texts) const;
    // The conversation's current leaf set to `leaf`, or kept for a later write.
    void pointAt(qint64 conversationId, qint64 leaf);
    void writeFailed(const Error &error);
    void writeSucceeded();

    QNetworkAccessManager *m_nam;
    bool m_persist;
    QSqlDatabase m_db;
    std::unique_ptr<ConversationRepository> m_conversations;
    std::unique_ptr<MessageRepository> m_messages;
    std::unique_ptr<GenerationRun> m_run;
    QSet<QString> m_noStreamOptions; // base URLs that refused stream_options
    QSet<QString> m_maxCompletionTokens; // "baseUrl\nmodel" that refused max_tokens
    QHash<int, Message> m_answers;
    // A continued answer's tokens so far: its count is theirs and the new ones.
    qint64 m_resumedTokens = 0;
    QList<Message> m_memory; // rows when not persisting
    qint64 m_conversationId = 0;
    qint64 m_nextMemoryId = 1;
    Error m_lastError;
    // Finished answers whose final write failed, by id, and the leaf the
    // conversation should point at; written by saveUnsaved().
    QHash<qint64, Message> m_unsaved;
    qint64 m_unsavedLeafConversation = 0;
    qint64 m_unsavedLeaf = 0;
    Error m_storageError;
    Error m_storageCause;
    QElapsedTimer m_sinceWriteFailed; // periodic flushes pause after a failure
    QTimer m_retryTimer;
    // A periodic flush waits this long for another program's lock (it comes
    // again); the final write waits for the connection's whole busy timeout.
    static constexpr int kFlushBusyMs = 200;
};

} // namespace Inkwell
