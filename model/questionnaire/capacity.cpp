// SPDX-License-Identifier: MIT
#include "capacity.h"

#include "catalog.h"
#include "questions.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <map>

namespace sd {

namespace {

/// Tolerance for ratios that are whole numbers on paper but not in floating point (35 / 0.7).
constexpr double kEpsilon = 1e-9;

std::optional<double> answeredNumber(const Design &design, const QString &questionId)
{
    const Answer *a = design.answer(questionId);
    if (!a)
        return std::nullopt;
    bool ok = false;
    switch (a->value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Double: {
        const double d = a->value.toDouble(&ok);
        if (ok && std::isfinite(d) && d >= 0)
            return d;
        return std::nullopt;
    }
    default:
        return std::nullopt;
    }
}

QString componentAnswerId(const QString &componentId, const char *name)
{
    return QStringLiteral("component.%1.%2").arg(componentId, QLatin1String(name));
}

/// At most `decimals` decimals, without trailing zeros: "540", "3.6".

/// CPUs of one instance of a size class (virtual machines have no CPU request).
double cpusOfInstanceSize(const QString &size)
{
    if (size == QLatin1String("small"))
        return 1;
    if (size == QLatin1String("large"))
        return 4;
    if (size == QLatin1String("xlarge"))
        return 8;
    if (size == QLatin1String("2xlarge"))
        return 16;
    return 2; // medium
}

/// Availability zones a component spreads over: 1 inside one zone, the zones drawn in its
/// region otherwise, or the usual three when none are drawn.
int zonesOf(const Design &design, const Catalog &catalog, const Component &component, bool *assumed,
            std::map<QString, int> *regionZones)
{
    *assumed = false;
    QString region;
    for (QString id = component.zone; !id.isEmpty();) {
        const Zone *z = design.zone(id);
        if (!z)
            break;
        const KindSpec *kind = catalog.kind(z->kind);
        if (kind && kind->hasRole(QStringLiteral("availability-zone")))
            return 1;
        if (kind && kind->hasRole(QStringLiteral("region")) && region.isEmpty())
            region = z->id;
        id = z->parent;
    }
    int count = 0;
    if (!region.isEmpty()) {
        const auto cached = regionZones->find(region);
        if (cached != regionZones->end()) {
            count = cached->second;
        } else {
            for (const Zone &z : design.zones()) {
                const KindSpec *kind = catalog.kind(z.kind);
                if (kind && kind->hasRole(QStringLiteral("availability-zone")) && design.isInsideZone(z.id, region))
                    ++count;
            }
            regionZones->emplace(region, count);
        }
    }
    if (count > 0)
        return count;
    *assumed = true;
    return kDefaultZones;
}

class Estimator
{
public:
    Estimator(const Design &design, const Catalog &catalog, CapacityEstimate &result)
        : m_design(design), m_catalog(catalog), m_result(result)
    {
    }

    void run()
    {
        const auto users = answeredNumber(m_design, QStringLiteral("general.peak.concurrent"));
        const auto perMinute = answeredNumber(m_design, QStringLiteral("general.session.requestsPerMinute"));
        if (!users)
            m_result.missingQuestions.append(QStringLiteral("general.peak.concurrent"));
        if (!perMinute)
            m_result.missingQuestions.append(QStringLiteral("general.session.requestsPerMinute"));
        if (users && perMinute)
            m_result.peakRps = *users * *perMinute / 60.0;
        m_multiplier = answeredNumber(m_design, QStringLiteral("general.peak.multiplier")).value_or(0);
        if (m_multiplier < 1)
            m_multiplier = 0;
        m_slo = answeredNumber(m_design, QStringLiteral("general.availability.slo"));
        m_regionRpo = answeredNumber(m_design, QStringLiteral("general.rpo.region"));
        for (const Connection &c : m_design.connections())
            m_callers[c.to].push_back(c.from);

        for (const Component &c : m_design.components()) {
            const KindSpec *kind = m_catalog.kind(c.kind);
            if (!kind)
                continue;
            if (kind->hasRole(QStringLiteral("compute")) && !kind->hasRole(QStringLiteral("scheduled")) && !kind->container)
                service(c, *kind);
            if (kind->hasRole(QStringLiteral("gateway")))
                gateway(c, *kind);
            if (kind->hasRole(QStringLiteral("datastore")))
                dataStore(c, *kind);
            if (kind->hasRole(QStringLiteral("third-party")) && !kind->hasRole(QStringLiteral("entry")))
                thirdParty(c);
        }
    }

private:
    QVariant value(const Component &c, const KindSpec &kind, const char *key) const
    {
        return m_catalog.value(kind, c.properties, QLatin1String(key));
    }

