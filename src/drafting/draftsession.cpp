// SPDX-License-Identifier: GPL-3.0-or-later
#include "draftsession.h"

#include "core/logging.h"
#include "providers/capabilities.h"
#include "providers/presets.h"
#include "store/attachmentrepository.h"
#include "store/draftrepository.h"
#include "store/sqlhelpers.h"

#include <QRegularExpression>

namespace Inkwell {

namespace {

// Models asked for "the text only" still wrap it in a fence now and then.
QString unwrapFence(const QString &text)
{
    static const QRegularExpression fenced(QStringLiteral("^```[A-Za-z]*\\n([\\s\\S]*)\\n```$"));
    const QRegularExpressionMatch m = fenced.match(text);
    return m.hasMatch() ? m.captured(1) : text;
}

} // namespace

DraftSession::DraftSession(QNetworkAccessManager *nam, const QSqlDatabase &db, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_db(db)
    , m_drafts(std::make_unique<DraftRepository>(db))
{
}

DraftSession::~DraftSession()
{
    if (m_run) {
        m_run->disconnect(this);
        m_run->stop();
        // The process goes on (window closed): keep what came, as stopped.
        const QString text = finalText();
        if (const Error e = m_drafts->endStreaming(m_draft.id, text, Chat::Status::Stopped, {}); e.isError())
            qCWarning(lcStore).noquote()
                << QStringLiteral("a draft's text (%1 characters) was not saved: %2").arg(text.size()).arg(e.message);
    }
}

QString DraftSession::generated() const
{
    return m_run ? m_run->text(0)->content : QString();
}

QString DraftSession::text() const
{
    if (!m_run)
        return m_draft.content;
    return m_prefix + m_plan.before + generated() + m_plan.after + m_suffix;
}

QString DraftSession::finalText() const
{
    QString generated = this->generated();
    if (m_plan.trim)
        generated = unwrapFence(generated.trimmed());
    return m_prefix + m_plan.before + generated + m_plan.after + m_suffix;
}

Error DraftSession::start(qint64 draftId, const DraftAction &action, const GenerationRequest &settings)
{
    if (m_run)
        return Error::make(Error::Kind::Usage, tr("The model is still writing; stop it first."));
    auto draft = m_drafts->get(draftId);
    if (!draft.ok())
        return draft.error;
    auto plan = planDraftAction(action, draft.value.content, draft.value.brief);
    if (!plan.ok())
        return plan.error;
    GenerationRequest request = settings;
    request.mode = plan.value.completion ? GenerationRequest::Mode::Completion : GenerationRequest::Mode::Chat;
    if (request.mode == GenerationRequest::Mode::Completion && !supportsCompletion(request.profile))
        return Error::make(
            Error::Kind::Usage,
            tr("This template uses text completion, which %1 does not offer; change the template's mode to chat.")
                .arg(Preset::of(request.profile).name));
    QStringList system;
    if (!request.params.systemPrompt.trimmed().isEmpty())
        system << request.params.systemPrompt.trimmed();
    if (!plan.value.system.isEmpty())
        system << plan.value.system;
    request.params.systemPrompt = system.join(QStringLiteral("\n\n"));
    request.params.n.reset(); // one text goes into a draft
    // The draft's sources go with every action: the article is written from them.
    auto sources = AttachmentRepository(m_db).forDraft(draftId, /*withData=*/true);
    if (!sources.ok())
        return sources.error;
    request.messages = {ChatMessage(QStringLiteral("user"), plan.value.prompt, sources.value)};
    request.prompt = plan.value.completion ? withDocumentText(plan.value.prompt, sources.value) : plan.value.prompt;
    auto run = GenerationRun::create(m_nam, request);
    if (!run.ok())
        return run.error;

    // The user's own edits since the last version become a version first.
    const QString content = draft.value.content;
    if (!content.isEmpty()) {
        auto versions = m_drafts->versions(draftId);
        if (!versions.ok())
            return versions.error; // unknown whether the edits are kept: replace nothing
        if (versions.value.isEmpty() || versions.value.first().content != content)
            if (auto kept = m_drafts->addVersion({0, draftId, content, QStringLiteral("edit"), {}, {}, 0}); !kept.ok())
                return kept.error; // the user's edits must not be overwritten without a version
    }
    if (Error e = m_drafts->beginStreaming(draftId); e.isError())
        return e;

    m_draft = draft.value;
    m_plan = plan.value;
    m_prefix = content.left(m_plan.start);
    m_suffix = content.mid(m_plan.end);
    m_model = request.effectiveModel();
    m_lastError = {};
    m_storedLength = 0;
    m_sinceWriteFailed.invalidate();
    m_run = std::move(run.value);
    connect(m_run.get(), &GenerationRun::grew, this, [this](int, const QString &piece, const QString &) {
        if (piece.isEmpty())
            return;
        const QString &generated = m_run->text(0)->content;
        const qsizetype at = m_prefix.size() + m_plan.before.size() + generated.size() - piece.size();
        Q_EMIT inserted(m_draft.id, at, piece);
    });
    connect(&m_run->generation(), &Generation::modelReported, this, [this](const QString &model) { m_model = model; });
    connect(&m_run->generation(), &Generation::retrying, this, &DraftSession::retrying);
    connect(m_run.get(), &GenerationRun::flushDue, this, &DraftSession::flush);
    connect(m_run.get(), &GenerationRun::finished, this, &DraftSession::onFinished);
    Q_EMIT busyChanged(true);
    Q_EMIT textChanged(m_draft.id, text());
    m_run->start();
    return {};
}

void DraftSession::stop()
{
    if (m_run)
        m_run->stop();
}

void DraftSession::flush()
{
    if (!m_run)
        return;
    // Only the draft's text is stored: a model thinking aloud changes nothing here.
    const qsizetype length = m_run->text(0)->content.size();
    if (length == m_storedLength) {
        m_run->markStored(0);
        return;
    }
    // After a refusal (another program's lock, a full disk) the text waits
    // in memory a while rather than ask four times a second; the end writes all.
    if (m_sinceWriteFailed.isValid() && !m_sinceWriteFailed.hasExpired(kRetryIntervalMs))
        return;
    const Sql::BusyTimeout brief(m_db, kFlushBusyMs);
    if (Error e = m_drafts->writeStreaming(m_draft.id, text()); e.isError()) {
        qCWarning(lcStore).noquote() << e.message;
        m_sinceWriteFailed.start();
        return;
    }
    m_sinceWriteFailed.invalidate();
    m_storedLength = length;
    m_run->markStored(0);
}

void DraftSession::onFinished(Generation::Status status)
{
    // Nothing came: the draft stays as it was (the range is not emptied).
    const QString generated = this->generated();
    const QString final = generated.isEmpty() ? m_draft.content : finalText();
    std::unique_ptr<GenerationRun> run = std::move(m_run);
    m_lastError = run->generation().error();
    if (Error e = m_drafts->endStreaming(m_draft.id, final, status, m_lastError.message); e.isError())
        m_lastError = e;
    qint64 versionId = 0;
    if (!generated.isEmpty()) {
        DraftVersion v {0, m_draft.id, final, m_plan.source, m_plan.note, m_model, 0};
        if (status != Generation::Status::Complete)
            v.note = (v.note.isEmpty() ? QString() : v.note + QStringLiteral(" — ")) + statusText(status);
        auto added = m_drafts->addVersion(v);
        versionId = added.ok() ? added.value : 0;
    }
    m_draft.content = final;
    m_draft.status = status;
    run.release()->deleteLater(); // we may be inside its signal
    Q_EMIT textChanged(m_draft.id, final);
    Q_EMIT busyChanged(false);
    Q_EMIT finished(m_draft.id, status, versionId);
    if (m_lastError.isError())
        Q_EMIT failed(m_lastError);
}

} // namespace Inkwell
