// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/conversationrepository.h"
#include "store/database.h"

#include <QTemporaryDir>

#include <memory>

// One temporary folder for a test class: a fresh store in its own file on
// each call, so no test sees another's rows, and room for the files a test
// writes beside them.
class TempStores {
public:
    std::unique_ptr<Inkwell::Database> fresh()
    {
        auto db = std::make_unique<Inkwell::Database>();
        const Inkwell::Error e = db->open(m_dir.filePath(QStringLiteral("db%1.sqlite3").arg(++m_count)));
        return e.isError() ? nullptr : std::move(db);
    }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    QString path() const { return m_dir.path(); }
    int count() const { return m_count; }

    static int conversationCount(Inkwell::Database &db)
    {
        return int(Inkwell::ConversationRepository(db.db()).list().value.size());
    }

private:
    QTemporaryDir m_dir;
    int m_count = 0;
};
