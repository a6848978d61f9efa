// SPDX-License-Identifier: MIT
#include "diffcommands.h"

#include "clicommands.h"
#include "designio.h"
#include "designsource.h"
#include "diffreport.h"
#include "exportdiff.h"
#include "exporter.h"
#include "merge.h"
#include "atomicfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace sd {

namespace {

/// The notes a reader needs before the changes: migrations, a side that does not exist, unrelated designs.
QStringList sourceNotes(const DesignSource &before, const DesignSource &after, const DesignDiff &diff)
{
    QStringList notes;
    for (const DesignSource *side : {&before, &after}) {
        if (side->missing)
            notes << (side == &before
                          ? QCoreApplication::translate("Cli", "%1 does not exist at revision %2: the design is new, everything in it counts as added").arg(side->path, side->revision)
                          : QCoreApplication::translate("Cli", "%1 does not exist at revision %2: the design was deleted, everything in it counts as removed").arg(side->path, side->revision));
        else if (side->fileVersion > 0 && side->fileVersion < kDesignFormatVersion)
            notes << QCoreApplication::translate("Cli", "%1 has format version %2; it is compared after migration to version %3")
                         .arg(side->spec).arg(side->fileVersion).arg(kDesignFormatVersion);
    }
    if (diff.unrelated())
        notes << QCoreApplication::translate("Cli", "the two designs have different names and share only %1 component and zone ids: they look unrelated, so most of what they hold shows as removed and added").arg(diff.sharedIds);
    return notes;
}

int runDiff(const QStringList &args, CliContext &context)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("format"), QCoreApplication::translate("Cli", "Output format: text (default), json, markdown (a pull-request comment) or sarif (the new findings only)."),
                      QCoreApplication::translate("Cli", "FORMAT"), QStringLiteral("text")});
    parser.addOption({QStringLiteral("fail-on"),
                      QCoreApplication::translate("Cli", "Exit with 1 when the change adds an unaccepted finding of at least this severity: error (default), warning or info."),
                      QCoreApplication::translate("Cli", "SEVERITY"), QStringLiteral("error")});
    parser.addOption({QStringLiteral("max-lines"), QCoreApplication::translate("Cli", "Markdown: about how many lines the comment may have (default 60)."),
                      QCoreApplication::translate("Cli", "N"), QStringLiteral("60")});
    parser.addOption({QStringLiteral("no-findings"), QCoreApplication::translate("Cli", "Compare the designs only, without running the validation on both sides.")});
    parser.addOption({QStringLiteral("no-exports"), QCoreApplication::translate("Cli", "Do not run the exporters to see which generated files change.")});
    if (auto stop = parseArguments(parser, QStringLiteral("diff"), QStringLiteral("OLD NEW"), args, context, 2, 2))
        return *stop;
    DiffFormat format = DiffFormat::Text;
    if (!parseDiffFormat(parser.value(QStringLiteral("format")), &format)) {
        context.err << QCoreApplication::translate("Cli", "stackdraft-cli diff: unknown format '%1'; choose text, json, markdown or sarif\n")
                           .arg(parser.value(QStringLiteral("format")));
        return ExitUsage;
    }
    FindingSeverity threshold = FindingSeverity::Error;
    if (!parseSeverity(parser.value(QStringLiteral("fail-on")), &threshold)) {
        context.err << QCoreApplication::translate("Cli", "stackdraft-cli diff: unknown severity '%1'; choose error, warning or info\n")
                           .arg(parser.value(QStringLiteral("fail-on")));
        return ExitUsage;
    }
    bool ok = false;
    const int maxLines = parser.value(QStringLiteral("max-lines")).toInt(&ok);
    if (!ok || maxLines < 10) {
        context.err << QCoreApplication::translate("Cli", "stackdraft-cli diff: --max-lines needs a number of at least 10\n");
        return ExitUsage;
    }
    const bool findings = !parser.isSet(QStringLiteral("no-findings"));
    if (format == DiffFormat::Sarif && !findings) {
        context.err << QCoreApplication::translate("Cli", "stackdraft-cli diff: SARIF holds the new findings, so it cannot go with --no-findings\n");
        return ExitUsage;
    }

    std::optional<DesignSource> sides[2];
    for (int i = 0; i < 2; ++i) {
        const QString spec = parser.positionalArguments().at(i);
        sides[i] = loadDesignSource(spec, context);
        if (!sides[i]) {
            context.err << (i == 0 ? QCoreApplication::translate("Cli", "stackdraft-cli diff: the old side %1 cannot be compared\n").arg(spec)
                                   : QCoreApplication::translate("Cli", "stackdraft-cli diff: the new side %1 cannot be compared\n").arg(spec));
            return ExitUsage;
        }
    }
    DesignSource &before = *sides[0];
    DesignSource &after = *sides[1];
    if (before.missing && after.missing) {
        context.err << QCoreApplication::translate("Cli", "stackdraft-cli diff: neither %1 nor %2 exists\n").arg(before.spec, after.spec);
        return ExitUsage;
    }
    // A design that does not exist on one side takes the other's name, so the report has one.
    if (before.missing)
        before.design->name = after.design->name;
    if (after.missing)
        after.design->name = before.design->name;

    DiffReport report;
    report.before = before.spec;
    report.after = after.spec;
    report.afterFile = after.path;
    report.designName = after.design->name;
    report.design = diffDesigns(*before.design, *after.design);
    report.notes = sourceNotes(before, after, report.design);
    if (findings)
        report.findings = diffFindings(*before.design, *after.design, report.design, context.catalog);
    if (!parser.isSet(QStringLiteral("no-exports")) && format != DiffFormat::Sarif)
        report.exports = diffExports(*before.design, *after.design, context.catalog, ExporterRegistry::builtin());
    if (after.revision.isEmpty())
        report.lines = after.sourceMarks; // the file itself, not a git revision: its lines are what the user opens
    context.out << QString::fromUtf8(writeDiffReport(report, format, maxLines));
    return report.findings && report.findings->addsAtLeast(threshold) ? ExitProblems : ExitOk;
}

