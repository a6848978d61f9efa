// SPDX-License-Identifier: MIT
#include "layoutcommand.h"

#include "catalog.h"
#include "clicommands.h"
#include "layout.h"

#include <QCoreApplication>

namespace sd {

namespace {
int runLayout(const QStringList &args, CliContext &context)
{
    QCommandLineParser parser;
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      QCoreApplication::translate("Cli", "Write the laid-out design here (default: DESIGN itself)."),
                      QCoreApplication::translate("Cli", "OUT")});
    parser.addOption({QStringLiteral("new-only"),
                      QCoreApplication::translate("Cli", "Place only components that were never placed; nothing else moves.")});
    if (auto stop = parseArguments(parser, QStringLiteral("layout"), QStringLiteral("DESIGN"), args, context, 1, 1))
        return *stop;
    const QString path = parser.positionalArguments().first();
    int failure = ExitProblems;
    FileStamp read;
    const auto design = loadForCli(path, context, &failure, nullptr, &read);
    if (!design)
        return failure;
    CompoundLayoutOptions options;
    options.newOnly = parser.isSet(QStringLiteral("new-only"));
    const LayoutPlacements placements = compoundLayout(*design, context.catalog, options);
    const QString output = parser.isSet(QStringLiteral("output")) ? parser.value(QStringLiteral("output")) : path;
    QString error;
    const Design laidOut = applyPlacements(*design, placements);
    // In place: only over the bytes that were read (another program's save in between is kept).
    if (!(output == path ? saveDesignIfUnchanged(laidOut, output, formatForPath(output), read, &error)
                         : saveDesign(laidOut, output, formatForPath(output), &error))) {
        context.err << QCoreApplication::translate("Cli", "%1: cannot write: %2\n").arg(output, error);
        return ExitUsage;
    }
    context.out << QCoreApplication::translate("Cli", "laid out %1: %2 moved, %3 resized; wrote %4\n")
                       .arg(path).arg(placements.positions.size()).arg(placements.sizes.size()).arg(output);
    return ExitOk;
}
} // namespace

std::vector<CliCommand> layoutCommands()
{
    return {{QStringLiteral("layout"), QCoreApplication::translate("Cli", "Auto-layout a design, zone by zone (as the studio does)."), runLayout}};
}

} // namespace sd
