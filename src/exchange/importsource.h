// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QHash>
#include <QIODevice>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

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

// The files an export holds beside its conversations (images the user sent,
// files uploaded, generated images), found by the file id the conversations
// name them by ("file-service://file-AbC…", "sediment://file_00…", an
// upload's "id"). ChatGPT names them file-<id>-<name> or file_<hex>-<name>,
// or (2026) file-<id>.dat with the names in conversation_asset_file_names.json;
// at the root, in dalle-generations/, user-…/ or a conversation's folder.
// Only names are listed, at the first look-up; a file is read when asked for
// and never past the limit it is read with. One thread at a time.
class ExportFiles {
public:
    // A zip, or a folder (its sub-folders too, a few levels deep).
    explicit ExportFiles(QString path);
    ~ExportFiles();
    ExportFiles(const ExportFiles &) = delete;
    ExportFiles &operator=(const ExportFiles &) = delete;

    // The export a part comes from: the zip it is in, or the folder of a
    // conversations.json (conversations-NNN.json) given alone or in its
    // folder. None for a JSON file under another name: it was taken out of
    // its export, and its folder may be any folder.
    static std::unique_ptr<ExportFiles> of(const ImportPart &part);

    struct File {
        QString id; // file-AbC…, file_00…
        QString where; // the entry in the zip, or the file's path
        QString name; // the name it had (photo.png), else the one it has here
        qint64 size = -1; // as the zip or the file system says; -1: not known
    };
    [[nodiscard]] std::optional<File> find(const QString &fileId);
    // The file's bytes; refused with a sentence naming it when it is larger
    // than `maxBytes` (told before reading, and checked while reading), not
    // a regular file, or damaged.
    Result<QByteArray> read(const File &file, qint64 maxBytes);

    // The id a name in an export starts with: "file-AbC" of
    // "file-AbC-photo.png" and of "file-AbC.dat"; empty for other names.
    static QString idOfName(const QString &fileName);
    // The id an asset pointer names: "file_00ab" of "sediment://file_00ab?x=1".
    static QString idOfPointer(const QString &pointer);

    [[nodiscard]] const QString &path() const { return m_path; }

private:
    void index();
    void indexZip();
    void indexFolder();
    void add(const QString &where, const QString &fileName, qint64 size, int depth);
    void readNames(const QByteArray &json);

    QString m_path;
    bool m_isZip = false;
    bool m_indexed = false;
    struct Found {
        File file;
        int depth = 0;
    };
    QHash<QString, Found> m_files; // by id
    QHash<QString, QString> m_names; // id → original name (conversation_asset_file_names.json)
    struct Zip;
    std::unique_ptr<Zip> m_zip;
};

} // namespace Inkwell
