// SPDX-License-Identifier: GPL-3.0-or-later
#include "templateparams.h"

#include <nlohmann/json.hpp>

namespace Inkwell {

GenerationParams templateParams(const Template &t, const QString &renderedSystemPrompt)
{
    nlohmann::json merged = GenerationParams::preset(t.preset).toJson();
    const nlohmann::json own = nlohmann::json::parse(t.parameters.toStdString(), nullptr, false);
    if (own.is_object())
        merged.update(own);
    GenerationParams p = GenerationParams::fromJson(merged);
    p.systemPrompt = renderedSystemPrompt;
    return p;
}

} // namespace Inkwell
