// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/documents.h"
#include "exchange/exchangetr.h"
#include "exchange/transcript.h"

#include <QCoreApplication>
#include <QDateTime>

#include <nlohmann/json.hpp>

namespace Inkwell {

namespace {

// A JSON string is a valid YAML double-quoted scalar: no YAML escaping rules of our own.
QString yamlString(const QString &s)
{
    return QString::fromStdString(nlohmann::json(s.toStdString()).dump());
}

QString yamlTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

} // namespace

QString documentDate(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm")) + u" UTC";
}

namespace {
// A message as the Markdown export writes it: its heading, folded reasoning, text.
void appendMarkdown(QString &out, const Message &m)
{
    out += u"\n## " + messageHeading(m) + u"\n\n";
    if (!m.reasoning.isEmpty())
        out += u"<details>\n<summary>" + Exchange::tr("Reasoning") + u"</summary>\n\n" + m.reasoning.trimmed()
            + u"\n\n</details>\n\n";
    out += m.content;
    if (!m.content.endsWith(u'\n'))
        out += u'\n';
}
} // namespace

QString toMarkdown(const Snapshot &s, const DocumentOptions &options)
{
    const Conversation &c = s.conversation;
    QString out = QStringLiteral("---\n");
    out += u"title: " + yamlString(c.title) + u'\n';
    out += u"created: " + yamlTime(c.createdAt) + u'\n';
    out += u"updated: " + yamlTime(c.updatedAt) + u'\n';
    QStringList models;
    for (const QString &m : s.models())
        models << yamlString(m);
    out += u"models: [" + models.join(u", ") + u"]\n";
    out += u"parameters: " + (c.params.isEmpty() ? QStringLiteral("{}") : c.params) + u'\n';
    out += u"branches: " + (options.allBranches ? QStringLiteral("all") : QStringLiteral("current")) + u'\n';
    out += QStringLiteral("exported_by: \"Inkwell " INKWELL_VERSION "\"\n---\n\n");
    out += u"# " + (c.title.isEmpty() ? Exchange::tr("Untitled conversation") : c.title) + u"\n";

    for (const TranscriptItem &item : transcript(s, options.allBranches)) {
        if (!item.message) {
            out += u"\n---\n\n### " + branchHeading(item) + u'\n';
            continue;
        }
        appendMarkdown(out, *item.message);
    }
    return out;
}

QString messagesToMarkdown(const QList<Message> &messages)
{
    QString out;
    for (const Message &m : messages)
        appendMarkdown(out, m);
    return out.mid(1); // no blank line before the first heading
}

QString toPlainText(const Snapshot &s, const DocumentOptions &options)
{
    const Conversation &c = s.conversation;
    QString out = (c.title.isEmpty() ? Exchange::tr("Untitled conversation") : c.title) + u'\n';
    out += documentDate(c.createdAt) + u'\n';
    for (const TranscriptItem &item : transcript(s, options.allBranches)) {
        if (!item.message) {
            out += u"\n==== " + branchHeading(item) + u" ====\n";
            continue;
        }
        const Message &m = *item.message;
        out += u"\n[" + messageHeading(m) + u"]\n";
        if (!m.reasoning.isEmpty())
            out += Exchange::tr("Reasoning:") + u'\n' + m.reasoning.trimmed() + u"\n\n";
        out += m.content;
        if (!m.content.endsWith(u'\n'))
            out += u'\n';
    }
    return out;
}

} // namespace Inkwell
