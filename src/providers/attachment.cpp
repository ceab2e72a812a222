// SPDX-License-Identifier: GPL-3.0-or-later
#include "attachment.h"

#include "core/error.h"
#include "providers/generationrequest.h"
#include "providers/presets.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Inkwell {

QString withDocumentText(const QString &content, const QList<Attachment> &attachments)
{
    QStringList blocks;
    for (const Attachment &a : attachments) {
        if (a.isImage() || a.native)
            continue;
        // The name tells the model which file a passage came from when a
        // user attaches several; the closing tag where the file ends.
        QString name = a.name;
        name.replace(u'"', u'\'');
        const QString pages = a.pages > 0 ? QStringLiteral(" pages=\"%1\"").arg(a.pages) : QString();
        QString text = a.text;
        if (!text.endsWith(u'\n'))
            text += u'\n';
        blocks << QStringLiteral("<document name=\"%1\"%2>\n%3</document>").arg(name, pages, text);
    }
    if (blocks.isEmpty())
        return content;
    if (!content.isEmpty())
        blocks << content;
    return blocks.join(QStringLiteral("\n\n"));
}

void keepNewestImages(QList<ChatMessage> &messages)
{
    // The newest message that has images keeps them; earlier ones are
    // named, so that "the picture above" still means something.
    bool newest = true;
    for (auto m = messages.rbegin(); m != messages.rend(); ++m) {
        const bool hasImages = std::any_of(m->attachments.cbegin(), m->attachments.cend(),
                                           [](const Attachment &a) { return a.isImage(); });
        if (!hasImages)
            continue;
        if (newest) {
            newest = false;
            continue;
        }
        QStringList names;
        for (auto a = m->attachments.begin(); a != m->attachments.end();) {
            if (a->isImage()) {
                names << a->name;
                a = m->attachments.erase(a);
            } else {
                ++a;
            }
        }
        const QString note
            = QCoreApplication::translate("Inkwell::Attachments", "[Images shown earlier, not sent again: %1]")
                  .arg(names.join(QStringLiteral(", ")));
        m->content = m->content.isEmpty() ? note : m->content + QStringLiteral("\n\n") + note;
    }
}

bool refusesImages(const Profile &profile, const QString &model)
{
    if (profile.images == u"yes")
        return false;
    if (profile.images == u"no")
        return true;
    if (Preset::of(profile).id == u"deepseek")
        return true; // its API reads text only
    static const QRegularExpression textOnly(
        QStringLiteral("^(deepseek-(chat|reasoner|coder)|gpt-3\\.5|o1-mini|o3-mini|text-davinci|davinci|babbage)"),
        QRegularExpression::CaseInsensitiveOption);
    return textOnly.match(model.section(u'/', -1)).hasMatch();
}

bool readsPdf(const Profile &profile)
{
    const QString id = Preset::of(profile).id;
    return profile.api == u"anthropic" || profile.api == u"gemini" || id == u"openai";
}

Error checkAttachments(GenerationRequest &request)
{
    if (!request.params.resendImages)
        keepNewestImages(request.messages);
    const bool pdf = readsPdf(request.profile);
    bool images = false;
    for (ChatMessage &m : request.messages) {
        for (Attachment &a : m.attachments) {
            images = images || a.isImage();
            if (a.native && !pdf)
                a.native = false;
        }
    }
    if (!images)
        return {};
    const QString model = request.effectiveModel();
    if (request.mode == GenerationRequest::Mode::Completion && request.profile.api != u"ollama")
        return Error::make(
            Error::Kind::Usage,
            QCoreApplication::translate("Inkwell::Attachments", "The text-completion API takes no images; use chat."));
    if (refusesImages(request.profile, model))
        return Error::make(
            Error::Kind::Usage,
            QCoreApplication::translate("Inkwell::Attachments",
                                        "%1 does not take images. Remove the images or choose a model that "
                                        "sees them (if this one does, say so under Images in Settings → Servers).")
                .arg(model.isEmpty() ? Preset::of(request.profile).name : model));
    return {};
}

} // namespace Inkwell
