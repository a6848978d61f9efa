// SPDX-License-Identifier: MIT
#include "exportcommand.h"

#include "catalog.h"
#include "clicommands.h"
#include "diagramcommand.h"
#include "exporter.h"
#include "exportwriter.h"
#include "printingexporter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace sd {

namespace {
QString formatList()
{
    QStringList ids;
    for (const Exporter *e : printingExporters().all())
        ids.append(e->id());
    return ids.join(QStringLiteral(", "));
}

int runExport(const QStringList &args, CliContext &context)
{
    const QString format = args.value(0);
    if (format == QLatin1String("diagram"))
        return runDiagramExport(args.mid(1), context);
    const Exporter *exporter = printingExporters().find(format);
    if (!exporter) {
        if (format == QLatin1String("--help") || format == QLatin1String("-h") || format.isEmpty()) {
            QTextStream &stream = format.isEmpty() ? context.err : context.out;
            stream << QCoreApplication::translate("Cli", "Usage: stackdraft-cli export FORMAT DESIGN -o OUTPUT [options]\n\nFormats:\n");
            for (const Exporter *e : printingExporters().all())
                stream << QStringLiteral("  %1%2\n").arg(e->id(), -16).arg(e->description());
            stream << QStringLiteral("  %1%2\n").arg(QStringLiteral("diagram"), -16)
                          .arg(QCoreApplication::translate("Cli", "The diagram as a PNG, SVG or PDF picture (--format png|svg|pdf)."));
            stream << QCoreApplication::translate("Cli", "\nRun 'stackdraft-cli export FORMAT --help' for the options of a format.\n");
            return format.isEmpty() ? ExitUsage : ExitOk;
        }
        context.err << QCoreApplication::translate("Cli", "stackdraft-cli export: unknown format '%1'; choose one of: %2\n").arg(format, formatList());
        return ExitUsage;
    }
    QCommandLineParser parser;
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      exporter->writesSingleFile({}) ? QCoreApplication::translate("Cli", "Output file.") : QCoreApplication::translate("Cli", "Output folder (created if needed)."),
                      QCoreApplication::translate("Cli", "OUTPUT")});
    parser.addOption({QStringLiteral("force"), QCoreApplication::translate("Cli", "Replace generated files that were edited by hand, and files in the way that this export did not write.")});
    std::vector<ExportOptionSpec> specs = exporter->options();
    for (const ExportOptionSpec &spec : specs) {
        if (spec.values.isEmpty()) {
            parser.addOption({spec.key, spec.description});
        } else {
            QString description = spec.description + QStringLiteral(" (%1").arg(spec.values.join(QLatin1Char('|')));
            if (!spec.defaultValue.isEmpty())
                description += QCoreApplication::translate("Cli", "; default %1").arg(spec.defaultValue);
            parser.addOption({spec.key, description + QLatin1Char(')'), spec.key.toUpper()});
        }
    }
    if (auto stop = parseArguments(parser, QStringLiteral("export ") + format, QStringLiteral("DESIGN"), args.mid(1), context, 1, 1))
        return *stop;
    if (!parser.isSet(QStringLiteral("output"))) {
        context.err << QCoreApplication::translate("Cli", "stackdraft-cli export %1: -o OUTPUT is required\n").arg(format);
        return ExitUsage;
    }
    QVariantMap options;
    for (const ExportOptionSpec &spec : specs) {
        if (spec.values.isEmpty()) {
            options.insert(spec.key, parser.isSet(spec.key));
        } else if (parser.isSet(spec.key)) {
            const QString value = parser.value(spec.key);
            if (!spec.values.contains(value)) {
                context.err << QCoreApplication::translate("Cli", "--%1 must be one of %2, not '%3'\n").arg(spec.key, spec.values.join(QStringLiteral(", ")), value);
                return ExitUsage;
            }
            options.insert(spec.key, value);
        } else if (!spec.defaultValue.isEmpty()) {
            options.insert(spec.key, spec.defaultValue);
        }
    }
    int failure = ExitProblems;
    const auto design = loadForCli(parser.positionalArguments().first(), context, &failure);
    if (!design)
        return failure;
    const ExportResult result = exporter->generate(*design, context.catalog, options);
    const QString designPath = parser.positionalArguments().first();
    for (Diagnostic d : result.messages) {
        if (d.file.isEmpty()) // exporters know the design, not the file it came from
            d.file = designPath;
        context.err << d.toString() << '\n';
    }
    if (!result.ok()) {
        context.err << QCoreApplication::translate("Cli", "stackdraft-cli export %1: %2\n").arg(format, result.error);
        return ExitProblems;
    }
    const QString output = parser.value(QStringLiteral("output"));
    if (output == QLatin1String("-") && exporter->writesSingleFile(options) && result.files.size() == 1) {
        const QByteArray &contents = result.files.front().contents;
        if (contents.startsWith("%PDF-")) { // bytes, not text: past the text stream's encoding
            context.out.flush();
            QIODevice *device = context.out.device();
            if (!device || device->write(contents) != contents.size()) {
                context.err << QCoreApplication::translate("Cli", "stackdraft-cli export %1: the PDF could not be written to standard output; use -o FILE\n").arg(format);
                return ExitProblems;
            }
            return ExitOk;
        }
        context.out << QString::fromUtf8(contents);
        return ExitOk;
    }
    ExportWriteOptions writeOptions;
    writeOptions.inputs = {designPath};
    writeOptions.force = parser.isSet(QStringLiteral("force"));
    const ExportWriteReport report = writeExportTo(*exporter, options, result, output, writeOptions);
    if (!report) {
        context.err << QCoreApplication::translate("Cli", "stackdraft-cli export %1: %2\n").arg(format, report.error);
        return ExitUsage;
    }
    for (const QString &kept : report.keptEdited)
        context.err << QCoreApplication::translate("Cli", "%1: no longer generated, but edited by hand, so it was kept\n").arg(QDir(output).filePath(kept));
    if (exporter->writesSingleFile(options)) {
        context.out << QCoreApplication::translate("Cli", "wrote %1\n").arg(output);
    } else {
        context.out << QCoreApplication::translate("Cli", "wrote %1 files to %2\n").arg(report.written.size()).arg(output);
        if (!report.removed.isEmpty())
            context.out << QCoreApplication::translate("Cli", "removed %1 file(s) of the earlier export that are no longer generated: %2\n")
                               .arg(report.removed.size()).arg(report.removed.join(QStringLiteral(", ")));
    }
    return ExitOk;
}

} // namespace

std::vector<CliCommand> exportCommands()
{
    return {{QStringLiteral("export"), QCoreApplication::translate("Cli", "Export a design (terraform, kubernetes, questionnaire...)."), runExport}};
}

} // namespace sd
