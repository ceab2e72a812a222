// SPDX-License-Identifier: GPL-3.0-or-later
#include "titlescontroller.h"

#include "chat/chatcontroller.h"
#include "core/logging.h"
#include "secrets/keystore.h"
#include "store/appstate.h"
#include "store/conversationrepository.h"
#include "store/messagerepository.h"
#include "store/profilerepository.h"

#include <QPointer>

namespace Inkwell {

namespace {
const QString kEnabled = QStringLiteral("titles/by_model");
const QString kModel = QStringLiteral("titles/model");
const QString kProfile = QStringLiteral("titles/profile");
} // namespace

TitlesController::TitlesController(const QSqlDatabase &db, QNetworkAccessManager *nam, KeyStore *keys, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_keys(keys)
    , m_refiner(nam)
{
    if (m_db.isOpen()) {
        AppState state(m_db);
        m_enabled = state.value(kEnabled) == u"on";
        m_model = state.value(kModel);
        m_profileId = state.value(kProfile).toLongLong();
    }
    connect(&m_refiner, &TitleRefiner::titled, this, [this](qint64 id, const QString &title) {
        ConversationRepository conversations(m_db);
        // Renamed by the user meanwhile: theirs stays.
        if (conversations.get(id).value.title != m_expectedTitle)
            return;
        if (!conversations.rename(id, title).isError())
            Q_EMIT renamed(id);
    });
    connect(&m_refiner, &TitleRefiner::failed, this, [](qint64, const QString &why) {
        // Quietly: the first message's title stays, which is a fine title.
        qCInfo(lcChat).noquote() << "the model gave no title:" << why;
    });
}

void TitlesController::setEnabled(bool on)
{
    if (on == m_enabled)
        return;
    m_enabled = on;
    keep(AppState(m_db).setValue(kEnabled, on ? QStringLiteral("on") : QString()));
    Q_EMIT changed();
}

void TitlesController::setModel(const QString &model)
{
    const QString m = model.trimmed();
    if (m == m_model)
        return;
    m_model = m;
    keep(AppState(m_db).setValue(kModel, m));
    Q_EMIT changed();
}

void TitlesController::setProfileId(qint64 id)
{
    if (id == m_profileId)
        return;
    m_profileId = id;
    keep(AppState(m_db).setValue(kProfile, id > 0 ? QString::number(id) : QString()));
    Q_EMIT changed();
}

void TitlesController::afterAnswer(qint64 conversationId, const GenerationRequest &chat)
{
    if (!m_enabled || conversationId <= 0)
        return;
    const auto conversation = ConversationRepository(m_db).get(conversationId);
    if (!conversation.ok())
        return;
    // Only the first exchange, and only a title the user has not changed.
    const auto branch = MessageRepository(m_db).branch(conversation.value.currentLeafId).value;
    QList<Message> turns;
    for (const Message &m : branch)
        if (m.role != Chat::Role::System)
            turns << m;
    if (turns.size() != 2 || turns[0].role != Chat::Role::User || turns[1].role != Chat::Role::Assistant
        || turns[1].status != Chat::Status::Complete || turns[1].content.trimmed().isEmpty())
        return;
    if (conversation.value.title != ChatController::titleFrom(turns[0].content))
        return;
    m_expectedTitle = conversation.value.title;
    const auto other = m_profileId > 0 && m_profileId != chat.profile.id ? ProfileRepository(m_db).get(m_profileId)
                                                                         : Result<Profile> {};
    if (!other.ok() || other.value.id <= 0) { // the chat's own server (also when that profile was deleted)
        ask(conversationId, chat, turns[0], turns[1]);
        return;
    }
    // Another profile: its own key and proxy password, from the keychain.
    GenerationRequest request;
    request.profile = other.value;
    const qint64 profileId = other.value.id;
    QPointer<TitlesController> self(this);
    m_keys->read(KeyStore::accountFor(profileId), [=, this](const QString &key, const Error &) mutable {
        if (!self)
            return;
        request.apiKey = key;
        m_keys->read(KeyStore::proxyAccountFor(profileId), [=, this](const QString &password, const Error &) mutable {
            if (!self)
                return;
            request.proxyPassword = password;
            ask(conversationId, request, turns[0], turns[1]);
        });
    });
}

void TitlesController::ask(qint64 conversationId, GenerationRequest request, const Message &question,
                           const Message &answer)
{
    if (!m_model.isEmpty())
        request.model = m_model;
    m_refiner.refine(conversationId, request, question.content, answer.content);
}

} // namespace Inkwell
