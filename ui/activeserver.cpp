// SPDX-License-Identifier: GPL-3.0-or-later
#include "activeserver.h"

#include "profilescontroller.h"
#include "providers/presets.h"
#include "secrets/keystore.h"

namespace Inkwell {

ActiveServer::ActiveServer(ProfilesController *profiles, KeyStore *keys, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_keys(keys)
{
    connect(m_keys, &KeyStore::sessionOnlyChanged, this, &ActiveServer::changed);
}

QString ActiveServer::serviceName() const
{
    return m_profile.baseUrl.isEmpty() ? QString() : Preset::of(m_profile).name;
}

bool ActiveServer::keysSessionOnly() const
{
    return m_keys->sessionOnly();
}

GenerationRequest ActiveServer::request(const GenerationParams &params) const
{
    GenerationRequest r;
    r.profile = m_profile;
    r.apiKey = m_apiKey;
    r.proxyPassword = m_proxyPassword;
    r.params = params;
    return r;
}

void ActiveServer::adoptActiveProfile()
{
    m_adHoc = false;
    m_profile = m_profiles->active();
    m_apiKey.clear();
    m_proxyPassword.clear();
    Q_EMIT changed();
    if (m_profile.id <= 0)
        return;
    const qint64 id = m_profile.id;
    m_keys->read(KeyStore::accountFor(id), [this, id](const QString &key, const Error &e) {
        // The profile may have changed while the keychain answered (a hand-over
        // from a later start): its key must never go to another server.
        if (m_adHoc || m_profile.id != id)
            return;
        if (e.isError())
            Q_EMIT failed(e.message);
        m_apiKey = key;
        Q_EMIT changed();
    });
    m_keys->read(KeyStore::proxyAccountFor(id), [this, id](const QString &password, const Error &) {
        if (!m_adHoc && m_profile.id == id)
            m_proxyPassword = password;
    });
}

void ActiveServer::useServer(const QString &baseUrl, const QString &model, const QString &apiKey)
{
    m_adHoc = true;
    m_profile = Profile {};
    m_profile.name = tr("Command line"); // for the request's messages; profileName() follows a language switch
    m_profile.baseUrl = baseUrl;
    m_profile.model = model;
    m_apiKey = apiKey;
    m_proxyPassword.clear();
    Q_EMIT changed();
}

} // namespace Inkwell
