// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilecommands.h"

#include "attachments/attachmentfile.h"
#include "cli/backend.h"
#include "cli/clicontext.h"
#include "cli/jsonout.h"
#include "cli/options.h"
#include "providers/modellister.h"
#include "providers/presets.h"
#include "providers/provider.h"
#include "secrets/keystore.h"
#include "store/database.h"
#include "store/profilerepository.h"

#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>

#include <nlohmann/json.hpp>

namespace Inkwell::Cli {

using nlohmann::json;

namespace {

// Lists the models (all pages); the lister keeps the latency and any error.
std::unique_ptr<ModelLister> listModels(const GenerationRequest &r, QNetworkAccessManager &nam)
{
    auto lister = std::make_unique<ModelLister>(&nam, r.profile, r.apiKey, r.proxyPassword);
    QEventLoop loop;
    QObject::connect(lister.get(), &ModelLister::finished, &loop, &QEventLoop::quit);
    lister->start();
    loop.exec();
    return lister;
}

json profileJson(const Profile &p)
{
    json j = {{"name", p.name.toStdString()},
              {"api", p.api.toStdString()},
              {"preset", Preset::of(p).id.toStdString()},
              {"base_url", p.baseUrl.toStdString()},
              {"model", p.model.toStdString()},
              {"proxy", p.proxy.isEmpty() ? std::string("system") : p.proxy.toStdString()},
              {"images", p.images.isEmpty() ? std::string("auto") : p.images.toStdString()},
              {"max_file_mb", p.maxFileMB > 0 ? p.maxFileMB : int(AttachmentLimits::kDefaultMB)}};
    return j;
}

Error keychainCall(const std::function<void(KeyStore &, KeyStore::WriteCallback)> &call, bool *sessionOnly)
{
    KeyStore keys;
    QEventLoop wait;
    Error out;
    bool answered = false;
    call(keys, [&](const Error &e) {
        out = e;
        answered = true;
        wait.quit();
    });
    if (!answered)
        wait.exec();
    if (sessionOnly)
        *sessionOnly = keys.sessionOnly();
    return out;
}

int listProfiles(Database &db, bool asJson)
{
    auto list = ProfileRepository(db.db()).list();
    if (!list.ok()) {
        printError(list.error.message);
        return ExitCode::Backend;
    }
    if (asJson) {
        json arr = json::array();
        for (const Profile &p : std::as_const(list.value))
            arr.push_back(profileJson(p));
        writeJson(arr);
        return ExitCode::Ok;
    }
    for (const Profile &p : std::as_const(list.value))
        writeOut(QStringLiteral("%1\t%2\t%3\t%4\n").arg(p.name, Preset::of(p).id, p.baseUrl, p.model).toUtf8());
    return ExitCode::Ok;
}

int addProfile(const QCommandLineParser &p, Database &db, const QString &name)
{
    if (name.trimmed().isEmpty())
        throw UsageError {QStringLiteral("profiles add needs a NAME")};
    Profile prof;
    prof.name = name.trimmed();
    prof.api = p.isSet(QStringLiteral("api")) ? p.value(QStringLiteral("api")) : QStringLiteral("openai");
    if (!Provider::apis().contains(prof.api))
        throw UsageError {QStringLiteral("--api ‘%1’ is not one of: %2").arg(prof.api, Provider::apis().join(u", "))};
    if (p.isSet(QStringLiteral("preset"))) {
        const Preset *preset = Preset::find(p.value(QStringLiteral("preset")));
        if (!preset)
            throw UsageError {QStringLiteral("unknown --preset ‘%1’").arg(p.value(QStringLiteral("preset")))};
        if (!p.isSet(QStringLiteral("api")))
            prof.api = preset->api;
        if (preset->api != prof.api)
            throw UsageError {
                QStringLiteral("--preset %1 speaks the %2 API, not %3").arg(preset->id, preset->api, prof.api)};
        prof.preset = preset->id;
        prof.baseUrl = preset->baseUrl.contains(u"RESOURCE") ? QString() : preset->baseUrl;
    }
    if (p.isSet(QStringLiteral("base-url")))
        prof.baseUrl = p.value(QStringLiteral("base-url"));
    if (prof.baseUrl.isEmpty())
        throw UsageError {QStringLiteral("profiles add needs --base-url URL (or a --preset that has one)")};
    const QUrl url = QUrl::fromUserInput(prof.baseUrl);
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https"))
        throw UsageError {QStringLiteral("--base-url ‘%1’ is not an http(s) URL").arg(prof.baseUrl)};
    prof.model = p.value(QStringLiteral("model"));
    for (const QString &h : p.values(QStringLiteral("header"))) {
        const qsizetype colon = h.indexOf(u':');
        if (colon <= 0)
            throw UsageError {QStringLiteral("--header takes ‘Name: value’, not ‘%1’").arg(h)};
        const QByteArray key = h.left(colon).trimmed().toUtf8();
        // Credentials belong in the keychain, not in the profile's row.
        static const QList<QByteArray> secret
            = {"authorization", "api-key", "x-api-key", "x-goog-api-key", "proxy-authorization", "cookie"};
        if (secret.contains(key.toLower()))
            throw UsageError {QStringLiteral("--header %1 carries a credential; give the key with --api-key-stdin "
                                             "so it goes to the keychain")
                                  .arg(QString::fromUtf8(key))};
        prof.headers.append({key, h.mid(colon + 1).trimmed().toUtf8()});
    }
    if (auto s = number<int>(p, "idle-timeout", 1, 86400))
        prof.idleTimeoutMs = *s * 1000;
    if (p.isSet(QStringLiteral("proxy")))
        prof.proxy = proxySetting(p.value(QStringLiteral("proxy")));
    if (p.isSet(QStringLiteral("images"))) {
        const QString images = p.value(QStringLiteral("images"));
        if (images != u"auto" && images != u"yes" && images != u"no")
            throw UsageError {QStringLiteral("--images takes auto, yes or no, not ‘%1’").arg(images)};
        prof.images = images == u"auto" ? QString() : images;
    }
    if (auto mb = number<int>(p, "max-file-mb", 1, Profile::kMaxFileMB))
        prof.maxFileMB = *mb;
    const QString proxyPassword = qEnvironmentVariable("INKWELL_PROXY_PASSWORD");

    QString key;
    if (p.isSet(QStringLiteral("api-key-stdin"))) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            throw UsageError {QStringLiteral("--api-key-stdin: stdin is unreadable")};
        key = QString::fromUtf8(in.readAll()).trimmed();
        if (key.isEmpty())
            throw UsageError {QStringLiteral("--api-key-stdin: stdin was empty")};
    }
    if (ProfileRepository(db.db()).byName(prof.name).ok())
        throw UsageError {QStringLiteral("a profile named ‘%1’ exists; remove it first").arg(prof.name)};
    auto saved = ProfileRepository(db.db()).save(prof);
    if (!saved.ok()) {
        printError(saved.error.message);
        return ExitCode::Backend;
    }
    // The key and the proxy's password go to the keychain, or nothing is added.
    const QList<QPair<QString, QString>> secrets
        = {{KeyStore::accountFor(saved.value), key},
           {KeyStore::proxyAccountFor(saved.value),
            prof.proxy.isEmpty() || prof.proxy == u"none" ? QString() : proxyPassword}};
    for (const auto &pair : secrets) {
        // Named copies, not a structured binding: clang 14 cannot capture those.
        const QString &account = pair.first;
        const QString &secret = pair.second;
        if (secret.isEmpty())
            continue;
        bool sessionOnly = false;
        const Error e = keychainCall(
            [&](KeyStore &k, KeyStore::WriteCallback done) { k.write(account, secret, std::move(done)); },
            &sessionOnly);
        if (e.isError() || sessionOnly) {
            // A key kept only until this process exits would be lost: undo.
            if (const Error undone = ProfileRepository(db.db()).remove(saved.value); undone.isError())
                printError(undone.message);
            printError(e.isError()
                           ? e.message
                           : QStringLiteral("no keychain service answers (Secret Service / KWallet), so the key "
                                            "cannot be stored; the profile was not added. Use INKWELL_API_KEY "
                                            "(and INKWELL_PROXY_PASSWORD) instead."));
            return ExitCode::Backend;
        }
    }
    writeOut(QStringLiteral("added profile ‘%1’ (%2, %3)%4\n")
                 .arg(prof.name, Preset::of(prof).name, prof.baseUrl,
                      key.isEmpty() ? QString() : QStringLiteral("; key in the keychain"))
                 .toUtf8());
    return ExitCode::Ok;
}

int removeProfile(Database &db, const QString &name)
{
    auto prof = ProfileRepository(db.db()).byName(name);
    if (!prof.ok())
        throw UsageError {prof.error.message};
    for (const QString &account : {KeyStore::accountFor(prof.value.id), KeyStore::proxyAccountFor(prof.value.id)}) {
        const Error keyError = keychainCall(
            [&](KeyStore &k, KeyStore::WriteCallback done) { k.remove(account, std::move(done)); }, nullptr);
        if (keyError.isError())
            printError(QStringLiteral("warning: %1").arg(keyError.message));
    }
    if (const Error e = ProfileRepository(db.db()).remove(prof.value.id); e.isError()) {
        printError(e.message);
        return ExitCode::Backend;
    }
    writeOut(QStringLiteral("removed profile ‘%1’\n").arg(name).toUtf8());
    return ExitCode::Ok;
}

} // namespace

