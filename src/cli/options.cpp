// SPDX-License-Identifier: GPL-3.0-or-later
#include "options.h"

#include "cli/clicontext.h"
#include "core/logging.h"
#include "store/database.h"
#include "store/messagerepository.h"

#include <QCoreApplication>

namespace Inkwell::Cli {

QCommandLineOption opt(const char *name, const char *help, const char *value)
{
    // Help texts carry en dashes and minus signs: they are UTF-8.
    return value ? QCommandLineOption(QString::fromLatin1(name), QString::fromUtf8(help), QString::fromLatin1(value))
                 : QCommandLineOption(QString::fromLatin1(name), QString::fromUtf8(help));
}

bool parse(QCommandLineParser &parser, const QStringList &args)
{
    parser.addOption(opt("verbose",
                         "Log what is done (requests and their statuses, the database, imports) to stderr; "
                         "never a key or a message's text."));
    if (!parser.parse(args))
        throw UsageError {parser.errorText()};
    if (parser.isSet(QStringLiteral("verbose")))
        enableVerboseLogging();
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all"))) {
        // Qt names the program by its path; the usage line should read as typed.
        QString help = parser.helpText();
        const QString program = QCoreApplication::arguments().value(0);
        const qsizetype at = help.indexOf(program);
        if (at >= 0)
            help.replace(at, program.size(), args.value(0).section(u'/', -1));
        writeOut(help.toUtf8());
        return false;
    }
    return true;
}

Error openDatabase(Database &db, const QString &dataDir)
{
    const QString path = Database::defaultFilePath(dataDir);
    Error e = db.open(path);
    if (e.isError())
        return e;
    // Read-only: reading commands work; say once why nothing will be saved.
    if (!db.warning().isEmpty())
        printError(db.warning());
    if (!db.isReadOnly())
        if (const auto recovered = MessageRepository(db.db()).recoverInterrupted(); !recovered.ok())
            printError(recovered.error.message);
    return {};
}

} // namespace Inkwell::Cli
