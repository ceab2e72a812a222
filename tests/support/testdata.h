// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QString>

inline QString testDataPath(const QString &relative)
{
    return QStringLiteral(INKWELL_TEST_DATA "/") + relative;
}

inline QByteArray readTestData(const QString &relative)
{
    QFile f(testDataPath(relative));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(relative));
    return f.readAll();
}
