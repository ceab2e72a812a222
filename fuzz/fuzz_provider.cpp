// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target, built once per API (INKWELL_FUZZ_API): arbitrary bytes as
// that provider's stream (through its decoder) and as a whole body, in chat
// and completion mode. The text must not depend on where the bytes are cut.
#include "net/ndjsondecoder.h"
#include "net/ssedecoder.h"
#include "providers/provider.h"

#include <QHash>

#include <cstdint>
#include <cstdlib>

namespace {
using namespace Inkwell;

struct Totals {
    QString content;
    QString reasoning;
    int failures = 0;
};

Totals run(const Provider &provider, const GenerationRequest &r, const QByteArray &bytes, qsizetype cut)
{
    auto mapper = provider.createMapper(r);
    StreamEvents events;
    auto sink = [&](const SseEvent &e) { mapper->onEvent(e, events); };
    const bool lines = provider.framing() == Provider::Framing::Ndjson;
    SseDecoder sse(1 << 16);
    NdjsonDecoder ndjson(1 << 16);
    const QByteArrayView all(bytes);
    for (const QByteArrayView piece : {all.first(cut), all.sliced(cut)})
        lines ? ndjson.feed(piece, sink) : sse.feed(piece, sink);
    lines ? ndjson.finish(sink) : sse.finish(sink);
    mapper->flush(events);
    (void)mapper->isComplete();
    Totals t;
    for (const StreamEvent &e : std::as_const(events)) {
        t.content += e.content;
        t.reasoning += e.reasoning;
        t.failures += e.type == StreamEvent::Type::Failed;
    }
    return t;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const auto provider = Provider::create(QStringLiteral(INKWELL_FUZZ_API));
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    // A hash of the input picks the mode and the cut, so seeds are used as they are.
    const size_t hash = qHash(bytes);
    GenerationRequest r;
    r.profile.api = QStringLiteral(INKWELL_FUZZ_API);
    r.mode = (hash & 1) ? GenerationRequest::Mode::Completion : GenerationRequest::Mode::Chat;
    const qsizetype cut = qsizetype((hash >> 1) % (size + 1));
    const Totals whole = run(*provider, r, bytes, 0);
    const Totals split = run(*provider, r, bytes, cut);
    if (whole.content != split.content || whole.reasoning != split.reasoning || whole.failures != split.failures)
        std::abort();
    StreamEvents events;
    provider->createMapper(r)->onBody(bytes, events);
    return 0;
}
