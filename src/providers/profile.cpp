// SPDX-License-Identifier: GPL-3.0-or-later
#include "profile.h"

namespace Inkwell {

QUrl Profile::endpoint(const QString &relative) const
{
    QUrl url = QUrl::fromUserInput(baseUrl.trimmed());
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    if (path.isEmpty())
        path = QStringLiteral("/v1");
    url.setPath(path + u'/' + relative);
    return url;
}

} // namespace Inkwell
