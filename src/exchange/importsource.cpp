// SPDX-License-Identifier: GPL-3.0-or-later
#include "importsource.h"

#include "exchange/exchangetr.h"

#include <QCollator>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <zip.h>

namespace Inkwell {

namespace {

// conversations.json, or one of the split files of 2026 exports.
bool isConversationsFile(const QString &fileName)
{
    static const QRegularExpression name(QStringLiteral(R"(^conversations(-\d+)?\.json$)"),
                                         QRegularExpression::CaseInsensitiveOption);
    return name.match(fileName).hasMatch();
}

bool isZip(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.peek(4) == QByteArrayLiteral("PK\x03\x04");
}

// conversations-2.json before conversations-10.json.
void sortByName(QStringList &names)
{
    QCollator collator;
    collator.setNumericMode(true);
    std::sort(names.begin(), names.end(),
              [&](const QString &a, const QString &b) { return collator.compare(a, b) < 0; });
}

struct ZipCloser {
    void operator()(zip_t *zip) const { zip_discard(zip); }
};
using ZipHandle = std::unique_ptr<zip_t, ZipCloser>;

Result<ZipHandle> openZip(const QString &path)
{
    int code = 0;
    zip_t *archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &code);
    if (!archive) {
        zip_error_t error;
        zip_error_init_with_code(&error, code);
        const QString why = QString::fromUtf8(zip_error_strerror(&error));
        zip_error_fini(&error);
        return Result<ZipHandle>::fail(
            Error::make(Error::Kind::Format, Exchange::tr("%1: not a readable zip file (%2)").arg(path, why)));
    }
    return {ZipHandle(archive), {}};
}

Error zipParts(const QString &path, QList<ImportPart> &out)
{
    auto zip = openZip(path);
    if (!zip.ok())
        return zip.error;
    QStringList names;
    QHash<QString, qint64> sizes;
    const zip_int64_t count = zip_get_num_entries(zip.value.get(), 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t stat;
        zip_stat_init(&stat);
        if (zip_stat_index(zip.value.get(), zip_uint64_t(i), 0, &stat) != 0 || !(stat.valid & ZIP_STAT_NAME))
            continue;
        const QString name = QString::fromUtf8(stat.name);
        if (name.endsWith(u'/') || !isConversationsFile(name.section(u'/', -1)))
            continue;
        names << name;
        sizes.insert(name, (stat.valid & ZIP_STAT_SIZE) ? qint64(stat.size) : 0);
    }
    if (names.isEmpty())
        return Error::make(
            Error::Kind::Format,
            Exchange::tr("%1: this zip has no conversations.json (is it ChatGPT's data export?)").arg(path));
    sortByName(names);
    for (const QString &name : std::as_const(names))
        out << ImportPart {path, name, sizes.value(name)};
    return {};
}

Error folderParts(const QString &path, QList<ImportPart> &out, QStringList *notes)
{
    const QDir dir(path);
    QStringList names
        = dir.entryList({QStringLiteral("*.json"), QStringLiteral("*.JSON")}, QDir::Files | QDir::Readable);
    QStringList conversations;
    for (const QString &name : std::as_const(names))
        if (isConversationsFile(name))
            conversations << name;
    const bool optional = conversations.isEmpty();
    if (!optional)
        names = conversations;
    else
        names += dir.entryList({QStringLiteral("*.zip"), QStringLiteral("*.ZIP")}, QDir::Files | QDir::Readable);
    names.removeDuplicates();
    if (names.isEmpty())
        return Error::make(
            Error::Kind::Format,
            Exchange::tr("%1: this folder holds no conversations.json and no .json or .zip file").arg(path));
    sortByName(names);
    for (const QString &name : std::as_const(names)) {
        const QString file = dir.filePath(name);
        if (isZip(file)) {
            if (Error e = zipParts(file, out); e.isError()) {
                if (!optional)
                    return e;
                if (notes)
                    *notes << e.message;
            }
        } else {
            out << ImportPart {file, {}, QFileInfo(file).size(), optional};
        }
    }
    return {};
}

// A zip entry, inflated as it is read.
class ZipEntryDevice : public QIODevice {
public:
    ZipEntryDevice(ZipHandle zip, zip_file_t *file)
        : m_zip(std::move(zip))
        , m_file(file)
    {
    }
    ~ZipEntryDevice() override { zip_fclose(m_file); }
    [[nodiscard]] bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 size) override
    {
        const zip_int64_t got = zip_fread(m_file, data, zip_uint64_t(size));
        if (got < 0)
            setErrorString(
                Exchange::tr("the zip entry is damaged (%1)").arg(QString::fromUtf8(zip_file_strerror(m_file))));
        return got;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    ZipHandle m_zip;
    zip_file_t *m_file;
};

} // namespace

Result<QList<ImportPart>> importParts(const QStringList &paths, QStringList *notes)
{
    using R = Result<QList<ImportPart>>;
    QList<ImportPart> out;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists())
            return R::fail(Error::make(Error::Kind::Storage, Exchange::tr("%1: no such file or folder").arg(path)));
        Error e;
        if (info.isDir())
            e = folderParts(path, out, notes);
        else if (isZip(path))
            e = zipParts(path, out);
        else if (!info.isReadable())
            e = Error::make(Error::Kind::Storage, Exchange::tr("Cannot read %1: permission denied").arg(path));
        else
            out << ImportPart {path, {}, info.size()};
        if (e.isError())
            return R::fail(e);
    }
    return {out, {}};
}

Result<std::unique_ptr<QIODevice>> openPart(const ImportPart &part)
{
    using R = Result<std::unique_ptr<QIODevice>>;
    if (part.entry.isEmpty()) {
        auto file = std::make_unique<QFile>(part.path);
        if (!file->open(QIODevice::ReadOnly))
            return R::fail(Error::make(Error::Kind::Storage,
                                       Exchange::tr("Cannot read %1: %2").arg(part.path, file->errorString())));
        return {std::move(file), {}};
    }
    auto zip = openZip(part.path);
    if (!zip.ok())
        return R::fail(zip.error);
    zip_file_t *file = zip_fopen(zip.value.get(), part.entry.toUtf8().constData(), 0);
    if (!file)
        return R::fail(
            Error::make(Error::Kind::Format,
                        Exchange::tr("%1: %2").arg(part.name(), QString::fromUtf8(zip_strerror(zip.value.get())))));
    auto device = std::make_unique<ZipEntryDevice>(std::move(zip.value), file);
    device->open(QIODevice::ReadOnly);
    return {std::move(device), {}};
}

} // namespace Inkwell
