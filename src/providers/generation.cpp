// SPDX-License-Identifier: GPL-3.0-or-later
#include "generation.h"

#include "core/logging.h"
#include "net/proxyrouter.h"
#include "providers/httperror.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QtConcurrent/QtConcurrentRun>

namespace Inkwell {

Generation::Generation(QNetworkAccessManager *nam, const Provider &provider, GenerationRequest request, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_provider(provider)
    , m_request(std::move(request))
    , m_httpRequest(provider.buildRequest(m_request))
    , m_mapper(provider.createMapper(m_request))
{
    m_connectTimer.setSingleShot(true);
    m_idleTimer.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &Generation::restart);
    connect(&m_connectTimer, &QTimer::timeout, this, [this] {
        end(Status::Error,
            Error::make(Error::Kind::Timeout,
                        tr("Could not connect to %1 within %2 s — is the server running and the base URL right?")
                            .arg(host())
                            .arg(m_request.profile.connectTimeoutMs / 1000.0)));
    });
    connect(&m_idleTimer, &QTimer::timeout, this, [this] {
        const Status st = m_sawByte ? Status::Interrupted : Status::Error;
        end(st,
            Error::make(Error::Kind::Timeout,
                        tr("%1 sent nothing for %2 s; the answer was cut off there. Retry, or raise the profile's "
                           "inactivity timeout.")
                            .arg(host())
                            .arg(m_request.profile.idleTimeoutMs / 1000.0)));
    });
}

Generation::~Generation()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

QString Generation::redacted(QString text) const
{
    // A server may echo the key it refused; logs must never hold it.
    for (const QString &secret : {m_request.apiKey, m_request.proxyPassword})
        if (secret.size() >= 4)
            text.replace(secret, QStringLiteral("[redacted]"));
    return text;
}

QString Generation::host() const
{
    const QUrl url = m_httpRequest.url();
    return url.port() > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : url.host();
}

void Generation::start()
{
    m_running = true;
    m_clock.start();
    qint64 files = 0;
    for (const ChatMessage &m : std::as_const(m_request.messages))
        for (const Attachment &a : m.attachments)
            files += a.data.isEmpty() ? a.size : a.data.size();
    const bool unloaded = m_request.loadFiles && m_request.hasUnloadedFiles();
    if (files < kWorkerBodyBytes && !unloaded) {
        m_body = m_provider.buildBody(m_request);
        post();
        return;
    }
    // Megabytes of files (every image of a long conversation goes again)
    // are read and made base64 and JSON of tens of megabytes: a third of a
    // second that the window would freeze for (bench:
    // attach.send_after_200_images_ms). The worker has its own provider and
    // a copy of the request (the files are shared, not copied), so nothing
    // it touches goes away under it.
    using Built = std::pair<QByteArray, Error>;
    auto *watcher = new QFutureWatcher<Built>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        if (!m_running)
            return; // stopped while the body was made
        auto [body, error] = watcher->result();
        if (error.isError()) {
            end(Status::Error, std::move(error));
            return;
        }
        m_body = std::move(body);
        post();
    });
    watcher->setFuture(QtConcurrent::run([request = m_request, unloaded]() mutable -> Built {
        if (unloaded)
            if (Error e = request.loadFiles(request.messages); e.isError())
                return {QByteArray(), e};
        const auto provider = Provider::create(request.profile.api);
        return {provider ? provider->buildBody(request) : QByteArray(), Error()};
    }));
}

