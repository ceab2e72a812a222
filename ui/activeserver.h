// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/generationparams.h"
#include "providers/generationrequest.h"
#include "providers/profile.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace Inkwell {

class KeyStore;
class ProfilesController;

// The server the window talks to: the active profile with its key from the
// keychain, or an ad-hoc one from the command line (--base-url, or a later
// start's hand-over) kept for this session only.
class ActiveServer : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("App.server")
    Q_PROPERTY(bool configured READ configured NOTIFY changed)
    Q_PROPERTY(QString profileName READ profileName NOTIFY changed)
    Q_PROPERTY(QString baseUrl READ baseUrl NOTIFY changed)
    Q_PROPERTY(QString model READ model NOTIFY changed)
    Q_PROPERTY(QString serviceName READ serviceName NOTIFY changed)
    Q_PROPERTY(bool hasApiKey READ hasApiKey NOTIFY changed)
    Q_PROPERTY(bool adHoc READ adHoc NOTIFY changed)
    Q_PROPERTY(bool keysSessionOnly READ keysSessionOnly NOTIFY changed)
public:
    ActiveServer(ProfilesController *profiles, KeyStore *keys, QObject *parent = nullptr);

    [[nodiscard]] bool configured() const { return !m_profile.baseUrl.isEmpty(); }
    // The command line's server is named in the language shown now.
    [[nodiscard]] QString profileName() const { return m_adHoc ? tr("Command line") : m_profile.name; }
    [[nodiscard]] QString baseUrl() const { return m_profile.baseUrl; }
    [[nodiscard]] QString model() const { return m_profile.model; }
    [[nodiscard]] QString serviceName() const;
    [[nodiscard]] bool hasApiKey() const { return !m_apiKey.isEmpty(); }
    [[nodiscard]] bool adHoc() const { return m_adHoc; }
    [[nodiscard]] bool keysSessionOnly() const;
    [[nodiscard]] const Profile &profile() const { return m_profile; }

    // What a request to this server carries, secrets included (never stored).
    [[nodiscard]] GenerationRequest request(const GenerationParams &params) const;

    // The profile Settings → Servers marks active; its key is read again.
    void adoptActiveProfile();
    void useServer(const QString &baseUrl, const QString &model, const QString &apiKey);

Q_SIGNALS:
    void changed();
    void failed(const QString &message);

private:
    ProfilesController *m_profiles;
    KeyStore *m_keys;
    Profile m_profile;
    QString m_apiKey;
    QString m_proxyPassword;
    bool m_adHoc = false;
};

} // namespace Inkwell
