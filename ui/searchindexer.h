// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QThread>
#include <QtQml/qqmlregistration.h>

#include <atomic>
#include <memory>

namespace Inkwell {

// Takes what an import left for the search index (search_pending) on a
// thread of its own, with its own connection, a batch of 2,000 messages at a
// time: the window stays free, and search finds the imported messages a few
// seconds after the import, rather than the import taking that much longer.
class SearchIndexer : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("App.searchIndexer")
    // Messages not yet in the index; 0 once it has caught up.
    Q_PROPERTY(qint64 pending READ pending NOTIFY pendingChanged)
public:
    explicit SearchIndexer(QString databasePath, QObject *parent = nullptr);
    ~SearchIndexer() override;

    [[nodiscard]] qint64 pending() const { return m_pending; }
    // Starts catching up unless it already is (after an import, at start).
    void start();

Q_SIGNALS:
    void pendingChanged();
    void failed(const QString &message);

private:
    QString m_databasePath;
    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic<bool>> m_stop;
    qint64 m_pending = 0;
    bool m_again = false; // asked to start while running: once more at the end
};

} // namespace Inkwell
