// SPDX-License-Identifier: GPL-3.0-or-later
#include "httperror.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

namespace Inkwell {

using nlohmann::json;

namespace {
QString str(const json &j, const char *key)
{
    const auto it = j.find(key);
    if (it == j.end())
        return {};
    if (it->is_string())
        return QString::fromStdString(it->get<std::string>());
    if (it->is_number_integer())
        return QString::number(it->get<qint64>());
    return {};
}

QString hintFor(int status, const QString &code, const QString &profileName, const QByteArray &body)
{
    if (refusesImageInput(body))
        return QCoreApplication::translate("Inkwell::HttpError",
                                           "this server's model cannot read images: start llama-server with its "
                                           "vision projector (--mmproj), choose a model that sees images, or "
                                           "remove the images");
    const QString profile = profileName.isEmpty()
        ? QString()
        : QCoreApplication::translate("Inkwell::HttpError", " of profile ‘%1’").arg(profileName);
    if (status == 401 || code == u"invalid_api_key")
        return QCoreApplication::translate("Inkwell::HttpError", "check the API key%1").arg(profile);
    if (status == 403)
        return QCoreApplication::translate("Inkwell::HttpError",
                                           "the key%1 is not allowed to use this model or endpoint")
            .arg(profile);
    if (status == 404)
        return QCoreApplication::translate("Inkwell::HttpError", "check the base URL and the model name%1")
            .arg(profile);
    if (status == 413 || code == u"request_too_large")
        return QCoreApplication::translate("Inkwell::HttpError",
                                           "the request is larger than this server takes: remove some files, turn "
                                           "off “Send earlier images” in Parameters, or send PDFs as text");
    if (code == u"insufficient_quota")
        return QCoreApplication::translate("Inkwell::HttpError",
                                           "the account has no quota left; check billing with the provider");
    if (status == 429)
        return QCoreApplication::translate("Inkwell::HttpError", "rate limited; wait a moment and retry");
    if (status == 408 || status >= 500)
        return QCoreApplication::translate("Inkwell::HttpError", "the server had a problem; retry later");
    if (status >= 400)
        return QCoreApplication::translate("Inkwell::HttpError",
                                           "the server rejected the request; check the model and parameters");
    return {};
}

QString plainSnippet(const QByteArray &body)
{
    QString text = QString::fromUtf8(body.left(4096)).simplified();
    if (text.startsWith(u'<')) // an HTML error page: its title is the useful part
    {
        const qsizetype a = text.indexOf(QLatin1String("<title>"), 0, Qt::CaseInsensitive);
        const qsizetype b = text.indexOf(QLatin1String("</title>"), 0, Qt::CaseInsensitive);
        text = (a >= 0 && b > a) ? text.mid(a + 7, b - a - 7).trimmed()
                                 : QCoreApplication::translate("Inkwell::HttpError", "an HTML page");
    }
    if (text.size() > 200)
        text = text.left(200) + u'…';
    return text;
}
} // namespace

bool refusesImageInput(const QByteArray &body)
{
    // llama.cpp without a vision projector (PROTOCOLS.md §11.3): a 500 that
    // is no passing trouble.
    return body.contains("image input is not supported");
}

QString errorMessageFromJson(const json &j, QString *code)
{
    if (j.is_array() && j.size() == 1)
        return errorMessageFromJson(j.front(), code);
    if (!j.is_object())
        return {};
    if (const auto it = j.find("error"); it != j.end()) {
        if (it->is_string())
            return QString::fromStdString(it->get<std::string>());
        if (it->is_object()) {
            if (code) {
                *code = str(*it, "code");
                if (code->isEmpty() || (*code)[0].isDigit())
                    *code = str(*it, "type");
                if (const QString status = str(*it, "status"); code->isEmpty())
                    *code = status;
            }
            QString msg = str(*it, "message");
            return msg.isEmpty() ? QString::fromStdString(it->dump()) : msg;
        }
    }
    if (str(j, "object") == u"error") {
        if (code)
            *code = str(j, "type");
        return str(j, "message");
    }
    return {};
}

QString describeUnreachable(const QString &host, const QString &why, bool tlsFailed)
{
    if (tlsFailed)
        return QCoreApplication::translate(
                   "Inkwell::HttpError",
                   "The certificate of %1 could not be verified (%2). Inkwell does not talk to a server "
                   "it cannot verify: install its CA certificate on this system, or check the base URL.")
            .arg(host, why);
    return QCoreApplication::translate("Inkwell::HttpError",
                                       "Could not reach %1: %2 — is the server running and the base URL right?")
        .arg(host, why);
}

Error describeHttpError(int status, const QByteArray &body, const QString &host, const QString &profileName)
{
    QString code;
    QString detail;
    const json j = json::parse(body.begin(), body.end(), nullptr, false);
    if (!j.is_discarded())
        detail = errorMessageFromJson(j, &code);
    if (detail.isEmpty())
        detail = plainSnippet(body);
    QString msg = QCoreApplication::translate("Inkwell::HttpError", "HTTP %1 from %2").arg(status).arg(host);
    if (!detail.isEmpty())
        msg += QStringLiteral(": ") + detail;
    const QString hint = hintFor(status, code, profileName, body);
    if (!hint.isEmpty())
        msg += QStringLiteral(" — ") + hint;
    return Error::make(Error::Kind::Http, msg, status, code);
}

} // namespace Inkwell
