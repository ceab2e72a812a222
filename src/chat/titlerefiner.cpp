// SPDX-License-Identifier: GPL-3.0-or-later
#include "titlerefiner.h"

#include <QRegularExpression>

namespace Inkwell {

namespace {
constexpr int kExcerpt = 1500; // of the question and of the answer: enough to name them
}

TitleRefiner::TitleRefiner(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
{
}

TitleRefiner::~TitleRefiner() = default;

QList<ChatMessage> TitleRefiner::promptFor(const QString &question, const QString &answer)
{
    return {
        {QStringLiteral("system"),
         QStringLiteral("You name conversations. Reply with a title of at most six words for the conversation below, "
                        "in the language the user wrote in. No quotes, no punctuation at the end, nothing else.")},
        {QStringLiteral("user"),
         QStringLiteral("User:\n%1\n\nAssistant:\n%2").arg(question.left(kExcerpt), answer.left(kExcerpt))},
    };
}

QString TitleRefiner::clean(const QString &reply)
{
    QString t = reply;
    // Thinking models may send their reasoning inline before the answer.
    t.remove(QRegularExpression(QStringLiteral("<think>.*</think>"), QRegularExpression::DotMatchesEverythingOption));
    t = t.trimmed().section(u'\n', 0, 0).trimmed();
    t.remove(
        QRegularExpression(QStringLiteral("^(title|标题)\\s*[:：]\\s*"), QRegularExpression::CaseInsensitiveOption));
    t.remove(QRegularExpression(QStringLiteral("^[\"'“”‘’「」《#*\\s]+|[\"'“”‘’「」》*。.\\s]+$")));
    t = t.simplified();
    if (t.size() > 60)
        t = t.left(59) + u'…';
    return t;
}

void TitleRefiner::refine(qint64 conversationId, const GenerationRequest &base, const QString &question,
                          const QString &answer)
{
    m_run.reset();
    m_conversationId = conversationId;
    GenerationRequest request;
    request.profile = base.profile;
    request.apiKey = base.apiKey;
    request.proxyPassword = base.proxyPassword;
    request.model = base.model;
    request.messages = promptFor(question, answer);
    request.params.temperature = 0.3;
    request.params.maxTokens = 64;
    auto run = GenerationRun::create(m_nam, request);
    if (!run.ok()) {
        Q_EMIT failed(conversationId, run.error.message);
        return;
    }
    m_run = std::move(run.value);
    connect(m_run.get(), &GenerationRun::finished, this, [this](Generation::Status status) {
        const qint64 id = m_conversationId;
        const QString title = clean(m_run->text(0)->content);
        const QString why = m_run->generation().error().message;
        m_run.release()->deleteLater(); // finished() is still being emitted by it
        if (status == Generation::Status::Complete && !title.isEmpty())
            Q_EMIT titled(id, title);
        else
            Q_EMIT failed(id, why.isEmpty() ? QStringLiteral("no usable title") : why);
    });
    m_run->start();
}

} // namespace Inkwell
