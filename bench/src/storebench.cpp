// SPDX-License-Identifier: GPL-3.0-or-later
// A store as a heavy user has it (conversations of 10,000 messages, 100,000 in
// all, English and Chinese), made through the real repositories, and search
// over it through the real index.
#include "benches.h"
#include "corpus.h"
#include "figures.h"
#include "store/conversationrepository.h"
#include "store/database.h"
#include "store/messagerepository.h"
#include "store/searchindex.h"

#include <QDateTime>

namespace Bench {

QList<qint64> fillStore(const QString &dataDir, const Sizes &sizes)
{
    Inkwell::Database database;
    if (const Inkwell::Error e = database.open(Inkwell::Database::defaultFilePath(dataDir)); e.isError())
        qFatal("cannot open the store: %s", qPrintable(e.message));
    Inkwell::ConversationRepository conversations(database.db());
    Inkwell::MessageRepository messages(database.db());
    const qint64 start = nowNs();
    const qint64 dayAgo = QDateTime::currentMSecsSinceEpoch() - 86'400'000;
    QList<qint64> ids;
    int n = 0;
    for (int c = 0; c < sizes.conversations; ++c) {
        database.db().transaction();
        Inkwell::Conversation conversation;
        conversation.title = QStringLiteral("Long conversation %1").arg(c + 1);
        conversation.createdAt = dayAgo + c;
        const qint64 id = conversations.create(conversation).value;
        qint64 parent = 0;
        for (int m = 0; m < sizes.messagesPerConversation; ++m, ++n) {
            Inkwell::Message message;
            message.conversationId = id;
            message.parentId = parent;
            message.role = m % 2 == 0 ? Inkwell::Chat::Role::User : Inkwell::Chat::Role::Assistant;
            message.content = storedMessage(n, m % 2 == 0);
            message.createdAt = dayAgo + n;
            const auto inserted = messages.insert(message);
            if (!inserted.ok())
                qFatal("cannot store a message: %s", qPrintable(inserted.error.message));
            parent = inserted.value;
        }
        if (conversations.setCurrentLeaf(id, parent, dayAgo + n).isError())
            qFatal("the test's store refused a row");
        database.db().commit();
        ids << id;
    }
    figure("store.fill_ms", double(nowNs() - start) / 1e6, "ms");
    return ids;
}

void searchStore(const QString &dataDir, const Sizes &sizes)
{
    Inkwell::Database database;
    if (const Inkwell::Error e = database.open(Inkwell::Database::defaultFilePath(dataDir)); e.isError())
        qFatal("cannot open the store: %s", qPrintable(e.message));
    Inkwell::SearchIndex index(database.db());
    QList<double> times;
    for (int round = 0; round < 5; ++round) {
        for (const QString &query : searchQueries()) {
            const qint64 start = nowNs();
            const auto hits = index.find(query, 50);
            times << double(nowNs() - start) / 1e6;
            if (!hits.ok() || hits.value.isEmpty())
                qFatal("search for %s found nothing", qPrintable(query));
        }
    }
    const int total = sizes.conversations * sizes.messagesPerConversation;
    const QByteArray suffix = total >= 100'000 ? QByteArray("100k") : QByteArray::number(total);
    figure(QByteArray("search.fts_" + suffix + "_p50_ms").constData(), percentile(times, 50), "ms");
    figure(QByteArray("search.fts_" + suffix + "_max_ms").constData(), percentile(times, 100), "ms");
}

} // namespace Bench
