// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <optional>

namespace Inkwell {

// Who wrote a message, and how far a generated text (an answer, a draft
// action) got. Typed everywhere; text only where it is stored or written to
// a file (the functions below). QML reads them as Chat.User, Chat.Streaming.
namespace Chat {
Q_NAMESPACE
enum class Role { User, Assistant, System, Tool };
Q_ENUM_NS(Role)
enum class Status { Streaming, Complete, Stopped, Interrupted, Error };
Q_ENUM_NS(Status)
} // namespace Chat

// The stored words: user assistant system tool; streaming complete stopped
// interrupted error. Reading, an unknown word is nullopt.
QString roleText(Chat::Role role);
std::optional<Chat::Role> roleFromText(QStringView text);
QString statusText(Chat::Status status);
std::optional<Chat::Status> statusFromText(QStringView text);

} // namespace Inkwell
