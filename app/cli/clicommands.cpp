// SPDX-License-Identifier: MIT
#include "clicommands.h"

#include "atomicfile.h"
#include "catalog.h"
#include "generator.h"
#include "placement.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <nlohmann/json.hpp>

#include <map>

namespace sd {

namespace {
void printDiagnostics(const Diagnostics &diagnostics, QTextStream &err)
{
    for (const Diagnostic &d : diagnostics)
        err << d.toString() << '\n';
}

/// Writes to a file atomically, or to stdout for "-".
bool writeOutput(const QString &path, const QByteArray &bytes, CliContext &context)
{
    if (path == QLatin1String("-")) {
        context.out << QString::fromUtf8(bytes);
        return true;
    }
    const WriteOutcome written = writeFileAtomically(path, bytes);
    if (!written) {
        context.err << QCoreApplication::translate("Cli", "%1: cannot write: %2\n").arg(path, written.error);
        return false;
    }
    return true;
}

// --- new ---------------------------------------------------------------------

int runNew(const QStringList &args, CliContext &context)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("name"), QCoreApplication::translate("Cli", "Name of the design."), QCoreApplication::translate("Cli", "NAME")});
    parser.addOption({QStringLiteral("template"), QCoreApplication::translate("Cli", "Start from a bundled example (see 'examples')."), QCoreApplication::translate("Cli", "EXAMPLE")});
    parser.addOption({QStringLiteral("force"), QCoreApplication::translate("Cli", "Overwrite an existing file.")});
    if (auto stop = parseArguments(parser, QStringLiteral("new"), QStringLiteral("FILE"), args, context, 1, 1))
        return *stop;
    const QString path = parser.positionalArguments().first();
    if (QFileInfo::exists(path) && !parser.isSet(QStringLiteral("force"))) {
        context.err << QCoreApplication::translate("Cli", "%1: exists already; use --force to overwrite it\n").arg(path);
        return ExitUsage;
    }
    Design design;
    if (parser.isSet(QStringLiteral("template"))) {
        const QString name = parser.value(QStringLiteral("template"));
        if (!exampleNames().contains(name)) {
            context.err << QCoreApplication::translate("Cli", "unknown template '%1'; choose one of: %2\n").arg(name, exampleNames().join(QStringLiteral(", ")));
            return ExitUsage;
        }
        auto loaded = loadForCli(examplePath(name), context);
        if (!loaded)
            return ExitUsage;
        design = *loaded;
    } else {
        design.name = QFileInfo(path).completeBaseName().section(QLatin1Char('.'), 0, 0);
    }
    if (parser.isSet(QStringLiteral("name")))
        design.name = parser.value(QStringLiteral("name"));
    QString error;
    if (!saveDesign(design, path, formatForPath(path), &error)) {
        context.err << QCoreApplication::translate("Cli", "%1: cannot write: %2\n").arg(path, error);
        return ExitUsage;
    }
    context.out << QCoreApplication::translate("Cli", "created %1\n").arg(path);
    return ExitOk;
}

// --- info --------------------------------------------------------------------

struct DesignSummary {
    std::map<QString, std::map<QString, int>> kindsByCategory; // category -> kind -> count
    std::map<QString, QStringList> regionsByProvider;
};

DesignSummary summarize(const Design &design, const Catalog &catalog)
{
    DesignSummary s;
    for (const Component &c : design.components()) {
        const KindSpec *kind = catalog.kind(c.kind);
        s.kindsByCategory[kind ? kind->category : QString()][c.kind]++;
    }
    for (const Zone &z : design.zones()) {
        if (z.kind != QLatin1String("region"))
            continue;
        const Placement p = placementOf(design, catalog, z.id);
        QStringList &regions = s.regionsByProvider[p.provider.isEmpty() ? QCoreApplication::translate("Cli", "unknown provider") : p.provider];
        if (!p.region.isEmpty() && !regions.contains(p.region))
            regions.append(p.region);
    }
    for (const Zone &z : design.zones()) {
        const Placement p = placementOf(design, catalog, z.id);
        if (!p.provider.isEmpty())
            s.regionsByProvider[p.provider];
    }
    return s;
}

