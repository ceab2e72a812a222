// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QString>

namespace Inkwell {

// What the user asked the model to do with a draft.
struct DraftAction {
    enum class Kind { Generate, Continue, Rewrite, Shorten, Expand, Tone, Outline, Section };
    Kind kind = Kind::Generate;
    QString instruction; // Rewrite: what to do; Tone: the tone
    qsizetype start = -1; // the selection; -1 (or empty) = the whole text
    qsizetype end = -1;
    int section = -1; // Section: which one (Outline::sections)
    bool completion = false; // Generate from a legacy-completion template

    static QString sourceName(Kind kind); // as stored with the version
};

// The request an action becomes, and where its text goes: the generated
// text replaces [start, end) of the draft as it streams.
struct DraftPlan {
    qsizetype start = 0;
    qsizetype end = 0;
    QString prompt;
    QString system; // added to the template's system prompt
    QString source;
    QString note;
    bool completion = false;
    // Put around the generated text once it is complete (section spacing).
    QString before;
    QString after;
    bool trim = false; // strip the model's leading and trailing blank lines
};

// `brief` is what the draft was made from (the rendered template prompt).
Result<DraftPlan> planDraftAction(const DraftAction &action, const QString &content, const QString &brief);

} // namespace Inkwell
