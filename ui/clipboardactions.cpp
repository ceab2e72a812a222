// SPDX-License-Identifier: GPL-3.0-or-later
#include "clipboardactions.h"

#include "chat/chatcontroller.h"
#include "conversationsession.h"
#include "exchange/documents.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QTextDocument>

namespace Inkwell {

namespace {
bool toClipboard(const QString &text)
{
    if (text.isEmpty())
        return false;
    QGuiApplication::clipboard()->setText(text);
    return true;
}
} // namespace

ClipboardActions::ClipboardActions(ConversationSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
}

bool ClipboardActions::copyLastAnswer()
{
    const MessageListModel *messages = m_session->messages();
    for (int row = messages->rowCount() - 1; row >= 0; --row) {
        const Message m = messages->messageAt(row);
        if (m.role == Chat::Role::Assistant && !m.content.isEmpty())
            return toClipboard(m.content);
    }
    return false;
}

bool ClipboardActions::copyAnswer(qint64 messageId, bool plainText)
{
    const MessageListModel *messages = m_session->messages();
    const int row = messages->rowOf(messageId);
    if (row < 0)
        return false;
    const QString markdown = messages->contentAt(row);
    if (!plainText) {
        QGuiApplication::clipboard()->setText(markdown);
        return true;
    }
    // Qt's own Markdown reader: emphasis and markup go, list marks and code stay readable.
    QTextDocument document;
    document.setMarkdown(markdown);
    QGuiApplication::clipboard()->setText(document.toPlainText());
    return true;
}

bool ClipboardActions::copyMessages(int first, int last)
{
    const MessageListModel *shown = m_session->messages();
    if (first > last)
        std::swap(first, last);
    first = qMax(0, first);
    last = qMin(last, shown->rowCount() - 1);
    if (first > last)
        return false;
    QList<Message> messages;
    for (int row = first; row <= last; ++row)
        messages << shown->messageAt(row);
    return toClipboard(messagesToMarkdown(messages));
}

bool ClipboardActions::copyText(int fromRow, int fromBlock, int fromPos, int toRow, int toBlock, int toPos)
{
    return toClipboard(m_session->messages()->textBetween(fromRow, fromBlock, fromPos, toRow, toBlock, toPos));
}

bool ClipboardActions::copyRequestAsCurl(qint64 answerId)
{
    if (!m_session->chat())
        return false;
    const auto curl = m_session->chat()->requestAsCurl(answerId);
    if (!curl.ok()) {
        m_session->showError(curl.error.message);
        return false;
    }
    return toClipboard(curl.value);
}

} // namespace Inkwell
