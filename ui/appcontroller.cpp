// SPDX-License-Identifier: GPL-3.0-or-later
#include "appcontroller.h"

#include "attachmentimages.h"
#include "attachments/attachmentfile.h"
#include "secrets/keystore.h"
#include "store/appstate.h"
#include "store/conversationrepository.h"
#include "store/messagerepository.h"

#include <QLocale>
#include <QQmlEngine>

namespace Inkwell {

namespace {
StartupOptions &startup()
{
    static StartupOptions options;
    return options;
}
} // namespace

void AppController::setStartupOptions(const StartupOptions &options)
{
    startup() = options;
}

AppController *AppController::create(QQmlEngine *engine, QJSEngine *)
{
    auto *app = new AppController(nullptr);
    engine->addImageProvider(QStringLiteral("attachments"), new AttachmentImages(app->m_db.filePath()));
    return app;
}

AppController::AppController(QObject *parent)
    : QObject(parent)
    , m_keys(std::make_unique<KeyStore>())
{
    const StartupOptions &opts = startup();
    const Error opened = m_db.open(Database::defaultFilePath(opts.dataDir));
    const bool usable = !opened.isError();
    // Every part exists even without a usable database, so the QML can always bind to it.
    m_profiles = std::make_unique<ProfilesController>(m_db.db(), &m_nam, m_keys.get());
    m_server = std::make_unique<ActiveServer>(m_profiles.get(), m_keys.get());
    m_templates = std::make_unique<TemplatesController>(m_db.db());
    m_drafts = std::make_unique<DraftsController>(&m_nam, m_db.db());
    // Drafts use the window's server; their parameters come with them.
    m_drafts->setSettingsSource([this] { return m_server->request(m_parameters.params()); });
    m_drafts->setTemplateFiles(m_templates->files());
    m_templates->files()->setLimitsSource([this] { return limitsFor(m_server->profile()); });
    m_appearance = std::make_unique<Appearance>(m_db.db());
    if (!opts.languageGiven && !m_appearance->language().isEmpty())
        Appearance::applyLanguage(QLocale(m_appearance->language()));
    m_appearance->retranslate(); // in the language just applied
    m_profiles->retranslate();
    connect(m_appearance.get(), &Appearance::languageChanged, this, &AppController::retranslate);
    m_templates->setLanguage(QLocale().name());
    m_drafts->setLanguage(QLocale().name());
    // Rows left streaming by a dead process become interrupted before the
    // sidebar purges deleted conversations (a delete of a row still marked
    // streaming would leave the search index's list behind).
    if (usable) {
        if (const auto recovered = MessageRepository(m_db.db()).recoverInterrupted(); !recovered.ok())
            m_startupWarning = recovered.error.message;
        m_parameters.setDatabase(m_db.db());
    }
    m_titles = std::make_unique<TitlesController>(m_db.db(), &m_nam, m_keys.get());
    ConversationSession::Parts parts;
    parts.db = m_db.db();
    parts.nam = &m_nam;
    parts.sidebar = &m_conversations;
    parts.parameters = &m_parameters;
    parts.server = m_server.get();
    parts.titles = m_titles.get();
    parts.templates = m_templates.get();
    parts.storeUsable = usable;
    m_session = std::make_unique<ConversationSession>(parts);
    m_sidebar = std::make_unique<SidebarController>(m_db.db(), &m_conversations, m_session.get());
    m_search = std::make_unique<SearchController>(m_db.db());
    m_clipboard = std::make_unique<ClipboardActions>(m_session.get());

    connect(m_titles.get(), &TitlesController::renamed, this, [this](qint64 id) {
        m_conversations.reload();
        if (id == m_session->conversationId())
            Q_EMIT m_session->conversationChanged();
    });
    connect(m_sidebar.get(), &SidebarController::failed, m_session.get(), &ConversationSession::showError);
    connect(m_server.get(), &ActiveServer::failed, m_session.get(), &ConversationSession::showError);
    connect(m_appearance.get(), &Appearance::failed, m_session.get(), &ConversationSession::showError);
    connect(&m_parameters, &ParametersController::failed, m_session.get(), &ConversationSession::showError);
    connect(m_titles.get(), &TitlesController::failed, m_session.get(), &ConversationSession::showError);
    connect(m_server.get(), &ActiveServer::changed, this, [this] { m_parameters.setProfile(m_server->profile()); });
    if (!usable) {
        m_startupError = opened.message;
        return;
    }

    m_exchange = std::make_unique<ExchangeController>(m_db.db().databaseName(), m_db.db());
    m_searchIndexer = std::make_unique<SearchIndexer>(m_db.db().databaseName());
    connect(m_exchange.get(), &ExchangeController::imported, this, [this] {
        m_conversations.reload();
        m_searchIndexer->start();
    });
    connect(m_searchIndexer.get(), &SearchIndexer::failed, m_session.get(), &ConversationSession::showError);
    // What an import left for the index (the app quit before it caught up).
    m_searchIndexer->start();
    connect(m_profiles.get(), &ProfilesController::activeProfileChanged, m_server.get(),
            &ActiveServer::adoptActiveProfile);
    m_conversations.setDatabase(m_db.db());
    m_conversations.reload();

    if (!opts.baseUrl.isEmpty())
        m_server->useServer(opts.baseUrl, opts.model, qEnvironmentVariable("INKWELL_API_KEY"));
    else
        m_server->adoptActiveProfile();
    reopenLast();
    // A read-only file or folder: the window works, and says why nothing is saved.
    if (!m_db.warning().isEmpty())
        m_session->showError(m_db.warning());
    else if (!m_startupWarning.isEmpty())
        m_session->showError(m_startupWarning);
}

AppController::~AppController() = default;

void AppController::reopenLast()
{
    const qint64 last = AppState(m_db.db()).value(QStringLiteral("window/conversation")).toLongLong();
    const auto wasOpen = last > 0 ? ConversationRepository(m_db.db()).get(last) : Result<Conversation> {};
    if (wasOpen.ok() && wasOpen.value.id > 0)
        m_session->open(last);
    else if (m_conversations.rowCount() > 0)
        m_session->open(m_conversations.data(m_conversations.index(0), ConversationListModel::IdRole).toLongLong());
    else
        m_parameters.setParams(m_parameters.newChatParams());
}

void AppController::useServer(const QString &baseUrl, const QString &model, const QString &apiKey)
{
    m_server->useServer(baseUrl, model, apiKey);
}

QString AppController::version() const
{
    return QStringLiteral(INKWELL_VERSION);
}

void AppController::retranslate()
{
    m_templates->setLanguage(QLocale().name());
    m_drafts->setLanguage(QLocale().name());
    if (QQmlEngine *engine = qmlEngine(this))
        engine->retranslate();
    m_conversations.reload();
    m_session->retranslate();
    // The parameter panel's names, help and preset names, and the servers'
    // service names, are C++ strings.
    Q_EMIT m_parameters.presetsChanged();
    Q_EMIT m_parameters.changed();
    m_profiles->retranslate();
    m_appearance->retranslate();
    m_exchange->retranslate(); // the import banner
    Q_EMIT m_server->changed();
}

} // namespace Inkwell
