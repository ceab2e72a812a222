// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "providers/attachment.h"

namespace Inkwell {

// What every backend can take: Anthropic scales anything over 1568 px on the
// long side down anyway (and charges for the pixels), OpenAI's "high" detail
// works on 2048 px; both are plenty for a screenshot's text.
constexpr int kImageLongSide = 2048;
constexpr int kAnthropicImageLongSide = 1568;

// An image file's bytes made fit to send: read by content (PNG, JPEG, WebP,
// GIF's first frame, BMP, and whatever else Qt's plugins read), turned
// upright by its EXIF orientation, scaled down to `longSide`, and encoded
// afresh — which drops every metadata block (EXIF, GPS, XMP, comments).
// PNG when it has transparency or is small, JPEG otherwise.
Result<Attachment> prepareImage(const QByteArray &bytes, const QString &name, int longSide = kImageLongSide);

} // namespace Inkwell
