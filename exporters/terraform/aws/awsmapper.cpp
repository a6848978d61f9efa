// SPDX-License-Identifier: MIT
// AWS: the root module around the resources, the order they are made in, and the regions.
#include "awsmapper.h"

namespace sd::tf {

void AwsMapper::providerBlocks(Block &top, const QStringList &regions) const
{
    for (int i = 0; i < regions.size(); ++i) {
        Block &p = top.add(u"provider"_s, {terraformName()});
        if (i > 0)
            p.setStr(u"alias"_s, Context::regionKey(regions[i]));
        p.set(u"region"_s, regions[i].isEmpty() ? R(u"var.region"_s) : S(regions[i]));
        p.add(u"default_tags"_s).set(u"tags"_s, u"local.tags"_s);
    }
}

QString AwsMapper::regionsNote() const
{
    return fileText("the first is the default provider, the others are provider aliases");
}

Block &AwsMapper::res(const QString &file, const QString &type, const QString &name, const QString &region)
{
    Block &b = m.file(file).add(u"resource"_s, {type, name});
    if (region != ctx.regions.first())
        b.set(u"provider"_s, u"aws."_s + Context::regionKey(region));
    return b;
}

void AwsMapper::foundation()
{
    Block &top = m.file(u"security.tf"_s);
    top.add(u"data"_s, {u"aws_caller_identity"_s, u"current"_s});
    top.add(u"data"_s, {u"aws_partition"_s, u"current"_s});
    for (int i = 0; i < ctx.regions.size(); ++i)
        setupRegion(ctx.regions[i], i);
    flowLogRole();
    securityGroups();
}

void AwsMapper::finish()
{
    ecsClusters();
    if (needRdsMonitoring)
        iamRole(u"data.tf"_s, u"rds_monitoring"_s, u"monitoring.rds.amazonaws.com"_s, {u"service-role/AmazonRDSEnhancedMonitoringRole"_s});
    accessPolicies();
    if (needUsEast1)
        m.aliasRegion(u"us-east-1"_s);
    bool alerting = false;
    for (const Unit &u : ctx.units)
        alerting = alerting || isKind(u, {kinds::alerting});
    if (!alerting)
        m.todo(fileText("Nobody is subscribed to the alarms topics: add an aws_sns_topic_subscription for your on-call tool or e-mail."));
}

void AwsMapper::setupRegion(const QString &name, int index)
{
    Region r;
    r.name = name;
    r.key = Context::regionKey(name);
    // A key-management component in the region is the region's key; otherwise one is made for it.
    r.kmsIdent = r.key;
    const Unit *keyUnit = nullptr;
    for (const Unit &u : ctx.units)
        if (isKind(u, {kinds::keyManagement}) && ctx.regionOf(u) == name && !keyUnit)
            keyUnit = &u;
    if (keyUnit)
        r.kmsIdent = keyUnit->ident;
    r.kms = u"aws_kms_key.%1.arn"_s.arg(r.kmsIdent);
    r.vpc = u"aws_vpc.%1.id"_s.arg(r.key);
    r.privateSubnets = u"aws_subnet.%1_private[*].id"_s.arg(r.key);
    r.publicSubnets = u"aws_subnet.%1_public[*].id"_s.arg(r.key);
    r.topic = u"aws_sns_topic.%1_alarms.arn"_s.arg(r.key);
    r.azs = u"local.%1_azs"_s.arg(r.key);
    regions[name] = r;

    regionKey(regions[name], keyUnit);
    regionNetwork(regions[name], index);
    alarmTopic(regions[name], index);
}

} // namespace sd::tf