    void warn(const Component &c, const QString &message)
    {
        m_result.warnings.push_back({c.id, QStringLiteral("%1: %2").arg(c.name.isEmpty() ? c.id : c.name, message)});
    }

    void suggest(const Component &c, const KindSpec &kind, const char *key, const QVariant &suggested, const QString &reason)
    {
        if (!kind.property(QLatin1String(key)))
            return;
        const QVariant current = value(c, kind, key);
        if (current == suggested)
            return;
        m_result.suggestions.push_back({c.id, QLatin1String(key), current, suggested, reason});
    }

    void service(const Component &c, const KindSpec &kind)
    {
        ServiceEstimate e;
        e.componentId = c.id;
        e.serverless = kind.hasRole(QStringLiteral("serverless"));
        if (const auto own = answeredNumber(m_design, componentAnswerId(c.id, "service.peakRps"))) {
            e.peakRps = *own;
            e.source = LoadSource::ServiceAnswer;
        } else if (const auto fed = queueLoad(c, kind)) {
            e.peakRps = *fed;
            e.source = LoadSource::Queues;
        } else if (m_result.peakRps) {
            e.peakRps = *m_result.peakRps;
        } else {
            return; // nothing to estimate from
        }
        const auto serviceTime = answeredNumber(m_design, componentAnswerId(c.id, "service.serviceTimeMs"));
        e.serviceTimeMs = serviceTime.value_or(kDefaultServiceTimeMs);
        e.serviceTimeAssumed = !serviceTime;
        e.busyCpus = e.peakRps * e.serviceTimeMs / 1000.0;
        e.zones = zonesOf(m_design, m_catalog, c, &e.zonesAssumed, &m_regionZones);
        e.peakMultiplier = m_multiplier;

        if (e.serverless) {
            e.neededAtPeak = e.maxReplicas = replicasForLoad(e.busyCpus, 1.0);
            m_result.services.push_back(e);
            return;
        }
        if (kind.property(QStringLiteral("cpuRequest")))
            e.cpusPerReplica = value(c, kind, "cpuRequest").toDouble() / 1000.0;
        else
            e.cpusPerReplica = cpusOfInstanceSize(value(c, kind, "instanceSize").toString());
        e.cpuTargetPercent = kind.property(QStringLiteral("cpuTarget")) ? value(c, kind, "cpuTarget").toInt() : 70;
        if (e.cpuTargetPercent <= 0 || e.cpusPerReplica <= 0)
            return;
        const double capacity = e.cpusPerReplica * e.cpuTargetPercent / 100.0;
        e.neededAtPeak = replicasForLoad(e.busyCpus, capacity);
        e.neededNormally = m_multiplier > 0 ? replicasForLoad(e.busyCpus / m_multiplier, capacity) : 1;
        e.maxReplicas = replicasWithZoneHeadroom(e.neededAtPeak, e.zones);
        const int floor = std::max(2, e.zones);
        e.minReplicas = std::min(e.maxReplicas, std::max(floor, replicasWithZoneHeadroom(e.neededNormally, e.zones)));
        e.maxReplicas = std::max(e.maxReplicas, e.minReplicas);
        m_result.services.push_back(e);

        if (e.zones == 1 && !e.zonesAssumed)
            warn(c, QCoreApplication::translate("Capacity", "it runs in a single availability zone; losing that zone stops it"));
        const bool hasAutoscaling = kind.property(QStringLiteral("autoscaling")) != nullptr;
        const bool autoscaling = hasAutoscaling && value(c, kind, "autoscaling").toBool();
        const bool headroom = e.zones > 1;
        if (autoscaling) {
            const int max = value(c, kind, "maxReplicas").toInt();
            if (max < e.maxReplicas)
                warn(c, (headroom ? QCoreApplication::translate("Capacity", "autoscaling stops at %1 replicas, below the %2 the peak needs with room to lose a zone")
                                  : QCoreApplication::translate("Capacity", "autoscaling stops at %1 replicas, below the %2 the peak needs"))
                            .arg(max).arg(e.maxReplicas));
        } else {
            const int replicas = value(c, kind, "replicas").toInt();
            if (replicas < e.maxReplicas)
                warn(c, (headroom ? QCoreApplication::translate("Capacity", "a fixed replica count of %1 cannot carry the peak, which needs %2 with room to lose a zone")
                                  : QCoreApplication::translate("Capacity", "a fixed replica count of %1 cannot carry the peak, which needs %2"))
                            .arg(replicas).arg(e.maxReplicas));
        }
        const QString why = QCoreApplication::translate("Capacity", "%1 req/s x %2 ms = %3 CPUs busy at the peak; %4 CPU per replica at %5 % target; zones: %6")
                                .arg(formatCapacityNumber(e.peakRps, 1), formatCapacityNumber(e.serviceTimeMs), formatCapacityNumber(e.busyCpus, 2),
                                     formatCapacityNumber(e.cpusPerReplica, 2)).arg(e.cpuTargetPercent).arg(e.zones);
        // Suggestions only raise what is too low; a design that provides more keeps it.
        auto raise = [&](const char *key, int wanted, const QString &reason) {
            if (value(c, kind, key).toInt() < wanted)
                suggest(c, kind, key, qint64(wanted), reason);
        };
        if (hasAutoscaling && (autoscaling || e.maxReplicas > e.minReplicas)) {
            suggest(c, kind, "autoscaling", true, QCoreApplication::translate("Capacity", "follow the load between normal and peak"));
            raise("minReplicas", e.minReplicas, why);
            raise("maxReplicas", e.maxReplicas, why);
            raise("replicas", e.minReplicas, QCoreApplication::translate("Capacity", "start with the autoscaling minimum"));
        } else {
            raise("replicas", e.maxReplicas, why);
        }
    }