void Generation::post()
{
    ProxyRouter::route(m_nam, m_httpRequest.url(), m_request.profile.proxy, m_request.proxyPassword);
    qCDebug(lcNet).noquote() << "POST" << m_httpRequest.url().toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo)
                             << "model" << m_request.effectiveModel() << "body" << m_body.size() << "bytes";
    m_reply = m_nam->post(m_httpRequest, m_body);
    // Asks Qt to stop reading the socket while this much is unread. Qt 6.4's
    // HTTP thread still hands over all the socket has (bench/README.md); that
    // only shows with a server far faster than any model.
    m_reply->setReadBufferSize(kReadBufferBytes);
    connect(m_reply, &QNetworkReply::readyRead, this, &Generation::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &Generation::onFinished);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &Generation::onMetaData);
    connect(m_reply, &QNetworkReply::requestSent, this, [this] {
        m_connectTimer.stop();
        m_idleTimer.start(m_request.profile.idleTimeoutMs);
    });
    m_connectTimer.start(m_request.profile.connectTimeoutMs);
}

void Generation::stop()
{
    if (m_running)
        end(Status::Stopped);
}

void Generation::onMetaData()
{
    m_connectTimer.stop();
    m_idleTimer.start(m_request.profile.idleTimeoutMs);
    m_httpStatus = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    qCDebug(lcNet).noquote() << "HTTP" << m_httpStatus << "from" << host() << "after" << m_clock.elapsed() << "ms";
}

void Generation::onReadyRead()
{
    if (!m_running || !m_reply)
        return;
    m_idleTimer.start(m_request.profile.idleTimeoutMs);
    const QByteArray chunk = m_reply->readAll();
    if (chunk.isEmpty())
        return;
    if (!m_sawByte) {
        m_sawByte = true;
        Q_EMIT firstByte();
    }
    if (m_head.size() < kHeadBytes)
        m_head += chunk.left(kHeadBytes - m_head.size());
    const bool ok = m_httpStatus >= 200 && m_httpStatus < 300;
    if (!ok || !m_request.stream) {
        // Whole-body answers (errors, non-stream) are parsed at the end; bound them.
        if (m_errorBody.size() + chunk.size() > kMaxBodyBytes) {
            end(Status::Error,
                Error::make(
                    Error::Kind::Protocol,
                    tr("%1 sent an answer larger than %2 MiB; stopped reading.").arg(host()).arg(kMaxBodyBytes >> 20)));
            return;
        }
        m_errorBody += chunk;
        return;
    }
    if (!m_checkedType) {
        m_checkedType = true;
        const QByteArray type = m_reply->header(QNetworkRequest::ContentTypeHeader).toByteArray().toLower();
        // "Event stream" here means the framing the provider speaks: SSE, or
        // NDJSON (Ollama), which comes as application/x-ndjson.
        m_isEventStream = m_provider.framing() == Provider::Framing::Ndjson ? type.contains("json")
                                                                            : type.startsWith("text/event-stream");
        if (!m_isEventStream && !type.contains("json")) {
            end(Status::Error,
                Error::make(Error::Kind::Protocol,
                            tr("%1 answered with %2 instead of an event stream (%3) — is the base URL pointing at the "
                               "API, not a web page or proxy?")
                                .arg(host(), QString::fromUtf8(type.isEmpty() ? QByteArray("no content type") : type),
                                     QString::fromUtf8(chunk.left(80)).simplified())));
            return;
        }
    }
    if (!m_isEventStream) {
        // A JSON body although we asked for a stream: some servers answer so.
        m_errorBody += chunk;
        if (m_errorBody.size() > kMaxBodyBytes)
            end(Status::Error, Error::make(Error::Kind::Protocol, tr("%1 sent an oversized answer.").arg(host())));
        return;
    }
    StreamEvents events;
    const bool fed = feedDecoder(chunk, [&](const SseEvent &ev) { m_mapper->onEvent(ev, events); });
    emitEvents(events);
    if (!fed && m_running) {
        end(m_sawByte ? Status::Interrupted : Status::Error,
            Error::make(Error::Kind::Protocol,
                        tr("%1 sent one event larger than %2 MiB; stopped reading to protect memory.")
                            .arg(host())
                            .arg(kMaxEventBytes >> 20)));
    }
}

