// SPDX-License-Identifier: GPL-3.0-or-later
#include "keystore.h"

#include "core/logging.h"

#include <qt6keychain/keychain.h>

namespace Inkwell {

namespace {
bool keychainMissing(QKeychain::Error e)
{
    return e == QKeychain::NoBackendAvailable || e == QKeychain::NotImplemented || e == QKeychain::OtherError;
}
} // namespace

KeyStore::KeyStore(QString service, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
{
}

void KeyStore::fallBack(const QString &why)
{
    if (!m_sessionOnly) {
        qCInfo(lcSecrets).noquote() << "no keychain; keys are kept for this session only:" << why;
        m_sessionOnly = true;
        Q_EMIT sessionOnlyChanged();
    }
}

void KeyStore::read(const QString &account, ReadCallback done)
{
    if (m_sessionOnly) {
        done(m_memory.value(account), {});
        return;
    }
    // No parent: a job lives until the keychain answers and then deletes
    // itself; as a child it died with the store while libsecret still held
    // it, and its late answer reached freed memory. `this` as the context
    // keeps a late answer from reaching a store that is gone.
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(account);
    connect(job, &QKeychain::Job::finished, this, [this, account, job, done = std::move(done)] {
        if (job->error() == QKeychain::NoError) {
            done(job->textData(), {});
        } else if (job->error() == QKeychain::EntryNotFound) {
            done(m_memory.value(account), {});
        } else if (keychainMissing(job->error())) {
            fallBack(job->errorString());
            done(m_memory.value(account), {});
        } else {
            done({},
                 Error::make(Error::Kind::Keychain,
                             tr("Cannot read the API key from the keychain: %1").arg(job->errorString())));
        }
    });
    job->start();
}

void KeyStore::write(const QString &account, const QString &key, WriteCallback done)
{
    if (m_sessionOnly) {
        m_memory.insert(account, key);
        done({});
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(m_service); // no parent: see read()
    job->setAutoDelete(true);
    job->setKey(account);
    job->setTextData(key);
    connect(job, &QKeychain::Job::finished, this, [this, account, key, job, done = std::move(done)] {
        if (job->error() == QKeychain::NoError) {
            done({});
        } else if (keychainMissing(job->error())) {
            fallBack(job->errorString());
            m_memory.insert(account, key);
            done({});
        } else {
            done(Error::make(Error::Kind::Keychain,
                             tr("Cannot save the API key in the keychain: %1").arg(job->errorString())));
        }
    });
    job->start();
}

void KeyStore::remove(const QString &account, WriteCallback done)
{
    m_memory.remove(account);
    if (m_sessionOnly) {
        done({});
        return;
    }
    auto *job = new QKeychain::DeletePasswordJob(m_service); // no parent: see read()
    job->setAutoDelete(true);
    job->setKey(account);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        const bool ok = job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound
            || keychainMissing(job->error());
        done(ok ? Error {}
                : Error::make(Error::Kind::Keychain,
                              tr("Cannot remove the API key from the keychain: %1").arg(job->errorString())));
    });
    job->start();
}

} // namespace Inkwell