    /// For a consumer fed only by queues (not an entry point): the answered message rates of those queues.
    std::optional<double> queueLoad(const Component &c, const KindSpec &kind) const
    {
        if (kind.property(QStringLiteral("entryPoint")) && value(c, kind, "entryPoint").toBool())
            return std::nullopt;
        const auto callers = m_callers.find(c.id);
        if (callers == m_callers.end())
            return std::nullopt;
        double total = 0;
        bool answered = false;
        for (const QString &from : callers->second) {
            const Component *source = m_design.component(from);
            const KindSpec *sourceKind = source ? m_catalog.kind(source->kind) : nullptr;
            if (!sourceKind || !sourceKind->hasRole(QStringLiteral("queue")))
                return std::nullopt; // also called directly: the user load applies
            if (const auto rate = answeredNumber(m_design, componentAnswerId(from, "queue.messagesPerSecond"))) {
                total += *rate;
                answered = true;
            }
        }
        return answered ? std::optional<double>(total) : std::nullopt;
    }

    void gateway(const Component &c, const KindSpec &kind)
    {
        if (!m_result.peakRps || !kind.property(QStringLiteral("rateLimitRps")))
            return;
        const double limit = value(c, kind, "rateLimitRps").toDouble();
        if (limit <= 0 || limit >= *m_result.peakRps)
            return;
        warn(c, QCoreApplication::translate("Capacity", "its rate limit of %1 req/s throttles the expected peak of %2 req/s").arg(formatCapacityNumber(limit), formatCapacityNumber(*m_result.peakRps)));
        const qint64 suggested = qint64(std::ceil(*m_result.peakRps * 1.25 / 100.0 - kEpsilon)) * 100;
        suggest(c, kind, "rateLimitRps", suggested, QCoreApplication::translate("Capacity", "25 % above the expected peak, rounded up to 100"));
    }

