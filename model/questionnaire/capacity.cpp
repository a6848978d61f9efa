// SPDX-License-Identifier: MIT
#include "capacity.h"

#include "dependencygraph.h"
#include "failuremodel.h"
#include "catalog.h"
#include "checkednumber.h"
#include "questions.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <limits>

namespace sd {

namespace {

/// Tolerance for ratios that are whole numbers on paper but not in floating point (35 / 0.7).
constexpr double kEpsilon = 1e-9;

QString componentAnswerId(const QString &componentId, const char *name)
{
    return QStringLiteral("component.%1.%2").arg(componentId, QLatin1String(name));
}

/// A number answer, or nothing (not answered, not a number, negative, not finite).
std::optional<double> plainNumber(const Design &design, const QString &questionId)
{
    const Answer *a = design.answer(questionId);
    if (!a)
        return std::nullopt;
    switch (a->value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Double: {
        bool ok = false;
        const double d = a->value.toDouble(&ok);
        if (ok && std::isfinite(d) && d >= 0)
            return d;
        return std::nullopt;
    }
    default:
        return std::nullopt;
    }
}

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

/// Minutes of a canonical time window "HH:MM-HH:MM[ zone]"; a window past midnight wraps.
std::optional<double> windowMinutes(const QString &window)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,2}):(\\d{2})-(\\d{1,2}):(\\d{2})"));
    const QRegularExpressionMatch m = re.match(window.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const int start = m.captured(1).toInt() * 60 + m.captured(2).toInt();
    int end = m.captured(3).toInt() * 60 + m.captured(4).toInt();
    if (end <= start)
        end += 24 * 60;
    return double(end - start);
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
    Estimator(const Design &design, const Catalog &catalog, const FailureModel &model, const NumberFormat &format,
              CapacityEstimate &result)
        : m_design(design), m_catalog(catalog), m_model(model), m_num(format), m_result(result)
    {
        for (Question &q : generalQuestions())
            m_general.emplace(q.id, std::move(q));
    }

    void run()
    {
        userLoad();
        m_multiplier = m_result.users.multiplier;
        m_growth = m_result.users.growth;
        m_slo = general("general.availability.slo");
        m_regionRpo = general("general.rpo.region");
        m_componentRpo = general("general.rpo.component");
        m_componentRto = general("general.rto.component");
        propagate();

        for (const Component &c : m_design.components()) {
            const KindSpec *kind = m_catalog.kind(c.kind);
            if (!kind)
                continue;
            if (kind->hasRole(QStringLiteral("compute")) && !kind->container)
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
    QString n(double value, int decimals = 0) const { return m_num(value, decimals); }

    QString nameOf(const QString &id) const
    {
        const Component *c = m_design.component(id);
        return c && !c->name.isEmpty() ? c->name : id;
    }

    /// A general answer checked against its question (range included): an implausible one is
    /// refused with a message and not used.
    std::optional<double> general(const char *questionId)
    {
        const QString id = QLatin1String(questionId);
        const Answer *a = m_design.answer(id);
        if (!a || !a->value.isValid() || a->value.isNull())
            return std::nullopt;
        const auto q = m_general.find(id);
        if (q == m_general.end())
            return plainNumber(m_design, id);
        QString problem;
        const QVariant v = normalizeAnswerValue(q->second, a->value, &problem);
        if (!v.isValid()) {
            m_result.warnings.push_back({{}, QCoreApplication::translate("Capacity", "answer not used: %1").arg(problem)});
            return std::nullopt;
        }
        if (v.typeId() == QMetaType::QVariantList) // a range: plan for its top
            return v.toList().last().toDouble();
        if (v.typeId() == QMetaType::QString)
            return std::nullopt;
        return v.toDouble();
    }

    void userLoad()
    {
        UserLoad &u = m_result.users;
        const auto dau = general("general.dau.now");
        const auto future = general("general.dau.future");
        const auto session = general("general.session.minutes");
        const auto concurrent = general("general.peak.concurrent");
        const auto perMinute = general("general.session.requestsPerMinute");
        const auto multiplier = general("general.peak.multiplier");
        const auto horizon = general("general.growth.horizonMonths");
        std::optional<double> window;
        if (const Answer *a = m_design.answer(QStringLiteral("general.peak.window")); a && a->value.typeId() == QMetaType::QString) {
            const auto q = m_general.find(QStringLiteral("general.peak.window"));
            QString problem;
            const QVariant v = normalizeAnswerValue(q->second, a->value, &problem);
            if (v.isValid())
                window = windowMinutes(v.toString());
            else
                m_result.warnings.push_back({{}, QCoreApplication::translate("Capacity", "answer not used: %1").arg(problem)});
        }
        u.multiplier = multiplier.value_or(0);
        u.horizonMonths = horizon ? int(checkedCount(*horizon, 1200)) : kDefaultHorizonMonths;
        if (u.horizonMonths <= 0)
            u.horizonMonths = kDefaultHorizonMonths;

        if (concurrent) {
            u.peakConcurrent = *concurrent;
            u.derivation.append(QCoreApplication::translate("Capacity", "%1 users at the same time at the peak (answered)").arg(n(*concurrent)));
            if (u.multiplier > 0)
                u.normalConcurrent = *concurrent / u.multiplier;
        } else if (dau && session && window && *window > 0) {
            // Little's law: users in the system = arrival rate (DAU over the window) x time each stays.
            const double normal = std::min(*dau, *dau * *session / *window);
            u.normalConcurrent = normal;
            u.concurrencyDerived = true;
            u.derivation.append(QCoreApplication::translate("Capacity", "%1 daily users x %2 min per session / %3 min peak window = %4 users at the same time (Little's law)")
                                    .arg(n(*dau), n(*session, 1), n(*window), n(normal, 1)));
            const double m = u.multiplier > 0 ? u.multiplier : 1;
            u.peakConcurrent = normal * m;
            if (u.multiplier > 0)
                u.derivation.append(QCoreApplication::translate("Capacity", "x %1 peak multiplier = %2 users at the same time at the peak").arg(n(m, 1), n(*u.peakConcurrent, 1)));
        } else {
            m_result.missingQuestions.append(QStringLiteral("general.peak.concurrent"));
            if (!dau || !session || !window) {
                QStringList open;
                if (!dau)
                    open.append(QStringLiteral("general.dau.now"));
                if (!session)
                    open.append(QStringLiteral("general.session.minutes"));
                if (!window)
                    open.append(QStringLiteral("general.peak.window"));
                u.derivation.append(QCoreApplication::translate("Capacity", "peak concurrent users: answer them, or derive them from %1").arg(open.join(QStringLiteral(", "))));
            }
        }
        if (!perMinute)
            m_result.missingQuestions.append(QStringLiteral("general.session.requestsPerMinute"));
        if (u.peakConcurrent && perMinute) {
            u.entryRps = *u.peakConcurrent * *perMinute / 60.0;
            u.derivation.append(QCoreApplication::translate("Capacity", "%1 users x %2 requests per minute / 60 = %3 req/s at each entry point")
                                    .arg(n(*u.peakConcurrent, 1), n(*perMinute, 1), n(*u.entryRps, 1)));
        }
        if (dau && future && *dau > 0) {
            const double ratio = *future / *dau;
            if (ratio >= 1) {
                u.growth = ratio;
                u.derivation.append(QCoreApplication::translate("Capacity", "growth: %1 daily users in %2 months / %3 today = x %4")
                                        .arg(n(*future)).arg(u.horizonMonths).arg(n(*dau), n(ratio, 2)));
            } else {
                m_result.warnings.push_back({{}, QCoreApplication::translate("Capacity", "the expected daily users (%1) are fewer than today's (%2): sized for today").arg(n(*future), n(*dau))});
            }
        }
        if (u.entryRps) {
            u.entryRpsHorizon = *u.entryRps * u.growth;
            m_result.peakRps = u.entryRps;
        }
    }

    // --- Load along the graph -------------------------------------------------------

    bool isScheduled(const Component &c, const KindSpec &kind) const
    {
        if (kind.hasRole(QStringLiteral("scheduled")))
            return true;
        return kind.property(QStringLiteral("trigger")) && m_catalog.value(kind, c.properties, QStringLiteral("trigger")).toString() == QLatin1String("schedule");
    }

    static bool isUserPopulation(const ComponentProfile &p)
    {
        return p.kind && p.kind->hasRole(QStringLiteral("entry")) && !p.kind->hasRole(QStringLiteral("third-party"));
    }

    double callsPerRequest(const Connection &c) const
    {
        if (c.callsPerRequest)
            return *c.callsPerRequest;
        const PropertySpec *spec = m_catalog.connectionProperty(QStringLiteral("callsPerRequest"));
        return spec ? spec->defaultValue.toDouble() : 1.0;
    }

    void propagate()
    {
        const auto &components = m_design.components();
        const size_t count = components.size();
        std::map<QString, size_t> index;
        for (size_t i = 0; i < count; ++i)
            index.emplace(components[i].id, i);
        struct Out {
            size_t to;
            double calls;
        };
        std::vector<std::vector<Out>> out(count);
        for (const Connection &c : m_design.connections()) {
            const auto from = index.find(c.from);
            const auto to = index.find(c.to);
            if (from != index.end() && to != index.end())
                out[from->second].push_back({to->second, callsPerRequest(c)});
        }

        // Fixed loads: entry points (the user peak), answered rates; scheduled jobs carry none.
        std::vector<std::optional<double>> fixed(count);
        std::vector<char> scheduled(count, 0), source(count, 0);
        std::vector<char> &entry = m_entry;
        entry.assign(count, 0);
        m_sources.assign(count, LoadSource::Unreached);
        // The user peak enters where the users are drawn; partner APIs, components marked "traffic
        // starts here" and public ones with nothing in front carry it only when no users are drawn
        // (otherwise each entry point would add the whole peak again).
        if (!m_model.candidateEntries()) {
            bool users = false;
            for (int v : m_model.entries())
                users = users || isUserPopulation(m_model.profile(v));
            for (int v : m_model.entries())
                if (!users || isUserPopulation(m_model.profile(v)))
                    entry[size_t(v)] = 1;
        }
        for (size_t i = 0; i < count; ++i) {
            const Component &c = components[i];
            const KindSpec *kind = m_catalog.kind(c.kind);
            if (kind && kind->hasRole(QStringLiteral("compute")) && isScheduled(c, *kind)) {
                scheduled[i] = 1;
                m_sources[i] = LoadSource::Schedule;
                continue;
            }
            if (const auto own = plainNumber(m_design, componentAnswerId(c.id, "service.peakRps"))) {
                fixed[i] = *own;
                m_sources[i] = LoadSource::ServiceAnswer;
            } else if (const auto rate = plainNumber(m_design, componentAnswerId(c.id, "queue.messagesPerSecond"))) {
                fixed[i] = *rate;
                m_sources[i] = LoadSource::ServiceAnswer;
            }
            source[i] = fixed[i].has_value() || entry[i];
        }

        // Walk from the sources; edges that close a cycle carry nothing (a callback is no new load).
        std::vector<char> state(count, 0); // 0 unseen, 1 on the stack, 2 done
        std::vector<std::vector<char>> keep(count);
        std::vector<size_t> order; // reverse post-order = topological order of the kept edges
        for (size_t i = 0; i < count; ++i)
            keep[i].assign(out[i].size(), 1);
        for (size_t s = 0; s < count; ++s) {
            if (!source[s] || state[s])
                continue;
            std::vector<std::pair<size_t, size_t>> stack{{s, 0}};
            state[s] = 1;
            while (!stack.empty()) {
                auto &[v, next] = stack.back();
                if (scheduled[v] || next >= out[v].size()) {
                    state[v] = 2;
                    order.push_back(v);
                    stack.pop_back();
                    continue;
                }
                const size_t e = next++;
                const size_t w = out[v][e].to;
                if (state[w] == 1)
                    keep[v][e] = 0;
                else if (state[w] == 0) {
                    state[w] = 1;
                    stack.push_back({w, 0});
                }
            }
        }
        std::reverse(order.begin(), order.end());
        m_reached.assign(count, 0);
        m_load.assign(count, std::nullopt);
        m_inflow.assign(count, {});
        std::vector<std::optional<double>> sum(count);
        std::vector<char> onlyQueues(count, 1), hasCaller(count, 0);
        for (size_t v : order) {
            m_reached[v] = 1;
            std::optional<double> load;
            if (fixed[v])
                load = fixed[v];
            else if (scheduled[v])
                load = 0.0;
            else {
                if (entry[v] && m_result.users.entryRps)
                    load = *m_result.users.entryRps;
                if (sum[v])
                    load = load.value_or(0) + *sum[v];
                if (!fixed[v])
                    m_sources[v] = (hasCaller[v] && onlyQueues[v] && !entry[v]) ? LoadSource::Queues : LoadSource::Propagated;
            }
            m_load[v] = load;
            if (scheduled[v])
                continue;
            const KindSpec *kind = m_catalog.kind(components[v].kind);
            const bool isQueue = kind && kind->hasRole(QStringLiteral("queue"));
            for (size_t e = 0; e < out[v].size(); ++e) {
                if (!keep[v][e])
                    continue;
                const size_t w = out[v][e].to;
                hasCaller[w] = 1;
                if (!isQueue)
                    onlyQueues[w] = 0;
                if (load) {
                    const double carried = *load * out[v][e].calls;
                    sum[w] = sum[w].value_or(0) + carried;
                    m_inflow[w].push_back({components[v].id, *load, out[v][e].calls});
                }
            }
        }
        for (size_t i = 0; i < count; ++i) {
            m_index.emplace(components[i].id, i);
            if (m_load[i])
                m_result.loads.emplace(components[i].id, *m_load[i]);
            m_result.loadSources.emplace(components[i].id, m_sources[i]);
        }
    }

    // --- Services ----------------------------------------------------------------------

    QVariant value(const Component &c, const KindSpec &kind, const char *key) const
    {
        return m_catalog.value(kind, c.properties, QLatin1String(key));
    }

    void warn(const Component &c, const QString &message)
    {
        m_result.warnings.push_back({c.id, QStringLiteral("%1: %2").arg(c.name.isEmpty() ? c.id : c.name, message)});
    }

    /// A suggestion within the catalog's range; a figure beyond it is clamped, with a warning.
    void suggest(const Component &c, const KindSpec &kind, const char *key, const QVariant &suggested, const QString &reason)
    {
        const PropertySpec *spec = kind.property(QLatin1String(key));
        if (!spec)
            return;
        QVariant wanted = suggested;
        if (spec->type == PropertyType::Int || spec->type == PropertyType::Float) {
            const double d = suggested.toDouble();
            if (spec->maximum && d > *spec->maximum) {
                wanted = spec->type == PropertyType::Int ? QVariant(qint64(*spec->maximum)) : QVariant(*spec->maximum);
                if (QLatin1String(key) == QLatin1String("storageGb"))
                    warn(c, QCoreApplication::translate("Capacity", "needs %1 GiB of storage: beyond one store; partition, archive or re-think").arg(n(d)));
                else if (QLatin1String(key) != QLatin1String("minReplicas"))
                    warn(c, QCoreApplication::translate("Capacity", "needs %1 replicas: beyond one deployment; shard or re-think").arg(n(d)));
            } else if (spec->minimum && d < *spec->minimum) {
                wanted = spec->type == PropertyType::Int ? QVariant(qint64(*spec->minimum)) : QVariant(*spec->minimum);
            }
        }
        const QVariant current = value(c, kind, key);
        if (current == wanted)
            return;
        for (const Suggestion &s : m_result.suggestions)
            if (s.itemId == c.id && s.key == QLatin1String(key))
                return; // two reasons for one change: the first one stands
        m_result.suggestions.push_back({c.id, QLatin1String(key), current, wanted, reason});
    }

    ServiceSizing size(double peakRps, double serviceTimeMs, double capacity, int zones, bool serverless) const
    {
        ServiceSizing s;
        s.peakRps = peakRps;
        s.busyCpus = peakRps * serviceTimeMs / 1000.0;
        if (serverless) {
            s.neededAtPeak = s.maxReplicas = peakRps > 0 ? replicasForLoad(s.busyCpus, 1.0) : 0;
            return s;
        }
        s.neededAtPeak = replicasForLoad(s.busyCpus, capacity);
        s.normalRps = m_multiplier > 0 ? peakRps / m_multiplier : 0;
        s.neededNormally = m_multiplier > 0 ? replicasForLoad(s.busyCpus / m_multiplier, capacity) : 1;
        s.maxReplicas = replicasWithZoneHeadroom(s.neededAtPeak, zones);
        const int floor = std::max(2, zones);
        s.minReplicas = std::min(s.maxReplicas, std::max(floor, replicasWithZoneHeadroom(s.neededNormally, zones)));
        s.maxReplicas = std::max(s.maxReplicas, s.minReplicas);
        return s;
    }

    QString loadLine(size_t v, double rps) const
    {
        switch (m_sources[v]) {
        case LoadSource::ServiceAnswer:
            return QCoreApplication::translate("Capacity", "%1 req/s at the peak (answered)").arg(n(rps, 1));
        case LoadSource::Schedule:
        case LoadSource::Unreached:
            return {};
        case LoadSource::Propagated:
        case LoadSource::Queues:
            break;
        }
        QStringList parts;
        if (m_entry[v] && m_result.users.entryRps)
            parts.append(QCoreApplication::translate("Capacity", "entry point: %1 req/s").arg(n(*m_result.users.entryRps, 1)));
        for (const Inflow &f : m_inflow[v])
            parts.append(QCoreApplication::translate("Capacity", "%1 %2 req/s x %3 calls per request").arg(nameOf(f.from), n(f.load, 1), n(f.calls, 2)));
        return QCoreApplication::translate("Capacity", "%1 = %2 req/s at the peak").arg(parts.join(QStringLiteral(" + ")), n(rps, 1));
    }

    void service(const Component &c, const KindSpec &kind)
    {
        const auto at = m_index.find(c.id);
        if (at == m_index.end())
            return;
        const size_t v = at->second;
        ServiceEstimate e;
        e.componentId = c.id;
        e.source = m_sources[v];
        e.serverless = kind.hasRole(QStringLiteral("serverless"));
        if (e.source == LoadSource::Schedule) {
            const QString schedule = kind.property(QStringLiteral("schedule")) ? value(c, kind, "schedule").toString() : QString();
            e.derivation.append(schedule.isEmpty() ? QCoreApplication::translate("Capacity", "runs on its schedule, one run at a time: the user load does not apply")
                                                   : QCoreApplication::translate("Capacity", "runs on its schedule (%1), one run at a time: the user load does not apply").arg(schedule));
            e.minReplicas = e.today.minReplicas = e.horizon.minReplicas = 0;
            e.maxReplicas = e.today.maxReplicas = e.horizon.maxReplicas = 1;
            e.neededAtPeak = e.today.neededAtPeak = e.horizon.neededAtPeak = 1;
            m_result.services.push_back(e);
            return;
        }
        if (!m_reached[v]) {
            e.source = LoadSource::Unreached;
            e.derivation.append(QCoreApplication::translate("Capacity", "no entry point reaches it and its own peak is not answered: no load (draw who calls it, or answer its peak)"));
            m_result.services.push_back(e);
            return;
        }
        if (!m_load[v])
            return; // reached, but the user load is not known yet: nothing to estimate from
        const double today = *m_load[v];
        const auto serviceTime = plainNumber(m_design, componentAnswerId(c.id, "service.serviceTimeMs"));
        e.serviceTimeMs = serviceTime.value_or(kDefaultServiceTimeMs);
        e.serviceTimeAssumed = !serviceTime;
        e.zones = zonesOf(m_design, m_catalog, c, &e.zonesAssumed, &m_regionZones);
        e.peakMultiplier = m_multiplier;
        if (!e.serverless) {
            if (kind.property(QStringLiteral("cpuRequest")))
                e.cpusPerReplica = value(c, kind, "cpuRequest").toDouble() / 1000.0;
            else
                e.cpusPerReplica = cpusOfInstanceSize(value(c, kind, "instanceSize").toString());
            e.cpuTargetPercent = kind.property(QStringLiteral("cpuTarget")) ? value(c, kind, "cpuTarget").toInt() : 70;
            if (e.cpuTargetPercent <= 0 || e.cpusPerReplica <= 0)
                return;
        }
        const double capacity = e.cpusPerReplica * e.cpuTargetPercent / 100.0;
        e.today = size(today, e.serviceTimeMs, capacity, e.zones, e.serverless);
        e.horizon = size(today * m_growth, e.serviceTimeMs, capacity, e.zones, e.serverless);
        e.peakRps = e.horizon.peakRps;
        e.busyCpus = e.horizon.busyCpus;
        e.neededAtPeak = e.horizon.neededAtPeak;
        e.neededNormally = e.horizon.neededNormally;
        e.maxReplicas = e.horizon.maxReplicas;
        // The minimum is what today's normal load needs; the maximum covers the horizon's peak.
        e.minReplicas = std::min(e.today.minReplicas, e.maxReplicas);
        if (const auto payload = plainNumber(m_design, componentAnswerId(c.id, "service.payloadKb")))
            e.bandwidthMiBps = e.peakRps * *payload / 1024.0;

        // How each figure follows, in the order a person checks it.
        e.derivation.append(loadLine(v, today));
        e.derivation.append(QCoreApplication::translate("Capacity", "%1 req/s x %2 ms CPU per request%3 = %4 CPUs busy")
                                .arg(n(today, 1), n(e.serviceTimeMs, 1), e.serviceTimeAssumed ? QCoreApplication::translate("Capacity", " (assumed)") : QString(), n(e.today.busyCpus, 2)));
        if (e.serverless) {
            e.derivation.append(QCoreApplication::translate("Capacity", "one execution per busy CPU: %1 concurrent executions").arg(n(e.today.maxReplicas)));
        } else {
            e.derivation.append(QCoreApplication::translate("Capacity", "%1 CPU per replica at %2 % target carries %3 CPU: %4 / %3 = %5 replicas")
                                    .arg(n(e.cpusPerReplica, 2)).arg(e.cpuTargetPercent).arg(n(capacity, 3), n(e.today.busyCpus, 2)).arg(n(e.today.neededAtPeak)));
            e.derivation.append(e.zones > 1 ? QCoreApplication::translate("Capacity", "%1 zones%2, room to lose one: %3 replicas at the peak")
                                                  .arg(e.zones).arg(e.zonesAssumed ? QCoreApplication::translate("Capacity", " (assumed)") : QString()).arg(n(e.today.maxReplicas))
                                            : QCoreApplication::translate("Capacity", "one zone, no room to lose it: %1 replicas at the peak").arg(n(e.today.maxReplicas)));
            if (m_multiplier > 0)
                e.derivation.append(QCoreApplication::translate("Capacity", "normal load %1 req/s (peak / %2): %3 replicas, at least %4 over the zones: minimum %5")
                                        .arg(n(e.today.normalRps, 1), n(m_multiplier, 1)).arg(n(e.today.neededNormally)).arg(std::max(2, e.zones)).arg(n(e.today.minReplicas)));
            else
                e.derivation.append(QCoreApplication::translate("Capacity", "peak multiplier not answered: minimum %1 for availability (at least one per zone and 2)").arg(n(e.today.minReplicas)));
        }
        if (m_growth > 1)
            e.derivation.append(QCoreApplication::translate("Capacity", "at the horizon (x %1 in %2 months): %3 req/s, %4 CPUs busy, %5 to %6 replicas")
                                    .arg(n(m_growth, 2)).arg(m_result.users.horizonMonths)
                                    .arg(n(e.horizon.peakRps, 1), n(e.horizon.busyCpus, 2), n(e.minReplicas), n(e.maxReplicas)));
        if (e.bandwidthMiBps)
            e.derivation.append(QCoreApplication::translate("Capacity", "%1 req/s x %2 KiB per request = %3 MiB/s of network at the peak")
                                    .arg(n(e.peakRps, 1), n(*plainNumber(m_design, componentAnswerId(c.id, "service.payloadKb")), 1), n(*e.bandwidthMiBps, 1)));
        m_result.services.push_back(e);
        if (e.serverless)
            return;

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
                            .arg(n(max), n(e.maxReplicas)));
        } else {
            const int replicas = value(c, kind, "replicas").toInt();
            if (replicas < e.maxReplicas)
                warn(c, (headroom ? QCoreApplication::translate("Capacity", "a fixed replica count of %1 cannot carry the peak, which needs %2 with room to lose a zone")
                                  : QCoreApplication::translate("Capacity", "a fixed replica count of %1 cannot carry the peak, which needs %2"))
                            .arg(n(replicas), n(e.maxReplicas)));
        }
        const QString why = e.derivation.join(QStringLiteral("; "));
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

    void gateway(const Component &c, const KindSpec &kind)
    {
        const auto at = m_index.find(c.id);
        if (at == m_index.end() || !m_load[at->second] || !kind.property(QStringLiteral("rateLimitRps")))
            return;
        const double peak = *m_load[at->second] * m_growth;
        const double limit = value(c, kind, "rateLimitRps").toDouble();
        if (limit <= 0 || limit >= peak)
            return;
        warn(c, QCoreApplication::translate("Capacity", "its rate limit of %1 req/s throttles the expected peak of %2 req/s").arg(n(limit), n(peak, 1)));
        const qint64 suggested = checkedCount(peak * 1.25 / 100.0 - kEpsilon, qint64(1) << 40) * 100;
        suggest(c, kind, "rateLimitRps", suggested, QCoreApplication::translate("Capacity", "25 % above the expected peak, rounded up to 100"));
    }

    void dataStore(const Component &c, const KindSpec &kind)
    {
        const auto at = m_index.find(c.id);
        const bool reached = at != m_index.end() && m_reached[at->second];
        const auto size = plainNumber(m_design, componentAnswerId(c.id, "data.sizeNow"));
        auto growth = plainNumber(m_design, componentAnswerId(c.id, "data.growthPerMonth"));
        QStringList derivation;
        if (!growth && reached && c.kind == QLatin1String("object-storage")) {
            // Uploads: daily users x uploads per user per day x size x 30 days; the users grow
            // linearly to the horizon, so their average over it is (today + horizon) / 2.
            const auto dau = general("general.dau.now");
            const auto perDay = general("general.uploads.perUserPerDay");
            const auto mb = general("general.uploads.sizeMb");
            if (dau && perDay && mb) {
                const double users = *dau * (1 + m_growth) / 2;
                growth = users * *perDay * *mb * 30 / kMbPerGib;
                derivation.append(QCoreApplication::translate("Capacity", "%1 daily users on average to the horizon x %2 uploads per day x %3 MB x 30 days / %4 MB per GiB = %5 GiB per month")
                                      .arg(n(users), n(*perDay, 2), n(*mb, 1), n(kMbPerGib, 2), n(*growth, 1)));
            }
        }
        if (size || growth) {
            StorageEstimate s;
            s.componentId = c.id;
            s.sizeNowGb = size.value_or(0);
            s.growthAnswered = growth.has_value();
            s.growthGbPerMonth = growth.value_or(0);
            s.horizonMonths = m_result.users.horizonMonths;
            s.after24MonthsGb = s.sizeNowGb + s.horizonMonths * s.growthGbPerMonth;
            derivation.append(QCoreApplication::translate("Capacity", "%1 GiB today + %2 months x %3 GiB = %4 GiB")
                                  .arg(n(s.sizeNowGb, 1)).arg(s.horizonMonths).arg(n(s.growthGbPerMonth, 1), n(s.after24MonthsGb, 1)));
            s.derivation = derivation;
            if (kind.property(QStringLiteral("storageGb")))
                s.provisionedGb = value(c, kind, "storageGb").toDouble();
            m_result.storage.push_back(s);
            if (s.provisionedGb && *s.provisionedGb < s.after24MonthsGb) {
                warn(c, QCoreApplication::translate("Capacity", "%1 GiB of storage is less than the %2 GiB expected after %3 months")
                            .arg(n(*s.provisionedGb), n(s.after24MonthsGb, 1)).arg(s.horizonMonths));
                suggest(c, kind, "storageGb", checkedCount(s.after24MonthsGb * kStorageHeadroom - kEpsilon),
                        QCoreApplication::translate("Capacity", "the size after %1 months plus 25 %").arg(s.horizonMonths));
            }
        }
        if (m_slo && *m_slo >= 99.9 && kind.property(QStringLiteral("multiAz")) && !value(c, kind, "multiAz").toBool()
            && value(c, kind, "replicas").toInt() < 2) {
            warn(c, QCoreApplication::translate("Capacity", "a single copy in one zone cannot meet the %1 % availability target").arg(n(*m_slo, 3)));
            suggest(c, kind, "multiAz", true, QCoreApplication::translate("Capacity", "a standby in another zone takes over automatically"));
        }
        // Recovery point: how much recent data may be lost when this store fails.
        auto rpo = plainNumber(m_design, componentAnswerId(c.id, "data.rpoMinutes"));
        if (!rpo)
            rpo = m_componentRpo;
        if (rpo && kind.property(QStringLiteral("backups")) && !value(c, kind, "backups").toBool() && *rpo < 24 * 60) {
            warn(c, QCoreApplication::translate("Capacity", "without backups, losing it loses everything; the recovery point allows %1 minutes").arg(n(*rpo)));
            suggest(c, kind, "backups", true, QCoreApplication::translate("Capacity", "point-in-time recovery keeps the loss to minutes, within the %1 minutes allowed").arg(n(*rpo)));
        }
        if (rpo && *rpo < 5 && kind.property(QStringLiteral("multiAz")) && !value(c, kind, "multiAz").toBool())
            suggest(c, kind, "multiAz", true, QCoreApplication::translate("Capacity", "below 5 minutes of loss needs a synchronous standby; backups lose up to 5 minutes"));
        // Recovery time: a restore from backup must fit in it, or a standby must take over.
        if (m_componentRto && kind.property(QStringLiteral("multiAz")) && !value(c, kind, "multiAz").toBool()) {
            const double sizeGb = size.value_or(0) + m_result.users.horizonMonths * growth.value_or(0);
            const double hours = sizeGb / kRestoreGbPerHour;
            if (hours * 60 > *m_componentRto) {
                warn(c, QCoreApplication::translate("Capacity", "restoring %1 GiB at about %2 GiB per hour takes %3 h, longer than the %4 minutes it may be down")
                            .arg(n(sizeGb), n(kRestoreGbPerHour), n(hours, 1), n(*m_componentRto)));
                suggest(c, kind, "multiAz", true, QCoreApplication::translate("Capacity", "a standby takes over in minutes instead of a restore of hours"));
            }
        }
        if (m_regionRpo && kind.property(QStringLiteral("crossRegionReplica"))
            && !value(c, kind, "crossRegionReplica").toBool()) {
            warn(c, QCoreApplication::translate("Capacity", "without a copy in another region, losing the region loses more than the %1 minutes of data allowed").arg(n(*m_regionRpo)));
        }
    }

    void thirdParty(const Component &c)
    {
        const auto sla = plainNumber(m_design, componentAnswerId(c.id, "thirdParty.slaPercent"));
        const Answer *fallback = m_design.answer(componentAnswerId(c.id, "thirdParty.fallback"));
        if (m_slo && sla && *sla < *m_slo && !(fallback && fallback->value.isValid()))
            warn(c, QCoreApplication::translate("Capacity", "its SLA of %1 % is below the %2 % target and there is no fallback").arg(n(*sla, 3), n(*m_slo, 3)));
    }

    struct Inflow {
        QString from;
        double load;
        double calls;
    };

    const Design &m_design;
    const Catalog &m_catalog;
    const FailureModel &m_model;
    const NumberFormat &m_num;
    CapacityEstimate &m_result;
    std::map<QString, Question> m_general;
    double m_multiplier = 0;
    double m_growth = 1;
    std::optional<double> m_slo;
    std::optional<double> m_regionRpo;
    std::optional<double> m_componentRpo;
    std::optional<double> m_componentRto;
    std::map<QString, size_t> m_index;                ///< component id -> position in the design
    std::vector<std::optional<double>> m_load;        ///< peak load today, when known
    std::vector<LoadSource> m_sources;
    std::vector<char> m_reached;
    std::vector<char> m_entry;                        ///< where the user peak enters
    std::vector<std::vector<Inflow>> m_inflow;        ///< what each caller carries to a component
    std::map<QString, int> m_regionZones;             ///< region id -> availability zones drawn in it
};

} // namespace

