// SPDX-License-Identifier: GPL-3.0-or-later
#include "attachments/attachmentfile.h"
#include "exchange/documents.h"
#include "exchange/exchangetr.h"
#include "exchange/transcript.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

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

bool isShownAsImage(const Attachment &a)
{
    static const QStringList shown {QStringLiteral("image/jpeg"), QStringLiteral("image/png"),
                                    QStringLiteral("image/gif"), QStringLiteral("image/webp")};
    return a.isImage() && shown.contains(a.mimeType) && !a.data.isEmpty();
}

QString assetFileName(const Attachment &a)
{
    static const QHash<QString, QString> suffixes {{QStringLiteral("image/jpeg"), QStringLiteral("jpg")},
                                                   {QStringLiteral("image/png"), QStringLiteral("png")},
                                                   {QStringLiteral("image/gif"), QStringLiteral("gif")},
                                                   {QStringLiteral("image/webp"), QStringLiteral("webp")},
                                                   {QStringLiteral("application/pdf"), QStringLiteral("pdf")}};
    QString suffix = suffixes.value(a.mimeType);
    if (suffix.isEmpty()) { // the name's own, if it is a plain one
        suffix = QFileInfo(a.name).suffix().toLower();
        static const QRegularExpression plain(QStringLiteral("^[a-z0-9]{1,8}$"));
        if (!plain.match(suffix).hasMatch())
            suffix = QStringLiteral("bin");
    }
    // 16 hex digits (64 bits) tell files apart; the name stays short.
    const QString sha = a.sha256.isEmpty() ? sha256Hex(a.data) : a.sha256;
    return sha.left(16) + u'.' + suffix;
}

QString attachmentSummary(const Attachment &a)
{
    QStringList parts;
    if (a.isImage() && a.width > 0 && a.height > 0)
        parts << QStringLiteral("%1×%2").arg(a.width).arg(a.height);
    if (a.pages > 0)
        // Not "%n page(s)": the CLI loads no translation to make it plural.
        parts << (a.pages == 1 ? Exchange::tr("1 page") : Exchange::tr("%1 pages").arg(a.pages));
    parts << formatSize(a.size > 0 ? a.size : a.data.size());
    return parts.join(u", ");
}

namespace {

// `[` and `]` would end a link's text early; `\` escapes them.
QString markdownLinkText(const QString &name)
{
    QString out;
    for (const QChar c : name.simplified()) {
        if (c == u'[' || c == u']' || c == u'\\')
            out += u'\\';
        out += c;
    }
    return out;
}

// The files of a message, after its text: images shown from the assets the
// exporter writes and documents linked to theirs (only when there are
// assets: a copy to the clipboard has none), else a line each.
void appendAttachments(QString &out, const Message &m, bool assets)
{
    if (m.attachments.isEmpty())
        return;
    out += u'\n';
    for (const Attachment &a : m.attachments) {
        const QString link = u"[" + markdownLinkText(a.name) + u"](assets/" + assetFileName(a) + u")";
        if (assets && isShownAsImage(a))
            out += u"!" + link + u"\n";
        else if (assets && !a.data.isEmpty())
            out += (a.isImage() ? QStringLiteral("🖼️ ") : QStringLiteral("📄 ")) + link + u" ("
                + attachmentSummary(a) + u")\n";
        else
            out += (a.isImage() ? QStringLiteral("🖼️ ") : QStringLiteral("📄 ")) + a.name + u" ("
                + attachmentSummary(a) + u")\n";
        out += u'\n';
    }
    out.chop(1);
}

// A message as the Markdown export writes it: its heading, folded reasoning,
// text, files.
void appendMarkdown(QString &out, const Message &m, bool assets)
{
    out += u"\n## " + messageHeading(m) + u"\n\n";
    if (!m.reasoning.isEmpty())
        out += u"<details>\n<summary>" + Exchange::tr("Reasoning") + u"</summary>\n\n" + m.reasoning.trimmed()
            + u"\n\n</details>\n\n";
    out += m.content;
    if (!m.content.endsWith(u'\n'))
        out += u'\n';
    appendAttachments(out, m, assets);
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
        appendMarkdown(out, *item.message, true);
    }
    return out;
}

QString messagesToMarkdown(const QList<Message> &messages)
{
    QString out;
    for (const Message &m : messages)
        appendMarkdown(out, m, false);
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
        for (const Attachment &a : m.attachments)
            out += u"[" + (a.isImage() ? Exchange::tr("image") : Exchange::tr("document")) + u": " + a.name + u", "
                + attachmentSummary(a) + u"]\n";
    }
    return out;
}

} // namespace Inkwell
