// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "providers/generation.h"

#include <QList>
#include <QObject>
#include <QTimer>

#include <memory>

class QNetworkAccessManager;

namespace Inkwell {

// The text of one choice of a running request. While it streams this is its
// only copy: the view parses it from where it had got to, the store's flush
// writes it, and either may hold on to it after the run has ended.
struct StreamedText {
    QString content;
    QString reasoning;
    int deltas = 0; // pieces received, the token count when usage is missing
};

// One request from start to end, the part a chat answer and a draft action
// share: the checks every request needs, the provider and its Generation, the
// text of each choice, and a flush every kFlushIntervalMs while text is not
// yet stored. What "stored" means is the owner's: it writes on flushDue(),
// then marks what the store took.
class GenerationRun : public QObject {
    Q_OBJECT
public:
    static constexpr int kFlushIntervalMs = 250;

    // Checks the request (a known API; text completion only where the
    // backend has it) and keeps only the parameters the backend takes. Not
    // started; choices 0 to params.choiceCount() - 1 (at most 128) are kept.
    static Result<std::unique_ptr<GenerationRun>> create(QNetworkAccessManager *nam, GenerationRequest request);
    ~GenerationRun() override;

    // The request as sent (parameters filtered).
    [[nodiscard]] const GenerationRequest &request() const { return m_generation->request(); }
    [[nodiscard]] Generation &generation() const { return *m_generation; }
    [[nodiscard]] int choiceCount() const { return int(m_texts.size()); }
    [[nodiscard]] std::shared_ptr<const StreamedText> text(int choice) const { return m_texts.value(choice); }

    // Before start(): choice 0 carries on this text (a stopped answer
    // continued): what streams is appended to it.
    void resume(const QString &content, const QString &reasoning);
    // Before start(): choice 0 is a new answer asked to continue `before`;
    // its first kJoinHold characters are held back until they can be joined
    // (see joinContinuation) and only then appended.
    void joinTo(const QString &before);
    static constexpr qsizetype kJoinHold = 200;
    // A continuation that was asked for as a new answer, joined to the text
    // so far: a repeat of its end dropped, a space after a finished sentence.
    static QString joinContinuation(const QString &before, QString after);

    void start();
    void stop();

    // Choices whose text grew since it was last marked stored, in order.
    [[nodiscard]] QList<int> unstored() const;
    [[nodiscard]] bool hasUnstored() const { return !m_unstored.isEmpty(); }
    void markStored(int choice) { m_unstored.removeOne(choice); }

Q_SIGNALS:
    // Text arrived for `choice`; the pieces are already in text(choice).
    void grew(int choice, const QString &content, const QString &reasoning);
    // Every kFlushIntervalMs while some text is unstored.
    void flushDue();
    // The end, once; held text has been joined. The owner deletes the run
    // later (this comes from inside the generation's own signal).
    void finished(Inkwell::Chat::Status status);

private:
    GenerationRun(QNetworkAccessManager *nam, std::unique_ptr<Provider> provider, const GenerationRequest &request);
    void onDelta(int choice, const QString &content, const QString &reasoning);
    void append(int choice, const QString &content, const QString &reasoning);

    std::unique_ptr<Provider> m_provider; // before m_generation, which refers to it
    std::unique_ptr<Generation> m_generation;
    QList<std::shared_ptr<StreamedText>> m_texts;
    QList<int> m_unstored;
    QTimer m_flushTimer;
    QString m_joinBefore;
    QString m_joinHeld;
};

} // namespace Inkwell
