// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chat/titlerefiner.h"
#include "core/error.h"

#include <QObject>
#include <QSqlDatabase>
#include <QtQml/qqmlregistration.h>

namespace Inkwell {

class KeyStore;
struct Message;

// Titles named by the model: after a new conversation's first answer, one
// more short request (to the chat's server, or to another profile: a cheap
// or local one; another model if chosen) replaces the title made from the
// first message, unless the user renamed it first. Off until the user turns
// it on: on a paid API it costs a request.
class TitlesController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by App")
    Q_PROPERTY(bool enabled READ enabled WRITE setEnabled NOTIFY changed)
    Q_PROPERTY(QString model READ model WRITE setModel NOTIFY changed) // "" = the profile's
    Q_PROPERTY(qint64 profileId READ profileId WRITE setProfileId NOTIFY changed) // 0 = the chat's
public:
    TitlesController(const QSqlDatabase &db, QNetworkAccessManager *nam, KeyStore *keys, QObject *parent = nullptr);

    [[nodiscard]] bool enabled() const { return m_enabled; }
    void setEnabled(bool on);
    [[nodiscard]] QString model() const { return m_model; }
    void setModel(const QString &model);
    [[nodiscard]] qint64 profileId() const { return m_profileId; }
    void setProfileId(qint64 id);

    // A conversation's answer has finished; `chat` is how it was asked.
    void afterAnswer(qint64 conversationId, const GenerationRequest &chat);

Q_SIGNALS:
    void changed();
    void renamed(qint64 conversationId);
    // A setting the store would not keep (its message names the file and why).
    void failed(const QString &message);

private:
    void keep(const Error &e)
    {
        if (e.isError())
            Q_EMIT failed(e.message);
    }
    void ask(qint64 conversationId, GenerationRequest request, const Message &question, const Message &answer);

    QSqlDatabase m_db;
    KeyStore *m_keys;
    TitleRefiner m_refiner;
    bool m_enabled = false;
    QString m_model;
    qint64 m_profileId = 0;
    QString m_expectedTitle; // the title it may replace
};

} // namespace Inkwell
