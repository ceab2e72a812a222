// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/profile.h"
#include "rowlistmodel.h"
#include "rows.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QSqlDatabase>
#include <QtQml/qqmlregistration.h>

#include <memory>

class QNetworkAccessManager;

namespace Inkwell {

class KeyStore;
class ModelLister;

// The profiles page: stored servers (keys in the keychain), presets, the
// final request URL, "Test connection" (latency and model count, or the
// exact error, plus the model list to pick from) and, on first run, local
// servers found on this machine (loopback only).
class ProfilesController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("App.profiles")
    Q_PROPERTY(Inkwell::RowListModel *profiles READ profiles CONSTANT) // ProfileRow
    // The profiles after a first row for "the chat's own server" (id 0), for a
    // setting that may borrow another server.
    Q_PROPERTY(Inkwell::RowListModel *serverChoices READ serverChoices CONSTANT) // ProfileRow
    Q_PROPERTY(Inkwell::RowListModel *services READ services CONSTANT) // ServiceRow
    Q_PROPERTY(qint64 activeId READ activeId NOTIFY activeIdChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    Q_PROPERTY(bool testing READ testing NOTIFY testChanged)
    Q_PROPERTY(bool testOk READ testOk NOTIFY testChanged)
    Q_PROPERTY(QString testMessage READ testMessage NOTIFY testChanged)
    Q_PROPERTY(QStringList testModels READ testModels NOTIFY testChanged)
    Q_PROPERTY(bool detecting READ detecting NOTIFY detectingChanged)
    Q_PROPERTY(Inkwell::RowListModel *detected READ detected CONSTANT) // DetectedServer
    // What the keychain said for the profile last asked with checkKey() (0: no answer yet).
    Q_PROPERTY(qint64 keyProfileId READ keyProfileId NOTIFY storedKeyChanged)
    Q_PROPERTY(bool hasStoredKey READ hasStoredKey NOTIFY storedKeyChanged)
public:
    ProfilesController(const QSqlDatabase &db, QNetworkAccessManager *nam, KeyStore *keys, QObject *parent = nullptr);
    ~ProfilesController() override;

    [[nodiscard]] GadgetListModel<ProfileRow> *profiles() { return &m_profiles; }
    [[nodiscard]] GadgetListModel<ProfileRow> *serverChoices() { return &m_serverChoices; }
    [[nodiscard]] GadgetListModel<ServiceRow> *services() { return &m_services; }
    [[nodiscard]] qint64 activeId() const { return m_activeId; }
    [[nodiscard]] QString errorText() const { return m_errorText; }
    [[nodiscard]] bool testing() const { return m_lister != nullptr; }
    [[nodiscard]] bool testOk() const { return m_testOk; }
    [[nodiscard]] QString testMessage() const { return m_testMessage; }
    [[nodiscard]] QStringList testModels() const { return m_testModels; }
    [[nodiscard]] bool detecting() const { return m_probes > 0; }
    [[nodiscard]] GadgetListModel<DetectedServer> *detected() { return &m_detected; }
    [[nodiscard]] qint64 keyProfileId() const { return m_keyProfileId; }
    [[nodiscard]] bool hasStoredKey() const { return m_hasStoredKey; }

    // A new profile's fields for the service (the custom one when unknown).
    Q_INVOKABLE [[nodiscard]] Inkwell::ProfileFields blank(const QString &presetId) const;
    Q_INVOKABLE [[nodiscard]] Inkwell::ProfileFields fields(qint64 id) const;
    Q_INVOKABLE [[nodiscard]] QString requestUrl(const Inkwell::ProfileFields &fields) const;
    // Whether a new profile's name is still only its service's (and may follow the service).
    Q_INVOKABLE [[nodiscard]] bool isServiceName(const QString &name) const;
    // Saves (insert when id is 0) and returns the id, or 0 with errorText set.
    Q_INVOKABLE qint64 save(const Inkwell::ProfileFields &fields, const QString &apiKey, bool replaceKey);
    Q_INVOKABLE void remove(qint64 id);
    Q_INVOKABLE qint64 duplicate(qint64 id);
    Q_INVOKABLE void activate(qint64 id);
    // Lists the models with what the editor holds (the stored key when none is typed).
    Q_INVOKABLE void test(const Inkwell::ProfileFields &fields, const QString &apiKey);
    Q_INVOKABLE void cancelTest();
    // Another profile is shown: the last test (message, models) and the last
    // save's error were about the one before.
    Q_INVOKABLE void forgetOutcomes();
    // A save's error only (the form changed since); the test's outcome stays.
    Q_INVOKABLE void clearError();
    // Asks the keychain whether the profile has a key; keyProfileId and
    // hasStoredKey answer (at once for 0, a profile not saved yet).
    Q_INVOKABLE void checkKey(qint64 id);
    // Looks for Ollama, llama.cpp and LM Studio on their usual loopback ports.
    Q_INVOKABLE void detectLocal();
    Q_INVOKABLE qint64 addDetected(int index);

    [[nodiscard]] const Profile &active() const { return m_active; }
    [[nodiscard]] Profile profileFrom(const ProfileFields &fields) const;
    // The service names are in the language of the moment.
    void retranslate();

Q_SIGNALS:
    void activeIdChanged();
    void errorTextChanged();
    void testChanged();
    void detectingChanged();
    void storedKeyChanged();
    // The window's profile changed (activated, or edited while active).
    void activeProfileChanged();

private:
    void reload();
    void fillLists();
    void setError(const QString &text);
    // Why Save and Test refuse the proxy as typed; empty when it is fine.
    static QString proxyRefusal(const QString &proxy);
    void runTest(const Profile &profile, const QString &key, const QString &proxyPassword);
    void setStoredKey(qint64 id, bool has);

    QSqlDatabase m_db;
    QNetworkAccessManager *m_nam;
    KeyStore *m_keys;
    QList<Profile> m_list;
    Profile m_active;
    qint64 m_activeId = 0;
    QString m_errorText;
    std::unique_ptr<ModelLister> m_lister;
    bool m_testOk = false;
    int m_testGeneration = 0; // a test started before clearTest() does not report
    QString m_testMessage;
    QStringList m_testModels;
    int m_probes = 0;
    GadgetListModel<ProfileRow> m_profiles;
    GadgetListModel<ProfileRow> m_serverChoices;
    GadgetListModel<ServiceRow> m_services;
    GadgetListModel<DetectedServer> m_detected;
    std::vector<std::unique_ptr<ModelLister>> m_probeListers;
    qint64 m_keyWanted = 0; // the profile checkKey() asked about
    qint64 m_keyProfileId = 0; // the profile the answer is for
    bool m_hasStoredKey = false;
    QSet<qint64> m_keyWrites; // profiles whose key is being written or removed
};

} // namespace Inkwell