int runModels(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("List the models a server offers (all pages)."));
    p.addHelpOption();
    p.addOptions(backendOptions());
    p.addOption(opt("json", "Print JSON: {\"models\": […], \"latency_ms\": N}."));
    if (!parse(p, args))
        return ExitCode::Ok;
    Database db;
    auto backend = resolveBackend(p, db);
    if (!backend.ok()) {
        printError(backend.error.message);
        return ExitCode::Backend;
    }
    QNetworkAccessManager nam;
    const auto lister = listModels(backend.value, nam);
    if (!lister->result().ok()) {
        printError(lister->result().error.message);
        return ExitCode::Backend;
    }
    const QStringList &models = lister->result().value;
    if (p.isSet(QStringLiteral("json"))) {
        json arr = json::array();
        for (const QString &m : models)
            arr.push_back(m.toStdString());
        writeJson(json({{"models", arr}, {"latency_ms", lister->latencyMs()}}));
    } else {
        for (const QString &m : models)
            writeOut(m.toUtf8() + '\n');
    }
    return ExitCode::Ok;
}

int runProfiles(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Stored servers. Keys go to the OS keychain, never to a file.\n"
        "  list [--json]\n"
        "  add NAME --api KIND --base-url URL [--model M] [--preset P] [--header 'K: V'] [--images auto|yes|no]\n"
        "           [--max-file-mb N] [--api-key-stdin]\n"
        "  remove NAME\n"
        "  test NAME           latency and model count, or the exact error"));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("list|add|remove|test"), QStringLiteral("What to do."));
    p.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("The profile."));
    p.addOptions({
        opt("api", "API family: openai, ollama, anthropic or gemini.", "KIND"),
        opt("preset", "Service preset (defaults and quirks), e.g. openai, anthropic, gemini, ollama, llamacpp.", "P"),
        opt("base-url", "Server base URL.", "URL"),
        opt("model", "Default model.", "M"),
        opt("header", "Extra request header (repeatable; not for credentials).", "'K: V'"),
        opt("idle-timeout", "Seconds without a byte before giving up (default 120).", "S"),
        opt("proxy",
            "Proxy: system (default), none, http://[user@]host:port or socks5://[user@]host:port; "
            "a password comes from INKWELL_PROXY_PASSWORD and goes to the keychain.",
            "URL"),
        opt("images",
            "Whether the model sees images: auto (as Inkwell knows the model; the default), yes, or no "
            "(pictures are refused before sending).",
            "auto|yes|no"),
        opt("max-file-mb", "The largest file that may be attached, in MB (default 100).", "N"),
        opt("api-key-stdin", "Read the API key from stdin and keep it in the keychain."),
        opt("json", "Print JSON."),
        opt("data-dir", "Data directory.", "DIR"),
    });
    if (!parse(p, args))
        return ExitCode::Ok;
    const QStringList pos = p.positionalArguments();
    const QString action = pos.value(0);
    static const QStringList actions
        = {QStringLiteral("list"), QStringLiteral("add"), QStringLiteral("remove"), QStringLiteral("test")};
    if (!actions.contains(action))
        throw UsageError {QStringLiteral("profiles needs list, add, remove or test")};
    if (action != u"list" && pos.value(1).isEmpty())
        throw UsageError {QStringLiteral("profiles %1 needs a NAME").arg(action)};
    Database db;
    if (const Error e = openDatabase(db, p.value(QStringLiteral("data-dir"))); e.isError()) {
        printError(e.message);
        return ExitCode::Backend;
    }
    if (action == u"list")
        return listProfiles(db, p.isSet(QStringLiteral("json")));
    if (action == u"add")
        return addProfile(p, db, pos.value(1));
    if (action == u"remove")
        return removeProfile(db, pos.value(1));

    auto prof = ProfileRepository(db.db()).byName(pos.value(1));
    if (!prof.ok())
        throw UsageError {prof.error.message};
    GenerationRequest r;
    r.profile = prof.value;
    r.apiKey = qEnvironmentVariable("INKWELL_API_KEY");
    r.proxyPassword = qEnvironmentVariable("INKWELL_PROXY_PASSWORD");
    for (auto [account, secret] : {std::pair {KeyStore::accountFor(r.profile.id), &r.apiKey},
                                   std::pair {KeyStore::proxyAccountFor(r.profile.id), &r.proxyPassword}}) {
        if (!secret->isEmpty())
            continue;
        auto stored = readStoredKey(account);
        if (!stored.ok()) {
            printError(stored.error.message);
            return ExitCode::Backend;
        }
        *secret = stored.value;
    }
    QNetworkAccessManager nam;
    const auto lister = listModels(r, nam);
    const bool ok = lister->result().ok();
    if (p.isSet(QStringLiteral("json"))) {
        json out = {{"profile", r.profile.name.toStdString()},
                    {"url", lister->firstUrl().toString().toStdString()},
                    {"ok", ok},
                    {"latency_ms", lister->latencyMs()}};
        if (ok)
            out["models"] = lister->result().value.size();
        else
            out["error"] = lister->result().error.message.toStdString();
        writeJson(out);
    } else if (ok) {
        writeOut(QStringLiteral("%1: OK in %2 ms, %3 models (%4)\n")
                     .arg(r.profile.name)
                     .arg(lister->latencyMs())
                     .arg(lister->result().value.size())
                     .arg(lister->firstUrl().toString())
                     .toUtf8());
    } else {
        printError(lister->result().error.message);
    }
    return ok ? ExitCode::Ok : ExitCode::Backend;
}

} // namespace Inkwell::Cli
