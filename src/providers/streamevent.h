// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "providers/generationrequest.h"

#include <QList>

namespace Inkwell {

// What a provider's stream means, independent of its wire format.
struct StreamEvent {
    enum class Type { Delta, Usage, ChoiceFinished, Model, Failed };
    Type type = Type::Delta;
    int choice = 0;
    QString content;
    QString reasoning; // thinking text, kept apart from the answer
    QString text; // finish reason or reported model
    Usage usage;
    Error error;
};

using StreamEvents = QList<StreamEvent>;

} // namespace Inkwell
