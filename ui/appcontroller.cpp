// SPDX-License-Identifier: GPL-3.0-or-later
#include "appcontroller.h"

#include "chat/chatcontroller.h"
#include "drafting/templateparams.h"
#include "exchange/documents.h"
#include "exchangecontroller.h"
#include "providers/presets.h"
#include "providers/retrypolicy.h"
#include "secrets/keystore.h"
#include "store/appstate.h"
#include "store/conversationrepository.h"
#include "store/messagerepository.h"
#include "store/profilerepository.h"
#include "store/searchindex.h"
#include "templates/templaterenderer.h"

#include <QClipboard>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QQmlEngine>
#include <QTextDocument>

namespace Inkwell {

namespace {
StartupOptions &startup()
{
    static StartupOptions options;
    return options;
}

// Each message's place among its siblings, for those that have any.
QHash<qint64, QPair<int, int>> placesAmongSiblings(const QHash<qint64, QList<qint64>> &children)
{
    QHash<qint64, QPair<int, int>> out;
    for (const QList<qint64> &ids : children)
        if (ids.size() > 1)
            for (qsizetype i = 0; i < ids.size(); ++i)
                out.insert(ids.at(i), {int(i + 1), int(ids.size())});
    return out;
}
} // namespace

void AppController::setStartupOptions(const StartupOptions &options)
{
    startup() = options;
}

AppController::AppController(QObject *parent)
    : QObject(parent)
    , m_keys(std::make_unique<KeyStore>())
{
    const StartupOptions &opts = startup();
    const Error opened = m_db.open(Database::defaultFilePath(opts.dataDir));
    // Exists even without a usable database, so the QML can always bind to it.
    m_profiles = std::make_unique<ProfilesController>(m_db.db(), &m_nam, m_keys.get());
    m_templates = std::make_unique<TemplatesController>(m_db.db());
    m_drafts = std::make_unique<DraftsController>(&m_nam, m_db.db());
    // Drafts use the window's server; their parameters come with them.
    m_drafts->setSettingsSource([this] { return settings(); });
    m_appearance = std::make_unique<Appearance>(m_db.db());
    if (!opts.languageGiven && !m_appearance->language().isEmpty())
        Appearance::applyLanguage(QLocale(m_appearance->language()));
    connect(m_appearance.get(), &Appearance::languageChanged, this, &AppController::retranslate);
    m_templates->setLanguage(QLocale().name());
    m_drafts->setLanguage(QLocale().name());
    // Rows left streaming by a dead process become interrupted before the
    // sidebar purges deleted conversations (a delete of a row still marked
    // streaming would leave the search index's list behind).
    if (!opened.isError())
        MessageRepository(m_db.db()).recoverInterrupted();
    m_sidebar = std::make_unique<SidebarController>(m_db.db(), &m_conversations);
    m_titles = std::make_unique<TitlesController>(m_db.db(), &m_nam, m_keys.get());
    connect(m_titles.get(), &TitlesController::renamed, this, [this](qint64 id) {
        m_conversations.reload();
        if (id == m_currentId)
            Q_EMIT currentConversationChanged();
    });
    connect(m_sidebar.get(), &SidebarController::failed, this, &AppController::setError);
    connect(m_sidebar.get(), &SidebarController::restored, this, [this](qint64 id, bool wasCurrent) {
        if (wasCurrent)
            openConversation(id);
    });
    if (opened.isError()) {
        m_startupError = opened.message;
        return;
    }
    m_parameters.setDatabase(m_db.db());
    m_chat = std::make_unique<ChatController>(&m_nam, m_db.db());

    m_exchange = std::make_unique<ExchangeController>(m_db.db().databaseName(), m_db.db());
    m_searchIndexer = std::make_unique<SearchIndexer>(m_db.db().databaseName());
    connect(m_exchange.get(), &ExchangeController::imported, this, [this] {
        m_conversations.reload();
        m_searchIndexer->start();
    });
    connect(m_searchIndexer.get(), &SearchIndexer::failed, this, &AppController::setError);
    // What an import left for the index (the app quit before it caught up).
    m_searchIndexer->start();
    connect(m_profiles.get(), &ProfilesController::activeProfileChanged, this, &AppController::adoptActiveProfile);
    m_conversations.setDatabase(m_db.db());
    m_conversations.reload();

    connect(m_chat.get(), &ChatController::messageAdded, this, [this](const Message &m) {
        if (m.conversationId == m_currentId)
            m_messages.append(m);
    });
    connect(m_chat.get(), &ChatController::delta, this,
            [this](qint64 id, int, const QString &content, const QString &reasoning) {
                m_messages.appendText(id, content, reasoning);
            });
    connect(m_chat.get(), &ChatController::messageFinished, this, [this](const Message &m) {
        // The store's final write (and the search index's) has just taken this
        // turn of the event loop; the view follows in the next, so that a frame
        // can fall between them. Queued before the busy state's own turn.
        QTimer::singleShot(0, this, [this, m] { m_messages.update(m); });
    });
    connect(m_chat.get(), &ChatController::messageResumed, this, [this](const Message &m) { m_messages.update(m); });
    connect(this, &AppController::busyChanged, this, &AppController::canContinueChanged);
    connect(this, &AppController::currentConversationChanged, this, &AppController::canContinueChanged);
    connect(m_chat.get(), &ChatController::retrying, this, [this](int attempt, qint64 delayMs, const QString &reason) {
        setRetryText(tr("%1\nTrying again in %2 s (%3 of %4)…")
                         .arg(reason)
                         .arg(qMax<qint64>(1, (delayMs + 999) / 1000))
                         .arg(attempt)
                         .arg(RetryPolicy::kMaxRetries));
    });
    connect(m_chat.get(), &ChatController::messageAdded, this, [this] { setRetryText({}); });
    connect(m_chat.get(), &ChatController::delta, this, [this] { setRetryText({}); });
    connect(m_chat.get(), &ChatController::busyChanged, this, [this](bool busy) {
        setRetryText({});
        if (busy) {
            Q_EMIT busyChanged();
            return;
        }
        // The app stays busy until the sidebar and the branches are read
        // again, a turn of the event loop later: the end of a long answer has
        // already cost its frame (the store's writes), and this is a second.
        m_finishing = true;
        QTimer::singleShot(0, this, [this] {
            m_finishing = false;
            m_conversations.reload();
            refreshSiblings(); // n answers, a regenerated one: new branches
            // Only a first exchange can be titled: no need to read longer ones.
            if (m_messages.rowCount() <= 3)
                m_titles->afterAnswer(m_currentId, settings());
            Q_EMIT busyChanged();
        });
    });
    connect(m_chat.get(), &ChatController::failed, this, [this](const Error &e) { setError(e.message); });
    connect(m_keys.get(), &KeyStore::sessionOnlyChanged, this, &AppController::profileChanged);
    connect(this, &AppController::profileChanged, this, [this] { m_parameters.setProfile(m_profile); });
    // The panel's settings belong to the conversation shown.
    connect(&m_parameters, &ParametersController::edited, this, [this] {
        if (m_currentId > 0)
            ConversationRepository(m_db.db()).setSettings(m_currentId, m_profile.id, m_profile.model,
                                                          m_parameters.params().toJsonString());
    });

    if (!opts.baseUrl.isEmpty())
        useServer(opts.baseUrl, opts.model, qEnvironmentVariable("INKWELL_API_KEY"));
    else
        adoptActiveProfile();
    // The conversation open when the window last closed (or was killed),
    // else the newest.
    const qint64 last = AppState(m_db.db()).value(QStringLiteral("window/conversation")).toLongLong();
    const auto wasOpen = last > 0 ? ConversationRepository(m_db.db()).get(last) : Result<Conversation> {};
    if (wasOpen.ok() && wasOpen.value.id > 0)
        openConversation(last);
    else if (m_conversations.rowCount() > 0)
        openConversation(m_conversations.data(m_conversations.index(0), ConversationListModel::IdRole).toLongLong());
    else
        m_parameters.setParams(m_parameters.newChatParams());
}

AppController::~AppController()
{
    // Quitting mid-answer stores it as stopped; the view-models, destroyed
    // before m_chat, must not hear about it.
    if (m_chat) {
        m_chat->disconnect(this);
        m_chat.reset();
    }
}

void AppController::adoptActiveProfile()
{
    m_adHoc = false;
    m_profile = m_profiles->active();
    m_apiKey.clear();
    m_proxyPassword.clear();
    Q_EMIT profileChanged();
    if (m_profile.id <= 0)
        return;
    const qint64 id = m_profile.id;
    m_keys->read(KeyStore::accountFor(id), [this, id](const QString &key, const Error &e) {
        // The profile may have changed while the keychain answered (a hand-over
        // from a later start): its key must never go to another server.
        if (m_adHoc || m_profile.id != id)
            return;
        if (e.isError())
            setError(e.message);
        m_apiKey = key;
        Q_EMIT profileChanged();
    });
    m_keys->read(KeyStore::proxyAccountFor(id), [this, id](const QString &password, const Error &) {
        if (!m_adHoc && m_profile.id == id)
            m_proxyPassword = password;
    });
}

void AppController::setRetryText(const QString &text)
{
    if (m_retryText == text)
        return;
    m_retryText = text;
    Q_EMIT retryTextChanged();
}

QString AppController::serviceName() const
{
    return m_profile.baseUrl.isEmpty() ? QString() : Preset::of(m_profile).name;
}

void AppController::useServer(const QString &baseUrl, const QString &model, const QString &apiKey)
{
    m_adHoc = true;
    m_profile = Profile {};
    m_profile.name = tr("Command line");
    m_profile.baseUrl = baseUrl;
    m_profile.model = model;
    m_apiKey = apiKey;
    m_proxyPassword.clear();
    Q_EMIT profileChanged();
}

QString AppController::currentTitle() const
{
    const int row = m_conversations.indexOfId(m_currentId);
    return row < 0 ? tr("New conversation")
                   : m_conversations.data(m_conversations.index(row), ConversationListModel::TitleRole).toString();
}

bool AppController::busy() const
{
    return m_finishing || (m_chat && m_chat->isBusy());
}

bool AppController::keysSessionOnly() const
{
    return m_keys->sessionOnly();
}

QString AppController::version() const
{
    return QStringLiteral(INKWELL_VERSION);
}

void AppController::setError(const QString &text)
{
    if (m_errorText == text)
        return;
    m_errorText = text;
    Q_EMIT errorChanged();
}

GenerationRequest AppController::settings() const
{
    GenerationRequest r;
    r.profile = m_profile;
    r.apiKey = m_apiKey;
    r.proxyPassword = m_proxyPassword;
    r.params = m_parameters.params();
    return r;
}

void AppController::newConversation()
{
    if (busy())
        stop();
    m_currentId = 0;
    m_messages.setMessages({});
    // A new chat starts from the user's default for new chats or the
    // server's, never from the chat shown before.
    m_parameters.setParams(m_parameters.newChatParams());
    dismissError();
    Q_EMIT currentConversationChanged();
}

void AppController::openConversation(qint64 id)
{
    if (!m_chat || id == m_currentId)
        return;
    showConversation(id);
}

void AppController::showConversation(qint64 id)
{
    if (busy())
        stop();
    const auto conv = ConversationRepository(m_db.db()).get(id);
    if (!conv.ok()) {
        setError(conv.error.message);
        return;
    }
    m_currentId = id;
    AppState(m_db.db()).setValue(QStringLiteral("window/conversation"), QString::number(id));
    m_conversations.ensureLoaded(id); // its sidebar row, however far down
    m_parameters.setParams(GenerationParams::fromJsonString(conv.value.params));
    showBranch(conv.value.currentLeafId);
    dismissError();
    Q_EMIT currentConversationChanged();
}

bool AppController::send(const QString &text)
{
    if (!m_chat || text.trimmed().isEmpty() || busy())
        return false;
    if (!configured()) {
        setError(tr("Add a server first: open Settings (Ctrl+,) and add a profile."));
        return false;
    }
    dismissError();
    const bool isNew = m_currentId == 0;
    if (isNew) {
        // The conversation is created by send(); show its rows as they are added.
        connect(
            m_chat.get(), &ChatController::conversationCreated, this,
            [this](qint64 id) {
                m_currentId = id;
                m_conversations.reload();
                Q_EMIT currentConversationChanged();
            },
            Qt::SingleShotConnection);
    }
    const auto r = m_chat->send(m_currentId, text, settings());
    if (!r.ok()) {
        setError(r.error.message);
        return false;
    }
    m_conversations.reload();
    return true;
}

void AppController::openMessage(qint64 conversationId, qint64 messageId)
{
    if (!m_chat)
        return;
    MessageRepository messages(m_db.db());
    ConversationRepository conversations(m_db.db());
    const auto conversation = conversations.get(conversationId);
    if (!conversation.ok()) {
        setError(conversation.error.message);
        return;
    }
    const auto branch = messages.branch(conversation.value.currentLeafId);
    const bool shown
        = std::any_of(branch.value.cbegin(), branch.value.cend(), [&](const Message &m) { return m.id == messageId; });
    if (!shown) {
        const auto leaf = messages.newestLeafUnder(conversationId, messageId);
        // Seeing an old branch is not activity: the conversation keeps its place.
        conversations.setCurrentLeaf(conversationId, leaf.value, conversation.value.updatedAt);
    }
    if (!shown || conversationId != m_currentId)
        showConversation(conversationId);
    Q_EMIT messageRequested(messageId);
}

QVariantList AppController::search(const QString &query)
{
    QVariantList out;
    const auto hits = SearchIndex(m_db.db()).find(query, 30);
    for (const SearchHit &h : hits.value) {
        QString html;
        int at = 0;
        for (const auto &[start, length] : h.marks) {
            if (start < at)
                continue;
            html += h.snippet.mid(at, start - at).toHtmlEscaped() + u"<b>"
                + h.snippet.mid(start, length).toHtmlEscaped() + u"</b>";
            at = start + length;
        }
        html += h.snippet.mid(at).toHtmlEscaped();
        out << QVariantMap {
            {QStringLiteral("kind"),
             h.kind == SearchHit::Kind::Message ? QStringLiteral("message") : QStringLiteral("draft")},
            {QStringLiteral("id"), h.id},
            {QStringLiteral("conversationId"), h.conversationId},
            {QStringLiteral("title"), h.title.isEmpty() ? tr("New conversation") : h.title},
            {QStringLiteral("role"), h.role},
            {QStringLiteral("snippet"), html},
            {QStringLiteral("time"), QLocale().toString(QDateTime::fromMSecsSinceEpoch(h.time), QLocale::ShortFormat)}};
    }
    return out;
}

QString AppController::unsentText(qint64 conversationId)
{
    return AppState(m_db.db()).value(QStringLiteral("unsent/%1").arg(conversationId));
}

void AppController::keepUnsent(qint64 conversationId, const QString &text)
{
    AppState(m_db.db()).setValue(QStringLiteral("unsent/%1").arg(conversationId), text);
}

QString AppController::readTextFile(const QUrl &url)
{
    constexpr qint64 kMaxBytes = 1024 * 1024;
    QFile file(url.toLocalFile());
    const QString name = QFileInfo(file).fileName();
    if (file.size() > kMaxBytes) {
        setError(tr("%1 is larger than 1 MB; attach a smaller part of it.").arg(name));
        return {};
    }
    if (!file.open(QIODevice::ReadOnly)) {
        setError(tr("Cannot read %1: %2").arg(name, file.errorString()));
        return {};
    }
    const QByteArray bytes = file.readAll();
    const QString text = QString::fromUtf8(bytes);
    // Binary files (images, PDFs…) are refused rather than pasted as noise.
    if (bytes.contains('\0') || text.toUtf8() != bytes) {
        setError(tr("%1 is not a text file (UTF-8).").arg(name));
        return {};
    }
    return text;
}

bool AppController::sendFromTemplate(const QString &key, const QVariantMap &values)
{
    if (!m_templates || busy())
        return false;
    const Template t = m_templates->find(key);
    QHash<QString, QString> given = formValues(values);
    RenderContext context;
    context.language = QLocale().name();
    context.selection = given.take(QStringLiteral("selection"));
    const auto rendered = TemplateRenderer::render(t, given, context);
    if (t.name.isEmpty() || !rendered.ok()) {
        setError(t.name.isEmpty() ? tr("That template is gone.") : rendered.problems.first().message);
        return false;
    }
    newConversation();
    m_parameters.setParams(templateParams(t, rendered.systemPrompt));
    if (!send(rendered.prompt))
        return false;
    if (m_currentId > 0)
        ConversationRepository(m_db.db()).setSettings(m_currentId, m_profile.id, m_profile.model,
                                                      m_parameters.params().toJsonString());
    return true;
}

void AppController::stop()
{
    if (m_chat)
        m_chat->stop();
}

void AppController::retry()
{
    regenerate();
}

void AppController::regenerate()
{
    if (!m_chat || m_currentId <= 0 || busy())
        return;
    dismissError();
    const auto r = m_chat->regenerate(m_currentId, settings());
    if (!r.ok()) {
        setError(r.error.message);
        return;
    }
    // Show the new answer in place of the old one (which stays a branch).
    reloadBranch();
}

bool AppController::editMessage(qint64 messageId, const QString &text)
{
    if (!m_chat || m_currentId <= 0 || busy() || text.trimmed().isEmpty())
        return false;
    if (!configured()) {
        setError(tr("Add a server first: open Settings (Ctrl+,) and add a profile."));
        return false;
    }
    dismissError();
    const auto r = m_chat->sendEdited(m_currentId, messageId, text, settings());
    if (!r.ok()) {
        setError(r.error.message);
        return false;
    }
    reloadBranch();
    return true;
}

void AppController::switchBranch(qint64 messageId, int step)
{
    const QVariantList siblings = siblingsOf(messageId);
    for (qsizetype i = 0; i < siblings.size(); ++i)
        if (siblings.at(i).toMap().value(QStringLiteral("id")).toLongLong() == messageId) {
            if (i + step >= 0 && i + step < siblings.size())
                chooseBranch(siblings.at(i + step).toMap().value(QStringLiteral("id")).toLongLong());
            return;
        }
}

QVariantList AppController::siblingsOf(qint64 messageId)
{
    QVariantList out;
    if (m_currentId <= 0)
        return out;
    MessageRepository messages(m_db.db());
    const auto children = messages.childIds(m_currentId);
    const auto message = messages.get(messageId);
    if (!children.ok() || !message.ok() || message.value.conversationId != m_currentId)
        return out;
    const int shown = m_messages.rowOf(messageId);
    for (qint64 id : children.value.value(message.value.parentId)) {
        const auto m = messages.get(id);
        if (m.ok())
            out << QVariantMap {{QStringLiteral("id"), id},
                                {QStringLiteral("content"), m.value.content},
                                {QStringLiteral("details"), MessageListModel::details(m.value)},
                                {QStringLiteral("current"), id == messageId && shown >= 0}};
    }
    return out;
}

void AppController::chooseBranch(qint64 messageId)
{
    if (!m_chat || m_currentId <= 0 || busy())
        return;
    MessageRepository messages(m_db.db());
    const auto message = messages.get(messageId);
    if (!message.ok() || message.value.conversationId != m_currentId)
        return;
    const auto leaf = messages.newestLeafUnder(m_currentId, messageId);
    ConversationRepository conversations(m_db.db());
    // Looking at another branch is not activity: the sidebar order stays.
    conversations.setCurrentLeaf(m_currentId, leaf.value, conversations.get(m_currentId).value.updatedAt);
    reloadBranch();
}

void AppController::reloadBranch()
{
    showBranch(ConversationRepository(m_db.db()).get(m_currentId).value.currentLeafId);
    Q_EMIT canContinueChanged();
}

void AppController::showBranch(qint64 leafId)
{
    // One scan of the links serves the path and the branch switchers.
    MessageRepository messages(m_db.db());
    const auto links = messages.links(m_currentId);
    m_messages.setMessages(messages.branch(m_currentId, leafId, links.value).value,
                           placesAmongSiblings(links.value.children));
}

void AppController::refreshSiblings()
{
    if (m_currentId > 0)
        m_messages.setSiblings(placesAmongSiblings(MessageRepository(m_db.db()).childIds(m_currentId).value));
    else
        m_messages.setSiblings({});
}

bool AppController::copyRequestAsCurl(qint64 answerId)
{
    if (!m_chat)
        return false;
    const auto curl = m_chat->requestAsCurl(answerId);
    if (!curl.ok()) {
        setError(curl.error.message);
        return false;
    }
    QGuiApplication::clipboard()->setText(curl.value);
    return true;
}

bool AppController::canContinue() const
{
    return !busy() && m_currentId > 0 && m_messages.rowCount() > 0
        && ChatController::canContinue(m_messages.messageAt(m_messages.rowCount() - 1));
}

void AppController::continueAnswer()
{
    if (!m_chat || !canContinue())
        return;
    dismissError();
    if (const auto r = m_chat->continueAnswer(m_currentId, settings()); !r.ok())
        setError(r.error.message);
}

void AppController::dismissError()
{
    setError({});
}

void AppController::renameConversation(qint64 id, const QString &title)
{
    const QString t = title.simplified();
    if (t.isEmpty())
        return;
    ConversationRepository(m_db.db()).rename(id, t);
    m_conversations.reload();
    if (id == m_currentId)
        Q_EMIT currentConversationChanged();
}

void AppController::deleteConversation(qint64 id)
{
    const bool current = id == m_currentId;
    if (current)
        newConversation();
    m_sidebar->remove(id, current);
}

void AppController::duplicateConversation(qint64 id)
{
    if (const qint64 copy = m_sidebar->duplicate(id); copy > 0)
        openConversation(copy);
}

void AppController::retranslate()
{
    m_templates->setLanguage(QLocale().name());
    m_drafts->setLanguage(QLocale().name());
    if (QQmlEngine *engine = qmlEngine(this))
        engine->retranslate();
    m_conversations.reload();
    if (m_currentId > 0)
        reloadBranch(); // the answers' footers ("%1 tokens")
    // The parameter panel's names, help and preset names, and the servers'
    // service names, are C++ strings.
    Q_EMIT m_parameters.presetsChanged();
    Q_EMIT m_parameters.changed();
    Q_EMIT m_profiles->profilesChanged();
    Q_EMIT currentConversationChanged();
}

bool AppController::copyAnswer(qint64 messageId, bool plainText)
{
    const int row = m_messages.rowOf(messageId);
    if (row < 0)
        return false;
    const QString markdown = m_messages.contentAt(row);
    if (!plainText) {
        QGuiApplication::clipboard()->setText(markdown);
        return true;
    }
    // Qt's own Markdown reader: emphasis and markup go, list marks and code stay readable.
    QTextDocument document;
    document.setMarkdown(markdown);
    QGuiApplication::clipboard()->setText(document.toPlainText());
    return true;
}

bool AppController::copyMessages(int first, int last)
{
    if (first > last)
        std::swap(first, last);
    first = qMax(0, first);
    last = qMin(last, m_messages.rowCount() - 1);
    if (first > last)
        return false;
    QList<Message> messages;
    for (int row = first; row <= last; ++row)
        messages << m_messages.messageAt(row);
    QGuiApplication::clipboard()->setText(messagesToMarkdown(messages));
    return true;
}

bool AppController::copyText(int fromRow, int fromBlock, int fromPos, int toRow, int toBlock, int toPos)
{
    const QString text = m_messages.textBetween(fromRow, fromBlock, fromPos, toRow, toBlock, toPos);
    if (text.isEmpty())
        return false;
    QGuiApplication::clipboard()->setText(text);
    return true;
}

bool AppController::copyLastAnswer()
{
    for (int row = m_messages.rowCount() - 1; row >= 0; --row) {
        const Message m = m_messages.messageAt(row);
        if (m.role == u"assistant" && !m.content.isEmpty()) {
            QGuiApplication::clipboard()->setText(m.content);
            return true;
        }
    }
    return false;
}

void AppController::openNeighbour(int step)
{
    if (const qint64 id = m_conversations.neighbour(m_currentId, step); id > 0)
        openConversation(id);
}

} // namespace Inkwell
