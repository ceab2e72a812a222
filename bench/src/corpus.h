// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Deterministic text for the benchmarks: an answer's tokens and stored
// messages, English and Chinese Markdown mixed as real chats are.
#include <QStringList>

namespace Bench {

// Tokens of a Markdown answer (paragraphs, a list, fenced code, a heading).
// The pattern repeats every kTokenCycle tokens, so the text at token 200 and
// at token 20,000 is in the same place of the same structure.
constexpr int kTokenCycle = 100;
QStringList answerTokens(int count);

// The text of stored message number i (user turns short, answers longer).
QString storedMessage(int i, bool user);

// Words the stored messages contain, with how often: the search queries.
QStringList searchQueries();

} // namespace Bench
