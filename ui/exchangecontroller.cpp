// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchangecontroller.h"

#include "exchange/exporter.h"
#include "exchange/importer.h"
#include "store/database.h"

namespace Inkwell {

namespace {

// Worker threads use a connection of their own to the same file.
Result<ImportReport> importOnThisThread(const QString &databasePath, const QString &file, bool dryRun)
{
    Database db;
    if (const Error e = db.open(databasePath); e.isError())
        return Result<ImportReport>::fail(e);
    return importFile(db.db(), file, {}, dryRun);
}

} // namespace

ExchangeController::ExchangeController(QString databasePath, QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
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
    m_failed = false;
    auto cancelled = m_cancelled;
    m_thread = QThread::create([this, job = std::move(job), cancelled] {
        job(*cancelled, [this](double p) {
            QMetaObject::invokeMethod(this, [this, p] {
                m_progress = p;
                Q_EMIT progressChanged();
            }, Qt::QueuedConnection);
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

void ExchangeController::finish(const QString &status, bool failed)
{
    m_status = status;
    m_failed = failed;
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
    start([this, request, path](const std::atomic<bool> &cancelled, const std::function<void(double)> &progress) {
        Database db;
        Result<ExportReport> done;
        if (const Error e = db.open(path); e.isError())
            done = Result<ExportReport>::fail(e);
        else
            done = Inkwell::exportConversations(db.db(), request, [&](int n, int total) {
                progress(total > 0 ? double(n) / total : 1.0);
                return !cancelled.load();
            });
        const QString status = done.ok()
            ? tr("Exported %n conversation(s) to %1", nullptr, done.value.conversations)
                  .arg(done.value.files.size() == 1 ? done.value.files.constFirst() : request.outPath)
            : done.error.message;
        const bool failed = !done.ok() && done.error.kind != Error::Kind::Cancelled;
        QMetaObject::invokeMethod(this, [this, status, failed] { finish(status, failed); }, Qt::QueuedConnection);
    }, true);
}

void ExchangeController::previewImport(const QUrl &file)
{
    m_previewed = file;
    const QString path = m_databasePath;
    const QString local = file.toLocalFile();
    start([this, path, local](const std::atomic<bool> &, const std::function<void(double)> &) {
        QVariantMap preview{{QStringLiteral("file"), local}};
        const Result<ImportReport> report = importOnThisThread(path, local, true);
        if (report.ok()) {
            const ImportReport &r = report.value;
            preview.insert({{QStringLiteral("format"), r.format},
                            {QStringLiteral("conversations"), r.conversations},
                            {QStringLiteral("messages"), r.messages},
                            {QStringLiteral("skippedConversations"), r.skippedConversations},
                            {QStringLiteral("skippedMessages"), r.skippedMessages},
                            {QStringLiteral("notes"), r.notes}});
        } else {
            preview.insert(QStringLiteral("error"), report.error.message);
        }
        QMetaObject::invokeMethod(this, [this, preview] {
            finish({}, false);
            Q_EMIT previewReady(preview);
        }, Qt::QueuedConnection);
    }, false);
}

void ExchangeController::importPreviewed()
{
    if (!m_previewed.isEmpty())
        importFile(m_previewed);
}

void ExchangeController::importFile(const QUrl &file)
{
    const QString path = m_databasePath;
    const QString local = file.toLocalFile();
    start([this, path, local](const std::atomic<bool> &, const std::function<void(double)> &) {
        const Result<ImportReport> report = importOnThisThread(path, local, false);
        QString status;
        if (!report.ok())
            status = report.error.message + u' ' + tr("Nothing was imported.");
        else if (report.value.skippedConversations > 0)
            status = tr("Imported %n conversation(s)", nullptr, report.value.conversations) + u"; "
                     + tr("%n already here or not conversations", nullptr, report.value.skippedConversations);
        else
            status = tr("Imported %n conversation(s)", nullptr, report.value.conversations);
        const bool ok = report.ok();
        QMetaObject::invokeMethod(this, [this, status, ok] {
            finish(status, !ok);
            if (ok)
                Q_EMIT imported();
        }, Qt::QueuedConnection);
    }, false);
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

QString ExchangeController::suggestedFileName(const QString &title, const QString &format) const
{
    const QString name = safeFileName(title);
    return (name.isEmpty() ? tr("conversation") : name) + u'.' + format;
}

} // namespace Inkwell
