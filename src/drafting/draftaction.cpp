// SPDX-License-Identifier: GPL-3.0-or-later
#include "draftaction.h"

#include "drafting/outline.h"
#include "templates/draftingtr.h"

namespace Inkwell {

namespace {

// Prompts to the model are in English whatever the UI language: models
// follow English instructions best, and each prompt says to keep the
// document's own language.
const QLatin1StringView
    kEditor("You are a writing assistant working on a Markdown document. Answer with the requested text only: "
            "no preamble, no explanation, no code fence around it. Keep the document's language.");

// Long documents: the start (title, framing) and the end (where we are).
QString context(const QString &doc)
{
    constexpr qsizetype kHead = 4000, kTail = 20000;
    if (doc.size() <= kHead + kTail)
        return doc;
    return doc.left(kHead) + QStringLiteral("\n\n[…]\n\n") + doc.right(kTail);
}

QString document(const QString &doc)
{
    return QStringLiteral("<document>\n") + context(doc) + QStringLiteral("\n</document>");
}

QString fixedInstruction(DraftAction::Kind kind, const QString &tone)
{
    switch (kind) {
    case DraftAction::Kind::Shorten:
        return QStringLiteral("Make it about half as long. Keep the key points, the facts and the Markdown structure.");
    case DraftAction::Kind::Expand:
        return QStringLiteral("Make it about twice as long with more detail, explanation and concrete examples. "
                              "Keep the facts and the Markdown structure; invent no statistics or quotes.");
    case DraftAction::Kind::Tone:
        return QStringLiteral("Rewrite it in a %1 tone. Keep the meaning, the facts and about the same length.")
            .arg(tone);
    default:
        return {};
    }
}

} // namespace

QString DraftAction::sourceName(Kind kind)
{
    switch (kind) {
    case Kind::Generate:
        return QStringLiteral("generate");
    case Kind::Continue:
        return QStringLiteral("continue");
    case Kind::Rewrite:
        return QStringLiteral("rewrite");
    case Kind::Shorten:
        return QStringLiteral("shorten");
    case Kind::Expand:
        return QStringLiteral("expand");
    case Kind::Tone:
        return QStringLiteral("tone");
    case Kind::Outline:
        return QStringLiteral("outline");
    case Kind::Section:
        return QStringLiteral("section");
    }
    return {};
}

Result<DraftPlan> planDraftAction(const DraftAction &a, const QString &content, const QString &brief)
{
    using R = Result<DraftPlan>;
    DraftPlan p;
    p.source = DraftAction::sourceName(a.kind);
    const bool selected = a.start >= 0 && a.end > a.start && a.end <= content.size();
    switch (a.kind) {
    case DraftAction::Kind::Generate:
        if (brief.trimmed().isEmpty())
            return R::fail(Error::make(Error::Kind::Usage, Drafting::tr("This draft has no prompt to generate from.")));
        p.start = 0;
        p.end = content.size();
        p.prompt = brief;
        p.completion = a.completion;
        return {p, {}};
    case DraftAction::Kind::Continue:
        if (content.trimmed().isEmpty())
            return R::fail(Error::make(Error::Kind::Usage, Drafting::tr("There is no text to continue yet.")));
        p.start = p.end = content.size();
        p.system = kEditor;
        p.prompt = QStringLiteral("Here is the document so far:\n\n") + document(content)
            + QStringLiteral("\n\nContinue writing from exactly where it stops. Do not repeat any of it.");
        if (!a.instruction.trimmed().isEmpty())
            p.prompt += QStringLiteral("\nDirection: ") + a.instruction.trimmed();
        p.note = a.instruction.trimmed();
        return {p, {}};
    case DraftAction::Kind::Rewrite:
        if (a.instruction.trimmed().isEmpty())
            return R::fail(Error::make(Error::Kind::Usage, Drafting::tr("Say how to rewrite it.")));
        Q_FALLTHROUGH();
    case DraftAction::Kind::Shorten:
    case DraftAction::Kind::Expand:
    case DraftAction::Kind::Tone: {
        if (content.trimmed().isEmpty())
            return R::fail(Error::make(Error::Kind::Usage, Drafting::tr("There is no text to change yet.")));
        if (a.kind == DraftAction::Kind::Tone && a.instruction.trimmed().isEmpty())
            return R::fail(Error::make(Error::Kind::Usage, Drafting::tr("Choose a tone.")));
        const QString instruction = a.kind == DraftAction::Kind::Rewrite
            ? a.instruction.trimmed()
            : fixedInstruction(a.kind, a.instruction.trimmed());
        p.note = a.instruction.trimmed();
        p.system = kEditor;
        if (selected) {
            p.start = a.start;
            p.end = a.end;
            p.prompt = QStringLiteral("Here is the document, for context:\n\n") + document(content)
                + QStringLiteral("\n\nRewrite only this passage of it:\n\n<passage>\n")
                + content.mid(a.start, a.end - a.start) + QStringLiteral("\n</passage>\n\nInstruction: ") + instruction
                + QStringLiteral("\nAnswer with the new passage only; it replaces the old one in place.");
        } else {
            p.start = 0;
            p.end = content.size();
            p.trim = true;
            p.prompt = QStringLiteral("Rewrite this document.\n\nInstruction: ") + instruction + QStringLiteral("\n\n")
                + document(content) + QStringLiteral("\n\nAnswer with the whole new document only.");
        }
        return {p, {}};
    }
    case DraftAction::Kind::Outline: {
        const QString what = brief.trimmed().isEmpty() ? content.trimmed() : brief.trimmed();
        if (what.isEmpty())
            return R::fail(Error::make(Error::Kind::Usage, Drafting::tr("Write what the document is about first.")));
        p.start = 0;
        p.end = content.size();
        p.trim = true;
        p.system = kEditor;
        p.prompt
            = QStringLiteral("Make an outline for this document:\n\n") + what
            + QStringLiteral(
                  "\n\nUse a level-1 heading for the title and a level-2 heading for each section, each "
                  "followed by one or two lines saying what the section must cover. Answer with the outline only.");
        return {p, {}};
    }
    case DraftAction::Kind::Section: {
        const QList<OutlineSection> sections = Outline::sections(content);
        if (a.section < 0 || a.section >= sections.size())
            return R::fail(Error::make(Error::Kind::Usage, Drafting::tr("That section is no longer in the draft.")));
        const OutlineSection &s = sections.at(a.section);
        const QString plan = content.mid(s.bodyStart, s.bodyEnd - s.bodyStart).trimmed();
        p.start = s.bodyStart;
        p.end = s.bodyEnd;
        p.before = QStringLiteral("\n");
        p.after = s.bodyEnd < content.size() ? QStringLiteral("\n\n") : QStringLiteral("\n");
        p.trim = true;
        p.system = kEditor;
        p.note = s.title;
        p.prompt = QStringLiteral("We are writing a document section by section. Its outline:\n\n")
            + Outline::summary(content, sections) + QStringLiteral("\nThe document as it stands:\n\n")
            + document(content) + QStringLiteral("\n\nWrite the section “") + s.title + QStringLiteral("” in full.")
            + (plan.isEmpty() ? QString()
                              : QStringLiteral(" What is there now (a plan or an earlier version) is:\n\n") + plan
                       + QStringLiteral("\n\nReplace it."))
            + QStringLiteral("\nDo not repeat the heading and do not write the other sections. "
                             "Answer with the section's text only.");
        return {p, {}};
    }
    }
    return R::fail(Error::make(Error::Kind::Usage, Drafting::tr("Unknown action.")));
}

} // namespace Inkwell
