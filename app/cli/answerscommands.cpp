// SPDX-License-Identifier: MIT
#include "answerscommands.h"

#include "answersfile.h"
#include "catalog.h"
#include "clicommands.h"
#include "questions.h"

#include <QCoreApplication>

namespace sd {

namespace {
void printUsage(QTextStream &stream)
{
    stream << QCoreApplication::translate("Cli", "Usage: stackdraft-cli answers import DESIGN ANSWERS\n\n"
                 "Checks a filled-in answers file (YAML, or JSON when it ends in .json) against the design's\n"
                 "questions and, when every entry is right, stores the answers in DESIGN (written atomically).\n"
                 "Nothing is changed when any entry is wrong; each problem is reported as file:line:column.\n"
                 "Make an answers file with: stackdraft-cli export questionnaire DESIGN --format answers -o FILE\n");
}

int runImport(const QStringList &args, CliContext &context)
{
    QCommandLineParser parser;
    if (auto stop = parseArguments(parser, QStringLiteral("answers import"), QStringLiteral("DESIGN ANSWERS"), args, context, 2, 2))
        return *stop;
    const QString designPath = parser.positionalArguments().at(0);
    const QString answersPath = parser.positionalArguments().at(1);
    int failure = ExitProblems;
    auto design = loadForCli(designPath, context, &failure);
    if (!design)
        return failure;
    const AnswersImport imported = loadAnswersFile(answersPath, *design, context.catalog);
    for (const Diagnostic &d : imported.diagnostics)
        context.err << d.toString() << '\n';
    if (!imported.ok()) {
        const bool io = !imported.diagnostics.empty() && imported.diagnostics.front().line == 0;
        context.err << QCoreApplication::translate("Cli", "stackdraft-cli answers import: %1 was not changed\n").arg(designPath);
        return io ? ExitUsage : ExitProblems;
    }
    const int changed = applyAnswers(*design, imported.answers);
    if (changed > 0) {
        QString error;
        if (!saveDesign(*design, designPath, formatForPath(designPath), &error)) {
            context.err << QCoreApplication::translate("Cli", "stackdraft-cli answers import: %1: %2\n").arg(designPath, error);
            return ExitUsage;
        }
    }
    const Questionnaire questionnaire(*design, context.catalog);
    context.out << QCoreApplication::translate("Cli", "%1: %2 answer(s) changed; %3\n").arg(designPath).arg(changed).arg(questionnaire.progressText());
    return ExitOk;
}

int runAnswers(const QStringList &args, CliContext &context)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("import"))
        return runImport(args.mid(1), context);
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        printUsage(context.out);
        return ExitOk;
    }
    if (!sub.isEmpty())
        context.err << QCoreApplication::translate("Cli", "stackdraft-cli answers: unknown subcommand '%1'\n").arg(sub);
    printUsage(context.err);
    return ExitUsage;
}

} // namespace

std::vector<CliCommand> answersCommands()
{
    return {{QStringLiteral("answers"), QCoreApplication::translate("Cli", "Import questionnaire answers filled in elsewhere."), runAnswers}};
}

} // namespace sd
