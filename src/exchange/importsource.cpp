// SPDX-License-Identifier: GPL-3.0-or-later
#include "importsource.h"

#include "attachments/attachmentfile.h"
#include "core/logging.h"
#include "exchange/exchangetr.h"

#include <QCollator>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QRegularExpression>

#include <nlohmann/json.hpp>
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

// Where ChatGPT writes the names the 2026 exports' .dat files had.
const QString kAssetNames = QStringLiteral("conversation_asset_file_names.json");
// That list is a few hundred names; a larger one is not it.
constexpr qint64 kMaxAssetNamesBytes = 16LL << 20;
// A folder is looked through this deep (the export's user-…/<project>/mnt/data/
// is four) and no further than this many entries: a conversations.json
// in the home folder must not set off a walk through the whole disk.
constexpr int kMaxFolderDepth = 5;
constexpr int kMaxFolderEntries = 200'000;

} // namespace

struct ExportFiles::Zip {
    ZipHandle handle;
};

ExportFiles::ExportFiles(QString path)
    : m_path(std::move(path))
{
}

ExportFiles::~ExportFiles() = default;

std::unique_ptr<ExportFiles> ExportFiles::of(const ImportPart &part)
{
    if (!part.entry.isEmpty())
        return std::make_unique<ExportFiles>(part.path);
    const QFileInfo info(part.path);
    if (!isConversationsFile(info.fileName()))
        return nullptr;
    return std::make_unique<ExportFiles>(info.absolutePath());
}

QString ExportFiles::idOfName(const QString &fileName)
{
    static const QRegularExpression id(QStringLiteral("^file[-_][A-Za-z0-9]+"));
    return id.match(fileName).captured();
}

QString ExportFiles::idOfPointer(const QString &pointer)
{
    QString id = pointer;
    if (const qsizetype scheme = id.indexOf(u"://"); scheme >= 0)
        id = id.mid(scheme + 3);
    if (const qsizetype query = id.indexOf(u'?'); query >= 0)
        id.truncate(query);
    if (const qsizetype fragment = id.indexOf(u'#'); fragment >= 0)
        id.truncate(fragment);
    return id.section(u'/', -1);
}

std::optional<ExportFiles::File> ExportFiles::find(const QString &fileId)
{
    index();
    const auto found = m_files.constFind(fileId);
    if (fileId.isEmpty() || found == m_files.cend())
        return std::nullopt;
    File file = found->file;
    if (const QString name = m_names.value(fileId).section(u'/', -1); !name.isEmpty())
        file.name = name;
    return file;
}

void ExportFiles::index()
{
    if (m_indexed)
        return;
    m_indexed = true;
    if (QFileInfo(m_path).isDir())
        indexFolder();
    else
        indexZip();
    qCDebug(lcExchange).noquote() << "export files:" << m_files.size() << "in" << m_path;
}

void ExportFiles::add(const QString &where, const QString &fileName, qint64 size, int depth)
{
    const QString id = idOfName(fileName);
    if (id.isEmpty())
        return;
    // The same id twice (a copy in a sub-folder): the one nearest the root.
    if (const auto had = m_files.constFind(id); had != m_files.cend() && had->depth <= depth)
        return;
    const QString name
        = fileName.size() > id.size() + 1 && fileName.at(id.size()) == u'-' ? fileName.mid(id.size() + 1) : fileName;
    m_files.insert(id, {File {id, where, name, size}, depth});
}

void ExportFiles::readNames(const QByteArray &bytes)
{
    const auto names = nlohmann::json::parse(bytes.begin(), bytes.end(), nullptr, false);
    if (!names.is_object())
        return;
    for (auto it = names.begin(); it != names.end(); ++it) {
        const QString id = idOfName(QString::fromStdString(it.key()).section(u'/', -1));
        if (!id.isEmpty() && it->is_string())
            m_names.insert(id, QString::fromStdString(it->get<std::string>()));
    }
}

void ExportFiles::indexZip()
{
    auto zip = openZip(m_path);
    if (!zip.ok()) {
        qCWarning(lcExchange).noquote() << zip.error.message;
        return;
    }
    m_zip = std::make_unique<Zip>(Zip {std::move(zip.value)});
    zip_t *archive = m_zip->handle.get();
    QString namesEntry;
    int namesDepth = INT_MAX;
    const zip_int64_t count = zip_get_num_entries(archive, 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t stat;
        zip_stat_init(&stat);
        if (zip_stat_index(archive, zip_uint64_t(i), 0, &stat) != 0 || !(stat.valid & ZIP_STAT_NAME))
            continue;
        const QString entry = QString::fromUtf8(stat.name);
        if (entry.endsWith(u'/'))
            continue;
        const QString fileName = entry.section(u'/', -1);
        const int depth = int(entry.count(u'/'));
        const qint64 size = (stat.valid & ZIP_STAT_SIZE) ? qint64(stat.size) : -1;
        if (fileName == kAssetNames && depth < namesDepth && size >= 0 && size <= kMaxAssetNamesBytes) {
            namesEntry = entry;
            namesDepth = depth;
        }
        add(entry, fileName, size, depth);
    }
    if (!namesEntry.isEmpty()) {
        auto bytes = read(File {{}, namesEntry, kAssetNames, -1}, kMaxAssetNamesBytes);
        if (bytes.ok())
            readNames(bytes.value);
    }
}

