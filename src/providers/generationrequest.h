// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chat/generationparams.h"
#include "providers/profile.h"

#include <QList>

namespace Inkwell {

struct ChatMessage
{
    QString role;  // system, user, assistant
    QString content;
};

struct GenerationRequest
{
    Profile profile;
    QString apiKey;  // never stored with the request
    QString model;   // overrides profile.model when set
    QList<ChatMessage> messages;
    GenerationParams params;
    bool stream = true;

    QString effectiveModel() const { return model.isEmpty() ? profile.model : model; }
};

struct Usage
{
    qint64 promptTokens = -1;
    qint64 completionTokens = -1;
    bool isValid() const { return promptTokens >= 0 || completionTokens >= 0; }
};

} // namespace Inkwell
