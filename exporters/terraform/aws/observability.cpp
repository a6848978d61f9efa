// SPDX-License-Identifier: MIT
// AWS: log groups, alarm topics, CloudWatch alarms and the observability kinds.
#include "awsmapper.h"

namespace sd::tf {

/// Where the alarms of a region go.
void AwsMapper::alarmTopic(const Region &r, int index)
{
    Block &topic = res(u"observability.tf"_s, u"aws_sns_topic"_s, r.key + u"_alarms"_s, r.name);
    topic.set(u"name"_s, R(tmpl(u"${local.name}-alarms"_s + (index ? u"-"_s + hyphens(r.key) : QString()))));
    topic.set(u"kms_master_key_id"_s, r.kms);
}

void AwsMapper::logGroup(const QString &ident, const QString &logName, const Region &r, const QString &regionName,
                         const Value &retention)
{
    Block &g = res(u"observability.tf"_s, u"aws_cloudwatch_log_group"_s, ident, regionName);
    g.set(u"name"_s, R(tmpl(logName)));
    g.set(u"retention_in_days"_s, retention.render(0).isEmpty() ? R(logRetention) : retention);
    g.set(u"kms_key_id"_s, r.kms);
}

void AwsMapper::alarm(const Unit &u, const QString &suffix, const QString &what, const QString &ns, const QString &metric,
                      Value dimensions, const QString &statistic, double threshold, const QString &comparison)
{
    const QString regionName = ctx.regionOf(u);
    Block &a = res(u"observability.tf"_s, u"aws_cloudwatch_metric_alarm"_s, u.ident + u"_"_s + suffix, regionName);
    a.set(u"alarm_name"_s, R(tmpl(u"${local.name}-%1-%2"_s.arg(u.slug, hyphens(suffix)))));
    a.setStr(u"alarm_description"_s, u"%1: %2"_s.arg(label(u), what));
    a.setStr(u"namespace"_s, ns);
    a.setStr(u"metric_name"_s, metric);
    a.set(u"dimensions"_s, std::move(dimensions));
    if (statistic.startsWith(u'p'))
        a.setStr(u"extended_statistic"_s, statistic);
    else
        a.setStr(u"statistic"_s, statistic);
    a.setNum(u"period"_s, 300);
    a.setNum(u"evaluation_periods"_s, 3);
    a.set(u"threshold"_s, QString::number(threshold));
    a.setStr(u"comparison_operator"_s, comparison);
    a.setStr(u"treat_missing_data"_s, u"notBreaching"_s);
    a.set(u"alarm_actions"_s, list({R(regions[regionName].topic)}));
    a.set(u"ok_actions"_s, list({R(regions[regionName].topic)}));
}

void AwsMapper::observability(const Unit &u)
{
    const QString regionName = ctx.regionOf(u);
    const Region &r = region(u);
    if (isKind(u, {kinds::logging})) {
        logGroup(u.ident, u"/${local.name}/"_s + u.slug, r, regionName, N(retentionAtLeast(props.intValue(*u.component, keys::retentionDays))));
    } else if (isKind(u, {kinds::metrics})) {
        logGroup(u.ident, u"/${local.name}/prometheus/"_s + u.slug, r, regionName);
        Block &w = res(u"observability.tf"_s, u"aws_prometheus_workspace"_s, u.ident, regionName);
        w.set(u"alias"_s, name(u.slug));
        w.set(u"kms_key_arn"_s, r.kms);
        w.add(u"logging_configuration"_s).set(u"log_group_arn"_s, R(tmpl(u"${aws_cloudwatch_log_group.%1.arn}:*"_s.arg(u.ident))));
        if (props.stringValue(*u.component, keys::engine) != QLatin1String("prometheus"))
            m.warn(fileText("%1 uses %2; the export creates an Amazon Managed Service for Prometheus workspace.").arg(label(u), props.stringValue(*u.component, keys::engine)));
    } else if (isKind(u, {kinds::dashboards})) {
        iamRole(u"observability.tf"_s, u.ident + u"_grafana"_s, u"grafana.amazonaws.com"_s,
                {u"service-role/AmazonGrafanaCloudWatchAccess"_s, u"AmazonPrometheusQueryAccess"_s});
        Block &g = res(u"observability.tf"_s, u"aws_grafana_workspace"_s, u.ident, regionName);
        g.set(u"name"_s, name(u.slug));
        g.setStr(u"account_access_type"_s, u"CURRENT_ACCOUNT"_s);
        g.set(u"authentication_providers"_s, Value::strings({u"AWS_SSO"_s}));
        g.setStr(u"permission_type"_s, u"SERVICE_MANAGED"_s);
        g.set(u"data_sources"_s, Value::strings({u"CLOUDWATCH"_s, u"PROMETHEUS"_s}));
        g.set(u"role_arn"_s, u"aws_iam_role.%1_grafana.arn"_s.arg(u.ident));
    } else if (isKind(u, {kinds::alerting})) {
        m.variable({u.ident + u"_endpoint"_s, u"string"_s,
                    fileText("HTTPS integration URL of %1 (%2) that receives the alarms; it contains a key, so it is sensitive")
                        .arg(label(u), props.stringValue(*u.component, keys::vendor)),
                    std::nullopt, true, u"startswith(var.%1_endpoint, \"https://\")"_s.arg(u.ident), fileText("The endpoint must use HTTPS.")});
        for (const QString &regionName2 : ctx.regions) {
            const Region &rr = regions[regionName2];
            Block &s = res(u"observability.tf"_s, u"aws_sns_topic_subscription"_s, u.ident + u"_"_s + rr.key, regionName2);
            s.set(u"topic_arn"_s, rr.topic);
            s.setStr(u"protocol"_s, u"https"_s);
            s.set(u"endpoint"_s, u"var.%1_endpoint"_s.arg(u.ident));
            s.setBool(u"endpoint_auto_confirms"_s, true);
        }
    } else {
        m.omit(u, u"observability.tf"_s, fileText("%1 is a third-party service; install its agent or integration with the vendor's own tooling.")
                                             .arg(props.stringValue(*u.component, keys::vendor)));
    }
}

} // namespace sd::tf
