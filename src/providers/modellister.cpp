// SPDX-License-Identifier: GPL-3.0-or-later
#include "modellister.h"

#include "net/proxyrouter.h"
#include "providers/httperror.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace Inkwell {

ModelLister::ModelLister(QNetworkAccessManager *nam, Profile profile, QString apiKey, QString proxyPassword,
                         QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_profile(std::move(profile))
    , m_apiKey(std::move(apiKey))
    , m_proxyPassword(std::move(proxyPassword))
    , m_provider(Provider::create(m_profile.api))
{
}

ModelLister::~ModelLister()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

QUrl ModelLister::firstUrl() const
{
    return m_provider ? m_provider->modelsRequest(m_profile, QString(), QString()).url() : QUrl();
}

void ModelLister::start()
{
    if (!m_provider) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                done(Result<QStringList>::fail(
                    Error::make(Error::Kind::Usage, tr("Unknown API ‘%1’.").arg(m_profile.api))));
            },
            Qt::QueuedConnection);
        return;
    }
    m_clock.start();
    fetch(QString());
}

void ModelLister::fetch(const QString &pageToken)
{
    QNetworkRequest req = m_provider->modelsRequest(m_profile, m_apiKey, pageToken);
    // A model list is small: no answer within the connect timeout is a failure.
    req.setTransferTimeout(qMax(1000, m_profile.connectTimeoutMs));
    ProxyRouter::route(m_nam, req.url(), m_profile.proxy, m_proxyPassword);
    m_reply = m_nam->get(req);
    connect(m_reply, &QNetworkReply::finished, this, &ModelLister::onReply);
}

void ModelLister::onReply()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    if (m_latencyMs < 0)
        m_latencyMs = m_clock.elapsed();
    const QUrl url = reply->url();
    const QString host = url.port() > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : url.host();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    if (status == 0) {
        const QString why = reply->error() == QNetworkReply::OperationCanceledError
            ? tr("no answer within %1 s").arg(qMax(1000, m_profile.connectTimeoutMs) / 1000.0)
            : reply->errorString();
        const bool tls = reply->error() == QNetworkReply::SslHandshakeFailedError;
        done(Result<QStringList>::fail(Error::make(Error::Kind::Network, describeUnreachable(host, why, tls))));
        return;
    }
    if (status >= 300) {
        done(Result<QStringList>::fail(describeHttpError(status, body, host, m_profile.name)));
        return;
    }
    ModelPage page = m_provider->parseModels(body);
    if (page.error.isError()) {
        page.error.message = QStringLiteral("%1: %2").arg(host, page.error.message);
        done(Result<QStringList>::fail(page.error));
        return;
    }
    m_models << page.models;
    if (!page.nextPageToken.isEmpty() && ++m_pages < kMaxPages) {
        fetch(page.nextPageToken);
        return;
    }
    m_models.removeDuplicates();
    done({m_models, {}});
}

void ModelLister::done(Result<QStringList> result)
{
    m_result = std::move(result);
    Q_EMIT finished();
}

} // namespace Inkwell
