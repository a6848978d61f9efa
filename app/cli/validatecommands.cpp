// SPDX-License-Identifier: MIT
#include "validatecommands.h"

#include "clicommands.h"
#include "dependencygraph.h"
#include "designsource.h"
#include "diffreport.h"
#include "failuremodel.h"
#include "findingreport.h"
#include "structural.h"
#include "validation.h"

#include <QCoreApplication>

#include <algorithm>
#include <optional>

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
    parser.addOption({QStringLiteral("baseline"),
                      QCoreApplication::translate("Cli", "Report (and fail on) only the findings that are new since this earlier version of the design: "
                         "a file, or REV:PATH for a file at a git revision."),
                      QCoreApplication::translate("Cli", "OLD")});
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
    // A file that does not load has no findings: exit 2 (usage or I/O), never 1 (findings).
    SourceLines lines; // from the one parse that loads the design
    const auto design = loadForCli(path, context, nullptr, &lines);
    if (!design)
        return ExitUsage;
    std::vector<Finding> findings;
    QString baselineNote;
    if (parser.isSet(QStringLiteral("baseline"))) {
        // New since the baseline: what diff reports as new (followed through renames).
        const QString spec = parser.value(QStringLiteral("baseline"));
        const auto baseline = loadDesignSource(spec, context);
        if (!baseline) {
            context.err << QCoreApplication::translate("Cli", "stackdraft-cli validate: the baseline %1 cannot be read\n").arg(spec);
            return ExitUsage;
        }
        const FindingsDelta delta = diffFindings(*baseline->design, *design, diffDesigns(*baseline->design, *design), context.catalog);
        findings = delta.newFindings();
        baselineNote = QCoreApplication::translate("Cli", "Baseline %1: %2 of the %3 findings are new.\n")
                           .arg(spec).arg(findings.size()).arg(delta.after.errors + delta.after.warnings + delta.after.infos + delta.after.accepted);
    } else {
        findings = validateDesign(*design, context.catalog);
    }
    ReportContext report{design->name, path, std::move(lines)};
    std::optional<StructuralReport> structural;
    if (format != ReportFormat::Text) {
        const DependencyGraph graph = DependencyGraph::fromDesign(*design);
        const FailureModel model(*design, context.catalog, graph);
        structural = structuralReport(model);
        report.structural = &*structural;
    }
    if (!baselineNote.isEmpty() && format == ReportFormat::Text)
        context.out << baselineNote;
    if (!baselineNote.isEmpty() && format == ReportFormat::Sarif)
        context.out << QString::fromUtf8(writeNewFindingsSarif(findings, report));
    else
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
    parser.addOption({QStringLiteral("top"), QCoreApplication::translate("Cli", "Without --fail: how many components to rank by blast radius (cut vertices and bridges are always listed in full)."),
                      QCoreApplication::translate("Cli", "N"), QStringLiteral("10")});
    if (auto stop = parseArguments(parser, QStringLiteral("simulate"), QStringLiteral("DESIGN"), args, context, 1, 1))
        return *stop;
    bool ok = false;
    const int top = parser.value(QStringLiteral("top")).toInt(&ok);
    if (!ok || top < 1) {
        context.err << QCoreApplication::translate("Cli", "stackdraft-cli simulate: --top needs a positive number\n");
        return ExitUsage;
    }
    const auto design = loadForCli(parser.positionalArguments().first(), context);
    if (!design)
        return ExitUsage;
    const DependencyGraph graph = DependencyGraph::fromDesign(*design);
    const FailureModel model(*design, context.catalog, graph);
    // Names are neither unique nor free of ", ": every component is given with its id.
    const auto label = [&model](int v) { return QStringLiteral("%1 (%2)").arg(model.nameOf(v), model.profile(v).component->id); };
    if (model.entries().empty()) {
        context.out << QCoreApplication::translate("Cli", "No entry point: no traffic source is drawn, nothing is marked as where traffic starts, "
                                                          "and every component has a caller, so there is nothing to analyse from.\n");
        return ExitProblems;
    }
    if (model.candidateEntries()) {
        QStringList names;
        for (int v : model.entries())
            names.append(label(v));
        context.out << QCoreApplication::translate("Cli", "No entry point is drawn or marked; analysing from what nothing calls: %1.\n")
                           .arg(names.join(QStringLiteral(", ")));
    }

    if (!parser.isSet(QStringLiteral("fail"))) {
        // The ranking: what each component takes down with it. --top cuts the ranking only.
        context.out << QCoreApplication::translate("Cli", "Blast radius (components no entry point reaches when it fails, itself included):\n");
        for (int v : model.rankByBlastRadius(top))
            context.out << QStringLiteral("  %1  %2, %3\n").arg(model.blastRadius()[size_t(v)], 6).arg(label(v), model.redundancyText(v));
        // The structure behind it: cut vertices and bridges of the undirected dependency graph, all of them.
        const DependencyGraph::CutStructure structure = graph.cutStructure(); // one biconnected pass for both
        std::vector<int> cuts = structure.articulationPoints;
        std::stable_sort(cuts.begin(), cuts.end(), [&model](int a, int b) {
            return model.blastRadius()[size_t(a)] > model.blastRadius()[size_t(b)];
        });
        QStringList cutNames;
        for (int v : cuts)
            cutNames.append(label(v));
        context.out << QCoreApplication::translate("Cli", "Cut vertices (removing one splits the design in two): %1\n")
                           .arg(cutNames.isEmpty() ? QCoreApplication::translate("Cli", "none") : cutNames.join(QStringLiteral("; ")));
        QStringList links;
        for (const auto &[a, b] : structure.bridges)
            links.append(QStringLiteral("%1 - %2").arg(label(a), label(b)));
        context.out << QCoreApplication::translate("Cli", "Bridges (the only link between two parts): %1\n")
                           .arg(links.isEmpty() ? QCoreApplication::translate("Cli", "none") : links.join(QStringLiteral("; ")));
        return ExitOk;
    }
    QString error;
    const auto domain = model.resolve(parser.value(QStringLiteral("fail")), &error);
    if (!domain) {
        context.err << QCoreApplication::translate("Cli", "stackdraft-cli simulate: %1\n").arg(error);
        return ExitUsage;
    }
    const SimulationResult result = model.simulate(*domain);
    context.out << QCoreApplication::translate("Cli", "Failing %1: %2 components fail directly.\n").arg(domain->scenario.label).arg(result.failed.size());
    // Say which reading of the drawing applies: replicas drawn in a zone run there; multi-AZ
    // primaries drawn in a zone fail over.
    if (domain->scenario.scope == FailureScope::Zone) {
        for (int v : result.failed)
            if (model.profile(v).hasReplicas && model.profile(v).replicas >= 2)
                context.out << QCoreApplication::translate("Cli", "  %1: %2 replicas, all in this zone as drawn (a service drawn in a zone runs its replicas there); they fail with it.\n")
                                   .arg(label(v))
                                   .arg(model.profile(v).replicas);
        for (int v : result.failedOver)
            context.out << QStringLiteral("  %1\n").arg(model.failoverText(v));
    }
    if (result.entries.empty())
        context.out << QCoreApplication::translate("Cli", "Every entry point still reaches everything it reached before.\n");
    for (const SimulationResult::EntryLoss &loss : result.entries) {
        if (loss.entryDown) {
            context.out << QCoreApplication::translate("Cli", "%1 is down itself.\n").arg(label(loss.entry));
            continue;
        }
        context.out << QCoreApplication::translate("Cli", "From %1, %2 components become unreachable:\n").arg(label(loss.entry)).arg(loss.lost.size());
        for (int v : loss.lost)
            context.out << QStringLiteral("  %1\n").arg(label(v));
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
