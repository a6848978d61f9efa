// SPDX-License-Identifier: MIT
#include "estimatecommand.h"

#include "capacity.h"
#include "catalog.h"
#include "clicommands.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

namespace sd {

namespace {

const char *sourceName(LoadSource source)
{
    switch (source) {
    case LoadSource::Propagated: return "propagated";
    case LoadSource::ServiceAnswer: return "answered";
    case LoadSource::Queues: return "queues";
    case LoadSource::Schedule: return "schedule";
    case LoadSource::Unreached: return "unreached";
    }
    return "unreached";
}

nlohmann::ordered_json strings(const QStringList &list)
{
    nlohmann::ordered_json j = nlohmann::ordered_json::array();
    for (const QString &s : list)
        j.push_back(s.toStdString());
    return j;
}

/// One object per component, in design order: the contract of `estimate --format json`.
QByteArray estimateJson(const Design &design, const CapacityEstimate &e)
{
    using J = nlohmann::ordered_json;
    J root;
    root["design"] = design.name.toStdString();
    root["entryRequestsPerSecond"] = e.users.entryRps ? J(*e.users.entryRps) : J(nullptr);
    root["entryRequestsPerSecondAtHorizon"] = e.users.entryRpsHorizon ? J(*e.users.entryRpsHorizon) : J(nullptr);
    root["growth"] = e.users.growth;
    root["horizonMonths"] = e.users.horizonMonths;
    root["usersDerivation"] = strings(e.users.derivation);
    J components = J::array();
    for (const Component &c : design.components()) {
        J j;
        j["id"] = c.id.toStdString();
        j["name"] = (c.name.isEmpty() ? c.id : c.name).toStdString();
        j["kind"] = c.kind.toStdString();
        const auto source = e.loadSources.find(c.id);
        j["loadSource"] = source == e.loadSources.end() ? "unreached" : sourceName(source->second);
        const auto load = e.loads.find(c.id);
        j["requestsPerSecond"] = load == e.loads.end() ? J(nullptr) : J(load->second);
        QStringList derivation;
        const ServiceEstimate *s = e.service(c.id);
        const bool sized = s && s->source != LoadSource::Unreached;
        j["requestsPerSecondAtHorizon"] = s ? J(s->horizon.peakRps) : (load == e.loads.end() ? J(nullptr) : J(load->second * e.users.growth));
        j["minReplicas"] = sized ? J(s->minReplicas) : J(nullptr);
        j["maxReplicas"] = sized ? J(s->maxReplicas) : J(nullptr);
        if (sized) {
            j["today"] = {{"minReplicas", s->today.minReplicas}, {"maxReplicas", s->today.maxReplicas}, {"busyCpus", s->today.busyCpus}};
            j["busyCpusAtHorizon"] = s->horizon.busyCpus;
            j["serverless"] = s->serverless;
            if (s->bandwidthMiBps)
                j["bandwidthMiBps"] = *s->bandwidthMiBps;
        }
        if (s)
            derivation += s->derivation;
        for (const StorageEstimate &st : e.storage)
            if (st.componentId == c.id) {
                j["storageGbAtHorizon"] = st.after24MonthsGb;
                derivation += st.derivation;
            }
        j["derivation"] = strings(derivation);
        components.push_back(std::move(j));
    }
    root["components"] = std::move(components);
    J warnings = J::array();
    for (const CapacityWarning &w : e.warnings)
        warnings.push_back({{"id", w.itemId.toStdString()}, {"message", w.message.toStdString()}});
    root["warnings"] = std::move(warnings);
    root["missingQuestions"] = strings(e.missingQuestions);
    return QByteArray::fromStdString(root.dump(2)) + '\n';
}

QString estimateText(const Design &design, const CapacityEstimate &e)
{
    QString out;
    const QString indent = QStringLiteral("    ");
    if (!e.users.derivation.isEmpty()) {
        out += QCoreApplication::translate("Cli", "Users\n");
        for (const QString &line : e.users.derivation)
            out += indent + line + QLatin1Char('\n');
    }
    if (!e.missingQuestions.isEmpty())
        out += QCoreApplication::translate("Cli", "Not answered yet: %1\n").arg(e.missingQuestions.join(QStringLiteral(", ")));
    for (const Component &c : design.components()) {
        const ServiceEstimate *s = e.service(c.id);
        QStringList storage;
        for (const StorageEstimate &st : e.storage)
            if (st.componentId == c.id)
                storage += st.derivation;
        if (!s && storage.isEmpty())
            continue;
        const QString name = c.name.isEmpty() ? c.id : QStringLiteral("%1 (%2)").arg(c.name, c.id);
        if (s && s->source == LoadSource::Unreached)
            out += QCoreApplication::translate("Cli", "\n%1: no load\n").arg(name);
        else if (s && s->serverless)
            out += QCoreApplication::translate("Cli", "\n%1: %2 req/s, up to %3 concurrent executions\n")
                       .arg(name, formatCapacityNumber(s->peakRps, 1), formatCapacityNumber(s->maxReplicas));
        else if (s && s->horizon.peakRps > s->today.peakRps)
            out += QCoreApplication::translate("Cli", "\n%1: %2 req/s today, %3 at %4 months; %5 to %6 replicas\n")
                       .arg(name, formatCapacityNumber(s->today.peakRps, 1), formatCapacityNumber(s->horizon.peakRps, 1))
                       .arg(e.users.horizonMonths)
                       .arg(formatCapacityNumber(s->minReplicas), formatCapacityNumber(s->maxReplicas));
        else if (s)
            out += QCoreApplication::translate("Cli", "\n%1: %2 req/s, %3 to %4 replicas\n")
                       .arg(name, formatCapacityNumber(s->peakRps, 1), formatCapacityNumber(s->minReplicas), formatCapacityNumber(s->maxReplicas));
        else
            out += QStringLiteral("\n%1\n").arg(name);
        if (s)
            for (const QString &line : s->derivation)
                out += indent + line + QLatin1Char('\n');
        for (const QString &line : storage)
            out += indent + line + QLatin1Char('\n');
    }
    if (!e.warnings.empty()) {
        out += QCoreApplication::translate("Cli", "\nWhere the design does not meet the answers:\n");
        for (const CapacityWarning &w : e.warnings)
            out += QStringLiteral("  - %1\n").arg(w.message);
    }
    return out;
}

int runEstimate(const QStringList &args, CliContext &context)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("format"), QCoreApplication::translate("Cli", "Output format: text (default) or json."), QStringLiteral("FORMAT"),
                      QStringLiteral("text")});
    if (auto stop = parseArguments(parser, QStringLiteral("estimate"), QStringLiteral("DESIGN"), args, context, 1, 1))
        return *stop;
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("text") && format != QLatin1String("json")) {
        context.err << QCoreApplication::translate("Cli", "stackdraft-cli estimate: unknown format '%1'; choose text or json\n").arg(format);
        return ExitUsage;
    }
    int failure = ExitProblems;
    auto design = loadForCli(parser.positionalArguments().first(), context, &failure);
    if (!design)
        return failure;
    const CapacityEstimate e = estimateCapacity(*design, context.catalog);
    if (format == QLatin1String("json"))
        context.out << QString::fromUtf8(estimateJson(*design, e));
    else
        context.out << estimateText(*design, e);
    return ExitOk;
}

} // namespace

std::vector<CliCommand> estimateCommands()
{
    return {{QStringLiteral("estimate"), QCoreApplication::translate("Cli", "Size the design from its answers, with the derivation of each figure."), runEstimate}};
}

} // namespace sd
