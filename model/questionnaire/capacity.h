// SPDX-License-Identifier: MIT
#pragma once

#include "design.h"

#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>
#include <vector>

namespace sd {

class Catalog;

/**
 * The load one service must carry at the peak and the replicas that follow from it.
 *
 *   peak requests/s   = peak concurrent users x requests per user per minute / 60
 *                       (or the service's own peak, when answered; or, for a consumer fed
 *                       only by queues, the answered message rates of those queues)
 *   busy CPUs         = requests/s x CPU time per request (Little's law: work in flight)
 *   replica capacity  = CPUs per replica x CPU target (autoscaling keeps replicas below it)
 *   needed replicas   = ceil(busy CPUs / replica capacity)
 *   with zone headroom: the smallest total T with T - ceil(T / zones) >= needed, so that
 *                       losing the fullest zone still leaves enough (spread evenly)
 *   minimum           = the same for normal load (peak / peak multiplier), at least one per zone and 2
 */
/// Where a service's peak load comes from.
enum class LoadSource { PeakUsers, ServiceAnswer, Queues };

struct ServiceEstimate {
    QString componentId;
    double peakRps = 0;
    LoadSource source = LoadSource::PeakUsers;
    double serviceTimeMs = 0;
    bool serviceTimeAssumed = false;  ///< not answered: kDefaultServiceTimeMs
    double busyCpus = 0;
    double cpusPerReplica = 0;
    int cpuTargetPercent = 0;
    int zones = 1;
    bool zonesAssumed = false;        ///< no availability zones drawn: kDefaultZones
    double peakMultiplier = 0;        ///< 0 = not answered (minimum from availability only)
    int neededAtPeak = 0;
    int neededNormally = 0;
    int minReplicas = 0;
    int maxReplicas = 0;
    bool serverless = false;          ///< no replicas: maxReplicas is the concurrent executions
};

/// Data after 24 months: size now + growth per month x 24.
struct StorageEstimate {
    QString componentId;
    double sizeNowGb = 0;
    double growthGbPerMonth = 0;
    bool growthAnswered = false;
    double after24MonthsGb = 0;
    std::optional<double> provisionedGb; ///< the design's storageGb, when the kind has one
};

/// A change to the design that makes it meet the answers.
struct Suggestion {
    QString itemId;
    QString key;      ///< property key
    QVariant current; ///< effective value now (stored or default)
    QVariant value;   ///< suggested
    QString reason;   ///< translated
};

/// Where the design does not meet the answers.
struct CapacityWarning {
    QString itemId; ///< empty for the design as a whole
    QString message;
};

struct CapacityEstimate {
    std::optional<double> peakRps;    ///< from the general answers
    std::vector<ServiceEstimate> services;
    std::vector<StorageEstimate> storage;
    std::vector<CapacityWarning> warnings;
    std::vector<Suggestion> suggestions;
    QStringList missingQuestions;     ///< general questions whose answers the estimate needs
};

constexpr double kDefaultServiceTimeMs = 100;
constexpr int kDefaultZones = 3;
constexpr double kStorageHeadroom = 1.25;

/// ceil(busyCpus / capacityPerReplica), at least 1; exact multiples do not round up.
int replicasForLoad(double busyCpus, double capacityPerReplica);
/// The smallest total that still has `needed` replicas after losing the fullest of `zones` zones.
int replicasWithZoneHeadroom(int needed, int zones);

/// The estimate from the design's answers and properties.
CapacityEstimate estimateCapacity(const Design &design, const Catalog &catalog);

/// A figure of the estimate for people: at most `decimals` places, no trailing zeros ("12.5", "3").
QString formatCapacityNumber(double value, int decimals = 0);

/// The design with the suggestions applied (what "Apply suggestions" does, without undo).
void applySuggestions(Design &design, const std::vector<Suggestion> &suggestions);

} // namespace sd
