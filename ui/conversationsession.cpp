// SPDX-License-Identifier: GPL-3.0-or-later
#include "conversationsession.h"

#include "activeserver.h"
#include "chat/chatcontroller.h"
#include "conversationlistmodel.h"
#include "drafting/templatefiles.h"
#include "drafting/templateparams.h"
#include "parameterscontroller.h"
#include "providers/retrypolicy.h"
#include "store/appstate.h"
#include "store/attachmentrepository.h"
#include "store/conversationrepository.h"
#include "store/messagerepository.h"
#include "templates/templaterenderer.h"
#include "templatescontroller.h"
#include "titlescontroller.h"

#include <QFile>
#include <QLocale>

#include <tuple>

namespace Inkwell {

namespace {
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

ConversationSession::ConversationSession(const Parts &parts, QObject *parent)
    : QObject(parent)
    , m_db(parts.db)
    , m_sidebar(parts.sidebar)
    , m_parameters(parts.parameters)
    , m_server(parts.server)
    , m_titles(parts.titles)
    , m_templates(parts.templates)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(0);
    connect(&m_settle, &QTimer::timeout, this, &ConversationSession::settle);
    connect(this, &ConversationSession::stateChanged, this, &ConversationSession::canContinueChanged);
    connect(this, &ConversationSession::conversationChanged, this, &ConversationSession::canContinueChanged);
    connect(this, &ConversationSession::stateChanged, this, &ConversationSession::answeringElsewhereChanged);
    connect(this, &ConversationSession::conversationChanged, this, &ConversationSession::answeringElsewhereChanged);
    // Pictures are scaled for the server they will go to (Anthropic's
    // smaller long side); a file already read keeps its size.
    if (m_server) {
        const auto limits = [this] { m_attachments.setLimits(limitsFor(m_server->profile())); };
        connect(m_server, &ActiveServer::changed, this, limits);
        limits();
        // Files this server's model will not take are said while they are
        // attached, not only at Send; another server makes the last
        // refusal moot.
        const auto check = [this] {
            m_attachments.setWarning(m_parameters ? refuseFiles(request(), m_attachments.ready()).message : QString());
        };
        connect(m_server, &ActiveServer::changed, this, check);
        connect(&m_attachments, &ComposerAttachments::changed, this, check);
        // Another server, or other files, make the last refusal moot (the
        // warning under the chips says what still stands).
        const auto moot = [this] {
            if (m_showsRefusal)
                dismissError();
        };
        connect(m_server, &ActiveServer::changed, this, moot);
        connect(&m_attachments, &ComposerAttachments::changed, this, moot);
    }
    if (!parts.storeUsable)
        return;
    m_chat = std::make_unique<ChatController>(parts.nam, m_db);
    m_attachments.setStore(m_db); // the files attached and not sent come back after a restart

    connect(m_chat.get(), &ChatController::messageAdded, this, [this](const Message &m) {
        setRetryText({});
        if (m.conversationId == m_currentId)
            m_messages.append(m, m_chat->streamedText(m.id));
    });
    connect(m_chat.get(), &ChatController::delta, this,
            [this](qint64 id, int, const QString &, const QString &reasoning) {
                setRetryText({});
                m_messages.grew(id, !reasoning.isEmpty());
                m_compared.grew(id, !reasoning.isEmpty());
            });
    connect(m_chat.get(), &ChatController::messageFinished, this, [this](const Message &m) {
        // The store's final write (and the search index's) has just taken this
        // turn of the event loop; the view follows in the next, so that a
        // frame can fall between them.
        m_finished.append(m);
        m_settle.start();
    });
    connect(m_chat.get(), &ChatController::messageResumed, this,
            [this](const Message &m) { m_messages.update(m, m_chat->streamedText(m.id)); });
    connect(m_chat.get(), &ChatController::retrying, this, [this](int attempt, qint64 delayMs, const QString &reason) {
        if (m_answeredId != m_currentId)
            return; // said under another conversation's composer, it would mislead
        setRetryText(tr("%1\nTrying again in %2 s (%3 of %4)…")
                         .arg(reason)
                         .arg(qMax<qint64>(1, (delayMs + 999) / 1000))
                         .arg(attempt)
                         .arg(RetryPolicy::kMaxRetries));
    });
    connect(m_chat.get(), &ChatController::busyChanged, this, [this](bool busy) {
        setRetryText({});
        if (busy) {
            m_answeredId = m_chat->conversationId();
            setState(State::Answering);
            return;
        }
        // The window stays busy until the sidebar and the branches are read
        // again, a turn of the event loop later: the end of a long answer
        // has already cost its frame (the store's writes), and this is a second.
        setState(State::Finishing);
        m_settle.start();
    });
    connect(m_chat.get(), &ChatController::conversationCreated, this, [this](qint64 id) {
        // A new conversation, created by send(): its rows show as they are added.
        if (m_currentId != 0)
            return;
        m_currentId = id;
        m_answeredId = id;
        m_attachments.setOwner(id);
        m_sidebar->reload();
        Q_EMIT conversationChanged();
    });
    connect(m_chat.get(), &ChatController::failed, this, [this](const Error &e) {
        // An answer that went on in another conversation: named, and not
        // retried here (Retry acts on the conversation shown).
        const bool here = m_answeredId == m_currentId;
        showError(here ? e.message : tr("The answer in “%1” failed: %2").arg(titleOf(m_answeredId), e.message));
        m_retryable = here && e.kind != Error::Kind::Storage;
        m_showsStorage = e.kind == Error::Kind::Storage;
        Q_EMIT errorChanged();
    });
    // The store refused a write (full disk, locked or read-only file): the
    // answer is kept in memory and written later; the banner says so until then.
    connect(m_chat.get(), &ChatController::storageFailed, this, [this](const Error &e) {
        showError(e.message);
        m_showsStorage = true;
    });
    connect(m_chat.get(), &ChatController::storageRecovered, this, [this] {
        if (m_showsStorage)
            dismissError();
    });
    // The panel's settings belong to the conversation shown.
    connect(m_parameters, &ParametersController::edited, this, [this] { storeSettings(); });
}

ConversationSession::~ConversationSession()
{
    // Quitting mid-answer stores it as stopped; the view-model, destroyed
    // after m_chat otherwise, must not hear about it.
    if (m_chat) {
        m_chat->disconnect(this);
        m_chat.reset();
    }
}

void ConversationSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged();
}

