// SPDX-License-Identifier: MIT
// What the monitoring export watches, decided once from the design, the catalog's signal data
// (resources/catalog/exports/monitoring.yaml) and the failure analysis; the file writers only format it.
#pragma once

#include "design.h"
#include "diagnostic.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace sd {

class Catalog;
class FailureModel;
class PropertyAccess;

namespace monitoring {

/// One synthetic input series of a signal's generated unit test.
struct TestSeries {
    QString series; ///< with %job
    bool counter = false;
    double healthy = 0;
    double failing = 0;
    QString scale; ///< "", "cores" or "memoryBytes"
};

/// A measured quantity (an error rate, a query time...), from the catalog's `signals`.
struct Signal {
    QString id;
    QString alert; ///< alert name, shared by every component that has the signal
    QString title;
    QString description;
    QString record;
    QString expr; ///< with %job, %cores, %memoryBytes
    QString unit; ///< Grafana unit
    bool symptom = false; ///< users notice it (pages on a request path); else a cause (tickets)
    bool below = false;   ///< alert when the value falls under the threshold
    bool fromNode = false; ///< read from node_exporter beside the component (source: node)
    std::vector<TestSeries> tests;
};

enum class Severity { Page, Ticket };

/// A signal of one component with its threshold.
struct Alert {
    const Signal *signal = nullptr;
    double threshold = 0;
    QString forDuration; ///< "5m"
    int forMinutes = 0;
    Severity severity = Severity::Ticket;
};

/// One component the export watches.
struct Watched {
    const Component *component = nullptr;
    QString job;        ///< scrape job: the component id
    QStringList targets; ///< host:port to scrape: the component (or its exporter), and node_exporter when a signal needs it
    QString dashboard;  ///< "red" or "use"
    double cores = 1;
    double memoryBytes = 1024.0 * 1024 * 1024;
    bool onRequestPath = false; ///< an entry point reaches it
    bool probed = false;        ///< probed from outside (blackbox), for the availability or latency signal
    QString probeModule;        ///< "http_2xx" or "tcp_connect"
    QString probeTarget;        ///< URL or host:port
    std::vector<const Signal *> panels; ///< dashboard panels, in order
    std::vector<Alert> alerts;
    QString blastRadius; ///< what our analysis predicts when it fails, one sentence
    int blastCount = 0;
};

/// Where alerts go: the alerting component drawn (or a webhook when none is).
struct Receiver {
    QString id;     ///< component id, "on-call" when none is drawn
    QString name;
    QString vendor; ///< pagerduty, opsgenie, other (webhook)
    QString escalationPolicy;
};

struct Timing {
    QString groupWait, groupInterval, repeatInterval;
};

struct Plan {
    QString designName;
    std::vector<Signal> signals; ///< owns what Watched and Alert point to
    std::vector<Watched> watched; ///< in design order
    std::vector<Receiver> receivers;
    Timing page, ticket;
    QString metricsName; ///< the metrics component drawn, "" when none
    Diagnostics messages;
    QString error;
};

/// Everything the monitoring files are written from. Plan::error is set when the catalog's data is broken.
Plan makePlan(const Design &design, const Catalog &catalog);

/**
 * Per component: a front door, the first component with a health endpoint that users reach,
 * looking through the edge (DNS, WAF, load balancers, gateways) that has none of its own.
 * The entry probes of the monitoring export and the steady state of the drills.
 */
std::vector<char> frontDoors(const FailureModel &model, const PropertyAccess &props);

/// "orders-db" -> "OrdersDb": the component part of recording-rule groups and dashboard uids.
QString camel(const QString &id);

/// `text` with %job, %threshold, %cores and %memoryBytes filled for a component.
QString fill(const QString &text, const Watched &w, double threshold = 0);

/// Shortest decimal text of a number ("0.05", "10000").
QString number(double value);

} // namespace monitoring
} // namespace sd
