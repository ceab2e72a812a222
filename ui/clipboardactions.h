// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace Inkwell {

class ConversationSession;

// What the window copies from the conversation shown: answers as Markdown
// or plain text, a run of messages, a mouse selection, a request as curl.
class ClipboardActions : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("App.clipboard")
public:
    explicit ClipboardActions(ConversationSession *session, QObject *parent = nullptr);

    // The last answer of the shown branch, as Markdown.
    Q_INVOKABLE bool copyLastAnswer();
    // A shown message, as Markdown or as plain text.
    Q_INVOKABLE bool copyAnswer(qint64 messageId, bool plainText);
    // Rows first..last of the branch shown, as the Markdown export writes them.
    Q_INVOKABLE bool copyMessages(int first, int last);
    // Text selected with the mouse across messages, as plain text; see
    // MessageListModel::textBetween for the points.
    Q_INVOKABLE bool copyText(int fromRow, int fromBlock, int fromPos, int toRow, int toBlock, int toPos);
    // The request that made this answer, as a curl command (no key in it).
    Q_INVOKABLE bool copyRequestAsCurl(qint64 answerId);

private:
    ConversationSession *m_session;
};

} // namespace Inkwell
