// SPDX-License-Identifier: MIT
// Grafana dashboards: an overview laid out like the diagram, and RED or USE per component.
#include "exporter.h"
#include "monitoringfiles.h"

#include <QCryptographicHash>

#include <nlohmann/json.hpp>

#include <algorithm>

namespace sd::monitoring {

using json = nlohmann::ordered_json;

namespace {

std::string s(const QString &text) { return text.toStdString(); }

// Grafana 11 writes schemaVersion 39; older servers migrate what they read.
constexpr int kSchemaVersion = 39;

json datasource() { return {{"type", "prometheus"}, {"uid", "${datasource}"}}; }

json dashboard(const QString &uid, const QString &title, json tags, json panels)
{
    return {
        {"uid", s(uid)},
        {"title", s(title)},
        {"tags", std::move(tags)},
        {"timezone", "browser"},
        {"editable", true},
        {"graphTooltip", 1},
        {"schemaVersion", kSchemaVersion},
        {"version", 1},
        {"refresh", "1m"},
        {"time", {{"from", "now-6h"}, {"to", "now"}}},
        {"templating", {{"list", json::array({{{"name", "datasource"}, {"label", "Data source"}, {"type", "datasource"}, {"query", "prometheus"}}})}}},
        {"annotations", {{"list", json::array()}}},
        {"panels", std::move(panels)},
    };
}

json thresholdSteps(const Alert *alert)
{
    json steps = json::array({{{"color", "green"}, {"value", nullptr}}});
    if (alert) {
        if (alert->signal->below)
            steps = json::array({{{"color", "red"}, {"value", nullptr}}, {{"color", "green"}, {"value", alert->threshold}}});
        else
            steps.push_back({{"color", "red"}, {"value", alert->threshold}});
    }
    return {{"mode", "absolute"}, {"steps", std::move(steps)}};
}

const Alert *alertOf(const Watched &w, const Signal *signal)
{
    for (const Alert &a : w.alerts)
        if (a.signal == signal)
            return &a;
    return nullptr;
}

json panel(int id, const char *type, const QString &title, const QString &description, const Watched &w, const Signal *signal,
           int x, int y, int width, int height)
{
    json p = {
        {"id", id},
        {"type", type},
        {"title", s(title)},
        {"description", s(description)},
        {"datasource", datasource()},
        {"gridPos", {{"x", x}, {"y", y}, {"w", width}, {"h", height}}},
        {"fieldConfig", {{"defaults", {{"unit", s(signal->unit)}, {"thresholds", thresholdSteps(alertOf(w, signal))}}}, {"overrides", json::array()}}},
        {"targets", json::array({{{"refId", "A"}, {"datasource", datasource()},
                                  {"expr", s(QStringLiteral("%1{job=\"%2\"}").arg(signal->record, w.job))},
                                  {"legendFormat", s(w.component->name)}}})},
    };
    if (QLatin1String(type) == QLatin1String("timeseries"))
        p["options"] = {{"legend", {{"showLegend", true}, {"displayMode", "list"}, {"placement", "bottom"}}}, {"tooltip", {{"mode", "multi"}}}};
    else
        p["options"] = {{"colorMode", "background"}, {"graphMode", "area"}, {"reduceOptions", {{"calcs", json::array({"lastNotNull"})}, {"fields", ""}, {"values", false}}}};
    return p;
}

QByteArray jsonFile(const json &value) { return QByteArray::fromStdString(value.dump(2) + "\n"); }

} // namespace

QString dashboardUid(const QString &id)
{
    const QString uid = QStringLiteral("sd-") + id;
    if (uid.size() <= 40)
        return uid;
    // Grafana allows 40 characters: keep a readable start and a hash of the whole id.
    const QByteArray hash = QCryptographicHash::hash(id.toUtf8(), QCryptographicHash::Sha256).toHex().left(8);
    return uid.left(31) + QLatin1Char('-') + QString::fromLatin1(hash);
}

QByteArray overviewDashboard(const Plan &plan, const Design &design)
{
    // Laid out like the diagram: top to bottom, left to right, by where each component is drawn.
    // Each position looked up once: the sort compares n log n times, and a lookup is a search by id.
    std::vector<std::pair<QPointF, const Watched *>> placed;
    placed.reserve(plan.watched.size());
    for (const Watched &w : plan.watched)
        placed.emplace_back(design.scenePosition(w.component->id), &w);
    std::stable_sort(placed.begin(), placed.end(), [](const auto &a, const auto &b) {
        return a.first.y() != b.first.y() ? a.first.y() < b.first.y() : a.first.x() < b.first.x();
    });
    std::vector<const Watched *> order;
    order.reserve(placed.size());
    for (const auto &[position, w] : placed)
        order.push_back(w);
    json panels = json::array();
    int id = 1, column = 0, row = 0;
    for (const Watched *w : order) {
        // The headline of a component: the first thing that would page or ticket about it.
        const Signal *headline = w->alerts.empty() ? w->panels.front() : w->alerts.front().signal;
        json p = panel(id++, "stat", QStringLiteral("%1: %2").arg(w->component->name, headline->title),
                       fileText("%1 (%2). %3").arg(w->component->name, w->component->kind, w->blastRadius), *w, headline,
                       column * 6, row * 5, 6, 5);
        p["links"] = json::array({{{"title", s(fileText("%1 dashboard").arg(w->component->name))}, {"url", s(QStringLiteral("/d/%1").arg(dashboardUid(w->job)))}}});
        panels.push_back(std::move(p));
        if (++column == 4) {
            column = 0;
            ++row;
        }
    }
    return jsonFile(dashboard(QStringLiteral("sd-overview"), fileText("%1: overview").arg(plan.designName), json::array({"stackdraft", "overview"}), std::move(panels)));
}

QByteArray componentDashboard(const Plan &plan, const Watched &w)
{
    json panels = json::array();
    int id = 1, index = 0;
    for (const Signal *signal : w.panels) {
        panels.push_back(panel(id++, "timeseries", signal->title.left(1).toUpper() + signal->title.mid(1), signal->description, w, signal,
                               (index % 2) * 12, (index / 2) * 8, 12, 8));
        ++index;
    }
    const QString method = w.dashboard == QLatin1String("use") ? QStringLiteral("USE") : QStringLiteral("RED");
    return jsonFile(dashboard(dashboardUid(w.job), fileText("%1: %2 (%3)").arg(plan.designName, w.component->name, method),
                              json::array({"stackdraft", s(w.component->kind), s(w.dashboard)}), std::move(panels)));
}

} // namespace sd::monitoring
