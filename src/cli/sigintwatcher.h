// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QSocketNotifier;

namespace Inkwell::Cli {

// Turns SIGINT into a Qt signal (self-pipe): the handler only writes a byte,
// the event loop does the rest. A second Ctrl+C exits at once with 130.
class SigintWatcher : public QObject {
    Q_OBJECT
public:
    explicit SigintWatcher(QObject *parent = nullptr);
    ~SigintWatcher() override;

Q_SIGNALS:
    void interrupted();

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace Inkwell::Cli
