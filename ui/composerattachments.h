// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attachments/attachmentfile.h"
#include "rows.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QSqlDatabase>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace Inkwell {

// How a stored or ready file shows: a thumbnail (images) or a card.
AttachmentRow attachmentRow(const Attachment &a);

// The files in the composer before they are sent: chosen in the file
// dialog, dropped, or pasted. Each is read and prepared on a worker thread
// (a 300-page PDF does not stop the window) and shows as a chip at once,
// "reading" until it is ready; one that cannot be attached is removed and
// says why in errorText.
class ComposerAttachments : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("App.session.attachments")
    Q_PROPERTY(QVariantList rows READ rows NOTIFY changed) // [AttachmentRow]
    Q_PROPERTY(int count READ count NOTIFY changed)
    Q_PROPERTY(bool reading READ reading NOTIFY changed)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorChanged)
    // Why the ready files would be refused at Send by this server (a
    // picture for a model that reads text only), or "".
    Q_PROPERTY(QString warningText READ warningText NOTIFY warningChanged)
    // The server reads PDFs sent whole: the chips offer "Send the PDF itself".
    Q_PROPERTY(bool wholePdf READ wholePdf NOTIFY changed)
public:
    explicit ComposerAttachments(QObject *parent = nullptr);
    ~ComposerAttachments() override;

    [[nodiscard]] QVariantList rows() const { return m_rows; }
    [[nodiscard]] int count() const { return int(m_items.size()); }
    [[nodiscard]] bool reading() const;
    [[nodiscard]] QString errorText() const { return m_error; }
    [[nodiscard]] QString warningText() const { return m_warning; }
    void setWarning(const QString &text);
    [[nodiscard]] bool wholePdf() const { return m_limits.wholePdf; }

    Q_INVOKABLE void addUrls(const QList<QUrl> &urls);
    // The clipboard's image, if it holds one and no text: true when taken.
    Q_INVOKABLE bool pasteImage();
    Q_INVOKABLE void remove(int row);
    // A PDF goes as the file itself (the server reads its pages, pictures
    // and all) or as its text.
    Q_INVOKABLE void setWhole(int row, bool whole);
    // The ready file of this sha256, out of the list (a draft took it).
    void take(const QString &sha256);
    // Files belong to the conversation they were attached in: another one
    // shown puts them aside, and they come back with it (0: a new chat).
    void switchTo(qint64 conversationId);
    // The new chat they were attached in has become this conversation.
    void setOwner(qint64 conversationId);
    Q_INVOKABLE void clear();
    // A ready file's text and bytes, for the viewer before it is sent (the
    // same calls as ConversationSession's for stored files).
    Q_INVOKABLE [[nodiscard]] QString attachmentText(const QString &sha256) const;
    Q_INVOKABLE bool saveAttachment(const QString &sha256, const QUrl &to);
    Q_INVOKABLE void dismissError();

    // What send() takes: every ready file, in the order added.
    [[nodiscard]] QList<Attachment> ready() const;
    void setLimits(const AttachmentLimits &limits);
    // Keep the files in this database as the composer's text is kept, per
    // conversation, so that a restart loses none (workers store each file
    // through their own connection; the list is kept on the GUI thread).
    // The files kept for the conversation shown come back at once.
    void setStore(const QSqlDatabase &db);

Q_SIGNALS:
    void changed();
    void errorChanged();
    void warningChanged();
    // A file has been read and is ready (it stays in the list until taken).
    void fileReady(const Inkwell::Attachment &attachment);

private:
    struct Item {
        int id = 0;
        QString name;
        bool reading = true;
        Attachment attachment;
    };
    void start(const QString &name, std::function<Result<Attachment>()> work);
    void finished(int id, const Result<Attachment> &result);
    void publish();
    void showError(const QString &text);
    [[nodiscard]] const Attachment *readyFile(const QString &sha256) const;
    // The kept list of `owner`'s files made `items`' ready ones; the kept
    // files of a conversation never shown in this run, read back.
    void keep(qint64 owner, const QList<Item> &items);
    [[nodiscard]] QList<Item> restore(qint64 owner);

    QVariantList m_rows;
    QList<Item> m_items;
    qint64 m_owner = 0;
    QHash<qint64, QList<Item>> m_aside; // other conversations' files
    QStringList m_errors;
    QString m_error;
    QString m_warning;
    AttachmentLimits m_limits;
    QSqlDatabase m_db; // invalid: nothing is kept (a draft's sources)
    QSet<qint64> m_restored; // owners whose kept files were read back
    int m_nextId = 1;
    int m_pasted = 0;
};

} // namespace Inkwell
