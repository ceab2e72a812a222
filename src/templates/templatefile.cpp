// SPDX-License-Identifier: GPL-3.0-or-later
#include "templatefile.h"

#include "templates/draftingtr.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>
#include <yaml-cpp/yaml.h>

namespace Inkwell {

namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

std::string ss(const QString &s)
{
    return s.toStdString();
}

TextPosition positionOf(const YAML::Mark &m, int firstLine)
{
    if (m.is_null())
        return {firstLine, 1};
    return {firstLine + m.line, m.column + 1};
}

// The front matter's syntax error in words a template writer can act on,
// at the line to fix. yaml-cpp's own text ("illegal map value") names its
// parser's state, and its mark is where it gave up: for a "[" never closed
// or a field without its ":", a line or more after the mistake.
TemplateProblem yamlSyntaxProblem(const YAML::Exception &e, const QString &yaml, int firstLine)
{
    const QStringList lines = yaml.split(u'\n');
    const int at = e.mark.is_null() ? 0 : qBound(0, e.mark.line, int(lines.size()) - 1);
    TemplateProblem p {positionOf(e.mark, firstLine), {}};
    const std::string &raw = e.msg;
    const auto isComment = [](const QString &l) { return l.trimmed().isEmpty() || l.trimmed().startsWith(u'#'); };
    // A field's line without its ":" ("description A short one").
    const auto noColon = [&](int i) {
        const QString l = i >= 0 ? lines[i].trimmed() : QString();
        return !l.isEmpty() && !l.contains(u':') && !l.startsWith(u'-') && !l.startsWith(u'#');
    };
    const QString missingColon = Drafting::tr("this line has no “:” between the field's name and its value");
    // The last line at or before the mark's that opens `open` and does not close it.
    const auto opener = [&](QChar open, QChar close) {
        for (int i = at; i >= 0; --i)
            if (lines[i].count(open) > lines[i].count(close))
                return i;
        return at;
    };
    if (raw == YAML::ErrorMsg::END_OF_SEQ_FLOW || raw == YAML::ErrorMsg::END_OF_MAP_FLOW) {
        const bool list = raw == YAML::ErrorMsg::END_OF_SEQ_FLOW;
        const int line = list ? opener(u'[', u']') : opener(u'{', u'}');
        p.at = {firstLine + line, qMax(1, int(lines[line].indexOf(list ? u'[' : u'{')) + 1)};
        p.message = list ? Drafting::tr("the “[” list opened here is never closed with “]”")
                         : Drafting::tr("the “{” opened here is never closed with “}”");
    } else if (raw == YAML::ErrorMsg::MAP_VALUE) {
        int previous = at - 1;
        while (previous >= 0 && isComment(lines[previous]))
            --previous;
        if (noColon(previous)) {
            // "description x" then "tags: …": one plain value over two lines.
            p.at = {firstLine + previous, 1};
            p.message = missingColon;
        } else {
            p.message = Drafting::tr("a second “:” in this line; put the value in quotes (name: \"A: B\")");
        }
    } else if (raw == YAML::ErrorMsg::END_OF_MAP || raw == YAML::ErrorMsg::END_OF_SEQ
               || raw == YAML::ErrorMsg::BLOCK_ENTRY || raw == YAML::ErrorMsg::MAP_KEY) {
        if (noColon(at)) {
            p.at = {firstLine + at, 1};
            p.message = missingColon;
            return p;
        }
        p.message = Drafting::tr(
            "this line does not line up with the lines around it: fields start at the left edge, a list's "
            "“- ” items line up, and an item's fields line up under its first one");
    } else if (raw == YAML::ErrorMsg::TAB_IN_INDENTATION) {
        p.message = Drafting::tr("a tab in the indentation; indent with spaces");
    } else if (raw.rfind(YAML::ErrorMsg::INVALID_ESCAPE, 0) == 0) {
        p.message = Drafting::tr("“\\%1” is not an escape in a double-quoted value; write “\\\\” for a backslash, "
                                 "or use single quotes")
                        .arg(qs(raw.substr(std::string(YAML::ErrorMsg::INVALID_ESCAPE).size())));
    } else if (raw == YAML::ErrorMsg::EOF_IN_SCALAR || raw == YAML::ErrorMsg::CHAR_IN_SCALAR) {
        p.message = Drafting::tr("a quoted value is not closed, or has a stray quote inside");
    } else {
        p.message = Drafting::tr("the front matter is not valid YAML (%1)").arg(qs(raw));
    }
    return p;
}

// yaml-cpp recurses on flow collections; refuse absurd nesting before it does.
// Only what YAML reads as structure counts: a "[" or "{" where a value starts
// (first on its line, or after ": ", "- ", "," or another bracket); brackets
// inside a plain value ("a{{b"), a quoted one or a "|" / ">" block are text.
// A quote ends at its line's end at the latest, so that one mistaken for an
// opening quote cannot hide the lines after it. (Counting text refused files
// the writer had written: found by fuzz_template.)
bool nestedTooDeep(const QString &yaml)
{
    int depth = 0;
    int blockIndent = -1; // in a block scalar: the indentation of the line that opened it
    for (const QStringView line : QStringView(yaml).split(u'\n')) {
        qsizetype indent = 0;
        while (indent < line.size() && line[indent] == u' ')
            ++indent;
        if (blockIndent >= 0) {
            if (line.trimmed().isEmpty() || indent > blockIndent)
                continue;
            blockIndent = -1;
        }
        QChar quote;
        bool escaped = false;
        bool plain = false; // inside a plain value: its brackets are text
        QChar previous; // the last structural character of the line
        for (qsizetype i = indent; i < line.size(); ++i) {
            const QChar c = line[i];
            const bool spaceNext = i + 1 == line.size() || line[i + 1] == u' ' || line[i + 1] == u'\t';
            if (!quote.isNull()) {
                if (escaped)
                    escaped = false;
                else if (quote == u'"' && c == u'\\')
                    escaped = true;
                else if (c == quote)
                    quote = QChar();
                continue;
            }
            if (c == u' ' || c == u'\t')
                continue;
            if (c == u'#' && (i == indent || line[i - 1] == u' ' || line[i - 1] == u'\t'))
                break; // a comment
            const bool separator = ((c == u':' || c == u'-') && spaceNext) || c == u',';
            if (plain) {
                if (!(c == u':' && spaceNext) && !(depth > 0 && (c == u',' || c == u']' || c == u'}')))
                    continue;
                plain = false;
            }
            const bool valueStarts = previous.isNull() || previous == u':' || previous == u'-' || previous == u','
                || previous == u'[' || previous == u'{';
            if (valueStarts && (c == u'"' || c == u'\'')) {
                quote = c;
            } else if (valueStarts && (c == u'[' || c == u'{')) {
                if (++depth > 16)
                    return true;
            } else if ((c == u']' || c == u'}') && depth > 0) {
                --depth;
            } else if (valueStarts && (c == u'|' || c == u'>')) {
                blockIndent = int(indent);
                break;
            } else if (!separator) {
                plain = true;
            }
            previous = c;
        }
    }
    return false;
}

// Reads one front matter field, noting a problem when it has the wrong shape.
class Reader {
public:
    Reader(QList<TemplateProblem> &problems, int firstLine)
        : m_problems(problems)
        , m_firstLine(firstLine)
    {
    }

