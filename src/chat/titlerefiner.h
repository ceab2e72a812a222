// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/generationrun.h"

#include <QObject>

#include <memory>

class QNetworkAccessManager;

namespace Inkwell {

class Generation;
class Provider;

// Asks a model for a short title of a conversation's first exchange, in the
// background; titled() once it has one. One question at a time: a new one
// replaces the one still running.
class TitleRefiner : public QObject {
    Q_OBJECT
public:
    explicit TitleRefiner(QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~TitleRefiner() override;

    // `base` says where and with which model (its parameters are not used).
    void refine(qint64 conversationId, const GenerationRequest &base, const QString &question, const QString &answer);

    static QList<ChatMessage> promptFor(const QString &question, const QString &answer);
    // The model's reply as a title: one line, no quotes or "Title:", at most
    // 60 characters; "" when nothing usable is left.
    static QString clean(const QString &reply);

Q_SIGNALS:
    void titled(qint64 conversationId, const QString &title);
    void failed(qint64 conversationId, const QString &why);

private:
    QNetworkAccessManager *m_nam;
    std::unique_ptr<GenerationRun> m_run;
    qint64 m_conversationId = 0;
};

} // namespace Inkwell
