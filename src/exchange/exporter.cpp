// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporter.h"

#include "core/logging.h"
#include "exchange/exchangetr.h"
#include "exchange/jsonformat.h"
#include "exchange/transcript.h"
#include "store/conversationrepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

namespace Inkwell {

namespace {

Error writeError(const QString &path, const QString &why)
{
    return Error::make(Error::Kind::Storage, Exchange::tr("Cannot write %1: %2").arg(path, why));
}

Error cancelled()
{
    return Error::make(Error::Kind::Cancelled, Exchange::tr("Export cancelled; no partial file was left"));
}

// "12-Plan a trip to 西安.md": the id keeps names unique, the title makes them findable.
QString fileNameFor(const Conversation &c, const QString &extension)
{
    const QString title = safeFileName(c.title);
    return QString::number(c.id) + (title.isEmpty() ? QString() : u'-' + title) + u'.' + extension;
}

Error writeText(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return writeError(path, file.errorString());
    if (file.write(bytes) != bytes.size() || !file.commit())
        return writeError(path, file.errorString());
    return {};
}

// One conversation of an archive, indented to sit inside "conversations": [ … ].
// (Newlines inside JSON strings are escaped, so only layout is touched.)
QByteArray archiveEntry(const Snapshot &s, bool first)
{
    const QByteArray text = QByteArray::fromStdString(JsonFormat::conversationToJson(s).dump(2));
    return (first ? "    " : ",\n    ") + QByteArray(text).replace("\n", "\n    ");
}

// The files a Markdown file links to (pictures shown, documents as links),
// in `assets/` beside it: one folder for every file exported into the same
// folder, each file once (its name is its content's sha256, so a file
// already there is the same file; one of another size is a damaged leftover
// and is written again). Written before the .md, so that a link never
// points at nothing.
Error writeAssets(const Snapshot &s, const DocumentOptions &options, const QString &path)
{
    QList<const Attachment *> images;
    for (const TranscriptItem &item : transcript(s, options.allBranches))
        if (item.message)
            for (const Attachment &a : item.message->attachments)
                if (!a.data.isEmpty())
                    images << &a;
    if (images.isEmpty())
        return {};
    const QDir folder(QFileInfo(path).absoluteDir().filePath(QStringLiteral("assets")));
    if (!QDir().mkpath(folder.path()))
        return writeError(folder.path(), Exchange::tr("cannot create the folder"));
    for (const Attachment *a : std::as_const(images)) {
        const QString file = folder.filePath(assetFileName(*a));
        if (QFileInfo(file).size() == a->data.size())
            continue;
        if (Error e = writeText(file, a->data); e.isError())
            return e;
    }
    return {};
}

Error writeDocument(const Snapshot &s, const QString &format, const DocumentOptions &options, const QString &path)
{
    if (format == u"md")
        if (Error e = writeAssets(s, options, path); e.isError())
            return e;
    if (format == u"pdf")
        return writePdf(s, options, path);
    if (format == u"json")
        return writeText(path, JsonFormat::header() + archiveEntry(s, true) + JsonFormat::footer());
    const QString text = format == u"md" ? toMarkdown(s, options)
        : format == u"html"              ? toHtml(s, options)
                                         : toPlainText(s, options);
    return writeText(path, text.toUtf8());
}

} // namespace

QStringList draftExportFormats()
{
    return {QStringLiteral("md"), QStringLiteral("html"), QStringLiteral("txt"), QStringLiteral("pdf")};
}

Error exportDraft(const Draft &d, const QString &format, const QString &path)
{
    if (!draftExportFormats().contains(format))
        return Error::make(Error::Kind::Usage,
                           QStringLiteral("A draft is exported as md, html, txt or pdf, not ‘%1’.").arg(format));
    if (format == u"pdf")
        return writeHtmlAsPdf(draftToHtml(d, HtmlTarget::Pdf), d.title, path);
    if (format == u"html")
        return writeText(path, draftToHtml(d).toUtf8());
    QString text = d.content;
    if (!text.endsWith(u'\n'))
        text += u'\n';
    return writeText(path, text.toUtf8());
}

namespace {

// Every conversation into one archive, streamed: one conversation in memory at a time.
Result<ExportReport> writeArchive(const QSqlDatabase &db, const QList<qint64> &ids, const QString &path,
                                  const ExportProgress &progress)
{
    ExportReport report;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Result<ExportReport>::fail(writeError(path, file.errorString()));
    file.write(JsonFormat::header());
    for (int i = 0; i < ids.size(); ++i) {
        const auto s = Snapshot::load(db, ids[i]);
        if (!s.ok()) {
            file.cancelWriting();
            return Result<ExportReport>::fail(s.error);
        }
        const QByteArray chunk = archiveEntry(s.value, i == 0);
        if (file.write(chunk) != chunk.size()) {
            file.cancelWriting();
            return Result<ExportReport>::fail(writeError(path, file.errorString()));
        }
        ++report.conversations;
        report.messages += int(s.value.messages.size());
        if (progress && !progress(i + 1, int(ids.size()))) {
            file.cancelWriting();
            return Result<ExportReport>::fail(cancelled());
        }
    }
    file.write(JsonFormat::footer());
    if (!file.commit())
        return Result<ExportReport>::fail(writeError(path, file.errorString()));
    report.files << path;
    qCDebug(lcExchange).noquote() << "exported" << report.conversations << "conversations as an archive to" << path;
    return {report, {}};
}

} // namespace

QString safeFileName(const QString &title)
{
    static const QRegularExpression unsafe(QStringLiteral("[/\\\\:*?\"<>|\\x00-\\x1f]+"));
    QString name = QString(title).replace(unsafe, QStringLiteral(" ")).simplified().left(60).trimmed();
    while (name.startsWith(u'.')) // no hidden files
        name.remove(0, 1);
    return name;
}

QStringList exportFormats()
{
    return {QStringLiteral("md"), QStringLiteral("html"), QStringLiteral("json"), QStringLiteral("txt"),
            QStringLiteral("pdf")};
}

Result<ExportReport> exportConversations(const QSqlDatabase &db, const ExportRequest &request,
                                         const ExportProgress &progress)
{
    if (!exportFormats().contains(request.format))
        return Result<ExportReport>::fail(
            Error::make(Error::Kind::Usage,
                        Exchange::tr("unknown format ‘%1’ (%2)").arg(request.format, exportFormats().join(u", "))));
    QList<qint64> ids = request.conversationIds;
    if (ids.isEmpty()) {
        const auto all = ConversationRepository(db).list();
        if (!all.ok())
            return Result<ExportReport>::fail(all.error);
        for (const Conversation &c : all.value)
            ids << c.id;
        std::sort(ids.begin(), ids.end()); // oldest first, as they were made
    }
    // The same conversation asked for twice is written once.
    QList<qint64> unique;
    for (qint64 id : std::as_const(ids))
        if (!unique.contains(id))
            unique << id;
    ids = unique;
    const QFileInfo out(request.outPath);
    const bool folderNamed = out.isDir() || request.outPath.endsWith(u'/');
    const bool several = ids.size() > 1 && request.format != u"json";
    // "notes.md" for three conversations is a mistake, not a folder to create.
    if (several && !folderNamed && !out.suffix().isEmpty())
        return Result<ExportReport>::fail(Error::make(
            Error::Kind::Usage,
            Exchange::tr(
                "%n conversation(s) go into a folder, one file each: give a folder (ending in /) instead of %1",
                nullptr, int(ids.size()))
                .arg(request.outPath)));
    const bool toFolder = folderNamed || several;
    if (!toFolder && request.format == u"json")
        return writeArchive(db, ids, request.outPath, progress);
    if (toFolder && !QDir().mkpath(request.outPath))
        return Result<ExportReport>::fail(writeError(request.outPath, Exchange::tr("cannot create the folder")));

    ExportReport report;
    for (int i = 0; i < ids.size(); ++i) {
        const auto s = Snapshot::load(db, ids[i]);
        if (!s.ok())
            return Result<ExportReport>::fail(s.error);
        const QString path = toFolder
            ? QDir(request.outPath).filePath(fileNameFor(s.value.conversation, request.format))
            : request.outPath;
        if (const Error e = writeDocument(s.value, request.format, request.options, path); e.isError())
            return Result<ExportReport>::fail(e);
        report.files << path;
        ++report.conversations;
        report.messages += int(s.value.messages.size());
        if (progress && !progress(i + 1, int(ids.size())))
            return Result<ExportReport>::fail(cancelled());
    }
    qCDebug(lcExchange).noquote() << "exported" << report.conversations << "conversations as" << request.format << "to"
                                  << request.outPath;
    return {report, {}};
}

} // namespace Inkwell
