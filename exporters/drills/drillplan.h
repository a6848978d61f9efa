// SPDX-License-Identifier: MIT
// The failure drills of a design: which failures to rehearse and what our simulation predicts for each.
#pragma once

#include "design.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace sd {

class Catalog;

namespace drills {

/// A front door (a component with a health endpoint users reach first), as a drill probes it.
struct HealthCheck {
    QString id;   ///< component id
    QString name;
    QString variable; ///< Chaos Toolkit configuration key of its base URL
    QString defaultUrl;
    QString path; ///< the health path
};

/// One rehearsed failure.
struct Drill {
    QString id;     ///< file name stem: "zone-eu-central-1a", "component-ledger-db"
    QString scope;  ///< component, zone, region, provider
    QString target; ///< what the simulation names
    QString label;  ///< "availability zone eu-central-1a"
    QStringList failed;     ///< names of what fails directly
    QStringList failedOver; ///< multi-AZ primaries that fail over and stay up
    QStringList lost;       ///< names no entry point reaches any more
    QStringList brokenEntries, servedEntries;
    std::vector<HealthCheck> survives; ///< front doors the simulation says keep answering
    QStringList down;                  ///< front doors it says stop serving
    QString failCommand, restoreCommand; ///< defaults of the inject and roll-back commands; "" when the operator must give them
    QString how; ///< how the failure is injected, for the plan
};

struct Plan {
    QString designName;
    std::vector<Drill> drills;
    std::vector<HealthCheck> frontDoors;
    struct AwsZone {
        QString zone;   ///< eu-central-1a
        QString region; ///< eu-central-1
        QString drill;  ///< id of its drill
    };
    std::vector<AwsZone> awsZones; ///< AWS availability zones that hold components: FIS templates
    QString error;
};

/// The drills: every zone, region and provider that holds components, and the top-ranked components.
Plan makePlan(const Design &design, const Catalog &catalog, int topComponents = 5);

/// experiments/<id>.json: a Chaos Toolkit experiment.
QByteArray chaosExperiment(const Plan &plan, const Drill &drill);
/// fis/main.tf: AWS FIS experiment templates that take each AWS zone's subnets off the network; "" without AWS zones.
QByteArray fisTerraform(const Plan &plan, const QString &designSlug);
/// GAMEDAY.md: the plan of the game day.
QByteArray gameDayPlan(const Plan &plan);

} // namespace drills
} // namespace sd
