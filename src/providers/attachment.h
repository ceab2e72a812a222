// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Inkwell {

// A file that goes with a message: an image (already prepared: oriented,
// stripped of its metadata, scaled, re-encoded) or a document (the file
// itself and its extracted text). Stored once per content (sha256), sent
// by every provider in its own wire format.
struct Attachment {
    enum class Kind { Image, Document };

    Kind kind = Kind::Image;
    QString name; // the file name the user chose, without its folder
    QString mimeType; // image/jpeg, image/png, application/pdf, text/plain …
    QByteArray data; // what is sent and stored (empty when only listed)
    QString text; // a document's text, with "--- Page N ---" markers for PDFs
    int pages = 0; // PDFs
    int width = 0; // images, after preparation
    int height = 0;
    qint64 size = 0; // bytes of data, also when data is not loaded
    QString sha256; // hex, of data
    // A PDF sent as the file itself to a backend that reads PDFs (Anthropic,
    // Gemini, OpenAI) instead of as its extracted text.
    bool native = false;

    [[nodiscard]] bool isImage() const { return kind == Kind::Image; }
    [[nodiscard]] bool isPdf() const { return mimeType == u"application/pdf"; }
};

// The hex sha256 of a file's bytes: its key in the store and in archives.
QString sha256Hex(const QByteArray &bytes);

// What a model is given of the documents that are sent as text: each in a
// block that names its file, before the message's own text.
QString withDocumentText(const QString &content, const QList<Attachment> &attachments);

struct GenerationRequest;
struct Profile;
struct Error;

// Only the last message's images stay (the one being sent); earlier
// messages' images become a note naming them (the per-conversation "send
// earlier images" off).
struct ChatMessage;
void keepNewestImages(QList<ChatMessage> &messages);
// Every image taken out of the messages and named in their text with
// `note` ("%1": the names).
void nameImages(QList<ChatMessage> &messages, const QString &note);

// Whether a model sees images: the profile's word if it has one, else what
// is known of the model (DeepSeek's API, GPT-3.5, o1-mini… read text only);
// unknown models are given the images and their server says if it minds.
bool refusesImages(const Profile &profile, const QString &model);
// Whether the backend reads a PDF sent whole (Anthropic, Gemini, OpenAI's own).
bool readsPdf(const Profile &profile);
// Images in `files` for a model that cannot see them, or for an API that
// has no place for them, and a scanned PDF for a server that reads only
// text: refused in words (before a message is stored).
Error refuseFiles(const GenerationRequest &settings, const QList<Attachment> &files);
// Before anything is sent: the newest message's images refused as above,
// earlier ones named in the text instead; a PDF meant to go whole to a
// backend that cannot read it goes as its text; only the newest images
// when the conversation says so.
Error checkAttachments(GenerationRequest &request);

} // namespace Inkwell
