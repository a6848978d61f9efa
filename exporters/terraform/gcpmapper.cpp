// SPDX-License-Identifier: MIT
// Google Cloud: the design's kinds as idiomatic google provider (~> 6.0) resources.
#include "tfcommon.h"

#include <set>

namespace sd::tf {

namespace {

QString tmpl(const QString &text) { return u"\""_s + text + u"\""_s; }
QString hyphens(QString text) { return text.replace(u'_', u'-'); }

const char *const kMachine[] = {"e2-standard-2", "n2-standard-2", "n2-standard-4", "n2-standard-8", "n2-standard-16"};
const char *const kSqlTier[] = {"db-custom-2-7680", "db-custom-4-15360", "db-custom-8-30720", "db-custom-16-61440", "db-custom-32-122880"};
const int kRedisGb[] = {1, 5, 13, 26, 52};

/// Google multi-region location for a region's continent, for buckets and Spanner.
QString continentOf(const QString &region)
{
    if (region.startsWith(u"europe"_s))
        return u"EU"_s;
    if (region.startsWith(u"asia"_s) || region.startsWith(u"australia"_s))
        return u"ASIA"_s;
    return u"US"_s;
}

struct Alert {
    QString title;
    QString filter;
};

class GcpMapper
{
public:
    explicit GcpMapper(Context &context) : ctx(context), m(context.module), props(context.props) {}
    void run();

private:
    Context &ctx;
    Module &m;
    const PropertyAccess &props;
    std::set<QString> apis;
    std::map<QString, std::set<QString>> agentsByRegion; ///< region -> service agent e-mail templates needing the key
    bool privateServices = false;
    std::vector<Alert> charts;
    std::map<QString, QString> armorOf; ///< component id of an entry point -> security policy

    QString region(const Unit &u) const { return ctx.regionOf(u); }
    QString regionValue(const QString &r) const { return r.isEmpty() ? u"var.region"_s : u"\""_s + r + u"\""_s; }
    QString key(const QString &r) const { return u"google_kms_crypto_key.%1.id"_s.arg(Context::regionKey(r)); }
    QString subnet(const QString &r) const { return u"google_compute_subnetwork.%1.id"_s.arg(Context::regionKey(r)); }
    QString name(const QString &slug) const { return tmpl(u"${local.name}-"_s + slug); }
    Block &res(const QString &file, const QString &type, const QString &ident)
    {
        return m.file(file).add(u"resource"_s, {type, ident});
    }
    void needsKey(const QString &r, const QString &agent) { agentsByRegion[r].insert(agent); }
    QStringList channels() const;
    void alert(const Unit &u, const QString &suffix, const QString &what, const QString &filter, const QString &aligner,
               double threshold, const QString &reducer = {});

