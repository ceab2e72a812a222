// SPDX-License-Identifier: GPL-3.0-or-later
#include "blocklistmodel.h"
#include "chat/titlerefiner.h"
#include "conversationlistmodel.h"
#include "draftlistmodel.h"
#include "draftversionlistmodel.h"
#include "messagelistmodel.h"
#include "parameterscontroller.h"
#include "rowlistmodel.h"
#include "rows.h"
#include "store/conversationrepository.h"
#include "store/database.h"
#include "store/draftrepository.h"
#include "store/folderrepository.h"
#include "templatelistmodel.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Inkwell;

class TestModels : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    static Template makeTemplate(const QString &key, const QString &name, const QString &category,
                                 const QStringList &tags = {}, bool builtin = false)
    {
        Template t;
        t.key = key;
        t.name = name;
        t.category = category;
        t.tags = tags;
        t.builtin = builtin;
        t.description = name + QStringLiteral(" — ") + category;
        return t;
    }

    static QList<qint64> idsOf(const QAbstractItemModel &model, int role)
    {
        QList<qint64> out;
        for (int row = 0; row < model.rowCount(); ++row)
            out << model.data(model.index(row, 0), role).toLongLong();
        return out;
    }

    static Message message(qint64 id, const QString &role, const QString &content = {}, const QString &status = {})
    {
        Message m;
        m.id = id;
        m.role = *roleFromText(role);
        m.content = content;
        m.status = statusFromText(status).value_or(Message::Status::Complete);
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
        QVERIFY(repo.create(Conversation {}).ok());
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
        QVERIFY(repo.create(Conversation {}).ok());
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
        const auto stream = std::make_shared<StreamedText>();
        model.append(answer, stream);
        Message second = answer;
        second.id = 3;
        second.choiceIndex = 1;
        model.append(second, std::make_shared<StreamedText>()); // other choices are siblings, not rows
        QCOMPARE(model.rowCount(), 2);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        for (int i = 0; i < 100; ++i) {
            stream->content += QStringLiteral("t%1 ").arg(i);
            model.grew(2, false);
        }
        QCOMPARE(changed.size(), 0); // nothing until the frame tick
        QVERIFY(changed.wait(1000));
        QCOMPARE(changed.size(), 1); // 100 tokens, one notification, one row
        QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), 1);
        QVERIFY(model.contentAt(1).endsWith(QStringLiteral("t99 ")));
        // The row reads the stream's text: one copy, not two.
        QCOMPARE(model.contentAt(1).constData(), stream->content.constData());

        answer.content = stream->content;
        answer.status = Chat::Status::Complete;
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
        QVERIFY2(details.contains(QStringLiteral("100\u00A0tokens"))
                     && details.contains(QStringLiteral("50.0\u00A0tok/s")),
                 qPrintable(details));
        QCOMPARE(model.data(model.index(1), MessageListModel::StatusRole).toInt(), int(Chat::Status::Complete));
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
            model.grow(QStringView(text).left(i + 5));
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

    // Folders open and closed, pins, a rename, deletions with Undo and for
    // good: every change the sidebar makes, under the tester.
    void conversationListFoldersPinsAndRemovals()
    {
        Database db;
        QVERIFY(!db.open(m_dir.filePath(QStringLiteral("folders.sqlite3"))).isError());
        ConversationListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(db.db());
        model.reload();
        QCOMPARE(model.rowCount(), 0);
        ConversationRepository repo(db.db());
        FolderRepository folders(db.db());
        QList<qint64> ids; // oldest first
        for (int i = 0; i < 5; ++i) {
            Conversation c;
            c.title = QStringLiteral("对话 %1").arg(i);
            c.createdAt = c.updatedAt = 1'700'000'000'000 + i * 1000;
            ids << repo.create(c).value;
        }
        const qint64 folder = folders.create(QStringLiteral("工作")).value;
        QVERIFY(!repo.setFolder(ids[0], folder).isError());
        QVERIFY(!repo.setPinned(ids[1], true).isError());
        QAbstractItemModelTester folderTester(model.folders(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy foldersChanged(model.folders(), &RowListModel::countChanged);
        model.reload();
        QCOMPARE(foldersChanged.size(), 1);
        QCOMPARE(model.folders()->data(model.folders()->index(0), Qt::UserRole + 1).toString(), QStringLiteral("工作"));
        QCOMPARE(model.folders()->roleNames().value(Qt::UserRole), QByteArrayLiteral("folderId"));
        // Pinned, the folder and its conversation, then the rest newest first.
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.data(model.index(0), ConversationListModel::IdRole).toLongLong(), ids[1]);
        QCOMPARE(model.data(model.index(0), ConversationListModel::PinnedRole).toBool(), true);
        QCOMPARE(model.data(model.index(1), ConversationListModel::KindRole).toString(), QStringLiteral("folder"));
        QCOMPARE(model.data(model.index(1), ConversationListModel::TitleRole).toString(), QStringLiteral("工作"));
        QCOMPARE(model.data(model.index(1), ConversationListModel::CountRole).toInt(), 1);
        QCOMPARE(model.data(model.index(1), ConversationListModel::ExpandedRole).toBool(), true);
        QCOMPARE(model.indexOfId(ids[0]), 2);
        QCOMPARE(model.data(model.index(2), ConversationListModel::FolderIdRole).toLongLong(), folder);
        QCOMPARE(model.indexOfId(ids[4]), 3);
        QCOMPARE(model.indexOfId(ids[2]), 5);

        model.setExpanded(folder, false); // closed: its conversation leaves the list
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.indexOfId(ids[0]), -1);
        QCOMPARE(model.data(model.index(1), ConversationListModel::ExpandedRole).toBool(), false);
        QCOMPARE(model.idsInFolder(folder), QVariantList {ids[0]});
        QCOMPARE(model.conversationCount(), 5);
        model.setExpanded(folder, true);
        QCOMPARE(model.rowCount(), 6);

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(!repo.rename(ids[2], QStringLiteral("改名")).isError());
        model.reload(); // a title: that row only
        QCOMPARE(reset.size(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), 5);
        QCOMPARE(model.data(model.index(5), ConversationListModel::TitleRole).toString(), QStringLiteral("改名"));

        QVERIFY(!repo.markDeleted(ids[3]).isError()); // deleted, Undo open
        model.reload();
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.indexOfId(ids[3]), -1);
        QVERIFY(!repo.restore(ids[3]).isError());
        model.reload();
        QCOMPARE(model.indexOfId(ids[3]), 4);
        QVERIFY(!folders.remove(folder).isError()); // its conversation stays, out of any folder
        model.reload();
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.data(model.index(model.indexOfId(ids[0])), ConversationListModel::FolderIdRole).toLongLong(), 0);
        QCOMPARE(foldersChanged.size(), 2);
        QVERIFY(!repo.setPinned(ids[1], false).isError());
        QVERIFY(!repo.markDeleted(ids[4]).isError());
        QVERIFY(!repo.purgeDeleted().isError());
        model.reload();
        QCOMPARE(idsOf(model, ConversationListModel::IdRole), QList<qint64>({ids[3], ids[2], ids[1], ids[0]}));
        for (qint64 id : std::as_const(ids))
            QVERIFY(!repo.remove(id).isError());
        model.reload();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
    }

    // The draft history and what a version changed, as the drawer shows them.
    void draftVersionsAndTheirDiffUnderTester()
    {
        DraftVersionListModel versions;
        QAbstractItemModelTester tester(&versions, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy count(&versions, &DraftVersionListModel::countChanged);
        versions.setRows({{12, 2, QStringLiteral("Rewrite"), QStringLiteral("warmer"), QStringLiteral("m"), {}, 40},
                          {11, 1, QStringLiteral("Generated"), {}, QStringLiteral("m"), {}, 38}});
        QCOMPARE(versions.rowCount(), 2);
        QCOMPARE(count.size(), 1);
        QCOMPARE(versions.idAt(1), 11);
        QCOMPARE(versions.idAt(2), 0);
        QCOMPARE(versions.data(versions.index(0), DraftVersionListModel::NoteRole).toString(),
                 QStringLiteral("warmer"));
        QCOMPARE(versions.data(versions.index(1), DraftVersionListModel::NumberRole).toInt(), 1);
        versions.setRows({});
        QCOMPARE(versions.rowCount(), 0);

        VersionDiffModel change;
        QAbstractItemModelTester diffTester(&change, QAbstractItemModelTester::FailureReportingMode::QtTest);
        change.setDiff(TextDiff::lines(QStringLiteral("一\n二\n三"), QStringLiteral("一\n贰\n三")));
        QCOMPARE(change.added(), 1);
        QCOMPARE(change.removed(), 1);
        QList<int> kinds;
        for (int row = 0; row < change.rowCount(); ++row)
            kinds << change.data(change.index(row), VersionDiffModel::ChangeRole).toInt();
        QVERIFY(kinds.contains(int(VersionDiffModel::Change::Added)));
        QVERIFY(kinds.contains(int(VersionDiffModel::Change::Removed)));
        QCOMPARE(kinds.count(int(VersionDiffModel::Change::Same)), 2);
        change.setDiff({});
        QCOMPARE(change.rowCount(), 0);
    }

    // The drafts in the sidebar: loaded, narrowed by a query (Chinese too),
    // changed and removed, under the tester.
    void draftListUnderTester()
    {
        Database db;
        QVERIFY(!db.open(m_dir.filePath(QStringLiteral("drafts.sqlite3"))).isError());
        DraftListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload(); // no database yet: nothing
        QCOMPARE(model.rowCount(), 0);
        model.setDatabase(db.db());
        model.reload();
        QCOMPARE(model.rowCount(), 0);

        DraftRepository drafts(db.db());
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        Draft history;
        history.title = QStringLiteral("人工智能简史");
        history.content = QStringLiteral("1956 年的达特茅斯会议。");
        history.templateName = QStringLiteral("Article on a topic");
        history.createdAt = history.updatedAt = now - 3000;
        Draft letter;
        letter.title = QStringLiteral("Cover letter");
        letter.content = QStringLiteral("Dear hiring manager,");
        letter.createdAt = letter.updatedAt = now - 2000;
        Draft notes;
        notes.content = QStringLiteral("关于人工智能的笔记");
        notes.status = Chat::Status::Error;
        notes.createdAt = notes.updatedAt = now - 1000;
        const qint64 h = drafts.create(history).value;
        const qint64 l = drafts.create(letter).value;
        const qint64 n = drafts.create(notes).value;

        QSignalSpy count(&model, &DraftListModel::countChanged);
        model.reload();
        QCOMPARE(count.size(), 1);
        QCOMPARE(idsOf(model, DraftListModel::IdRole), QList<qint64>({n, l, h})); // newest first
        QCOMPARE(model.data(model.index(0), DraftListModel::TitleRole).toString(), QStringLiteral("Untitled draft"));
        QCOMPARE(model.data(model.index(0), DraftListModel::StatusRole).toInt(), int(Chat::Status::Error));
        QCOMPARE(model.data(model.index(2), DraftListModel::TemplateRole).toString(),
                 QStringLiteral("Article on a topic"));
        QCOMPARE(model.data(model.index(2), DraftListModel::SectionRole).toString(), QStringLiteral("Today"));
        QCOMPARE(model.roleNames().value(DraftListModel::IdRole), QByteArray("draftId"));
        QCOMPARE(model.indexOfId(h), 2);

        QSignalSpy query(&model, &DraftListModel::queryChanged);
        model.setQuery(QStringLiteral("人工智能"));
        QCOMPARE(query.size(), 1);
        QCOMPARE(idsOf(model, DraftListModel::IdRole).size(), 2);
        QVERIFY(model.indexOfId(l) < 0);
        model.setQuery(QStringLiteral("hiring"));
        QCOMPARE(idsOf(model, DraftListModel::IdRole), QList<qint64>({l}));
        model.setQuery(QString());
        QCOMPARE(model.rowCount(), 3);

        QVERIFY(!drafts.beginStreaming(h).isError());
        model.reload();
        QCOMPARE(model.data(model.index(model.indexOfId(h)), DraftListModel::StatusRole).toInt(),
                 int(Chat::Status::Streaming));
        QVERIFY(!drafts.remove(l).isError());
        count.clear();
        model.reload();
        QCOMPARE(count.size(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.indexOfId(l), -1);
        QVERIFY(!drafts.remove(h).isError());
        QVERIFY(!drafts.remove(n).isError());
        model.reload();
        QCOMPARE(model.rowCount(), 0);
    }

    // The template library: its templates replaced, filtered by category
    // and by text (names, tags; Chinese too), under the tester.
    void templateListUnderTester()
    {
        TemplateListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QSignalSpy categories(&model, &TemplateListModel::categoriesChanged);
        QSignalSpy count(&model, &TemplateListModel::countChanged);
        const Template article = makeTemplate(QStringLiteral("builtin:article"), QStringLiteral("Article on a topic"),
                                              QStringLiteral("Writing"), {QStringLiteral("long-form")}, true);
        const Template email = makeTemplate(QStringLiteral("builtin:email"), QStringLiteral("Email"),
                                            QStringLiteral("Communication"), {QStringLiteral("mail")}, true);
        const Template weekly = makeTemplate(QStringLiteral("9a8b7c6d-0001"), QStringLiteral("周报"),
                                             QStringLiteral("工作"), {QStringLiteral("周报"), QStringLiteral("工作")});
        const Template blog
            = makeTemplate(QStringLiteral("9a8b7c6d-0002"), QStringLiteral("Blog post"), QStringLiteral("Writing"));
        model.setTemplates({weekly, blog, article, email});
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(categories.size(), 1);
        QCOMPARE(count.size(), 1);
        QCOMPARE(model.categories(),
                 QStringList({QStringLiteral("工作"), QStringLiteral("Writing"), QStringLiteral("Communication")}));
        QCOMPARE(model.keyAt(0), weekly.key);
        QCOMPARE(model.keyAt(9), QString());
        QCOMPARE(model.data(model.index(0), TemplateListModel::TagsRole).toString(), QStringLiteral("周报, 工作"));
        QCOMPARE(model.data(model.index(2), TemplateListModel::BuiltinRole).toBool(), true);
        QCOMPARE(model.data(model.index(2), TemplateListModel::OutputRole).toString(), QStringLiteral("draft"));

        model.setCategory(QStringLiteral("Writing"));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.indexOfKey(article.key), 1);
        QCOMPARE(model.indexOfKey(email.key), -1);
        model.setQuery(QStringLiteral("BLOG"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.keyAt(0), blog.key);
        model.setCategory(QString());
        model.setQuery(QStringLiteral("周"));
        QCOMPARE(model.rowCount(), 1);
        model.setQuery(QStringLiteral("mail")); // a tag
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.keyAt(0), email.key);
        model.setQuery(QStringLiteral("nothing like this"));
        QCOMPARE(model.rowCount(), 0);
        model.setQuery(QString());
        QCOMPARE(model.rowCount(), 4);

        // A template deleted, one renamed: the library read again.
        Template renamed = blog;
        renamed.name = QStringLiteral("博客文章");
        categories.clear();
        model.setTemplates({renamed, article, email});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(categories.size(), 1);
        QCOMPARE(model.data(model.index(0), TemplateListModel::NameRole).toString(), QStringLiteral("博客文章"));
        model.setTemplates({});
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.categories().isEmpty());
    }

    // An answer's blocks, made when a delegate asks, under a tester of their
    // own while the text streams in and when it ends; the message rows too.
    void messageBlocksStreamUnderTester()
    {
        MessageListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Message user = message(1, QStringLiteral("user"), QStringLiteral("写一段代码"));
        const Message earlier
            = message(2, QStringLiteral("assistant"), QStringLiteral("Earlier answer.\n\n```\nx = 1\n```\n"),
                      QStringLiteral("complete"));
        model.setMessages({user, earlier}, {{2, {1, 2}}});
        QCOMPARE(model.data(model.index(0), MessageListModel::BlocksRole).value<QObject *>(), nullptr); // plain text
        auto *settled = qobject_cast<BlockListModel *>(
            model.data(model.index(1), MessageListModel::BlocksRole).value<QObject *>());
        QVERIFY(settled);
        new QAbstractItemModelTester(settled, QAbstractItemModelTester::FailureReportingMode::QtTest, settled);
        QCOMPARE(settled->rowCount(), 2);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setSiblings({{2, {2, 2}}});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.data(model.index(1), MessageListModel::SiblingIndexRole).toInt(), 2);

        model.append(message(3, QStringLiteral("user"), QStringLiteral("再来一次")));
        Message answer = message(4, QStringLiteral("assistant"), {}, QStringLiteral("streaming"));
        const auto stream = std::make_shared<StreamedText>();
        model.append(answer, stream);
        QCOMPARE(model.rowCount(), 4);
        auto *streaming = qobject_cast<BlockListModel *>(
            model.data(model.index(3), MessageListModel::BlocksRole).value<QObject *>());
        QVERIFY(streaming);
        new QAbstractItemModelTester(streaming, QAbstractItemModelTester::FailureReportingMode::QtTest, streaming);
        QCOMPARE(streaming->rowCount(), 0);
        const QString text
            = QStringLiteral("人工智能的简介。\n\nTitle\n=====\n\n```python\nprint('hi')\n\n\nprint(2)\n```\n\n"
                             "- one\n- two\n\n> quoted\n\n---\n\nThe end.");
        QSignalSpy inserted(streaming, &QAbstractItemModel::rowsInserted);
        for (qsizetype i = 0; i < text.size(); i += 3) {
            stream->content += text.mid(i, 3);
            if (i == 0)
                stream->reasoning += QStringLiteral("想一想");
            model.grew(4, i == 0);
            if (i % 12 == 0) // now and then a frame passes
                QTRY_COMPARE(streaming->parsedLength(), model.contentAt(3).size());
        }
        QTRY_COMPARE(streaming->parsedLength(), text.size());
        QCOMPARE(model.data(model.index(3), MessageListModel::ReasoningRole).toString(), QStringLiteral("想一想"));
        QCOMPARE(streaming->rowCount(), 7);
        QVERIFY(inserted.size() >= 7);
        QCOMPARE(streaming->data(streaming->index(2), BlockListModel::KindRole).toString(), QStringLiteral("code"));

        // The end: a different final text (a continuation joined it) is parsed
        // exactly at the next frame; rows go as well as come.
        answer.content = QStringLiteral("人工智能的简介。\n\nThe end.");
        answer.status = Chat::Status::Complete;
        answer.reasoning = QStringLiteral("想一想");
        model.update(answer);
        QTRY_COMPARE(streaming->rowCount(), 2);
        QCOMPARE(model.data(model.index(3), MessageListModel::StatusRole).toInt(), int(Chat::Status::Complete));
        QCOMPARE(model.data(model.index(3), MessageListModel::ReasoningRole).toString(), QStringLiteral("想一想"));

        // Another conversation opened: the rows and their blocks replaced.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setMessages({user});
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 1);
        stream->content += QStringLiteral("late token");
        model.grew(4, false); // for a row gone: ignored
        model.update(answer);
        QCOMPARE(model.rowCount(), 1);
        model.setMessages({});
        QCOMPARE(model.rowCount(), 0);
    }

    // The panel's rows stay while values change: one row announced per
    // change, never a reset (which remade the slider under the mouse).
    void parameterRowsChangeInPlace()
    {
        ParametersController panel;
        ParameterListModel *rows = panel.specs();
        QAbstractItemModelTester tester(rows, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Profile profile;
        profile.baseUrl = QStringLiteral("http://127.0.0.1:8080");
        panel.setProfile(profile);
        QVERIFY(rows->rowCount() > 5);
        int temperature = -1;
        for (int row = 0; row < rows->rowCount(); ++row)
            if (rows->rows().at(row).key == u"temperature")
                temperature = row;
        QVERIFY(temperature >= 0);
        QVERIFY(!rows->rows().at(temperature).set);
        QSignalSpy changed(rows, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(rows, &QAbstractItemModel::modelReset);
        panel.setValue(QStringLiteral("temperature"), 0.4);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), temperature);
        const QModelIndex at = rows->index(temperature);
        QVERIFY(rows->data(at, ParameterListModel::SetRole).toBool());
        QCOMPARE(rows->data(at, ParameterListModel::ShownValueRole).toDouble(), 0.4);
        panel.reset(QStringLiteral("temperature"));
        QCOMPARE(changed.size(), 2);
        QVERIFY(!rows->data(at, ParameterListModel::SetRole).toBool());
    }

    // The small lists QML shows (folders, profiles, services, languages):
    // a row that changes announces itself alone; another length resets.
    void gadgetRowsChangeInPlace()
    {
        GadgetListModel<FolderRow> model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy count(&model, &RowListModel::countChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setRows({{1, QStringLiteral("Work")}, {2, QStringLiteral("家")}});
        QCOMPARE(model.count(), 2);
        QCOMPARE(count.size(), 1);
        QCOMPARE(model.roleNames(), (QHash<int, QByteArray> {{Qt::UserRole, "folderId"}, {Qt::UserRole + 1, "name"}}));
        QCOMPARE(model.data(model.index(1), Qt::UserRole).toLongLong(), 2);
        QCOMPARE(model.data(model.index(1), Qt::UserRole + 1).toString(), QStringLiteral("家"));
        QVERIFY(!model.data(model.index(1), Qt::UserRole + 2).isValid());
        QVERIFY(!model.data(model.index(1), Qt::DisplayRole).isValid());

        model.setRows({{1, QStringLiteral("Work")}, {2, QStringLiteral("Home")}});
        QCOMPARE(reset.size(), 1);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
        QCOMPARE(changed.first().at(1).toModelIndex().row(), 1);
        model.setRows(model.rows()); // the same: nothing announced
        QCOMPARE(changed.size(), 1);
        QCOMPARE(count.size(), 1);

        model.append({3, QStringLiteral("Later")});
        QCOMPARE(model.count(), 3);
        QCOMPARE(model.at(2)->name, QStringLiteral("Later"));
        QCOMPARE(model.at(3), nullptr);
        model.setRows({});
        QCOMPARE(model.count(), 0);
        QCOMPARE(reset.size(), 2);
        QCOMPARE(count.size(), 3);
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
