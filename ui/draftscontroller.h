// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "blocklistmodel.h"
#include "composerattachments.h"
#include "draftlistmodel.h"
#include "draftversionlistmodel.h"
#include "providers/generationrequest.h"
#include "store/draft.h"

#include <QObject>
#include <QSqlDatabase>
#include <QTimer>
#include <QUrl>
#include <QVariant>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace Inkwell {

class DraftRepository;
class DraftSession;
class TemplateFormFiles;
struct DraftAction;
struct Error;

// The drafting studio's editor and the drafts in the sidebar: App.drafts.
// The editor shows `text`; while the model writes, `inserted` carries each
// piece so the editor never copies the whole text per token.
class DraftsController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by App")
    Q_PROPERTY(Inkwell::DraftListModel *model READ model CONSTANT)
    Q_PROPERTY(Inkwell::BlockListModel *preview READ preview CONSTANT)
    Q_PROPERTY(qint64 currentId READ currentId NOTIFY currentChanged)
    Q_PROPERTY(QString title READ title NOTIFY currentChanged)
    Q_PROPERTY(QString templateName READ templateName NOTIFY currentChanged)
    Q_PROPERTY(bool canRegenerate READ canRegenerate NOTIFY currentChanged)
    Q_PROPERTY(Inkwell::Chat::Status status READ status NOTIFY statusChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY statusChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorChanged)
    Q_PROPERTY(QString retryText READ retryText NOTIFY retryTextChanged)
    Q_PROPERTY(int words READ words NOTIFY statsChanged)
    Q_PROPERTY(int characters READ characters NOTIFY statsChanged)
    Q_PROPERTY(int targetWords READ targetWords NOTIFY currentChanged)
    Q_PROPERTY(QStringList sections READ sections NOTIFY statsChanged)
    // The open draft's versions, newest first; `change` what the text changed
    // against the one compareWith() was last given.
    Q_PROPERTY(Inkwell::DraftVersionListModel *versions READ versions CONSTANT)
    // The files the article is written from: stored with the draft, sent with
    // every action; `sourceReader` holds the ones still being read.
    Q_PROPERTY(QVariantList sources READ sources NOTIFY sourcesChanged)
    Q_PROPERTY(Inkwell::ComposerAttachments *sourceReader READ sourceReader CONSTANT)
    Q_PROPERTY(Inkwell::VersionDiffModel *change READ change CONSTANT)
