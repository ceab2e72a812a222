// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilescontroller.h"

#include "attachments/attachmentfile.h"
#include "net/proxyrouter.h"
#include "providers/modellister.h"
#include "providers/presets.h"
#include "secrets/keystore.h"
#include "store/profilerepository.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QUrl>

namespace Inkwell {

namespace {
QString headersText(const Profile &p)
{
    QStringList lines;
    for (const auto &[k, v] : p.headers)
        lines << QString::fromUtf8(k + ": " + v);
    return lines.join(u'\n');
}

// Services are named by their brands, but for two that are descriptions.
QString serviceName(const Preset &preset)
{
    static const char *const described[] = {QT_TRANSLATE_NOOP("Inkwell::ProfilesController", "OpenAI-compatible"),
                                            QT_TRANSLATE_NOOP("Inkwell::ProfilesController", "llama.cpp server")};
    for (const char *name : described)
        if (preset.name == QLatin1String(name))
            return QCoreApplication::translate("Inkwell::ProfilesController", name);
    return preset.name;
}

bool isCredentialHeader(const QByteArray &name)
{
    static const QList<QByteArray> secret
        = {"authorization", "api-key", "x-api-key", "x-goog-api-key", "proxy-authorization", "cookie"};
    return secret.contains(name.toLower());
}
} // namespace

ProfilesController::ProfilesController(const QSqlDatabase &db, QNetworkAccessManager *nam, KeyStore *keys,
                                       QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_nam(nam)
    , m_keys(keys)
{
    reload();
}

ProfilesController::~ProfilesController() = default;

void ProfilesController::reload()
{
    ProfileRepository repo(m_db);
    const auto list = repo.list();
    m_list = list.ok() ? list.value : QList<Profile> {};
    const qint64 wanted = repo.activeId();
    const qint64 before = m_activeId;
    m_active = {};
    m_activeId = 0;
    for (const Profile &p : std::as_const(m_list)) {
        if (p.id == wanted || m_activeId == 0) {
            m_active = p;
            m_activeId = p.id;
        }
        if (p.id == wanted)
            break;
    }
    fillLists();
    if (m_activeId != before)
        Q_EMIT activeIdChanged();
}

void ProfilesController::fillLists()
{
    QList<ProfileRow> rows;
    for (const Profile &p : std::as_const(m_list))
        rows.append({p.id, p.name, serviceName(Preset::of(p)), p.baseUrl, p.model, p.id == m_activeId});
    m_profiles.setRows(rows);
    rows.prepend({0, tr("The chat's own server"), {}, {}, {}, false});
    m_serverChoices.setRows(rows);
    QList<ServiceRow> services;
    for (const Preset &p : Preset::all())
        services.append({p.id, serviceName(p), p.baseUrl, p.needsKey, p.local});
    m_services.setRows(services);
}

void ProfilesController::retranslate()
{
    fillLists();
    QList<DetectedServer> found = m_detected.rows();
    for (DetectedServer &d : found)
        if (const Preset *preset = Preset::find(d.presetId))
            d.name = serviceName(*preset);
    m_detected.setRows(found);
}

ProfileFields ProfilesController::blank(const QString &presetId) const
{
    const Preset *preset = Preset::find(presetId);
    if (!preset)
        preset = Preset::find(QStringLiteral("custom"));
    const Profile defaults;
    ProfileFields f;
    f.name = serviceName(*preset);
    f.preset = preset->id;
    f.api = preset->api;
    // Placeholders such as Azure's RESOURCE are left for the user to fill.
    f.baseUrl = preset->baseUrl;
    f.apiVersion = preset->apiVersion;
    f.connectTimeout = defaults.connectTimeoutMs / 1000;
    f.idleTimeout = defaults.idleTimeoutMs / 1000;
    f.needsKey = preset->needsKey;
    return f;
}

ProfileFields ProfilesController::fields(qint64 id) const
{
    for (const Profile &p : m_list) {
        if (p.id != id)
            continue;
        const Preset &preset = Preset::of(p);
        ProfileFields f;
        f.id = p.id;
        f.name = p.name;
        f.preset = preset.id;
        f.api = p.api;
        f.baseUrl = p.baseUrl;
        f.model = p.model;
        f.headers = headersText(p);
        f.apiVersion = p.apiVersion.isEmpty() ? preset.apiVersion : p.apiVersion;
        f.proxy = p.proxy;
        f.images = p.images;
        f.maxFileMB = p.maxFileMB;
        f.connectTimeout = p.connectTimeoutMs / 1000;
        f.idleTimeout = p.idleTimeoutMs / 1000;
        f.needsKey = preset.needsKey;
        return f;
    }
    return blank(QStringLiteral("custom"));
}

bool ProfilesController::isServiceName(const QString &name) const
{
    const auto &rows = m_services.rows();
    return std::any_of(rows.cbegin(), rows.cend(), [&](const ServiceRow &s) { return s.name == name; });
}

Profile ProfilesController::profileFrom(const ProfileFields &f) const
{
    Profile p;
    p.id = f.id;
    p.name = f.name.trimmed();
    p.preset = f.preset;
    const Preset *preset = Preset::find(p.preset);
    p.api = preset ? preset->api : f.api.isEmpty() ? QStringLiteral("openai") : f.api;
    p.baseUrl = f.baseUrl.trimmed();
    p.model = f.model.trimmed();
    p.apiVersion = f.apiVersion.trimmed();
    p.proxy = f.proxy.trimmed();
    p.images = f.images == u"yes" || f.images == u"no" ? f.images : QString();
    p.maxFileMB = f.maxFileMB == AttachmentLimits::kDefaultMB ? 0 : qBound(0, f.maxFileMB, Profile::kMaxFileMB);
    if (preset && p.apiVersion == preset->apiVersion)
        p.apiVersion.clear(); // follow the preset's when it moves on
    p.connectTimeoutMs = qBound(1, f.connectTimeout, 600) * 1000;
    p.idleTimeoutMs = qBound(5, f.idleTimeout, 3600) * 1000;
    const QStringList lines = f.headers.split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const qsizetype colon = line.indexOf(u':');
        if (colon > 0)
            p.headers.append({line.left(colon).trimmed().toUtf8(), line.mid(colon + 1).trimmed().toUtf8()});
    }
    return p;
}

QString ProfilesController::requestUrl(const ProfileFields &f) const
{
    const Profile p = profileFrom(f);
    if (p.baseUrl.isEmpty())
        return {};
    if (p.api == u"anthropic")
        return p.endpoint(QStringLiteral("messages")).toString();
    if (p.api == u"ollama")
        return p.endpoint(QStringLiteral("chat")).toString();
    if (p.api == u"gemini") {
        const QString model = p.model.isEmpty() ? QStringLiteral("MODEL") : p.model;
        return p.endpoint(QStringLiteral("models/%1:streamGenerateContent?alt=sse").arg(model)).toString();
    }
    QUrl url = p.endpoint(QStringLiteral("chat/completions"));
    if (Preset::of(p).auth == Preset::Auth::AzureApiKey)
        url.setQuery(QStringLiteral("api-version=")
                     + (p.apiVersion.isEmpty() ? Preset::of(p).apiVersion : p.apiVersion));
    return url.toString();
}

void ProfilesController::setError(const QString &text)
{
    if (m_errorText == text)
        return;
    m_errorText = text;
    Q_EMIT errorTextChanged();
}

qint64 ProfilesController::save(const ProfileFields &f, const QString &apiKey, bool replaceKey)
{
    Profile p = profileFrom(f);
    if (p.name.isEmpty()) {
        setError(tr("Give the profile a name."));
        return 0;
    }
    const QUrl url = QUrl::fromUserInput(p.baseUrl);
    if (p.baseUrl.isEmpty() || !url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https")
        || p.baseUrl.contains(u"RESOURCE")) {
        setError(tr("The base URL must be an http:// or https:// address of the server."));
        return 0;
    }
    if (const QString problem = proxyRefusal(p.proxy); !problem.isEmpty()) {
        setError(problem);
        return 0;
    }
    for (const auto &[name, value] : std::as_const(p.headers)) {
        if (isCredentialHeader(name)) {
            setError(
                tr("The header %1 carries a credential; put the key in the API key field, which goes to the keychain.")
                    .arg(QString::fromUtf8(name)));
            return 0;
        }
    }
    for (const Profile &other : std::as_const(m_list)) {
        if (other.id != p.id && other.name.compare(p.name, Qt::CaseInsensitive) == 0) {
            setError(tr("There is already a profile named ‘%1’.").arg(p.name));
            return 0;
        }
    }
    // Keep what this page does not edit.
    for (const Profile &old : std::as_const(m_list))
        if (old.id == p.id)
            p.includeUsage = old.includeUsage;
    const auto saved = ProfileRepository(m_db).save(p);
    if (!saved.ok()) {
        setError(saved.error.message);
        return 0;
    }
    setError(QString());
    const qint64 id = saved.value;
    const bool wasActive = id == m_activeId || m_list.isEmpty();
    if (m_list.isEmpty())
        if (const Error e = ProfileRepository(m_db).setActiveId(id); e.isError())
            setError(e.message);
    auto done = [this, id](const Error &e) {
        if (e.isError())
            setError(e.message);
        if (id == m_activeId)
            Q_EMIT activeProfileChanged();
    };
    if (replaceKey) {
        // Until the keychain has it, a check of this profile's key waits for this answer.
        const bool has = !apiKey.trimmed().isEmpty();
        m_keyWrites.insert(id);
        auto keyDone = [this, id, has, done](const Error &e) {
            m_keyWrites.remove(id);
            if (e.isError())
                checkKey(m_keyWanted);
            else
                setStoredKey(id, has);
            done(e);
        };
        if (has)
            m_keys->write(KeyStore::accountFor(id), apiKey.trimmed(), keyDone);
        else
            m_keys->remove(KeyStore::accountFor(id), keyDone);
    }
    // The proxy's password: typed in the editor, kept in the keychain.
    if (const QString &pw = f.proxyPassword; !pw.isEmpty())
        m_keys->write(KeyStore::proxyAccountFor(id), pw, done);
    else if (p.proxy.isEmpty() || p.proxy == u"none")
        m_keys->remove(KeyStore::proxyAccountFor(id), [](const Error &) {});
    reload();
    if (wasActive)
        Q_EMIT activeProfileChanged();
    return id;
}

void ProfilesController::remove(qint64 id)
{
    for (const QString &account : {KeyStore::accountFor(id), KeyStore::proxyAccountFor(id)}) {
        m_keys->remove(account, [this](const Error &e) {
            if (e.isError())
                setError(e.message);
        });
    }
    if (const Error e = ProfileRepository(m_db).remove(id); e.isError()) {
        setError(e.message);
        return;
    }
    const bool wasActive = id == m_activeId;
    reload();
    if (wasActive)
        Q_EMIT activeProfileChanged();
}

qint64 ProfilesController::duplicate(qint64 id)
{
    ProfileFields f = fields(id);
    const QString base = f.name;
    QString name = tr("%1 (copy)").arg(base);
    for (int n = 2; std::any_of(m_list.cbegin(), m_list.cend(), [&](const Profile &p) { return p.name == name; }); ++n)
        name = tr("%1 (copy %2)").arg(base).arg(n);
    f.id = 0;
    f.name = name;
    const qint64 copy = save(f, QString(), false);
    if (copy <= 0)
        return 0;
    // The key goes with it, keychain to keychain.
    m_keyWrites.insert(copy);
    m_keys->read(KeyStore::accountFor(id), [this, copy](const QString &key, const Error &e) {
        if (e.isError() || key.isEmpty()) {
            m_keyWrites.remove(copy);
            setStoredKey(copy, false);
            return;
        }
        m_keys->write(KeyStore::accountFor(copy), key, [this, copy](const Error &written) {
            m_keyWrites.remove(copy);
            setStoredKey(copy, !written.isError());
        });
    });
    return copy;
}

void ProfilesController::activate(qint64 id)
{
    if (id == m_activeId)
        return;
    if (const Error e = ProfileRepository(m_db).setActiveId(id); e.isError()) {
        setError(e.message);
        return;
    }
    reload();
    Q_EMIT activeProfileChanged();
}

void ProfilesController::test(const ProfileFields &f, const QString &apiKey)
{
    const Profile p = profileFrom(f);
    const int generation = ++m_testGeneration;
    if (p.baseUrl.isEmpty()) {
        m_testOk = false;
        m_testMessage = tr("Type the server's base URL first.");
        Q_EMIT testChanged();
        return;
    }
    // A proxy Save would refuse is not quietly skipped: the test went direct.
    if (const QString problem = proxyRefusal(p.proxy); !problem.isEmpty()) {
        m_testOk = false;
        m_testModels.clear();
        m_testMessage = problem;
        Q_EMIT testChanged();
        return;
    }
    const QString typedProxyPassword = f.proxyPassword;
    if (p.id <= 0) {
        runTest(p, apiKey, typedProxyPassword);
        return;
    }
    // What is not typed comes from the keychain.
    m_keys->read(KeyStore::accountFor(p.id),
                 [this, p, apiKey, typedProxyPassword, generation](const QString &storedKey, const Error &) {
                     const QString key = apiKey.isEmpty() ? storedKey : apiKey;
                     m_keys->read(
                         KeyStore::proxyAccountFor(p.id),
                         [this, p, key, typedProxyPassword, generation](const QString &storedPw, const Error &) {
                             if (generation == m_testGeneration) // not cleared meanwhile (another profile shown)
                                 runTest(p, key, typedProxyPassword.isEmpty() ? storedPw : typedProxyPassword);
                         });
                 });
}

void ProfilesController::runTest(const Profile &profile, const QString &key, const QString &proxyPassword)
{
    m_lister = std::make_unique<ModelLister>(m_nam, profile, key, proxyPassword);
    m_testMessage = tr("Connecting to %1…").arg(m_lister->firstUrl().toString());
    m_testModels.clear();
    connect(m_lister.get(), &ModelLister::finished, this, [this] {
        const auto &r = m_lister->result();
        m_testOk = r.ok();
        m_testModels = r.ok() ? r.value : QStringList {};
        m_testMessage = r.ok()
            ? tr("Connected in %1 ms: %n model(s).", nullptr, int(r.value.size())).arg(m_lister->latencyMs())
            : r.error.message;
        m_lister.release()->deleteLater();
        Q_EMIT testChanged();
    });
    Q_EMIT testChanged();
    m_lister->start();
}

void ProfilesController::cancelTest()
{
    ++m_testGeneration;
    if (!m_lister)
        return;
    m_lister.reset();
    m_testOk = false;
    m_testMessage = tr("Test cancelled.");
    Q_EMIT testChanged();
}

QString ProfilesController::proxyRefusal(const QString &proxy)
{
    const QString problem = ProxyRouter::check(proxy);
    return problem.isEmpty() ? QString() : tr("Proxy: %1.").arg(problem);
}

void ProfilesController::clearError()
{
    setError(QString());
}

void ProfilesController::forgetOutcomes()
{
    setError(QString());
    ++m_testGeneration;
    m_lister.reset();
    if (!m_testOk && m_testMessage.isEmpty() && m_testModels.isEmpty())
        return;
    m_testOk = false;
    m_testMessage.clear();
    m_testModels.clear();
    Q_EMIT testChanged();
}

void ProfilesController::checkKey(qint64 id)
{
    m_keyWanted = id;
    if (m_keyProfileId != 0 || m_hasStoredKey) {
        m_keyProfileId = 0; // not known until the keychain answers
        m_hasStoredKey = false;
        Q_EMIT storedKeyChanged();
    }
    if (id <= 0 || m_keyWrites.contains(id))
        return; // nothing to ask, or the write under way answers
    m_keys->read(KeyStore::accountFor(id), [this, id](const QString &key, const Error &e) {
        if (!m_keyWrites.contains(id))
            setStoredKey(id, !e.isError() && !key.isEmpty());
    });
}

void ProfilesController::setStoredKey(qint64 id, bool has)
{
    if (id != m_keyWanted || (m_keyProfileId == id && m_hasStoredKey == has))
        return;
    m_keyProfileId = id;
    m_hasStoredKey = has;
    Q_EMIT storedKeyChanged();
}

void ProfilesController::detectLocal()
{
    if (m_probes > 0)
        return;
    m_detected.setRows({});
    m_probeListers.clear();
    // INKWELL_LOCAL_SERVERS="preset=url,…" replaces the usual ports (tests,
    // screenshots); otherwise each local preset's default address is asked.
    QList<QPair<QString, QString>> targets;
    const QString custom = qEnvironmentVariable("INKWELL_LOCAL_SERVERS");
    if (!custom.isEmpty()) {
        for (const QString &item : custom.split(u',', Qt::SkipEmptyParts))
            targets.append({item.section(u'=', 0, 0), item.section(u'=', 1)});
    } else {
        for (const QString &id : {QStringLiteral("ollama"), QStringLiteral("llamacpp"), QStringLiteral("lmstudio")})
            targets.append({id, Preset::find(id)->baseUrl});
    }
    for (const auto &[presetId, url] : std::as_const(targets)) {
        const Preset *preset = Preset::find(presetId);
        const QUrl u(url);
        // Loopback only: detection never reaches beyond this machine.
        if (!preset || !(u.host() == u"127.0.0.1" || u.host() == u"localhost" || u.host() == u"::1"))
            continue;
        Profile p;
        p.name = serviceName(*preset);
        p.preset = preset->id;
        p.api = preset->api;
        p.baseUrl = url;
        p.connectTimeoutMs = 1500;
        auto lister = std::make_unique<ModelLister>(m_nam, p, QString());
        ModelLister *raw = lister.get();
        connect(raw, &ModelLister::finished, this, [this, raw, p] {
            if (raw->result().ok())
                m_detected.append({p.preset, p.name, p.baseUrl, raw->result().value});
            if (--m_probes == 0)
                Q_EMIT detectingChanged();
        });
        m_probeListers.push_back(std::move(lister));
        ++m_probes;
    }
    Q_EMIT detectingChanged();
    for (const auto &l : m_probeListers)
        l->start();
}

qint64 ProfilesController::addDetected(int index)
{
    const DetectedServer *d = m_detected.at(index);
    if (!d)
        return 0;
    ProfileFields f = blank(d->presetId);
    f.baseUrl = d->baseUrl;
    f.model = d->models.value(0);
    const qint64 id = save(f, QString(), false);
    if (id > 0)
        activate(id);
    return id;
}

} // namespace Inkwell
