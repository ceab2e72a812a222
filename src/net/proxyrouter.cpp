// SPDX-License-Identifier: GPL-3.0-or-later
#include "proxyrouter.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QUrl>

namespace Inkwell {

namespace {
bool isLoopback(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

int defaultPort(const QUrl &url)
{
    return url.port(url.scheme() == u"https" ? 443 : 80);
}
} // namespace

QString ProxyRouter::key(const QUrl &url)
{
    return QStringLiteral("%1://%2:%3").arg(url.scheme(), url.host().toLower()).arg(defaultPort(url));
}

ProxyRouter *ProxyRouter::of(QNetworkAccessManager *nam)
{
    // The manager owns its factory; remember which one is ours.
    auto *router = static_cast<ProxyRouter *>(nam->property("inkwellProxyRouter").value<void *>());
    if (!router) {
        router = new ProxyRouter;
        nam->setProxyFactory(router);
        nam->setProperty("inkwellProxyRouter", QVariant::fromValue<void *>(router));
    }
    return router;
}

void ProxyRouter::route(QNetworkAccessManager *nam, const QUrl &server, const QString &setting, const QString &password)
{
    ProxyRouter *router = of(nam);
    QMutexLocker lock(&router->m_lock);
    router->m_routes.insert(key(server), {setting.trimmed(), password});
}

QString ProxyRouter::check(const QString &setting)
{
    const QString s = setting.trimmed();
    if (s.isEmpty() || s == u"none")
        return {};
    const QUrl url(s);
    if (!url.isValid() || url.host().isEmpty() || url.port() <= 0)
        return QCoreApplication::translate("Inkwell::ProxyRouter",
                                           "a proxy is written as http://host:port or socks5://host:port");
    if (url.scheme() != u"http" && url.scheme() != u"socks5")
        return QCoreApplication::translate("Inkwell::ProxyRouter", "the proxy must be http:// or socks5://, not %1://")
            .arg(url.scheme());
    if (!url.password().isEmpty())
        return QCoreApplication::translate(
            "Inkwell::ProxyRouter",
            "the proxy's password goes in its own field (it is kept in the keychain), not in the URL");
    return {};
}

QNetworkProxy ProxyRouter::proxyFor(const QString &setting, const QString &password)
{
    const QUrl url(setting.trimmed());
    const auto type = url.scheme() == u"socks5" ? QNetworkProxy::Socks5Proxy : QNetworkProxy::HttpProxy;
    return QNetworkProxy(type, url.host(), quint16(url.port()), url.userName(), password);
}

QList<QNetworkProxy> ProxyRouter::queryProxy(const QNetworkProxyQuery &query)
{
    const QUrl url = query.url();
    if (isLoopback(url.host().isEmpty() ? query.peerHostName() : url.host()))
        return {QNetworkProxy(QNetworkProxy::NoProxy)};
    QPair<QString, QString> route;
    {
        QMutexLocker lock(&m_lock);
        route = m_routes.value(key(url));
    }
    if (route.first == u"none")
        return {QNetworkProxy(QNetworkProxy::NoProxy)};
    if (route.first.isEmpty())
        return systemProxyForQuery(query);
    return {proxyFor(route.first, route.second)};
}

} // namespace Inkwell