bool Generation::feedDecoder(QByteArrayView bytes, const SseDecoder::Sink &sink)
{
    return m_provider.framing() == Provider::Framing::Ndjson ? m_lines.feed(bytes, sink) : m_decoder.feed(bytes, sink);
}

void Generation::finishDecoder(const SseDecoder::Sink &sink)
{
    if (m_provider.framing() == Provider::Framing::Ndjson)
        m_lines.finish(sink);
    else
        m_decoder.finish(sink);
}

void Generation::emitEvents(const StreamEvents &events)
{
    for (const StreamEvent &ev : events) {
        if (!m_running)
            return;
        switch (ev.type) {
        case StreamEvent::Type::Delta:
            if (m_ttftMs < 0)
                m_ttftMs = m_clock.elapsed();
            Q_EMIT delta(ev.choice, ev.content, ev.reasoning);
            break;
        case StreamEvent::Type::Usage:
            Q_EMIT usageReceived(ev.usage);
            break;
        case StreamEvent::Type::ChoiceFinished:
            Q_EMIT choiceFinished(ev.choice, ev.text);
            break;
        case StreamEvent::Type::Model:
            Q_EMIT modelReported(ev.text);
            break;
        case StreamEvent::Type::Failed: {
            Error e = ev.error;
            if (!e.message.contains(host()))
                e.message = QStringLiteral("%1: %2").arg(host(), e.message);
            end(Status::Error, e);
            return;
        }
        }
    }
}

void Generation::onFinished()
{
    if (!m_running || !m_reply)
        return;
    onReadyRead(); // drain what is left
    if (!m_running)
        return;
    const auto netError = m_reply->error();
    m_httpStatus = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();

    if (m_httpStatus == 400 && (retryWithoutStreamOptions() || retryWithMaxCompletionTokens()))
        return;
    if (m_httpStatus >= 400 || (m_httpStatus > 0 && m_httpStatus < 200)) {
        Error e = describeHttpError(m_httpStatus, m_errorBody, host(), m_request.profile.name);
        if (m_ttftMs < 0 && scheduleRetry(m_httpStatus, false, e))
            return;
        end(Status::Error, e);
        return;
    }
    if (m_httpStatus == 0 || (netError != QNetworkReply::NoError && netError < QNetworkReply::ContentAccessDenied)) {
        // Transport failure: before any byte it is an error, after it the answer was cut.
        QString what = m_reply->errorString();
        const Status st = m_sawByte ? Status::Interrupted : Status::Error;
        const QString msg = m_sawByte
            ? tr("The connection to %1 dropped mid-answer (%2)%3")
                  .arg(host(), what, m_ttftMs >= 0 ? tr("; the text so far is kept.") : tr(" before any text arrived."))
            : describeUnreachable(host(), what, netError == QNetworkReply::SslHandshakeFailedError);
        // A reset before any answer is worth another try; a refused
        // connection (nothing listening) or a TLS failure is not.
        const bool dropped = m_ttftMs < 0
            && (netError == QNetworkReply::RemoteHostClosedError
                || netError == QNetworkReply::TemporaryNetworkFailureError
                || netError == QNetworkReply::NetworkSessionFailedError
                || netError == QNetworkReply::ProxyConnectionClosedError);
        Error e = Error::make(m_sawByte ? Error::Kind::Interrupted : Error::Kind::Network, msg);
        if (dropped && scheduleRetry(0, true, e))
            return;
        end(st, e);
        return;
    }
    StreamEvents events;
    if (!m_request.stream || !m_isEventStream) {
        m_mapper->onBody(m_errorBody, events);
    } else {
        finishDecoder([&](const SseEvent &ev) { m_mapper->onEvent(ev, events); });
    }
    m_mapper->flush(events);
    emitEvents(events);
    if (!m_running)
        return;
    if (m_mapper->isComplete()) {
        end(Status::Complete);
    } else if (m_ttftMs >= 0) {
        end(Status::Interrupted,
            Error::make(Error::Kind::Interrupted,
                        tr("%1 closed the stream before it was complete; the text so far is kept.").arg(host())));
    } else {
        const QString head = QString::fromUtf8(m_head).simplified();
        end(Status::Error,
            Error::make(
                Error::Kind::Protocol,
                head.isEmpty()
                    ? tr("%1 closed the stream without sending an answer.").arg(host())
                    : tr("%1 sent no answer the app understands; it began with: %2").arg(host(), head.left(120))));
    }
}

