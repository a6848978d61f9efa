// SPDX-License-Identifier: MIT
// AWS: log groups, alarm topics, CloudWatch alarms and the observability kinds.
#include "awsmapper.h"

#include "k8smonitoring.h"
#include "monitoringfiles.h"

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
                      Value dimensions, const QString &statistic, double threshold, const QString &comparison, const AlarmPlace &place)
{
    const QString regionName = place.region.isEmpty() ? ctx.regionOf(u) : place.region;
    Block &a = res(u"observability.tf"_s, u"aws_cloudwatch_metric_alarm"_s, u.ident + u"_"_s + suffix, regionName);
    if (place.count > 0)
        a.setNum(u"count"_s, place.count);
    a.set(u"alarm_name"_s, R(tmpl(u"${local.name}-%1-%2"_s.arg(u.slug, hyphens(suffix)) + (place.count > 0 ? u"-${count.index + 1}"_s : QString()))));
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

const AwsMapper::PrometheusRules &AwsMapper::prometheusRules() const
{
    if (m_prometheusRules)
        return *m_prometheusRules;
    m_prometheusRules.emplace();
    std::vector<const Unit *> workspaces;
    for (const Unit &u : ctx.units)
        if (isKind(u, {kinds::metrics}) && props.stringValue(*u.component, keys::engine) == QLatin1String("prometheus"))
            workspaces.push_back(&u);
    if (workspaces.empty()) // the monitoring plan simulates a failure per component: only when a workspace needs it
        return *m_prometheusRules;
    const monitoring::Plan plan = monitoring::makePlan(ctx.design, ctx.catalog);
    if (!plan.error.isEmpty())
        return *m_prometheusRules;
    m_prometheusRules->page = plan.page;
    m_prometheusRules->ticket = plan.ticket;
    const auto scraped = k8s::scrapedWorkloads(kube(), plan);
    for (const Unit *metrics : workspaces) {
        nlohmann::ordered_json groups = nlohmann::ordered_json::array();
        for (const auto &[w, watched] : scraped) {
            // Only what runs in EKS is scraped by the cluster's agent (ECS services and the like are not).
            const Unit *wu = ctx.unit(w->component->id);
            if (!wu || wu->runtime != Runtime::Kubernetes)
                continue;
            bool writesHere = false;
            for (const Connection *c : ctx.outgoing(w->component->id))
                writesHere = writesHere || c->to == metrics->component->id;
            if (writesHere)
                for (const auto &g : monitoring::ruleGroups(*watched))
                    groups.push_back(g);
        }
        if (!groups.empty())
            m_prometheusRules->groups[metrics->component->id] = std::move(groups);
    }
    return *m_prometheusRules;
}

const nlohmann::ordered_json *AwsMapper::prometheusRuleGroups(const Unit &metrics) const
{
    const PrometheusRules &rules = prometheusRules();
    const auto it = rules.groups.find(metrics.component->id);
    return it == rules.groups.end() ? nullptr : &it->second;
}

bool AwsMapper::prometheusAlertsIn(const QString &regionName) const
{
    for (const Unit &u : ctx.units)
        if (isKind(u, {kinds::metrics}) && ctx.regionOf(u) == regionName && prometheusRuleGroups(u))
            return true;
    return false;
}

void AwsMapper::prometheusAlerting(const Unit &u, const Region &r, const QString &regionName)
{
    const nlohmann::ordered_json *groups = prometheusRuleGroups(u);
    if (!groups)
        return;
    const QString workspace = u"aws_prometheus_workspace.%1"_s.arg(u.ident);
    Block &rules = res(u"observability.tf"_s, u"aws_prometheus_rule_group_namespace"_s, u.ident, regionName);
    rules.comment(fileText("The alerts of the workloads that write to %1, as the monitoring export has them: the Prometheus agent in the "
                           "cluster scrapes them as job=<component id> (the Kubernetes export's prometheus-operator/) and remote-writes here.")
                      .arg(label(u)));
    rules.setStr(u"name"_s, u"stackdraft"_s);
    rules.set(u"workspace_id"_s, workspace + u".id"_s);
    rules.set(u"data"_s, Value::call(u"yamlencode"_s, fromJson({{"groups", *groups}})));

    // Pages and tickets both go to the region's alarm topic, which the drawn alerting component subscribes to;
    // they differ in how soon and how often Alertmanager repeats them (the monitoring export's timings).
    const PrometheusRules &timing = prometheusRules();
    auto route = [](const monitoring::Timing &t) {
        return std::vector<std::pair<QString, Value>>{{u"group_wait"_s, S(t.groupWait)}, {u"group_interval"_s, S(t.groupInterval)},
                                                      {u"repeat_interval"_s, S(t.repeatInterval)}};
    };
    std::vector<std::pair<QString, Value>> top{{u"receiver"_s, S(u"alarm-topic"_s)},
                                               {u"group_by"_s, Value::strings({u"alertname"_s, u"component"_s})}};
    for (auto &member : route(timing.ticket))
        top.push_back(std::move(member));
    std::vector<std::pair<QString, Value>> page{{u"receiver"_s, S(u"alarm-topic"_s)}, {u"matchers"_s, Value::strings({u"severity=\"page\""_s})}};
    for (auto &member : route(timing.page))
        page.push_back(std::move(member));
    top.emplace_back(u"routes"_s, list({obj(std::move(page))}));
    const Value config = obj({{u"route"_s, obj(std::move(top))},
                              {u"receivers"_s, list({obj({{u"name"_s, S(u"alarm-topic"_s)},
                                                          {u"sns_configs"_s, list({obj({{u"topic_arn"_s, R(r.topic)},
                                                                                        {u"sigv4"_s, obj({{u"region"_s, regionName.isEmpty() ? R(u"var.region"_s) : S(regionName)}})}})})}})})}});
    Block &am = res(u"observability.tf"_s, u"aws_prometheus_alert_manager_definition"_s, u.ident, regionName);
    am.comment(fileText("Routes the alerts of %1 by severity to the region's alarm topic (pages sooner and more often than tickets).").arg(label(u)));
    am.set(u"workspace_id"_s, workspace + u".id"_s);
    am.set(u"definition"_s, Value::call(u"yamlencode"_s, obj({{u"alertmanager_config"_s, Value::call(u"yamlencode"_s, config)}})));

    // The topic's own policy, with the account's default rights kept (CloudWatch alarms publish under them).
    const QString account = u"data.aws_caller_identity.current.account_id"_s;
    Block &policy = res(u"observability.tf"_s, u"aws_sns_topic_policy"_s, r.key + u"_alarms"_s, regionName);
    policy.set(u"arn"_s, r.topic);
    policy.set(u"policy"_s,
               json(obj({{u"Version"_s, S(u"2012-10-17"_s)},
                         {u"Statement"_s,
                          list({obj({{u"Sid"_s, S(u"AccountOwns"_s)},
                                     {u"Effect"_s, S(u"Allow"_s)},
                                     {u"Principal"_s, obj({{u"AWS"_s, S(u"*"_s)}})},
                                     {u"Action"_s, Value::strings({u"SNS:GetTopicAttributes"_s, u"SNS:SetTopicAttributes"_s, u"SNS:AddPermission"_s,
                                                                   u"SNS:RemovePermission"_s, u"SNS:DeleteTopic"_s, u"SNS:Subscribe"_s,
                                                                   u"SNS:ListSubscriptionsByTopic"_s, u"SNS:Publish"_s})},
                                     {u"Resource"_s, R(r.topic)},
                                     {u"Condition"_s, obj({{u"StringEquals"_s, obj({{u"AWS:SourceOwner"_s, R(account)}})}})}}),
                                obj({{u"Sid"_s, S(u"PrometheusAlertmanager"_s)},
                                     {u"Effect"_s, S(u"Allow"_s)},
                                     {u"Principal"_s, obj({{u"Service"_s, S(u"aps.amazonaws.com"_s)}})},
                                     {u"Action"_s, Value::strings({u"sns:Publish"_s, u"sns:GetTopicAttributes"_s})},
                                     {u"Resource"_s, R(r.topic)},
                                     {u"Condition"_s, obj({{u"ArnEquals"_s, obj({{u"aws:SourceArn"_s, R(workspace + u".arn"_s)}})},
                                                           {u"StringEquals"_s, obj({{u"AWS:SourceAccount"_s, R(account)}})}})}})})}})));
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
        prometheusAlerting(u, r, regionName);
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