QString NumberFormat::operator()(double value, int decimals) const
{
    if (!std::isfinite(value))
        return locale.toString(value);
    QString text = locale.toString(value, 'f', decimals);
    const QString point = locale.decimalPoint();
    if (decimals > 0 && text.contains(point)) {
        const QString zero = locale.zeroDigit();
        while (text.endsWith(zero))
            text.chop(zero.size());
        if (text.endsWith(point))
            text.chop(point.size());
    }
    return text;
}

const ServiceEstimate *CapacityEstimate::service(const QString &componentId) const
{
    for (const ServiceEstimate &s : services)
        if (s.componentId == componentId)
            return &s;
    return nullptr;
}

int replicasForLoad(double busyCpus, double capacityPerReplica)
{
    if (capacityPerReplica <= 0 || !std::isfinite(busyCpus) || busyCpus <= 0)
        return 1;
    const double ratio = busyCpus / capacityPerReplica;
    if (!std::isfinite(ratio) || ratio > 1e9)
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

qint64 checkedCount(double value, qint64 limit)
{
    // Rounded up, through the one checked float-to-int conversion; NaN and negatives count as none.
    return sd::clampedInt64(std::ceil(value), 0, limit).value_or(0);
}

CapacityEstimate estimateCapacity(const Design &design, const Catalog &catalog, const FailureModel &model, const NumberFormat &format)
{
    CapacityEstimate result;
    Estimator(design, catalog, model, format, result).run();
    return result;
}

CapacityEstimate estimateCapacity(const Design &design, const Catalog &catalog, const NumberFormat &format)
{
    const DependencyGraph graph = DependencyGraph::fromDesign(design);
    const FailureModel model(design, catalog, graph);
    return estimateCapacity(design, catalog, model, format);
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
    return NumberFormat{}(value, decimals);
}

} // namespace sd
