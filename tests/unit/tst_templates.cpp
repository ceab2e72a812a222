// SPDX-License-Identifier: GPL-3.0-or-later
// The template language, the file format, rendering and every built-in.
#include "templates/builtintemplates.h"
#include "templates/templatefile.h"
#include "templates/templaterenderer.h"
#include "templates/templatesyntax.h"
#include "testdata.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Inkwell;

namespace {

Template make(const QString &body, QList<TemplateVariable> vars = {})
{
    Template t;
    t.name = QStringLiteral("T");
    t.body = body;
    t.variables = std::move(vars);
    return t;
}

TemplateVariable var(const QString &name, TemplateVariable::Type type = TemplateVariable::Type::Text)
{
    TemplateVariable v;
    v.name = name;
    v.type = type;
    return v;
}

TemplateRenderer::Context fixedContext()
{
    TemplateRenderer::Context c;
    c.now = QDateTime(QDate(2026, 11, 30), QTime(9, 5));
    c.language = QStringLiteral("zh_CN");
    return c;
}

} // namespace

class TstTemplates : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void syntaxPieces()
    {
        const auto p = TemplateSyntax::parse(QStringLiteral("Hi {{ name }}, \\{{literal}} {{x}}!"));
        QVERIFY(p.ok());
        QCOMPARE(p.pieces.size(), 5);
        QCOMPARE(p.pieces[0].text, QStringLiteral("Hi "));
        QCOMPARE(p.pieces[1].text, QStringLiteral("name"));
        QVERIFY(p.pieces[1].variable);
        QCOMPARE(p.pieces[2].text, QStringLiteral(", {{literal}} "));
        QCOMPARE(TemplateSyntax::references(p), QStringList({QStringLiteral("name"), QStringLiteral("x")}));
    }

    void syntaxErrors_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("says");
        QTest::newRow("unclosed at end") << QStringLiteral("one\ntwo {{topic") << 2 << 5
                                         << QStringLiteral("not closed");
        QTest::newRow("closed on a later line")
            << QStringLiteral("a {{x\n}}") << 1 << 3 << QStringLiteral("not closed");
        QTest::newRow("empty") << QStringLiteral("x\n\n  {{ }}") << 3 << 3 << QStringLiteral("no variable name");
        QTest::newRow("space in name") << QStringLiteral("{{my topic}}") << 1 << 1
                                       << QStringLiteral("not a variable name");
        QTest::newRow("digit first") << QStringLiteral("{{1st}}") << 1 << 1 << QStringLiteral("not a variable name");
        // Columns count characters, not UTF-16 units or bytes.
        QTest::newRow("after CJK") << QStringLiteral("关于人工智能{{") << 1 << 7 << QStringLiteral("not closed");
        QTest::newRow("after emoji") << QStringLiteral("😀 {{") << 1 << 3 << QStringLiteral("not closed");
    }
    void syntaxErrors()
    {
        QFETCH(QString, body);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, says);
        const auto p = TemplateSyntax::parse(body);
        QCOMPARE(p.problems.size(), 1);
        QCOMPARE(p.problems[0].at.line, line);
        QCOMPARE(p.problems[0].at.column, column);
        QVERIFY2(p.problems[0].message.contains(says), qPrintable(p.problems[0].message));
        QVERIFY(p.problems[0].describe().startsWith(QStringLiteral("line %1, column %2: ").arg(line).arg(column)));
    }

    void undeclaredVariableIsNamedWithPosition()
    {
        const Template t = make(QStringLiteral("About {{topic}}.\nFor {{audeince}} on {{date}}."),
                                {var(QStringLiteral("topic")), var(QStringLiteral("audience"))});
        const QList<TemplateProblem> problems = TemplateFile::check(t);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems[0].at.line, 2);
        QCOMPARE(problems[0].at.column, 5);
        QVERIFY(problems[0].message.contains(QStringLiteral("{{audeince}} is not declared")));
        QVERIFY2(problems[0].message.contains(QStringLiteral("did you mean {{audience}}")),
                 qPrintable(problems[0].message));
    }

    void declarationProblems()
    {
        TemplateVariable choice = var(QStringLiteral("c"), TemplateVariable::Type::Choice);
        TemplateVariable range = var(QStringLiteral("n"), TemplateVariable::Type::Number);
        range.min = 10;
        range.max = 5;
        const Template t = make(QStringLiteral("{{c}}{{n}}{{date}}"),
                                {choice, range, var(QStringLiteral("date")), var(QStringLiteral("c"))});
        const QStringList messages = [&] {
            QStringList m;
            for (const auto &p : TemplateFile::check(t))
                m << p.message;
            return m;
        }();
        QVERIFY2(messages.join(u'|').contains(QStringLiteral("needs “choices”")), qPrintable(messages.join(u'|')));
        QVERIFY(messages.join(u'|').contains(QStringLiteral("min is above max")));
        QVERIFY(messages.join(u'|').contains(QStringLiteral("built in")));
        QVERIFY(messages.join(u'|').contains(QStringLiteral("declared twice")));
    }

    // What fuzz_template found, kept in tests/data/fuzz: a file that parses
    // reads back the same after it is written (the fuzzer's own property).
    // Lone carriage returns ("\r\r\n" became "\r\n", then "\n") now end a
    // line at once; a finding may instead be refused, but never parse and
    // then change.
    void fuzzFindingsRoundTrip_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("parses");
        // These were wrongly handled files that YAML reads (one threw from
        // the JSON writer on a "\xff" escape; the last had a carriage return
        // in a stop word, written bare); the lone-carriage-return one is
        // refused since a lone "\r" ends a line inside its value.
        const QStringList mustParse
            = {QStringLiteral("template-control-character.md"), QStringLiteral("template-escaped-quote-brackets.md"),
               QStringLiteral("template-invalid-utf8-think.md"), QStringLiteral("template-carriage-return-in-stop.md"),
               QStringLiteral("template-noncharacter.md")};
        const QDir dir(testDataPath(QStringLiteral("fuzz")));
        for (const QString &name : dir.entryList({QStringLiteral("template-*.md")}, QDir::Files))
            QTest::newRow(qPrintable(name)) << dir.filePath(name) << mustParse.contains(name);
    }
    void fuzzFindingsRoundTrip()
    {
        QFETCH(QString, file);
        QFETCH(bool, parses);
        QFile found(file);
        QVERIFY(found.open(QIODevice::ReadOnly));
        const auto parsed = TemplateFile::parse(QString::fromUtf8(found.readAll()));
        QCOMPARE(parsed.ok(), parses);
        if (!parsed.ok())
            return;
        const QString written = TemplateFile::write(parsed.value);
        const auto again = TemplateFile::parse(written);
        QVERIFY2(again.ok(), qPrintable(again.problems.value(0).describe() + u'\n' + written));
        QCOMPARE(again.value.name, parsed.value.name.trimmed());
        QCOMPARE(again.value.body, parsed.value.body);
        QCOMPARE(again.value.systemPrompt, parsed.value.systemPrompt);
        QCOMPARE(again.value.variables.size(), parsed.value.variables.size());
    }

    void controlCharactersRoundTrip()
    {
        const auto parsed = TemplateFile::parse(QStringLiteral(
            "---\nname: \"N\\rM\"\ntags: [\"t\\x01\"]\nsystem: \"one\\rtwo\\x01three\\nfour\"\n---\nbody"));
        QVERIFY2(parsed.ok(), qPrintable(parsed.problems.value(0).describe()));
        QCOMPARE(parsed.value.systemPrompt, QStringLiteral("one\rtwo\x01three\nfour"));
        const auto again = TemplateFile::parse(TemplateFile::write(parsed.value));
        QVERIFY2(again.ok(), qPrintable(again.problems.value(0).describe()));
        QCOMPARE(again.value.name, parsed.value.name);
        QCOMPARE(again.value.tags, parsed.value.tags);
        QCOMPARE(again.value.systemPrompt, parsed.value.systemPrompt);
    }

    // Brackets inside a value are text, not nesting: the depth guard in front
    // of yaml-cpp counts only what YAML reads as structure.
    void bracketsInsideValuesAreText()
    {
        const QString braces(20, u'{');
        const auto parsed = TemplateFile::parse(
            QStringLiteral("---\nname: x\ndescription: a%1\ncategory: \"q\\\"%1\"\n---\nb").arg(braces));
        QVERIFY2(parsed.ok(), qPrintable(parsed.problems.value(0).describe()));
        QCOMPARE(parsed.value.description, QStringLiteral("a") + braces);
        QCOMPARE(parsed.value.category, QStringLiteral("q\"") + braces);
        const auto again = TemplateFile::parse(TemplateFile::write(parsed.value));
        QVERIFY2(again.ok(), qPrintable(again.problems.value(0).describe()));
        QCOMPARE(again.value.description, parsed.value.description);
        QCOMPARE(again.value.category, parsed.value.category);
    }

    // The guard counts what YAML reads as structure, and nothing hides the
    // lines after it: a quote mistaken for an opening one ends with its line.
    void nestingGuardSeesPastTextThatLooksLikeAQuote_data()
    {
        QTest::addColumn<QString>("front");
        QTest::newRow("apostrophe in a block") << QStringLiteral("system: |\n  'Tis the season\n");
        QTest::newRow("colon without a space") << QStringLiteral("description: b:\"\n");
        QTest::newRow("dash without a space") << QStringLiteral("description: -\"\n");
        QTest::newRow("flow plain with colon") << QStringLiteral("description: [a:\", b]\n");
    }
    void nestingGuardSeesPastTextThatLooksLikeAQuote()
    {
        QFETCH(QString, front);
        const QString deep = QStringLiteral("tags: ") + QString(40, u'[') + QString(40, u']') + u'\n';
        const auto parsed
            = TemplateFile::parse(QStringLiteral("---\nname: x\n") + front + deep + QStringLiteral("---\nb"));
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.problems.first().message.contains(QStringLiteral("too deeply")),
                 qPrintable(parsed.problems.first().describe()));
        // …while brackets inside a block are text: a prompt may start lines with them.
        const auto block = TemplateFile::parse(QStringLiteral("---\nname: x\nsystem: |\n  ") + QString(30, u'[')
                                               + QStringLiteral("\n  more\n---\nb"));
        QVERIFY2(block.ok(), qPrintable(block.problems.value(0).describe()));
        QCOMPARE(block.value.systemPrompt, QString(30, u'[') + QStringLiteral("\nmore\n"));
    }

    void oldMacLineEndsAreLineEnds()
    {
        const auto parsed
            = TemplateFile::parse(QStringLiteral("---\r\nname: Old Mac\r\n---\r\nOne\r\r\nTwo\rThree\r\n"));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value.body, QStringLiteral("One\n\nTwo\nThree\n"));
    }

    void renderValuesAndBuiltins()
    {
        TemplateVariable words = var(QStringLiteral("words"), TemplateVariable::Type::Number);
        words.min = 100;
        words.max = 2000;
        words.defaultValue = QStringLiteral("800");
        TemplateVariable faq = var(QStringLiteral("faq"), TemplateVariable::Type::YesNo);
        faq.whenYes = QStringLiteral("Add a FAQ.");
        Template t
            = make(QStringLiteral("{{topic}} in {{words}} words, {{language}}, {{date}} {{time}}. {{faq}} \\{{x}}"),
                   {var(QStringLiteral("topic")), words, faq});
        t.systemPrompt = QStringLiteral("Expert on {{topic}}.");
        const auto r = TemplateRenderer::render(
            t, {{QStringLiteral("topic"), QStringLiteral("人工智能")}, {QStringLiteral("faq"), QStringLiteral("是")}},
            fixedContext());
        QVERIFY(r.ok());
        QCOMPARE(r.prompt,
                 QStringLiteral("人工智能 in 800 words, Chinese (Simplified), 2026-11-30 09:05. Add a FAQ. {{x}}"));
        QCOMPARE(r.systemPrompt, QStringLiteral("Expert on 人工智能."));
        QCOMPARE(TemplateRenderer::languageName(QStringLiteral("zh_TW")), QStringLiteral("Chinese (Traditional)"));
        QCOMPARE(TemplateRenderer::languageName(QStringLiteral("fr_FR")), QStringLiteral("French"));
        // Under LANG=C the UI is English, and so is what a template asks for.
        QCOMPARE(TemplateRenderer::languageName(QStringLiteral("C")), QStringLiteral("English"));
    }

    void invalidValuesNameTheVariable_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("says");
        using T = TemplateVariable::Type;
        QTest::newRow("required text") << int(T::Text) << QString() << QStringLiteral("“Field” is required");
        QTest::newRow("line break in text") << int(T::Text) << QStringLiteral("a\nb") << QStringLiteral("one line");
        QTest::newRow("not a number") << int(T::Number) << QStringLiteral("lots") << QStringLiteral("must be a number");
        QTest::newRow("out of range") << int(T::Number) << QStringLiteral("11")
                                      << QStringLiteral("between 1 and 10; 11 is not");
        QTest::newRow("not a choice") << int(T::Choice) << QStringLiteral("purple")
                                      << QStringLiteral("one of: red, green");
        QTest::newRow("not yes or no") << int(T::YesNo) << QStringLiteral("maybe") << QStringLiteral("yes or no");
        QTest::newRow("not a date") << int(T::Date) << QStringLiteral("30/11/2026") << QStringLiteral("YYYY-MM-DD");
    }
    void invalidValuesNameTheVariable()
    {
        QFETCH(int, type);
        QFETCH(QString, value);
        QFETCH(QString, says);
        TemplateVariable v = var(QStringLiteral("f"), TemplateVariable::Type(type));
        v.label = QStringLiteral("Field");
        v.min = 1;
        v.max = 10;
        v.choices = QStringList {QStringLiteral("red"), QStringLiteral("green")};
        const auto r = TemplateRenderer::render(make(QStringLiteral("{{f}}"), {v}), {{QStringLiteral("f"), value}});
        QCOMPARE(r.problems.size(), 1);
        QCOMPARE(r.problems[0].variable, QStringLiteral("f"));
        QVERIFY2(r.problems[0].message.contains(says), qPrintable(r.problems[0].message));
    }

    // `type: file` with `accept:`: read, checked, written back the same.
    void fileVariableParsesAndRoundTrips()
    {
        const QString text = QStringLiteral("---\nname: Summary of a file\nvariables:\n"
                                            "  - name: source\n    type: file\n    label: Report\n"
                                            "    accept: [PDF, .docx, '*.md']\n"
                                            "  - name: photo\n    type: file\n    required: false\n---\n"
                                            "Summarise {{source}}. {{photo}}\n");
        const auto parsed = TemplateFile::parse(text);
        QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.problems[0].describe()));
        const TemplateVariable *source = parsed.value.variable(QStringLiteral("source"));
        QVERIFY(source);
        QCOMPARE(source->type, TemplateVariable::Type::File);
        QCOMPARE(source->accept, (QStringList {QStringLiteral("pdf"), QStringLiteral("docx"), QStringLiteral("md")}));
        QVERIFY(source->required);
        QVERIFY(!parsed.value.variable(QStringLiteral("photo"))->required);
        const QString written = TemplateFile::write(parsed.value);
        QVERIFY2(written.contains(QStringLiteral("type: file")), qPrintable(written));
        const auto again = TemplateFile::parse(written);
        QVERIFY(again.ok());
        QCOMPARE(again.value.variable(QStringLiteral("source"))->accept, source->accept);
        QCOMPARE(TemplateFile::write(again.value), written);
        // The error for an unknown type lists file among the types.
        const auto wrong = TemplateFile::parse(
            QStringLiteral("---\nname: X\nvariables:\n  - name: a\n    type: files\n---\n{{a}}\n"));
        QCOMPARE(wrong.problems.size(), 1);
        QVERIFY2(wrong.problems[0].message.contains(QStringLiteral("date, file")),
                 qPrintable(wrong.problems[0].message));
        // accept belongs to files only.
        const auto misplaced = TemplateFile::parse(
            QStringLiteral("---\nname: X\nvariables:\n  - name: a\n    accept: [pdf]\n---\n{{a}}\n"));
        QCOMPARE(misplaced.problems.size(), 1);
        QVERIFY(misplaced.problems[0].message.contains(QStringLiteral("file variables only")));
        // A path as a default would be read wherever the template runs.
        const auto withDefault = TemplateFile::parse(QStringLiteral(
            "---\nname: X\nvariables:\n  - name: a\n    type: file\n    default: ~/q3.pdf\n---\n{{a}}\n"));
        QCOMPARE(withDefault.problems.size(), 1);
        QVERIFY(withDefault.problems[0].message.contains(QStringLiteral("has no default")));
    }

    // A file variable's value is a path; {{name}} becomes the file's name
    // (the file itself goes with the request: drafting/templatefiles.h).
    void fileVariableRendersItsName()
    {
        TemplateVariable source = var(QStringLiteral("source"), TemplateVariable::Type::File);
        source.label = QStringLiteral("Report");
        source.accept = QStringList {QStringLiteral("pdf"), QStringLiteral("txt")};
        TemplateVariable photo = var(QStringLiteral("photo"), TemplateVariable::Type::File);
        photo.required = false;
        const Template t = make(QStringLiteral("Summarise {{source}}.{{photo}}"), {source, photo});
        const auto r = TemplateRenderer::render(t, {{QStringLiteral("source"), QStringLiteral("/tmp/a b/报告.PDF")}});
        QVERIFY(r.ok());
        QCOMPARE(r.prompt, QStringLiteral("Summarise 报告.PDF."));
        const auto missing = TemplateRenderer::render(t, {});
        QCOMPARE(missing.problems.size(), 1);
        QCOMPARE(missing.problems[0].variable, QStringLiteral("source"));
        QCOMPARE(missing.problems[0].message, QStringLiteral("“Report” is required"));
        const auto wrongKind
            = TemplateRenderer::render(t, {{QStringLiteral("source"), QStringLiteral("/tmp/notes.docx")}});
        QCOMPARE(wrongKind.problems.size(), 1);
        QCOMPARE(wrongKind.problems[0].message, QStringLiteral("“Report” takes .pdf, .txt files, not “notes.docx”"));
    }

    void unknownValueIsAProblem()
    {
        const auto r
            = TemplateRenderer::render(make(QStringLiteral("x")), {{QStringLiteral("topc"), QStringLiteral("y")}});
        QCOMPARE(r.problems.size(), 1);
        QVERIFY(r.problems[0].message.contains(QStringLiteral("“topc” is not a variable")));
    }

    void fileRoundTrip()
    {
        const Template *article = BuiltinTemplates::find(QStringLiteral("article"));
        QVERIFY(article);
        const QString text = TemplateFile::write(*article);
        const auto again = TemplateFile::parse(text);
        QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.problems[0].describe()));
        QCOMPARE(again.value.name, article->name);
        QCOMPARE(again.value.body, article->body);
        QCOMPARE(again.value.systemPrompt, article->systemPrompt);
        QCOMPARE(again.value.tags, article->tags);
        QCOMPARE(again.value.parameters, article->parameters);
        QCOMPARE(again.value.variables.size(), article->variables.size());
        for (qsizetype i = 0; i < article->variables.size(); ++i) {
            const TemplateVariable &a = article->variables[i], &b = again.value.variables[i];
            QCOMPARE(b.name, a.name);
            QCOMPARE(b.type, a.type);
            QCOMPARE(b.defaultValue, a.defaultValue);
            QCOMPARE(b.choices, a.choices);
            QCOMPARE(b.required, a.required);
            QCOMPARE(b.min, a.min);
            QCOMPARE(b.whenYes, a.whenYes);
        }
        // Writing is stable: what is written reads back to the same text.
        QCOMPARE(TemplateFile::write(again.value), text);
    }

    void brokenFilesGiveLineAndColumn_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("says");
        QTest::newRow("no front matter") << QStringLiteral("Just a prompt") << 1 << 1
                                         << QStringLiteral("starts with a “---” line");
        QTest::newRow("never closed") << QStringLiteral("---\nname: x\n") << 1 << 1 << QStringLiteral("never closed");
        // YAML mistakes in words, at the line to fix (yaml-cpp stops a line
        // or more later, and names its parser's state).
        QTest::newRow("unclosed list") << QStringLiteral("---\nname: x\ntags: [a, b\n---\nbody") << 3 << 7
                                       << QStringLiteral("never closed with “]”");
        QTest::newRow("unclosed map") << QStringLiteral("---\nname: x\nmeta: {a: b\nmode: chat\n---\nb") << 3 << 7
                                      << QStringLiteral("never closed with “}”");
        QTest::newRow("no colon") << QStringLiteral("---\nname: x\ndescription d\n# note\ntags: [a]\n---\nb") << 3 << 1
                                  << QStringLiteral("has no “:”");
        QTest::newRow("second colon") << QStringLiteral("---\nname: Quoted: name\n---\nb") << 2 << 13
                                      << QStringLiteral("put the value in quotes");
        QTest::newRow("misaligned") << QStringLiteral("---\nname: x\n- y\n---\nb") << 3 << 1
                                    << QStringLiteral("does not line up");
        QTest::newRow("tab") << QStringLiteral("---\nname: x\n\tmode: chat\n---\nb") << 3 << 1
                             << QStringLiteral("indent with spaces");
        QTest::newRow("escape") << QStringLiteral("---\nname: \"a\\qb\"\n---\nb") << 2 << 11
                                << QStringLiteral("“\\q” is not an escape");
        QTest::newRow("huge integer") << QStringLiteral("---\nname: x\nparameters:\n  max_tokens: 4e35\n---\nb") << 4
                                      << 15 << QStringLiteral("out of range");
        QTest::newRow("no name") << QStringLiteral("---\ndescription: d\n---\nbody") << 2 << 1
                                 << QStringLiteral("“name” is missing");
        QTest::newRow("bad type") << QStringLiteral(
            "---\nname: x\nvariables:\n  - name: a\n    type: colour\n---\n{{a}}")
                                  << 5 << 11 << QStringLiteral("type “colour”");
        QTest::newRow("undeclared in body") << QStringLiteral("---\nname: x\n---\nline one\nabout {{topic}}") << 5 << 7
                                            << QStringLiteral("{{topic}} is not declared");
        QTest::newRow("unclosed in body")
            << QStringLiteral("---\nname: x\n---\n\n\nabout {{topic") << 6 << 7 << QStringLiteral("not closed");
        QTest::newRow("deep nesting") << QStringLiteral("---\nname: x\ntags: ") + QString(5000, u'[')
                + QStringLiteral("\n---\nb")
                                      << 2 << 1 << QStringLiteral("too deeply");
    }
    void brokenFilesGiveLineAndColumn()
    {
        QFETCH(QString, file);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, says);
        const auto parsed = TemplateFile::parse(file);
        QVERIFY(!parsed.ok());
        const TemplateProblem &p = parsed.problems.first();
        QVERIFY2(p.at.line == line && p.at.column == column, qPrintable(p.describe()));
        QVERIFY2(p.message.contains(says), qPrintable(p.message));
    }

    void crlfAndBomAreAccepted()
    {
        const auto parsed = TemplateFile::parse(QStringLiteral("\uFEFF---\r\nname: 测试\r\n---\r\n你好\r\n"));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value.name, QStringLiteral("测试"));
        QCOMPARE(parsed.value.body, QStringLiteral("你好\n"));
    }

    void builtinsAreValidAndRenderWithDefaults()
    {
        const QList<Template> &all = BuiltinTemplates::all();
        // Every file in resources/templates parsed (a broken one is dropped).
        QCOMPARE(all.size(), 18);
        QSet<QString> names;
        int chinese = 0;
        for (const Template &t : all) {
            QVERIFY2(!names.contains(t.name), qPrintable(t.name));
            names.insert(t.name);
            QVERIFY(t.builtin);
            QVERIFY(!t.description.isEmpty());
            QVERIFY(!t.category.isEmpty());
            chinese += t.language == u"zh_CN";
            // Defaults alone render, except where the user must type the text.
            QHash<QString, QString> values;
            for (const TemplateVariable &v : t.variables)
                if (v.required && v.defaultValue.isEmpty()
                    && (v.type == TemplateVariable::Type::Text || v.type == TemplateVariable::Type::MultiLine))
                    values.insert(v.name, QStringLiteral("SAMPLE"));
            auto context = fixedContext();
            context.selection = QStringLiteral("SELECTED");
            const auto r = TemplateRenderer::render(t, values, context);
            QVERIFY2(r.ok(), qPrintable(t.name + u": " + (r.ok() ? QString() : r.problems[0].message)));
            QVERIFY2(!r.prompt.contains(QStringLiteral("{{")), qPrintable(t.name));
            QVERIFY(!r.prompt.isEmpty());
            for (const QString &v : values)
                QVERIFY2(r.prompt.contains(v), qPrintable(t.name));
        }
        QVERIFY(chinese >= 6);
        const Template *zh = BuiltinTemplates::find(QStringLiteral("builtin:article.zh_CN"));
        QVERIFY(zh);
        const auto r = TemplateRenderer::render(*zh, {}, fixedContext());
        QVERIFY(r.prompt.startsWith(QStringLiteral("请生成一篇关于人工智能的文章")));
    }
};

QTEST_GUILESS_MAIN(TstTemplates)
#include "tst_templates.moc"
