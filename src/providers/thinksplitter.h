// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Inkwell {

// Models served without a reasoning parser (older Ollama, llama.cpp without
// --reasoning-format) put their thinking inline: "<think>…</think>answer".
// This splits it off as it streams, tags split across chunks included. Only a
// <think> at the very start of the answer counts, so an answer that talks
// about the tag is left alone.
class ThinkSplitter {
public:
    struct Piece {
        QString content;
        QString reasoning;
    };

    Piece feed(const QString &text);
    // End of the stream: whatever is held back is answer text.
    Piece finish();

private:
    enum class State { Start, Thinking, AfterThinking, Answer };
    State m_state = State::Start;
    QString m_pending;
};

} // namespace Inkwell
