// SPDX-License-Identifier: MIT
#include "importcommand.h"

#include "atomicfile.h"
#include "catalog.h"
#include "clicommands.h"
#include "designio.h"
#include "importer.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace sd {

namespace {

QStringList importerIds()
{
    QStringList ids;
    for (const Importer *importer : importers())
        ids.append(importer->id());
    return ids;
}

int runImport(const QStringList &args, CliContext &context)
{
    QCommandLineParser parser;
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      QCoreApplication::translate("Cli", "The design to write (.yaml or .json)."), QCoreApplication::translate("Cli", "DESIGN")});
    parser.addOption({QStringLiteral("report"),
                      QCoreApplication::translate("Cli", "Write the whole import report here: what was mapped, guessed (with file and line) and "
                                                         "dropped (with why); JSON when FILE ends in .json, else Markdown; - for stdout."),
                      QCoreApplication::translate("Cli", "FILE")});
    parser.addOption({QStringLiteral("force"), QCoreApplication::translate("Cli", "Overwrite an existing design file.")});
    if (auto stop = parseArguments(parser, QStringLiteral("import"), QStringLiteral("%1 PATH...").arg(importerIds().join(QLatin1Char('|'))),
                                   args, context, 2, -1))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    const Importer *importer = findImporter(positional.first());
    if (!importer) {
        context.err << QCoreApplication::translate("Cli", "stackdraft-cli import: unknown source '%1'; choose %2\n")
                           .arg(positional.first(), importerIds().join(QStringLiteral(", ")));
        return ExitUsage;
    }
    if (!parser.isSet(QStringLiteral("output"))) {
        context.err << QCoreApplication::translate("Cli", "stackdraft-cli import: -o DESIGN is required\n");
        return ExitUsage;
    }
    const QString output = parser.value(QStringLiteral("output"));
    if (QFileInfo::exists(output) && !parser.isSet(QStringLiteral("force"))) {
        context.err << QCoreApplication::translate("Cli", "%1: exists already; use --force to overwrite it\n").arg(output);
        return ExitUsage;
    }
    const ImportResult result = importer->import(positional.mid(1), context.catalog);
    for (const Diagnostic &d : result.errors)
        context.err << d.toString() << '\n';
    if (!result.ok()) {
        context.err << QCoreApplication::translate("Cli", "stackdraft-cli import: nothing written\n");
        return ExitProblems;
    }
    // What we write must load: read it back as `check` would before it replaces anything.
    const DesignFormat format = formatForPath(output);
    const QByteArray bytes = writeDesign(*result.design, format);
    const LoadResult reread = readDesign(bytes.toStdString(), format, output, context.catalog);
    if (!reread.ok()) {
        for (const Diagnostic &d : reread.diagnostics)
            context.err << d.toString() << '\n';
        context.err << QCoreApplication::translate("Cli", "stackdraft-cli import: the imported design does not load (a defect of the importer); nothing written\n");
        return ExitProblems;
    }
    if (parser.isSet(QStringLiteral("report"))) {
        const QString reportPath = parser.value(QStringLiteral("report"));
        const QByteArray report = reportPath.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) ? result.report.toJson() : result.report.toMarkdown();
        if (reportPath == QLatin1String("-")) {
            context.out << QString::fromUtf8(report);
        } else if (const WriteOutcome written = writeFileAtomically(reportPath, report); !written) {
            context.err << QCoreApplication::translate("Cli", "%1: cannot write: %2\n").arg(reportPath, written.error);
            return ExitUsage;
        }
    }
    if (const WriteOutcome written = writeFileAtomically(output, bytes); !written) {
        context.err << QCoreApplication::translate("Cli", "%1: cannot write: %2\n").arg(output, written.error);
        return ExitUsage;
    }
    context.out << QCoreApplication::translate("Cli", "imported %1 components and %2 connections from %3; wrote %4\n")
                       .arg(result.design->components().size())
                       .arg(result.design->connections().size())
                       .arg(importer->displayName(), output);
    context.out << result.report.summary() << '\n';
    const int unresolved = result.report.count(ImportNote::Kind::Unresolved);
    const int dropped = result.report.count(ImportNote::Kind::Dropped);
    if ((unresolved > 0 || dropped > 0) && !parser.isSet(QStringLiteral("report")))
        context.out << QCoreApplication::translate("Cli", "run again with --report FILE to see what was dropped and which hosts nothing defines\n");
    return ExitOk;
}

} // namespace

std::vector<CliCommand> importCommands()
{
    return {{QStringLiteral("import"),
             QCoreApplication::translate("Cli", "Create a design from docker compose files, Kubernetes manifests or Terraform (.tf, terraform show -json), with a report of what was lost."),
             runImport}};
}

} // namespace sd
