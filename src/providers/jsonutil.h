// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>
#include <optional>

// Small readers shared by the providers: a missing or mistyped field is
// "absent", never an exception.
namespace Inkwell::Json {

using nlohmann::json;

inline std::string s(const QString &q)
{
    return q.toStdString();
}

inline QString str(const json &j, const char *key)
{
    if (!j.is_object())
        return {};
    const auto it = j.find(key);
    return (it != j.end() && it->is_string()) ? QString::fromStdString(it->get_ref<const std::string &>()) : QString();
}

inline std::optional<qint64> integer(const json &j, const char *key)
{
    if (!j.is_object())
        return std::nullopt;
    const auto it = j.find(key);
    if (it == j.end() || !it->is_number_integer())
        return std::nullopt;
    return it->get<qint64>();
}

inline const json *object(const json &j, const char *key)
{
    if (!j.is_object())
        return nullptr;
    const auto it = j.find(key);
    return (it != j.end() && it->is_object()) ? &*it : nullptr;
}

inline const json *array(const json &j, const char *key)
{
    if (!j.is_object())
        return nullptr;
    const auto it = j.find(key);
    return (it != j.end() && it->is_array()) ? &*it : nullptr;
}

inline json strings(const QStringList &list)
{
    json a = json::array();
    for (const QString &x : list)
        a.push_back(x.toStdString());
    return a;
}

// The values of `field` in the objects of an array (model ids, names).
inline QStringList fieldOf(const json *array, const char *field)
{
    QStringList out;
    if (!array)
        return out;
    for (const json &item : *array)
        if (const QString v = str(item, field); !v.isEmpty())
            out << v;
    return out;
}

inline QByteArray dump(const json &j)
{
    return QByteArray::fromStdString(j.dump(-1, ' ', false, json::error_handler_t::replace));
}

inline json parse(const QByteArray &bytes)
{
    return json::parse(bytes.begin(), bytes.end(), nullptr, false);
}

} // namespace Inkwell::Json
