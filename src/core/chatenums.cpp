// SPDX-License-Identifier: GPL-3.0-or-later
#include "chatenums.h"

#include <array>
#include <utility>

namespace Inkwell {

namespace {
constexpr std::array<std::pair<Chat::Role, const char16_t *>, 4> kRoles {{
    {Chat::Role::User, u"user"},
    {Chat::Role::Assistant, u"assistant"},
    {Chat::Role::System, u"system"},
    {Chat::Role::Tool, u"tool"},
}};
constexpr std::array<std::pair<Chat::Status, const char16_t *>, 5> kStatuses {{
    {Chat::Status::Streaming, u"streaming"},
    {Chat::Status::Complete, u"complete"},
    {Chat::Status::Stopped, u"stopped"},
    {Chat::Status::Interrupted, u"interrupted"},
    {Chat::Status::Error, u"error"},
}};

template<typename E, size_t N> QString textOf(const std::array<std::pair<E, const char16_t *>, N> &words, E value)
{
    for (const auto &[v, word] : words)
        if (v == value)
            return QString::fromUtf16(word);
    return {};
}

template<typename E, size_t N>
std::optional<E> valueOf(const std::array<std::pair<E, const char16_t *>, N> &words, QStringView text)
{
    for (const auto &[v, word] : words)
        if (text == QStringView(word))
            return v;
    return std::nullopt;
}
} // namespace

QString roleText(Chat::Role role)
{
    return textOf(kRoles, role);
}

std::optional<Chat::Role> roleFromText(QStringView text)
{
    return valueOf(kRoles, text);
}

QString statusText(Chat::Status status)
{
    return textOf(kStatuses, status);
}

std::optional<Chat::Status> statusFromText(QStringView text)
{
    return valueOf(kStatuses, text);
}

} // namespace Inkwell
