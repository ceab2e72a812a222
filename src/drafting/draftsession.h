// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "drafting/draftaction.h"
#include "providers/generationrun.h"
#include "store/draft.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSqlDatabase>

#include <memory>

class QNetworkAccessManager;

namespace Inkwell {

class DraftRepository;

// Runs one model action on a draft: the generated text (a GenerationRun's,
// as for a chat answer) replaces the planned range as it streams, is flushed
// to SQLite every 250 ms (a crash leaves the draft `interrupted` with the
// text so far), and ends as a new version.
// Edits the user made since the last version are saved as a version first,
// so no action can lose them.
class DraftSession : public QObject {
    Q_OBJECT
public:
    DraftSession(QNetworkAccessManager *nam, const QSqlDatabase &db, QObject *parent = nullptr);
    ~DraftSession() override;

    // `settings`: profile, model, key and the parameters (the template's
    // system prompt in params.systemPrompt).
    Error start(qint64 draftId, const DraftAction &action, const GenerationRequest &settings);
    void stop();

    [[nodiscard]] bool isBusy() const { return m_run != nullptr; }
    [[nodiscard]] qint64 draftId() const { return m_draft.id; }
    // The draft's whole text as it stands, streamed part included.
    [[nodiscard]] QString text() const;
    [[nodiscard]] const Error &lastError() const { return m_lastError; }
    [[nodiscard]] Generation *generation() const { return m_run ? &m_run->generation() : nullptr; }

Q_SIGNALS:
    // The whole text changed (an action starts or ends).
    void textChanged(qint64 draftId, const QString &text);
    // Streamed text arrived at `position` of the text (cheap to apply to an
    // editor: no whole-text copy per token).
    void inserted(qint64 draftId, qsizetype position, const QString &piece);
    void busyChanged(bool busy);
    void retrying(int attempt, qint64 delayMs, const QString &reason);
    // How it ended, and the version made, if any.
    void finished(qint64 draftId, Inkwell::Chat::Status status, qint64 versionId);
    void failed(const Inkwell::Error &error);

private:
    void onFinished(Generation::Status status);
    void flush();
    [[nodiscard]] QString generated() const;
    [[nodiscard]] QString finalText() const;

    // As ChatController's: a refused flush waits this long before the next,
    // and a flush waits this long for another program's lock.
    static constexpr int kRetryIntervalMs = 2000;
    static constexpr int kFlushBusyMs = 200;

    QNetworkAccessManager *m_nam;
    QSqlDatabase m_db;
    std::unique_ptr<DraftRepository> m_drafts;
    std::unique_ptr<GenerationRun> m_run;
    Draft m_draft;
    DraftPlan m_plan;
    QString m_prefix;
    QString m_suffix;
    QString m_model;
    Error m_lastError;
    qsizetype m_storedLength = 0; // of the generated text, at the last flush
    QElapsedTimer m_sinceWriteFailed;
};

} // namespace Inkwell