    QString text(const YAML::Node &map, const char *key, const QString &where = {})
    {
        const YAML::Node n = map[key];
        if (!n || n.IsNull())
            return {};
        if (!n.IsScalar()) {
            problem(n, Drafting::tr("%1“%2” must be text").arg(where, QLatin1StringView(key)));
            return {};
        }
        return qs(n.Scalar());
    }

    std::optional<double> number(const YAML::Node &map, const char *key, const QString &where)
    {
        const QString s = text(map, key, where);
        if (s.isEmpty())
            return std::nullopt;
        bool ok = false;
        const double v = s.toDouble(&ok);
        if (!ok) {
            problem(map[key], Drafting::tr("%1“%2” must be a number, not “%3”").arg(where, QLatin1StringView(key), s));
            return std::nullopt;
        }
        return v;
    }

    QStringList list(const YAML::Node &map, const char *key, const QString &where = {})
    {
        const YAML::Node n = map[key];
        QStringList out;
        if (!n || n.IsNull())
            return out;
        if (n.IsScalar()) { // "tags: article" is one tag
            out << qs(n.Scalar());
            return out;
        }
        if (!n.IsSequence()) {
            problem(n, Drafting::tr("%1“%2” must be a list").arg(where, QLatin1StringView(key)));
            return out;
        }
        for (const YAML::Node &item : n) {
            if (item.IsScalar())
                out << qs(item.Scalar());
            else
                problem(item, Drafting::tr("%1“%2” must be a list of text").arg(where, QLatin1StringView(key)));
        }
        return out;
    }