void printZoneTree(const Design &design, const Catalog &catalog, const QString &parent, int depth, QTextStream &out)
{
    for (const QString &id : design.childZones(parent)) {
        const Zone *z = design.zone(id);
        const KindSpec *kind = catalog.kind(z->kind);
        QStringList facts;
        for (auto it = z->properties.cbegin(); it != z->properties.cend(); ++it)
            facts.append(it.value().toString());
        out << QString(depth * 2 + 2, QLatin1Char(' ')) << z->name << " ("
            << (kind ? kind->displayText() : z->kind) << (facts.isEmpty() ? QString() : QStringLiteral(": ") + facts.join(QStringLiteral(", ")))
            << QCoreApplication::translate("Cli", ", components: %1").arg(design.memberComponents(id).size()) << ")\n";
        printZoneTree(design, catalog, id, depth + 1, out);
    }
}

int runInfo(const QStringList &args, CliContext &context)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("json"), QCoreApplication::translate("Cli", "Print the summary as JSON.")});
    if (auto stop = parseArguments(parser, QStringLiteral("info"), QStringLiteral("DESIGN"), args, context, 1, 1))
        return *stop;
    int failure = ExitProblems;
    auto design = loadForCli(parser.positionalArguments().first(), context, &failure);
    if (!design)
        return failure;
    const DesignSummary s = summarize(*design, context.catalog);
    if (parser.isSet(QStringLiteral("json"))) {
        nlohmann::ordered_json j;
        j["name"] = design->name.toStdString();
        j["components"] = design->components().size();
        j["connections"] = design->connections().size();
        j["zones"] = design->zones().size();
        nlohmann::ordered_json categories = nlohmann::ordered_json::object();
        for (const auto &[category, kinds] : s.kindsByCategory) {
            nlohmann::ordered_json k = nlohmann::ordered_json::object();
            for (const auto &[kind, count] : kinds)
                k[kind.toStdString()] = count;
            categories[category.toStdString()] = k;
        }
        j["byCategory"] = categories;
        nlohmann::ordered_json providers = nlohmann::ordered_json::object();
        for (const auto &[provider, regions] : s.regionsByProvider) {
            nlohmann::ordered_json r = nlohmann::ordered_json::array();
            for (const QString &region : regions)
                r.push_back(region.toStdString());
            providers[provider.toStdString()] = r;
        }
        j["providers"] = providers;
        context.out << QString::fromStdString(j.dump(2)) << '\n';
        return ExitOk;
    }
    QTextStream &out = context.out;
    out << design->name << '\n';
    if (!design->description.isEmpty())
        out << "  " << design->description.section(QLatin1Char('\n'), 0, 0) << '\n';
    out << QCoreApplication::translate("Cli", "Components: %1   Connections: %2   Zones: %3\n")
               .arg(design->components().size()).arg(design->connections().size()).arg(design->zones().size());
    QStringList providers;
    for (const auto &[provider, regions] : s.regionsByProvider)
        providers.append(regions.isEmpty() ? provider : QStringLiteral("%1 (%2)").arg(provider, regions.join(QStringLiteral(", "))));
    out << QCoreApplication::translate("Cli", "Providers: %1\n").arg(providers.isEmpty() ? QCoreApplication::translate("Cli", "none") : providers.join(QStringLiteral("; ")));
    out << QCoreApplication::translate("Cli", "By category:\n");
    for (const CategorySpec &category : context.catalog.categories()) {
        auto it = s.kindsByCategory.find(category.id);
        if (it == s.kindsByCategory.end())
            continue;
        int total = 0;
        QStringList kinds;
        for (const auto &[kind, count] : it->second) {
            total += count;
            kinds.append(QStringLiteral("%1 %2").arg(kind).arg(count));
        }
        out << QStringLiteral("  %1%2  %3\n").arg(category.displayText(), -18).arg(total, 4).arg(kinds.join(QStringLiteral(", ")));
    }
    if (!design->zones().empty()) {
        out << QCoreApplication::translate("Cli", "Zones:\n");
        printZoneTree(*design, context.catalog, QString(), 0, out);
    }
    return ExitOk;
}

