// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>
#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#endif

namespace Inkwell {

// Whether the process that marked a row as its own still runs.
inline bool processAlive(qint64 pid)
{
#ifdef Q_OS_UNIX
    if (pid <= 0)
        return false;
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
#else
    Q_UNUSED(pid);
    return false;
#endif
}

} // namespace Inkwell
