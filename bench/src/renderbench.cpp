// SPDX-License-Identifier: GPL-3.0-or-later
// The cost of one more token at the end of a long answer against a short one,
// through the real Markdown stream and the block model the view shows.
#include "benches.h"
#include "blocklistmodel.h"
#include "corpus.h"
#include "figures.h"

namespace Bench {

namespace {

// Mean ns per appended token, for one cycle of tokens after `prefix` tokens.
double tokenCostNs(const QStringList &tokens, int prefix)
{
    Inkwell::BlockListModel model;
    QString text; // the answer's one copy, as a stream holds it
    // Streamed in as an answer arrives (big pieces: the preparation is not timed).
    for (int i = 0; i < prefix; i += 50) {
        text += tokens.mid(i, qMin(50, prefix - i)).join(QString());
        model.grow(text);
    }
    const qint64 start = nowNs();
    for (int i = prefix; i < prefix + kTokenCycle; ++i) {
        text += tokens.at(i);
        model.grow(text);
    }
    return double(nowNs() - start) / kTokenCycle;
}

} // namespace

void renderTokenCost(const Sizes &sizes)
{
    const int longPrefix = sizes.answerTokens;
    const int shortPrefix = sizes.shortAnswerTokens;
    const QStringList tokens = answerTokens(longPrefix + kTokenCycle);
    QList<double> shortCosts, longCosts;
    for (int round = 0; round < 15; ++round) {
        shortCosts << tokenCostNs(tokens, shortPrefix);
        longCosts << tokenCostNs(tokens, longPrefix);
    }
    const double shortNs = percentile(shortCosts, 50);
    const double longNs = percentile(longCosts, 50);
    figure("render.token_us_200", shortNs / 1000, "us");
    figure("render.token_us_20k", longNs / 1000, "us");
    figure("render.token_cost_ratio_20k_vs_200", longNs / shortNs, "ratio");
}

} // namespace Bench
