// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QHash>
#include <QObject>

#include <functional>

namespace Inkwell {

// API keys in the OS keychain (Secret Service on Linux) through QtKeychain.
// When no keychain answers, keys are kept in memory for this session only
// and sessionOnly() says so; they are never written anywhere else.
class KeyStore : public QObject {
    Q_OBJECT
public:
    using ReadCallback = std::function<void(const QString &key, const Error &error)>;
    using WriteCallback = std::function<void(const Error &error)>;

    explicit KeyStore(QString service = QStringLiteral("Inkwell"), QObject *parent = nullptr);

    void read(const QString &account, ReadCallback done);
    void write(const QString &account, const QString &key, WriteCallback done);
    void remove(const QString &account, WriteCallback done);

    [[nodiscard]] bool sessionOnly() const { return m_sessionOnly; }
    static QString accountFor(qint64 profileId) { return QStringLiteral("profile-%1").arg(profileId); }
    static QString proxyAccountFor(qint64 profileId) { return QStringLiteral("profile-%1-proxy").arg(profileId); }

Q_SIGNALS:
    void sessionOnlyChanged();

private:
    void fallBack(const QString &why);
    QString m_service;
    QHash<QString, QString> m_memory;
    bool m_sessionOnly = false;
};

} // namespace Inkwell
