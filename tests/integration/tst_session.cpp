// SPDX-License-Identifier: GPL-3.0-or-later
// The conversation on screen without the window: ConversationSession owns the
// shown branch and ends an answer in explicit steps; the sidebar's operations
// and the clipboard actions act on it. Real SQLite, real HTTP over loopback.
#include "appcontroller.h"
#include "fakeserver.h"
#include "openaichunks.h"
#include "store/database.h"
#include "store/message.h"
#include "store/messagerepository.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Inkwell;
using State = ConversationSession::State;

class TestSession : public QObject {
    Q_OBJECT

    FakeServer m_server;

    static int lastStatus(ConversationSession *s)
    {
        const MessageListModel *m = s->messages();
        return m->data(m->index(m->rowCount() - 1), MessageListModel::StatusRole).toInt();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_server.listen()); }

    void anAnswerEndsInExplicitSteps()
    {
        QTemporaryDir dir;
        m_server.serveInOrder(
            {FakeServer::Response::sse(chatStream({QStringLiteral("Hello "), QStringLiteral("there.")}))});
        AppController::setStartupOptions({dir.path(), m_server.baseUrl(), QStringLiteral("m")});
        AppController app(nullptr);
        ConversationSession *session = app.session();
        QCOMPARE(session->state(), State::Idle);

        // What the window can read at each step, recorded as the step is taken.
        QList<State> states;
        QList<int> statusAtStep;
        QList<bool> listedAtStep;
        QList<QString> textAtStep;
        connect(session, &ConversationSession::stateChanged, this, [&] {
            states << session->state();
            statusAtStep << (session->messages()->rowCount() ? lastStatus(session) : -1);
            textAtStep << session->messages()->contentAt(1);
            listedAtStep << (app.conversations()->indexOfId(session->conversationId()) >= 0);
        });
        QVERIFY(session->send(QStringLiteral("Hi")));
        QVERIFY(session->busy());
        QVERIFY(session->conversationId() > 0);
        QTRY_COMPARE(session->state(), State::Idle);

        QCOMPARE(states, (QList<State> {State::Answering, State::Finishing, State::Idle}));
        // Finishing: the store has the answer, the view still the streamed row.
        QCOMPARE(statusAtStep.at(1), int(Chat::Status::Streaming));
        // ... whose text is the stream's, all of it, before the store's copy is read.
        QCOMPARE(textAtStep.at(1), QStringLiteral("Hello there."));
        // Idle: the view shows the answer as stored, and the sidebar lists it.
        QCOMPARE(statusAtStep.at(2), int(Chat::Status::Complete));
        QVERIFY(listedAtStep.at(2));
        QCOMPARE(session->messages()->contentAt(1), QStringLiteral("Hello there."));
        QVERIFY(!session->canContinue());
        QCOMPARE(session->title(), QStringLiteral("Hi"));
    }

    // Another conversation opened while an answer streams: the answer goes
    // on; opened again, its row reads the stream where it has got to.
    void anAnswerGoesOnWhileAnotherConversationIsShown()
    {
        QTemporaryDir dir;
        QStringList pieces;
        for (int i = 0; i < 60; ++i)
            pieces << QStringLiteral("Piece %1. ").arg(i);
        m_server.serveInOrder({FakeServer::Response::sse(chatStream({QStringLiteral("Other.")})),
                               FakeServer::Response::sse(chatStream(pieces), 64, 25)});
        AppController::setStartupOptions({dir.path(), m_server.baseUrl(), QStringLiteral("m")});
        AppController app(nullptr);
        ConversationSession *session = app.session();
        QVERIFY(session->send(QStringLiteral("The other one")));
        QTRY_COMPARE(session->state(), State::Idle);
        const qint64 other = session->conversationId();

        session->newConversation();
        QVERIFY(session->send(QStringLiteral("A long one")));
        const qint64 answering = session->conversationId();
        QTRY_VERIFY(session->messages()->contentAt(1).contains(u"Piece 2."));
        session->open(other);
        QCOMPARE(session->conversationId(), other);
        QCOMPARE(session->answeringId(), answering);
        QVERIFY(session->answeringElsewhere()); // the composer says so
        QCOMPARE(session->messages()->contentAt(1), QStringLiteral("Other."));
        QVERIFY(session->busy());
        session->open(answering); // back while it streams
        QVERIFY(session->busy());
        QVERIFY(!session->answeringElsewhere());
        QTRY_VERIFY(session->messages()->contentAt(1).contains(u"Piece 40."));
        session->newConversation(); // and away again till it ends
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), State::Idle, 10000);
        QCOMPARE(session->messages()->rowCount(), 0);
        session->open(answering);
        QCOMPARE(session->messages()->contentAt(1), pieces.join(QString()));
        QCOMPARE(session->messages()->messageAt(1).status, Chat::Status::Complete);
    }

    // An answer that fails while another conversation is shown: the banner
    // names its conversation and offers no Retry (it would act on this one).
    void aFailureElsewhereIsNamedAndNotRetriedHere()
    {
        QTemporaryDir dir;
        QStringList pieces;
        for (int i = 0; i < 40; ++i)
            pieces << QStringLiteral("Piece %1. ").arg(i);
        FakeServer::Response dropped = FakeServer::Response::sse(chatStream(pieces), 64, 25);
        dropped.dropAfter = 1500;
        m_server.serveInOrder({FakeServer::Response::sse(chatStream({QStringLiteral("Other.")})), dropped});
        AppController::setStartupOptions({dir.path(), m_server.baseUrl(), QStringLiteral("m")});
        AppController app(nullptr);
        ConversationSession *session = app.session();
        QVERIFY(session->send(QStringLiteral("The other one")));
        QTRY_COMPARE(session->state(), State::Idle);
        const qint64 other = session->conversationId();
        session->newConversation();
        QVERIFY(session->send(QStringLiteral("Doomed")));
        QTRY_VERIFY(session->messages()->contentAt(1).contains(u"Piece 1."));
        // Copying now takes the text streamed so far (the row has none of its own).
        QVERIFY(session->messages()->messageAt(1).content.contains(u"Piece 1."));
        session->open(other);
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), State::Idle, 10000);
        QVERIFY2(session->errorText().startsWith(QStringLiteral("The answer in “Doomed” failed: ")),
                 qPrintable(session->errorText()));
        QVERIFY(!session->canRetry());
        QCOMPARE(session->messages()->contentAt(1), QStringLiteral("Other."));
    }

    void nothingIsSentWhileAnAnswerFinishes()
    {
        QTemporaryDir dir;
        m_server.serveInOrder({FakeServer::Response::sse(chatStream({QStringLiteral("One.")})),
                               FakeServer::Response::sse(chatStream({QStringLiteral("Two.")}))});
        AppController::setStartupOptions({dir.path(), m_server.baseUrl(), QStringLiteral("m")});
        AppController app(nullptr);
        ConversationSession *session = app.session();
        // The composer's Enter in the very turn the stream ends: refused, the
        // text stays with the user.
        bool refusedWhileFinishing = false;
        connect(session, &ConversationSession::stateChanged, this, [&] {
            if (session->state() == State::Finishing)
                refusedWhileFinishing = !session->send(QStringLiteral("Second"));
        });
        QVERIFY(session->send(QStringLiteral("First")));
        QTRY_COMPARE(session->state(), State::Idle);
        QVERIFY(refusedWhileFinishing);
        QCOMPARE(session->messages()->rowCount(), 2);
        session->disconnect(this);
        QVERIFY(session->send(QStringLiteral("Second")));
        QTRY_COMPARE(session->state(), State::Idle);
        QCOMPARE(session->messages()->rowCount(), 4);
        QCOMPARE(session->messages()->contentAt(3), QStringLiteral("Two."));
    }

    void aFailureGoesToTheBanner()
    {
        QTemporaryDir dir;
        m_server.serveInOrder({FakeServer::Response::json(
            401, R"({"error":{"message":"Incorrect API key provided","type":"invalid_request_error"}})")});
        AppController::setStartupOptions({dir.path(), m_server.baseUrl(), QStringLiteral("m")});
        AppController app(nullptr);
        ConversationSession *session = app.session();
        QSignalSpy errors(session, &ConversationSession::errorChanged);
        QVERIFY(session->send(QStringLiteral("Hi")));
        QTRY_COMPARE(session->state(), State::Idle);
        QVERIFY2(session->errorText().contains(QStringLiteral("Incorrect API key")), qPrintable(session->errorText()));
        QVERIFY(session->canRetry());
        QVERIFY(errors.count() >= 1);
        session->dismissError();
        QVERIFY(session->errorText().isEmpty());
        QVERIFY(!session->canRetry());
    }

    // The store refuses the answer (a full disk: the file may not grow, see
    // tst_storefaults): the banner says so, offers no Retry (that would ask
    // again), the whole answer stays on screen and is written once there is room.
    void aFullDiskIsToldAndTheAnswerWrittenLater()
    {
        QTemporaryDir dir;
        QStringList pieces;
        for (int i = 0; i < 300; ++i)
            pieces << QStringLiteral("Piece %1 of a long answer that needs pages of its own. ").arg(i).repeated(2);
        // Slow enough (about 1 s) that a streamed flush fails before the final write does.
        m_server.serveInOrder({FakeServer::Response::sse(chatStream(pieces), 2048, 30)});
        AppController::setStartupOptions({dir.path(), m_server.baseUrl(), QStringLiteral("m")});
        AppController app(nullptr);
        ConversationSession *session = app.session();
        const auto limitPages = [&](bool full) {
            for (const QString &name : QSqlDatabase::connectionNames()) {
                QSqlDatabase db = QSqlDatabase::database(name, false);
                if (!db.isOpen() || db.databaseName() != Database::defaultFilePath(dir.path()))
                    continue;
                QSqlQuery q(db);
                QVERIFY(q.exec(QStringLiteral("PRAGMA page_count")) && q.next());
                QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(full ? q.value(0).toInt() : 1 << 30)));
            }
        };
        // The disk fills once the answer's row is there, before its text.
        connect(session->messages(), &QAbstractItemModel::rowsInserted, this, [&](const QModelIndex &, int row) {
            if (row == 1)
                limitPages(true);
        });
        QVERIFY(session->send(QStringLiteral("Hi")));
        // Told while it streams, by the first flush the store refuses.
        QTRY_VERIFY_WITH_TIMEOUT(session->errorText().contains(QStringLiteral("disk is full")), 10000);
        QCOMPARE(session->state(), State::Answering);
        // The view goes on showing the text the store refused.
        QVERIFY(!session->messages()->contentAt(1).isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), State::Idle, 30000);
        QVERIFY2(session->errorText().contains(QStringLiteral("disk is full")), qPrintable(session->errorText()));
        QVERIFY(!session->canRetry());
        QCOMPARE(session->messages()->contentAt(1), pieces.join(QString()));

        session->messages()->disconnect(this);
        limitPages(false);
        QTRY_VERIFY_WITH_TIMEOUT(session->errorText().isEmpty(), 10000);
        Database reader; // a connection of its own: what is on disk
        QVERIFY(!reader.open(Database::defaultFilePath(dir.path())).isError());
        const auto answer = MessageRepository(reader.db()).get(session->messages()->messageAt(1).id);
        QCOMPARE(answer.value.content, pieces.join(QString()));
    }

    void theSidebarActsOnTheConversationShown()
    {
        QTemporaryDir dir;
        m_server.serveInOrder({FakeServer::Response::sse(chatStream({QStringLiteral("Answer.")}))});
        AppController::setStartupOptions({dir.path(), m_server.baseUrl(), QStringLiteral("m")});
        AppController app(nullptr);
        ConversationSession *session = app.session();
        QVERIFY(session->send(QStringLiteral("Tea")));
        QTRY_COMPARE(session->state(), State::Idle);
        const qint64 id = session->conversationId();

        QSignalSpy changed(session, &ConversationSession::conversationChanged);
        app.sidebar()->rename(id, QStringLiteral("  Green   tea "));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(session->title(), QStringLiteral("Green tea"));

        // A duplicate opens; deleting the one shown closes it, Undo opens it again.
        const qint64 copy = app.sidebar()->duplicate(id);
        QVERIFY(copy > 0 && copy != id);
        QCOMPARE(session->conversationId(), copy);
        QCOMPARE(session->messages()->rowCount(), 2);
        app.sidebar()->remove(copy);
        QCOMPARE(session->conversationId(), 0);
        QCOMPARE(session->messages()->rowCount(), 0);
        app.sidebar()->undo();
        QCOMPARE(session->conversationId(), copy);

        // Ctrl+PgDn / PgUp: the neighbours as the sidebar lists them.
        app.sidebar()->openNeighbour(1);
        QCOMPARE(session->conversationId(), id);
        app.sidebar()->openNeighbour(-1);
        QCOMPARE(session->conversationId(), copy);
    }

    void theClipboardCopiesWhatIsShown()
    {
        QTemporaryDir dir;
        m_server.serveInOrder({FakeServer::Response::sse(chatStream({QStringLiteral("**Bold** answer.")}))});
        AppController::setStartupOptions({dir.path(), m_server.baseUrl(), QStringLiteral("m")});
        AppController app(nullptr);
        ConversationSession *session = app.session();
        QVERIFY(session->send(QStringLiteral("Hi")));
        QTRY_COMPARE(session->state(), State::Idle);
        const qint64 answer = session->messages()->messageAt(1).id;
        QVERIFY(app.clipboard()->copyLastAnswer());
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("**Bold** answer."));
        QVERIFY(app.clipboard()->copyAnswer(answer, true));
        QCOMPARE(QGuiApplication::clipboard()->text().trimmed(), QStringLiteral("Bold answer."));
        QVERIFY(app.clipboard()->copyRequestAsCurl(answer));
        QVERIFY(QGuiApplication::clipboard()->text().startsWith(QStringLiteral("curl")));
        QVERIFY(!app.clipboard()->copyMessages(5, 9)); // no such rows
    }
};

QTEST_MAIN(TestSession)
#include "tst_session.moc"
