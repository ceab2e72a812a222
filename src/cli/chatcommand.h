// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/generationrequest.h"

#include <QObject>
#include <QSqlDatabase>

#include <memory>

class QNetworkAccessManager;
class QSaveFile;

namespace Inkwell {
class ChatController;
}

namespace Inkwell::Cli {

// `inkwell-cli chat`: one exchange, streamed to stdout as it arrives.
class ChatCommand : public QObject {
    Q_OBJECT
public:
    struct Options {
        GenerationRequest request;
        QString prompt;
        QList<Attachment> attachments; // --attach, read and prepared
        bool json = false;
        bool save = false;
        bool showReasoning = false; // reasoning streams to stderr
        // The answer goes to this file instead of stdout (written as it
        // arrives, replaced atomically at the end, kept when cut short).
        QString outPath;
    };

    // db is invalid when not saving: the exchange then lives in memory only.
    ChatCommand(Options options, const QSqlDatabase &db, QObject *parent = nullptr);
    ~ChatCommand() override;

    // Runs one exchange to its end (Ctrl+C stops it); the exit code.
    static int run(Options options, const QSqlDatabase &db);

    // Starts; done(exitCode) follows once.
    void start();
    // Ctrl+C: stop at once, keep what came.
    void interrupt();

Q_SIGNALS:
    void done(int exitCode);

private:
    void onDelta(qint64 messageId, int choice, const QString &content, const QString &reasoning);
    void onBusyChanged(bool busy);
    void printJson();
    void write(const QByteArray &bytes);

    Options m_options;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<ChatController> m_chat;
    bool m_interrupted = false;
    bool m_endsWithNewline = true;
    qint64 m_conversationId = 0;
    std::unique_ptr<QSaveFile> m_out;
};

} // namespace Inkwell::Cli
