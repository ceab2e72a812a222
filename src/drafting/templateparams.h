// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chat/generationparams.h"
#include "drafting/template.h"

namespace Inkwell {

// The parameters a template asks for: its preset, then its own
// `parameters` on top, and the rendered system prompt.
GenerationParams templateParams(const Template &t, const QString &renderedSystemPrompt);

} // namespace Inkwell
