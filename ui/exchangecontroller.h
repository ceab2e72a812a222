// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importpreview.h"

#include <QObject>
#include <QSqlDatabase>
#include <QThread>
#include <QUrl>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <atomic>
#include <functional>
#include <memory>

namespace Inkwell {

// Export and import for the window. Work runs on a thread of its own with its
// own database connection, so a 100-conversation PDF export never freezes the
// window; progress and Cancel reach it through an atomic flag.
class ExchangeController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("App.exchange")
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)
    Q_PROPERTY(QString status READ status NOTIFY statusChanged)
    Q_PROPERTY(bool failed READ failed NOTIFY statusChanged)
    // Both stop between conversations; a cancelled import keeps nothing.
    Q_PROPERTY(bool cancellable READ cancellable NOTIFY busyChanged)
    // Where the save dialog starts: the folder of the last export (kept in
    // the data folder), else Documents, else home; always one that exists.
    Q_PROPERTY(QString saveFolder READ saveFolder NOTIFY saveFolderChanged)
    // Where the import dialogs start: the folder of the last import, else
    // Downloads, else home.
    Q_PROPERTY(QString openFolder READ openFolder NOTIFY saveFolderChanged)
public:
    // `state`: the window's own connection, for small state (the last folder).
    ExchangeController(QString databasePath, const QSqlDatabase &state, QObject *parent = nullptr);
    ~ExchangeController() override;

    [[nodiscard]] bool busy() const { return m_thread != nullptr; }
    [[nodiscard]] double progress() const { return m_progress; } // 0…1
    [[nodiscard]] QString status() const { return m_status; }
    [[nodiscard]] bool failed() const { return m_failed; }
    [[nodiscard]] bool cancellable() const { return m_thread && m_cancellable; }

    // ids empty: every conversation. target: a file, or a folder for several.
    Q_INVOKABLE void exportConversations(const QVariantList &ids, const QString &format, const QUrl &target,
                                         bool allBranches);
    // A dry run: previewReady says what the files (zips, folders) hold;
    // nothing is written.
    Q_INVOKABLE void previewImport(const QList<QUrl> &files);
    // Imports the files of the last preview.
    Q_INVOKABLE void importPreviewed();
    Q_INVOKABLE void importFiles(const QList<QUrl> &files);
    Q_INVOKABLE void cancel();
    Q_INVOKABLE void clearStatus();
    // The last import's or export's outcome, in the language just chosen.
    void retranslate();
    // "12-Trip ideas.md": what the save dialog proposes.
    Q_INVOKABLE [[nodiscard]] QString suggestedFileName(const QString &title, const QString &format) const;

    [[nodiscard]] QString saveFolder() const;
    [[nodiscard]] QString openFolder() const;
    Q_INVOKABLE void setSaveFolder(const QString &folder);
    // The file a save dialog means: `name` in `folder`, with the format's
    // extension when the name has none of its own (a name typed as
    // "report" is saved as "report.md").
    Q_INVOKABLE [[nodiscard]] QUrl saveTarget(const QString &folder, const QString &name, const QString &format) const;
    Q_INVOKABLE [[nodiscard]] bool exists(const QUrl &file) const;
    Q_INVOKABLE [[nodiscard]] bool isFolder(const QUrl &file) const;
    // Paths for people, URLs for dialogs (QML has no decoding of its own).
    Q_INVOKABLE static QString localPath(const QUrl &url)
    {
        return url.isLocalFile() ? url.toLocalFile() : url.toString();
    }
    Q_INVOKABLE static QUrl fileUrl(const QString &path) { return QUrl::fromLocalFile(path); }
    Q_INVOKABLE static QString folderOf(const QUrl &file);

Q_SIGNALS:
    void busyChanged();
    void progressChanged();
    void statusChanged();
    void previewReady(const Inkwell::ImportPreview &preview);
    void imported();
    void saveFolderChanged();

private:
    // progress(0…1, what to say while busy)
    using Progress = std::function<void(double, const QString &)>;
    using Job = std::function<void(const std::atomic<bool> &cancelled, const Progress &progress)>;
    void start(Job job, bool cancellable);
    void runImport(const QList<QUrl> &files, bool dryRun);
    // The outcome is kept as how to say it, not as text, so that a language
    // switch says it again. An error's own text was made on the worker
    // thread and stays in the language it was made in.
    using Saying = std::function<QString()>;
    void finish(Saying status, bool failed);

    QString m_databasePath;
    QSqlDatabase m_state;
    QList<QUrl> m_previewed;
    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancelled;
    double m_progress = 0;
    QString m_status;
    Saying m_saying; // how m_status was made, once finished
    bool m_failed = false;
    bool m_cancellable = false;
};

} // namespace Inkwell
