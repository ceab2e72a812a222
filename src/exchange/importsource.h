// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QIODevice>
#include <QList>
#include <QString>

#include <memory>

namespace Inkwell {

// One JSON document to import: a file on disk, or an entry of a zip.
struct ImportPart {
    QString path; // the file on disk
    QString entry; // the entry inside the zip; empty for a plain file
    qint64 size = 0; // bytes of JSON, uncompressed
    // Found in a folder rather than named: skipped with a note, not failed,
    // when it turns out not to be an export.
    bool optional = false;
    [[nodiscard]] QString name() const { return entry.isEmpty() ? path : path + u": " + entry; }
};

// What a person names to import: files, zips and folders, any number.
// A zip gives its conversations.json, or the split files of newer ChatGPT
// exports (conversations-000.json, conversations-001.json, …), or failing
// those nothing; a folder gives its conversations*.json, else every .json
// and .zip in it. Each in name order. What a folder held that cannot be
// imported is said in `notes`.
Result<QList<ImportPart>> importParts(const QStringList &paths, QStringList *notes = nullptr);

// Opened for reading from the start (a zip entry is inflated as it is read,
// never held whole).
Result<std::unique_ptr<QIODevice>> openPart(const ImportPart &part);

} // namespace Inkwell
