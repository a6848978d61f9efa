// SPDX-License-Identifier: MIT
#include "diagramcommand.h"

#include "catalog.h"
#include "clicommands.h"
#include "diagramrender.h"
#include "exporter.h"

#include <QCoreApplication>
#include <QGuiApplication>

namespace sd {

bool wantsGui(const QStringList &arguments)
{
    if (arguments.size() < 2 || arguments[0] != QLatin1String("export"))
        return false;
    if (arguments[1] == QLatin1String("diagram"))
        return true;
    // Printing an export as PDF (export questionnaire --format pdf) lays text out with fonts too.
    for (qsizetype i = 2; i < arguments.size(); ++i)
        if (arguments[i] == QLatin1String("--format=pdf")
            || (arguments[i] == QLatin1String("--format") && arguments.value(i + 1) == QLatin1String("pdf")))
            return true;
    return false;
}

int runDiagramExport(const QStringList &args, CliContext &context)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("format"), QCoreApplication::translate("Cli", "Picture format: png, svg or pdf (default: from the file name)."),
                      QCoreApplication::translate("Cli", "FORMAT")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, QCoreApplication::translate("Cli", "Output file."),
                      QCoreApplication::translate("Cli", "FILE")});
    parser.addOption({QStringLiteral("scale"), QCoreApplication::translate("Cli", "PNG pixels per canvas unit (default 2)."),
                      QCoreApplication::translate("Cli", "N")});
    parser.addOption({QStringLiteral("margin"), QCoreApplication::translate("Cli", "Margin around the diagram in canvas units (default 30)."),
                      QCoreApplication::translate("Cli", "N")});
    parser.addOption({QStringLiteral("transparent"), QCoreApplication::translate("Cli", "No background (PNG and SVG).")});
    parser.addOption({QStringLiteral("grid"), QCoreApplication::translate("Cli", "Draw the canvas grid behind the diagram.")});
    parser.addOption({QStringLiteral("labels"), QCoreApplication::translate("Cli", "Connection labels: user (the user's label, else protocol:port; default) or protocol."),
                      QCoreApplication::translate("Cli", "MODE")});
    parser.addOption({QStringLiteral("style"), QCoreApplication::translate("Cli", "Draw every connection orthogonal (routed around cards), straight or curved (default: each connection's own style)."),
                      QCoreApplication::translate("Cli", "STYLE")});
    parser.addOption({QStringLiteral("only"), QCoreApplication::translate("Cli", "Draw only these components and zones (comma-separated ids; a zone brings its contents)."),
                      QCoreApplication::translate("Cli", "IDS")});
    if (auto stop = parseArguments(parser, QStringLiteral("export diagram"), QStringLiteral("DESIGN"), args, context, 1, 1))
        return *stop;
    if (!parser.isSet(QStringLiteral("output"))) {
        context.err << QCoreApplication::translate("Cli", "stackdraft-cli export diagram: -o FILE is required\n");
        return ExitUsage;
    }
    const QString output = parser.value(QStringLiteral("output"));
    const QString formatName = parser.isSet(QStringLiteral("format")) ? parser.value(QStringLiteral("format"))
                                                                      : output.section(QLatin1Char('.'), -1);
    const std::optional<DiagramFormat> format = diagramFormatFromName(formatName);
    if (!format) {
        context.err << QCoreApplication::translate("Cli", "--format must be one of png, svg, pdf, not '%1'\n").arg(formatName);
        return ExitUsage;
    }
    DiagramOptions options;
    options.scale = 2;
    auto number = [&](const char *key, qreal min, qreal max, qreal *value) {
        if (!parser.isSet(QString::fromLatin1(key)))
            return true;
        bool ok = false;
        const qreal v = parser.value(QString::fromLatin1(key)).toDouble(&ok);
        if (!ok || v < min || v > max) {
            context.err << QCoreApplication::translate("Cli", "--%1 must be a number from %2 to %3, not '%4'\n")
                               .arg(QString::fromLatin1(key)).arg(min).arg(max).arg(parser.value(QString::fromLatin1(key)));
            return false;
        }
        *value = v;
        return true;
    };
    if (!number("scale", 0.1, 16, &options.scale) || !number("margin", 0, 1000, &options.margin))
        return ExitUsage;
    options.transparent = parser.isSet(QStringLiteral("transparent"));
    options.grid = parser.isSet(QStringLiteral("grid"));
    if (parser.isSet(QStringLiteral("labels"))) {
        const QString mode = parser.value(QStringLiteral("labels"));
        if (mode == QLatin1String("protocol")) {
            options.labels = ConnectionLabelMode::Protocol;
        } else if (mode != QLatin1String("user")) {
            context.err << QCoreApplication::translate("Cli", "--labels must be one of user, protocol, not '%1'\n").arg(mode);
            return ExitUsage;
        }
    }
    if (parser.isSet(QStringLiteral("style"))) {
        const QString style = parser.value(QStringLiteral("style"));
        options.style = connectionStyleFromName(style);
        if (!options.style) {
            context.err << QCoreApplication::translate("Cli", "--style must be one of orthogonal, straight, curved, not '%1'\n").arg(style);
            return ExitUsage;
        }
    }
    int failure = ExitProblems;
    const QString designPath = parser.positionalArguments().first();
    const auto design = loadForCli(designPath, context, &failure);
    if (!design)
        return failure;
    if (parser.isSet(QStringLiteral("only"))) {
        options.only = parser.value(QStringLiteral("only")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &id : std::as_const(options.only)) {
            if (!design->component(id) && !design->zone(id)) {
                context.err << QCoreApplication::translate("Cli", "%1: no component or zone '%2'\n").arg(designPath, id);
                return ExitUsage;
            }
        }
    }
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        context.err << QCoreApplication::translate("Cli", "stackdraft-cli export diagram: painting needs a GUI application\n");
        return ExitUsage;
    }
    const DiagramRenderer renderer(*design, context.catalog, DiagramTheme::light(), options);
    QString error;
    const QByteArray bytes = renderer.render(*format, &error);
    if (bytes.isEmpty()) {
        context.err << QCoreApplication::translate("Cli", "stackdraft-cli export diagram: %1\n").arg(error);
        return ExitUsage;
    }
    if (!writeExportFile(ExportedFile{QString(), bytes}, output, &error)) {
        context.err << QCoreApplication::translate("Cli", "stackdraft-cli export diagram: %1\n").arg(error);
        return ExitUsage;
    }
    context.out << QCoreApplication::translate("Cli", "wrote %1\n").arg(output);
    return ExitOk;
}

} // namespace sd
