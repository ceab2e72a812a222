// SPDX-License-Identifier: GPL-3.0-or-later
#include "attachment.h"

#include "core/error.h"
#include "providers/generationrequest.h"
#include "providers/presets.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>

#include <algorithm>
#include <utility>

namespace Inkwell {

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

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
        // A file that holds the closing tag would end its block early and
        // let what follows pass for the user's words.
        QString text = a.text;
        static const QRegularExpression closing(QStringLiteral("<\\s*/\\s*document\\s*>"),
                                                QRegularExpression::CaseInsensitiveOption);
        text.replace(closing, QStringLiteral("</ document>"));
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

namespace {

// Takes the images out of a message, naming them in its text with `note`.
void nameImagesOf(ChatMessage &m, const QString &note)
{
    QStringList names;
    for (auto a = m.attachments.begin(); a != m.attachments.end();) {
        if (a->isImage()) {
            names << a->name;
            a = m.attachments.erase(a);
        } else {
            ++a;
        }
    }
    if (names.isEmpty())
        return;
    const QString line = note.arg(names.join(QStringLiteral(", ")));
    m.content = m.content.isEmpty() ? line : m.content + QStringLiteral("\n\n") + line;
}

} // namespace

void nameImages(QList<ChatMessage> &messages, const QString &note)
{
    for (ChatMessage &m : messages)
        nameImagesOf(m, note);
}

void keepNewestImages(QList<ChatMessage> &messages)
{
    // The message being sent keeps its pictures; earlier ones are named, so
    // that "the picture above" still means something.
    const QString note
        = QCoreApplication::translate("Inkwell::Attachments", "[Images shown earlier, not sent again: %1]");
    for (qsizetype i = 0; i + 1 < messages.size(); ++i)
        nameImagesOf(messages[i], note);
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

namespace {

QString scannedPdfRefusal(const QString &name)
{
    return QCoreApplication::translate("Inkwell::Attachments",
                                       "%1 has no text layer (it looks scanned), and this server reads only "
                                       "the text of PDFs. Send it to Anthropic, Gemini or OpenAI, or attach "
                                       "its pages as images.")
        .arg(name);
}

// A PDF can go whole: a chat with a server that reads PDFs (a completion's
// prompt is text only).
bool takesWholePdf(const GenerationRequest &request)
{
    return request.mode == GenerationRequest::Mode::Chat && readsPdf(request.profile);
}

} // namespace

Error refuseFiles(const GenerationRequest &settings, const QList<Attachment> &files)
{
    if (!takesWholePdf(settings))
        for (const Attachment &a : files)
            if (a.native && a.text.isEmpty())
                return Error::make(Error::Kind::Usage, scannedPdfRefusal(a.name));
    if (std::none_of(files.cbegin(), files.cend(), [](const Attachment &a) { return a.isImage(); }))
        return {};
    const QString model = settings.effectiveModel();
    if (settings.mode == GenerationRequest::Mode::Completion && settings.profile.api != u"ollama")
        return Error::make(
            Error::Kind::Usage,
            QCoreApplication::translate("Inkwell::Attachments", "The text-completion API takes no images; use chat."));
    if (refusesImages(settings.profile, model))
        return Error::make(
            Error::Kind::Usage,
            QCoreApplication::translate("Inkwell::Attachments",
                                        "%1 does not take images. Remove the images or choose a model that "
                                        "sees them (if this one does, say so under Images in Settings → Servers).")
                .arg(model.isEmpty() ? Preset::of(settings.profile).name : model));
    return {};
}

Error checkAttachments(GenerationRequest &request)
{
    if (!request.params.resendImages)
        keepNewestImages(request.messages);
    if (request.messages.isEmpty())
        return {};
    // A PDF meant to go whole to a server that cannot read it goes as its
    // text; a scanned one has none: refused in the message being sent,
    // named in earlier ones.
    if (!takesWholePdf(request)) {
        for (qsizetype i = 0; i < request.messages.size(); ++i) {
            ChatMessage &m = request.messages[i];
            QStringList scanned;
            for (auto a = m.attachments.begin(); a != m.attachments.end();) {
                a->native = false;
                if (!a->text.isEmpty() || !a->isPdf()) {
                    ++a;
                    continue;
                }
                if (i == request.messages.size() - 1)
                    return Error::make(Error::Kind::Usage, scannedPdfRefusal(a->name));
                scanned << a->name;
                a = m.attachments.erase(a);
            }
            // In the message's own words, not inside a file's block where
            // it would pass for the file's content.
            if (!scanned.isEmpty())
                m.content += u"\n\n"
                    + QCoreApplication::translate("Inkwell::Attachments",
                                                  "[Scanned PDFs attached here, not sent: this server reads only "
                                                  "text: %1]")
                          .arg(scanned.join(QStringLiteral(", ")));
        }
    }
    // The newest message's pictures are what the user is asking about now:
    // refused in words. Earlier ones (the conversation moved to a model that
    // reads text only) are named instead, so that it can go on.
    if (Error e = refuseFiles(request, request.messages.constLast().attachments); e.isError())
        return e;
    if (refuseFiles(request,
                    [&] {
                        QList<Attachment> all;
                        for (const ChatMessage &m : std::as_const(request.messages))
                            all += m.attachments;
                        return all;
                    }())
            .isError())
        nameImages(request.messages,
                   QCoreApplication::translate("Inkwell::Attachments",
                                               "[Images attached here, not sent: this model reads text only: %1]"));
    return {};
}

} // namespace Inkwell
