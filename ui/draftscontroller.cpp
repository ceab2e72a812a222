// SPDX-License-Identifier: GPL-3.0-or-later
#include "draftscontroller.h"

#include "drafting/draftaction.h"
#include "drafting/draftsession.h"
#include "drafting/outline.h"
#include "drafting/templatefiles.h"
#include "drafting/templatelibrary.h"
#include "drafting/templateparams.h"
#include "drafting/textdiff.h"
#include "drafting/textstats.h"
#include "exchange/exporter.h"
#include "providers/retrypolicy.h"
#include "store/attachmentrepository.h"
#include "store/draftrepository.h"
#include "templateformfiles.h"
#include "templates/templaterenderer.h"
#include "templatescontroller.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>

#include <tuple>

namespace Inkwell {

namespace {

QString sourceLabel(const QString &source)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("generate"), QT_TRANSLATE_NOOP("DraftsController", "Generated")},
        {QStringLiteral("continue"), QT_TRANSLATE_NOOP("DraftsController", "Continued")},
        {QStringLiteral("rewrite"), QT_TRANSLATE_NOOP("DraftsController", "Rewritten")},
        {QStringLiteral("shorten"), QT_TRANSLATE_NOOP("DraftsController", "Shortened")},
        {QStringLiteral("expand"), QT_TRANSLATE_NOOP("DraftsController", "Expanded")},
        {QStringLiteral("tone"), QT_TRANSLATE_NOOP("DraftsController", "Tone changed")},
        {QStringLiteral("outline"), QT_TRANSLATE_NOOP("DraftsController", "Outline")},
        {QStringLiteral("section"), QT_TRANSLATE_NOOP("DraftsController", "Section written")},
        {QStringLiteral("save"), QT_TRANSLATE_NOOP("DraftsController", "Saved")},
        {QStringLiteral("edit"), QT_TRANSLATE_NOOP("DraftsController", "Your edits")},
        {QStringLiteral("restore"), QT_TRANSLATE_NOOP("DraftsController", "Restored")},
    };
    const char *label = labels.value(source);
    return label ? QCoreApplication::translate("DraftsController", label) : source;
}

} // namespace

