// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "providers/provider.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace Inkwell {

// Fetches a profile's model list, following pages (Anthropic, Gemini). Also
// the "Test connection" of the profiles page and `inkwell-cli profiles test`:
// it reports how long the server took to answer.
class ModelLister : public QObject {
    Q_OBJECT
public:
    static constexpr int kMaxPages = 20;

    ModelLister(QNetworkAccessManager *nam, Profile profile, QString apiKey, QString proxyPassword = {},
                QObject *parent = nullptr);
    ~ModelLister() override;

    void start();
    [[nodiscard]] const Result<QStringList> &result() const { return m_result; }
    // Time from sending the first request to its answer.
    [[nodiscard]] qint64 latencyMs() const { return m_latencyMs; }
    [[nodiscard]] QUrl firstUrl() const;

Q_SIGNALS:
    void finished();

private:
    void fetch(const QString &pageToken);
    void onReply();
    void done(Result<QStringList> result);

    QNetworkAccessManager *m_nam;
    Profile m_profile;
    QString m_apiKey;
    QString m_proxyPassword;
    std::unique_ptr<Provider> m_provider;
    QPointer<QNetworkReply> m_reply;
    QElapsedTimer m_clock;
    QStringList m_models;
    Result<QStringList> m_result;
    qint64 m_latencyMs = -1;
    int m_pages = 0;
};

} // namespace Inkwell
