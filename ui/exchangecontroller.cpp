// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchangecontroller.h"

#include "exchange/exporter.h"
#include "exchange/importer.h"
#include "store/appstate.h"
#include "store/database.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QStandardPaths>

#include <tuple>

namespace Inkwell {

namespace {

// What the banner says while an import runs.
QString progressText(const ImportProgress &p, bool dryRun)
{
    const QLocale locale;
    QString text = (dryRun ? ExchangeController::tr("Reading: %1 conversations, %2 messages")
                           : ExchangeController::tr("Importing: %1 conversations, %2 messages"))
                       .arg(locale.toString(p.conversations), locale.toString(p.messages));
    text += u" · " + ExchangeController::tr("%1 messages/s").arg(locale.toString(qRound64(p.messagesPerSecond())));
    if (const qint64 left = p.msLeft(); left > 0)
        text += u" · " + ExchangeController::tr("about %1 left").arg(durationText(left));
    return text;
}

} // namespace

ExchangeController::ExchangeController(QString databasePath, const QSqlDatabase &state, QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_state(state)
{
}

ExchangeController::~ExchangeController()
{
    // Quitting mid-export: stop it and wait, so that no half file is left
    // behind (the writer removes its temporary file when cancelled).
    if (m_thread) {
        m_cancelled->store(true);
        m_thread->wait();
    }
}

void ExchangeController::start(Job job, bool cancellable)
{
    if (m_thread)
        return;
    m_cancellable = cancellable;
    m_cancelled = std::make_shared<std::atomic<bool>>(false);
    m_progress = 0;
    m_status.clear();
    m_saying = {};
    m_failed = false;
    auto cancelled = m_cancelled;
    m_thread = QThread::create([this, job = std::move(job), cancelled] {
        job(*cancelled, [this](double p, const QString &saying) {
            QMetaObject::invokeMethod(
                this,
                [this, p, saying] {
                    m_progress = p;
                    Q_EMIT progressChanged();
                    if (!saying.isEmpty() && saying != m_status) {
                        m_status = saying;
                        Q_EMIT statusChanged();
                    }
                },
                Qt::QueuedConnection);
        });
    });
    connect(m_thread, &QThread::finished, this, [this] {
        m_thread->deleteLater();
        m_thread = nullptr;
        Q_EMIT busyChanged();
    });
    m_thread->start();
    Q_EMIT busyChanged();
    Q_EMIT progressChanged();
    Q_EMIT statusChanged();
}

void ExchangeController::finish(Saying status, bool failed)
{
    m_saying = std::move(status);
    m_status = m_saying ? m_saying() : QString();
    m_failed = failed;
    Q_EMIT statusChanged();
}

void ExchangeController::retranslate()
{
    if (!m_saying)
        return;
    m_status = m_saying();
    Q_EMIT statusChanged();
}

void ExchangeController::exportConversations(const QVariantList &ids, const QString &format, const QUrl &target,
                                             bool allBranches)
{
    ExportRequest request;
    for (const QVariant &id : ids)
        request.conversationIds << id.toLongLong();
    request.format = format;
    request.outPath = target.isLocalFile() ? target.toLocalFile() : target.toString();
    request.options.allBranches = allBranches;
    const QString path = m_databasePath;
    start(
        [this, request, path](const std::atomic<bool> &cancelled, const Progress &progress) {
            Database db;
            Result<ExportReport> done;
            if (const Error e = db.open(path); e.isError())
                done = Result<ExportReport>::fail(e);
            else
                done = Inkwell::exportConversations(db.db(), request, [&](int n, int total) {
                    progress(total > 0 ? double(n) / total : 1.0, {});
                    return !cancelled.load();
                });
            const QString to
                = done.ok() && done.value.files.size() == 1 ? done.value.files.constFirst() : request.outPath;
            Saying status = [done, to]() -> QString {
                return done.ok() ? tr("Exported %n conversation(s) to %1", nullptr, done.value.conversations).arg(to)
                                 : done.error.message;
            };
            const bool failed = !done.ok() && done.error.kind != Error::Kind::Cancelled;
            const QString folder = !done.ok()        ? QString()
                : QFileInfo(request.outPath).isDir() ? request.outPath
                                                     : QFileInfo(request.outPath).path();
            QMetaObject::invokeMethod(
                this,
                [this, status = std::move(status), failed, folder] {
                    if (!folder.isEmpty())
                        setSaveFolder(folder);
                    finish(status, failed);
                },
                Qt::QueuedConnection);
        },
        true);
}

void ExchangeController::runImport(const QList<QUrl> &files, bool dryRun)
{
    QStringList local;
    for (const QUrl &url : files)
        local << (url.isLocalFile() ? url.toLocalFile() : url.toString());
    const QString path = m_databasePath;
    start(
        [this, path, local, dryRun](const std::atomic<bool> &cancelled, const Progress &progress) {
            // A connection of this thread's own to the same file.
            Database db;
            Result<ImportReport> report;
            if (const Error e = db.open(path); e.isError()) {
                report = Result<ImportReport>::fail(e);
            } else {
                ImportOptions options;
                options.dryRun = dryRun;
                options.progress = [&](const ImportProgress &p) {
                    progress(p.bytesTotal > 0 ? double(p.bytesDone) / double(p.bytesTotal) : 0,
                             progressText(p, dryRun));
                    return !cancelled.load();
                };
                report = Inkwell::importFiles(db.db(), local, options);
            }
            const bool stopped = !report.ok() && report.error.kind == Error::Kind::Cancelled;
            if (dryRun) {
                ImportPreview preview;
                preview.file = local.join(u'\n');
                if (report.ok()) {
                    const ImportReport &r = report.value;
                    preview.format = r.format;
                    preview.files = r.files;
                    preview.conversations = r.conversations;
                    preview.messages = r.messages;
                    preview.repaired = r.repaired;
                    preview.skippedConversations = r.skippedConversations;
                    preview.alreadyHere = r.alreadyHere;
                    preview.skippedMessages = r.skippedMessages;
                    preview.hiddenMessages = r.hiddenMessages;
                    preview.notes = r.notes;
                } else {
                    preview.failed = true;
                    preview.error = report.error.message;
                }
                QMetaObject::invokeMethod(
                    this,
                    [this, preview, stopped] {
                        finish({}, false);
                        if (!stopped)
                            Q_EMIT previewReady(preview);
                    },
                    Qt::QueuedConnection);
                return;
            }
            Saying status = [report, stopped]() -> QString {
                if (stopped)
                    return report.error.message;
                if (!report.ok())
                    return tr("%1 Nothing was imported.").arg(report.error.message);
                const ImportReport &r = report.value;
                QString text = tr("Imported %n conversation(s)", nullptr, r.conversations);
                if (r.repaired > 0)
                    text += u"; " + tr("filled %n left empty by an earlier import", nullptr, r.repaired);
                if (r.skippedConversations > 0)
                    text += u"; " + tr("%n already here or with nothing to import", nullptr, r.skippedConversations);
                return text;
            };
            const bool ok = report.ok();
            // Where the next import's dialogs start: the folder this one came from.
            // (for a folder, the one it is in)
            const QString from = local.isEmpty() ? QString() : QFileInfo(local.constFirst()).absolutePath();
            QMetaObject::invokeMethod(
                this,
                [this, status = std::move(status), ok, stopped, from] {
                    if (ok && m_state.isValid() && !from.isEmpty()) {
                        // Only where the next dialog starts: not worth a banner.
                        std::ignore = AppState(m_state).setValue(QStringLiteral("open/folder"), from);
                        Q_EMIT saveFolderChanged();
                    }
                    finish(status, !ok && !stopped);
                    if (ok)
                        Q_EMIT imported();
                },
                Qt::QueuedConnection);
        },
        true);
}

void ExchangeController::previewImport(const QList<QUrl> &files)
{
    m_previewed = files;
    runImport(files, true);
}

void ExchangeController::importPreviewed()
{
    if (!m_previewed.isEmpty())
        importFiles(m_previewed);
}

void ExchangeController::importFiles(const QList<QUrl> &files)
{
    runImport(files, false);
}

void ExchangeController::cancel()
{
    if (m_cancelled)
        m_cancelled->store(true);
}

void ExchangeController::clearStatus()
{
    finish({}, false);
}

namespace {
// The first of these folders that exists.
QString existing(const QStringList &folders)
{
    for (const QString &folder : folders)
        if (!folder.isEmpty() && QFileInfo(folder).isDir())
            return QDir::cleanPath(folder);
    return QDir::rootPath();
}
} // namespace

QString ExchangeController::saveFolder() const
{
    const QString last = m_state.isValid() ? AppState(m_state).value(QStringLiteral("save/folder")) : QString();
    return existing({last, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), QDir::homePath()});
}

QString ExchangeController::openFolder() const
{
    const QString last = m_state.isValid() ? AppState(m_state).value(QStringLiteral("open/folder")) : QString();
    return existing({last, QStandardPaths::writableLocation(QStandardPaths::DownloadLocation), QDir::homePath()});
}

void ExchangeController::setSaveFolder(const QString &path)
{
    if (path.isEmpty() || !QFileInfo(path).isDir() || QDir::cleanPath(path) == saveFolder())
        return;
    if (m_state.isValid())
        std::ignore = AppState(m_state).setValue(QStringLiteral("save/folder"), QDir::cleanPath(path)); // likewise
    Q_EMIT saveFolderChanged();
}

QUrl ExchangeController::saveTarget(const QString &folder, const QString &name, const QString &format) const
{
    QString file = name.trimmed();
    // A name typed as a path goes where it says; a bare name into the folder.
    if (!QDir::isAbsolutePath(file))
        file = QDir(folder).filePath(file);
    if (!format.isEmpty() && QFileInfo(file).suffix().compare(format, Qt::CaseInsensitive) != 0
        && !(format == u"md" && QFileInfo(file).suffix().compare(u"markdown", Qt::CaseInsensitive) == 0)
        && !(format == u"html" && QFileInfo(file).suffix().compare(u"htm", Qt::CaseInsensitive) == 0))
        file += u'.' + format;
    return QUrl::fromLocalFile(QDir::cleanPath(file));
}

bool ExchangeController::exists(const QUrl &file) const
{
    return QFileInfo::exists(file.isLocalFile() ? file.toLocalFile() : file.toString());
}

QString ExchangeController::folderOf(const QUrl &file)
{
    return QFileInfo(localPath(file)).absolutePath();
}

bool ExchangeController::isFolder(const QUrl &file) const
{
    return QFileInfo(file.isLocalFile() ? file.toLocalFile() : file.toString()).isDir();
}

QString ExchangeController::suggestedFileName(const QString &title, const QString &format) const
{
    const QString name = safeFileName(title);
    return (name.isEmpty() ? tr("conversation") : name) + u'.' + format;
}

} // namespace Inkwell
