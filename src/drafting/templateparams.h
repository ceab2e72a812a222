// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/generationparams.h"
#include "templates/template.h"

#include <QHash>

namespace Inkwell {

// The parameters a template asks for: its preset, then its own
// `parameters` on top, and the rendered system prompt.
GenerationParams templateParams(const Template &t, const QString &renderedSystemPrompt);

// The length a template asks for, as the draft's word target: the first
// whole number in its variable `length` (or `words`, `word_count`, `chars`
// for 字数), as filled in or else its default; 0 when it has none.
int templateTargetWords(const Template &t, const QHash<QString, QString> &values);

} // namespace Inkwell