// --- merge -------------------------------------------------------------------

/// BASE may be empty: git gives an empty file when the two sides have no common ancestor.
std::optional<Design> loadMergeSide(const QString &path, CliContext &context, bool allowEmpty)
{
    if (allowEmpty && QFileInfo(path).isFile() && QFileInfo(path).size() == 0)
        return Design();
    return loadForCli(path, context);
}

/// JSON when OUT says so, or when OURS is JSON (git's temporary files have no extension).
DesignFormat mergeOutputFormat(const QString &output, const QString &ours)
{
    if (output.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        return DesignFormat::Json;
    if (output.endsWith(QLatin1String(".yaml"), Qt::CaseInsensitive) || output.endsWith(QLatin1String(".yml"), Qt::CaseInsensitive))
        return DesignFormat::Yaml;
    QFile file(ours);
    if (file.open(QIODevice::ReadOnly))
        return file.read(4096).trimmed().startsWith('{') ? DesignFormat::Json : DesignFormat::Yaml;
    return DesignFormat::Yaml;
}

QString conflictLine(const MergeConflict &c)
{
    const auto side = [](const std::optional<QString> &v) { return v ? *v : QCoreApplication::translate("Cli", "(absent)"); };
    QString where = c.item.isEmpty() ? c.type : QStringLiteral("%1 %2").arg(c.type, c.item);
    if (!c.field.isEmpty())
        where += QLatin1Char(' ') + c.field;
    return QCoreApplication::translate("Cli", "conflict: %1: base %2, ours %3, theirs %4; kept %5 (%6)")
        .arg(where, side(c.base), side(c.ours), side(c.theirs), c.kept, c.note);
}

int runMerge(const QStringList &args, CliContext &context)
{
    QCommandLineParser parser;
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, QCoreApplication::translate("Cli", "Where to write the merged design (as a git merge driver: %A)."),
                      QCoreApplication::translate("Cli", "OUT")});
    if (auto stop = parseArguments(parser, QStringLiteral("merge"), QStringLiteral("BASE OURS THEIRS"), args, context, 3, 3))
        return *stop;
    if (!parser.isSet(QStringLiteral("output"))) {
        context.err << QCoreApplication::translate("Cli", "stackdraft-cli merge: -o OUT is required\n");
        return ExitUsage;
    }
    const QStringList paths = parser.positionalArguments();
    std::optional<Design> sides[3];
    for (int i = 0; i < 3; ++i) {
        sides[i] = loadMergeSide(paths[i], context, i == 0);
        if (!sides[i]) {
            context.err << QCoreApplication::translate("Cli", "stackdraft-cli merge: %1 does not load; nothing was written\n").arg(paths[i]);
            return ExitUsage;
        }
    }
    const MergeResult result = DesignMerge::merge(*sides[0], *sides[1], *sides[2]);
    const QString output = parser.value(QStringLiteral("output"));
    const DesignFormat format = mergeOutputFormat(output, paths[1]);
    const QByteArray bytes = writeDesign(result.merged, format);
    // The merged design must load as it is written (a zone cycle from two independent moves, an
    // id used for a zone on one side and a component on the other): else nothing is written.
    const LoadResult check = readDesign(bytes.toStdString(), format, output, context.catalog);
    if (!check.ok()) {
        for (const Diagnostic &d : check.diagnostics)
            if (d.severity == Diagnostic::Severity::Error)
                context.err << d.toString() << '\n';
        context.err << QCoreApplication::translate("Cli", "stackdraft-cli merge: the two sides cannot be merged into a valid design; %1 was left as it was\n").arg(output);
        return ExitUsage;
    }
    const WriteOutcome written = writeFileAtomically(output, bytes);
    if (!written) {
        context.err << QCoreApplication::translate("Cli", "%1: cannot write: %2\n").arg(output, written.error);
        return ExitUsage;
    }
    for (const MergeConflict &c : result.merged.conflicts)
        context.err << conflictLine(c) << '\n';
    if (!result.merged.conflicts.empty()) {
        context.out << QCoreApplication::translate("Cli", "merged into %1 with %2 conflict(s), listed under 'conflicts:' in the file\n")
                           .arg(output).arg(result.merged.conflicts.size());
        return ExitProblems;
    }
    context.out << QCoreApplication::translate("Cli", "merged into %1 without conflicts\n").arg(output);
    return ExitOk;
}

} // namespace

std::vector<CliCommand> diffCommands()
{
    return {
        {QStringLiteral("diff"), QCoreApplication::translate("Cli", "Show what changed between two designs (or REV:PATH), and how the findings changed"), runDiff},
        {QStringLiteral("merge"), QCoreApplication::translate("Cli", "Three-way merge of designs, for use as a git merge driver"), runMerge},
    };
}

} // namespace sd