void ConversationSession::settle()
{
    for (const Message &m : std::as_const(m_finished)) {
        m_messages.update(m);
        m_compared.update(m);
    }
    m_finished.clear();
    if (m_state != State::Finishing)
        return;
    m_sidebar->reload();
    refreshSiblings(); // n answers, a regenerated one: new branches
    // Only a first exchange can be titled: no need to read longer ones
    // (one answered while another was shown is read from the store).
    if (m_answeredId > 0 && (m_answeredId != m_currentId || m_messages.rowCount() <= 3))
        m_titles->afterAnswer(m_answeredId, request());
    setState(State::Idle);
}

void ConversationSession::setRetryText(const QString &text)
{
    if (m_retryText == text)
        return;
    m_retryText = text;
    Q_EMIT retryTextChanged();
}

void ConversationSession::showError(const QString &text)
{
    m_retryable = false;
    m_showsStorage = false;
    m_showsRefusal = false;
    if (m_errorText == text)
        return;
    m_errorText = text;
    Q_EMIT errorChanged();
}

void ConversationSession::report(const Error &e)
{
    if (e.isError())
        showError(e.message);
}

void ConversationSession::storeSettings()
{
    if (m_currentId > 0)
        report(ConversationRepository(m_db).setSettings(m_currentId, m_server->profile().id, m_server->profile().model,
                                                        m_parameters->params().toJsonString()));
}

void ConversationSession::dismissError()
{
    showError({});
}

QString ConversationSession::title() const
{
    return titleOf(m_currentId);
}

QString ConversationSession::titleOf(qint64 id) const
{
    const int row = m_sidebar->indexOfId(id);
    return row < 0 ? tr("New conversation")
                   : m_sidebar->data(m_sidebar->index(row), ConversationListModel::TitleRole).toString();
}

GenerationRequest ConversationSession::request() const
{
    return m_server->request(m_parameters->params());
}

bool ConversationSession::needsServer()
{
    if (m_server->configured())
        return false;
    showError(tr("Add a server first: open Settings (Ctrl+,) and add a profile."));
    return true;
}

void ConversationSession::newConversation()
{
    // An answer streaming elsewhere goes on (and is shown again, growing,
    // when its conversation is opened).
    m_currentId = 0;
    m_attachments.switchTo(0);
    setRetryText({});
    m_messages.setMessages({});
    // A new chat starts from the user's default for new chats or the
    // server's, never from the chat shown before.
    m_parameters->setParams(m_parameters->newChatParams());
    dismissError();
    Q_EMIT conversationChanged();
}

void ConversationSession::open(qint64 id)
{
    if (!m_chat || id == m_currentId)
        return;
    show(id);
}

void ConversationSession::show(qint64 id)
{
    const auto conv = ConversationRepository(m_db).get(id);
    if (!conv.ok()) {
        showError(conv.error.message);
        return;
    }
    m_currentId = id;
    m_attachments.switchTo(id);
    setRetryText({}); // it was the answer's, shown under its own conversation
    // Only where the next start opens: not worth a banner.
    std::ignore = AppState(m_db).setValue(QStringLiteral("window/conversation"), QString::number(id));
    m_sidebar->ensureLoaded(id); // its sidebar row, however far down
    m_parameters->setParams(GenerationParams::fromJsonString(conv.value.params));
    showBranch(conv.value.currentLeafId);
    dismissError();
    Q_EMIT conversationChanged();
}

