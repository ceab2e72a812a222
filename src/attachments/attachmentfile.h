// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "providers/attachment.h"

namespace Inkwell {

struct Profile;

// How big a file may be before it is refused unread, and the long side
// pictures are scaled to.
struct AttachmentLimits {
    static constexpr int kDefaultMB = 100; // Profile::maxFileMB 0
    static constexpr qint64 kMB = 1'000'000; // as formatSize counts
    qint64 maxImageBytes = kDefaultMB * kMB;
    qint64 maxDocumentBytes = kDefaultMB * kMB;
    int imageLongSide = 2048; // kImageLongSide
    // The server reads a PDF sent whole: a scanned one (no text layer) is
    // taken to be sent so instead of refused.
    bool wholePdf = false;
};

// The limits for files going to this server: Anthropic's shorter long
// side, the profile's own largest file, whether it reads PDFs.
AttachmentLimits limitsFor(const Profile &profile);

// A file the user attached, read and made ready to send: an image prepared
// (prepareImage), any other file read as a document (its text extracted).
// Refused with a sentence naming the file: missing, not a regular file (a
// folder, a device, a socket, also behind a symbolic link), empty, over the
// limit (checked before reading), unreadable, or of a kind no reader takes.
// Safe to call on any thread.
Result<Attachment> readAttachment(const QString &path, const AttachmentLimits &limits = {});

// The same for bytes in memory (a pasted image, an imported file).
Result<Attachment> attachmentFromBytes(const QByteArray &bytes, const QString &name,
                                       const AttachmentLimits &limits = {});

// A file's bytes written where the user chose ("Save as"), whole or not
// at all; the error names the file.
Error saveAttachmentAs(const QByteArray &bytes, const QString &path);

// "2.4 MB", "812 kB", "96 bytes" (decimal, locale-aware; for chips and cards).
QString formatSize(qint64 bytes);

} // namespace Inkwell
