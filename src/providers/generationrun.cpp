// SPDX-License-Identifier: GPL-3.0-or-later
#include "generationrun.h"

#include "providers/capabilities.h"
#include "providers/presets.h"

#include <algorithm>
#include <utility>

namespace Inkwell {

Result<std::unique_ptr<GenerationRun>> GenerationRun::create(QNetworkAccessManager *nam, GenerationRequest request)
{
    using R = Result<std::unique_ptr<GenerationRun>>;
    auto provider = Provider::create(request.profile.api);
    if (!provider)
        return R::fail(Error::make(Error::Kind::Usage, tr("Unknown API ‘%1’.").arg(request.profile.api)));
    if (request.mode == GenerationRequest::Mode::Completion && !supportsCompletion(request.profile))
        return R::fail(Error::make(
            Error::Kind::Usage, tr("%1 has no text-completion API; use chat.").arg(Preset::of(request.profile).name)));
    if (const Error e = checkAttachments(request); e.isError())
        return R::fail(e);
    // What is sent and stored: only what this backend takes (the CLI and the
    // parameter panel say so before; this is the last guard).
    request.params = capabilitiesFor(request.profile, request.mode).filtered(request.params);
    return {std::unique_ptr<GenerationRun>(new GenerationRun(nam, std::move(provider), request)), {}};
}

GenerationRun::GenerationRun(QNetworkAccessManager *nam, std::unique_ptr<Provider> provider,
                             const GenerationRequest &request)
    : m_provider(std::move(provider))
    , m_generation(std::make_unique<Generation>(nam, *m_provider, request))
{
    const int n = qBound(1, request.params.choiceCount(), 128);
    for (int i = 0; i < n; ++i)
        m_texts << std::make_shared<StreamedText>();
    m_flushTimer.setInterval(kFlushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, [this] {
        if (hasUnstored())
            Q_EMIT flushDue();
    });
    connect(m_generation.get(), &Generation::delta, this, &GenerationRun::onDelta);
    connect(m_generation.get(), &Generation::finished, this, [this](Generation::Status status) {
        // A short continuation still held back for its join.
        if (!m_joinBefore.isEmpty() && !m_joinHeld.isEmpty())
            append(0, joinContinuation(std::exchange(m_joinBefore, {}), std::exchange(m_joinHeld, {})), {});
        m_joinBefore.clear();
        m_joinHeld.clear();
        m_flushTimer.stop();
        Q_EMIT finished(status);
    });
}

GenerationRun::~GenerationRun()
{
    m_generation->disconnect(this);
}

void GenerationRun::resume(const QString &content, const QString &reasoning)
{
    m_texts[0]->content = content;
    m_texts[0]->reasoning = reasoning;
}

void GenerationRun::joinTo(const QString &before)
{
    m_joinBefore = before;
}

void GenerationRun::start()
{
    m_flushTimer.start();
    m_generation->start();
}

void GenerationRun::stop()
{
    m_generation->stop();
}

QList<int> GenerationRun::unstored() const
{
    QList<int> out = m_unstored;
    std::sort(out.begin(), out.end());
    return out;
}

QString GenerationRun::joinContinuation(const QString &before, QString after)
{
    // The model repeated the end of what it had written (a word, a
    // sentence): the longest such repeat goes.
    for (qsizetype n = qMin<qsizetype>(qMin(before.size(), after.size()), kJoinHold); n >= 8; --n)
        if (before.endsWith(QStringView(after).left(n))) {
            after.remove(0, n);
            break;
        }
    if (before.isEmpty() || after.isEmpty())
        return after;
    // A new sentence after a finished one ("…Smeetie!" + "Hi") needs the
    // space the model did not write; Chinese and Japanese take none, and
    // "3." + "14" is a number.
    const QChar last = before.back();
    const QChar first = after.front();
    static const QString ends = QStringLiteral(".!?");
    if (ends.contains(last) && first.isLetter() && first.unicode() < 0x2E80)
        after.prepend(u' ');
    return after;
}

void GenerationRun::onDelta(int choice, const QString &content, const QString &reasoning)
{
    if (choice < 0 || choice >= m_texts.size())
        return; // a choice index we did not ask for
    if (!m_joinBefore.isEmpty() && choice == 0 && !content.isEmpty()) {
        // Enough of the new answer to see whether it repeats the old one's
        // end; its reasoning meanwhile goes on as it comes.
        m_joinHeld += content;
        if (!reasoning.isEmpty())
            append(choice, {}, reasoning);
        if (m_joinHeld.size() < kJoinHold)
            return;
        append(choice, joinContinuation(std::exchange(m_joinBefore, {}), std::exchange(m_joinHeld, {})), {});
        return;
    }
    append(choice, content, reasoning);
}

void GenerationRun::append(int choice, const QString &content, const QString &reasoning)
{
    StreamedText &text = *m_texts[choice];
    text.content += content;
    text.reasoning += reasoning;
    ++text.deltas;
    if (!m_unstored.contains(choice))
        m_unstored << choice;
    Q_EMIT grew(choice, content, reasoning);
}

} // namespace Inkwell