void ConversationSession::openMessage(qint64 conversationId, qint64 messageId)
{
    if (!m_chat)
        return;
    MessageRepository messages(m_db);
    ConversationRepository conversations(m_db);
    const auto conversation = conversations.get(conversationId);
    if (!conversation.ok()) {
        showError(conversation.error.message);
        return;
    }
    const auto branch = messages.branch(conversation.value.currentLeafId);
    const bool shown
        = std::any_of(branch.value.cbegin(), branch.value.cend(), [&](const Message &m) { return m.id == messageId; });
    if (!shown) {
        const auto leaf = messages.newestLeafUnder(conversationId, messageId);
        // Seeing an old branch is not activity: the conversation keeps its place.
        m_chat->forgetPendingLeaf(conversationId); // this choice is newer
        report(conversations.setCurrentLeaf(conversationId, leaf.value, conversation.value.updatedAt));
    }
    if (!shown || conversationId != m_currentId)
        show(conversationId);
    Q_EMIT messageRequested(messageId);
}

bool ConversationSession::send(const QString &text)
{
    return sendWith(text, {});
}

bool ConversationSession::sendWith(const QString &text, const QList<Attachment> &extra)
{
    const QList<Attachment> files = extra + m_attachments.ready();
    if (!m_chat || (text.trimmed().isEmpty() && files.isEmpty()) || busy() || needsServer())
        return false;
    if (m_attachments.reading()) {
        showError(tr("A file is still being read; send when its chip is ready."));
        return false;
    }
    dismissError();
    const auto r = m_chat->send(m_currentId, text, request(), files);
    if (!r.ok()) {
        showError(r.error.message);
        m_showsRefusal = r.error.kind == Error::Kind::Usage;
        return false;
    }
    m_attachments.clear();
    m_sidebar->reload();
    return true;
}

QString ConversationSession::attachmentText(const QString &sha256)
{
    const auto text = AttachmentRepository(m_db).text(sha256);
    if (!text.ok())
        showError(text.error.message);
    return text.value;
}

bool ConversationSession::saveAttachment(const QString &sha256, const QUrl &to)
{
    const auto data = AttachmentRepository(m_db).data(sha256);
    if (!data.ok()) {
        showError(data.error.message);
        return false;
    }
    if (const Error e = saveAttachmentAs(data.value, to.toLocalFile()); e.isError()) {
        showError(e.message);
        return false;
    }
    return true;
}

void ConversationSession::stop()
{
    if (m_chat)
        m_chat->stop();
}

void ConversationSession::retry()
{
    regenerate();
}

void ConversationSession::regenerate()
{
    if (!m_chat || m_currentId <= 0 || busy())
        return;
    dismissError();
    const auto r = m_chat->regenerate(m_currentId, request());
    if (!r.ok()) {
        showError(r.error.message);
        return;
    }
    // Show the new answer in place of the old one (which stays a branch).
    reloadBranch();
}

bool ConversationSession::editMessage(qint64 messageId, const QString &text, const QStringList &keepFiles)
{
    if (!m_chat || m_currentId <= 0 || busy() || text.trimmed().isEmpty() || needsServer())
        return false;
    dismissError();
    const auto r = m_chat->sendEdited(m_currentId, messageId, text, request(), keepFiles);
    if (!r.ok()) {
        showError(r.error.message);
        return false;
    }
    reloadBranch();
    return true;
}

void ConversationSession::switchBranch(qint64 messageId, int step)
{
    const QList<qint64> ids = siblingIds(messageId);
    const qsizetype at = ids.indexOf(messageId);
    if (at >= 0 && at + step >= 0 && at + step < ids.size())
        chooseBranch(ids.at(at + step));
}

QList<qint64> ConversationSession::siblingIds(qint64 messageId) const
{
    if (m_currentId <= 0)
        return {};
    MessageRepository messages(m_db);
    const auto children = messages.childIds(m_currentId);
    const auto message = messages.get(messageId);
    if (!children.ok() || !message.ok() || message.value.conversationId != m_currentId)
        return {};
    return children.value.value(message.value.parentId);
}

void ConversationSession::compare(qint64 messageId)
{
    if (!m_chat)
        return;
    MessageRepository messages(m_db);
    QList<Message> siblings;
    for (qint64 id : siblingIds(messageId))
        if (const auto m = messages.get(id); m.ok())
            siblings << m.value;
    m_compared.setMessages(siblings);
    // One still streaming reads its stream, as on the main view.
    for (const Message &m : std::as_const(siblings))
        if (const auto streamed = m_chat->streamedText(m.id))
            m_compared.follow(m.id, streamed);
    m_comparedShownId = m_messages.rowOf(messageId) >= 0 ? messageId : 0;
    Q_EMIT comparedChanged();
}

