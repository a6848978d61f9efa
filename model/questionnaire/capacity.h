// SPDX-License-Identifier: MIT
#pragma once

#include "design.h"

#include <QLocale>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <map>
#include <optional>
#include <vector>

namespace sd {

class Catalog;
class FailureModel;

/**
 * The one capacity model of Stackdraft: the validator's scaling rules, the questionnaire's
 * estimate and suggestions, `stackdraft-cli estimate` and `answers apply` all read it; the
 * Kubernetes and Terraform exporters read the replica bounds it writes (replicaCountOf()).
 * docs/questionnaire.md, "The capacity model", has the formulas and defaults.
 *
 *   normal concurrent users = DAU x session minutes / peak window minutes   (Little's law;
 *                             or the answered peak concurrent users / peak multiplier)
 *   peak concurrent users   = normal x peak multiplier
 *   entry requests/s        = peak concurrent users x requests per user per minute / 60
 *   load of a component     = its own answered rate, or the sum over its callers of
 *                             caller load x callsPerRequest of the connection (from the entry points)
 *   busy CPUs               = requests/s x CPU time per request
 *   needed replicas         = ceil(busy CPUs / (CPUs per replica x CPU target))
 *   with zone headroom      = the smallest total T with T - ceil(T / zones) >= needed
 *   minimum                 = the same for normal load, at least one per zone and 2
 * Each figure is computed today and at the growth horizon (x future DAU / DAU); the design is
 * sized for the horizon.
 */

/// Where a component's load comes from.
enum class LoadSource {
    Propagated,    ///< carried along connections from the entry points
    ServiceAnswer, ///< its own answered peak (component.<id>.service.peakRps)
    Queues,        ///< answered message rates of the queues that feed it
    Schedule,      ///< a scheduled job or function: its schedule, not the users
    Unreached,     ///< no entry point reaches it: no load
};

/// Numbers for people: plain ("7,144", "12.5") in machine and text formats, the user's locale in the GUI.
struct NumberFormat {
    QLocale locale = QLocale(QLocale::English, QLocale::UnitedStates);
    QString operator()(double value, int decimals = 0) const;
};

/// The sizing of one service for one load (today or at the horizon).
struct ServiceSizing {
    double peakRps = 0;
    double normalRps = 0;
    double busyCpus = 0;
    int neededAtPeak = 0;
    int neededNormally = 0;
    int minReplicas = 0;
    int maxReplicas = 0;
};

struct ServiceEstimate {
    QString componentId;
    LoadSource source = LoadSource::Propagated;
    double serviceTimeMs = 0;
    bool serviceTimeAssumed = false;  ///< not answered: kDefaultServiceTimeMs
    double cpusPerReplica = 0;
    int cpuTargetPercent = 0;
    int zones = 1;
    bool zonesAssumed = false;        ///< no availability zones drawn: kDefaultZones
    double peakMultiplier = 0;        ///< 0 = not answered (minimum from availability only)
    bool serverless = false;          ///< no replicas: maxReplicas is the concurrent executions
    ServiceSizing today;
    ServiceSizing horizon;            ///< at the growth horizon (= today without a growth answer)
    // The figures the design is sized for (the horizon's), kept flat for callers:
    double peakRps = 0;
    double busyCpus = 0;
    int neededAtPeak = 0;
    int neededNormally = 0;
    int minReplicas = 0;
    int maxReplicas = 0;
    std::optional<double> bandwidthMiBps; ///< peak rps x payload, when the payload is answered
    QStringList derivation;           ///< one step per line: how each figure follows (translated)
};

/// Data at the growth horizon: size now + growth per month x horizon months.
struct StorageEstimate {
    QString componentId;
    double sizeNowGb = 0;
    double growthGbPerMonth = 0;
    bool growthAnswered = false;      ///< answered, or derived from uploads
    int horizonMonths = 24;
    double after24MonthsGb = 0;       ///< at the horizon (24 months unless answered)
    std::optional<double> provisionedGb; ///< the design's storageGb, when the kind has one
    QStringList derivation;
};

/// A change to the design that makes it meet the answers.
struct Suggestion {
    QString itemId;
    QString key;      ///< property key
    QVariant current; ///< effective value now (stored or default)
    QVariant value;   ///< suggested (within the catalog's range)
    QString reason;   ///< translated
};

/// Where the design does not meet the answers, or an answer cannot be used.
struct CapacityWarning {
    QString itemId; ///< empty for the design as a whole
    QString message;
};

/// The user load from the general answers, today and at the horizon.
struct UserLoad {
    std::optional<double> normalConcurrent;
    std::optional<double> peakConcurrent;
    bool concurrencyDerived = false;  ///< from DAU x session / window (Little's law)
    double multiplier = 0;            ///< 0 = not answered
    double growth = 1;                ///< future DAU / DAU
    int horizonMonths = 24;
    std::optional<double> entryRps;        ///< today, at the peak
    std::optional<double> entryRpsHorizon; ///< at the horizon
    QStringList derivation;
};

struct CapacityEstimate {
    std::optional<double> peakRps;    ///< at each entry point, today (from the general answers)
    UserLoad users;
    std::map<QString, double> loads;  ///< component id -> peak requests (or messages)/s reaching it, today
    std::map<QString, LoadSource> loadSources; ///< component id -> where its load comes from
    std::vector<ServiceEstimate> services;
    std::vector<StorageEstimate> storage;
    std::vector<CapacityWarning> warnings;
    std::vector<Suggestion> suggestions;
    QStringList missingQuestions;     ///< general questions whose answers the estimate needs

    const ServiceEstimate *service(const QString &componentId) const;
};

constexpr double kDefaultServiceTimeMs = 100;
constexpr int kDefaultZones = 3;
constexpr double kStorageHeadroom = 1.25;
constexpr int kDefaultHorizonMonths = 24;
/// Restore speed assumed for checking a restore from backup against the RTO.
constexpr double kRestoreGbPerHour = 100;
/// Uploads are answered in MB (10^6 bytes, as people and cameras count them); storage is in GiB (2^30 bytes).
constexpr double kMbPerGib = 1073741824 / 1e6;

/// ceil(busyCpus / capacityPerReplica), at least 1; exact multiples do not round up; at most 1e9.
int replicasForLoad(double busyCpus, double capacityPerReplica);
/// The smallest total that still has `needed` replicas after losing the fullest of `zones` zones.
int replicasWithZoneHeadroom(int needed, int zones);
/// A non-negative double as a count: rounded up, NaN and negatives as 0, clamped to `limit`.
qint64 checkedCount(double value, qint64 limit = qint64(1) << 53);

/// The estimate from the design's answers and properties. `format` writes the figures in texts.
CapacityEstimate estimateCapacity(const Design &design, const Catalog &catalog, const NumberFormat &format = {});
/// The same, with the failure model the validator already built (entry points, graph).
CapacityEstimate estimateCapacity(const Design &design, const Catalog &catalog, const FailureModel &model,
                                  const NumberFormat &format = {});

/// A figure of the estimate for people: at most `decimals` places, no trailing zeros, grouped ("7,144", "12.5").
QString formatCapacityNumber(double value, int decimals = 0);

/// The design with the suggestions applied (what "Apply suggestions" does, without undo).
void applySuggestions(Design &design, const std::vector<Suggestion> &suggestions);

} // namespace sd