    QString tagOf(const Unit &u) const;
    void firewalls();
    void network();
    void cluster(const QString &ident, const QString &slug, const QString &title, const QString &regionName, const QString &version,
                 qint64 minNodes, qint64 maxNodes, bool privateEndpoint, int size, int index);
    QString clusterFor(const Unit &u) const
    {
        return u.placement.cluster.isEmpty() ? Context::regionKey(ctx.regionOf(u)) + u"_gke"_s : ctx.clusterIdent(u.placement.cluster);
    }
    QString platformOf(const Unit &u) const
    {
        if (isKind(u, {kinds::microservice, kinds::monolith}))
            return props.stringValue(*u.component, keys::platform);
        if (isKind(u, {kinds::batchJob}))
            return u"kubernetes"_s;
        if (isKind(u, {kinds::virtualMachine}))
            return u"vm"_s;
        return {};
    }
    void serviceAccount(const QString &ident, const QString &title);
    void cloudRun(const Unit &u);
    void instanceGroup(const Unit &u);
    void function(const Unit &u);
    void sql(const Unit &u);
    void spanner(const Unit &u);
    void firestore(const Unit &u);
    void redis(const Unit &u);
    void bucket(const Unit &u);
    void pubsub(const Unit &u);
    void kafka(const Unit &u);
    void bigquery(const Unit &u);
    void entry(const Unit &u);
    void armor(const Unit &u);
    void dns(const Unit &u);
    void observability(const Unit &u);
    void secret(const QString &ident, const QString &secretId, const QString &regionName, const QString &description);
    void thirdPartySecrets();
};

QStringList GcpMapper::channels() const
{
    QStringList list;
    for (const Unit &u : ctx.units)
        if (isKind(u, {kinds::alerting}))
            list.append(u"google_monitoring_notification_channel.%1.id"_s.arg(u.ident));
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
    t.setStr(u"filter"_s, filter);
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

QString GcpMapper::tagOf(const Unit &u) const
{
    const QString platform = platformOf(u);
    if (platform == QLatin1String("kubernetes"))
        return hyphens(clusterFor(u)) + u"-nodes"_s;
    if (platform == QLatin1String("vm") || (u.kind && u.kind->property(keys::hosting) && props.stringValue(*u.component, keys::hosting) == QLatin1String("vm")))
        return u.slug;
    return {};
}

void GcpMapper::network()
{
    apis.insert(u"compute.googleapis.com"_s);
    Block &net = res(u"network.tf"_s, u"google_compute_network"_s, u"main"_s);
    net.set(u"name"_s, R(u"local.name"_s));
    net.setBool(u"auto_create_subnetworks"_s, false);
    net.setStr(u"routing_mode"_s, u"GLOBAL"_s);
    for (int i = 0; i < ctx.regions.size(); ++i) {
        const QString r = ctx.regions[i];
        const QString k = Context::regionKey(r);
        Block &sn = res(u"network.tf"_s, u"google_compute_subnetwork"_s, k);
        sn.set(u"name"_s, name(r.isEmpty() ? u"main"_s : r));
        sn.set(u"region"_s, regionValue(r));
        sn.set(u"network"_s, u"google_compute_network.main.id"_s);
        sn.setStr(u"ip_cidr_range"_s, u"10.%1.0.0/20"_s.arg(i));
        sn.setBool(u"private_ip_google_access"_s, true);
        Block &pods = sn.add(u"secondary_ip_range"_s);
        pods.setStr(u"range_name"_s, u"pods"_s);
        pods.setStr(u"ip_cidr_range"_s, u"10.%1.0.0/14"_s.arg(64 + 4 * i));
        Block &svc = sn.add(u"secondary_ip_range"_s);
        svc.setStr(u"range_name"_s, u"services"_s);
        svc.setStr(u"ip_cidr_range"_s, u"10.%1.16.0/20"_s.arg(i));
        Block &log = sn.add(u"log_config"_s);
        log.comment(fileText("VPC flow logs."));
        log.setStr(u"aggregation_interval"_s, u"INTERVAL_5_SEC"_s);
        log.set(u"flow_sampling"_s, u"0.5"_s);
        log.setStr(u"metadata"_s, u"INCLUDE_ALL_METADATA"_s);
        Block &router = res(u"network.tf"_s, u"google_compute_router"_s, k);
        router.set(u"name"_s, name(u"router-"_s + (r.isEmpty() ? u"main"_s : r)));
        router.set(u"region"_s, regionValue(r));
        router.set(u"network"_s, u"google_compute_network.main.id"_s);
        Block &nat = res(u"network.tf"_s, u"google_compute_router_nat"_s, k);
        nat.comment(fileText("Outbound internet for private nodes; nothing gets a public address."));
        nat.set(u"name"_s, name(u"nat-"_s + (r.isEmpty() ? u"main"_s : r)));
        nat.set(u"region"_s, regionValue(r));
        nat.set(u"router"_s, u"google_compute_router.%1.name"_s.arg(k));
        nat.setStr(u"nat_ip_allocate_option"_s, u"AUTO_ONLY"_s);
        nat.setStr(u"source_subnetwork_ip_ranges_to_nat"_s, u"ALL_SUBNETWORKS_ALL_IP_RANGES"_s);
        Block &nl = nat.add(u"log_config"_s);
        nl.setBool(u"enable"_s, true);
        nl.setStr(u"filter"_s, u"ERRORS_ONLY"_s);

        apis.insert(u"cloudkms.googleapis.com"_s);
        Block &ring = res(u"security.tf"_s, u"google_kms_key_ring"_s, k);
        ring.set(u"name"_s, name(r.isEmpty() ? u"main"_s : r));
        ring.set(u"location"_s, regionValue(r));
        const Unit *keyUnit = nullptr;
        for (const Unit &u : ctx.units)
            if (isKind(u, {kinds::keyManagement}) && ctx.regionOf(u) == r && !keyUnit)
                keyUnit = &u;
        Block &key = res(u"security.tf"_s, u"google_kms_crypto_key"_s, k);
        key.comment(keyUnit ? label(*keyUnit) : fileText("Customer-managed key for the data at rest in this region."));
        if (keyUnit)
            m.note(fileText("%1 is the customer-managed key of %2 (google_kms_crypto_key.%3).").arg(label(*keyUnit), r.isEmpty() ? u"the region"_s : r, k));
        key.set(u"name"_s, keyUnit ? name(keyUnit->slug) : u"\"data\""_s);
        key.set(u"key_ring"_s, u"google_kms_key_ring.%1.id"_s.arg(k));
        if (!keyUnit || props.boolValue(*keyUnit->component, keys::rotation))
            key.setStr(u"rotation_period"_s, u"7776000s"_s);
        Block &life = key.add(u"lifecycle"_s);
        life.comment(fileText("Destroying the key makes every copy of the data encrypted with it unreadable."));
        life.setBool(u"prevent_destroy"_s, true);
    }
    firewalls();
}

void GcpMapper::firewalls()
{
    std::set<QString> done;
    for (const Connection &c : ctx.design.connections()) {
        const Unit *from = ctx.unit(c.from);
        const Unit *to = ctx.unit(c.to);
        if (!to)
            continue;
        const QString target = tagOf(*to);
        if (target.isEmpty())
            continue;
        const int port = ctx.portOf(c);
        const QString source = from ? tagOf(*from) : QString();
        const bool viaLoadBalancer = from && isKind(*from, {kinds::loadBalancer, kinds::apiGateway});
        if (source.isEmpty() && !viaLoadBalancer)
            continue;
        if (source == target)
            continue;
        const QString ident = m.reserveName(u"%1_from_%2_%3"_s.arg(to->ident, from->ident).arg(port));
        if (!done.insert(target + source + QString::number(port) + (viaLoadBalancer ? u"lb"_s : QString())).second)
            continue;
        Block &fw = res(u"network.tf"_s, u"google_compute_firewall"_s, ident);
        fw.set(u"name"_s, name(hyphens(ident).left(40)));
        fw.set(u"network"_s, u"google_compute_network.main.id"_s);
        fw.setStr(u"description"_s, u"%1 -> %2 (%3 %4)"_s.arg(label(*from), label(*to), c.protocol.isEmpty() ? u"tcp"_s : c.protocol).arg(port));
        fw.setStr(u"direction"_s, u"INGRESS"_s);
        fw.setNum(u"priority"_s, 1000);
        if (viaLoadBalancer) {
            fw.comment(fileText("Google's load balancer proxies and health checks come from these ranges."));
            fw.set(u"source_ranges"_s, Value::strings({u"35.191.0.0/16"_s, u"130.211.0.0/22"_s}));
        } else {
            fw.set(u"source_tags"_s, Value::strings({source}));
        }
        fw.set(u"target_tags"_s, Value::strings({target}));
        Block &allow = fw.add(u"allow"_s);
        allow.setStr(u"protocol"_s, u"tcp"_s);
        allow.set(u"ports"_s, Value::strings({QString::number(port)}));
        fw.add(u"log_config"_s).setStr(u"metadata"_s, u"INCLUDE_ALL_METADATA"_s);
    }
}

void GcpMapper::serviceAccount(const QString &ident, const QString &title)
{
    apis.insert(u"iam.googleapis.com"_s);
    Block &sa = res(u"security.tf"_s, u"google_service_account"_s, ident);
    sa.set(u"account_id"_s, R(tmpl(u"${local.name}-"_s + hyphens(ident).left(16))));
    sa.setStr(u"display_name"_s, title);
}

void GcpMapper::cluster(const QString &ident, const QString &slug, const QString &title, const QString &regionName,
                        const QString &version, qint64 minNodes, qint64 maxNodes, bool privateEndpoint, int size, int index)
{
    apis.insert(u"container.googleapis.com"_s);
    needsKey(regionName, u"container-engine-robot.iam.gserviceaccount.com"_s);
    needsKey(regionName, u"compute-system.iam.gserviceaccount.com"_s);
    serviceAccount(ident + u"_nodes"_s, fileText("Nodes of %1").arg(title));
    Block &roles = res(u"security.tf"_s, u"google_project_iam_member"_s, ident + u"_nodes"_s);
    roles.comment(fileText("Least privilege for nodes: write logs and metrics, pull images."));
    roles.set(u"for_each"_s, u"toset([\"roles/logging.logWriter\", \"roles/monitoring.metricWriter\", \"roles/monitoring.viewer\", \"roles/artifactregistry.reader\"])"_s);
    roles.set(u"project"_s, u"var.project_id"_s);
    roles.set(u"role"_s, u"each.value"_s);
    roles.set(u"member"_s, u"google_service_account.%1_nodes.member"_s.arg(ident));

    Block &c = res(u"compute.tf"_s, u"google_container_cluster"_s, ident);
    c.comment(title);
    c.set(u"name"_s, name(slug));
    c.comment(fileText("A regional cluster: control plane and nodes spread over the region's zones."));
    c.set(u"location"_s, regionValue(regionName));
    const QStringList zones = ctx.zonesOf(regionName);
    if (zones.size() >= 2)
        c.set(u"node_locations"_s, Value::strings(zones));
    c.set(u"network"_s, u"google_compute_network.main.id"_s);
    c.set(u"subnetwork"_s, subnet(regionName));
    c.setStr(u"min_master_version"_s, version);
    c.setBool(u"remove_default_node_pool"_s, true);
    c.setNum(u"initial_node_count"_s, 1);
    c.setBool(u"deletion_protection"_s, true);
    c.setBool(u"enable_shielded_nodes"_s, true);
    c.setStr(u"networking_mode"_s, u"VPC_NATIVE"_s);
    c.add(u"release_channel"_s).setStr(u"channel"_s, u"REGULAR"_s);
    Block &ip = c.add(u"ip_allocation_policy"_s);
    ip.setStr(u"cluster_secondary_range_name"_s, u"pods"_s);
    ip.setStr(u"services_secondary_range_name"_s, u"services"_s);
    Block &priv = c.add(u"private_cluster_config"_s);
    priv.setBool(u"enable_private_nodes"_s, true);
    priv.setBool(u"enable_private_endpoint"_s, privateEndpoint);
    priv.setStr(u"master_ipv4_cidr_block"_s, u"172.16.%1.0/28"_s.arg(index * 16));
    Block &man = c.add(u"master_authorized_networks_config"_s);
    Block &dyn = man.add(u"dynamic"_s, {u"cidr_blocks"_s});
    dyn.set(u"for_each"_s, u"var.cluster_admin_cidrs"_s);
    Block &content = dyn.add(u"content"_s);
    content.set(u"cidr_block"_s, u"cidr_blocks.value"_s);
    content.setStr(u"display_name"_s, u"admin"_s);
    m.variable({u"cluster_admin_cidrs"_s, u"list(string)"_s,
                fileText("Address ranges allowed to reach the Kubernetes API (your office or VPN), never 0.0.0.0/0."),
                std::nullopt, false, u"!contains(var.cluster_admin_cidrs, \"0.0.0.0/0\")"_s, fileText("Do not open the Kubernetes API to the whole internet.")});
    Block &np = c.add(u"network_policy"_s);
    np.setBool(u"enabled"_s, true);
    np.setStr(u"provider"_s, u"CALICO"_s);
    c.add(u"addons_config"_s).add(u"network_policy_config"_s).setBool(u"disabled"_s, false);
    Block &enc = c.add(u"database_encryption"_s);
    enc.comment(fileText("Kubernetes secrets encrypted with the region's key."));
    enc.setStr(u"state"_s, u"ENCRYPTED"_s);
    enc.set(u"key_name"_s, key(regionName));
    c.add(u"workload_identity_config"_s).set(u"workload_pool"_s, R(tmpl(u"${var.project_id}.svc.id.goog"_s)));
    c.add(u"master_auth"_s).add(u"client_certificate_config"_s).setBool(u"issue_client_certificate"_s, false);
    c.add(u"binary_authorization"_s).setStr(u"evaluation_mode"_s, u"PROJECT_SINGLETON_POLICY_ENFORCE"_s);
    c.add(u"logging_config"_s).set(u"enable_components"_s, Value::strings({u"SYSTEM_COMPONENTS"_s, u"APISERVER"_s, u"WORKLOADS"_s}));
    Block &mon = c.add(u"monitoring_config"_s);
    mon.set(u"enable_components"_s, Value::strings({u"SYSTEM_COMPONENTS"_s}));
    mon.add(u"managed_prometheus"_s).setBool(u"enabled"_s, true);
    c.set(u"depends_on"_s, list({R(u"google_kms_crypto_key_iam_binding.%1"_s.arg(Context::regionKey(regionName)))}));

    Block &pool = res(u"compute.tf"_s, u"google_container_node_pool"_s, ident);
    pool.set(u"name_prefix"_s, R(tmpl(slug.left(20) + u"-"_s)));
    pool.set(u"cluster"_s, u"google_container_cluster.%1.id"_s.arg(ident));
    pool.set(u"location"_s, regionValue(regionName));
    Block &as = pool.add(u"autoscaling"_s);
    as.setNum(u"total_min_node_count"_s, minNodes);
    as.setNum(u"total_max_node_count"_s, std::max(minNodes, maxNodes));
    as.setStr(u"location_policy"_s, u"BALANCED"_s);
    Block &mg = pool.add(u"management"_s);
    mg.setBool(u"auto_repair"_s, true);
    mg.setBool(u"auto_upgrade"_s, true);
    Block &nc = pool.add(u"node_config"_s);
    nc.setStr(u"machine_type"_s, QString::fromLatin1(kMachine[size]));
    nc.set(u"service_account"_s, u"google_service_account.%1_nodes.email"_s.arg(ident));
    nc.set(u"oauth_scopes"_s, Value::strings({u"https://www.googleapis.com/auth/cloud-platform"_s}));
    nc.setStr(u"image_type"_s, u"COS_CONTAINERD"_s);
    nc.setNum(u"disk_size_gb"_s, 50);
    nc.setStr(u"disk_type"_s, u"pd-balanced"_s);
    nc.set(u"boot_disk_kms_key"_s, key(regionName));
    nc.set(u"tags"_s, Value::strings({hyphens(ident) + u"-nodes"_s}));
    nc.set(u"metadata"_s, obj({{u"disable-legacy-endpoints"_s, S(u"true"_s)}}));
    Block &sh = nc.add(u"shielded_instance_config"_s);
    sh.setBool(u"enable_secure_boot"_s, true);
    sh.setBool(u"enable_integrity_monitoring"_s, true);
    nc.add(u"workload_metadata_config"_s).setStr(u"mode"_s, u"GKE_METADATA"_s);
    Block &up = pool.add(u"upgrade_settings"_s);
    up.setNum(u"max_surge"_s, 1);
    up.setNum(u"max_unavailable"_s, 0);
    pool.add(u"lifecycle"_s).setBool(u"create_before_destroy"_s, true);
    m.output(ident + u"_cluster_name"_s, u"google_container_cluster.%1.name"_s.arg(ident), fileText("Name of the GKE cluster %1").arg(title));
}

void GcpMapper::cloudRun(const Unit &u)
{
    apis.insert(u"run.googleapis.com"_s);
    const QString r = region(u);
    const ReplicaCount scale = replicaCountOf(props, *u.component);
    serviceAccount(u.ident, label(u));
    QString image = props.stringValue(*u.component, keys::image);
    Value imageValue = S(image);
    if (image.isEmpty()) {
        m.variable({u.ident + u"_image"_s, u"string"_s, fileText("Container image of %1, with a fixed tag").arg(label(u)), std::nullopt, false, {}, {}});
        imageValue = R(u"var.%1_image"_s.arg(u.ident));
    }
    Block &s = res(u"compute.tf"_s, u"google_cloud_run_v2_service"_s, u.ident);
    s.set(u"name"_s, name(u.slug));
    s.set(u"location"_s, regionValue(r));
    s.comment(ctx.isPublic(u) ? fileText("Reached from the internet only through the HTTPS load balancer (and its Cloud Armor policy).")
                              : fileText("Reachable only from inside the VPC."));
    s.setStr(u"ingress"_s, ctx.isPublic(u) ? u"INGRESS_TRAFFIC_INTERNAL_LOAD_BALANCER"_s : u"INGRESS_TRAFFIC_INTERNAL_ONLY"_s);
    s.setBool(u"deletion_protection"_s, true);
    Block &t = s.add(u"template"_s);
    t.set(u"service_account"_s, u"google_service_account.%1.email"_s.arg(u.ident));
    Block &sc = t.add(u"scaling"_s);
    sc.setNum(u"min_instance_count"_s, scale.minReplicas);
    sc.setNum(u"max_instance_count"_s, scale.maxReplicas);
    Block &vpc = t.add(u"vpc_access"_s);
    vpc.setStr(u"egress"_s, u"PRIVATE_RANGES_ONLY"_s);
    Block &ni = vpc.add(u"network_interfaces"_s);
    ni.set(u"network"_s, u"google_compute_network.main.id"_s);
    ni.set(u"subnetwork"_s, subnet(r));
    Block &c = t.add(u"containers"_s);
    c.set(u"image"_s, imageValue);
    c.add(u"ports"_s).setNum(u"container_port"_s, props.intValue(*u.component, keys::port));
    Block &resources = c.add(u"resources"_s);
    resources.set(u"limits"_s, obj({{u"cpu"_s, S(QString::number(std::max<qint64>(1, (props.intValue(*u.component, keys::cpuLimit) + 999) / 1000)))},
                                    {u"memory"_s, S(u"%1Mi"_s.arg(std::max<qint64>(512, props.intValue(*u.component, keys::memoryLimit))))}}));
    Block &startup = c.add(u"startup_probe"_s);
    startup.add(u"http_get"_s).setStr(u"path"_s, props.stringValue(*u.component, keys::readinessPath));
    Block &live = c.add(u"liveness_probe"_s);
    live.add(u"http_get"_s).setStr(u"path"_s, props.stringValue(*u.component, keys::healthPath));
    const QString filter = u"resource.type = \"cloud_run_revision\" AND resource.labels.service_name = \"%1\""_s;
    const QString svc = u"${local.name}-"_s + u.slug;
    Q_UNUSED(svc)
    alert(u, u"cpu"_s, fileText("CPU above 80 %"), filter.arg(u"${local.name}-"_s + u.slug) + u" AND metric.type = \"run.googleapis.com/container/cpu/utilizations\""_s,
          u"ALIGN_PERCENTILE_99"_s, 0.8);
    alert(u, u"memory"_s, fileText("memory above 80 %"), filter.arg(u"${local.name}-"_s + u.slug) + u" AND metric.type = \"run.googleapis.com/container/memory/utilizations\""_s,
          u"ALIGN_PERCENTILE_99"_s, 0.8);
    alert(u, u"5xx"_s, fileText("server errors (5xx)"), filter.arg(u"${local.name}-"_s + u.slug) + u" AND metric.type = \"run.googleapis.com/request_count\" AND metric.labels.response_code_class = \"5xx\""_s,
          u"ALIGN_RATE"_s, 1);
    alert(u, u"latency"_s, fileText("p95 latency above 1 second"), filter.arg(u"${local.name}-"_s + u.slug) + u" AND metric.type = \"run.googleapis.com/request_latencies\""_s,
          u"ALIGN_PERCENTILE_95"_s, 1000);
}

void GcpMapper::instanceGroup(const Unit &u)
{
    const QString r = region(u);
    const ReplicaCount scale = replicaCountOf(props, *u.component);
    const bool windows = props.stringValue(*u.component, keys::os) == QLatin1String("windows");
    needsKey(r, u"compute-system.iam.gserviceaccount.com"_s);
    serviceAccount(u.ident, label(u));
    const qint64 port = props.intValue(*u.component, keys::port) > 0 ? props.intValue(*u.component, keys::port) : 8080;
    Block &t = res(u"compute.tf"_s, u"google_compute_instance_template"_s, u.ident);
    t.set(u"name_prefix"_s, R(tmpl(u"${local.name}-%1-"_s.arg(u.slug.left(20)))));
    t.setStr(u"machine_type"_s, QString::fromLatin1(kMachine[sizeIndex(props.stringValue(*u.component, keys::instanceSize))]));
    t.set(u"region"_s, regionValue(r));
    t.set(u"tags"_s, Value::strings({u.slug}));
    t.set(u"metadata"_s, obj({{u"block-project-ssh-keys"_s, S(u"true"_s)}, {u"enable-oslogin"_s, S(u"TRUE"_s)}}));
    Block &d = t.add(u"disk"_s);
    d.setStr(u"source_image"_s, windows ? u"windows-cloud/windows-2022"_s : u"debian-cloud/debian-12"_s);
    d.setBool(u"boot"_s, true);
    d.setBool(u"auto_delete"_s, true);
    d.setNum(u"disk_size_gb"_s, u.kind->property(keys::storageGb) ? std::max<qint64>(20, props.intValue(*u.component, keys::storageGb)) : 30);
    d.add(u"disk_encryption_key"_s).set(u"kms_key_self_link"_s, key(r));
    Block &ni = t.add(u"network_interface"_s);
    ni.comment(fileText("No access_config: the instances get no public address."));
    ni.set(u"subnetwork"_s, subnet(r));
    Block &sa = t.add(u"service_account"_s);
    sa.set(u"email"_s, u"google_service_account.%1.email"_s.arg(u.ident));
    sa.set(u"scopes"_s, Value::strings({u"cloud-platform"_s}));
    Block &sh = t.add(u"shielded_instance_config"_s);
    sh.setBool(u"enable_secure_boot"_s, true);
    sh.setBool(u"enable_vtpm"_s, true);
    sh.setBool(u"enable_integrity_monitoring"_s, true);
    t.add(u"lifecycle"_s).setBool(u"create_before_destroy"_s, true);

    Block &hc = res(u"compute.tf"_s, u"google_compute_health_check"_s, u.ident);
    hc.set(u"name"_s, name(u.slug));
    Block &tcp = hc.add(u"tcp_health_check"_s);
    tcp.setNum(u"port"_s, port);

    Block &g = res(u"compute.tf"_s, u"google_compute_region_instance_group_manager"_s, u.ident);
    g.set(u"name"_s, name(u.slug));
    g.set(u"region"_s, regionValue(r));
    g.setStr(u"base_instance_name"_s, u.slug);
    const QStringList zones = ctx.zonesOf(r);
    if (zones.size() >= 2)
        g.set(u"distribution_policy_zones"_s, Value::strings(zones));
    if (!scale.autoscaling)
        g.setNum(u"target_size"_s, scale.desired());
    Block &v = g.add(u"version"_s);
    v.set(u"instance_template"_s, u"google_compute_instance_template.%1.self_link_unique"_s.arg(u.ident));
    Block &np = g.add(u"named_port"_s);
    np.setStr(u"name"_s, u"app"_s);
    np.setNum(u"port"_s, port);
    Block &ah = g.add(u"auto_healing_policies"_s);
    ah.set(u"health_check"_s, u"google_compute_health_check.%1.id"_s.arg(u.ident));
    ah.setNum(u"initial_delay_sec"_s, 300);
    if (scale.autoscaling) {
        Block &a = res(u"compute.tf"_s, u"google_compute_region_autoscaler"_s, u.ident);
        a.set(u"name"_s, name(u.slug));
        a.set(u"region"_s, regionValue(r));
        a.set(u"target"_s, u"google_compute_region_instance_group_manager.%1.id"_s.arg(u.ident));
        Block &p = a.add(u"autoscaling_policy"_s);
        p.setNum(u"min_replicas"_s, scale.minReplicas);
        p.setNum(u"max_replicas"_s, scale.maxReplicas);
        p.add(u"cpu_utilization"_s).set(u"target"_s, QString::number(double(props.intValue(*u.component, keys::cpuTarget)) / 100.0));
    }
    alert(u, u"cpu"_s, fileText("CPU above 80 %"),
          u"resource.type = \"gce_instance\" AND metric.type = \"compute.googleapis.com/instance/cpu/utilization\" AND metadata.system_labels.name = starts_with(\"%1\")"_s.arg(u.slug),
          u"ALIGN_MEAN"_s, 0.8);
    m.todo(fileText("%1 runs on virtual machines: add a startup script that installs and starts the application to google_compute_instance_template.%2.").arg(label(u), u.ident));
}

void GcpMapper::function(const Unit &u)
{
    apis.insert(u"cloudfunctions.googleapis.com"_s);
    apis.insert(u"run.googleapis.com"_s);
    apis.insert(u"cloudbuild.googleapis.com"_s);
    const QString r = region(u);
    const QString runtime = props.stringValue(*u.component, keys::runtime);
    const QString gcpRuntime = runtime == QLatin1String("go") ? u"go122"_s
                               : runtime == QLatin1String("nodejs20.x") ? u"nodejs20"_s
                               : runtime == QLatin1String("python3.12") ? u"python312"_s : runtime;
    serviceAccount(u.ident, label(u));
    m.variable({u"functions_source_bucket"_s, u"string"_s, fileText("Bucket holding the zipped sources of the Cloud Functions"), std::nullopt, false, {}, {}});
    m.variable({u.ident + u"_source_object"_s, u"string"_s, fileText("Object (zip) in the sources bucket with the code of %1").arg(label(u)), std::nullopt, false, {}, {}});
    Block &f = res(u"compute.tf"_s, u"google_cloudfunctions2_function"_s, u.ident);
    f.set(u"name"_s, name(u.slug));
    f.set(u"location"_s, regionValue(r));
    f.setStr(u"description"_s, label(u));
    Block &b = f.add(u"build_config"_s);
    b.setStr(u"runtime"_s, gcpRuntime);
    b.setStr(u"entry_point"_s, u"handler"_s);
    Block &src = b.add(u"source"_s).add(u"storage_source"_s);
    src.set(u"bucket"_s, u"var.functions_source_bucket"_s);
    src.set(u"object"_s, u"var.%1_source_object"_s.arg(u.ident));
    Block &sc = f.add(u"service_config"_s);
    sc.setNum(u"max_instance_count"_s, 100);
    sc.setStr(u"available_memory"_s, u"%1M"_s.arg(props.intValue(*u.component, keys::memoryMb)));
    bool eventDriven = false;
    for (const Connection *c : ctx.incoming(u.component->id))
        if (const Unit *q = ctx.unit(c->from); q && isKind(*q, {kinds::messageQueue, kinds::eventStream}) && props.stringValue(*q->component, keys::engine) == QLatin1String("managed"))
            eventDriven = true;
    // Event-driven functions may run 9 minutes at most, HTTP ones an hour.
    sc.setNum(u"timeout_seconds"_s, std::min<qint64>(props.intValue(*u.component, keys::timeoutSeconds), eventDriven ? 540 : 3600));
    sc.setStr(u"ingress_settings"_s, ctx.isPublic(u) ? u"ALLOW_INTERNAL_AND_GCLB"_s : u"ALLOW_INTERNAL_ONLY"_s);
    sc.set(u"service_account_email"_s, u"google_service_account.%1.email"_s.arg(u.ident));
    sc.setBool(u"all_traffic_on_latest_revision"_s, true);
    const QString trigger = props.stringValue(*u.component, keys::trigger);
    for (const Connection *c : ctx.incoming(u.component->id)) {
        const Unit *q = ctx.unit(c->from);
        if (!q || !isKind(*q, {kinds::messageQueue, kinds::eventStream}) || props.stringValue(*q->component, keys::engine) != QLatin1String("managed"))
            continue;
        Block &et = f.add(u"event_trigger"_s);
        et.set(u"trigger_region"_s, regionValue(r));
        et.setStr(u"event_type"_s, u"google.cloud.pubsub.topic.v1.messagePublished"_s);
        et.set(u"pubsub_topic"_s, u"google_pubsub_topic.%1.id"_s.arg(q->ident));
        et.setStr(u"retry_policy"_s, u"RETRY_POLICY_RETRY"_s);
        et.set(u"service_account_email"_s, u"google_service_account.%1.email"_s.arg(u.ident));
        break;
    }
    if (trigger == QLatin1String("schedule"))
        m.todo(fileText("%1 runs on a schedule: add a google_cloud_scheduler_job that calls it.").arg(label(u)));
    const QString filter = u"resource.type = \"cloud_run_revision\" AND resource.labels.service_name = \"${local.name}-%1\""_s.arg(u.slug);
    alert(u, u"errors"_s, fileText("failing requests (5xx)"), filter + u" AND metric.type = \"run.googleapis.com/request_count\" AND metric.labels.response_code_class = \"5xx\""_s,
          u"ALIGN_RATE"_s, 0);
    alert(u, u"latency"_s, fileText("p95 latency above 80 % of the timeout"), filter + u" AND metric.type = \"run.googleapis.com/request_latencies\""_s,
          u"ALIGN_PERCENTILE_95"_s, double(props.intValue(*u.component, keys::timeoutSeconds)) * 800);
}

void GcpMapper::sql(const Unit &u)
{
    apis.insert(u"sqladmin.googleapis.com"_s);
    privateServices = true;
    const QString r = region(u);
    needsKey(r, u"gcp-sa-cloud-sql.iam.gserviceaccount.com"_s);
    const bool mysql = props.stringValue(*u.component, keys::engine) == QLatin1String("mysql");
    const QString version = props.stringValue(*u.component, keys::engineVersion);
    const QString dbVersion = mysql ? u"MYSQL_"_s + QString(version).replace(u'.', u'_') : u"POSTGRES_"_s + version.section(u'.', 0, 0);
    const qint64 designRetention = props.boolValue(*u.component, keys::backups) ? props.intValue(*u.component, keys::backupRetentionDays) : 0;
    const qint64 retention = std::max<qint64>(7, designRetention);
    if (designRetention < 7)
        m.note(fileText("%1: the design keeps backups for %2 days; the export keeps 7, the least a production database should have.").arg(label(u)).arg(designRetention));
    const QString tier = QString::fromLatin1(kSqlTier[sizeIndex(props.stringValue(*u.component, keys::instanceSize))]);
    auto settings = [&](Block &db, bool primary, const QString &regionName) {
        Block &s = db.add(u"settings"_s);
        s.setStr(u"tier"_s, tier);
        s.setStr(u"edition"_s, u"ENTERPRISE"_s);
        s.setStr(u"availability_type"_s, primary && props.boolValue(*u.component, keys::multiAz) ? u"REGIONAL"_s : u"ZONAL"_s);
        s.setNum(u"disk_size"_s, props.intValue(*u.component, keys::storageGb));
        s.setStr(u"disk_type"_s, u"PD_SSD"_s);
        s.setBool(u"disk_autoresize"_s, true);
        s.setBool(u"deletion_protection_enabled"_s, true);
        if (primary) {
            Block &b = s.add(u"backup_configuration"_s);
            b.setBool(u"enabled"_s, true);
            b.setStr(u"start_time"_s, u"03:00"_s);
            b.setBool(mysql ? u"binary_log_enabled"_s : u"point_in_time_recovery_enabled"_s, true);
            b.setNum(u"transaction_log_retention_days"_s, 7);
            Block &keep = b.add(u"backup_retention_settings"_s);
            keep.setNum(u"retained_backups"_s, retention);
            keep.setStr(u"retention_unit"_s, u"COUNT"_s);
            Block &mw = s.add(u"maintenance_window"_s);
            mw.setNum(u"day"_s, 7);
            mw.setNum(u"hour"_s, 4);
            mw.setStr(u"update_track"_s, u"stable"_s);
        }
        Block &ip = s.add(u"ip_configuration"_s);
        ip.comment(fileText("Private IP only, and only encrypted connections."));
        ip.setBool(u"ipv4_enabled"_s, false);
        ip.set(u"private_network"_s, u"google_compute_network.main.id"_s);
        ip.setStr(u"ssl_mode"_s, u"ENCRYPTED_ONLY"_s);
        ip.setBool(u"enable_private_path_for_google_cloud_services"_s, true);
        Block &qi = s.add(u"insights_config"_s);
        qi.setBool(u"query_insights_enabled"_s, true);
        qi.setBool(u"record_application_tags"_s, true);
        const std::vector<std::pair<QString, QString>> flags =
            mysql ? std::vector<std::pair<QString, QString>>{{u"slow_query_log"_s, u"on"_s}, {u"local_infile"_s, u"off"_s}}
                  : std::vector<std::pair<QString, QString>>{{u"log_connections"_s, u"on"_s}, {u"log_disconnections"_s, u"on"_s},
                                                             {u"log_lock_waits"_s, u"on"_s}, {u"cloudsql.iam_authentication"_s, u"on"_s}};
        for (const auto &[flag, value] : flags) {
            Block &f = s.add(u"database_flags"_s);
            f.setStr(u"name"_s, flag);
            f.setStr(u"value"_s, value);
        }
        Q_UNUSED(regionName)
    };
    Block &db = res(u"data.tf"_s, u"google_sql_database_instance"_s, u.ident);
    db.set(u"name"_s, name(u.slug));
    db.set(u"region"_s, regionValue(r));
    db.setStr(u"database_version"_s, dbVersion);
    db.set(u"encryption_key_name"_s, key(r));
    db.setBool(u"deletion_protection"_s, true);
    settings(db, true, r);
    db.set(u"depends_on"_s, list({R(u"google_service_networking_connection.private_services"_s),
                                  R(u"google_kms_crypto_key_iam_binding.%1"_s.arg(Context::regionKey(r)))}));
    m.variable({u.ident + u"_password"_s, u"string"_s, fileText("Password of the app_admin user of %1 (16 characters or more)").arg(label(u)),
                std::nullopt, true, u"length(var.%1_password) >= 16"_s.arg(u.ident), fileText("Use at least 16 characters.")});
    Block &user = res(u"data.tf"_s, u"google_sql_user"_s, u.ident);
    user.setStr(u"name"_s, u"app_admin"_s);
    user.set(u"instance"_s, u"google_sql_database_instance.%1.name"_s.arg(u.ident));
    user.comment(fileText("Write-only: the password is sent to Google but never stored in the Terraform state."));
    user.set(u"password_wo"_s, u"var.%1_password"_s.arg(u.ident));
    user.setNum(u"password_wo_version"_s, 1);
    const qint64 replicas = props.intValue(*u.component, keys::replicas);
    if (replicas > 1) {
        Block &rep = res(u"data.tf"_s, u"google_sql_database_instance"_s, u.ident + u"_replica"_s);
        rep.comment(fileText("Read replicas: the design asks for %1 instances in all.").arg(replicas));
        rep.setNum(u"count"_s, replicas - 1);
        rep.set(u"name"_s, R(tmpl(u"${local.name}-%1-replica-${count.index + 1}"_s.arg(u.slug))));
        rep.set(u"region"_s, regionValue(r));
        rep.setStr(u"database_version"_s, dbVersion);
        rep.set(u"master_instance_name"_s, u"google_sql_database_instance.%1.name"_s.arg(u.ident));
        rep.set(u"encryption_key_name"_s, key(r));
        rep.setBool(u"deletion_protection"_s, true);
        rep.add(u"replica_configuration"_s).setBool(u"failover_target"_s, false);
        settings(rep, false, r);
    }
    const QString replicaRegion = props.stringValue(*u.component, keys::replicaRegion);
    if (props.boolValue(*u.component, keys::crossRegionReplica) && !replicaRegion.isEmpty()) {
        needsKey(replicaRegion, u"gcp-sa-cloud-sql.iam.gserviceaccount.com"_s);
        Block &rep = res(u"data.tf"_s, u"google_sql_database_instance"_s, u.ident + u"_"_s + Context::regionKey(replicaRegion));
        rep.comment(fileText("Cross-region replica in %1, for recovery when %2 is lost.").arg(replicaRegion, r));
        rep.set(u"name"_s, name(u.slug + u"-"_s + replicaRegion));
        rep.setStr(u"region"_s, replicaRegion);
        rep.setStr(u"database_version"_s, dbVersion);
        rep.set(u"master_instance_name"_s, u"google_sql_database_instance.%1.name"_s.arg(u.ident));
        rep.set(u"encryption_key_name"_s, key(replicaRegion));
        rep.setBool(u"deletion_protection"_s, true);
        settings(rep, false, replicaRegion);
    }
    const QString filter = u"resource.type = \"cloudsql_database\" AND resource.labels.database_id = \"${var.project_id}:${local.name}-%1\""_s.arg(u.slug);
    alert(u, u"cpu"_s, fileText("CPU above 80 %"), filter + u" AND metric.type = \"cloudsql.googleapis.com/database/cpu/utilization\""_s, u"ALIGN_MEAN"_s, 0.8);
    alert(u, u"memory"_s, fileText("memory above 80 %"), filter + u" AND metric.type = \"cloudsql.googleapis.com/database/memory/utilization\""_s, u"ALIGN_MEAN"_s, 0.8);
    alert(u, u"disk"_s, fileText("disk above 85 %"), filter + u" AND metric.type = \"cloudsql.googleapis.com/database/disk/utilization\""_s, u"ALIGN_MEAN"_s, 0.85);
    if (!mysql)
        alert(u, u"query_time"_s, fileText("query execution time above 0.5 s per second"),
              filter + u" AND metric.type = \"cloudsql.googleapis.com/database/postgresql/insights/aggregate/execution_time\""_s,
              u"ALIGN_RATE"_s, 500000, u"REDUCE_SUM"_s);
    m.output(u.ident + u"_connection_name"_s, u"google_sql_database_instance.%1.connection_name"_s.arg(u.ident), fileText("Connection name of %1").arg(label(u)));
    m.output(u.ident + u"_private_ip"_s, u"google_sql_database_instance.%1.private_ip_address"_s.arg(u.ident), fileText("Private address of %1").arg(label(u)));
}

void GcpMapper::spanner(const Unit &u)
{
    if (props.stringValue(*u.component, keys::engine) != QLatin1String("spanner")) {
        m.omit(u, u"data.tf"_s, fileText("Google Cloud has no managed %1; run it on GKE, or choose Spanner (engine: spanner).").arg(props.stringValue(*u.component, keys::engine)));
        return;
    }
    apis.insert(u"spanner.googleapis.com"_s);
    const QString r = region(u);
    const bool multi = props.boolValue(*u.component, keys::multiRegion) || props.boolValue(*u.component, keys::crossRegionReplica);
    const QString continent = continentOf(r);
    const QString config = multi ? (continent == QLatin1String("EU") ? u"eur3"_s : continent == QLatin1String("ASIA") ? u"asia1"_s : u"nam6"_s)
                                 : u"regional-"_s + r;
    Block &i = res(u"data.tf"_s, u"google_spanner_instance"_s, u.ident);
    i.set(u"name"_s, name(u.slug));
    i.set(u"config"_s, r.isEmpty() && !multi ? R(u"\"regional-${var.region}\""_s) : S(config));
    i.setStr(u"display_name"_s, label(u).left(30));
    i.setNum(u"processing_units"_s, 1000 * std::max<qint64>(1, (props.intValue(*u.component, keys::replicas) + 2) / 3));
    i.setStr(u"edition"_s, multi ? u"ENTERPRISE_PLUS"_s : u"ENTERPRISE"_s);
    Block &d = res(u"data.tf"_s, u"google_spanner_database"_s, u.ident);
    d.set(u"instance"_s, u"google_spanner_instance.%1.name"_s.arg(u.ident));
    d.setStr(u"name"_s, u.slug.left(30));
    d.setStr(u"version_retention_period"_s, u"7d"_s);
    d.setBool(u"deletion_protection"_s, true);
    d.setBool(u"enable_drop_protection"_s, true);
    if (!multi) {
        needsKey(r, u"gcp-sa-spanner.iam.gserviceaccount.com"_s);
        d.add(u"encryption_config"_s).set(u"kms_key_name"_s, key(r));
    } else {
        m.todo(fileText("%1 is multi-region: give google_spanner_database.%2 a key in each replica region (encryption_config.kms_key_names).").arg(label(u), u.ident));
    }
    m.todo(fileText("%1: add a backup schedule (google_spanner_backup_schedule) for the retention you need.").arg(label(u)));
}

void GcpMapper::firestore(const Unit &u)
{
    apis.insert(u"firestore.googleapis.com"_s);
    const QString r = region(u);
    needsKey(r, u"gcp-sa-firestore.iam.gserviceaccount.com"_s);
    Block &d = res(u"data.tf"_s, u"google_firestore_database"_s, u.ident);
    d.set(u"name"_s, name(u.slug));
    d.set(u"location_id"_s, regionValue(r));
    d.setStr(u"type"_s, u"FIRESTORE_NATIVE"_s);
    d.setStr(u"point_in_time_recovery_enablement"_s, u"POINT_IN_TIME_RECOVERY_ENABLED"_s);
    d.setStr(u"delete_protection_state"_s, u"DELETE_PROTECTION_ENABLED"_s);
    d.setStr(u"deletion_policy"_s, u"ABANDON"_s);
    d.add(u"cmek_config"_s).set(u"kms_key_name"_s, key(r));
    d.set(u"depends_on"_s, list({R(u"google_kms_crypto_key_iam_binding.%1"_s.arg(Context::regionKey(r)))}));
    if (props.boolValue(*u.component, keys::backups)) {
        Block &b = res(u"data.tf"_s, u"google_firestore_backup_schedule"_s, u.ident);
        b.set(u"database"_s, u"google_firestore_database.%1.name"_s.arg(u.ident));
        b.setStr(u"retention"_s, u"%1s"_s.arg(std::max<qint64>(7, props.intValue(*u.component, keys::backupRetentionDays)) * 86400));
        b.add(u"daily_recurrence"_s);
    }
    if (props.boolValue(*u.component, keys::multiAz))
        m.note(fileText("%1: Firestore replicates across the zones of its region by itself.").arg(label(u)));
}

void GcpMapper::redis(const Unit &u)
{
    apis.insert(u"redis.googleapis.com"_s);
    privateServices = true;
    const QString r = region(u);
    const qint64 nodes = std::max<qint64>(props.intValue(*u.component, keys::replicas), props.boolValue(*u.component, keys::multiAz) ? 2 : 1);
    if (props.stringValue(*u.component, keys::engine) == QLatin1String("memcached")) {
        apis.insert(u"memcache.googleapis.com"_s);
        Block &mc = res(u"data.tf"_s, u"google_memcache_instance"_s, u.ident);
        mc.set(u"name"_s, name(u.slug));
        mc.set(u"region"_s, regionValue(r));
        mc.setNum(u"node_count"_s, nodes);
        mc.setStr(u"memcache_version"_s, u"MEMCACHE_1_6_15"_s);
        mc.set(u"authorized_network"_s, u"google_compute_network.main.id"_s);
        Block &nc = mc.add(u"node_config"_s);
        nc.setNum(u"cpu_count"_s, 1);
        nc.setNum(u"memory_size_mb"_s, 1024 * kRedisGb[sizeIndex(props.stringValue(*u.component, keys::instanceSize))]);
        mc.set(u"depends_on"_s, list({R(u"google_service_networking_connection.private_services"_s)}));
        m.note(fileText("%1 is Memcached: Memorystore cannot encrypt it with your key, and a lost node loses its data.").arg(label(u)));
        return;
    }
    needsKey(r, u"cloud-redis.iam.gserviceaccount.com"_s);
    const QStringList zones = ctx.zonesOf(r);
    Block &c = res(u"data.tf"_s, u"google_redis_instance"_s, u.ident);
    if (nodes < 2)
        c.comment(fileText("One node, as designed: no automatic failover. Give the design 2 or more replicas for a standby."));
    c.set(u"name"_s, name(u.slug));
    c.setStr(u"display_name"_s, label(u));
    c.set(u"region"_s, regionValue(r));
    c.setStr(u"tier"_s, nodes >= 2 ? u"STANDARD_HA"_s : u"BASIC"_s);
    c.setNum(u"memory_size_gb"_s, kRedisGb[sizeIndex(props.stringValue(*u.component, keys::instanceSize))]);
    c.setStr(u"redis_version"_s, props.stringValue(*u.component, keys::engineVersion).startsWith(u'6') ? u"REDIS_6_X"_s : u"REDIS_7_2"_s);
    if (!zones.isEmpty())
        c.setStr(u"location_id"_s, zones.first());
    if (nodes >= 2 && zones.size() >= 2)
        c.setStr(u"alternative_location_id"_s, zones.at(1));
    if (nodes >= 2) {
        c.setNum(u"replica_count"_s, nodes - 1);
        c.setStr(u"read_replicas_mode"_s, u"READ_REPLICAS_ENABLED"_s);
    }
    c.set(u"authorized_network"_s, u"google_compute_network.main.id"_s);
    c.setStr(u"connect_mode"_s, u"PRIVATE_SERVICE_ACCESS"_s);
    c.setBool(u"auth_enabled"_s, true);
    c.setStr(u"transit_encryption_mode"_s, u"SERVER_AUTHENTICATION"_s);
    c.set(u"customer_managed_key"_s, key(r));
    Block &p = c.add(u"persistence_config"_s);
    p.setStr(u"persistence_mode"_s, u"RDB"_s);
    p.setStr(u"rdb_snapshot_period"_s, u"TWELVE_HOURS"_s);
    c.set(u"depends_on"_s, list({R(u"google_service_networking_connection.private_services"_s),
                                 R(u"google_kms_crypto_key_iam_binding.%1"_s.arg(Context::regionKey(r)))}));
    alert(u, u"memory"_s, fileText("memory above 80 %"),
          u"resource.type = \"redis_instance\" AND resource.labels.instance_id = \"projects/${var.project_id}/locations/%1/instances/${local.name}-%2\" AND metric.type = \"redis.googleapis.com/stats/memory/usage_ratio\""_s
              .arg(r.isEmpty() ? u"${var.region}"_s : r, u.slug),
          u"ALIGN_MEAN"_s, 0.8);
}

void GcpMapper::bucket(const Unit &u)
{
    apis.insert(u"storage.googleapis.com"_s);
    const QString r = region(u);
    const bool dual = props.boolValue(*u.component, keys::crossRegionReplica);
    if (!dual)
        needsKey(r, u"gs-project-accounts.iam.gserviceaccount.com"_s);
    Block &b = res(u"data.tf"_s, u"google_storage_bucket"_s, u.ident);
    b.set(u"name"_s, R(tmpl(u"${local.name}-%1-${substr(md5(var.project_id), 0, 8)}"_s.arg(u.slug.left(20)))));
    if (dual) {
        b.comment(fileText("A multi-region bucket keeps copies in several regions of %1, as the design's cross-region replica asks.").arg(continentOf(r)));
        b.setStr(u"location"_s, continentOf(r));
    } else {
        b.set(u"location"_s, r.isEmpty() ? R(u"upper(var.region)"_s) : S(r.toUpper()));
    }
    b.setStr(u"storage_class"_s, u"STANDARD"_s);
    b.setBool(u"uniform_bucket_level_access"_s, true);
    b.setStr(u"public_access_prevention"_s, u"enforced"_s);
    b.setBool(u"force_destroy"_s, false);
    b.add(u"versioning"_s).setBool(u"enabled"_s, props.boolValue(*u.component, keys::versioning));
    if (!dual) {
        b.add(u"encryption"_s).set(u"default_kms_key_name"_s, key(r));
    } else {
        m.note(fileText("%1 is multi-region, so it keeps Google-managed encryption; a customer-managed key must live in the same multi-region location.").arg(label(u)));
    }
    b.add(u"soft_delete_policy"_s).setNum(u"retention_duration_seconds"_s, 604800);
    if (const qint64 days = props.intValue(*u.component, keys::lifecycleDays); days > 0) {
        Block &rule = b.add(u"lifecycle_rule"_s);
        rule.add(u"action"_s).setStr(u"type"_s, u"Delete"_s);
        rule.add(u"condition"_s).setNum(u"age"_s, days);
    }
    if (!dual)
        b.set(u"depends_on"_s, list({R(u"google_kms_crypto_key_iam_binding.%1"_s.arg(Context::regionKey(r)))}));
    m.todo(fileText("%1 (Bucket): grant readers and writers with google_storage_bucket_iam_member (service accounts only).").arg(label(u)));
    m.output(u.ident + u"_bucket"_s, u"google_storage_bucket.%1.name"_s.arg(u.ident), fileText("Name of the bucket %1").arg(label(u)));
}

void GcpMapper::pubsub(const Unit &u)
{
    apis.insert(u"pubsub.googleapis.com"_s);
    const QString r = region(u);
    needsKey(r, u"gcp-sa-pubsub.iam.gserviceaccount.com"_s);
    const bool queue = isKind(u, {kinds::messageQueue});
    const qint64 retentionSeconds = queue ? props.intValue(*u.component, keys::retentionDays) * 86400 : std::min<qint64>(props.intValue(*u.component, keys::retentionHours), 31 * 24) * 3600;
    const bool dlq = queue ? props.boolValue(*u.component, keys::deadLetterQueue) : true;
    Block &t = res(u"data.tf"_s, u"google_pubsub_topic"_s, u.ident);
    t.set(u"name"_s, name(u.slug));
    t.set(u"kms_key_name"_s, key(r));
    t.setStr(u"message_retention_duration"_s, u"%1s"_s.arg(retentionSeconds));
    t.add(u"message_storage_policy"_s).set(u"allowed_persistence_regions"_s, list({R(regionValue(r))}));
    t.set(u"depends_on"_s, list({R(u"google_kms_crypto_key_iam_binding.%1"_s.arg(Context::regionKey(r)))}));
    if (dlq) {
        Block &d = res(u"data.tf"_s, u"google_pubsub_topic"_s, u.ident + u"_dead_letter"_s);
        d.set(u"name"_s, name(u.slug + u"-dead-letter"_s));
        d.set(u"kms_key_name"_s, key(r));
        d.setStr(u"message_retention_duration"_s, u"604800s"_s);
        d.add(u"message_storage_policy"_s).set(u"allowed_persistence_regions"_s, list({R(regionValue(r))}));
        d.set(u"depends_on"_s, list({R(u"google_kms_crypto_key_iam_binding.%1"_s.arg(Context::regionKey(r)))}));
        Block &pub = res(u"data.tf"_s, u"google_pubsub_topic_iam_member"_s, u.ident + u"_dead_letter"_s);
        pub.comment(fileText("Pub/Sub itself moves undeliverable messages to the dead-letter topic."));
        pub.set(u"topic"_s, u"google_pubsub_topic.%1_dead_letter.id"_s.arg(u.ident));
        pub.setStr(u"role"_s, u"roles/pubsub.publisher"_s);
        pub.set(u"member"_s, R(tmpl(u"serviceAccount:service-${data.google_project.current.number}@gcp-sa-pubsub.iam.gserviceaccount.com"_s)));
    } else {
        m.note(fileText("%1 has no dead-letter topic, as designed: messages that keep failing are retried until they expire.").arg(label(u)));
    }
    // Consumers that are Cloud Functions get their own push trigger; the others pull from a subscription.
    std::vector<const Unit *> consumers;
    for (const Connection *c : ctx.outgoing(u.component->id))
        if (const Unit *t2 = ctx.unit(c->to); t2 && !isKind(*t2, {kinds::serverlessFunction}))
            consumers.push_back(t2);
    if (consumers.empty() && ctx.outgoing(u.component->id).empty())
        consumers.push_back(&u);
    if (consumers.empty() && dlq)
        m.todo(fileText("%1: its consumers are Cloud Functions, whose trigger subscriptions Eventarc creates; give them the dead-letter topic %2_dead_letter.").arg(label(u), u.ident));
    // A bucket that publishes to this topic: object notifications.
    for (const Connection *c : ctx.incoming(u.component->id)) {
        const Unit *b = ctx.unit(c->from);
        if (!b || !isKind(*b, {kinds::objectStorage}))
            continue;
        const QString ident = m.reserveName(b->ident + u"_to_"_s + u.ident);
        Block &pub = res(u"data.tf"_s, u"google_pubsub_topic_iam_member"_s, ident);
        pub.comment(fileText("Cloud Storage publishes the object notifications of %1.").arg(label(*b)));
        pub.set(u"topic"_s, u"google_pubsub_topic.%1.id"_s.arg(u.ident));
        pub.setStr(u"role"_s, u"roles/pubsub.publisher"_s);
        pub.set(u"member"_s, R(tmpl(u"serviceAccount:service-${data.google_project.current.number}@gs-project-accounts.iam.gserviceaccount.com"_s)));
        Block &n = res(u"data.tf"_s, u"google_storage_notification"_s, ident);
        n.set(u"bucket"_s, u"google_storage_bucket.%1.name"_s.arg(b->ident));
        n.setStr(u"payload_format"_s, u"JSON_API_V1"_s);
        n.set(u"topic"_s, u"google_pubsub_topic.%1.id"_s.arg(u.ident));
        n.set(u"event_types"_s, Value::strings({u"OBJECT_FINALIZE"_s}));
        n.set(u"depends_on"_s, list({R(u"google_pubsub_topic_iam_member.%1"_s.arg(ident))}));
    }
    for (const Unit *c : consumers) {
        const QString ident = c == &u ? u.ident : m.reserveName(u.ident + u"_"_s + c->ident);
        Block &s = res(u"data.tf"_s, u"google_pubsub_subscription"_s, ident);
        s.set(u"name"_s, name(c == &u ? u.slug : u.slug + u"-"_s + c->slug));
        s.set(u"topic"_s, u"google_pubsub_topic.%1.id"_s.arg(u.ident));
        s.setNum(u"ack_deadline_seconds"_s, 60);
        s.setStr(u"message_retention_duration"_s, u"%1s"_s.arg(std::min<qint64>(retentionSeconds, 604800)));
        if (queue && props.boolValue(*u.component, keys::fifo)) {
            s.setBool(u"enable_message_ordering"_s, true);
            s.setBool(u"enable_exactly_once_delivery"_s, true);
        }
        s.add(u"expiration_policy"_s).setStr(u"ttl"_s, QString());
        Block &rp = s.add(u"retry_policy"_s);
        rp.setStr(u"minimum_backoff"_s, u"10s"_s);
        rp.setStr(u"maximum_backoff"_s, u"600s"_s);
        if (dlq) {
            Block &dp = s.add(u"dead_letter_policy"_s);
            dp.set(u"dead_letter_topic"_s, u"google_pubsub_topic.%1_dead_letter.id"_s.arg(u.ident));
            dp.setNum(u"max_delivery_attempts"_s, std::clamp<qint64>(queue ? props.intValue(*u.component, keys::maxReceiveCount) : 5, 5, 100));
            Block &sub = res(u"data.tf"_s, u"google_pubsub_subscription_iam_member"_s, ident + u"_dead_letter"_s);
            sub.set(u"subscription"_s, u"google_pubsub_subscription.%1.id"_s.arg(ident));
            sub.setStr(u"role"_s, u"roles/pubsub.subscriber"_s);
            sub.set(u"member"_s, R(tmpl(u"serviceAccount:service-${data.google_project.current.number}@gcp-sa-pubsub.iam.gserviceaccount.com"_s)));
        }
        alert(*c, c == &u ? u"oldest_message"_s : u"oldest_message_"_s + u.ident, fileText("oldest message waiting more than 10 minutes"),
              u"resource.type = \"pubsub_subscription\" AND resource.labels.subscription_id = \"${local.name}-%1\" AND metric.type = \"pubsub.googleapis.com/subscription/oldest_unacked_message_age\""_s
                  .arg(c == &u ? u.slug : u.slug + u"-"_s + c->slug),
              u"ALIGN_MAX"_s, 600);
    }
}

void GcpMapper::kafka(const Unit &u)
{
    apis.insert(u"managedkafka.googleapis.com"_s);
    const QString r = region(u);
    needsKey(r, u"gcp-sa-managedkafka.iam.gserviceaccount.com"_s);
    Block &k = res(u"data.tf"_s, u"google_managed_kafka_cluster"_s, u.ident);
    k.set(u"cluster_id"_s, name(u.slug));
    k.set(u"location"_s, regionValue(r));
    Block &cap = k.add(u"capacity_config"_s);
    cap.setNum(u"vcpu_count"_s, 3 * std::max<qint64>(1, (props.intValue(*u.component, keys::replicas) + 2) / 3));
    cap.setNum(u"memory_bytes"_s, 3LL * 4 * 1024 * 1024 * 1024 * std::max<qint64>(1, (props.intValue(*u.component, keys::replicas) + 2) / 3));
    Block &g = k.add(u"gcp_config"_s);
    g.set(u"kms_key"_s, key(r));
    g.add(u"access_config"_s).add(u"network_configs"_s).set(u"subnet"_s, subnet(r));
    k.add(u"rebalance_config"_s).setStr(u"mode"_s, u"AUTO_REBALANCE_ON_SCALE_UP"_s);
}

void GcpMapper::bigquery(const Unit &u)
{
    if (props.stringValue(*u.component, keys::engine) != QLatin1String("bigquery")) {
        m.omit(u, u"data.tf"_s, fileText("%1 is not a Google Cloud service; BigQuery is Google's warehouse (set engine: bigquery).").arg(props.stringValue(*u.component, keys::engine)));
        return;
    }
    apis.insert(u"bigquery.googleapis.com"_s);
    const QString r = region(u);
    Block &d = res(u"data.tf"_s, u"google_bigquery_dataset"_s, u.ident);
    d.setStr(u"dataset_id"_s, u.ident);
    d.setStr(u"friendly_name"_s, label(u));
    d.set(u"location"_s, regionValue(r));
    d.setBool(u"delete_contents_on_destroy"_s, false);
    d.setStr(u"max_time_travel_hours"_s, u"168"_s);
    d.add(u"default_encryption_configuration"_s).set(u"kms_key_name"_s, key(r));
    d.set(u"depends_on"_s, list({R(u"google_kms_crypto_key_iam_binding.%1"_s.arg(Context::regionKey(r)))}));
    needsKey(r, u"bigquery-encryption.iam.gserviceaccount.com"_s);
}

void GcpMapper::armor(const Unit &u)
{
    apis.insert(u"compute.googleapis.com"_s);
    const bool gateway = isKind(u, {kinds::apiGateway});
    Block &p = res(u"edge.tf"_s, u"google_compute_security_policy"_s, u.ident);
    p.set(u"name"_s, name(u.slug));
    p.setStr(u"description"_s, gateway ? fileText("Throttling for %1").arg(label(u)) : label(u));
    p.setStr(u"type"_s, u"CLOUD_ARMOR"_s);
    qint64 priority = 1000;
    if (!gateway && props.boolValue(*u.component, keys::managedRules)) {
        for (const QString &rule : {u"sqli-v33-stable"_s, u"xss-v33-stable"_s, u"lfi-v33-stable"_s, u"rce-v33-stable"_s}) {
            Block &r = p.add(u"rule"_s);
            r.setStr(u"action"_s, u"deny(403)"_s);
            r.setNum(u"priority"_s, priority++);
            r.setStr(u"description"_s, fileText("Preconfigured WAF rule %1").arg(rule));
            r.add(u"match"_s).add(u"expr"_s).setStr(u"expression"_s, u"evaluatePreconfiguredWaf('%1')"_s.arg(rule));
        }
    }
    const qint64 perMinute = gateway ? props.intValue(*u.component, keys::rateLimitRps) * 60 : props.intValue(*u.component, keys::rateLimitPerMinute);
    if (perMinute > 0) {
        Block &r = p.add(u"rule"_s);
        r.setStr(u"action"_s, u"throttle"_s);
        r.setNum(u"priority"_s, priority++);
        r.setStr(u"description"_s, fileText("At most %1 requests a minute per client address").arg(perMinute));
        Block &mt = r.add(u"match"_s);
        mt.setStr(u"versioned_expr"_s, u"SRC_IPS_V1"_s);
        mt.add(u"config"_s).set(u"src_ip_ranges"_s, Value::strings({u"*"_s}));
        Block &rl = r.add(u"rate_limit_options"_s);
        rl.setStr(u"conform_action"_s, u"allow"_s);
        rl.setStr(u"exceed_action"_s, u"deny(429)"_s);
        rl.setStr(u"enforce_on_key"_s, u"IP"_s);
        Block &th = rl.add(u"rate_limit_threshold"_s);
        th.setNum(u"count"_s, perMinute);
        th.setNum(u"interval_sec"_s, 60);
    }
    Block &def = p.add(u"rule"_s);
    def.setStr(u"action"_s, u"allow"_s);
    def.setNum(u"priority"_s, 2147483647);
    def.setStr(u"description"_s, fileText("Everything else"));
    Block &mt = def.add(u"match"_s);
    mt.setStr(u"versioned_expr"_s, u"SRC_IPS_V1"_s);
    mt.add(u"config"_s).set(u"src_ip_ranges"_s, Value::strings({u"*"_s}));
    if (!gateway)
        p.add(u"adaptive_protection_config"_s).add(u"layer_7_ddos_defense_config"_s).setBool(u"enable"_s, true);
}

void GcpMapper::entry(const Unit &u)
{
    const QString r = region(u);
    if (!ctx.isPublic(u) && isKind(u, {kinds::loadBalancer})) {
        m.omit(u, u"edge.tf"_s, fileText("An internal load balancer on Google Cloud comes with its backends: Cloud Run and GKE Services balance by themselves; create an internal Application Load Balancer for virtual machines yourself."));
        return;
    }
    const bool cdnInFront = [&] {
        for (const Connection *c : ctx.incoming(u.component->id))
            if (const Unit *f = ctx.unit(c->from); f && (isKind(*f, {kinds::cdn}) || (isKind(*f, {kinds::waf}) && [&] {
                for (const Connection *c2 : ctx.incoming(f->component->id))
                    if (const Unit *f2 = ctx.unit(c2->from); f2 && isKind(*f2, {kinds::cdn}))
                        return true;
                return false;
            }())))
                return true;
        return false;
    }();
    qint64 cdnTtl = 3600;
    for (const Unit &c : ctx.units)
        if (isKind(c, {kinds::cdn}))
            cdnTtl = props.intValue(*c.component, keys::cacheTtlSeconds);
    const QString policy = armorOf.count(u.component->id) ? armorOf[u.component->id] : QString();
    struct Backend {
        QString ident;
        QString slug;
        bool bucket;
    };
    std::vector<Backend> backends;
    for (const Connection *c : ctx.outgoing(u.component->id)) {
        const Unit *t = ctx.unit(c->to);
        if (!t)
            continue;
        const QString ident = m.reserveName(u.ident + u"_"_s + t->ident);
        const QString platform = platformOf(*t);
        const bool run = (isKind(*t, {kinds::microservice, kinds::monolith}) && platform == QLatin1String("container-service")) || isKind(*t, {kinds::serverlessFunction});
        const bool vm = platform == QLatin1String("vm");
        if (isKind(*t, {kinds::objectStorage})) {
            Block &bb = res(u"edge.tf"_s, u"google_compute_backend_bucket"_s, ident);
            bb.set(u"name"_s, name(hyphens(ident).left(40)));
            bb.set(u"bucket_name"_s, u"google_storage_bucket.%1.name"_s.arg(t->ident));
            bb.setBool(u"enable_cdn"_s, true);
            Block &cp = bb.add(u"cdn_policy"_s);
            cp.setStr(u"cache_mode"_s, u"CACHE_ALL_STATIC"_s);
            cp.setNum(u"default_ttl"_s, cdnTtl);
            backends.push_back({ident, t->slug, true});
            continue;
        }
        if (!run && !vm && platform != QLatin1String("kubernetes"))
            continue;
        if (run) {
            Block &neg = res(u"edge.tf"_s, u"google_compute_region_network_endpoint_group"_s, ident);
            neg.set(u"name"_s, name(hyphens(ident).left(40)));
            neg.set(u"region"_s, regionValue(ctx.regionOf(*t)));
            neg.setStr(u"network_endpoint_type"_s, u"SERVERLESS"_s);
            neg.add(u"cloud_run"_s).set(u"service"_s, isKind(*t, {kinds::serverlessFunction})
                                                          ? u"google_cloudfunctions2_function.%1.name"_s.arg(t->ident)
                                                          : u"google_cloud_run_v2_service.%1.name"_s.arg(t->ident));
        }
        Block &bs = res(u"edge.tf"_s, u"google_compute_backend_service"_s, ident);
        bs.set(u"name"_s, name(hyphens(ident).left(40)));
        bs.setStr(u"load_balancing_scheme"_s, u"EXTERNAL_MANAGED"_s);
        bs.setStr(u"protocol"_s, run ? u"HTTPS"_s : u"HTTP"_s);
        if (vm) {
            bs.setStr(u"port_name"_s, u"app"_s);
            bs.set(u"health_checks"_s, list({R(u"google_compute_health_check.%1.id"_s.arg(t->ident))}));
        }
        if (!policy.isEmpty())
            bs.set(u"security_policy"_s, u"google_compute_security_policy.%1.id"_s.arg(policy));
        if (cdnInFront) {
            bs.setBool(u"enable_cdn"_s, true);
            Block &cp = bs.add(u"cdn_policy"_s);
            cp.setStr(u"cache_mode"_s, u"USE_ORIGIN_HEADERS"_s);
            Block &key2 = cp.add(u"cache_key_policy"_s);
            key2.setBool(u"include_host"_s, true);
            key2.setBool(u"include_protocol"_s, true);
            key2.setBool(u"include_query_string"_s, true);
        }
        Block &lc = bs.add(u"log_config"_s);
        lc.setBool(u"enable"_s, true);
        lc.set(u"sample_rate"_s, u"1.0"_s);
        if (run)
            bs.add(u"backend"_s).set(u"group"_s, u"google_compute_region_network_endpoint_group.%1.id"_s.arg(ident));
        else if (vm) {
            Block &be = bs.add(u"backend"_s);
            be.set(u"group"_s, u"google_compute_region_instance_group_manager.%1.instance_group"_s.arg(t->ident));
            be.setStr(u"balancing_mode"_s, u"UTILIZATION"_s);
        } else {
            bs.comment(fileText("%1 runs on GKE: attach the network endpoint group its Service creates (cloud.google.com/neg annotation).").arg(label(*t)));
        }
        backends.push_back({ident, t->slug, false});
    }
    if (backends.empty()) {
        m.omit(u, u"edge.tf"_s, fileText("It connects to nothing this export can put behind a Google load balancer (Cloud Run, Cloud Functions, instance groups, buckets, GKE)."));
        return;
    }
    apis.insert(u"compute.googleapis.com"_s);
    std::stable_sort(backends.begin(), backends.end(), [](const Backend &a, const Backend &b) { return !a.bucket && b.bucket; });
    auto serviceRef = [](const Backend &b) {
        return (b.bucket ? u"google_compute_backend_bucket.%1.id"_s : u"google_compute_backend_service.%1.id"_s).arg(b.ident);
    };
    m.variable({u.ident + u"_domains"_s, u"list(string)"_s, fileText("Domain names %1 serves; Google issues their certificate").arg(label(u)), std::nullopt, false, {}, {}});
    Block &addr = res(u"edge.tf"_s, u"google_compute_global_address"_s, u.ident);
    addr.set(u"name"_s, name(u.slug));
    Block &cert = res(u"edge.tf"_s, u"google_compute_managed_ssl_certificate"_s, u.ident);
    cert.set(u"name"_s, name(u.slug));
    cert.add(u"managed"_s).set(u"domains"_s, u"var.%1_domains"_s.arg(u.ident));
    cert.add(u"lifecycle"_s).setBool(u"create_before_destroy"_s, true);
    Block &ssl = res(u"edge.tf"_s, u"google_compute_ssl_policy"_s, u.ident);
    ssl.set(u"name"_s, name(u.slug));
    ssl.setStr(u"profile"_s, u"MODERN"_s);
    ssl.setStr(u"min_tls_version"_s, u"TLS_1_2"_s);
    Block &map = res(u"edge.tf"_s, u"google_compute_url_map"_s, u.ident);
    map.set(u"name"_s, name(u.slug));
    map.set(u"default_service"_s, serviceRef(backends.front()));
    if (backends.size() > 1) {
        Block &hr = map.add(u"host_rule"_s);
        hr.set(u"hosts"_s, Value::strings({u"*"_s}));
        hr.setStr(u"path_matcher"_s, u"routes"_s);
        Block &pm = map.add(u"path_matcher"_s);
        pm.setStr(u"name"_s, u"routes"_s);
        pm.set(u"default_service"_s, serviceRef(backends.front()));
        pm.comment(fileText("Paths are guesses from the component names; adjust them to your routes."));
        for (size_t i = 1; i < backends.size(); ++i) {
            Block &pr = pm.add(u"path_rule"_s);
            pr.set(u"paths"_s, Value::strings({u"/%1/*"_s.arg(backends[i].slug)}));
            pr.set(u"service"_s, serviceRef(backends[i]));
        }
    }
    Block &proxy = res(u"edge.tf"_s, u"google_compute_target_https_proxy"_s, u.ident);
    proxy.set(u"name"_s, name(u.slug));
    proxy.set(u"url_map"_s, u"google_compute_url_map.%1.id"_s.arg(u.ident));
    proxy.set(u"ssl_certificates"_s, list({R(u"google_compute_managed_ssl_certificate.%1.id"_s.arg(u.ident))}));
    proxy.set(u"ssl_policy"_s, u"google_compute_ssl_policy.%1.id"_s.arg(u.ident));
    Block &fr = res(u"edge.tf"_s, u"google_compute_global_forwarding_rule"_s, u.ident);
    fr.set(u"name"_s, name(u.slug));
    fr.setStr(u"load_balancing_scheme"_s, u"EXTERNAL_MANAGED"_s);
    fr.setStr(u"ip_protocol"_s, u"TCP"_s);
    fr.setStr(u"port_range"_s, u"443"_s);
    fr.set(u"ip_address"_s, u"google_compute_global_address.%1.id"_s.arg(u.ident));
    fr.set(u"target"_s, u"google_compute_target_https_proxy.%1.id"_s.arg(u.ident));
    // Port 80 only redirects to HTTPS.
    Block &redirect = res(u"edge.tf"_s, u"google_compute_url_map"_s, u.ident + u"_redirect"_s);
    redirect.set(u"name"_s, name(u.slug + u"-redirect"_s));
    Block &ur = redirect.add(u"default_url_redirect"_s);
    ur.setBool(u"https_redirect"_s, true);
    ur.setStr(u"redirect_response_code"_s, u"MOVED_PERMANENTLY_DEFAULT"_s);
    ur.setBool(u"strip_query"_s, false);
    Block &hp = res(u"edge.tf"_s, u"google_compute_target_http_proxy"_s, u.ident + u"_redirect"_s);
    hp.set(u"name"_s, name(u.slug + u"-redirect"_s));
    hp.set(u"url_map"_s, u"google_compute_url_map.%1_redirect.id"_s.arg(u.ident));
    Block &hfr = res(u"edge.tf"_s, u"google_compute_global_forwarding_rule"_s, u.ident + u"_redirect"_s);
    hfr.set(u"name"_s, name(u.slug + u"-redirect"_s));
    hfr.setStr(u"load_balancing_scheme"_s, u"EXTERNAL_MANAGED"_s);
    hfr.setStr(u"ip_protocol"_s, u"TCP"_s);
    hfr.setStr(u"port_range"_s, u"80"_s);
    hfr.set(u"ip_address"_s, u"google_compute_global_address.%1.id"_s.arg(u.ident));
    hfr.set(u"target"_s, u"google_compute_target_http_proxy.%1_redirect.id"_s.arg(u.ident));
    const QString filter = u"resource.type = \"https_lb_rule\" AND resource.labels.forwarding_rule_name = \"${local.name}-%1\""_s.arg(u.slug);
    alert(u, u"5xx"_s, fileText("server errors (5xx)"), filter + u" AND metric.type = \"loadbalancing.googleapis.com/https/request_count\" AND metric.labels.response_code_class = 500"_s,
          u"ALIGN_RATE"_s, 1);
    alert(u, u"latency"_s, fileText("p95 latency above 1 second"), filter + u" AND metric.type = \"loadbalancing.googleapis.com/https/total_latencies\""_s,
          u"ALIGN_PERCENTILE_95"_s, 1000);
    m.output(u.ident + u"_address"_s, u"google_compute_global_address.%1.address"_s.arg(u.ident), fileText("Public address of %1; point its domains here").arg(label(u)));
    Q_UNUSED(r)
}

void GcpMapper::dns(const Unit &u)
{
    apis.insert(u"dns.googleapis.com"_s);
    QString domain = props.stringValue(*u.component, keys::domain);
    if (!domain.endsWith(u'.'))
        domain += u'.';
    Block &z = res(u"edge.tf"_s, u"google_dns_managed_zone"_s, u.ident);
    z.set(u"name"_s, name(u.slug));
    z.setStr(u"dns_name"_s, domain);
    z.setStr(u"description"_s, label(u));
    z.setStr(u"visibility"_s, u"public"_s);
    z.add(u"dnssec_config"_s).setStr(u"state"_s, u"on"_s);
    z.add(u"cloud_logging_config"_s).setBool(u"enable_logging"_s, true);
    m.todo(fileText("%1 (DNS): point the registrar at the name servers in output %2_name_servers and add records for your entry points.").arg(label(u), u.ident));
    m.output(u.ident + u"_name_servers"_s, u"google_dns_managed_zone.%1.name_servers"_s.arg(u.ident), fileText("Name servers of %1").arg(domain));
}

void GcpMapper::observability(const Unit &u)
{
    apis.insert(u"monitoring.googleapis.com"_s);
    apis.insert(u"logging.googleapis.com"_s);
    const QString r = region(u);
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

void GcpMapper::secret(const QString &ident, const QString &secretId, const QString &regionName, const QString &description)
{
    apis.insert(u"secretmanager.googleapis.com"_s);
    needsKey(regionName, u"gcp-sa-secretmanager.iam.gserviceaccount.com"_s);
    Block &s = res(u"security.tf"_s, u"google_secret_manager_secret"_s, ident);
    s.set(u"secret_id"_s, name(secretId));
    s.set(u"labels"_s, obj({{u"purpose"_s, S(slugFor(description, u"secret"_s, 60))}}));
    Block &rep = s.add(u"replication"_s).add(u"user_managed"_s).add(u"replicas"_s);
    rep.set(u"location"_s, regionValue(regionName));
    rep.add(u"customer_managed_encryption"_s).set(u"kms_key_name"_s, key(regionName));
    s.setBool(u"deletion_protection"_s, true);
    s.set(u"depends_on"_s, list({R(u"google_kms_crypto_key_iam_binding.%1"_s.arg(Context::regionKey(regionName)))}));
}

void GcpMapper::thirdPartySecrets()
{
    std::set<QString> seen;
    for (const Connection &c : ctx.design.connections()) {
        const Unit *from = ctx.unit(c.from);
        const Component *to = ctx.design.component(c.to);
        const KindSpec *kind = to ? ctx.catalog.kind(to->kind) : nullptr;
        if (!from || ctx.unit(c.to) || !kind || !kind->hasRole(u"third-party"_s) || !seen.insert(to->id).second)
            continue;
        const QString ident = m.reserveName(identifierFor(to->name, to->kind) + u"_credentials"_s);
        m.variable({ident, u"string"_s, fileText("API key or credentials for %1, stored in Secret Manager").arg(to->name), std::nullopt, true, {}, {}});
        secret(ident, slugFor(to->name, to->kind) + u"-credentials"_s, ctx.regionOf(*from), to->name);
        Block &v = res(u"security.tf"_s, u"google_secret_manager_secret_version"_s, ident);
        v.set(u"secret"_s, u"google_secret_manager_secret.%1.id"_s.arg(ident));
        v.comment(fileText("Write-only: the value is sent to Google but never stored in the Terraform state."));
        v.set(u"secret_data_wo"_s, u"var."_s + ident);
        v.setNum(u"secret_data_wo_version"_s, 1);
    }
}

void GcpMapper::run()
{
    Block &sec = m.file(u"security.tf"_s);
    sec.add(u"data"_s, {u"google_project"_s, u"current"_s}).set(u"project_id"_s, u"var.project_id"_s);
    network();
    // Armor policies first, so the load balancers can refer to them.
    for (const Unit &u : ctx.units) {
        if (isKind(u, {kinds::waf})) {
            armor(u);
            for (const Connection *c : ctx.outgoing(u.component->id))
                armorOf[c->to] = u.ident;
        }
    }
    for (const Unit &u : ctx.units)
        if (isKind(u, {kinds::apiGateway}) && !armorOf.count(u.component->id) && props.intValue(*u.component, keys::rateLimitRps) > 0) {
            armor(u);
            armorOf[u.component->id] = u.ident;
        }
    int index = 0;
    std::set<QString> clustersMade;
    for (const Zone *z : ctx.clusters) {
        const Placement pl = placementOf(ctx.design, ctx.catalog, z->id);
        const QString ident = ctx.clusterIdent(z->id);
        clustersMade.insert(ident);
        cluster(ident, slugFor(z->name, u"cluster"_s), z->name, pl.region.isEmpty() ? ctx.regions.first() : pl.region,
                props.value(*z, keys::version).toString(), props.value(*z, keys::nodeCountMin).toLongLong(),
                props.value(*z, keys::nodeCountMax).toLongLong(), props.value(*z, keys::privateEndpoint).toBool(),
                sizeIndex(props.value(*z, keys::instanceSize).toString()), index++);
    }
    for (const Unit &u : ctx.units) {
        const bool k8s = platformOf(u) == QLatin1String("kubernetes")
                         || (u.kind && u.kind->property(keys::hosting) && props.stringValue(*u.component, keys::hosting) == QLatin1String("kubernetes"));
        if (!k8s || !u.placement.cluster.isEmpty())
            continue;
        const QString ident = clusterFor(u);
        if (!clustersMade.insert(ident).second)
            continue;
        m.reserveName(ident);
        m.note(fileText("Kubernetes workloads in %1 are drawn outside a cluster; the export adds one GKE cluster for them.").arg(ctx.regionOf(u)));
        cluster(ident, u"gke-"_s + hyphens(Context::regionKey(ctx.regionOf(u))), fileText("Cluster for the Kubernetes workloads"), ctx.regionOf(u),
                u"1.31"_s, 3, 10, true, 1, index++);
    }
    for (const Unit &u : ctx.units) {
        const QString platform = platformOf(u);
        const QString hosting = u.kind && u.kind->property(keys::hosting) ? props.stringValue(*u.component, keys::hosting) : QString();
        if (platform == QLatin1String("kubernetes") || (hosting == QLatin1String("kubernetes") && !(u.kind && u.kind->category == QLatin1String("observability")))) {
            m.note(fileText("%1 runs in the Kubernetes cluster %2: deploy it with the Kubernetes export.").arg(label(u), clusterFor(u)));
        } else if (hosting == QLatin1String("vm") && !(u.kind && u.kind->category == QLatin1String("observability"))) {
            instanceGroup(u);
        } else if (platform == QLatin1String("container-service")) {
            cloudRun(u);
        } else if (platform == QLatin1String("vm")) {
            instanceGroup(u);
        } else if (isKind(u, {kinds::serverlessFunction})) {
            function(u);
        } else if (isKind(u, {kinds::relationalDatabase})) {
            sql(u);
        } else if (isKind(u, {kinds::distributedSql})) {
            spanner(u);
        } else if (isKind(u, {kinds::documentDatabase})) {
            if (props.stringValue(*u.component, keys::engine) == QLatin1String("firestore"))
                firestore(u);
            else
                m.omit(u, u"data.tf"_s, fileText("%1 is not offered by Google Cloud; Firestore is Google's document database (engine: firestore), or run it on GKE.").arg(props.stringValue(*u.component, keys::engine)));
        } else if (isKind(u, {kinds::cache})) {
            redis(u);
        } else if (isKind(u, {kinds::search})) {
            m.omit(u, u"data.tf"_s, fileText("Google Cloud has no managed %1; use Elastic Cloud from the Marketplace or run it on GKE.").arg(props.stringValue(*u.component, keys::engine)));
        } else if (isKind(u, {kinds::objectStorage})) {
            bucket(u);
        } else if (isKind(u, {kinds::messageQueue})) {
            if (props.stringValue(*u.component, keys::engine) == QLatin1String("managed"))
                pubsub(u);
            else
                m.omit(u, u"data.tf"_s, fileText("Google Cloud has no managed %1 broker; use Pub/Sub (engine: managed) or run the broker on GKE.").arg(props.stringValue(*u.component, keys::engine)));
        } else if (isKind(u, {kinds::eventStream})) {
            if (props.stringValue(*u.component, keys::engine) == QLatin1String("managed"))
                pubsub(u);
            else
                kafka(u);
        } else if (isKind(u, {kinds::dataWarehouse})) {
            bigquery(u);
        } else if (isKind(u, {kinds::loadBalancer, kinds::apiGateway})) {
            entry(u);
        } else if (isKind(u, {kinds::waf})) {
            // made above
        } else if (isKind(u, {kinds::cdn})) {
            m.note(fileText("%1: Cloud CDN is switched on in the backends of the load balancer it fronts.").arg(label(u)));
        } else if (isKind(u, {kinds::dns})) {
            dns(u);
        } else if (u.kind && u.kind->category == QLatin1String("observability")) {
            observability(u);
        } else if (isKind(u, {kinds::secretsManager})) {
            secret(u.ident, u.slug, region(u), label(u));
            if (props.intValue(*u.component, keys::rotationDays) > 0)
                m.todo(fileText("%1 rotates every %2 days: add a rotation block with a Pub/Sub topic and a function that rotates.").arg(label(u)).arg(props.intValue(*u.component, keys::rotationDays)));
        } else if (isKind(u, {kinds::keyManagement})) {
            // the region's key, made in network()
        } else if (isKind(u, {kinds::identityProvider})) {
            m.omit(u, u"security.tf"_s, fileText("Identity Platform is enabled once per project (console or google_identity_platform_config after enabling the API and billing); turn on MFA there."));
        } else {
            m.omit(u, fileFor(u), fileText("%1 is outside your cloud account: there is nothing to create for it.").arg(u.kind ? u.kind->displayName : u.component->kind));
        }
    }
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
    if (channels().isEmpty())
        m.todo(fileText("No notification channel: add a google_monitoring_notification_channel and list it in the alert policies."));
    thirdPartySecrets();
    if (privateServices) {
        apis.insert(u"servicenetworking.googleapis.com"_s);
        Block &range = res(u"network.tf"_s, u"google_compute_global_address"_s, u"private_services"_s);
        range.comment(fileText("Address range for Google-managed services (Cloud SQL, Memorystore) reached over private IP."));
        range.set(u"name"_s, name(u"private-services"_s));
        range.setStr(u"purpose"_s, u"VPC_PEERING"_s);
        range.setStr(u"address_type"_s, u"INTERNAL"_s);
        range.setNum(u"prefix_length"_s, 16);
        range.set(u"network"_s, u"google_compute_network.main.id"_s);
        Block &conn = res(u"network.tf"_s, u"google_service_networking_connection"_s, u"private_services"_s);
        conn.set(u"network"_s, u"google_compute_network.main.id"_s);
        conn.setStr(u"service"_s, u"servicenetworking.googleapis.com"_s);
        conn.set(u"reserved_peering_ranges"_s, list({R(u"google_compute_global_address.private_services.name"_s)}));
    }
    for (const QString &r : ctx.regions) {
        Block &b = res(u"security.tf"_s, u"google_kms_crypto_key_iam_binding"_s, Context::regionKey(r));
        b.comment(fileText("The Google service agents that encrypt data with this key."));
        b.set(u"crypto_key_id"_s, key(r));
        b.setStr(u"role"_s, u"roles/cloudkms.cryptoKeyEncrypterDecrypter"_s);
        std::vector<Value> members;
        for (const QString &agent : agentsByRegion[r])
            members.push_back(R(tmpl((agent.startsWith(u"bigquery"_s) ? u"serviceAccount:bq-${data.google_project.current.number}@"_s
                                                                          : u"serviceAccount:service-${data.google_project.current.number}@"_s) + agent)));
        b.set(u"members"_s, list(std::move(members)));
    }
    m.todo(fileText("Some Google service agents exist only after first use; if applying the key bindings fails, run `gcloud beta services identity create --service=SERVICE` for the services listed in google_project_service.apis."));
    Block &svc = res(u"security.tf"_s, u"google_project_service"_s, u"apis"_s);
    svc.comment(fileText("The APIs this export uses; disabling them on destroy would break other users of the project."));
    QStringList list(apis.begin(), apis.end());
    svc.set(u"for_each"_s, Value::call(u"toset"_s, Value::strings(list)));
    svc.set(u"project"_s, u"var.project_id"_s);
    svc.set(u"service"_s, u"each.value"_s);
    svc.setBool(u"disable_on_destroy"_s, false);
}

} // namespace

void mapGcp(Context &context) { GcpMapper(context).run(); }

} // namespace sd::tf
