// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "composerattachments.h"
#include "core/error.h"
#include "messagelistmodel.h"
#include "store/message.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QSqlDatabase>
#include <QTimer>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace Inkwell {

class ActiveServer;
class ChatController;
class ConversationListModel;
class ParametersController;
class TemplatesController;
class TitlesController;
struct GenerationRequest;

// The conversation on screen, and the one owner of its shown branch: opening,
// sending, editing, regenerating, continuing, switching branches, and the
// error banner. An answer ends in two explicit steps: Answering → Finishing
// when the stream ends (the store has just written), Finishing → Idle once the
// view, the sidebar and the branch switchers have been read again.
class ConversationSession : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("App.session")
    Q_PROPERTY(Inkwell::MessageListModel *messages READ messages CONSTANT)
    // The files in the composer, sent with the next message.
    Q_PROPERTY(Inkwell::ComposerAttachments *attachments READ attachments CONSTANT)
    Q_PROPERTY(Inkwell::MessageListModel *compared READ compared CONSTANT)
    Q_PROPERTY(qint64 comparedShownId READ comparedShownId NOTIFY comparedChanged)
    Q_PROPERTY(qint64 conversationId READ conversationId NOTIFY conversationChanged)
    Q_PROPERTY(QString title READ title NOTIFY conversationChanged)
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY stateChanged)
    // An answer streams into a conversation other than the one shown.
    Q_PROPERTY(bool answeringElsewhere READ answeringElsewhere NOTIFY answeringElsewhereChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorChanged)
    Q_PROPERTY(bool canRetry READ canRetry NOTIFY errorChanged)
    // The last answer was cut short and can be continued in place.
    Q_PROPERTY(bool canContinue READ canContinue NOTIFY canContinueChanged)
    // "Rate limited … retrying in 3 s": shown while a request waits to go again.
    Q_PROPERTY(QString retryText READ retryText NOTIFY retryTextChanged)
public:
    enum class State {
        Idle,
        Answering, // a request is out or streaming
        Finishing, // the stream ended; the views are not yet read again
    };
    Q_ENUM(State)

    struct Parts {
        QSqlDatabase db;
        QNetworkAccessManager *nam = nullptr;
        ConversationListModel *sidebar = nullptr;
        ParametersController *parameters = nullptr;
        ActiveServer *server = nullptr;
        TitlesController *titles = nullptr;
        TemplatesController *templates = nullptr;
        bool storeUsable = false; // false: nothing can be sent or opened
    };
    explicit ConversationSession(const Parts &parts, QObject *parent = nullptr);
    ~ConversationSession() override;

    MessageListModel *messages() { return &m_messages; }
    ComposerAttachments *attachments() { return &m_attachments; }
    ChatController *chat() const { return m_chat.get(); }
    qint64 conversationId() const { return m_currentId; }
    QString title() const;
    State state() const { return m_state; }
    bool busy() const { return m_state != State::Idle; }
    // The conversation an answer is streaming into (shown or not), or 0.
    [[nodiscard]] qint64 answeringId() const { return busy() ? m_answeredId : 0; }
    [[nodiscard]] bool answeringElsewhere() const { return busy() && m_answeredId != m_currentId; }
    QString errorText() const { return m_errorText; }
    // Retry asks for the failed answer again; not for other errors (a store
    // that refused a write retries by itself and keeps the answer meanwhile).
    bool canRetry() const { return m_retryable && !m_errorText.isEmpty() && m_currentId > 0; }
    bool canContinue() const;
    QString retryText() const { return m_retryText; }

    Q_INVOKABLE void newConversation();
    Q_INVOKABLE void open(qint64 id);
    // A message found by search: its conversation opens on a branch that
    // holds it (the newest one below it), and messageRequested asks the view
    // to show it.
    Q_INVOKABLE void openMessage(qint64 conversationId, qint64 messageId);
    // False (and errorText set) when nothing was sent; the composer keeps the text then.
    Q_INVOKABLE bool send(const QString &text);
    Q_INVOKABLE void stop();
    Q_INVOKABLE void retry();
    // A new answer beside the last one (Ctrl+R); the old one stays a branch.
    Q_INVOKABLE void regenerate();
    // Edit and resend one of the user's messages: a new branch from there.
    // `keepFiles`: the sha256 of the message's files that go with the new
    // wording (the editor's chips; the others were removed).
    Q_INVOKABLE bool editMessage(qint64 messageId, const QString &text, const QStringList &keepFiles);
    // ‹ ›: show the previous (-1) or next (+1) sibling of this message, down
    // to that branch's newest leaf.
    Q_INVOKABLE void switchBranch(qint64 messageId, int step);
    // `compared` becomes the message and its siblings (the n answers of one
    // request, regenerated ones, edits), in order; `comparedShownId` the one
    // the branch on screen goes through (0 if none).
    Q_INVOKABLE void compare(qint64 messageId);
    MessageListModel *compared() { return &m_compared; }
    [[nodiscard]] qint64 comparedShownId() const { return m_comparedShownId; }
    // Shows the branch through this message (its newest leaf): "Continue with this one".
    Q_INVOKABLE void chooseBranch(qint64 messageId);
    Q_INVOKABLE void continueAnswer();
    Q_INVOKABLE void dismissError();
    // A template whose output is a conversation: a new one, with the
    // template's parameters and system prompt, its prompt sent at once.
    Q_INVOKABLE bool sendFromTemplate(const QString &key, const QVariantMap &values);
    // Text typed in the composer and not sent, per conversation (0: a new
    // one), kept in the database so neither switching nor quitting loses it.
    Q_INVOKABLE QString unsentText(qint64 conversationId);
    Q_INVOKABLE void keepUnsent(qint64 conversationId, const QString &text);
    // A sent file: a document's extracted text (what the model was given),
    // and any file saved where the user chose. False with errorText if not.
    Q_INVOKABLE QString attachmentText(const QString &sha256);
    Q_INVOKABLE bool saveAttachment(const QString &sha256, const QUrl &to);

    // Errors of the window's other parts go to the same banner.
    void showError(const QString &text);
    // Strings made in C++ (the answers' footers) in the new language.
    void retranslate();

