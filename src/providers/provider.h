// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/ssedecoder.h"
#include "providers/streamevent.h"

#include <QNetworkRequest>
#include <memory>

namespace Inkwell {

// Turns one provider's stream (or whole body) into StreamEvents. One per request.
class StreamMapper
{
public:
    virtual ~StreamMapper() = default;
    virtual void onEvent(const SseEvent &event, StreamEvents &out) = 0;
    virtual void onBody(const QByteArray &body, StreamEvents &out) = 0;
    // True once the stream's own end marker arrived (e.g. OpenAI's [DONE]);
    // an EOF without it means the stream was cut.
    virtual bool isComplete() const = 0;
};

// One class per API family: request mapping, stream mapping, error mapping.
class Provider
{
public:
    virtual ~Provider() = default;
    virtual QNetworkRequest buildRequest(const GenerationRequest &request) const = 0;
    virtual QByteArray buildBody(const GenerationRequest &request) const = 0;
    virtual std::unique_ptr<StreamMapper> createMapper() const = 0;

    static std::unique_ptr<Provider> create(const QString &api);
    static QStringList apis();
};

} // namespace Inkwell