    void problem(const YAML::Node &n, const QString &message)
    {
        m_problems.append({positionOf(n ? n.Mark() : YAML::Mark::null_mark(), m_firstLine), message});
    }

private:
    QList<TemplateProblem> &m_problems;
    int m_firstLine;
};

TemplateVariable readVariable(Reader &r, const YAML::Node &n, int index)
{
    TemplateVariable v;
    const QString where = Drafting::tr("variable %1: ").arg(index + 1);
    if (!n.IsMap()) {
        r.problem(n, Drafting::tr("variable %1 must be a map with at least “name”").arg(index + 1));
        return v;
    }
    v.name = r.text(n, "name", where);
    const QString typeName = r.text(n, "type", where);
    if (const auto t = TemplateVariable::typeFromName(typeName.isEmpty() ? QStringLiteral("text") : typeName))
        v.type = *t;
    else
        r.problem(n["type"],
                  where
                      + Drafting::tr("type “%1” is not one of text, multiline, number, choice, yesno, date, file")
                            .arg(typeName));
    v.label = r.text(n, "label", where);
    v.help = r.text(n, "help", where);
    v.defaultValue = r.text(n, "default", where);
    const QString required = r.text(n, "required", where).toLower();
    v.required = !(required == u"false" || required == u"no");
    v.min = r.number(n, "min", where);
    v.max = r.number(n, "max", where);
    v.choices = r.list(n, "choices", where);
    v.whenYes = r.text(n, "yes", where);
    v.whenNo = r.text(n, "no", where);
    // "accept: [pdf, .docx, '*.md']": the same extension however it is written.
    for (QString ext : r.list(n, "accept", where)) {
        ext = ext.trimmed().toLower();
        if (ext.startsWith(u'*'))
            ext.remove(0, 1);
        if (ext.startsWith(u'.'))
            ext.remove(0, 1);
        if (!ext.isEmpty() && !v.accept.contains(ext))
            v.accept << ext;
    }
    return v;
}

void readParameters(Reader &r, const YAML::Node &root, Template &t)
{
    const YAML::Node n = root["parameters"];
    if (!n || n.IsNull())
        return;
    if (!n.IsMap()) {
        r.problem(n, Drafting::tr("“parameters” must be a map such as “temperature: 0.7”"));
        return;
    }
    nlohmann::json j = nlohmann::json::object();
    static const QStringList numeric = {QStringLiteral("temperature"),
                                        QStringLiteral("top_p"),
                                        QStringLiteral("max_tokens"),
                                        QStringLiteral("n"),
                                        QStringLiteral("seed"),
                                        QStringLiteral("presence_penalty"),
                                        QStringLiteral("frequency_penalty"),
                                        QStringLiteral("top_k"),
                                        QStringLiteral("min_p"),
                                        QStringLiteral("repeat_penalty"),
                                        QStringLiteral("num_ctx")};
    for (const auto &kv : n) {
        const QString key = qs(kv.first.Scalar());
        if (key == u"stop") {
            QStringList stops;
            if (kv.second.IsSequence())
                for (const YAML::Node &s : kv.second)
                    stops << qs(s.IsScalar() ? s.Scalar() : std::string());
            else if (kv.second.IsScalar())
                stops << qs(kv.second.Scalar());
            nlohmann::json arr = nlohmann::json::array();
            for (const QString &s : std::as_const(stops))
                arr.push_back(ss(s));
            j["stop"] = arr;
        } else if (key == u"think") {
            // Through QString: a YAML escape ("\xff") can make bytes that are
            // not UTF-8, on which the JSON writer throws.
            j["think"] = kv.second.IsScalar() ? ss(qs(kv.second.Scalar())) : std::string();
        } else if (numeric.contains(key) && kv.second.IsScalar()) {
            bool ok = false;
            const double v = qs(kv.second.Scalar()).toDouble(&ok);
            if (!ok)
                r.problem(kv.second, Drafting::tr("parameter “%1” must be a number").arg(key));
            else if (!std::isfinite(v) || std::abs(v) > 1e15) // no cast of 4e35 to an integer (fuzz_template)
                r.problem(kv.second, Drafting::tr("parameter “%1” is out of range").arg(key));
            else if (key == u"temperature" || key == u"top_p" || key.endsWith(u"_penalty") || key == u"min_p")
                j[ss(key)] = v;
            else
                j[ss(key)] = qint64(v);
        } else {
            r.problem(kv.first,
                      Drafting::tr("“%1” is not a parameter (temperature, top_p, max_tokens, n, seed, "
                                   "presence_penalty, frequency_penalty, top_k, min_p, repeat_penalty, num_ctx, "
                                   "stop, think)")
                          .arg(key));
        }
    }
    t.parameters = QString::fromStdString(j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

// A control character (a carriage return, which reading turns into a line
// end, or a stray NUL) is written as an escape in double quotes: in a literal
// block or bare it did not read back the same (found by fuzz_template).
void emitString(YAML::Emitter &e, const QString &value)
{
    const bool control = std::any_of(value.cbegin(), value.cend(), [](QChar c) {
        return (c.unicode() < 0x20 && c != u'\n' && c != u'\t') || c.unicode() == 0x7f;
    });
    if (control)
        e << YAML::DoubleQuoted;
    else if (value.contains(u'\n'))
        e << YAML::Literal;
    e << ss(value);
}

void emitText(YAML::Emitter &e, const char *key, const QString &value)
{
    if (value.isEmpty())
        return;
    e << YAML::Key << key << YAML::Value;
    emitString(e, value);
}

QString number(double v)
{
    return QString::number(v, 'g', 12);
}

// Levenshtein distance, for "did you mean".
int distance(const QString &a, const QString &b)
{
    QList<int> prev(b.size() + 1), cur(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        prev[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        cur[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j)
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

void checkText(const QString &text, const QStringList &known, const QString &prefix, int lineOffset,
               QList<TemplateProblem> &out)
{
    const TemplateSyntax::Parsed parsed = TemplateSyntax::parse(text);
    for (TemplateProblem p : parsed.problems) {
        p.at.line += lineOffset;
        p.message = prefix + p.message;
        out.append(p);
    }
    for (const TemplateSyntax::Piece &piece : parsed.pieces) {
        if (!piece.variable || !TemplateSyntax::isName(piece.text) || known.contains(piece.text))
            continue;
        QString message = Drafting::tr("{{%1}} is not declared").arg(piece.text);
        for (const QString &k : known) {
            if (distance(k.toLower(), piece.text.toLower()) <= 2) {
                message += Drafting::tr(" (did you mean {{%1}}?)").arg(k);
                break;
            }
        }
        out.append({{piece.at.line + lineOffset, piece.at.column}, prefix + message});
    }
}

} // namespace

QString TemplateVariable::typeName(Type t)
{
    switch (t) {
    case Type::Text:
        return QStringLiteral("text");
    case Type::MultiLine:
        return QStringLiteral("multiline");
    case Type::Number:
        return QStringLiteral("number");
    case Type::Choice:
        return QStringLiteral("choice");
    case Type::YesNo:
        return QStringLiteral("yesno");
    case Type::Date:
        return QStringLiteral("date");
    case Type::File:
        return QStringLiteral("file");
    }
    return {};
}

std::optional<TemplateVariable::Type> TemplateVariable::typeFromName(const QString &name)
{
    for (Type t : {Type::Text, Type::MultiLine, Type::Number, Type::Choice, Type::YesNo, Type::Date, Type::File})
        if (typeName(t) == name)
            return t;
    return std::nullopt;
}

const TemplateVariable *Template::variable(const QString &wanted) const
{
    for (const TemplateVariable &v : variables)
        if (v.name == wanted)
            return &v;
    return nullptr;
}

const QStringList &TemplateFile::builtinVariables()
{
    static const QStringList names
        = {QStringLiteral("date"), QStringLiteral("time"), QStringLiteral("language"), QStringLiteral("selection")};
    return names;
}

TemplateFile::Parsed TemplateFile::parse(const QString &input)
{
    Parsed out;
    if (input.size() > kMaxBytes) {
        out.problems.append({{}, Drafting::tr("the file is larger than 1 MB; a template is a prompt, not a document")});
        return out;
    }
    QString text = input;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    // A carriage return left alone ("\r\r\n", an old Mac file) ends a line
    // too: kept, it became a line end only when the file was written and
    // read again (found by fuzz_template).
    text.replace(u'\r', u'\n');
    // The noncharacters U+FFFE and U+FFFF do not survive writing (they read
    // back as U+FFFD): read them as U+FFFD at once (found by fuzz_template).
    text.replace(QChar(0xFFFF), QChar::ReplacementCharacter).replace(QChar(0xFFFE), QChar::ReplacementCharacter);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    if (!text.startsWith(QStringLiteral("---\n"))) {
        out.problems.append(
            {{}, Drafting::tr("a template file starts with a “---” line, then its fields, then “---” and the body")});
        return out;
    }
    static const QRegularExpression end(QStringLiteral("^(---|\\.\\.\\.)[ \\t]*$"),
                                        QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = end.match(text, 4);
    if (!m.hasMatch()) {
        out.problems.append(
            {{1, 1}, Drafting::tr("the front matter opened on line 1 is never closed by a “---” line")});
        return out;
    }
    const QString yaml = text.mid(4, m.capturedStart() - 4);
    const int yamlLines = int(yaml.count(u'\n'));
    Template &t = out.value;
    t.bodyLine = 2 + yamlLines + 1;
    t.body = text.mid(m.capturedEnd() + 1);

    Reader r(out.problems, 2);
    if (nestedTooDeep(yaml)) {
        out.problems.append({{2, 1}, Drafting::tr("the front matter nests lists or maps too deeply")});
        return out;
    }
    YAML::Node root;
    try {
        root = YAML::Load(ss(yaml));
    } catch (const YAML::Exception &e) {
        out.problems.append(yamlSyntaxProblem(e, yaml, 2));
        return out;
    }
    if (!root.IsMap()) {
        out.problems.append({{2, 1}, Drafting::tr("the front matter must be “field: value” lines")});
        return out;
    }
    try {
        t.name = r.text(root, "name").trimmed();
        if (t.name.isEmpty())
            out.problems.append({{2, 1}, Drafting::tr("“name” is missing")});
        t.description = r.text(root, "description");
        t.category = r.text(root, "category");
        t.tags = r.list(root, "tags");
        t.language = r.text(root, "language");
        t.systemPrompt = r.text(root, "system");
        t.preset = r.text(root, "preset").toLower();
        if (!t.preset.isEmpty() && t.preset != u"precise" && t.preset != u"balanced" && t.preset != u"creative")
            r.problem(root["preset"],
                      Drafting::tr("preset “%1” is not one of precise, balanced, creative").arg(t.preset));
        const QString mode = r.text(root, "mode");
        if (mode == u"completion")
            t.mode = Template::Mode::Completion;
        else if (!mode.isEmpty() && mode != u"chat")
            r.problem(root["mode"], Drafting::tr("mode “%1” is not chat or completion").arg(mode));
        const QString output = r.text(root, "output");
        if (output == u"conversation")
            t.output = Template::Output::Conversation;
        else if (!output.isEmpty() && output != u"draft")
            r.problem(root["output"], Drafting::tr("output “%1” is not draft or conversation").arg(output));
        t.basedOn = r.text(root, "based_on");
        readParameters(r, root, t);
        if (const YAML::Node vars = root["variables"]; vars && !vars.IsNull()) {
            if (!vars.IsSequence()) {
                r.problem(vars, Drafting::tr("“variables” must be a list"));
            } else {
                int i = 0;
                for (const YAML::Node &n : vars)
                    t.variables.append(readVariable(r, n, i++));
            }
        }
    } catch (const YAML::Exception &e) {
        out.problems.append({positionOf(e.mark, 2), qs(e.msg)});
        return out;
    }
    for (TemplateProblem p : check(t)) {
        // Body problems move to the file's lines; declaration ones have none.
        if (p.at.line > 0 && !p.message.startsWith(Drafting::tr("system prompt: ")))
            p.at.line += t.bodyLine - 1;
        else if (p.at.line <= 0)
            p.at = {2, 1};
        out.problems.append(p);
    }
    return out;
}

QList<TemplateProblem> TemplateFile::check(const Template &t)
{
    QList<TemplateProblem> out;
    QStringList known = builtinVariables();
    for (const TemplateVariable &v : t.variables) {
        const QString who = Drafting::tr("variable “%1”: ").arg(v.name);
        if (!TemplateSyntax::isName(v.name))
            out.append({{0, 0},
                        Drafting::tr("“%1” is not a variable name: use letters, digits and _, starting with a letter")
                            .arg(v.name)});
        else if (builtinVariables().contains(v.name))
            out.append({{0, 0}, who + Drafting::tr("the name is built in and cannot be declared")});
        else if (known.contains(v.name))
            out.append({{0, 0}, who + Drafting::tr("declared twice")});
        known << v.name;
        if (v.min && v.max && *v.min > *v.max)
            out.append({{0, 0}, who + Drafting::tr("min is above max")});
        if (v.type == TemplateVariable::Type::Choice && v.choices.isEmpty())
            out.append({{0, 0}, who + Drafting::tr("a choice needs “choices”")});
        if (v.type == TemplateVariable::Type::Choice && !v.defaultValue.isEmpty()
            && !v.choices.contains(v.defaultValue))
            out.append({{0, 0}, who + Drafting::tr("the default “%1” is not one of the choices").arg(v.defaultValue)});
        if (v.type != TemplateVariable::Type::File && !v.accept.isEmpty())
            out.append({{0, 0}, who + Drafting::tr("“accept” is for file variables only")});
        // A path in a template would be read on whichever machine and
        // folder it is run from, and shared templates carry no files.
        if (v.type == TemplateVariable::Type::File && !v.defaultValue.isEmpty())
            out.append({{0, 0}, who + Drafting::tr("a file variable has no default; the user chooses the file")});
        if (v.type == TemplateVariable::Type::Number && !v.defaultValue.isEmpty()) {
            bool ok = false;
            const double d = v.defaultValue.toDouble(&ok);
            if (!ok || (v.min && d < *v.min) || (v.max && d > *v.max))
                out.append(
                    {{0, 0}, who + Drafting::tr("the default “%1” is not a number in range").arg(v.defaultValue)});
        }
    }
    if (t.body.trimmed().isEmpty())
        out.append({{0, 0}, Drafting::tr("the body (the prompt) is empty")});
    checkText(t.body, known, QString(), 0, out);
    checkText(t.systemPrompt, known, Drafting::tr("system prompt: "), 0, out);
    return out;
}

QString TemplateFile::write(const Template &t)
{
    YAML::Emitter e;
    e << YAML::BeginMap;
    e << YAML::Key << "name" << YAML::Value;
    emitString(e, t.name);
    emitText(e, "description", t.description);
    emitText(e, "category", t.category);
    if (!t.tags.isEmpty()) {
        e << YAML::Key << "tags" << YAML::Value << YAML::Flow << YAML::BeginSeq;
        for (const QString &tag : t.tags)
            emitString(e, tag);
        e << YAML::EndSeq;
    }
    emitText(e, "language", t.language);
    emitText(e, "based_on", t.basedOn);
    if (t.mode == Template::Mode::Completion)
        e << YAML::Key << "mode" << YAML::Value << "completion";
    e << YAML::Key << "output" << YAML::Value << (t.output == Template::Output::Draft ? "draft" : "conversation");
    emitText(e, "preset", t.preset);
    const nlohmann::json params = nlohmann::json::parse(ss(t.parameters), nullptr, false);
    if (params.is_object() && !params.empty()) {
        e << YAML::Key << "parameters" << YAML::Value << YAML::BeginMap;
        for (const auto &[k, v] : params.items()) {
            e << YAML::Key << k << YAML::Value;
            if (v.is_array()) {
                e << YAML::Flow << YAML::BeginSeq;
                for (const auto &s : v)
                    emitString(e, QString::fromStdString(s.is_string() ? s.get<std::string>() : s.dump()));
                e << YAML::EndSeq;
            } else if (v.is_string()) {
                emitString(e, QString::fromStdString(v.get<std::string>())); // stop words, think
            } else {
                e << v.dump();
            }
        }
        e << YAML::EndMap;
    }
    emitText(e, "system", t.systemPrompt);
    if (!t.variables.isEmpty()) {
        e << YAML::Key << "variables" << YAML::Value << YAML::BeginSeq;
        for (const TemplateVariable &v : t.variables) {
            e << YAML::BeginMap;
            e << YAML::Key << "name" << YAML::Value << ss(v.name);
            e << YAML::Key << "type" << YAML::Value << ss(TemplateVariable::typeName(v.type));
            emitText(e, "label", v.label);
            if (!v.defaultValue.isEmpty()) // "no" must stay text, so always quoted
                e << YAML::Key << "default" << YAML::Value << YAML::DoubleQuoted << ss(v.defaultValue);
            if (!v.required)
                e << YAML::Key << "required" << YAML::Value << false;
            if (v.min)
                e << YAML::Key << "min" << YAML::Value << ss(number(*v.min));
            if (v.max)
                e << YAML::Key << "max" << YAML::Value << ss(number(*v.max));
            if (!v.choices.isEmpty()) {
                e << YAML::Key << "choices" << YAML::Value << YAML::Flow << YAML::BeginSeq;
                for (const QString &c : v.choices)
                    emitString(e, c);
                e << YAML::EndSeq;
            }
            emitText(e, "yes", v.whenYes);
            emitText(e, "no", v.whenNo);
            if (!v.accept.isEmpty()) {
                e << YAML::Key << "accept" << YAML::Value << YAML::Flow << YAML::BeginSeq;
                for (const QString &ext : v.accept)
                    emitString(e, ext);
                e << YAML::EndSeq;
            }
            emitText(e, "help", v.help);
            e << YAML::EndMap;
        }
        e << YAML::EndSeq;
    }
    e << YAML::EndMap;
    QString body = t.body;
    return QStringLiteral("---\n") + qs(e.c_str()) + QStringLiteral("\n---\n") + body;
}

} // namespace Inkwell
