// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLockFile>
#include <QObject>
#include <QString>
#include <QVariantMap>

#include <memory>

class QLocalServer;

namespace Inkwell {

// One writer per data directory. The first process takes a lock file in the
// data directory and listens on a local socket; a later process started on the
// same directory hands its request (a --base-url, say) to the first and quits.
// The lock decides who is first, so two processes started together cannot both
// win, and a lock left by a crashed process is taken over.
class SingleInstance : public QObject {
    Q_OBJECT
public:
    enum class Role {
        Primary, // this process owns the data directory
        Secondary, // another live process does: call handOver()
        Unavailable, // no lock possible (read-only directory…): run alone
    };

    explicit SingleInstance(const QString &dataDir, QObject *parent = nullptr);
    ~SingleInstance() override;

    // May be called again after a failed handOver(): an owner that died
    // meanwhile is taken over.
    Role claim();
    // Secondary only: blocks (there is no window yet) until the primary has
    // taken the request or timeoutMs has passed. Empty on success, else why not.
    QString handOver(const QVariantMap &request, int timeoutMs = 5000);

    [[nodiscard]] QString socketPath() const { return m_socketPath; }

Q_SIGNALS:
    // Primary only: a later process's request, once per hand-over.
    void requested(const QVariantMap &request);

private:
    bool takeOverDeadOwner();
    void onConnection();

    QString m_dataDir;
    QString m_socketPath;
    QLockFile m_lock;
    std::unique_ptr<QLocalServer> m_server;
};

} // namespace Inkwell