public:
    using SettingsSource = std::function<GenerationRequest()>;

    DraftsController(QNetworkAccessManager *nam, const QSqlDatabase &db, QObject *parent = nullptr);
    ~DraftsController() override;

    // Profile, model and key of the window (the draft brings its own parameters).
    void setSettingsSource(SettingsSource source) { m_settings = std::move(source); }
    void setLanguage(const QString &language) { m_language = language; }
    // The files the template form has read for its `file` variables.
    void setTemplateFiles(TemplateFormFiles *files) { m_templateFiles = files; }

    DraftListModel *model() { return &m_list; }
    BlockListModel *preview() { return &m_preview; }
    [[nodiscard]] qint64 currentId() const { return m_draft.id; }
    [[nodiscard]] QString title() const { return m_draft.title; }
    [[nodiscard]] QString templateName() const { return m_draft.templateName; }
    [[nodiscard]] bool canRegenerate() const { return !m_draft.brief.isEmpty(); }
    [[nodiscard]] Chat::Status status() const { return m_draft.status; }
    [[nodiscard]] bool busy() const;
    [[nodiscard]] QString errorText() const { return m_errorText; }
    [[nodiscard]] QString retryText() const { return m_retryText; }
    [[nodiscard]] int words() const { return m_words; }
    [[nodiscard]] int characters() const { return m_characters; }
    [[nodiscard]] int targetWords() const { return m_draft.targetWords; }
    [[nodiscard]] QStringList sections() const { return m_sections; }
    DraftVersionListModel *versions() { return &m_versions; }
    VersionDiffModel *change() { return &m_change; }

    Q_INVOKABLE [[nodiscard]] QString text() const { return m_text; }
    // A new draft from a template's form, and the model starts writing it;
    // the files of its `file` variables become the draft's sources.
    // 0 when it could not start (errorText says why).
    Q_INVOKABLE qint64 createFromTemplate(const QString &key, const QVariantMap &values);
    Q_INVOKABLE qint64 createBlank();
    Q_INVOKABLE void open(qint64 id);
    Q_INVOKABLE void close();
    Q_INVOKABLE void remove(qint64 id);

    // The user's typing: kept in memory at once, saved shortly after.
    [[nodiscard]] QVariantList sources() const { return m_sources; }
    [[nodiscard]] ComposerAttachments *sourceReader() { return &m_sourceReader; }
    Q_INVOKABLE void addSources(const QList<QUrl> &files);
    Q_INVOKABLE void removeSource(const QString &sha256);
    // A source's text and bytes for the viewer (AttachmentViewer.files);
    // what goes wrong is said in the draft's own error line.
    Q_INVOKABLE QString attachmentText(const QString &sha256);
    Q_INVOKABLE bool saveAttachment(const QString &sha256, const QUrl &to);
    Q_INVOKABLE void setText(const QString &text);
    Q_INVOKABLE void rename(const QString &title);
    Q_INVOKABLE void setTargetWords(int words);
    // Ctrl+S: a version of the text as it is; versionSaved says which (or
    // that the text is the newest version's already).
    Q_INVOKABLE void saveVersion();

    Q_INVOKABLE void regenerate();
    Q_INVOKABLE void continueText(const QString &direction);
    Q_INVOKABLE void rewrite(int start, int end, const QString &instruction);
    Q_INVOKABLE void shorten(int start, int end);
    Q_INVOKABLE void expand(int start, int end);
    Q_INVOKABLE void changeTone(const QString &tone, int start, int end);
    Q_INVOKABLE void makeOutline();
    Q_INVOKABLE void writeSection(int index);
    Q_INVOKABLE void stop();
    Q_INVOKABLE void dismissError();

    // `change` becomes what the current text changed against the version.
    Q_INVOKABLE void compareWith(qint64 versionId);
    Q_INVOKABLE void restore(qint64 versionId);

    Q_INVOKABLE [[nodiscard]] QStringList exportFormats() const;
    Q_INVOKABLE [[nodiscard]] QString suggestedFileName(const QString &format) const;
    Q_INVOKABLE bool exportTo(const QUrl &file, const QString &format);

Q_SIGNALS:
    void sourcesChanged();
    void currentChanged();
    // The editor must take text() as a whole (opened, restored, an action ended).
    void textReset();
    void inserted(int position, const QString &piece);
    void statusChanged();
    void errorChanged();
    void retryTextChanged();
    void statsChanged();
    // number: the version the text is now (1 is the oldest); added: false when
    // it was that version already and nothing was added.
    void versionSaved(int number, bool added);

private:
    void loadSources();
    void run(const DraftAction &action);
    void saveNow();
    void refreshStats();
    void loadVersions();
    void setError(const QString &text);
    void setRetryText(const QString &text);
    void resetText(const QString &text);

    QSqlDatabase m_db;
    std::unique_ptr<DraftRepository> m_drafts;
    std::unique_ptr<DraftSession> m_session;
    DraftListModel m_list;
    BlockListModel m_preview;
    SettingsSource m_settings;
    TemplateFormFiles *m_templateFiles = nullptr;
    QString m_language = QStringLiteral("en");
    Draft m_draft;
    QString m_text;
    bool m_unsaved = false;
    bool m_previewStale = false;
    QString m_errorText;
    QString m_retryText;
    int m_words = 0;
    int m_characters = 0;
    QStringList m_sections;
    DraftVersionListModel m_versions;
    VersionDiffModel m_change;
    QTimer m_saveTimer;
    QTimer m_statsTimer;
    ComposerAttachments m_sourceReader;
    QVariantList m_sources;
};

} // namespace Inkwell
