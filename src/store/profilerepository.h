// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "providers/profile.h"

#include <QList>
#include <QSqlDatabase>

namespace Inkwell {

// Profiles without their keys: keys never touch SQLite (see secrets/).
class ProfileRepository {
public:
    explicit ProfileRepository(const QSqlDatabase &db);

    Result<QList<Profile>> list();
    Result<Profile> get(qint64 id);
    Result<Profile> byName(const QString &name);
    // Inserts when profile.id is 0, else updates. Returns the id.
    Result<qint64> save(const Profile &profile);
    Error remove(qint64 id);
    // The profile the window uses (0: none chosen; the first one then).
    qint64 activeId();
    Error setActiveId(qint64 id);

private:
    QSqlDatabase m_db;
};

} // namespace Inkwell