DraftsController::DraftsController(QNetworkAccessManager *nam, const QSqlDatabase &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_drafts(std::make_unique<DraftRepository>(db))
    , m_session(std::make_unique<DraftSession>(nam, db))
{
    if (const auto recovered = m_drafts->recoverInterrupted(); !recovered.ok())
        m_errorText = recovered.error.message;
    m_list.setDatabase(db);
    m_list.reload();
    // A source read from disk is stored with the open draft at once.
    connect(&m_sourceReader, &ComposerAttachments::fileReady, this, [this](const Attachment &a) {
        if (m_draft.id <= 0)
            return;
        if (const Error e = AttachmentRepository(m_db).addToDraft(m_draft.id, a); e.isError())
            setError(e.message);
        m_sourceReader.take(a.sha256);
        loadSources();
    });
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(600);
    connect(&m_saveTimer, &QTimer::timeout, this, &DraftsController::saveNow);
    // Counting and outlining walk the whole text: a few times a second at most.
    m_statsTimer.setSingleShot(true);
    m_statsTimer.setInterval(200);
    connect(&m_statsTimer, &QTimer::timeout, this, &DraftsController::refreshStats);

    connect(m_session.get(), &DraftSession::inserted, this, [this](qint64 id, qsizetype at, const QString &piece) {
        if (id != m_draft.id)
            return;
        setRetryText({});
        const bool atEnd = at == m_text.size();
        m_text.insert(at, piece);
        Q_EMIT inserted(int(at), piece);
        // At the end the preview's stream re-parses only its open tail; in
        // the middle (a rewrite) it is parsed again with the counts, not per token.
        if (atEnd)
            m_preview.grow(m_text);
        else
            m_previewStale = true;
        if (!m_statsTimer.isActive())
            m_statsTimer.start();
    });
    connect(m_session.get(), &DraftSession::textChanged, this, [this](qint64 id, const QString &text) {
        if (id == m_draft.id)
            resetText(text);
    });
    connect(m_session.get(), &DraftSession::busyChanged, this, [this](bool busy) {
        m_draft.status = busy ? Chat::Status::Streaming : m_draft.status;
        setRetryText({});
        Q_EMIT statusChanged();
        if (busy)
            m_list.reload(); // its row marks it as being written
    });
    connect(m_session.get(), &DraftSession::finished, this, [this](qint64 id, Chat::Status status, qint64) {
        if (id != m_draft.id)
            return;
        m_draft.status = status;
        Q_EMIT statusChanged();
        loadVersions();
        m_list.reload();
    });
    connect(m_session.get(), &DraftSession::failed, this, [this](const Error &e) { setError(e.message); });
    connect(m_session.get(), &DraftSession::retrying, this, [this](int attempt, qint64 delayMs, const QString &reason) {
        setRetryText(tr("%1\nTrying again in %2 s (%3 of %4)…")
                         .arg(reason)
                         .arg(qMax<qint64>(1, (delayMs + 999) / 1000))
                         .arg(attempt)
                         .arg(RetryPolicy::kMaxRetries));
    });
}

DraftsController::~DraftsController()
{
    saveNow();
}

bool DraftsController::busy() const
{
    return m_session->isBusy();
}

void DraftsController::setError(const QString &text)
{
    m_errorText = text;
    Q_EMIT errorChanged();
}

void DraftsController::dismissError()
{
    setError({});
}

void DraftsController::setRetryText(const QString &text)
{
    if (m_retryText == text)
        return;
    m_retryText = text;
    Q_EMIT retryTextChanged();
}

void DraftsController::resetText(const QString &text)
{
    m_text = text;
    m_previewStale = false;
    m_preview.setText(text);
    Q_EMIT textReset();
    refreshStats();
}

void DraftsController::refreshStats()
{
    if (m_previewStale) {
        m_previewStale = false;
        m_preview.setText(m_text);
    }
    const TextStats stats = TextStats::of(m_text);
    m_words = stats.words;
    m_characters = stats.characters;
    m_sections.clear();
    for (const OutlineSection &s : Outline::sections(m_text))
        m_sections << s.title;
    Q_EMIT statsChanged();
}

void DraftsController::loadVersions()
{
    QList<DraftVersionListModel::Row> rows;
    if (m_draft.id) {
        const QList<DraftVersion> list = m_drafts->versions(m_draft.id).value; // newest first
        for (const DraftVersion &v : list) {
            const QDateTime when = QDateTime::fromMSecsSinceEpoch(v.createdAt);
            rows << DraftVersionListModel::Row {v.id,
                                                int(list.size() - rows.size()),
                                                sourceLabel(v.source),
                                                v.note,
                                                v.model,
                                                QLocale().toString(when, QLocale::ShortFormat),
                                                TextStats::of(v.content).words};
        }
    }
    m_versions.setRows(rows);
}

void DraftsController::saveNow()
{
    m_saveTimer.stop();
    if (!m_unsaved || !m_draft.id || busy())
        return;
    m_unsaved = false;
    if (const Error e = m_drafts->setContent(m_draft.id, m_text); e.isError())
        setError(e.message);
}

qint64 DraftsController::createFromTemplate(const QString &key, const QVariantMap &values)
{
    TemplateLibrary library(m_db);
    auto found = library.find(key);
    if (!found.ok()) {
        setError(found.error.message);
        return 0;
    }
    const Template &t = found.value;
    QHash<QString, QString> given = formValues(values);
    RenderContext context;
    context.language = m_language;
    context.selection = given.take(QStringLiteral("selection"));
    const auto rendered = TemplateRenderer::render(t, given, context);
    if (!rendered.ok()) {
        setError(rendered.problems.first().message);
        return 0;
    }
    // The files of `file` variables, as the form read them (read here if it
    // did not): they become the draft's sources (drafting/templatefiles.h).
    GenerationRequest settings = m_settings ? m_settings() : GenerationRequest {};
    settings.mode
        = t.mode == Template::Mode::Completion ? GenerationRequest::Mode::Completion : GenerationRequest::Mode::Chat;
    const TemplateFiles files = readTemplateFiles(
        t, given, limitsFor(settings.profile), [this](const QString &variable, const QString &path) {
            return m_templateFiles ? m_templateFiles->ready(variable, path) : std::nullopt;
        });
    if (!files.ok()) {
        setError(files.problems.first().message);
        return 0;
    }
    // A picture for a model that reads text only: refused in the words chat
    // uses, before a draft is made (the same check runs when the action starts).
    settings.messages = {ChatMessage(QStringLiteral("user"), rendered.prompt, files.files)};
    if (const Error e = checkAttachments(settings); e.isError()) {
        setError(e.message);
        return 0;
    }
    Draft d;
    d.title = t.name;
    // "Article on a topic: 人工智能" — the first thing typed names the draft.
    // Else the first file's name ("Summary: report.pdf").
    QString named;
    for (const TemplateVariable &v : t.variables) {
        const QString value = given.value(v.name).trimmed();
        if ((v.type == TemplateVariable::Type::Text || v.type == TemplateVariable::Type::MultiLine)
            && !value.isEmpty()) {
            named = value.section(u'\n', 0, 0).left(60);
            break;
        }
        if (v.type == TemplateVariable::Type::File && named.isEmpty() && !value.isEmpty())
            named = QFileInfo(value).fileName().left(60);
    }
    if (!named.isEmpty())
        d.title += QStringLiteral(": ") + named;
    d.templateKey = t.key;
    d.templateName = t.name;
    d.brief = rendered.prompt;
    d.params = templateParams(t, rendered.systemPrompt).toJsonString();
    d.targetWords = templateTargetWords(t, given); // {{length}} is what the counts aim at
    auto id = m_drafts->create(d);
    if (!id.ok()) {
        setError(id.error.message);
        return 0;
    }
    for (const Attachment &a : files.files)
        if (const Error e = AttachmentRepository(m_db).addToDraft(id.value, a); e.isError()) {
            setError(e.message);
            // Not a draft without its files; the error above is the one to show.
            std::ignore = m_drafts->remove(id.value);
            return 0;
        }
    if (m_templateFiles)
        m_templateFiles->clear();
    open(id.value);
    DraftAction generate;
    generate.completion = t.mode == Template::Mode::Completion;
    run(generate);
    m_list.reload();
    return id.value;
}

qint64 DraftsController::createBlank()
{
    Draft d;
    d.title = tr("Untitled draft");
    auto id = m_drafts->create(d);
    if (!id.ok()) {
        setError(id.error.message);
        return 0;
    }
    m_list.reload();
    open(id.value);
    return id.value;
}

void DraftsController::open(qint64 id)
{
    if (busy())
        m_session->stop();
    saveNow();
    auto d = m_drafts->get(id);
    if (!d.ok()) {
        setError(d.error.message);
        return;
    }
    m_draft = d.value;
    m_unsaved = false;
    setError(m_draft.status == Chat::Status::Interrupted || m_draft.status == Chat::Status::Error ? m_draft.error
                                                                                                  : QString());
    Q_EMIT currentChanged();
    Q_EMIT statusChanged();
    resetText(m_draft.content);
    loadVersions();
    m_sourceReader.clear();
    loadSources();
}

void DraftsController::addSources(const QList<QUrl> &files)
{
    if (m_draft.id <= 0)
        return;
    // Scaled for the server the draft's actions go to, as the chat's files are.
    if (m_settings)
        m_sourceReader.setLimits(limitsFor(m_settings().profile));
    m_sourceReader.addUrls(files);
}

void DraftsController::removeSource(const QString &sha256)
{
    if (const Error e = AttachmentRepository(m_db).removeFromDraft(m_draft.id, sha256); e.isError())
        setError(e.message);
    loadSources();
}

QString DraftsController::attachmentText(const QString &sha256)
{
    const auto text = AttachmentRepository(m_db).text(sha256);
    if (!text.ok())
        setError(text.error.message);
    return text.value;
}

bool DraftsController::saveAttachment(const QString &sha256, const QUrl &to)
{
    const auto data = AttachmentRepository(m_db).data(sha256);
    const Error e = data.ok() ? saveAttachmentAs(data.value, to.toLocalFile()) : data.error;
    if (e.isError())
        setError(e.message);
    return !e.isError();
}

void DraftsController::loadSources()
{
    QVariantList rows;
    if (m_draft.id > 0) {
        const auto files = AttachmentRepository(m_db).forDraft(m_draft.id, /*withData=*/false);
        if (!files.ok())
            setError(files.error.message);
        for (const Attachment &a : files.value)
            rows << QVariant::fromValue(attachmentRow(a));
    }
    m_sources = rows;
    Q_EMIT sourcesChanged();
}

void DraftsController::close()
{
    if (busy())
        m_session->stop();
    saveNow();
    m_draft = {};
    resetText({});
    loadVersions();
    m_sourceReader.clear();
    loadSources();
    Q_EMIT currentChanged();
    Q_EMIT statusChanged();
}

void DraftsController::remove(qint64 id)
{
    const bool wasOpen = id == m_draft.id;
    if (wasOpen)
        close();
    if (const Error e = m_drafts->remove(id); e.isError())
        setError(e.message);
    m_list.reload();
    // The editor never stays open on nothing: what was typed there would go
    // nowhere. The newest draft left takes its place (none: the page goes).
    if (wasOpen && m_list.rowCount() > 0)
        open(m_list.data(m_list.index(0), DraftListModel::IdRole).toLongLong());
}

void DraftsController::setText(const QString &text)
{
    if (busy() || !m_draft.id || text == m_text)
        return;
    m_text = text;
    m_unsaved = true;
    m_saveTimer.start();
    m_previewStale = true; // rendered when typing pauses, with the counts
    m_statsTimer.start();
}

void DraftsController::rename(const QString &title)
{
    const QString t = title.trimmed();
    if (!m_draft.id || t.isEmpty() || t == m_draft.title)
        return;
    if (const Error e = m_drafts->rename(m_draft.id, t); e.isError()) {
        setError(e.message);
        return;
    }
    m_draft.title = t;
    Q_EMIT currentChanged();
    m_list.reload();
}

void DraftsController::setTargetWords(int words)
{
    if (!m_draft.id || words == m_draft.targetWords)
        return;
    if (const Error e = m_drafts->setTargetWords(m_draft.id, words); e.isError()) {
        setError(e.message);
        return;
    }
    m_draft.targetWords = qMax(0, words);
    Q_EMIT currentChanged();
}

void DraftsController::saveVersion()
{
    if (!m_draft.id || busy())
        return;
    saveNow();
    const auto versions = m_drafts->versions(m_draft.id);
    const int count = versions.ok() ? int(versions.value.size()) : 0;
    if (count > 0 && versions.value.first().content == m_text) {
        Q_EMIT versionSaved(count, false); // nothing changed since the last version
        return;
    }
    if (const auto added = m_drafts->addVersion({0, m_draft.id, m_text, QStringLiteral("save"), {}, {}, 0});
        !added.ok()) {
        setError(added.error.message);
        return;
    }
    loadVersions();
    Q_EMIT versionSaved(count + 1, true);
}

void DraftsController::run(const DraftAction &action)
{
    if (!m_draft.id || !m_settings)
        return;
    saveNow();
    GenerationRequest request = m_settings();
    if (request.profile.baseUrl.isEmpty()) {
        setError(tr("Choose a server first (Settings → Servers)."));
        return;
    }
    request.params = GenerationParams::fromJsonString(m_drafts->get(m_draft.id).value.params);
    setError({});
    if (const Error e = m_session->start(m_draft.id, action, request); e.isError())
        setError(e.message);
}

void DraftsController::regenerate()
{
    DraftAction a;
    auto t = TemplateLibrary(m_db).find(m_draft.templateKey);
    a.completion = t.ok() && t.value.mode == Template::Mode::Completion;
    run(a);
}

void DraftsController::continueText(const QString &direction)
{
    DraftAction a;
    a.kind = DraftAction::Kind::Continue;
    a.instruction = direction;
    run(a);
}

void DraftsController::rewrite(int start, int end, const QString &instruction)
{
    DraftAction a;
    a.kind = DraftAction::Kind::Rewrite;
    a.instruction = instruction;
    a.start = start;
    a.end = end;
    run(a);
}

void DraftsController::shorten(int start, int end)
{
    DraftAction a;
    a.kind = DraftAction::Kind::Shorten;
    a.start = start;
    a.end = end;
    run(a);
}

void DraftsController::expand(int start, int end)
{
    DraftAction a;
    a.kind = DraftAction::Kind::Expand;
    a.start = start;
    a.end = end;
    run(a);
}

void DraftsController::changeTone(const QString &tone, int start, int end)
{
    DraftAction a;
    a.kind = DraftAction::Kind::Tone;
    a.instruction = tone;
    a.start = start;
    a.end = end;
    run(a);
}

void DraftsController::makeOutline()
{
    DraftAction a;
    a.kind = DraftAction::Kind::Outline;
    run(a);
}

void DraftsController::writeSection(int index)
{
    DraftAction a;
    a.kind = DraftAction::Kind::Section;
    a.section = index;
    run(a);
}

void DraftsController::stop()
{
    m_session->stop();
}

void DraftsController::compareWith(qint64 versionId)
{
    const auto v = m_drafts->version(versionId);
    m_change.setDiff(v.ok() ? TextDiff::lines(v.value.content, m_text) : TextDiff::Result {});
}

void DraftsController::restore(qint64 versionId)
{
    if (!m_draft.id || busy())
        return;
    const auto v = m_drafts->version(versionId);
    if (!v.ok() || v.value.draftId != m_draft.id)
        return;
    saveNow();
    // The text being replaced is kept as a version first: Restore is undoable.
    // If that cannot be written, nothing is replaced.
    const auto versions = m_drafts->versions(m_draft.id);
    if (!versions.ok()) {
        setError(versions.error.message);
        return;
    }
    if (versions.value.isEmpty() || versions.value.first().content != m_text)
        if (const auto kept = m_drafts->addVersion({0, m_draft.id, m_text, QStringLiteral("edit"), {}, {}, 0});
            !kept.ok()) {
            setError(kept.error.message);
            return;
        }
    if (const Error e = m_drafts->setContent(m_draft.id, v.value.content); e.isError()) {
        setError(e.message);
        return;
    }
    const auto noted = m_drafts->addVersion(
        {0,
         m_draft.id,
         v.value.content,
         QStringLiteral("restore"),
         QLocale().toString(QDateTime::fromMSecsSinceEpoch(v.value.createdAt), QLocale::ShortFormat),
         {},
         0});
    if (!noted.ok())
        setError(noted.error.message); // restored; only the list of versions lacks the step
    resetText(v.value.content);
    loadVersions();
}

QStringList DraftsController::exportFormats() const
{
    return draftExportFormats();
}

QString DraftsController::suggestedFileName(const QString &format) const
{
    const QString base = safeFileName(m_draft.title);
    return (base.isEmpty() ? QStringLiteral("draft") : base) + u'.' + format;
}

bool DraftsController::exportTo(const QUrl &file, const QString &format)
{
    if (!m_draft.id)
        return false;
    saveNow();
    Draft d = m_draft;
    d.content = m_text;
    if (const Error e = exportDraft(d, format, file.toLocalFile()); e.isError()) {
        setError(e.message);
        return false;
    }
    return true;
}

} // namespace Inkwell
