// SPDX-License-Identifier: MIT
#include "answerscommands.h"

#include "answersfile.h"
#include "capacity.h"
#include "catalog.h"
#include "clicommands.h"
#include "questions.h"

#include <QCoreApplication>

namespace sd {

namespace {
void printUsage(QTextStream &stream)
{
    stream << QCoreApplication::translate("Cli", "Usage: stackdraft-cli answers import DESIGN ANSWERS\n"
                 "       stackdraft-cli answers apply DESIGN [--only ID...] [--dry-run]\n\n"
                 "Checks a filled-in answers file (YAML, or JSON when it ends in .json) against the design's\n"
                 "questions and, when every entry is right, stores the answers in DESIGN (written atomically).\n"
                 "Nothing is changed when any entry is wrong; each problem is reported as file:line:column.\n"
                 "Answers about components or zones the design no longer has (a file from an older version of\n"
                 "the design) are reported as warnings and left out; the rest is imported.\n"
                 "Make an answers file with: stackdraft-cli export questionnaire DESIGN --format answers -o FILE\n\n"
                 "apply writes the sizing suggestions of the answers into DESIGN (atomically, like the studio's\n"
                 "Apply): all of them, or only those of --only COMPONENT or --only COMPONENT.PROPERTY (repeatable).\n"
                 "--dry-run lists them and changes nothing. See the figures with: stackdraft-cli estimate DESIGN\n");
}

int runImport(const QStringList &args, CliContext &context)
{
    QCommandLineParser parser;
    if (auto stop = parseArguments(parser, QStringLiteral("answers import"), QStringLiteral("DESIGN ANSWERS"), args, context, 2, 2))
        return *stop;
    const QString designPath = parser.positionalArguments().at(0);
    const QString answersPath = parser.positionalArguments().at(1);
    int failure = ExitProblems;
    FileStamp read;
    auto design = loadForCli(designPath, context, &failure, nullptr, &read);
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
        if (!saveDesignIfUnchanged(*design, designPath, formatForPath(designPath), read, &error)) {
            context.err << QCoreApplication::translate("Cli", "stackdraft-cli answers import: %1: %2\n").arg(designPath, error);
            return ExitUsage;
        }
    }
    const Questionnaire questionnaire(*design, context.catalog);
    context.out << QCoreApplication::translate("Cli", "%1: %2 answer(s) changed; %3\n").arg(designPath).arg(changed).arg(questionnaire.progressText());
    if (!imported.noLongerApply.isEmpty())
        context.out << QCoreApplication::translate("Cli", "%1: %2 answer(s) in %3 no longer apply to the design and were left out (see the warnings)\n")
                           .arg(designPath).arg(imported.noLongerApply.size()).arg(answersPath);
    return ExitOk;
}

int runApply(const QStringList &args, CliContext &context)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("only"), QCoreApplication::translate("Cli", "Apply only the suggestions for this component, or this COMPONENT.PROPERTY (repeatable)."),
                      QStringLiteral("ID")});
    parser.addOption({QStringLiteral("dry-run"), QCoreApplication::translate("Cli", "List the changes; write nothing.")});
    if (auto stop = parseArguments(parser, QStringLiteral("answers apply"), QStringLiteral("DESIGN"), args, context, 1, 1))
        return *stop;
    const QString designPath = parser.positionalArguments().at(0);
    int failure = ExitProblems;
    FileStamp read;
    auto design = loadForCli(designPath, context, &failure, nullptr, &read);
    if (!design)
        return failure;
    const CapacityEstimate estimate = estimateCapacity(*design, context.catalog);
    const QStringList only = parser.values(QStringLiteral("only"));
    std::vector<Suggestion> picked;
    QStringList unused = only;
    for (const Suggestion &s : estimate.suggestions) {
        const QString row = s.itemId + QLatin1Char('.') + s.key;
        if (!only.isEmpty() && !only.contains(s.itemId) && !only.contains(row))
            continue;
        unused.removeAll(s.itemId);
        unused.removeAll(row);
        picked.push_back(s);
    }
    if (!unused.isEmpty()) {
        context.err << QCoreApplication::translate("Cli", "stackdraft-cli answers apply: no suggestion for %1; %2 was not changed\n")
                           .arg(unused.join(QStringLiteral(", ")), designPath);
        return ExitUsage;
    }
    for (const Suggestion &s : picked)
        context.out << QStringLiteral("%1.%2: %3 -> %4 (%5)\n").arg(s.itemId, s.key, s.current.toString(), s.value.toString(), s.reason);
    if (parser.isSet(QStringLiteral("dry-run"))) {
        context.out << QCoreApplication::translate("Cli", "%1: %2 change(s) suggested; nothing written (--dry-run)\n").arg(designPath).arg(picked.size());
        return ExitOk;
    }
    if (!picked.empty()) {
        applySuggestions(*design, picked);
        QString error;
        if (!saveDesignIfUnchanged(*design, designPath, formatForPath(designPath), read, &error)) {
            context.err << QCoreApplication::translate("Cli", "stackdraft-cli answers apply: %1: %2\n").arg(designPath, error);
            return ExitUsage;
        }
    }
    context.out << QCoreApplication::translate("Cli", "%1: %2 change(s) applied\n").arg(designPath).arg(picked.size());
    return ExitOk;
}

int runAnswers(const QStringList &args, CliContext &context)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("import"))
        return runImport(args.mid(1), context);
    if (sub == QLatin1String("apply"))
        return runApply(args.mid(1), context);
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
    return {{QStringLiteral("answers"), QCoreApplication::translate("Cli", "Import questionnaire answers, or apply the sizing they suggest."), runAnswers}};
}

} // namespace sd
