// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/chatenums.h"
#include "net/ndjsondecoder.h"
#include "net/ssedecoder.h"
#include "providers/provider.h"
#include "providers/retrypolicy.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;

namespace Inkwell {

// One running request: HTTP reply → decoder → provider mapper → signals.
// Fully asynchronous on the caller's thread; finished() is emitted exactly once.
class Generation : public QObject {
    Q_OBJECT
public:
    // How it ended (never Streaming): what the answer or draft records.
    using Status = Chat::Status;

    Generation(QNetworkAccessManager *nam, const Provider &provider, GenerationRequest request,
               QObject *parent = nullptr);
    ~Generation() override;

    void start();
    // True when the server refused stream_options and the request was sent
    // again without it (some OpenAI-compatible servers reject the field).
    [[nodiscard]] bool droppedStreamOptions() const { return m_droppedStreamOptions; }
    // True when the server refused max_tokens for this model and the request
    // went again with max_completion_tokens (OpenAI's newer models).
    [[nodiscard]] bool switchedToMaxCompletionTokens() const { return m_switchedMaxTokens; }
    // Aborts the reply at once; local servers stop generating on disconnect.
    void stop();

    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] Status status() const { return m_status; }
    [[nodiscard]] const Error &error() const { return m_error; }
    [[nodiscard]] const GenerationRequest &request() const { return m_request; }
    [[nodiscard]] QByteArray requestBody() const { return m_body; }
    [[nodiscard]] qint64 timeToFirstTokenMs() const { return m_ttftMs; }
    [[nodiscard]] qint64 elapsedMs() const { return m_clock.isValid() ? m_clock.elapsed() : 0; }

    static constexpr qsizetype kMaxEventBytes = qsizetype(16) * 1024 * 1024;
    static constexpr qsizetype kMaxBodyBytes = qsizetype(64) * 1024 * 1024;
    static constexpr qint64 kReadBufferBytes = qint64(1024) * 1024;
    static constexpr qsizetype kHeadBytes = 200;

Q_SIGNALS:
    void firstByte();
    void delta(int choice, const QString &content, const QString &reasoning);
    void usageReceived(const Inkwell::Usage &usage);
    void choiceFinished(int choice, const QString &reason);
    void modelReported(const QString &model);
    // Before any answer text: the request failed in a way worth repeating;
    // it goes again after delayMs unless stop() is called.
    void retrying(int attempt, qint64 delayMs, const QString &reason);
    void finished(Inkwell::Chat::Status status);

private:
    void onReadyRead();
    void onFinished();
    void onMetaData();
    void emitEvents(const StreamEvents &events);
    void end(Status status, Error error = {});
    bool retryWithoutStreamOptions();
    bool retryWithMaxCompletionTokens();
    // True when the request goes again; else `error` may learn how long the
    // server wanted us to wait.
    bool scheduleRetry(int httpStatus, bool connectionDropped, Error &error);
    void restart();
    // Sends m_body (start() makes it, on a worker when it is large).
    void post();
    static constexpr qint64 kWorkerBodyBytes = qint64(1) << 20;
    // The provider's framing: SSE or NDJSON. False once a line is too long.
    bool feedDecoder(QByteArrayView bytes, const SseDecoder::Sink &sink);
    void finishDecoder(const SseDecoder::Sink &sink);
    [[nodiscard]] QString host() const;
    // The text with this request's key and proxy password blanked out, for logs.
    [[nodiscard]] QString redacted(QString text) const;

    QNetworkAccessManager *m_nam;
    const Provider &m_provider; // outlives this generation (see ChatController)
    GenerationRequest m_request;
    QByteArray m_body;
    QNetworkRequest m_httpRequest;
    std::unique_ptr<StreamMapper> m_mapper;
    SseDecoder m_decoder {kMaxEventBytes};
    NdjsonDecoder m_lines {kMaxEventBytes};
    RetryPolicy m_retryPolicy;
    QTimer m_retryTimer;
    int m_retries = 0;
    QPointer<QNetworkReply> m_reply;
    QTimer m_connectTimer;
    QTimer m_idleTimer;
    QElapsedTimer m_clock;
    QByteArray m_errorBody; // body of a non-2xx answer, or of a non-stream answer
    QByteArray m_head; // the body's first bytes, to quote when nothing made sense
    Error m_error;
    qint64 m_ttftMs = -1;
    int m_httpStatus = 0;
    Status m_status = Status::Complete;
    bool m_running = false;
    bool m_sawByte = false;
    bool m_isEventStream = false;
    bool m_checkedType = false;
    bool m_droppedStreamOptions = false;
    bool m_switchedMaxTokens = false;
};

} // namespace Inkwell
