// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "activeserver.h"
#include "appearance.h"
#include "clipboardactions.h"
#include "conversationlistmodel.h"
#include "conversationsession.h"
#include "draftscontroller.h"
#include "exchangecontroller.h"
#include "messagelistmodel.h"
#include "parameterscontroller.h"
#include "profilescontroller.h"
#include "searchcontroller.h"
#include "searchindexer.h"
#include "sidebarcontroller.h"
#include "store/database.h"
#include "templatescontroller.h"
#include "titlescontroller.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <memory>

class QQmlEngine;
class QJSEngine;

namespace Inkwell {

class KeyStore;

// What main() learned from the command line, read when QML creates App.
struct StartupOptions {
    QString dataDir;
    QString baseUrl; // ad-hoc OpenAI-compatible profile
    QString model;
    bool languageGiven = false; // --language: it wins over the one chosen in the window
};

// The window's parts, made and wired together: one instance, created by the
// QML engine. Each part owns its own state; this class holds no behaviour.
class AppController : public QObject {
    Q_OBJECT
    QML_NAMED_ELEMENT(App)
    QML_SINGLETON
    Q_PROPERTY(Inkwell::ConversationSession *session READ session CONSTANT)
    Q_PROPERTY(Inkwell::ActiveServer *server READ server CONSTANT)
    Q_PROPERTY(Inkwell::ConversationListModel *conversations READ conversations CONSTANT)
    Q_PROPERTY(Inkwell::SidebarController *sidebar READ sidebar CONSTANT)
    Q_PROPERTY(Inkwell::SearchController *search READ search CONSTANT)
    Q_PROPERTY(Inkwell::ClipboardActions *clipboard READ clipboard CONSTANT)
    Q_PROPERTY(Inkwell::ExchangeController *exchange READ exchange CONSTANT)
    // Imported messages still being added to the search index (null without a database).
    Q_PROPERTY(Inkwell::SearchIndexer *searchIndexer READ searchIndexer CONSTANT)
    Q_PROPERTY(Inkwell::ProfilesController *profiles READ profiles CONSTANT)
    Q_PROPERTY(Inkwell::ParametersController *parameters READ parameters CONSTANT)
    Q_PROPERTY(Inkwell::TemplatesController *templates READ templates CONSTANT)
    Q_PROPERTY(Inkwell::DraftsController *drafts READ drafts CONSTANT)
    Q_PROPERTY(Inkwell::Appearance *appearance READ appearance CONSTANT)
    Q_PROPERTY(Inkwell::TitlesController *titles READ titles CONSTANT)
    Q_PROPERTY(QString startupError READ startupError CONSTANT)
    Q_PROPERTY(QString version READ version CONSTANT)
public:
    // No default: QML makes the singleton through create(), which adds the
    // image provider (Qt 6.4 prefers a default constructor to the factory).
    explicit AppController(QObject *parent);
    // The QML singleton's factory: the controller, and the engine's
    // image://attachments provider on the same database.
    static AppController *create(QQmlEngine *engine, QJSEngine *);
    ~AppController() override;

    static void setStartupOptions(const StartupOptions &options);

    ConversationSession *session() { return m_session.get(); }
    ActiveServer *server() { return m_server.get(); }
    ConversationListModel *conversations() { return &m_conversations; }
    SidebarController *sidebar() { return m_sidebar.get(); }
    SearchController *search() { return m_search.get(); }
    ClipboardActions *clipboard() { return m_clipboard.get(); }
    ExchangeController *exchange() { return m_exchange.get(); }
    SearchIndexer *searchIndexer() { return m_searchIndexer.get(); }
    ProfilesController *profiles() { return m_profiles.get(); }
    ParametersController *parameters() { return &m_parameters; }
    TemplatesController *templates() { return m_templates.get(); }
    DraftsController *drafts() { return m_drafts.get(); }
    Appearance *appearance() { return m_appearance.get(); }
    TitlesController *titles() { return m_titles.get(); }
    [[nodiscard]] QString startupError() const { return m_startupError; }
    [[nodiscard]] QString version() const;

    // An ad-hoc OpenAI-compatible server, kept for this session only (a later
    // start's hand-over).
    void useServer(const QString &baseUrl, const QString &model, const QString &apiKey);

private:
    // Strings made in C++ (headings, counts) and every qsTr again.
    void retranslate();
    // The conversation open when the window last closed (or was killed), else the newest.
    void reopenLast();

    Database m_db;
    QNetworkAccessManager m_nam;
    std::unique_ptr<KeyStore> m_keys;
    ConversationListModel m_conversations;
    ParametersController m_parameters;
    std::unique_ptr<ProfilesController> m_profiles;
    std::unique_ptr<ActiveServer> m_server;
    std::unique_ptr<TemplatesController> m_templates;
    std::unique_ptr<DraftsController> m_drafts;
    std::unique_ptr<Appearance> m_appearance;
    std::unique_ptr<TitlesController> m_titles;
    std::unique_ptr<ConversationSession> m_session;
    std::unique_ptr<SidebarController> m_sidebar;
    std::unique_ptr<SearchController> m_search;
    std::unique_ptr<ClipboardActions> m_clipboard;
    std::unique_ptr<ExchangeController> m_exchange;
    std::unique_ptr<SearchIndexer> m_searchIndexer;
    QString m_startupError;
    QString m_startupWarning; // the database works, but something at start did not
};

} // namespace Inkwell
