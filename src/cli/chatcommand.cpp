// SPDX-License-Identifier: GPL-3.0-or-later
#include "chatcommand.h"

#include "chat/chatcontroller.h"
#include "cli/clicontext.h"
#include "cli/jsonout.h"
#include "cli/sigintwatcher.h"
#include "providers/retrypolicy.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QSaveFile>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <unistd.h>

namespace Inkwell::Cli {

using nlohmann::json;

ChatCommand::ChatCommand(Options options, const QSqlDatabase &db, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_nam(std::make_unique<QNetworkAccessManager>())
{
    m_chat = db.isValid() ? std::make_unique<ChatController>(m_nam.get(), db)
                          : std::make_unique<ChatController>(m_nam.get());
    connect(m_chat.get(), &ChatController::delta, this, &ChatCommand::onDelta);
    connect(m_chat.get(), &ChatController::busyChanged, this, &ChatCommand::onBusyChanged);
    // The store refused the answer while it streams: it goes on (and is
    // tried again); the end says whether it was saved after all.
    connect(m_chat.get(), &ChatController::storageFailed, this, [](const Error &e) { printError(e.message); });
    connect(m_chat.get(), &ChatController::retrying, this, [](int attempt, qint64 delayMs, const QString &reason) {
        printError(QStringLiteral("%1\n  retrying in %2 s (%3 of %4); Ctrl+C stops")
                       .arg(reason)
                       .arg(delayMs / 1000.0, 0, 'f', 1)
                       .arg(attempt)
                       .arg(RetryPolicy::kMaxRetries));
    });
}

ChatCommand::~ChatCommand() = default;

int ChatCommand::run(Options options, const QSqlDatabase &db)
{
    ChatCommand command(std::move(options), db);
    QEventLoop loop;
    int code = ExitCode::Ok;
    QObject::connect(&command, &ChatCommand::done, &loop, [&](int c) {
        code = c;
        loop.quit();
    });
    SigintWatcher sigint;
    QObject::connect(&sigint, &SigintWatcher::interrupted, &command, &ChatCommand::interrupt);
    command.start();
    loop.exec();
    return code;
}

void ChatCommand::write(const QByteArray &bytes)
{
    if (m_out)
        m_out->write(bytes);
    else
        writeOut(bytes);
}

void ChatCommand::start()
{
    if (!m_options.outPath.isEmpty()) {
        m_out = std::make_unique<QSaveFile>(m_options.outPath);
        if (!m_out->open(QIODevice::WriteOnly)) {
            printError(QStringLiteral("cannot write %1: %2").arg(m_options.outPath, m_out->errorString()));
            QMetaObject::invokeMethod(
                this, [this] { Q_EMIT done(ExitCode::Data); }, Qt::QueuedConnection);
            return;
        }
    }
    const auto r = m_chat->send(0, m_options.prompt, m_options.request, m_options.attachments);
    if (!r.ok()) {
        printError(r.error.message);
        QMetaObject::invokeMethod(
            this,
            [this, e = r.error] { Q_EMIT done(e.kind == Error::Kind::Usage ? ExitCode::Usage : ExitCode::Backend); },
            Qt::QueuedConnection);
        return;
    }
    m_conversationId = r.value;
}

void ChatCommand::interrupt()
{
    m_interrupted = true;
    m_chat->stop();
}

void ChatCommand::onDelta(qint64, int choice, const QString &content, const QString &reasoning)
{
    if (m_options.showReasoning && choice == 0 && !reasoning.isEmpty()) {
        const QByteArray bytes = reasoning.toUtf8();
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
        std::fflush(stderr);
    }
    // One choice streams live; n > 1 prints each choice whole at the end.
    if (m_options.json || m_options.request.params.choiceCount() > 1 || content.isEmpty())
        return;
    write(content.toUtf8());
    m_endsWithNewline = content.endsWith(u'\n');
}

void ChatCommand::onBusyChanged(bool busy)
{
    if (busy)
        return;
    const auto &answers = m_chat->answers();
    const Message first = answers.value(0);
    if (m_options.json) {
        printJson();
    } else if (answers.size() > 1 && std::any_of(answers.cbegin(), answers.cend(), [](const Message &m) {
                   return !m.content.isEmpty();
               })) {
        // Headers only when there is an answer under them: a request that
        // failed before any text prints just the error.
        for (int i = 0; i < answers.size(); ++i) {
            const QString text = answers.value(i).content;
            write(QStringLiteral("--- choice %1 ---\n").arg(i + 1).toUtf8() + text.toUtf8()
                  + (text.endsWith(u'\n') ? "" : "\n"));
        }
    } else if (!m_endsWithNewline && (m_out || isatty(fileno(stdout)))) {
        // A terminal gets its prompt back on a fresh line and a file ends
        // with a newline; a pipe gets the answer byte for byte.
        write("\n");
    }

    int code = ExitCode::Ok;
    if (m_interrupted) {
        code = ExitCode::Cancelled;
    } else if (first.status == Chat::Status::Error) {
        code = ExitCode::Backend;
    } else if (first.status == Chat::Status::Interrupted) {
        code = ExitCode::Interrupted;
    }
    if (!first.error.isEmpty() && !m_interrupted)
        printError(first.error);
    // Printed but not stored (a full disk, a locked or read-only file): one
    // more try, else say so; the text above is the only copy then.
    if (m_chat->hasUnsavedText() && !m_chat->saveUnsaved()) {
        printError(QStringLiteral("the answer was not saved: %1").arg(m_chat->storageCause().message));
        if (code == ExitCode::Ok)
            code = ExitCode::Data;
    }
    // What came is kept, also when it was cut short; nothing came, no file.
    const bool anyText
        = std::any_of(answers.cbegin(), answers.cend(), [](const Message &m) { return !m.content.isEmpty(); });
    if (m_out && anyText && !m_out->commit()) {
        printError(QStringLiteral("cannot write %1: %2").arg(m_options.outPath, m_out->errorString()));
        code = ExitCode::Data;
    }
    Q_EMIT done(code);
}

void ChatCommand::printJson()
{
    const auto &answers = m_chat->answers();
    const Message first = answers.value(0);
    json choices = json::array();
    for (int i = 0; i < answers.size(); ++i) {
        const Message &a = answers[i];
        json c = {{"index", i},
                  {"text", a.content.toStdString()},
                  {"finish_reason", a.finishReason.toStdString()},
                  {"status", statusText(a.status).toStdString()}};
        if (!a.reasoning.isEmpty())
            c["reasoning"] = a.reasoning.toStdString();
        if (a.completionTokens >= 0)
            c["completion_tokens"] = a.completionTokens;
        choices.push_back(std::move(c));
    }
    json out = {{"model", (first.modelReported.isEmpty() ? first.modelRequested : first.modelReported).toStdString()},
                {"model_requested", first.modelRequested.toStdString()},
                {"status", statusText(first.status).toStdString()},
                {"choices", std::move(choices)}};
    json usage = json::object();
    if (first.promptTokens >= 0)
        usage["prompt_tokens"] = first.promptTokens;
    // With n answers, the request's completion tokens are theirs together.
    qint64 completion = 0;
    for (const Message &a : answers)
        completion = completion >= 0 && a.completionTokens >= 0 ? completion + a.completionTokens : -1;
    if (!answers.isEmpty() && completion >= 0)
        usage["completion_tokens"] = completion;
    out["usage"] = usage;
    json timings = json::object();
    if (first.ttftMs >= 0)
        timings["time_to_first_token_ms"] = first.ttftMs;
    if (first.tokensPerSec >= 0)
        timings["tokens_per_second"] = first.tokensPerSec;
    out["timings"] = timings;
    if (!first.error.isEmpty())
        out["error"] = first.error.toStdString();
    if (m_options.save)
        out["conversation_id"] = m_conversationId;
    writeJson(out);
}

} // namespace Inkwell::Cli
