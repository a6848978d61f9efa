// SPDX-License-Identifier: MIT
// Google Cloud: alert policies, dashboards and the observability kinds.
#include "gcpmapper.h"

namespace sd::tf {

QStringList GcpMapper::channels() const
{
    QStringList list;
    for (const Unit *u : ctx.unitsOfKind(kinds::alerting))
        list.append(u"google_monitoring_notification_channel.%1.id"_s.arg(u->ident));
    return list;
}

void GcpMapper::alert(const Unit &u, const QString &suffix, const QString &what, const QString &filter, const QString &aligner,
                      double threshold, const QString &reducer)
{
    Block &a = res(u"observability.tf"_s, u"google_monitoring_alert_policy"_s, u.ident + u"_"_s + suffix);
    a.set(u"display_name"_s, R(tmpl(u"${local.name} %1: %2"_s.arg(u.slug, what))));
    a.setStr(u"combiner"_s, u"OR"_s);
    a.setStr(u"severity"_s, u"WARNING"_s);
    std::vector<Value> chans;
    for (const QString &c : channels())
        chans.push_back(R(c));
    a.set(u"notification_channels"_s, list(std::move(chans)));
    Block &c = a.add(u"conditions"_s);
    c.setStr(u"display_name"_s, what);
    Block &t = c.add(u"condition_threshold"_s);
    // A template, not a literal: the filter names resources by ${local.name}-..., which must be interpolated.
    t.set(u"filter"_s, R(tmpl(QString(filter).replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s))));
    t.setStr(u"comparison"_s, u"COMPARISON_GT"_s);
    t.set(u"threshold_value"_s, QString::number(threshold));
    t.setStr(u"duration"_s, u"300s"_s);
    Block &agg = t.add(u"aggregations"_s);
    agg.setStr(u"alignment_period"_s, u"60s"_s);
    agg.setStr(u"per_series_aligner"_s, aligner);
    if (!reducer.isEmpty())
        agg.setStr(u"cross_series_reducer"_s, reducer);
    Block &doc = a.add(u"documentation"_s);
    doc.setStr(u"content"_s, fileText("%1: %2. Generated from the Stackdraft design.").arg(label(u), what));
    doc.setStr(u"mime_type"_s, u"text/markdown"_s);
    charts.push_back({label(u) + u": "_s + what, filter});
}

void GcpMapper::observability(const Unit &u)
{
    apis.insert(u"monitoring.googleapis.com"_s);
    apis.insert(u"logging.googleapis.com"_s);
    const QString r = region(u);
    // Google's observability services are managed: a self-hosted engine drawn here is not made.
    if (const QString hosting = props.stringValue(*u.component, keys::hosting); u.kind->property(keys::hosting) && !hosting.isEmpty() && hosting != QLatin1String("managed"))
        m.warn(fileText("%1: hosting %2 is not honoured; the export uses Google's managed service (Cloud Monitoring or Cloud Logging), so replicas and storage drawn for it do not apply.")
                   .arg(label(u), hosting));
    if (isKind(u, {kinds::logging})) {
        Block &b = res(u"observability.tf"_s, u"google_logging_project_bucket_config"_s, u.ident);
        b.set(u"project"_s, u"var.project_id"_s);
        b.set(u"location"_s, regionValue(r));
        b.setStr(u"bucket_id"_s, u.slug);
        b.setStr(u"description"_s, label(u));
        b.set(u"retention_days"_s, u"local.log_retention_days"_s);
        Block &s = res(u"observability.tf"_s, u"google_logging_project_sink"_s, u.ident);
        s.set(u"name"_s, name(u.slug));
        s.set(u"destination"_s, R(tmpl(u"logging.googleapis.com/${google_logging_project_bucket_config.%1.id}"_s.arg(u.ident))));
        s.setStr(u"filter"_s, u"severity >= DEFAULT"_s);
        s.setBool(u"unique_writer_identity"_s, true);
    } else if (isKind(u, {kinds::metrics})) {
        m.note(fileText("%1: Cloud Monitoring collects the metrics (GKE sends Prometheus metrics to Managed Service for Prometheus); the alert policies are in observability.tf.").arg(label(u)));
    } else if (isKind(u, {kinds::dashboards})) {
        // Filled in at the end, once every alert's metric is known.
    } else if (isKind(u, {kinds::alerting})) {
        const bool pagerduty = props.stringValue(*u.component, keys::vendor) == QLatin1String("pagerduty");
        m.variable({u.ident + u"_key"_s, u"string"_s,
                    pagerduty ? fileText("PagerDuty integration key of %1").arg(label(u)) : fileText("Token the %1 webhook expects").arg(label(u)),
                    std::nullopt, true, {}, {}});
        Block &ch = res(u"observability.tf"_s, u"google_monitoring_notification_channel"_s, u.ident);
        ch.setStr(u"display_name"_s, label(u));
        ch.setStr(u"type"_s, pagerduty ? u"pagerduty"_s : u"webhook_tokenauth"_s);
        if (!pagerduty) {
            m.variable({u.ident + u"_url"_s, u"string"_s, fileText("HTTPS webhook URL of %1").arg(label(u)), std::nullopt, false,
                        u"startswith(var.%1_url, \"https://\")"_s.arg(u.ident), fileText("The webhook must use HTTPS.")});
            ch.set(u"labels"_s, obj({{u"url"_s, R(u"var.%1_url"_s.arg(u.ident))}}));
            ch.add(u"sensitive_labels"_s).set(u"auth_token"_s, u"var.%1_key"_s.arg(u.ident));
        } else {
            ch.add(u"sensitive_labels"_s).set(u"service_key"_s, u"var.%1_key"_s.arg(u.ident));
        }
    } else {
        m.omit(u, u"observability.tf"_s, fileText("%1 is a third-party service; install its agent or integration with the vendor's own tooling.").arg(props.stringValue(*u.component, keys::vendor)));
    }
}

/// Every dashboards component shows a chart per alert policy.
void GcpMapper::dashboards()
{
    for (const Unit &u : ctx.units) {
        if (!isKind(u, {kinds::dashboards}))
            continue;
        std::vector<Value> tiles;
        int y = 0;
        for (const Alert &a : charts) {
            tiles.push_back(obj({{u"xPos"_s, N(0)}, {u"yPos"_s, N(y)}, {u"width"_s, N(12)}, {u"height"_s, N(4)},
                                 {u"widget"_s, obj({{u"title"_s, S(a.title)},
                                                    {u"xyChart"_s, obj({{u"dataSets"_s, list({obj({{u"timeSeriesQuery"_s,
                                                                                                    obj({{u"timeSeriesFilter"_s, obj({{u"filter"_s, R(tmpl(QString(a.filter).replace(u'"', u"\\\""_s)))}})}})}})})}})}})}}));
            y += 4;
        }
        Block &d = res(u"observability.tf"_s, u"google_monitoring_dashboard"_s, u.ident);
        d.set(u"dashboard_json"_s, json(obj({{u"displayName"_s, S(label(u))}, {u"mosaicLayout"_s, obj({{u"columns"_s, N(12)}, {u"tiles"_s, list(std::move(tiles))}})}})));
    }
}

} // namespace sd::tf
