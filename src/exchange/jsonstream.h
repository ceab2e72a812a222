// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QByteArray>
#include <functional>
#include <string_view>

namespace Inkwell::JsonStream {

// Big imports without a tree of the whole file: simdjson's On-Demand parser
// walks an array and hands each element's raw text to `each`, which parses just
// that element (nlohmann) and lets it go. Memory is the file, simdjson's index
// of it and one element, instead of a DOM of every conversation at once.
using Each = std::function<Error(std::string_view element, size_t index)>;

// Room simdjson may read past the end; readers allocate it with the bytes.
inline constexpr qsizetype kPadding = 64;

// The document is an array (ChatGPT's conversations.json).
Error forEachInArray(const QByteArray &bytes, const Each &each);

// The document is an object; `header` sees its string field `formatField` and
// integer field `versionField` first, then `each` the elements of `arrayField`
// (Inkwell's archive).
Error forEachInField(const QByteArray &bytes, const char *formatField, const char *versionField,
                     const std::function<Error(std::string_view format, qint64 version)> &header,
                     const char *arrayField, const Each &each);

} // namespace Inkwell::JsonStream