// --- convert -----------------------------------------------------------------

int runConvert(const QStringList &args, CliContext &context)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("to"), QCoreApplication::translate("Cli", "Output format (default: from OUTPUT's extension, .json or YAML)."), QStringLiteral("yaml|json")});
    if (auto stop = parseArguments(parser, QStringLiteral("convert"), QStringLiteral("INPUT OUTPUT"), args, context, 2, 2))
        return *stop;
    const QString input = parser.positionalArguments().at(0);
    const QString output = parser.positionalArguments().at(1);
    DesignFormat format = formatForPath(output);
    if (parser.isSet(QStringLiteral("to"))) {
        const QString to = parser.value(QStringLiteral("to"));
        if (to != QLatin1String("yaml") && to != QLatin1String("json")) {
            context.err << QCoreApplication::translate("Cli", "--to must be yaml or json, not '%1'\n").arg(to);
            return ExitUsage;
        }
        format = to == QLatin1String("json") ? DesignFormat::Json : DesignFormat::Yaml;
    }
    if (output != QLatin1String("-") && QFileInfo(output).absoluteFilePath() == QFileInfo(input).absoluteFilePath()
        && formatForPath(input) != format) {
        context.err << QCoreApplication::translate("Cli", "%1: converting a file onto itself would change its format but not its name\n").arg(output);
        return ExitUsage;
    }
    int failure = ExitProblems;
    auto design = loadForCli(input, context, &failure);
    if (!design)
        return failure;
    return writeOutput(output, writeDesign(*design, format), context) ? ExitOk : ExitUsage;
}

// --- check -------------------------------------------------------------------

int runCheck(const QStringList &args, CliContext &context)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("quiet"), QCoreApplication::translate("Cli", "Print only problems.")});
    if (auto stop = parseArguments(parser, QStringLiteral("check"), QStringLiteral("DESIGN..."), args, context, 1, -1))
        return *stop;
    int exitCode = ExitOk;
    for (const QString &path : parser.positionalArguments()) {
        const LoadResult result = loadDesign(path, context.catalog);
        printDiagnostics(result.diagnostics, context.err);
        if (!result.ok()) {
            exitCode = std::max<int>(exitCode, result.ioError ? ExitUsage : ExitProblems);
            continue;
        }
        if (!parser.isSet(QStringLiteral("quiet")))
            context.out << QCoreApplication::translate("Cli", "%1: ok (components: %2, connections: %3, zones: %4)\n")
                               .arg(path).arg(result.design->components().size())
                               .arg(result.design->connections().size()).arg(result.design->zones().size());
    }
    return exitCode;
}

// --- generate ----------------------------------------------------------------

int runGenerate(const QStringList &args, CliContext &context)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("components"), QCoreApplication::translate("Cli", "Number of components (default 1000)."), QCoreApplication::translate("Cli", "N"), QStringLiteral("1000")});
    parser.addOption({QStringLiteral("seed"), QCoreApplication::translate("Cli", "Random seed (default 1)."), QCoreApplication::translate("Cli", "SEED"), QStringLiteral("1")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, QCoreApplication::translate("Cli", "Output file (.yaml or .json; - for stdout)."), QCoreApplication::translate("Cli", "FILE"), QStringLiteral("-")});
    if (auto stop = parseArguments(parser, QStringLiteral("generate"), QString(), args, context, 0, 0))
        return *stop;
    bool okN = false, okSeed = false;
    const int n = parser.value(QStringLiteral("components")).toInt(&okN);
    const uint seed = parser.value(QStringLiteral("seed")).toUInt(&okSeed);
    if (!okN || n < 1 || n > 1'000'000 || !okSeed) {
        context.err << QCoreApplication::translate("Cli", "--components must be 1 to 1000000 and --seed a whole number\n");
        return ExitUsage;
    }
    const Design design = generateDesign({n, seed}, context.catalog);
    const QString output = parser.value(QStringLiteral("output"));
    return writeOutput(output, writeDesign(design, formatForPath(output)), context) ? ExitOk : ExitUsage;
}

// --- examples ----------------------------------------------------------------