Q_SIGNALS:
    void comparedChanged();
    void answeringElsewhereChanged();
    void conversationChanged();
    void stateChanged();
    void errorChanged();
    void retryTextChanged();
    void canContinueChanged();
    void messageRequested(qint64 messageId);

private:
    void setState(State state);
    // Finishing → Idle, and the finished answers shown as stored.
    void settle();
    void show(qint64 id);
    // send() with these files before the composer's (a template's).
    bool sendWith(const QString &text, const QList<Attachment> &extra);
    // The shown branch again from the conversation's current leaf.
    void reloadBranch();
    void showBranch(qint64 leafId);
    void refreshSiblings();
    // A conversation's title as the sidebar shows it.
    [[nodiscard]] QString titleOf(qint64 id) const;
    // The message's siblings and itself, in order (empty if not shown here).
    [[nodiscard]] QList<qint64> siblingIds(qint64 messageId) const;
    void setRetryText(const QString &text);
    // A store write that failed goes to the banner (it names the file and why).
    void report(const Error &e);
    // The parameters panel's settings kept with the conversation shown.
    void storeSettings();
    bool needsServer();
    GenerationRequest request() const;

    QSqlDatabase m_db;
    ConversationListModel *m_sidebar;
    ParametersController *m_parameters;
    ActiveServer *m_server;
    TitlesController *m_titles;
    TemplatesController *m_templates;
    MessageListModel m_messages;
    ComposerAttachments m_attachments;
    MessageListModel m_compared;
    qint64 m_comparedShownId = 0;
    std::unique_ptr<ChatController> m_chat;
    QTimer m_settle;
    QList<Message> m_finished; // stored, not yet shown as such
    State m_state = State::Idle;
    qint64 m_currentId = 0;
    qint64 m_answeredId = 0; // the conversation of the answer that is finishing
    QString m_errorText;
    QString m_retryText;
    bool m_showsStorage = false; // the banner shows the store's problem, until it is over
    bool m_showsRefusal = false; // the banner says why a send was refused (moot on another server)
    bool m_retryable = false; // the banner's error is a failed answer
};

} // namespace Inkwell
