// SPDX-License-Identifier: GPL-3.0-or-later
#include "blocklistmodel.h"
#include "chat/titlerefiner.h"
#include "conversationlistmodel.h"
#include "messagelistmodel.h"
#include "parameterscontroller.h"
#include "store/conversationrepository.h"
#include "store/database.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Inkwell;

class TestModels : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    static Message message(qint64 id, const QString &role, const QString &content = {}, const QString &status = {})
    {
        Message m;
        m.id = id;
        m.role = role;
        m.content = content;
        m.status = status;
        return m;
    }

private Q_SLOTS:
    void conversationList()
    {
        Database db;
        QVERIFY(!db.open(m_dir.filePath(QStringLiteral("m.sqlite3"))).isError());
        ConversationListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(db.db());
        model.reload();
        QCOMPARE(model.rowCount(), 0);
        ConversationRepository repo(db.db());
        Conversation c;
        c.title = QStringLiteral("关于人工智能");
        const qint64 id = repo.create(c).value;
        repo.create(Conversation {});
        QSignalSpy count(&model, &ConversationListModel::countChanged);
        model.reload();
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(count.size(), 1);
        const int row = model.indexOfId(id);
        QVERIFY(row >= 0);
        QCOMPARE(model.data(model.index(row), ConversationListModel::TitleRole).toString(),
                 QStringLiteral("关于人工智能"));
        QCOMPARE(model.data(model.index(row), ConversationListModel::SectionRole).toString(), QStringLiteral("Today"));
        QCOMPARE(model.roleNames().value(ConversationListModel::IdRole), QByteArray("conversationId"));

        // A chat answered again moves to the top in place: its delegates are
        // not all remade, and the others' rows are untouched.
        const qint64 other = model.data(model.index(0), ConversationListModel::IdRole).toLongLong();
        QVERIFY(other != id);
        QVERIFY(!repo.rename(id, QStringLiteral("人工智能简史")).isError());
        QVERIFY(!repo.setCurrentLeaf(id, 0, QDateTime::currentMSecsSinceEpoch() + 60'000).isError());
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.reload();
        QCOMPARE(reset.size(), 0);
        QCOMPARE(moved.size(), 1);
        QCOMPARE(model.indexOfId(id), 0);
        QCOMPARE(model.indexOfId(other), 1);
        QCOMPARE(changed.size(), 1); // the title and time of the one that moved
        QCOMPARE(model.data(model.index(0), ConversationListModel::TitleRole).toString(),
                 QStringLiteral("人工智能简史"));
        model.reload(); // nothing new: nothing announced
        QCOMPARE(reset.size() + moved.size() + changed.size(), 2);
        repo.create(Conversation {});
        model.reload(); // a new row: read anew
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 3);
    }

    // A long history is read a page at a time: the first page at start, the
    // next as the list scrolls (fetchMore), far enough for a conversation
    // opened from elsewhere; pinned ones and folders come whole.
    void conversationListPages()
    {
        Database db;
        QVERIFY(!db.open(m_dir.filePath(QStringLiteral("pages.sqlite3"))).isError());
        ConversationRepository repo(db.db());
        db.db().transaction();
        QList<qint64> ids; // oldest first
        for (int i = 0; i < 450; ++i) {
            Conversation c;
            c.title = QStringLiteral("c%1").arg(i);
            c.createdAt = c.updatedAt = 1'700'000'000'000 + i * 1000;
            ids << repo.create(c).value;
        }
        db.db().commit();
        QVERIFY(!repo.setPinned(ids.first(), true).isError());
        ConversationListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(db.db());
        model.reload();
        QCOMPARE(model.conversationCount(), 450);
        QCOMPARE(model.rowCount(), 1 + ConversationListModel::kPage); // the pinned one and a page
        QCOMPARE(model.data(model.index(0), ConversationListModel::IdRole).toLongLong(), ids.first());
        QCOMPARE(model.data(model.index(1), ConversationListModel::IdRole).toLongLong(), ids.last());
        QVERIFY(model.canFetchMore({}));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 1 + 2 * ConversationListModel::kPage);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(reset.size(), 0);
        // In order across the pages: newest first, each once.
        for (int row = 2; row < model.rowCount(); ++row)
            QCOMPARE(model.data(model.index(row), ConversationListModel::IdRole).toLongLong(),
                     model.data(model.index(row - 1), ConversationListModel::IdRole).toLongLong() - 1);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 450);
        QVERIFY(!model.canFetchMore({}));

        // A fresh list, and the oldest unpinned conversation asked for.
        ConversationListModel other;
        QAbstractItemModelTester otherTester(&other, QAbstractItemModelTester::FailureReportingMode::QtTest);
        other.setDatabase(db.db());
        other.reload();
        QCOMPARE(other.indexOfId(ids.at(1)), -1);
        other.ensureLoaded(ids.at(1));
        QVERIFY(other.indexOfId(ids.at(1)) > 0);
        // Ctrl+PgDn past the last row read reads on.
        ConversationListModel third;
        third.setDatabase(db.db());
        third.reload();
        const qint64 lastRead
            = third.data(third.index(third.rowCount() - 1), ConversationListModel::IdRole).toLongLong();
        QCOMPARE(third.neighbour(lastRead, 1), lastRead - 1);
        // After an answer the list is read again, as far as it was read.
        model.reload();
        QCOMPARE(model.rowCount(), 450);
    }

    void messageListStreamsOncePerFrame()
    {
        MessageListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Message user = message(1, QStringLiteral("user"), QStringLiteral("hi"));
        Message answer = message(2, QStringLiteral("assistant"), {}, QStringLiteral("streaming"));
        model.setMessages({user});
        model.append(answer);
        Message second = answer;
        second.id = 3;
        second.choiceIndex = 1;
        model.append(second); // other choices are siblings, not rows
        QCOMPARE(model.rowCount(), 2);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        for (int i = 0; i < 100; ++i)
            model.appendText(2, QStringLiteral("t%1 ").arg(i), {});
        QCOMPARE(changed.size(), 0); // nothing until the frame tick
        QVERIFY(changed.wait(1000));
        QCOMPARE(changed.size(), 1); // 100 tokens, one notification, one row
        QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), 1);
        QVERIFY(model.contentAt(1).endsWith(QStringLiteral("t99 ")));

        answer.content = model.contentAt(1);
        answer.status = QStringLiteral("complete");
        answer.completionTokens = 100;
        answer.tokensPerSec = 50;
        answer.modelReported = QStringLiteral("m");
        changed.clear();
        model.update(answer);
        // The finished text was already streamed and shown: it is not handed
        // to QML again (for a long answer that copy fed the garbage collector).
        QCOMPARE(changed.size(), 1);
        QVERIFY(!changed.first().at(2).value<QList<int>>().contains(MessageListModel::ContentRole));
        QVERIFY(changed.first().at(2).value<QList<int>>().contains(MessageListModel::StatusRole));
        const QString details = model.data(model.index(1), MessageListModel::DetailsRole).toString();
        QVERIFY2(details.contains(QStringLiteral("100 tokens")) && details.contains(QStringLiteral("50.0 tok/s")),
                 qPrintable(details));
        QCOMPARE(model.data(model.index(1), MessageListModel::StatusRole).toString(), QStringLiteral("complete"));
    }

    void textBetweenPointsOfTheView()
    {
        MessageListModel model;
        const Message user = message(1, QStringLiteral("user"), QStringLiteral("What is *this*?"));
        const Message answer = message(
            2, QStringLiteral("assistant"),
            QStringLiteral(
                "A **table**:\n\n| a | b |\n|---|---|\n| 人工 | 智能 |\n\n```\nx = 1\n```\n\n---\n\nThe end."));
        model.setMessages({user, answer});
        // Blocks: 0 paragraph, 1 table, 2 code, 3 rule, 4 paragraph. The
        // user's text is literal (Markdown marks stay); answers' are as shown.
        QCOMPARE(model.textBetween(0, 0, 8, 1, 0, 7), QStringLiteral("*this*?\n\nA table"));
        // Either order; a table keeps a character per cursor position.
        const QString all = model.textBetween(1, 4, 3, 0, 0, 0);
        QVERIFY2(all.startsWith(QStringLiteral("What is *this*?\n\nA table:\n\n")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("人工")) && all.contains(QStringLiteral("智能")), qPrintable(all));
        QVERIFY2(all.endsWith(QStringLiteral("\n\nx = 1\n\nThe")), qPrintable(all));
        // Past the end of a block or of everything: to its end.
        QCOMPARE(model.textBetween(1, 2, 0, 1, 1000000, 1000000000), QStringLiteral("x = 1\n\nThe end."));
        QCOMPARE(model.textBetween(1, 4, 2, 1, 4, 2), QString());
        QCOMPARE(model.textBetween(5, 0, 0, 9, 0, 0), QString()); // rows gone
    }

    void blockListAnnouncesOnlyWhatChanged()
    {
        BlockListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        const QString text = QStringLiteral("Intro paragraph.\n\n```cpp\nint x = 1;\n```\n\n- a\n- b\n\nEnd.\n");
        for (qsizetype i = 0; i < text.size(); i += 5)
            model.append(text.mid(i, 5));
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(inserted.size(), 4); // each block inserted once, never re-created
        // The first block settled early: no change was announced for it afterwards.
        int changesToFirst = 0;
        bool settled = false;
        for (const auto &args : std::as_const(changed)) {
            if (args.at(0).value<QModelIndex>().row() == 0 && settled)
                ++changesToFirst;
            settled = settled || args.at(0).value<QModelIndex>().row() >= 2;
        }
        QCOMPARE(changesToFirst, 0);
        QCOMPARE(model.data(model.index(1), BlockListModel::KindRole).toString(), QStringLiteral("code"));
        QCOMPARE(model.data(model.index(1), BlockListModel::CodeRole).toString(), QStringLiteral("int x = 1;"));
        QCOMPARE(model.data(model.index(1), BlockListModel::LanguageRole).toString(), QStringLiteral("cpp"));
        // Coloured by the highlighter, escaped; other blocks have no highlight.
        const QString highlighted = model.data(model.index(1), BlockListModel::HighlightedRole).toString();
        QVERIFY2(highlighted.contains(u"<span class=\"type\">int</span>"), qPrintable(highlighted));
        QCOMPARE(model.data(model.index(0), BlockListModel::HighlightedRole).toString(), QString());
        // The exact parse at the end changes nothing here.
        changed.clear();
        model.setText(text);
        QCOMPARE(changed.size(), 0);
        QCOMPARE(model.rowCount(), 4);
        model.setText(QStringLiteral("shorter"));
        QCOMPARE(model.rowCount(), 1);
    }

    void userPresetsAreKeptRenamedAndDeleted()
    {
        Database db;
        QVERIFY(!db.open(m_dir.filePath(QStringLiteral("p.sqlite3"))).isError());
        Profile profile;
        profile.baseUrl = QStringLiteral("http://127.0.0.1:8080");
        {
            ParametersController panel;
            panel.setDatabase(db.db());
            panel.setProfile(profile);
            QCOMPARE(panel.presets().size(), 3);
            panel.setValue(QStringLiteral("temperature"), 0.3);
            panel.setSystemPrompt(QStringLiteral("Review code."));
            QVERIFY(!panel.savePreset(QStringLiteral("precise"))); // a built-in's name
            QVERIFY(panel.savePreset(QStringLiteral("Code review")));
        }
        ParametersController panel; // as after a restart
        panel.setDatabase(db.db());
        panel.setProfile(profile);
        QCOMPARE(panel.userPresets(), QStringList {QStringLiteral("Code review")});
        QCOMPARE(panel.presets().size(), 4);
        panel.resetAll();
        panel.setSystemPrompt({});
        panel.applyPreset(3);
        QCOMPARE(panel.params().temperature, std::optional<double>(0.3));
        QCOMPARE(panel.systemPrompt(), QStringLiteral("Review code."));
        QVERIFY(panel.renamePreset(QStringLiteral("Code review"), QStringLiteral("审阅代码")));
        QCOMPARE(panel.userPresets(), QStringList {QStringLiteral("审阅代码")});
        panel.deletePreset(QStringLiteral("审阅代码"));
        QVERIFY(panel.userPresets().isEmpty());
        ParametersController again;
        again.setDatabase(db.db());
        QVERIFY(again.userPresets().isEmpty());
    }

    void titlesFromAModelsReply()
    {
        QCOMPARE(TitleRefiner::clean(QStringLiteral("Title: “Kinds of tea”")), QStringLiteral("Kinds of tea"));
        QCOMPARE(TitleRefiner::clean(QStringLiteral("标题：《人工智能简介》。")), QStringLiteral("人工智能简介"));
        QCOMPARE(TitleRefiner::clean(QStringLiteral("<think>the user asks…\nso</think>\n**Tea basics**\nExtra line")),
                 QStringLiteral("Tea basics"));
        QCOMPARE(TitleRefiner::clean(QStringLiteral("  \n ")), QString());
        QCOMPARE(TitleRefiner::clean(QString(100, u'x')).size(), 60);
        const auto prompt = TitleRefiner::promptFor(QString(5000, u'q'), QStringLiteral("answer"));
        QCOMPARE(prompt.size(), 2);
        QVERIFY(prompt[1].content.size() < 3200); // long chats are cut, not sent whole
    }
};

QTEST_MAIN(TestModels)
#include "tst_models.moc"
