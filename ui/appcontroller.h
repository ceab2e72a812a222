// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "appearance.h"
#include "conversationlistmodel.h"
#include "draftscontroller.h"
#include "exchangecontroller.h"
#include "messagelistmodel.h"
#include "parameterscontroller.h"
#include "profilescontroller.h"
#include "providers/generationrequest.h"
#include "searchindexer.h"
#include "sidebarcontroller.h"
#include "store/database.h"
#include "templatescontroller.h"
#include "titlescontroller.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace Inkwell {

class ChatController;
class KeyStore;
struct Error;

// What main() learned from the command line, read when QML creates App.
struct StartupOptions {
    QString dataDir;
    QString baseUrl; // ad-hoc OpenAI-compatible profile
    QString model;
    bool languageGiven = false; // --language: it wins over the one chosen in the window
};

// The QML-facing state of the window: one instance, created by the engine.
class AppController : public QObject {
    Q_OBJECT
    QML_NAMED_ELEMENT(App)
    QML_SINGLETON
    Q_PROPERTY(Inkwell::ConversationListModel *conversations READ conversations CONSTANT)
    Q_PROPERTY(Inkwell::MessageListModel *messages READ messages CONSTANT)
    Q_PROPERTY(Inkwell::ExchangeController *exchange READ exchange CONSTANT)
    // Imported messages still being added to the search index (null without a database).
    Q_PROPERTY(Inkwell::SearchIndexer *searchIndexer READ searchIndexer CONSTANT)
    Q_PROPERTY(Inkwell::ProfilesController *profiles READ profiles CONSTANT)
    Q_PROPERTY(Inkwell::ParametersController *parameters READ parameters CONSTANT)
    Q_PROPERTY(Inkwell::TemplatesController *templates READ templates CONSTANT)
    Q_PROPERTY(Inkwell::DraftsController *drafts READ drafts CONSTANT)
    Q_PROPERTY(Inkwell::SidebarController *sidebar READ sidebar CONSTANT)
    Q_PROPERTY(Inkwell::Appearance *appearance READ appearance CONSTANT)
    Q_PROPERTY(Inkwell::TitlesController *titles READ titles CONSTANT)
    // "Rate limited … retrying in 3 s": shown while a request waits to go again.
    Q_PROPERTY(QString retryText READ retryText NOTIFY retryTextChanged)
    Q_PROPERTY(qint64 currentConversationId READ currentConversationId NOTIFY currentConversationChanged)
    Q_PROPERTY(QString currentTitle READ currentTitle NOTIFY currentConversationChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorChanged)
    Q_PROPERTY(bool canRetry READ canRetry NOTIFY errorChanged)
    // The last answer was cut short and can be continued in place.
    Q_PROPERTY(bool canContinue READ canContinue NOTIFY canContinueChanged)
    Q_PROPERTY(QString startupError READ startupError CONSTANT)
    Q_PROPERTY(bool configured READ configured NOTIFY profileChanged)
    Q_PROPERTY(QString profileName READ profileName NOTIFY profileChanged)
    Q_PROPERTY(QString baseUrl READ baseUrl NOTIFY profileChanged)
    Q_PROPERTY(QString model READ model NOTIFY profileChanged)
    Q_PROPERTY(QString serviceName READ serviceName NOTIFY profileChanged)
    Q_PROPERTY(bool hasApiKey READ hasApiKey NOTIFY profileChanged)
    Q_PROPERTY(bool adHocProfile READ adHocProfile NOTIFY profileChanged)
    Q_PROPERTY(bool keysSessionOnly READ keysSessionOnly NOTIFY profileChanged)
    Q_PROPERTY(QString version READ version CONSTANT)
public:
    explicit AppController(QObject *parent = nullptr);
    ~AppController() override;

    static void setStartupOptions(const StartupOptions &options);

    ConversationListModel *conversations() { return &m_conversations; }
    MessageListModel *messages() { return &m_messages; }
    ExchangeController *exchange() { return m_exchange.get(); }
    SearchIndexer *searchIndexer() { return m_searchIndexer.get(); }
    ProfilesController *profiles() { return m_profiles.get(); }
    ParametersController *parameters() { return &m_parameters; }
    TemplatesController *templates() { return m_templates.get(); }
    DraftsController *drafts() { return m_drafts.get(); }
    SidebarController *sidebar() { return m_sidebar.get(); }
    Appearance *appearance() { return m_appearance.get(); }
    TitlesController *titles() { return m_titles.get(); }
    QString retryText() const { return m_retryText; }
    QString serviceName() const;
    qint64 currentConversationId() const { return m_currentId; }
    QString currentTitle() const;
    bool busy() const;
    QString errorText() const { return m_errorText; }
    bool canRetry() const { return !m_errorText.isEmpty() && m_currentId > 0; }
    QString startupError() const { return m_startupError; }
    bool configured() const { return !m_profile.baseUrl.isEmpty(); }
    QString profileName() const { return m_profile.name; }
    QString baseUrl() const { return m_profile.baseUrl; }
    QString model() const { return m_profile.model; }
    bool hasApiKey() const { return !m_apiKey.isEmpty(); }
    bool adHocProfile() const { return m_adHoc; }
    bool keysSessionOnly() const;
    QString version() const;

