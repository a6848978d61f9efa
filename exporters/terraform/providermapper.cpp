// SPDX-License-Identifier: MIT
#include "providermapper.h"

#include <QHash>

#include <set>

namespace sd::tf {

ProviderMapper::ProviderMapper(Context &context)
    : ctx(context), m(context.module), props(context.props), m_data(context.catalog.exportData(context.provider)),
      m_tfData(context.catalog.exportData(u"terraform"_s))
{
}

QVariant ProviderMapper::data(std::initializer_list<QString> path) const
{
    QVariant at = m_data;
    for (const QString &key : path)
        at = at.toMap().value(key);
    return at;
}

QString ProviderMapper::sized(const QString &table, const QString &instanceSize) const
{
    const QVariantMap sizes = data({u"sizes"_s, table}).toMap();
    return sizes.value(instanceSize, sizes.value(u"medium"_s)).toString();
}

QString ProviderMapper::fileFor(const Unit &u) const
{
    return m_tfData.value(u"files"_s).toMap().value(u.kind ? u.kind->category : QString(), u"compute.tf"_s).toString();
}

void ProviderMapper::run()
{
    sharedVariables();
    foundation();
    clusters();
    reserveCredentials();
    for (const Unit &u : ctx.units)
        place(u);
    connections();
    thirdPartySecrets();
    finish();
}

void ProviderMapper::sharedVariables()
{
    m.variable({u"name_prefix"_s, u"string"_s, fileText("Prefix of every resource name: lower-case letters, digits and hyphens, at most 12 characters"),
                S(slugFor(ctx.design.name, u"app"_s, 12)), false, u"can(regex(\"^[a-z][a-z0-9-]{1,11}$\", var.name_prefix))"_s,
                fileText("Use 2 to 12 lower-case letters, digits or hyphens, starting with a letter.")});
    m.variable({tagsName(), u"map(string)"_s, fileText("Extra %1 put on every resource").arg(tagsName()), R(u"{}"_s), false, {}, {}});
    accountVariables();
    if (ctx.regions.first().isEmpty())
        m.variable({u"region"_s, u"string"_s, fileText("Region to deploy to (the design names none)"), std::nullopt, false, {}, {}});
    qint64 retention = 365;
    for (const Unit &u : ctx.units)
        if (isKind(u, {kinds::logging}))
            retention = retentionAtLeast(props.intValue(*u.component, keys::retentionDays));
    m.file(u"observability.tf"_s).add(u"locals"_s).set(u"log_retention_days"_s, N(retention));
}

QString ProviderMapper::clusterName(const Unit &u) const
{
    if (!u.placement.cluster.isEmpty())
        return ctx.clusterIdent(u.placement.cluster);
    return Context::regionKey(ctx.regionOf(u)) + u"_"_s + clusterProduct().toLower();
}

bool ProviderMapper::needsAddedCluster(const Unit &u) const
{
    return u.runtime == Runtime::Kubernetes && !isObservability(u);
}

void ProviderMapper::clusters()
{
    std::set<QString> made;
    int index = 0;
    for (const Zone *z : ctx.clusters) {
        const Placement pl = placementOf(ctx.design, ctx.catalog, z->id);
        ClusterSpec spec;
        spec.ident = ctx.clusterIdent(z->id);
        spec.slug = slugFor(z->name, u"cluster"_s);
        spec.title = z->name;
        spec.region = pl.region.isEmpty() ? ctx.regions.first() : pl.region;
        spec.version = props.value(*z, keys::version).toString();
        spec.minNodes = props.value(*z, keys::nodeCountMin).toLongLong();
        spec.maxNodes = props.value(*z, keys::nodeCountMax).toLongLong();
        spec.privateEndpoint = props.value(*z, keys::privateEndpoint).toBool();
        spec.instanceSize = props.value(*z, keys::instanceSize).toString();
        spec.index = index++;
        made.insert(spec.ident);
        cluster(spec);
    }
    // Kubernetes workloads drawn outside any cluster get one cluster per region, with the catalog's
    // defaults for a kubernetes-cluster zone.
    Zone added;
    added.kind = kinds::kubernetesCluster;
    for (const Unit &u : ctx.units) {
        if (!u.placement.cluster.isEmpty() || !needsAddedCluster(u))
            continue;
        ClusterSpec spec;
        spec.ident = clusterName(u);
        if (!made.insert(spec.ident).second)
            continue;
        m.reserveName(spec.ident);
        spec.region = ctx.regionOf(u);
        m.note(fileText("Kubernetes workloads in %1 are drawn outside a cluster; the export adds one %2 cluster for them.")
                   .arg(regionInNote(spec.region), clusterProduct()));
        spec.slug = clusterProduct().toLower() + u"-"_s + hyphens(Context::regionKey(spec.region));
        spec.title = fileText("Cluster for the Kubernetes workloads");
        spec.version = props.value(added, keys::version).toString();
        spec.minNodes = props.value(added, keys::nodeCountMin).toLongLong();
        spec.maxNodes = props.value(added, keys::nodeCountMax).toLongLong();
        spec.privateEndpoint = props.value(added, keys::privateEndpoint).toBool();
        spec.instanceSize = props.value(added, keys::instanceSize).toString();
        spec.index = index++;
        cluster(spec);
    }
}

void ProviderMapper::place(const Unit &u)
{
    if (isObservability(u)) {
        observability(u); // whatever its hosting says (issue 12)
        return;
    }
    switch (u.runtime) {
    case Runtime::Kubernetes:
        inCluster(u);
        return;
    case Runtime::VirtualMachines:
        virtualMachines(u);
        return;
    case Runtime::ContainerService:
        containerService(u);
        return;
    case Runtime::Serverless:
        serverlessFunction(u);
        return;
    case Runtime::Outside:
        outsideTheCloud(u);
        return;
    case Runtime::Managed:
        managed(u);
        return;
    }
}

void ProviderMapper::managed(const Unit &u)
{
    using Step = void (ProviderMapper::*)(const Unit &);
    static const QHash<QString, Step> steps = {
        {kinds::relationalDatabase, &ProviderMapper::relationalDatabase},
        {kinds::distributedSql, &ProviderMapper::distributedSql},
        {kinds::documentDatabase, &ProviderMapper::documentDatabase},
        {kinds::cache, &ProviderMapper::cache},
        {kinds::search, &ProviderMapper::search},
        {kinds::objectStorage, &ProviderMapper::objectStorage},
        {kinds::messageQueue, &ProviderMapper::messageQueue},
        {kinds::eventStream, &ProviderMapper::eventStream},
        {kinds::dataWarehouse, &ProviderMapper::dataWarehouse},
        {kinds::loadBalancer, &ProviderMapper::loadBalancer},
        {kinds::apiGateway, &ProviderMapper::apiGateway},
        {kinds::waf, &ProviderMapper::waf},
        {kinds::cdn, &ProviderMapper::cdn},
        {kinds::dns, &ProviderMapper::dns},
        {kinds::secretsManager, &ProviderMapper::secretsManager},
        {kinds::keyManagement, &ProviderMapper::keyManagement},
        {kinds::identityProvider, &ProviderMapper::identityProvider},
    };
    if (const Step step = steps.value(u.component->kind))
        (this->*step)(u);
    else
        outsideTheCloud(u);
}

void ProviderMapper::outsideTheCloud(const Unit &u)
{
    m.omit(u, fileFor(u), fileText("%1 is outside your cloud account: there is nothing to create for it.")
                              .arg(u.kind ? u.kind->displayName : u.component->kind));
}

void ProviderMapper::inCluster(const Unit &u)
{
    m.note(fileText("%1 runs in the Kubernetes cluster %2: deploy it with the Kubernetes export.").arg(label(u), clusterName(u)));
}

void ProviderMapper::reserveCredentials()
{
    // Services outside the cloud that a component here calls: their credentials are stored once each.
    for (const Connection &c : ctx.design.connections()) {
        const Unit *from = ctx.unit(c.from);
        const Component *to = ctx.design.component(c.to);
        const KindSpec *kind = to ? ctx.catalog.kind(to->kind) : nullptr;
        if (!from || ctx.unit(c.to) || !kind || !kind->hasRole(roles::thirdParty) || m_credentialIdents.count(to->id))
            continue;
        m_credentialIdents[to->id] = m.reserveName(identifierFor(to->name, to->kind) + u"_credentials"_s);
    }
}

void ProviderMapper::thirdPartySecrets()
{
    std::set<QString> stored;
    for (const Connection &c : ctx.design.connections()) {
        const Unit *from = ctx.unit(c.from);
        const QString ident = credentialsIdent(c.to);
        if (!from || ident.isEmpty() || !stored.insert(c.to).second)
            continue;
        storeCredentials({*ctx.design.component(c.to), *from, ident});
    }
}

} // namespace sd::tf