bool Generation::retryWithoutStreamOptions()
{
    if (!m_request.stream || !m_request.profile.includeUsage || !m_errorBody.contains("stream_options"))
        return false;
    m_request.profile.includeUsage = false;
    m_droppedStreamOptions = true;
    restart();
    return true;
}

bool Generation::retryWithMaxCompletionTokens()
{
    // {"error":{"code":"unsupported_parameter","param":"max_tokens",…}}
    if (m_request.maxCompletionTokens || !m_request.params.maxTokens || !m_errorBody.contains("unsupported_parameter")
        || !m_errorBody.contains("max_completion_tokens"))
        return false;
    m_request.maxCompletionTokens = true;
    m_switchedMaxTokens = true;
    restart();
    return true;
}

bool Generation::scheduleRetry(int httpStatus, bool connectionDropped, Error &error)
{
    RetryPolicy::Attempt a;
    a.retriesSoFar = m_retries;
    a.httpStatus = httpStatus;
    a.connectionDropped = connectionDropped;
    if (m_reply)
        a.headers = m_reply->rawHeaderPairs();
    a.body = m_errorBody;
    a.nowMs = QDateTime::currentMSecsSinceEpoch();
    const RetryPolicy::Decision d = m_retryPolicy.decide(a);
    if (!d.retry) {
        if (d.serverWaitMs > RetryPolicy::kMaxWaitMs)
            error.message += tr(" The server asks to wait %1 min before trying again.")
                                 .arg(QString::number(d.serverWaitMs / 60000.0, 'f', 1));
        return false;
    }
    ++m_retries;
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    m_connectTimer.stop();
    m_idleTimer.stop();
    qCInfo(lcNet).noquote() << "retry" << m_retries << "in" << d.delayMs << "ms:" << redacted(error.message);
    Q_EMIT retrying(m_retries, d.delayMs, error.message);
    m_retryTimer.start(int(d.delayMs));
    return true;
}

void Generation::restart()
{
    if (!m_running)
        return;
    m_httpRequest = m_provider.buildRequest(m_request); // start() builds the body
    m_mapper = m_provider.createMapper(m_request);
    m_decoder = SseDecoder(kMaxEventBytes);
    m_lines = NdjsonDecoder(kMaxEventBytes);
    m_errorBody.clear();
    m_head.clear();
    m_httpStatus = 0;
    m_sawByte = m_checkedType = m_isEventStream = false;
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    start();
}

void Generation::end(Status status, Error error)
{
    if (!m_running)
        return;
    // "Interrupted" promises partial text; with none, the request simply failed.
    if (status == Status::Interrupted && m_ttftMs < 0)
        status = Status::Error;
    m_running = false;
    m_connectTimer.stop();
    m_idleTimer.stop();
    m_retryTimer.stop();
    m_status = status;
    m_error = std::move(error);
    // Whoever reads the error (the banner, a log, a title request's note)
    // never sees a key the server echoed back.
    m_error.message = redacted(m_error.message);
    qCDebug(lcNet).noquote() << "ended" << statusText(status) << "after" << m_clock.elapsed() << "ms"
                             << (m_error.isError() ? m_error.message : QString());
    if (m_reply) {
        m_reply->disconnect(this);
        if (m_reply->isRunning())
            m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    Q_EMIT finished(status);
}

} // namespace Inkwell
