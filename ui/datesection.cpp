// SPDX-License-Identifier: GPL-3.0-or-later
#include "datesection.h"

#include <QCoreApplication>
#include <QDateTime>

namespace Inkwell {

QString dateSection(qint64 msSinceEpoch)
{
    const QDate day = QDateTime::fromMSecsSinceEpoch(msSinceEpoch).date();
    const qint64 age = day.daysTo(QDate::currentDate());
    if (age <= 0)
        return QCoreApplication::translate("DateSection", "Today");
    if (age == 1)
        return QCoreApplication::translate("DateSection", "Yesterday");
    if (age < 7)
        return QCoreApplication::translate("DateSection", "Previous 7 days");
    return QCoreApplication::translate("DateSection", "Older");
}

} // namespace Inkwell
