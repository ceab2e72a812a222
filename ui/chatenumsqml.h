// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/chatenums.h"

#include <QtQml/qqmlregistration.h>

// Chat::Role and Chat::Status for QML (Chat.User, Chat.Streaming), from the
// one declaration in src/core: the core library knows nothing of QML.
namespace ChatForQml {
Q_NAMESPACE
QML_NAMED_ELEMENT(Chat)
QML_NAMESPACE_EXTENDED(Inkwell::Chat)
} // namespace ChatForQml
