// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchindexer.h"

#include "store/database.h"
#include "store/searchindex.h"

namespace Inkwell {

SearchIndexer::SearchIndexer(QString databasePath, QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
{
}

SearchIndexer::~SearchIndexer()
{
    // Quitting: the batch under way finishes (its own transaction), the rest
    // stays listed for the next start.
    if (m_thread) {
        m_stop->store(true);
        m_thread->wait();
        delete m_thread; // its finished() would have, but this is gone first
    }
}

void SearchIndexer::start()
{
    if (m_thread) {
        m_again = true;
        return;
    }
    m_again = false;
    m_stop = std::make_shared<std::atomic<bool>>(false);
    auto stop = m_stop;
    const QString path = m_databasePath;
    m_thread = QThread::create([this, stop, path] {
        Database db;
        auto report = [this](qint64 left, const QString &error) {
            QMetaObject::invokeMethod(
                this,
                [this, left, error] {
                    if (!error.isEmpty())
                        Q_EMIT failed(error);
                    if (left >= 0 && left != m_pending) {
                        m_pending = left;
                        Q_EMIT pendingChanged();
                    }
                },
                Qt::QueuedConnection);
        };
        if (const Error e = db.open(path); e.isError()) {
            report(-1, e.message);
            return;
        }
        SearchIndex index(db.db());
        auto left = index.pending();
        report(left.ok() ? left.value : -1, left.error.message);
        // The window's own writes may hold the database for longer than the
        // busy timeout (a long answer's final write, an export): a batch
        // that could not start is tried again a little later, a few times.
        int tries = 0;
        while (left.ok() && left.value > 0 && !stop->load()) {
            auto next = index.catchUp();
            if (!next.ok() && ++tries < 5) {
                QThread::msleep(500);
                continue;
            }
            tries = 0;
            left = next;
            report(left.ok() ? left.value : -1, left.error.message);
        }
    });
    connect(m_thread, &QThread::finished, this, [this] {
        m_thread->deleteLater();
        m_thread = nullptr;
        if (m_again)
            start();
    });
    m_thread->start(QThread::LowPriority);
}

} // namespace Inkwell
