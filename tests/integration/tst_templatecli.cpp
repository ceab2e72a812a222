// SPDX-License-Identifier: GPL-3.0-or-later
// `inkwell-cli template …` as a user runs it: the real executable, a data
// folder of its own, and the fake server recording what was sent.
#include "clirunner.h"
#include "fakeserver.h"
#include "openaichunks.h"
#include "store/database.h"
#include "store/draftrepository.h"
#include "testdata.h"

#include <QFile>
#include <QTemporaryDir>

#include <nlohmann/json.hpp>

class TestTemplateCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    FakeServer m_server;

    CliRun cli(QStringList args, const QByteArray &stdinData = {})
    {
        args << QStringLiteral("--data-dir") << m_dir.path();
        return runCli(args, stdinData, false, {{QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8")}});
    }

    QStringList server() const
    {
        return {QStringLiteral("--base-url"), m_server.baseUrl(), QStringLiteral("--model"), QStringLiteral("writer")};
    }

    nlohmann::json lastBody() const { return nlohmann::json::parse(m_server.requests().last().body.toStdString()); }

    QString write(const QString &name, const QByteArray &text)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write");
        f.write(text);
        return path;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_server.listen()); }

    void listsTheBuiltins()
    {
        const CliRun r = cli({QStringLiteral("template"), QStringLiteral("list")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("article "));
        QVERIFY(r.out.contains("主题文章"));
        QCOMPARE(r.out.count('\n'), 18);
        const CliRun j = cli({QStringLiteral("template"), QStringLiteral("list"), QStringLiteral("--json")});
        const auto list = nlohmann::json::parse(j.out.toStdString());
        QCOMPARE(list.size(), 18u);
        QCOMPARE(list[0]["key"].get<std::string>(), "builtin:article");
        QCOMPARE(list[0]["variables"][0]["name"].get<std::string>(), "topic");
    }

    // The check from the issue: topic=人工智能 against a recording server.
    void runsTheArticleTemplateAgainstTheServer()
    {
        m_server.setResponse(
            FakeServer::Response::sse(chatStream({QStringLiteral("# 人工智能\n"), QStringLiteral("正文。")}), 16));
        const CliRun r = cli(QStringList {QStringLiteral("template"), QStringLiteral("run"), QStringLiteral("article"),
                                          QStringLiteral("--var"), QStringLiteral("topic=人工智能"),
                                          QStringLiteral("--var"), QStringLiteral("words=600")}
                             + server());
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.out, QByteArray("# 人工智能\n正文。"));
        const auto body = lastBody();
        const QString system = QString::fromStdString(body["messages"][0]["content"].get<std::string>());
        const QString prompt = QString::fromStdString(body["messages"][1]["content"].get<std::string>());
        QCOMPARE(body["messages"][0]["role"].get<std::string>(), "system");
        QVERIFY(system.startsWith(QStringLiteral("You are an experienced writer and editor.")));
        QVERIFY2(prompt.contains(QStringLiteral("about 600 words about 人工智能 for general readers")),
                 qPrintable(prompt));
        // The template's preset (balanced) and its own max_tokens.
        QCOMPARE(body["temperature"].get<double>(), 0.7);
        QCOMPARE(body["top_p"].get<double>(), 0.95);
        QCOMPARE(body["max_tokens"].get<int>(), 4096);
        // An option given on the command line wins over the template.
        cli(QStringList {QStringLiteral("template"), QStringLiteral("run"), QStringLiteral("主题文章"),
                         QStringLiteral("--temperature"), QStringLiteral("0.1")}
            + server());
        QCOMPARE(lastBody()["temperature"].get<double>(), 0.1);
        QVERIFY(QString::fromStdString(lastBody()["messages"][1]["content"].get<std::string>())
                    .startsWith(QStringLiteral("请生成一篇关于人工智能的文章")));
    }

    void writesToAFile()
    {
        m_server.setResponse(FakeServer::Response::sse(chatStream({QStringLiteral("Subject: Hi")})));
        const QString out = m_dir.filePath(QStringLiteral("mail.md"));
        const CliRun r = cli(QStringList {QStringLiteral("template"), QStringLiteral("run"), QStringLiteral("email"),
                                          QStringLiteral("--var"), QStringLiteral("purpose=Lunch on Friday?"),
                                          QStringLiteral("--out"), out}
                             + server());
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.isEmpty());
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("Subject: Hi\n"));
    }

    void selectionComesFromStdin()
    {
        m_server.setResponse(FakeServer::Response::sse(chatStream({QStringLiteral("Hey there!")})));
        const CliRun r = cli(
            QStringList {QStringLiteral("template"), QStringLiteral("run"), QStringLiteral("rewrite-tone")} + server(),
            "Dear Sir, greetings.");
        QCOMPARE(r.code, 0);
        const QString prompt = QString::fromStdString(lastBody()["messages"][1]["content"].get<std::string>());
        QVERIFY(prompt.endsWith(QStringLiteral("Dear Sir, greetings.")));
    }

    void badVariablesAreUsageErrors_data()
    {
        QTest::addColumn<QStringList>("vars");
        QTest::addColumn<QByteArray>("says");
        QTest::newRow("missing required")
            << QStringList {} << QByteArray("--var purpose: “What the email must say” is required");
        QTest::newRow("unknown") << QStringList {QStringLiteral("purpose=x"), QStringLiteral("colour=red")}
                                 << QByteArray("--var colour: “colour” is not a variable of “Email”");
        QTest::newRow("no equals sign") << QStringList {QStringLiteral("purpose")}
                                        << QByteArray("--var takes KEY=VALUE");
        QTest::newRow("not a choice") << QStringList {QStringLiteral("purpose=x"), QStringLiteral("tone=rude")}
                                      << QByteArray("--var tone: “Tone” must be one of");
    }
    void badVariablesAreUsageErrors()
    {
        QFETCH(QStringList, vars);
        QFETCH(QByteArray, says);
        QStringList args {QStringLiteral("template"), QStringLiteral("run"), QStringLiteral("email")};
        for (const QString &v : vars)
            args << QStringLiteral("--var") << v;
        const int before = m_server.requests().size();
        const CliRun r = cli(args + server());
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(says), r.err.constData());
        QCOMPARE(m_server.requests().size(), before); // nothing was sent
    }

    // A `file` variable from the shell: the value is a path; the document
    // goes once, as the block that names it, {{source}} becomes its name.
    void fileVariables()
    {
        const QString tpl = write(QStringLiteral("file-summary.md"),
                                  "---\nname: File summary\nvariables:\n"
                                  "  - name: source\n    type: file\n    label: Report\n    accept: [txt, md]\n"
                                  "  - name: photo\n    type: file\n    required: false\n---\n"
                                  "Summarise {{source}} in three lines.{{photo}}\n");
        QCOMPARE(cli({QStringLiteral("template"), QStringLiteral("import"), tpl}).code, 0);
        const QString notes = write(QStringLiteral("tea notes.txt"), "Picked 40 kg of Longjing on Monday.\n");
        const QStringList run {QStringLiteral("template"), QStringLiteral("run"), QStringLiteral("File summary")};
        const auto arg = [](const QString &name, const QString &value) {
            return QStringList {QStringLiteral("--var"), name + u'=' + value};
        };

        m_server.setResponse(FakeServer::Response::sse(chatStream({QStringLiteral("Tea was picked.")})));
        CliRun r = cli(run + arg(QStringLiteral("source"), notes) + server());
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.out, QByteArray("Tea was picked."));
        const QByteArray body = m_server.requests().last().body;
        QCOMPARE(body.count("Picked 40 kg of Longjing on Monday."), 1); // the text once
        const QString prompt = QString::fromStdString(lastBody()["messages"].back()["content"].get<std::string>());
        QCOMPARE(prompt,
                 QStringLiteral("<document name=\"tea notes.txt\">\nPicked 40 kg of Longjing on Monday.\n</document>"
                                "\n\nSummarise tea notes.txt in three lines."));

        // --var-file names the file too (it is not read as the value's text),
        // and --print-prompt shows what the model reads.
        r = cli(run + QStringList {QStringLiteral("--var-file"), QStringLiteral("source=") + notes}
                + QStringList {QStringLiteral("--print-prompt")});
        QCOMPARE(r.code, 0);
        QCOMPARE(QString::fromUtf8(r.out), prompt + u'\n');

        // A picture goes as an image part; {{photo}} is its name.
        const QString picture = testDataPath(QStringLiteral("attachments/images/alpha.png"));
        m_server.setResponse(FakeServer::Response::sse(chatStream({QStringLiteral("A cat.")})));
        r = cli(run + arg(QStringLiteral("source"), notes) + arg(QStringLiteral("photo"), picture) + server());
        QVERIFY2(r.code == 0, r.err.constData());
        const auto parts = lastBody()["messages"].back()["content"];
        QVERIFY(parts.is_array());
        QVERIFY(QString::fromStdString(parts[0]["text"].get<std::string>())
                    .endsWith(QStringLiteral("Summarise tea notes.txt in three lines.alpha.png")));
        QVERIFY(parts[1]["image_url"]["url"].get<std::string>().starts_with("data:image/png;base64,"));

        // Refusals: nothing is sent.
        const int before = m_server.requests().size();
        // A model that reads text only: the clear refusal chat gives.
        r = cli(run + arg(QStringLiteral("source"), notes) + arg(QStringLiteral("photo"), picture)
                + QStringList {QStringLiteral("--base-url"), m_server.baseUrl(), QStringLiteral("--model"),
                               QStringLiteral("deepseek-chat")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("deepseek-chat does not take images."), r.err.constData());
        // Unreadable files: readAttachment's own sentence, a data error.
        const QString empty = write(QStringLiteral("empty.txt"), "");
        r = cli(run + arg(QStringLiteral("source"), empty) + server());
        QCOMPARE(r.code, 5);
        QCOMPARE(r.err, QByteArray("inkwell-cli: empty.txt is empty.\n"));
        r = cli(run + arg(QStringLiteral("source"), m_dir.filePath(QStringLiteral("gone.txt"))) + server());
        QCOMPARE(r.code, 5);
        QVERIFY2(r.err.contains("gone.txt does not exist (any more)."), r.err.constData());
        const QString encrypted = testDataPath(QStringLiteral("attachments/docs/encrypted.pdf"));
        r = cli(run + arg(QStringLiteral("source"), notes) + arg(QStringLiteral("photo"), encrypted)
                + QStringList {QStringLiteral("--print-prompt")});
        QCOMPARE(r.code, 5);
        QVERIFY2(r.err.contains("encrypted.pdf"), r.err.constData());
        // Missing or of a kind the template does not take: usage errors naming the variable.
        r = cli(run + server());
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("--var source: “Report” is required"), r.err.constData());
        r = cli(run + arg(QStringLiteral("source"), picture) + server());
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("--var source: “Report” takes .txt, .md files, not “alpha.png”"), r.err.constData());
        QCOMPARE(m_server.requests().size(), before);

        // show --json says what it takes.
        r = cli({QStringLiteral("template"), QStringLiteral("show"), QStringLiteral("File summary"),
                 QStringLiteral("--json")});
        const auto shown = nlohmann::json::parse(r.out.toStdString());
        QCOMPARE(shown["variables"][0]["type"].get<std::string>(), "file");
        QCOMPARE(shown["variables"][0]["accept"][1].get<std::string>(), "md");
    }

    void draftsListShowAndExport()
    {
        qint64 id = 0;
        {
            Inkwell::Database db;
            QVERIFY(!db.open(Inkwell::Database::defaultFilePath(m_dir.path())).isError());
            Inkwell::Draft d;
            d.title = QStringLiteral("关于人工智能");
            d.content = QStringLiteral("# 人工智能\n\n这是一个**话题**。<script>alert(1)</script>\n");
            id = Inkwell::DraftRepository(db.db()).create(d).value;
        }
        CliRun r = cli(
            {QStringLiteral("drafts"), QStringLiteral("list"), QStringLiteral("--search"), QStringLiteral("人工")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(QByteArray(QByteArray::number(id) + '\t')));
        QVERIFY(r.out.contains("关于人工智能"));
        r = cli({QStringLiteral("drafts"), QStringLiteral("show"), QString::number(id), QStringLiteral("--json")});
        QCOMPARE(nlohmann::json::parse(r.out.toStdString())["text"].get<std::string>(),
                 "# 人工智能\n\n这是一个**话题**。<script>alert(1)</script>\n");

        const QString html = m_dir.filePath(QStringLiteral("draft.html"));
        r = cli(
            {QStringLiteral("export"), QStringLiteral("--draft"), QString::number(id), QStringLiteral("--out"), html});
        QCOMPARE(r.code, 0);
        QFile f(html);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray page = f.readAll();
        QVERIFY(page.contains("<h1>人工智能</h1>"));
        QVERIFY(page.contains("<strong>话题</strong>"));
        QVERIFY(!page.contains("<script>alert(1)</script>")); // text, never markup
        r = cli({QStringLiteral("export"), QStringLiteral("--draft"), QString::number(id), QStringLiteral("--out"),
                 m_dir.filePath(QStringLiteral("draft.json"))});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("a draft is exported as md, html, txt, pdf"));
    }

    void importShowExportAndSyntaxErrors()
    {
        const QString good = write(QStringLiteral("note.md"),
                                   "---\nname: Meeting note\ncategory: Work\nvariables:\n"
                                   "  - name: who\n---\nA note for {{who}}.\n");
        CliRun r = cli({QStringLiteral("template"), QStringLiteral("import"), good});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QByteArray("added Meeting note\n"));
        r = cli({QStringLiteral("template"), QStringLiteral("import"), good});
        QCOMPARE(r.out, QByteArray("updated Meeting note\n"));

        r = cli({QStringLiteral("template"), QStringLiteral("show"), QStringLiteral("meeting note"),
                 QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const auto shown = nlohmann::json::parse(r.out.toStdString());
        QCOMPARE(shown["body"].get<std::string>(), "A note for {{who}}.\n");
        QCOMPARE(shown["builtin"].get<bool>(), false);

        const QString out = m_dir.filePath(QStringLiteral("exported.md"));
        QCOMPARE(cli({QStringLiteral("template"), QStringLiteral("export"), QStringLiteral("Meeting note"),
                      QStringLiteral("--out"), out})
                     .code,
                 0);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(),
                 QByteArray(
                     "---\nname: Meeting note\ncategory: Work\nvariables:\n  - name: who\n---\nA note for {{who}}.\n"));

        const QString bad = write(QStringLiteral("bad.md"), "---\nname: Bad\n---\nHello\n{{ who\n");
        r = cli({QStringLiteral("template"), QStringLiteral("import"), bad});
        QCOMPARE(r.code, 5);
        QVERIFY2(r.err.contains(QByteArray(bad.toUtf8() + ":5:1: “{{” is not closed")), r.err.constData());
        r = cli({QStringLiteral("template"), QStringLiteral("show"), QStringLiteral("no such thing")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("There is no template “no such thing”"));
    }
};

QTEST_GUILESS_MAIN(TestTemplateCli)
#include "tst_templatecli.moc"
