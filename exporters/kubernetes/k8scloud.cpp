// SPDX-License-Identifier: MIT
#include "k8scloud.h"

#include "catalog.h"

#include <QRegularExpression>

#include <optional>

namespace sd::k8s {

namespace {

/// "private-network", "cloud-api", "internet": the reach of a managedServices row of the catalog.
std::optional<Reach> reachFrom(const QString &text)
{
    if (text == QLatin1String("private-network"))
        return Reach::PrivateNetwork;
    if (text == QLatin1String("cloud-api"))
        return Reach::CloudApi;
    if (text == QLatin1String("internet"))
        return Reach::Internet;
    return std::nullopt;
}

/// Kinds that hold data or messages: outside every cloud they are still private services.
bool isPrivateService(const QString &kind)
{
    static const QStringList kinds = {QStringLiteral("relational-database"), QStringLiteral("distributed-sql"),
                                      QStringLiteral("document-database"),   QStringLiteral("cache"),
                                      QStringLiteral("search"),              QStringLiteral("message-queue"),
                                      QStringLiteral("event-stream"),        QStringLiteral("data-warehouse"),
                                      QStringLiteral("virtual-machine"),     QStringLiteral("microservice"),
                                      QStringLiteral("monolith")};
    return kinds.contains(kind);
}

} // namespace

Cloud cloudFromProvider(const QString &provider)
{
    if (provider == QLatin1String("aws"))
        return Cloud::Aws;
    if (provider == QLatin1String("gcp"))
        return Cloud::Gcp;
    if (provider == QLatin1String("azure"))
        return Cloud::Azure;
    return Cloud::Generic;
}

QString cloudId(Cloud cloud)
{
    switch (cloud) {
    case Cloud::Aws:
        return QStringLiteral("aws");
    case Cloud::Gcp:
        return QStringLiteral("gcp");
    case Cloud::Azure:
        return QStringLiteral("azure");
    case Cloud::Generic:
        break;
    }
    return QStringLiteral("generic");
}

QString clusterProduct(Cloud cloud)
{
    switch (cloud) {
    case Cloud::Aws:
        return QStringLiteral("Amazon EKS");
    case Cloud::Gcp:
        return QStringLiteral("Google Kubernetes Engine");
    case Cloud::Azure:
        return QStringLiteral("Azure Kubernetes Service");
    case Cloud::Generic:
        break;
    }
    return QStringLiteral("any Kubernetes cluster");
}

namespace {

/// The catalog's row for a managed service of `kind` (and `engine`) on `cloud`.
std::optional<Endpoint> managedService(const Catalog &catalog, Cloud cloud, const QString &kind, const QString &engine)
{
    const QVariantMap services = catalog.exportData(QStringLiteral("kubernetes")).value(QStringLiteral("managedServices")).toMap();
    for (const QVariant &item : services.value(cloudId(cloud)).toList()) {
        const QVariantMap row = item.toMap();
        const QString rowEngine = row.value(QStringLiteral("engine")).toString();
        if (row.value(QStringLiteral("kind")).toString() != kind || (!rowEngine.isEmpty() && rowEngine != engine))
            continue;
        const std::optional<Reach> reach = reachFrom(row.value(QStringLiteral("reach")).toString());
        const int port = row.value(QStringLiteral("port")).toInt();
        if (!reach || port <= 0)
            return std::nullopt; // tst_kubernetes checks every row of the catalog
        return Endpoint{port, *reach, row.value(QStringLiteral("service")).toString(), true};
    }
    return std::nullopt;
}

} // namespace

Endpoint endpointOf(const Catalog &catalog, Cloud cloud, bool sameCloud, const QString &kind, const QString &engine, int drawnPort,
                    const QString &protocol, bool thirdParty, bool managed)
{
    if (managed && !thirdParty && sameCloud && cloud != Cloud::Generic)
        if (std::optional<Endpoint> e = managedService(catalog, cloud, kind, engine))
            return *e;
    Endpoint e;
    e.port = drawnPort > 0 ? drawnPort
                           : catalog.exportData(QStringLiteral("kubernetes")).value(QStringLiteral("protocolPorts")).toMap().value(protocol.toLower()).toInt();
    if (e.port == 0)
        e.port = 443;
    // Self-hosted data stores and services the design places in this cloud are still in its network.
    e.reach = !thirdParty && (sameCloud || cloud == Cloud::Generic) && (!managed || isPrivateService(kind)) ? Reach::PrivateNetwork
                                                                                               : Reach::Internet;
    e.cloudResource = !thirdParty && sameCloud && cloud != Cloud::Generic;
    e.service = managed ? kind : kind + QStringLiteral(", self-hosted");
    return e;
}

QStringList privateRanges()
{
    return {QStringLiteral("10.0.0.0/8"), QStringLiteral("172.16.0.0/12"), QStringLiteral("192.168.0.0/16"),
            QStringLiteral("169.254.0.0/16")};
}

QString marker(const QString &key) { return QStringLiteral("${%1}").arg(key); }

QString markerKey(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^\\$\\{([A-Z][A-Z0-9_]*)\\}$"));
    const auto m = re.match(text);
    return m.hasMatch() ? m.captured(1) : QString();
}

} // namespace sd::k8s
