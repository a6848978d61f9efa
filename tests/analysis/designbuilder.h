// SPDX-License-Identifier: MIT
// Designs for the analysis tests, built tersely (tst_validation, tst_fixes).
#pragma once

#include "design.h"

#include <map>

namespace sd::test {

/// Builds designs tersely. Property values use the loader's types (qint64, bool, QString).
class Builder
{
public:
    Builder()
    {
        d.name = QStringLiteral("Test");
        d.metadata[QStringLiteral("stage")] = QStringLiteral("production");
        zone(QStringLiteral("aws"), QStringLiteral("cloud"), {}, {{QStringLiteral("provider"), QStringLiteral("aws")}});
        zone(QStringLiteral("r1"), QStringLiteral("region"), QStringLiteral("aws"),
             {{QStringLiteral("region"), QStringLiteral("eu-west-1")}});
        zone(QStringLiteral("az-a"), QStringLiteral("availability-zone"), QStringLiteral("r1"),
             {{QStringLiteral("zone"), QStringLiteral("eu-west-1a")}});
        zone(QStringLiteral("az-b"), QStringLiteral("availability-zone"), QStringLiteral("r1"),
             {{QStringLiteral("zone"), QStringLiteral("eu-west-1b")}});
    }

    /// The well-designed base: users -> WAF -> multi-AZ LB -> 3 API replicas -> multi-AZ DB, observed and alerting.
    static Builder good()
    {
        Builder b;
        b.comp("users", "users", "")
            .comp("waf", "waf", "r1")
            .comp("lb", "load-balancer", "r1", {{"multiAz", true}, {"public", true}})
            .comp("api", "microservice", "r1",
                  {{"replicas", qint64(3)}, {"cpuRequest", qint64(500)}, {"image", QStringLiteral("registry.example.com/api:1.0")}})
            .comp("db", "relational-database", "r1", {{"multiAz", true}, {"backupRetentionDays", qint64(14)}})
            .comp("metrics", "metrics", "r1", {{"replicas", qint64(2)}})
            .comp("logs", "logging", "r1", {{"replicas", qint64(2)}})
            .comp("alerts", "alerting", "")
            .conn("users", "waf")
            .conn("waf", "lb")
            .conn("lb", "api")
            .conn("api", "db")
            .conn("api", "metrics", true)
            .conn("api", "logs", true)
            .conn("metrics", "alerts", true);
        return b;
    }

    Builder &zone(const QString &id, const QString &kind, const QString &parent, const QVariantMap &props)
    {
        Zone z;
        z.id = id;
        z.kind = kind;
        z.name = id;
        z.parent = parent;
        z.properties = props;
        if (!d.addZone(z))
            qFatal("cannot add zone %s", qPrintable(id));
        return *this;
    }
    Builder &comp(const char *id, const char *kind, const char *zone, const std::map<const char *, QVariant> &props = {})
    {
        Component c;
        c.id = QString::fromLatin1(id);
        c.kind = QString::fromLatin1(kind);
        c.name = c.id;
        c.zone = QString::fromLatin1(zone);
        for (const auto &[key, value] : props)
            c.properties.insert(QString::fromLatin1(key), value);
        if (!d.addComponent(c))
            qFatal("cannot add component %s", id);
        return *this;
    }
    Builder &conn(const char *from, const char *to, bool async = false)
    {
        Connection c;
        c.id = QStringLiteral("%1-to-%2").arg(QLatin1String(from), QLatin1String(to));
        c.from = QString::fromLatin1(from);
        c.to = QString::fromLatin1(to);
        c.protocol = QStringLiteral("https");
        c.mode = async ? ConnectionMode::Async : ConnectionMode::Sync;
        if (!d.addConnection(c))
            qFatal("cannot connect %s to %s", from, to);
        return *this;
    }
    Builder &drop(const char *from, const char *to)
    {
        if (!d.removeConnection(QStringLiteral("%1-to-%2").arg(QLatin1String(from), QLatin1String(to))))
            qFatal("no connection %s to %s", from, to);
        return *this;
    }
    /// Removes a component with its connections.
    Builder &remove(const char *id)
    {
        for (const QString &c : d.connectionsOf(QString::fromLatin1(id)))
            d.removeConnection(c);
        if (!d.removeComponent(QString::fromLatin1(id)))
            qFatal("cannot remove %s", id);
        return *this;
    }
    Builder &set(const char *id, const char *key, const QVariant &value)
    {
        d.mutableComponent(QString::fromLatin1(id))->properties.insert(QString::fromLatin1(key), value);
        return *this;
    }
    Builder &unset(const char *id, const char *key)
    {
        d.mutableComponent(QString::fromLatin1(id))->properties.remove(QString::fromLatin1(key));
        return *this;
    }
    Builder &move(const char *id, const char *zone)
    {
        d.mutableComponent(QString::fromLatin1(id))->zone = QString::fromLatin1(zone);
        return *this;
    }
    Builder &answer(const char *question, const QVariant &value)
    {
        d.setAnswer({QString::fromLatin1(question), value, {}});
        return *this;
    }
    /// A full second stack in another region (and optionally another provider), reached by the same users.
    Builder &secondStack(const char *provider)
    {
        const QString cloud = QString::fromLatin1(provider) == QLatin1String("aws") ? QStringLiteral("aws")
                                                                                   : QStringLiteral("cloud2");
        if (cloud != QLatin1String("aws"))
            zone(cloud, QStringLiteral("cloud"), {}, {{QStringLiteral("provider"), QString::fromLatin1(provider)}});
        zone(QStringLiteral("r2"), QStringLiteral("region"), cloud, {{QStringLiteral("region"), QStringLiteral("eu-central-1")}});
        comp("waf2", "waf", "r2")
            .comp("lb2", "load-balancer", "r2", {{"multiAz", true}, {"public", true}})
            .comp("api2", "microservice", "r2",
                  {{"replicas", qint64(3)}, {"cpuRequest", qint64(500)}, {"image", QStringLiteral("registry.example.com/api:1.0")}})
            .comp("db2", "relational-database", "r2", {{"multiAz", true}, {"backupRetentionDays", qint64(14)}})
            .conn("users", "waf2")
            .conn("waf2", "lb2")
            .conn("lb2", "api2")
            .conn("api2", "db2")
            .conn("api2", "metrics", true)
            .conn("api2", "logs", true);
        return *this;
    }

    Design d;
};

/// The design of issue 13: web -> api, api -> web (async), api -> db. Every component has a caller.
inline Builder loopWithoutEntry()
{
    Builder b;
    b.comp("web", "microservice", "r1").comp("api", "microservice", "r1").comp("db", "relational-database", "r1");
    return b.conn("web", "api").conn("api", "web", true).conn("api", "db");
}

/// The good design with an event stream of `members` brokers between the API and a worker.
inline Builder eventStream(qint64 members)
{
    return Builder::good()
        .comp("events", "event-stream", "r1", {{"replicas", members}, {"multiAz", true}})
        .comp("worker", "microservice", "r1", {{"replicas", qint64(2)}})
        .conn("api", "events", true)
        .conn("events", "worker", true)
        .conn("worker", "metrics", true)
        .conn("worker", "logs", true);
}

} // namespace sd::test
