// SPDX-License-Identifier: MIT
// A drill as a Chaos Toolkit experiment: the steady state our simulation says survives, the injected
// failure, and the roll-back.
#include "drillplan.h"
#include "exporter.h"

#include <nlohmann/json.hpp>

namespace sd::drills {

using json = nlohmann::ordered_json;

namespace {

std::string s(const QString &text) { return text.toStdString(); }

QString listText(const QStringList &names) { return names.isEmpty() ? fileText("nothing") : names.join(QStringLiteral(", ")); }

/// A shell command from configuration (an environment variable with our default, when we have one).
json command(const char *name, const QString &configKey)
{
    return {{"type", "action"}, {"name", name},
            {"provider", {{"type", "process"}, {"path", "sh"}, {"arguments", json::array({"-c", s(QStringLiteral("${%1}").arg(configKey))})}}}};
}

json env(const char *key, const QString &defaultValue)
{
    json v = {{"type", "env"}, {"key", key}};
    if (!defaultValue.isEmpty())
        v["default"] = s(defaultValue);
    return v;
}

} // namespace

QByteArray chaosExperiment(const Plan &plan, const Drill &drill)
{
    json configuration = {{"fail_command", env("DRILL_FAIL_COMMAND", drill.failCommand)},
                          {"restore_command", env("DRILL_RESTORE_COMMAND", drill.restoreCommand)}};
    // When something keeps working, the steady state is what must keep working, and the drill passes
    // when it holds. When our analysis predicts an outage, the steady state is every front door and
    // the drill passes when it deviates: the outage is real, and the page it causes can be checked.
    const bool outage = drill.survives.empty();
    json probes = json::array();
    for (const HealthCheck &check : outage ? plan.frontDoors : drill.survives) {
        const QString key = QStringLiteral("DRILL_URL_") + check.variable.chopped(4).toUpper();
        configuration[s(check.variable)] = env(key.toLatin1().constData(), check.defaultUrl);
        probes.push_back({{"type", "probe"},
                          {"name", s(fileText("%1 is ready").arg(check.name))},
                          {"tolerance", 200},
                          {"provider", {{"type", "http"}, {"url", s(QStringLiteral("${%1}%2").arg(check.variable, check.path))}, {"timeout", 5}}}});
    }
    QString description = fileText("Our failure simulation predicts: fails %1; fails over and stays up: %2; no longer reached: %3. "
                                   "Entry points that break: %4; that keep working: %5. Front doors that stop serving: %6. Injection: %7.")
                              .arg(listText(drill.failed), listText(drill.failedOver), listText(drill.lost), listText(drill.brokenEntries),
                                   listText(drill.servedEntries), listText(drill.down), drill.how);
    json experiment = {
        {"version", "1.0.0"},
        {"title", s(fileText("%1: %2 fails").arg(plan.designName, drill.label))},
        {"description", s(description)},
        {"tags", json::array({"stackdraft", s(drill.scope)})},
        {"configuration", configuration},
    };
    if (!probes.empty())
        experiment["steady-state-hypothesis"] = {{"title", s(outage ? fileText("The front doors are ready (our analysis predicts that %1 takes them down)").arg(drill.label)
                                                                      : fileText("What our analysis says survives %1").arg(drill.label))},
                                                 {"probes", probes}};
    auto names = [](const QStringList &list) {
        json out = json::array();
        for (const QString &n : list)
            out.push_back(s(n));
        return out;
    };
    experiment["extensions"] = json::array({{
        {"name", "stackdraft"},
        {"expected_outcome", outage ? "deviated" : "completed"},
        {"predicted", {{"fails", names(drill.failed)}, {"fails_over", names(drill.failedOver)}, {"unreachable", names(drill.lost)},
                       {"broken_entry_points", names(drill.brokenEntries)}, {"working_entry_points", names(drill.servedEntries)}}},
    }});
    json inject = command("inject the failure", QStringLiteral("fail_command"));
    inject["pauses"] = {{"after", 120}}; // failover and autoscaling take a minute or two
    experiment["method"] = json::array({inject});
    experiment["rollbacks"] = json::array({command("roll back the failure", QStringLiteral("restore_command"))});
    return QByteArray::fromStdString(experiment.dump(2) + "\n");
}

} // namespace sd::drills