void ExportFiles::indexFolder()
{
    QList<QPair<QString, int>> folders {{m_path, 0}};
    int seen = 0;
    while (!folders.isEmpty() && seen < kMaxFolderEntries) {
        const auto [folder, depth] = folders.takeFirst();
        QDirIterator it(folder, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
        while (it.hasNext() && ++seen <= kMaxFolderEntries) {
            it.next();
            const QFileInfo info = it.fileInfo();
            if (info.isDir()) {
                // Never through a link: it may lead anywhere, or in a circle.
                if (!info.isSymLink() && depth + 1 <= kMaxFolderDepth)
                    folders.append({info.filePath(), depth + 1});
                continue;
            }
            if (depth == 0 && info.fileName() == kAssetNames && info.size() <= kMaxAssetNamesBytes) {
                QFile names(info.filePath());
                if (names.open(QIODevice::ReadOnly))
                    readNames(names.read(kMaxAssetNamesBytes));
            }
            add(info.filePath(), info.fileName(), info.size(), depth);
        }
    }
    if (seen > kMaxFolderEntries)
        qCWarning(lcExchange).noquote() << "looked at the first" << kMaxFolderEntries << "files of" << m_path
                                        << "for the export's images; not further";
}

Result<QByteArray> ExportFiles::read(const File &file, qint64 maxBytes)
{
    using R = Result<QByteArray>;
    auto tooLarge = [&](qint64 size) {
        return R::fail(Error::make(Error::Kind::Format,
                                   size > maxBytes + 1
                                       ? Exchange::tr("%1 is %2; files over %3 are not imported")
                                             .arg(file.name, formatSize(size), formatSize(maxBytes))
                                       : Exchange::tr("%1 is larger than %2; files over %2 are not imported")
                                             .arg(file.name, formatSize(maxBytes))));
    };
    auto unreadable = [&](const QString &why) {
        return R::fail(Error::make(Error::Kind::Format,
                                   Exchange::tr("%1 could not be read from the export: %2").arg(file.name, why)));
    };
    if (!m_zip) {
        // stat() follows a link: one to /dev/zero is a device, never read.
        const QFileInfo info(file.where);
        if (!info.isFile())
            return unreadable(Exchange::tr("not a regular file"));
        if (info.size() > maxBytes)
            return tooLarge(info.size());
        QFile in(file.where);
        if (!in.open(QIODevice::ReadOnly))
            return unreadable(in.errorString());
        QByteArray bytes = in.read(maxBytes + 1);
        if (in.error() != QFileDevice::NoError)
            return unreadable(in.errorString());
        if (bytes.size() > maxBytes) // it grew
            return tooLarge(bytes.size());
        return {bytes, {}};
    }
    zip_t *archive = m_zip->handle.get();
    const QByteArray entry = file.where.toUtf8();
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat(archive, entry.constData(), 0, &stat) != 0)
        return unreadable(QString::fromUtf8(zip_strerror(archive)));
    const qint64 declared = (stat.valid & ZIP_STAT_SIZE) ? qint64(stat.size) : -1;
    if (declared > maxBytes)
        return tooLarge(declared);
    zip_file_t *in = zip_fopen(archive, entry.constData(), 0);
    if (!in)
        return unreadable(QString::fromUtf8(zip_strerror(archive)));
    // The size the zip gives may lie: never more than the limit is inflated.
    QByteArray bytes(qsizetype(qBound<qint64>(0, declared, maxBytes) + 1), Qt::Uninitialized);
    qint64 got = 0;
    QString failed;
    for (;;) {
        if (got == bytes.size()) {
            if (got > maxBytes)
                break;
            bytes.resize(qsizetype(qMin<qint64>(maxBytes + 1, qMax<qint64>(got * 2, 65536))));
        }
        const zip_int64_t n = zip_fread(in, bytes.data() + got, zip_uint64_t(bytes.size() - got));
        if (n < 0) {
            failed = QString::fromUtf8(zip_file_strerror(in));
            break;
        }
        if (n == 0)
            break;
        got += n;
    }
    zip_fclose(in);
    if (got > maxBytes)
        return tooLarge(got);
    if (!failed.isEmpty())
        return unreadable(failed);
    bytes.truncate(qsizetype(got));
    return {bytes, {}};
}

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
