// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpus.h"

#include <QRandomGenerator>

namespace Bench {

namespace {

const QStringList kWords = {
    QStringLiteral("the"),      QStringLiteral("model"),    QStringLiteral("stream"), QStringLiteral("answer"),
    QStringLiteral("token"),    QStringLiteral("latency"),  QStringLiteral("cache"),  QStringLiteral("query"),
    QStringLiteral("desktop"),  QStringLiteral("window"),   QStringLiteral("server"), QStringLiteral("parser"),
    QStringLiteral("人工智能"), QStringLiteral("数据库"),   QStringLiteral("模型"),   QStringLiteral("文章"),
    QStringLiteral("搜索"),     QStringLiteral("机器学习"), QStringLiteral("性能"),   QStringLiteral("界面"),
};

} // namespace

QStringList answerTokens(int count)
{
    // One cycle: a 40-token paragraph, a 3-item list, a 30-token code block,
    // a heading; exactly kTokenCycle tokens.
    QStringList cycle;
    for (int i = 0; i < 39; ++i)
        cycle << (i % 7 == 3 ? QStringLiteral(" 人工智能") : u' ' + kWords.at(i % 12));
    cycle << QStringLiteral(".\n\n");
    for (int item = 0; item < 3; ++item) {
        cycle << QStringLiteral("- ") << QStringLiteral("**item**") << QStringLiteral(" with")
              << QStringLiteral(" `code`") << QStringLiteral(" 与中文") << QStringLiteral("\n");
    }
    cycle << QStringLiteral("\n```python\n");
    for (int line = 0; line < 7; ++line)
        cycle << QStringLiteral("def f") << QStringLiteral("(x):") << QStringLiteral(" return x")
              << QStringLiteral("\n");
    cycle << QStringLiteral("```\n\n");
    while (cycle.size() < kTokenCycle - 2)
        cycle << QStringLiteral(" more");
    cycle << QStringLiteral("\n\n## Section") << QStringLiteral("\n\n");

    QStringList tokens;
    tokens.reserve(count);
    for (int i = 0; i < count; ++i)
        tokens << cycle.at(i % kTokenCycle);
    return tokens;
}

QString storedMessage(int i, bool user)
{
    QRandomGenerator rng(quint32(i) * 2654435761u + 7);
    const int words = user ? 12 : 60;
    QStringList picked;
    for (int w = 0; w < words; ++w)
        picked << kWords.at(int(rng.bounded(int(kWords.size()))));
    QString text = picked.join(u' ');
    // One message in 1,000 names a rare word, as a user searching for a
    // half-remembered chat would.
    if (i % 1000 == 17)
        text += QStringLiteral(" zeitgeist 量子纠缠");
    return text;
}

QStringList searchQueries()
{
    // Chinese words of two characters (模型, 纠缠) are below what the trigram
    // index holds: they are found by a scan.
    return {QStringLiteral("人工智能"),      QStringLiteral("zeitgeist"), QStringLiteral("量子纠缠"),
            QStringLiteral("模型"),          QStringLiteral("纠缠"),      QStringLiteral("latency cache"),
            QStringLiteral("机器学习 性能"), QStringLiteral("parser")};
}

} // namespace Bench
