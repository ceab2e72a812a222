// SPDX-License-Identifier: GPL-3.0-or-later
#include "singleinstance.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QSysInfo>
#include <QThread>
#include <QTimer>

namespace Inkwell {

namespace {

constexpr qint64 kMaxRequest = qint64(64) * 1024;
constexpr int kReadTimeoutMs = 5000;
const QByteArray kAck = QByteArrayLiteral("ok\n");

QString socketPathFor(const QString &dataDir)
{
    // In the runtime directory (local, private to the user) rather than in the
    // data directory, which may be on a network file system without sockets.
    // Read directly: QStandardPaths warns on every start when it is unset.
    QString base = qEnvironmentVariable("XDG_RUNTIME_DIR");
    // Each Flatpak sandbox has a runtime directory of its own; only
    // app/<id> inside it is shared by every instance of the app.
    if (const QString flatpak = qEnvironmentVariable("FLATPAK_ID"); !base.isEmpty() && !flatpak.isEmpty())
        base += u"/app/" + flatpak;
    if (base.isEmpty() || !QFileInfo(base).isDir())
        base = QDir::tempPath();
    const QByteArray key = QCryptographicHash::hash(dataDir.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return base + u"/inkwell-" + QString::fromLatin1(key) + u".socket";
}

QString canonical(const QString &dir)
{
    const QString path = QFileInfo(dir).canonicalFilePath();
    return path.isEmpty() ? QFileInfo(dir).absoluteFilePath() : path;
}

} // namespace

SingleInstance::SingleInstance(const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_dataDir(dataDir)
    , m_lock(QDir(dataDir).filePath(QStringLiteral("inkwell.lock")))
{
    // Only a dead owner makes a lock stale, never its age: a week-old
    // window still owns its database.
    m_lock.setStaleLockTime(0);
}

SingleInstance::~SingleInstance() = default;

SingleInstance::Role SingleInstance::claim()
{
    if (!QDir().mkpath(m_dataDir))
        return Role::Unavailable;
    m_socketPath = socketPathFor(canonical(m_dataDir));
    if (!m_lock.tryLock(0)) {
        if (m_lock.error() != QLockFile::LockFailedError)
            return Role::Unavailable;
        if (!takeOverDeadOwner())
            return Role::Secondary;
    }

    m_server = std::make_unique<QLocalServer>();
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    // A socket file left by a crashed owner: we hold the lock, so nobody listens on it.
    QLocalServer::removeServer(m_socketPath);
    if (!m_server->listen(m_socketPath)) {
        qWarning("inkwell: later starts cannot hand over to this window: %s", qPrintable(m_server->errorString()));
        m_server.reset();
        return Role::Primary;
    }
    connect(m_server.get(), &QLocalServer::newConnection, this, &SingleInstance::onConnection);
    return Role::Primary;
}

bool SingleInstance::takeOverDeadOwner()
{
    // A live owner holds a flock() on its lock file from the moment it
    // creates it until its process is gone; removeStaleLockFile() succeeds
    // only when nobody does. Qt alone calls a lock stale only when its pid
    // does not run, and a process killed but not yet reaped (a zombie: under
    // a container's init, for a while) or still being torn down counts as
    // running: the lock would block every later start.
    qint64 pid = 0;
    QString host, app;
    if (m_lock.getLockInfo(&pid, &host, &app)) {
        // Written by another machine sharing the folder: its flock is not ours to judge.
        if (!host.isEmpty() && host != QSysInfo::machineHostName())
            return false;
    } else {
        // Not written yet: a process killed between creating its lock and
        // writing its pid, or an owner in the microseconds before it takes
        // the flock. Only an old one is dead.
        const QFileInfo file(m_lock.fileName());
        constexpr int kUnwrittenGraceS = 3;
        if (!file.exists() || file.lastModified().secsTo(QDateTime::currentDateTime()) < kUnwrittenGraceS)
            return false;
    }
    // Two later starts at once could each remove the other's fresh lock
    // (remove, then create: the other removes what the first created). As
    // Qt does for its own stale locks, one at a time under a lock of its own.
    QLockFile removing(m_lock.fileName() + QStringLiteral(".rmlock"));
    if (!removing.tryLock(0))
        return false;
    return m_lock.removeStaleLockFile() && m_lock.tryLock(0);
}

void SingleInstance::onConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        // A client that connects and says nothing is dropped, not waited on.
        QTimer::singleShot(kReadTimeoutMs, socket, [socket] { socket->abort(); });
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine()) {
                if (socket->bytesAvailable() > kMaxRequest)
                    socket->abort();
                return;
            }
            const QByteArray line = socket->readLine(kMaxRequest);
            const QJsonDocument doc = QJsonDocument::fromJson(line);
            if (!doc.isObject()) {
                socket->abort();
                return;
            }
            socket->write(kAck);
            socket->flush();
            socket->disconnectFromServer();
            Q_EMIT requested(doc.object().toVariantMap());
        });
    }
}

QString SingleInstance::handOver(const QVariantMap &request, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    auto remaining = [&deadline] { return int(qMax<qint64>(1, deadline.remainingTime())); };
    QLocalSocket socket;
    // The owner may hold the lock but not listen yet (it is still starting):
    // keep knocking until the deadline.
    for (;;) {
        socket.connectToServer(m_socketPath);
        if (socket.waitForConnected(remaining()))
            break;
        if (deadline.hasExpired())
            return tr("Inkwell is already running on this data directory but does not answer (%1).")
                .arg(socket.errorString());
        QThread::msleep(50);
    }
    socket.write(QJsonDocument(QJsonObject::fromVariantMap(request)).toJson(QJsonDocument::Compact) + '\n');
    socket.flush();
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(remaining()))
            return tr("Inkwell is already running on this data directory but did not take the request (%1).")
                .arg(socket.errorString());
    }
    if (socket.readLine() != kAck)
        return tr("Inkwell is already running on this data directory and refused the request.");
    return {};
}

} // namespace Inkwell
