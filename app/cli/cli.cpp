// SPDX-License-Identifier: MIT
#include "cli.h"

#include "answerscommands.h"
#include "clicommands.h"
#include "diffcommands.h"
#include "estimatecommand.h"
#include "exportcommand.h"
#include "fixcommands.h"
#include "importcommand.h"
#include "layoutcommand.h"
#include "validatecommands.h"

#include <QCoreApplication>

namespace sd {

namespace {
void printOverview(QTextStream &out)
{
    out << QCoreApplication::translate("Cli", "Usage: stackdraft-cli COMMAND [OPTIONS] [ARGS]\n\n"
              "Check, analyse and export Stackdraft architecture designs.\n\nCommands:\n");
    for (const CliCommand &c : cliCommands())
        out << QStringLiteral("  %1%2\n").arg(c.name, -12).arg(c.summary);
    out << QCoreApplication::translate("Cli", "\nRun 'stackdraft-cli COMMAND --help' for the options of a command.\n"
              "Exit codes: 0 ok, 1 problems found, 2 usage or I/O error.\n");
}
} // namespace

const std::vector<CliCommand> &cliCommands()
{
    static const std::vector<CliCommand> commands = [] {
        std::vector<CliCommand> all;
        // Each area contributes its subcommands here.
        for (auto &&group : {designCommands(), validationCommands(), diffCommands(), fixCommands(), exportCommands(), importCommands(), estimateCommands(), layoutCommands(), answersCommands()})
            for (const CliCommand &c : group)
                all.push_back(c);
        return all;
    }();
    return commands;
}

int runCli(const QStringList &arguments, CliContext &context)
{
    if (arguments.isEmpty()) {
        printOverview(context.err);
        return ExitUsage;
    }
    const QString &first = arguments.first();
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
        printOverview(context.out);
        return ExitOk;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        context.out << QStringLiteral("stackdraft-cli %1\n").arg(QStringLiteral(STACKDRAFT_VERSION));
        return ExitOk;
    }
    for (const CliCommand &c : cliCommands())
        if (c.name == first)
            return c.run(arguments.mid(1), context);
    context.err << QCoreApplication::translate("Cli", "stackdraft-cli: unknown command '%1'\n").arg(first);
    printOverview(context.err);
    return ExitUsage;
}

} // namespace sd
