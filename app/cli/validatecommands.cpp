// SPDX-License-Identifier: MIT
#include "validatecommands.h"

#include "clicommands.h"
#include "dependencygraph.h"
#include "failuremodel.h"
#include "findingreport.h"
#include "validation.h"

#include <QCoreApplication>

#include <algorithm>

namespace sd {

namespace {
int runValidate(const QStringList &args, CliContext &context)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("format"), QCoreApplication::translate("Cli", "Output format: text (default), json, sarif, csv or html."),
                      QCoreApplication::translate("Cli", "FORMAT"), QStringLiteral("text")});
    parser.addOption({QStringLiteral("fail-on"),
                      QCoreApplication::translate("Cli", "Exit with 1 when an unaccepted finding has at least this severity: error (default), "
                         "warning or info."),
                      QCoreApplication::translate("Cli", "SEVERITY"), QStringLiteral("error")});
    if (auto stop = parseArguments(parser, QStringLiteral("validate"), QStringLiteral("DESIGN"), args, context, 1, 1))
        return *stop;
    ReportFormat format = ReportFormat::Text;
    if (!parseReportFormat(parser.value(QStringLiteral("format")), &format)) {
        context.err << QCoreApplication::translate("Cli", "stackdraft-cli validate: unknown format '%1'; choose text, json, sarif, csv or html\n")
                           .arg(parser.value(QStringLiteral("format")));
        return ExitUsage;
    }
    FindingSeverity threshold = FindingSeverity::Error;
    if (!parseSeverity(parser.value(QStringLiteral("fail-on")), &threshold)) {
        context.err << QCoreApplication::translate("Cli", "stackdraft-cli validate: unknown severity '%1'; choose error, warning or info\n")
                           .arg(parser.value(QStringLiteral("fail-on")));
        return ExitUsage;
    }
    const QString path = parser.positionalArguments().first();
    int failure = ExitProblems;
    const auto design = loadForCli(path, context, &failure);
    if (!design)
        return failure;
    const std::vector<Finding> findings = validateDesign(*design, context.catalog);
    const ReportContext report{design->name, path, designSourceLines(path)};
    context.out << QString::fromUtf8(writeReport(findings, report, format));
    return hasFindingsAtLeast(findings, threshold) ? ExitProblems : ExitOk;
}

int runSimulate(const QStringList &args, CliContext &context)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("fail"),
                      QCoreApplication::translate("Cli", "What fails: a component id, zone:NAME, region:NAME or provider:NAME (ids or real names "
                         "such as eu-west-1a)."),
                      QCoreApplication::translate("Cli", "TARGET")});
    parser.addOption({QStringLiteral("top"), QCoreApplication::translate("Cli", "Without --fail: how many components to rank by blast radius."),
                      QCoreApplication::translate("Cli", "N"), QStringLiteral("10")});
    if (auto stop = parseArguments(parser, QStringLiteral("simulate"), QStringLiteral("DESIGN"), args, context, 1, 1))
        return *stop;
    const auto design = loadForCli(parser.positionalArguments().first(), context);
    if (!design)
        return ExitProblems;
    const DependencyGraph graph = DependencyGraph::fromDesign(*design);
    const FailureModel model(*design, context.catalog, graph);

    if (!parser.isSet(QStringLiteral("fail"))) {
        // The ranking: what each component takes down with it.
        bool ok = false;
        const int top = parser.value(QStringLiteral("top")).toInt(&ok);
        if (!ok || top < 1) {
            context.err << QCoreApplication::translate("Cli", "stackdraft-cli simulate: --top needs a positive number\n");
            return ExitUsage;
        }
        context.out << QCoreApplication::translate("Cli", "Blast radius (components no entry point reaches when it fails, itself included):\n");
        for (int v : model.rankByBlastRadius(top))
            context.out << QStringLiteral("  %1  %2 (%3), %4\n")
                               .arg(model.blastRadius()[size_t(v)], 6)
                               .arg(model.nameOf(v), model.profile(v).component->id, model.redundancyText(v));
        // The structure behind it: cut vertices and bridges of the undirected dependency graph.
        std::vector<int> cuts = graph.articulationPoints();
        std::stable_sort(cuts.begin(), cuts.end(), [&model](int a, int b) {
            return model.blastRadius()[size_t(a)] > model.blastRadius()[size_t(b)];
        });
        const std::vector<std::pair<int, int>> bridges = graph.bridges();
        context.out << QCoreApplication::translate("Cli", "Cut vertices (removing one splits the design in two): %1\n")
                           .arg(cuts.empty() ? QCoreApplication::translate("Cli", "none") : model.nameList(cuts, top));
        QStringList links;
        for (size_t i = 0; i < bridges.size() && int(i) < top; ++i)
            links.append(QStringLiteral("%1 - %2").arg(model.nameOf(bridges[i].first), model.nameOf(bridges[i].second)));
        if (int(bridges.size()) > top)
            links.append(QCoreApplication::translate("Cli", "and %1 more").arg(bridges.size() - size_t(top)));
        context.out << QCoreApplication::translate("Cli", "Bridges (the only link between two parts): %1\n")
                           .arg(links.isEmpty() ? QCoreApplication::translate("Cli", "none") : links.join(QStringLiteral(", ")));
        return ExitOk;
    }
    QString error;
    const auto domain = model.resolve(parser.value(QStringLiteral("fail")), &error);
    if (!domain) {
        context.err << QCoreApplication::translate("Cli", "stackdraft-cli simulate: %1\n").arg(error);
        return ExitUsage;
    }
    const SimulationResult result = model.simulate(domain->scenario, domain->failed);
    context.out << QCoreApplication::translate("Cli", "Failing %1: %2 components fail directly.\n").arg(domain->scenario.label).arg(result.failed.size());
    if (result.entries.empty())
        context.out << QCoreApplication::translate("Cli", "Every entry point still reaches everything it reached before.\n");
    for (const SimulationResult::EntryLoss &loss : result.entries) {
        if (loss.entryDown) {
            context.out << QCoreApplication::translate("Cli", "%1 is down itself.\n").arg(model.nameOf(loss.entry));
            continue;
        }
        context.out << QCoreApplication::translate("Cli", "From %1, %2 components become unreachable:\n").arg(model.nameOf(loss.entry)).arg(loss.lost.size());
        for (int v : loss.lost)
            context.out << QStringLiteral("  %1 (%2)\n").arg(model.nameOf(v), model.profile(v).component->id);
    }
    return result.breaksEntries() ? ExitProblems : ExitOk;
}

} // namespace

std::vector<CliCommand> validationCommands()
{
    return {
        {QStringLiteral("validate"), QCoreApplication::translate("Cli", "Find single points of failure and resilience gaps"), runValidate},
        {QStringLiteral("simulate"), QCoreApplication::translate("Cli", "Show what a component, zone, region or provider failure breaks"), runSimulate},
    };
}

} // namespace sd
