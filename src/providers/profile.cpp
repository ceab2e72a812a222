// SPDX-License-Identifier: GPL-3.0-or-later
#include "profile.h"

#include <QUrlQuery>

#include <algorithm>
#include <nlohmann/json.hpp>

namespace Inkwell {

using nlohmann::json;

QString Profile::impliedPath(const QString &api)
{
    if (api == u"ollama")
        return QStringLiteral("/api");
    if (api == u"gemini")
        return QStringLiteral("/v1beta");
    return QStringLiteral("/v1");
}

QUrl Profile::endpoint(const QString &relative) const
{
    QUrl url = QUrl::fromUserInput(baseUrl.trimmed());
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    if (path.isEmpty())
        path = impliedPath(api);
    // `relative` may carry a query (Gemini's ?alt=sse); keep the base URL's too.
    const qsizetype q = relative.indexOf(u'?');
    url.setPath(path + u'/' + relative.left(q));
    if (q >= 0) {
        QUrlQuery query(url);
        const QUrlQuery extra(relative.mid(q + 1));
        for (const auto &[k, v] : extra.queryItems())
            query.addQueryItem(k, v);
        url.setQuery(query);
    }
    return url;
}

QString Profile::settingsJson() const
{
    json j = json::object();
    if (!apiVersion.isEmpty())
        j["api_version"] = apiVersion.toStdString();
    if (!proxy.isEmpty())
        j["proxy"] = proxy.toStdString();
    if (!images.isEmpty())
        j["images"] = images.toStdString();
    if (maxFileMB > 0)
        j["max_file_mb"] = maxFileMB;
    if (!headers.isEmpty()) {
        json h = json::array();
        for (const auto &[k, v] : headers)
            h.push_back({k.toStdString(), v.toStdString()});
        j["headers"] = std::move(h);
    }
    return QString::fromStdString(j.dump());
}

void Profile::setSettingsJson(const QString &text)
{
    const json j = json::parse(text.toStdString(), nullptr, false);
    if (!j.is_object())
        return;
    if (const auto it = j.find("api_version"); it != j.end() && it->is_string())
        apiVersion = QString::fromStdString(it->get<std::string>());
    if (const auto it = j.find("proxy"); it != j.end() && it->is_string())
        proxy = QString::fromStdString(it->get<std::string>());
    if (const auto it = j.find("images"); it != j.end() && it->is_string())
        images = QString::fromStdString(it->get<std::string>());
    if (const auto it = j.find("max_file_mb"); it != j.end() && it->is_number_integer())
        maxFileMB = std::clamp(it->get<int>(), 0, kMaxFileMB);
    if (const auto it = j.find("headers"); it != j.end() && it->is_array()) {
        headers.clear();
        for (const json &h : *it)
            if (h.is_array() && h.size() == 2 && h[0].is_string() && h[1].is_string())
                headers.append({QByteArray::fromStdString(h[0].get<std::string>()),
                                QByteArray::fromStdString(h[1].get<std::string>())});
    }
}

} // namespace Inkwell