    Q_INVOKABLE void newConversation();
    Q_INVOKABLE void openConversation(qint64 id);
    // A message found by search: its conversation opens on a branch that
    // holds it (the newest one below it), and messageRequested asks the view
    // to show it.
    Q_INVOKABLE void openMessage(qint64 conversationId, qint64 messageId);
    // Ctrl+K: [{kind: message|draft, id, conversationId, title, role,
    // snippet (HTML, matches in <b>), time}], best first.
    Q_INVOKABLE QVariantList search(const QString &query);
    // False (and errorText set) when nothing was sent; the composer keeps the text then.
    Q_INVOKABLE bool send(const QString &text);
    Q_INVOKABLE void stop();
    Q_INVOKABLE void retry();
    // A new answer beside the last one (Ctrl+R); the old one stays a branch.
    Q_INVOKABLE void regenerate();
    // Edit and resend one of the user's messages: a new branch from there.
    Q_INVOKABLE bool editMessage(qint64 messageId, const QString &text);
    // ‹ ›: show the previous (-1) or next (+1) sibling of this message, down
    // to that branch's newest leaf.
    Q_INVOKABLE void switchBranch(qint64 messageId, int step);
    // A message and its siblings (the n answers of one request, regenerated
    // ones, edits), in order: [{id, content, details, current}].
    Q_INVOKABLE QVariantList siblingsOf(qint64 messageId);
    // Shows the branch through this message (its newest leaf): "Continue with this one".
    Q_INVOKABLE void chooseBranch(qint64 messageId);
    Q_INVOKABLE void continueAnswer();
    // Puts the request that made this answer on the clipboard as a curl command.
    Q_INVOKABLE bool copyRequestAsCurl(qint64 answerId);
    bool canContinue() const;
    Q_INVOKABLE void dismissError();
    // A template whose output is a conversation: a new one, with the
    // template's parameters and system prompt, its prompt sent at once.
    Q_INVOKABLE bool sendFromTemplate(const QString &key, const QVariantMap &values);
    Q_INVOKABLE void renameConversation(qint64 id, const QString &title);
    // Text typed in the composer and not sent, per conversation (0: a new
    // one), kept in the database so neither switching nor quitting loses it.
    Q_INVOKABLE QString unsentText(qint64 conversationId);
    Q_INVOKABLE void keepUnsent(qint64 conversationId, const QString &text);
    // A text file dropped on the composer: its content, or "" with errorText
    // saying why not (not text, larger than 1 MB, unreadable).
    Q_INVOKABLE QString readTextFile(const QUrl &file);
    // Deleted with Undo (App.sidebar.undo) for SidebarController::kUndoMs.
    Q_INVOKABLE void deleteConversation(qint64 id);
    // A copy with every branch, opened.
    Q_INVOKABLE void duplicateConversation(qint64 id);
    // The previous (-1) or next (1) conversation as the sidebar lists them.
    Q_INVOKABLE void openNeighbour(int step);
    // The last answer of the shown branch, as Markdown, to the clipboard.
    Q_INVOKABLE bool copyLastAnswer();
    // A shown message to the clipboard, as Markdown or as plain text.
    Q_INVOKABLE bool copyAnswer(qint64 messageId, bool plainText);
    // Rows first..last of the branch shown, as the Markdown export writes them.
    Q_INVOKABLE bool copyMessages(int first, int last);
    // Text selected with the mouse across messages, as plain text; see
    // MessageListModel::textBetween for the points.
    Q_INVOKABLE bool copyText(int fromRow, int fromBlock, int fromPos, int toRow, int toBlock, int toPos);
    // An ad-hoc OpenAI-compatible server, kept for this session only (the
    // command line's --base-url, or a later start's hand-over).
    void useServer(const QString &baseUrl, const QString &model, const QString &apiKey);

Q_SIGNALS:
    void currentConversationChanged();
    void busyChanged();
    void errorChanged();
    void profileChanged();
    void retryTextChanged();
    void canContinueChanged();
    void messageRequested(qint64 messageId);

private:
    void setError(const QString &text);
    // Strings made in C++ (headings, counts) and every qsTr again.
    void retranslate();
    void adoptActiveProfile();
    void showConversation(qint64 id);
    // The shown branch again from the conversation's current leaf.
    void reloadBranch();
    void showBranch(qint64 leafId);
    void refreshSiblings();
    void setRetryText(const QString &text);
    GenerationRequest settings() const;

    Database m_db;
    QNetworkAccessManager m_nam;
    std::unique_ptr<KeyStore> m_keys;
    std::unique_ptr<ChatController> m_chat;
    std::unique_ptr<ExchangeController> m_exchange;
    std::unique_ptr<SearchIndexer> m_searchIndexer;
    std::unique_ptr<ProfilesController> m_profiles;
    std::unique_ptr<TemplatesController> m_templates;
    std::unique_ptr<DraftsController> m_drafts;
    std::unique_ptr<SidebarController> m_sidebar;
    std::unique_ptr<Appearance> m_appearance;
    std::unique_ptr<TitlesController> m_titles;
    ConversationListModel m_conversations;
    MessageListModel m_messages;
    ParametersController m_parameters;
    Profile m_profile;
    QString m_apiKey;
    QString m_proxyPassword;
    QString m_errorText;
    QString m_retryText;
    QString m_startupError;
    qint64 m_currentId = 0;
    bool m_adHoc = false;
    bool m_finishing = false; // an answer ended; the views are not yet read again
};

} // namespace Inkwell
