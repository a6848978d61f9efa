// SPDX-License-Identifier: MIT
#include "drillsexporter.h"

#include "drillplan.h"

#include <QCoreApplication>

namespace sd {

namespace {
const QString kTop = QStringLiteral("top");
}

QString DrillsExporter::displayName() const { return QCoreApplication::translate("DrillsExport", "Failure drills (Chaos Toolkit, AWS FIS)"); }

QString DrillsExporter::description() const
{
    return QCoreApplication::translate("DrillsExport", "Chaos experiments and a game-day plan from the failure simulation.");
}

std::vector<ExportOptionSpec> DrillsExporter::options() const
{
    return {{kTop, QCoreApplication::translate("DrillsExport", "How many of the components with the largest blast radius get a drill of their own."),
             {QStringLiteral("0"), QStringLiteral("3"), QStringLiteral("5"), QStringLiteral("10")}, QStringLiteral("5")}};
}

ExportResult DrillsExporter::generate(const Design &design, const Catalog &catalog, const QVariantMap &options) const
{
    ExportResult result;
    const int top = options.value(kTop, QStringLiteral("5")).toInt();
    const drills::Plan plan = drills::makePlan(design, catalog, top);
    if (!plan.error.isEmpty()) {
        result.error = plan.error;
        return result;
    }
    if (plan.frontDoors.empty())
        result.messages.push_back({Diagnostic::Severity::Warning, {}, 0, 0,
                                   QCoreApplication::translate("DrillsExport", "no component users reach has a health endpoint: the experiments have no steady state to check")});
    result.files.push_back({QStringLiteral("GAMEDAY.md"), drills::gameDayPlan(plan)});
    for (const drills::Drill &d : plan.drills)
        result.files.push_back({QStringLiteral("experiments/%1.json").arg(d.id), drills::chaosExperiment(plan, d)});
    const QByteArray fis = drills::fisTerraform(plan, Design::slugify(design.name));
    if (!fis.isEmpty())
        result.files.push_back({QStringLiteral("fis/main.tf"), fis});
    return result;
}

} // namespace sd