int runExamples(const QStringList &args, CliContext &context)
{
    QCommandLineParser parser;
    if (auto stop = parseArguments(parser, QStringLiteral("examples"), QString(), args, context, 0, 0))
        return *stop;
    for (const QString &name : exampleNames()) {
        const LoadResult result = loadDesign(examplePath(name), context.catalog);
        context.out << QStringLiteral("%1%2\n").arg(name, -22).arg(result.ok() ? result.design->name : QCoreApplication::translate("Cli", "(broken)"));
    }
    return ExitOk;
}

} // namespace

std::optional<int> parseArguments(QCommandLineParser &parser, const QString &command, const QString &synopsis,
                                  const QStringList &args, CliContext &context, int minPositional, int maxPositional)
{
    parser.setApplicationDescription(QString());
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QCoreApplication::translate("Cli", "Show this help."));
    parser.addOption(help);
    if (!synopsis.isEmpty())
        parser.addPositionalArgument(synopsis, QString());
    QStringList full = args;
    full.prepend(QStringLiteral("stackdraft-cli ") + command);
    if (!parser.parse(full)) {
        context.err << QStringLiteral("stackdraft-cli %1: %2\n").arg(command, parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        // Qt names the binary in the usage line; name the subcommand too.
        QString text = parser.helpText();
        text = text.mid(text.indexOf(QLatin1Char('\n')) + 1);
        context.out << QStringLiteral("Usage: stackdraft-cli %1 [options] %2\n").arg(command, synopsis) << text;
        return ExitOk;
    }
    const int count = int(parser.positionalArguments().size());
    if (count < minPositional || (maxPositional >= 0 && count > maxPositional)) {
        context.err << QCoreApplication::translate("Cli", "usage: stackdraft-cli %1 [options] %2 (see --help)\n").arg(command, synopsis);
        return ExitUsage;
    }
    return std::nullopt;
}

std::optional<DesignSource> loadDesignSource(const QString &spec, CliContext &context)
{
    DesignSource source = loadDesignSource(spec, context.catalog);
    for (const Diagnostic &d : source.diagnostics)
        context.err << d.toString() << '\n';
    if (!source.ok()) {
        context.err << source.error;
        return std::nullopt;
    }
    return source;
}

std::optional<Design> loadForCli(const QString &path, CliContext &context, int *failureCode, QHash<QString, SourceMark> *sourceMarks,
                                 FileStamp *stamp)
{
    LoadResult result = loadDesign(path, context.catalog);
    printDiagnostics(result.diagnostics, context.err);
    if (failureCode)
        *failureCode = result.ioError ? ExitUsage : ExitProblems;
    if (sourceMarks)
        *sourceMarks = std::move(result.sourceMarks);
    if (stamp)
        *stamp = result.stamp;
    return std::move(result.design);
}

QStringList exampleNames()
{
    QStringList names;
    const QStringList files = QDir(QStringLiteral(":/examples")).entryList({QStringLiteral("*.stackdraft.yaml")}, QDir::Files, QDir::Name);
    for (const QString &f : files)
        names.append(f.section(QLatin1Char('.'), 0, 0));
    return names;
}

QString examplePath(const QString &name) { return QStringLiteral(":/examples/%1.stackdraft.yaml").arg(name); }

std::vector<CliCommand> designCommands()
{
    return {
        {QStringLiteral("new"), QCoreApplication::translate("Cli", "Create a design file, blank or from a bundled example."), runNew},
        {QStringLiteral("info"), QCoreApplication::translate("Cli", "Summarize a design: counts by kind and category, zones, providers."), runInfo},
        {QStringLiteral("convert"), QCoreApplication::translate("Cli", "Convert a design between YAML and JSON."), runConvert},
        {QStringLiteral("check"), QCoreApplication::translate("Cli", "Load designs and report every problem with file and line."), runCheck},
        {QStringLiteral("generate"), QCoreApplication::translate("Cli", "Generate a large realistic design for scale tests."), runGenerate},
        {QStringLiteral("examples"), QCoreApplication::translate("Cli", "List the bundled example designs."), runExamples},
    };
}

} // namespace sd