    void dataStore(const Component &c, const KindSpec &kind)
    {
        const auto size = answeredNumber(m_design, componentAnswerId(c.id, "data.sizeNow"));
        if (size) {
            StorageEstimate s;
            s.componentId = c.id;
            s.sizeNowGb = *size;
            const auto growth = answeredNumber(m_design, componentAnswerId(c.id, "data.growthPerMonth"));
            s.growthAnswered = growth.has_value();
            s.growthGbPerMonth = growth.value_or(0);
            s.after24MonthsGb = s.sizeNowGb + 24 * s.growthGbPerMonth;
            if (kind.property(QStringLiteral("storageGb")))
                s.provisionedGb = value(c, kind, "storageGb").toDouble();
            m_result.storage.push_back(s);
            if (s.provisionedGb && *s.provisionedGb < s.after24MonthsGb) {
                warn(c, QCoreApplication::translate("Capacity", "%1 GiB of storage is less than the %2 GiB expected after 24 months")
                            .arg(formatCapacityNumber(*s.provisionedGb), formatCapacityNumber(s.after24MonthsGb, 1)));
                suggest(c, kind, "storageGb", qint64(std::ceil(s.after24MonthsGb * kStorageHeadroom - kEpsilon)),
                        QCoreApplication::translate("Capacity", "the size after 24 months plus 25 %"));
            }
        }
        if (m_slo && *m_slo >= 99.9 && kind.property(QStringLiteral("multiAz")) && !value(c, kind, "multiAz").toBool()
            && value(c, kind, "replicas").toInt() < 2) {
            warn(c, QCoreApplication::translate("Capacity", "a single copy in one zone cannot meet the %1 % availability target").arg(QString::number(*m_slo)));
            suggest(c, kind, "multiAz", true, QCoreApplication::translate("Capacity", "a standby in another zone takes over automatically"));
        }
        if (m_regionRpo && kind.property(QStringLiteral("crossRegionReplica"))
            && !value(c, kind, "crossRegionReplica").toBool()) {
            warn(c, QCoreApplication::translate("Capacity", "without a copy in another region, losing the region loses more than the %1 minutes of data allowed")
                        .arg(QString::number(*m_regionRpo)));
        }
    }

    void thirdParty(const Component &c)
    {
        const auto sla = answeredNumber(m_design, componentAnswerId(c.id, "thirdParty.slaPercent"));
        const Answer *fallback = m_design.answer(componentAnswerId(c.id, "thirdParty.fallback"));
        if (m_slo && sla && *sla < *m_slo && !(fallback && fallback->value.isValid()))
            warn(c, QCoreApplication::translate("Capacity", "its SLA of %1 % is below the %2 % target and there is no fallback")
                        .arg(QString::number(*sla), QString::number(*m_slo)));
    }

    const Design &m_design;
    const Catalog &m_catalog;
    CapacityEstimate &m_result;
    double m_multiplier = 0;
    std::optional<double> m_slo;
    std::optional<double> m_regionRpo;
    std::map<QString, std::vector<QString>> m_callers; ///< component id -> ids that call it
    std::map<QString, int> m_regionZones;              ///< region id -> availability zones drawn in it
};

} // namespace

int replicasForLoad(double busyCpus, double capacityPerReplica)
{
    if (capacityPerReplica <= 0 || !std::isfinite(busyCpus) || busyCpus <= 0)
        return 1;
    const double ratio = busyCpus / capacityPerReplica;
    if (ratio > 1e9)
        return 1000000000;
    return std::max(1, int(std::ceil(ratio - kEpsilon * std::max(1.0, ratio))));
}

int replicasWithZoneHeadroom(int needed, int zones)
{
    if (zones <= 1 || needed <= 0)
        return std::max(needed, 0);
    // Losing the fullest zone removes ceil(T / zones) of T evenly spread replicas.
    auto survives = [&](long long total) { return total - (total + zones - 1) / zones >= needed; };
    long long total = std::max<long long>(needed, (static_cast<long long>(needed) * zones) / (zones - 1) - 1);
    while (!survives(total))
        ++total;
    return int(std::min<long long>(total, 2000000000));
}

CapacityEstimate estimateCapacity(const Design &design, const Catalog &catalog)
{
    CapacityEstimate result;
    Estimator(design, catalog, result).run();
    return result;
}

void applySuggestions(Design &design, const std::vector<Suggestion> &suggestions)
{
    for (const Suggestion &s : suggestions) {
        if (Component *c = design.mutableComponent(s.itemId))
            c->properties.insert(s.key, s.value);
        else if (Zone *z = design.mutableZone(s.itemId))
            z->properties.insert(s.key, s.value);
    }
}

QString formatCapacityNumber(double value, int decimals)
{
    QString text = QString::number(value, 'f', decimals);
    if (text.contains(QLatin1Char('.'))) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
    }
    return text;
}

} // namespace sd
