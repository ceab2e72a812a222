// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cliapp.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("inkwell"));
    QCoreApplication::setApplicationVersion(QStringLiteral(INKWELL_VERSION));
    return Inkwell::Cli::run(QCoreApplication::arguments());
}
