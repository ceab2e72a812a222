// SPDX-License-Identifier: GPL-3.0-or-later
#include "codehighlighter.h"

#include <QRegularExpression>

#include <memory>
#include <srchilite/langmap.h>
#include <srchilite/settings.h>
#include <srchilite/sourcehighlight.h>
#include <sstream>

namespace Inkwell {

namespace {

// source-highlight parses its language and output definitions on first use;
// keep them per thread (exports run on a worker thread).
struct Engine {
    srchilite::SourceHighlight highlight {"htmlcss.outlang"};
    srchilite::LangMap languages;
    Engine()
        : languages(srchilite::Settings::retrieveDataDir(), "lang.map")
    {
        highlight.setDataDir(srchilite::Settings::retrieveDataDir());
        highlight.setGenerateEntireDoc(false);
        languages.open();
    }
};

Engine *engine()
{
    thread_local std::unique_ptr<Engine> e;
    thread_local bool failed = false;
    if (!e && !failed) {
        try {
            e = std::make_unique<Engine>();
        } catch (...) {
            failed = true; // no data files: everything stays plain
        }
    }
    return e.get();
}

// Names people write after ``` that lang.map does not know.
std::string mappedLanguage(Engine &e, QString language)
{
    language = language.trimmed().toLower();
    static const QHash<QString, QString> aliases = {
        {QStringLiteral("c++"), QStringLiteral("cpp")},
        {QStringLiteral("shell"), QStringLiteral("sh")},
        {QStringLiteral("zsh"), QStringLiteral("sh")},
        {QStringLiteral("console"), QStringLiteral("sh")},
        {QStringLiteral("typescript"), QStringLiteral("javascript")},
        {QStringLiteral("ts"), QStringLiteral("javascript")},
        {QStringLiteral("jsx"), QStringLiteral("javascript")},
        {QStringLiteral("tsx"), QStringLiteral("javascript")},
        {QStringLiteral("yml"), QStringLiteral("yaml")},
        {QStringLiteral("golang"), QStringLiteral("go")},
        {QStringLiteral("kt"), QStringLiteral("kotlin")},
        {QStringLiteral("rb"), QStringLiteral("ruby")},
    };
    language = aliases.value(language, language);
    if (language.isEmpty())
        return {};
    return e.languages.getMappedFileName(language.toStdString());
}

} // namespace

QString CodeHighlighter::toHtml(const QString &code, const QString &language)
{
    Engine *e = engine();
    if (!e)
        return {};
    try {
        const std::string langFile = mappedLanguage(*e, language);
        if (langFile.empty())
            return {};
        std::istringstream in(code.toStdString());
        std::ostringstream out;
        e->highlight.highlight(in, out, langFile);
        QString html = QString::fromStdString(out.str());
        // Keep only the spans: the caller has its own <pre><code>.
        const qsizetype start = html.indexOf(u"<pre><tt>");
        const qsizetype end = html.lastIndexOf(u"</tt></pre>");
        if (start < 0 || end < start)
            return {};
        html = html.mid(start + 9, end - start - 9);
        // Spans without a colour of their own only make the page bigger.
        static const QRegularExpression normal(
            QStringLiteral("<span class=\"(?:normal|symbol|cbracket)\">([^<]*)</span>"));
        html.replace(normal, QStringLiteral("\\1"));
        if (html.endsWith(u'\n'))
            html.chop(1);
        return html;
    } catch (...) {
        return {}; // a language file it cannot parse: plain code
    }
}

QString CodeHighlighter::browserStyleSheet()
{
    return QStringLiteral(".keyword, .preproc { color: #cf222e; } .type, .classname, .usertype { color: #953800; }\n"
                          ".string, .regexp { color: #0a3069; } .comment { color: #6e7781; font-style: italic; }\n"
                          ".number, .specialchar { color: #0550ae; } .function { color: #8250df; } .variable, .label { "
                          "color: #953800; }\n"
                          "@media (prefers-color-scheme: dark) {\n"
                          "  .keyword, .preproc { color: #ff7b72; } .type, .classname, .usertype { color: #ffa657; }\n"
                          "  .string, .regexp { color: #a5d6ff; } .comment { color: #8b949e; }\n"
                          "  .number, .specialchar { color: #79c0ff; } .function { color: #d2a8ff; } .variable, .label "
                          "{ color: #ffa657; }\n"
                          "}\n");
}

QString CodeHighlighter::richTextStyleSheet()
{
    return QStringLiteral(
        ".keyword { color: #cf222e; } .preproc { color: #cf222e; } .type { color: #953800; }\n"
        ".classname { color: #953800; } .usertype { color: #953800; } .string { color: #0a3069; }\n"
        ".regexp { color: #0a3069; } .comment { color: #6e7781; font-style: italic; } .number { color: #0550ae; }\n"
        ".specialchar { color: #0550ae; } .function { color: #8250df; } .variable { color: #953800; }\n");
}

} // namespace Inkwell
