// SPDX-License-Identifier: GPL-3.0-or-later
#include "curlcommand.h"

#include <QList>

namespace Inkwell {

namespace {
// POSIX shell single quotes: nothing inside is special but the quote itself.
QString quoted(const QString &s)
{
    QString out = s;
    out.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + out + u'\'';
}

bool isCredential(const QByteArray &name)
{
    static const QList<QByteArray> names
        = {"authorization", "api-key", "x-api-key", "x-goog-api-key", "proxy-authorization", "cookie"};
    return names.contains(name.toLower());
}
} // namespace

QString curlCommand(const QNetworkRequest &request, const QByteArray &body)
{
    QStringList lines;
    lines << QStringLiteral("curl -sN %1").arg(quoted(request.url().toString(QUrl::FullyEncoded)));
    QList<QByteArray> names = request.rawHeaderList();
    if (request.header(QNetworkRequest::ContentTypeHeader).isValid() && !names.contains("Content-Type"))
        names.prepend("Content-Type");
    for (const QByteArray &name : std::as_const(names)) {
        if (isCredential(name)) {
            // The variable stays outside the quotes so the shell fills it in.
            const QByteArray value = request.rawHeader(name);
            const QString prefix = value.startsWith("Bearer ") ? QStringLiteral("Bearer ") : QString();
            lines << QStringLiteral("  -H \"%1: %2$INKWELL_API_KEY\"").arg(QString::fromLatin1(name), prefix);
            continue;
        }
        const QByteArray value = name == "Content-Type" && request.rawHeader(name).isEmpty()
            ? request.header(QNetworkRequest::ContentTypeHeader).toByteArray()
            : request.rawHeader(name);
        lines << QStringLiteral("  -H %1").arg(quoted(QString::fromUtf8(name + ": " + value)));
    }
    lines << QStringLiteral("  --data-binary %1").arg(quoted(QString::fromUtf8(body)));
    return lines.join(QStringLiteral(" \\\n"));
}

} // namespace Inkwell
