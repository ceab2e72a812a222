// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Runs the real inkwell-cli executable (INKWELL_CLI) as a child process.
#include <QProcess>
#include <QTest>

#include <csignal>

struct CliRun {
    int code = -1;
    QByteArray out;
    QByteArray err;
};

// env: variables to set (an empty value removes the variable).
inline CliRun runCli(const QStringList &args, const QByteArray &stdinData = {}, bool interrupt = false,
                     const QList<QPair<QString, QString>> &env = {})
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.remove(QStringLiteral("INKWELL_API_KEY"));
    for (const auto &[k, v] : env) {
        if (v.isEmpty())
            e.remove(k);
        else
            e.insert(k, v);
    }
    p.setProcessEnvironment(e);
    p.start(QStringLiteral(INKWELL_CLI), args);
    if (!p.waitForStarted())
        return {};
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    if (interrupt) {
        // Once the first bytes are out, Ctrl+C.
        (void)QTest::qWaitFor([&] { return p.bytesAvailable() > 0 || p.state() != QProcess::Running; }, 10000);
        ::kill(pid_t(p.processId()), SIGINT);
    }
    (void)QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 30000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, p.readAllStandardOutput(),
            p.readAllStandardError()};
}