void ConversationSession::chooseBranch(qint64 messageId)
{
    if (!m_chat || m_currentId <= 0 || busy())
        return;
    MessageRepository messages(m_db);
    const auto message = messages.get(messageId);
    if (!message.ok() || message.value.conversationId != m_currentId)
        return;
    const auto leaf = messages.newestLeafUnder(m_currentId, messageId);
    ConversationRepository conversations(m_db);
    // Looking at another branch is not activity: the sidebar order stays.
    m_chat->forgetPendingLeaf(m_currentId); // this choice is newer
    report(conversations.setCurrentLeaf(m_currentId, leaf.value, conversations.get(m_currentId).value.updatedAt));
    reloadBranch();
}

void ConversationSession::reloadBranch()
{
    showBranch(ConversationRepository(m_db).get(m_currentId).value.currentLeafId);
    Q_EMIT canContinueChanged();
}

void ConversationSession::showBranch(qint64 leafId)
{
    // One scan of the links serves the path and the branch switchers.
    MessageRepository messages(m_db);
    const auto links = messages.links(m_currentId);
    QList<Message> rows = messages.branch(m_currentId, leafId, links.value).value;
    // Names and sizes of every message's files; the view reads pixels lazily.
    report(messages.withAttachments(rows, /*withData=*/false, /*everyRole=*/true));
    m_messages.setMessages(rows, placesAmongSiblings(links.value.children));
    // An answer still streaming here reads its stream again, and one the
    // store refused at its end shows as it ended (the store has only the
    // last flush of either).
    if (m_chat->isBusy() && m_chat->conversationId() == m_currentId)
        for (const Message &a : m_chat->answers())
            m_messages.follow(a.id, m_chat->streamedText(a.id));
    for (const Message &a : m_chat->unsavedAnswers())
        if (a.conversationId == m_currentId)
            m_messages.update(a);
}

void ConversationSession::refreshSiblings()
{
    if (m_currentId > 0)
        m_messages.setSiblings(placesAmongSiblings(MessageRepository(m_db).childIds(m_currentId).value));
    else
        m_messages.setSiblings({});
}

bool ConversationSession::canContinue() const
{
    return !busy() && m_currentId > 0 && m_messages.rowCount() > 0
        && ChatController::canContinue(m_messages.messageAt(m_messages.rowCount() - 1));
}

void ConversationSession::continueAnswer()
{
    if (!m_chat || !canContinue())
        return;
    dismissError();
    if (const auto r = m_chat->continueAnswer(m_currentId, request()); !r.ok())
        showError(r.error.message);
}

bool ConversationSession::sendFromTemplate(const QString &key, const QVariantMap &values)
{
    if (!m_templates)
        return false;
    if (busy()) {
        showError(tr("An answer is still streaming; stop it first."));
        return false;
    }
    const Template t = m_templates->find(key);
    QHash<QString, QString> given = formValues(values);
    RenderContext context;
    context.language = QLocale().name();
    context.selection = given.take(QStringLiteral("selection"));
    const auto rendered = TemplateRenderer::render(t, given, context);
    if (t.name.isEmpty() || !rendered.ok()) {
        showError(t.name.isEmpty() ? tr("That template is gone.") : rendered.problems.first().message);
        return false;
    }
    // The files of `file` variables go with the message, as the composer's
    // do; {{name}} became each one's name (drafting/templatefiles.h).
    TemplateFiles files = readTemplateFiles(
        t, given, limitsFor(request().profile),
        [this](const QString &variable, const QString &path) { return m_templates->files()->ready(variable, path); });
    if (!files.ok()) {
        showError(files.problems.first().message);
        return false;
    }
    // Refused before the conversation shown is left for a new one.
    if (const Error e = refuseFiles(request(), files.files); e.isError()) {
        showError(e.message);
        return false;
    }
    newConversation();
    m_parameters->setParams(templateParams(t, rendered.systemPrompt));
    if (!sendWith(rendered.prompt, files.files))
        return false;
    m_templates->files()->clear();
    storeSettings();
    return true;
}

QString ConversationSession::unsentText(qint64 conversationId)
{
    return AppState(m_db).value(QStringLiteral("unsent/%1").arg(conversationId));
}

void ConversationSession::keepUnsent(qint64 conversationId, const QString &text)
{
    // The composer still holds the text; the banner says it would not survive a quit.
    report(AppState(m_db).setValue(QStringLiteral("unsent/%1").arg(conversationId), text));
}

void ConversationSession::retranslate()
{
    m_messages.retranslate(); // the answers' footers ("%1 tokens")
    m_compared.retranslate();
    Q_EMIT conversationChanged();
}

} // namespace Inkwell
