// SPDX-License-Identifier: GPL-3.0-or-later
// Templates stored and moved as files, drafts and their versions, and every
// model action on a draft over real loopback HTTP to the fake server.
#include "drafting/draftsession.h"
#include "drafting/outline.h"
#include "drafting/templatelibrary.h"
#include "drafting/textdiff.h"
#include "drafting/textstats.h"
#include "fakeserver.h"
#include "openaichunks.h"
#include "store/attachmentrepository.h"
#include "store/database.h"
#include "store/draftrepository.h"
#include "templates/builtintemplates.h"
#include "templates/templatefile.h"
#include "templates/templaterenderer.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace Inkwell;

namespace {

const QString kTemplate = QStringLiteral(R"(---
name: Haiku
category: Poetry
system: You write haiku about {{subject}}.
parameters:
  temperature: 0.3
variables:
  - name: subject
    type: text
---
Write a haiku about {{subject}}.
)");

nlohmann::json bodyOf(const FakeServer::Request &r)
{
    return nlohmann::json::parse(r.body.toStdString(), nullptr, false);
}

QString userText(const FakeServer::Request &r)
{
    const auto j = bodyOf(r);
    return QString::fromStdString(j["messages"].back()["content"].get<std::string>());
}

QString systemText(const FakeServer::Request &r)
{
    const auto j = bodyOf(r);
    return QString::fromStdString(j["messages"].front()["content"].get<std::string>());
}

} // namespace

class TestDrafting : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_count = 0;

    struct Fixture {
        FakeServer server;
        Database db;
        QNetworkAccessManager nam;
        std::unique_ptr<DraftSession> session;
        GenerationRequest settings;
        DraftRepository drafts {QSqlDatabase()};
    };

    std::unique_ptr<Fixture> make()
    {
        auto f = std::make_unique<Fixture>();
        if (!f->server.listen())
            qFatal("cannot listen");
        if (f->db.open(m_dir.filePath(QStringLiteral("d%1.sqlite3").arg(++m_count))).isError())
            qFatal("cannot open db");
        f->session = std::make_unique<DraftSession>(&f->nam, f->db.db());
        f->drafts = DraftRepository(f->db.db());
        f->settings.profile.name = QStringLiteral("Fake");
        f->settings.profile.baseUrl = f->server.baseUrl();
        f->settings.profile.model = QStringLiteral("writer");
        return f;
    }

    static qint64 newDraft(Fixture &f, const QString &content, const QString &brief = {})
    {
        Draft d;
        d.title = QStringLiteral("Draft");
        d.content = content;
        d.brief = brief;
        return f.drafts.create(d).value;
    }

    static bool run(Fixture &f, qint64 id, const DraftAction &a)
    {
        const Error e = f.session->start(id, a, f.settings);
        if (e.isError()) {
            qWarning("%s", qPrintable(e.message));
            return false;
        }
        return QTest::qWaitFor([&] { return !f.session->isBusy(); }, 15000);
    }

