// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QHash>
#include <QMutex>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>

class QNetworkAccessManager;

namespace Inkwell {

// Each profile's proxy on one shared QNetworkAccessManager: requests are
// routed by their server (scheme, host, port). A profile's setting is
// "" (the system's: http_proxy/https_proxy/no_proxy on Linux), "none", or
// "http://[user@]host:port" / "socks5://[user@]host:port" with the password
// kept apart (keychain). Loopback servers never go through a proxy.
class ProxyRouter : public QNetworkProxyFactory {
public:
    // Routes requests to `server` through the profile's proxy setting.
    static void route(QNetworkAccessManager *nam, const QUrl &server, const QString &setting, const QString &password);
    // Empty when the setting is usable; else what is wrong with it.
    static QString check(const QString &setting);
    static QNetworkProxy proxyFor(const QString &setting, const QString &password);

    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override;

private:
    static QString key(const QUrl &url);
    static ProxyRouter *of(QNetworkAccessManager *nam);

    QMutex m_lock; // Qt asks the factory from its HTTP thread
    QHash<QString, QPair<QString, QString>> m_routes; // server → (setting, password)
};

} // namespace Inkwell