private Q_SLOTS:
    void librarySavesCopiesAndProtectsBuiltins()
    {
        auto f = make();
        TemplateLibrary lib(f->db.db());
        auto key = lib.save(kTemplate);
        QVERIFY2(key.ok(), qPrintable(key.error.message));
        QCOMPARE(lib.find(QStringLiteral("haiku")).value.key, key.value);
        QCOMPARE(lib.all().value.size(), BuiltinTemplates::all().size() + 1);

        // Names are unique, and a built-in's name is taken.
        QVERIFY(!lib.save(kTemplate).ok());
        QString clash = kTemplate;
        clash.replace(QStringLiteral("name: Haiku"), QStringLiteral("name: article on a topic"));
        QVERIFY(lib.save(clash).error.message.contains(QStringLiteral("built-in")));

        // Built-ins are read-only; their copy is not, and remembers its origin.
        QVERIFY(lib.save(kTemplate, QStringLiteral("builtin:article"))
                    .error.message.contains(QStringLiteral("cannot be changed")));
        QVERIFY(lib.remove(QStringLiteral("builtin:article")).isError());
        auto copy = lib.duplicate(QStringLiteral("builtin:article"));
        QVERIFY(copy.ok());
        const Template copied = lib.find(copy.value).value;
        QCOMPARE(copied.name, QStringLiteral("Article on a topic (copy)"));
        QCOMPARE(copied.basedOn, QStringLiteral("builtin:article"));
        QVERIFY(!copied.builtin);
        QCOMPARE(lib.duplicate(QStringLiteral("builtin:article")).ok(), true);
        QVERIFY(lib.find(QStringLiteral("Article on a topic (copy 2)")).ok());

        // A template with a syntax error is refused with its position.
        QString broken = kTemplate;
        broken.replace(QStringLiteral("Write a haiku about {{subject}}."), QStringLiteral("About {{subjet}}."));
        const auto refused = lib.save(broken, key.value);
        QVERIFY(refused.error.message.startsWith(QStringLiteral("line 11, column 7: {{subjet}} is not declared")));

        // Delete, then Undo: the same key and text come back.
        const QString source = lib.find(key.value).value.source;
        QVERIFY(!lib.remove(key.value).isError());
        QVERIFY(!lib.find(key.value).ok());
        QCOMPARE(lib.restore(key.value, source).value, key.value);
        QCOMPARE(lib.find(QStringLiteral("Haiku")).value.source, kTemplate);
    }

    void importAndExportFiles()
    {
        auto f = make();
        TemplateLibrary lib(f->db.db());
        const QString path = m_dir.filePath(QStringLiteral("haiku.md"));
        {
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(kTemplate.toUtf8());
        }
        auto imported = lib.importFile(path);
        QVERIFY2(imported.ok(), qPrintable(imported.error.message));
        QCOMPARE(imported.value.name, QStringLiteral("Haiku"));
        QVERIFY(!imported.value.replaced);
        // Importing the same file again updates the template, no duplicate.
        imported = lib.importFile(path);
        QVERIFY(imported.value.replaced);
        QCOMPARE(lib.all().value.size(), BuiltinTemplates::all().size() + 1);

        const QString out = m_dir.filePath(QStringLiteral("out.md"));
        QVERIFY(!lib.exportFile(QStringLiteral("Haiku"), out).isError());
        QFile back(out);
        QVERIFY(back.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(back.readAll()), kTemplate);

        // A broken file names itself, the line and the column.
        const QString bad = m_dir.filePath(QStringLiteral("bad.md"));
        {
            QFile b(bad);
            QVERIFY(b.open(QIODevice::WriteOnly));
            b.write("---\nname: Bad\n---\nline\nsee {{topic\n");
        }
        const auto failed = lib.importFile(bad);
        QVERIFY(!failed.ok());
        QVERIFY2(failed.error.message.startsWith(bad + QStringLiteral(":5:5: ")), qPrintable(failed.error.message));
    }

    void outlineSectionsSkipCode()
    {
        const QString doc = QStringLiteral("# Title\n\nIntro.\n\n## One\nplan one\n\n```\n## not a heading\n```\n\n"
                                           "## Two\n### Sub\nplan two\n");
        const QList<OutlineSection> s = Outline::sections(doc);
        QCOMPARE(s.size(), 2);
        QCOMPARE(s[0].title, QStringLiteral("One"));
        QCOMPARE(doc.mid(s[0].bodyStart, s[0].bodyEnd - s[0].bodyStart),
                 QStringLiteral("plan one\n\n```\n## not a heading\n```\n\n"));
        QCOMPARE(s[1].title, QStringLiteral("Two"));
        QCOMPARE(doc.mid(s[1].bodyStart), QStringLiteral("### Sub\nplan two\n"));
        QCOMPARE(Outline::summary(doc, s), QStringLiteral("## One\nplan one\n## Two\n### Sub\n"));
    }

    void diffCountsLines()
    {
        const auto d = TextDiff::lines(QStringLiteral("a\nb\nc"), QStringLiteral("a\nB\nc\nd"));
        QCOMPARE(d.added, 2);
        QCOMPARE(d.removed, 1);
        QCOMPARE(d.lines.size(), 5);
        QCOMPARE(d.lines[0].kind, TextDiff::Line::Kind::Same);
    }

    void textStatsCountChineseCharactersAsWords()
    {
        const TextStats s = TextStats::of(QStringLiteral("Hello, world! 人工智能很有用。 It's 2026."));
        QCOMPARE(s.words, 2 + 7 + 2);
        QCOMPARE(s.characters, 29);
    }

    void draftSearchFindsChinese()
    {
        auto f = make();
        newDraft(*f, QStringLiteral("这是一篇关于人工智能的文章。"));
        newDraft(*f, QStringLiteral("Nothing here."));
        QCOMPARE(f->drafts.search(QStringLiteral("人工智能")).value.size(), 1);
        QCOMPARE(f->drafts.search(QStringLiteral("智能")).value.size(), 1); // under three characters
        QCOMPARE(f->drafts.search(QStringLiteral("\"here")).value.size(), 0); // quotes are literal
    }

    void generateFromTemplateStreamsIntoDraft()
    {
        auto f = make();
        TemplateLibrary lib(f->db.db());
        QVERIFY(lib.save(kTemplate).ok());
        const Template t = lib.find(QStringLiteral("Haiku")).value;
        const auto rendered = TemplateRenderer::render(t, {{QStringLiteral("subject"), QStringLiteral("人工智能")}});
        QVERIFY(rendered.ok());
        const qint64 id = newDraft(*f, {}, rendered.prompt);
        f->settings.params = GenerationParams::fromJsonString(t.parameters);
        f->settings.params.systemPrompt = rendered.systemPrompt;
        auto response = FakeServer::Response::sse(
            chatStream({QStringLiteral("Silent "), QStringLiteral("circuits "), QStringLiteral("dream")}), 40, 30);
        f->server.setResponse(response);
        QSignalSpy text(f->session.get(), &DraftSession::textChanged);
        QSignalSpy inserted(f->session.get(), &DraftSession::inserted);
        QVERIFY(run(*f, id, {}));
        QCOMPARE(text.count(), 2); // start and end
        QCOMPARE(inserted.count(), 3);
        QCOMPARE(inserted[2][1].value<qsizetype>(), qsizetype(16)); // after "Silent circuits "
        QCOMPARE(inserted[2][2].toString(), QStringLiteral("dream"));
        const Draft d = f->drafts.get(id).value;
        QCOMPARE(d.content, QStringLiteral("Silent circuits dream"));
        QCOMPARE(d.status, Chat::Status::Complete);
        const auto sent = f->server.requests().first();
        QCOMPARE(userText(sent), QStringLiteral("Write a haiku about 人工智能."));
        QCOMPARE(systemText(sent), QStringLiteral("You write haiku about 人工智能."));
        QCOMPARE(bodyOf(sent)["temperature"].get<double>(), 0.3);
        const auto versions = f->drafts.versions(id).value;
        QCOMPARE(versions.size(), 1);
        QCOMPARE(versions[0].source, QStringLiteral("generate"));
        QCOMPARE(versions[0].model, QStringLiteral("fake-model"));
    }

    void rewriteSelectionReplacesOnlyItAndKeepsEdits()
    {
        auto f = make();
        const qint64 id = newDraft(*f, QStringLiteral("Keep this. Change me. Keep that."));
        QVERIFY(
            f->drafts
                .addVersion(
                    {0, id, QStringLiteral("Keep this. Change me. Keep that."), QStringLiteral("generate"), {}, {}, 0})
                .ok());
        // The user edits after the last version; the action must keep that edit.
        QVERIFY(!f->drafts.setContent(id, QStringLiteral("Keep this! Change me. Keep that.")).isError());
        f->server.setResponse(
            FakeServer::Response::sse(chatStream({QStringLiteral("Changed"), QStringLiteral(" you.")})));
        DraftAction a;
        a.kind = DraftAction::Kind::Rewrite;
        a.instruction = QStringLiteral("make it past tense");
        a.start = 11;
        a.end = 21;
        QVERIFY(run(*f, id, a));
        QCOMPARE(f->drafts.get(id).value.content, QStringLiteral("Keep this! Changed you. Keep that."));
        const QString prompt = userText(f->server.requests().first());
        QVERIFY(prompt.contains(QStringLiteral("<passage>\nChange me.\n</passage>")));
        QVERIFY(prompt.contains(QStringLiteral("Instruction: make it past tense")));
        const auto versions = f->drafts.versions(id).value;
        QCOMPARE(versions.size(), 3);
        QCOMPARE(versions[1].source, QStringLiteral("edit"));
        QCOMPARE(versions[1].content, QStringLiteral("Keep this! Change me. Keep that."));
        QCOMPARE(versions[0].source, QStringLiteral("rewrite"));
        QCOMPARE(versions[0].note, QStringLiteral("make it past tense"));
    }

    // A draft's sources go with its actions: the document as named text,
    // the picture as an image part; removing the draft removes the files.
    void sourcesGoWithEveryAction()
    {
        auto f = make();
        const qint64 id = newDraft(*f, QStringLiteral("Draft text."), QStringLiteral("A note on the tea harvest."));
        Attachment notes;
        notes.kind = Attachment::Kind::Document;
        notes.name = QStringLiteral("采茶记录.txt");
        notes.mimeType = QStringLiteral("text/plain");
        notes.data = QByteArrayLiteral("Picked 40 kg on Monday.");
        notes.text = QStringLiteral("Picked 40 kg on Monday.");
        Attachment photo;
        photo.name = QStringLiteral("field.png");
        photo.mimeType = QStringLiteral("image/png");
        photo.data = QByteArray::fromHex("89504e470d0a1a0a");
        AttachmentRepository files(f->db.db());
        const Error added = files.addToDraft(id, notes);
        QVERIFY2(!added.isError(), qPrintable(added.message));
        QVERIFY(!files.addToDraft(id, photo).isError());
        QVERIFY(!files.addToDraft(id, notes).isError()); // the same file twice is one source
        QCOMPARE(files.forDraft(id, false).value.size(), 2);

        f->server.setResponse(FakeServer::Response::sse(chatStream({QStringLiteral("More text.")})));
        DraftAction a;
        a.kind = DraftAction::Kind::Continue;
        QVERIFY(run(*f, id, a));
        const auto body = bodyOf(f->server.requests().first());
        const auto &parts = body["messages"].back()["content"];
        QVERIFY(parts.is_array());
        const std::string text = parts[0]["text"].get<std::string>();
        QVERIFY(text.find("<document name=\"采茶记录.txt\">\nPicked 40 kg on Monday.\n</document>")
                != std::string::npos);
        QVERIFY(parts[1]["image_url"]["url"].get<std::string>().starts_with("data:image/png;base64,"));

        QVERIFY(!files.removeFromDraft(id, files.forDraft(id, false).value.at(1).sha256).isError());
        QCOMPARE(files.forDraft(id, false).value.size(), 1);
        QVERIFY(!f->drafts.remove(id).isError());
        QSqlQuery q(f->db.db());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM attachments")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void outlineThenOneSection()
    {
        auto f = make();
        const qint64 id = newDraft(*f, {}, QStringLiteral("An article about tea."));
        f->server.setResponse(FakeServer::Response::sse(
            chatStream({QStringLiteral("```markdown\n# Tea\n\n## History\nWhere tea began.\n\n"),
                        QStringLiteral("## Kinds\nGreen and black.\n```")})));
        DraftAction outline;
        outline.kind = DraftAction::Kind::Outline;
        QVERIFY(run(*f, id, outline));
        const QString planned = f->drafts.get(id).value.content;
        QCOMPARE(planned, QStringLiteral("# Tea\n\n## History\nWhere tea began.\n\n## Kinds\nGreen and black."));

        f->server.serveInOrder({FakeServer::Response::sse(chatStream({QStringLiteral("\nTea began in China.\n")}))});
        DraftAction section;
        section.kind = DraftAction::Kind::Section;
        section.section = 0;
        QVERIFY(run(*f, id, section));
        QCOMPARE(f->drafts.get(id).value.content,
                 QStringLiteral("# Tea\n\n## History\n\nTea began in China.\n\n## Kinds\nGreen and black."));
        const QString prompt = userText(f->server.requests().first());
        QVERIFY(prompt.contains(QStringLiteral("Write the section “History” in full")));
        QVERIFY(prompt.contains(QStringLiteral("## History\nWhere tea began.\n## Kinds\nGreen and black.")));
    }

    void stopKeepsTheTextSoFar()
    {
        auto f = make();
        const qint64 id = newDraft(*f, QStringLiteral("Once upon a time"));
        auto response
            = FakeServer::Response::sse(chunk(QStringLiteral(" there was")) + chunk(QStringLiteral(" a cat")));
        response.stallAfter = response.body.size(); // never ends by itself
        f->server.setResponse(response);
        DraftAction a;
        a.kind = DraftAction::Kind::Continue;
        QVERIFY(!f->session->start(id, a, f->settings).isError());
        QTRY_COMPARE(f->session->text(), QStringLiteral("Once upon a time there was a cat"));
        // Crash safety: the streamed text reaches the database while streaming.
        QTRY_COMPARE(f->drafts.get(id).value.content, QStringLiteral("Once upon a time there was a cat"));
        QCOMPARE(f->drafts.get(id).value.status, Chat::Status::Streaming);
        QSignalSpy finished(f->session.get(), &DraftSession::finished);
        f->session->stop();
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished[0][1].value<Chat::Status>(), Chat::Status::Stopped);
        const Draft d = f->drafts.get(id).value;
        QCOMPARE(d.content, QStringLiteral("Once upon a time there was a cat"));
        QCOMPARE(d.status, Chat::Status::Stopped);
        QCOMPARE(f->drafts.versions(id).value.first().note, QStringLiteral("stopped"));
    }

    void serverErrorLeavesTheDraftAsItWas()
    {
        auto f = make();
        const qint64 id = newDraft(*f, QStringLiteral("Some text."));
        f->server.setResponse(
            FakeServer::Response::json(401, R"({"error":{"message":"bad key","type":"invalid_request_error"}})"));
        DraftAction a;
        a.kind = DraftAction::Kind::Shorten;
        QSignalSpy failed(f->session.get(), &DraftSession::failed);
        QVERIFY(run(*f, id, a));
        QCOMPARE(failed.count(), 1);
        const Draft d = f->drafts.get(id).value;
        QCOMPARE(d.content, QStringLiteral("Some text."));
        QCOMPARE(d.status, Chat::Status::Error);
        QVERIFY(d.error.contains(QStringLiteral("bad key")));
    }

    void crashLeavesDraftInterrupted()
    {
        auto f = make();
        const qint64 id = newDraft(*f, QStringLiteral("Half"));
        QSqlQuery q(f->db.db());
        // A writer that no longer exists (pid 1 is init, alive; use a dead one).
        QVERIFY(q.exec(
            QStringLiteral("UPDATE drafts SET status = 'streaming', writer_pid = 999999999 WHERE id = %1").arg(id)));
        QCOMPARE(f->drafts.recoverInterrupted().value, 1);
        const Draft d = f->drafts.get(id).value;
        QCOMPARE(d.status, Chat::Status::Interrupted);
        QCOMPARE(d.content, QStringLiteral("Half"));
    }

    void actionsNeedSomethingToWorkOn()
    {
        auto action = [](DraftAction::Kind kind) {
            DraftAction a;
            a.kind = kind;
            return a;
        };
        QVERIFY(!planDraftAction(action(DraftAction::Kind::Continue), QString(), {}).ok());
        QVERIFY(!planDraftAction(action(DraftAction::Kind::Generate), QString(), {}).ok());
        QVERIFY(planDraftAction(action(DraftAction::Kind::Rewrite), QStringLiteral("x"), {})
                    .error.message.contains(QStringLiteral("how to rewrite")));
        DraftAction section = action(DraftAction::Kind::Section);
        section.section = 3;
        QVERIFY(!planDraftAction(section, QStringLiteral("## A\n"), {}).ok());
    }
};

QTEST_GUILESS_MAIN(TestDrafting)
#include "tst_drafting.moc"
