// SPDX-License-Identifier: MIT
// Google Cloud: GKE clusters, Cloud Run, managed instance groups and Cloud Functions.
#include "gcpmapper.h"

namespace sd::tf {

namespace {
/// The minor number of a Kubernetes version ("1.35" -> 35; 0 when unreadable).
int minorOf(const QString &version) { return version.section(u'.', 1, 1).toInt(); }
} // namespace

bool GcpMapper::behindGlobalLoadBalancer(const Unit &u) const
{
    for (const Connection *c : ctx.incoming(u.component->id))
        if (const Unit *f = ctx.unit(c->from); f && (isKind(*f, {kinds::apiGateway}) || (isKind(*f, {kinds::loadBalancer}) && ctx.isPublic(*f))))
            return true;
    return false;
}

QString GcpMapper::cloudRunService(const Unit &u) const
{
    return isKind(u, {kinds::serverlessFunction}) ? u"google_cloudfunctions2_function.%1.service_config[0].service"_s.arg(u.ident)
                                                  : u"google_cloud_run_v2_service.%1.name"_s.arg(u.ident);
}

bool GcpMapper::needsAddedCluster(const Unit &u) const
{
    return u.runtime == Runtime::Kubernetes; // observability kinds too, though they are exported as managed services (issue 12)
}

void GcpMapper::cluster(const ClusterSpec &spec)
{
    const QString &ident = spec.ident, &slug = spec.slug, &title = spec.title, &regionName = spec.region;
    const qint64 minNodes = spec.minNodes, maxNodes = spec.maxNodes;
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
    // The data file's version is in GKE standard support on the release day (resources/catalog/exports/gcp.yaml).
    const QString supported = dataText({u"kubernetes"_s, u"version"_s});
    QString version = spec.version;
    if (minorOf(version) < minorOf(supported)) {
        m.warn(fileText("%1: Kubernetes %2 (the design's version) is past GKE standard support; the export asks for %3.").arg(title, version, supported));
        version = supported;
    }
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
    c.comment(fileText("Dataplane V2 (eBPF) enforces the Kubernetes export's NetworkPolicies."));
    c.setStr(u"datapath_provider"_s, u"ADVANCED_DATAPATH"_s);
    c.comment(fileText("GKE's Gateway controller, for the Kubernetes export's Gateways and routes."));
    c.add(u"gateway_api_config"_s).setStr(u"channel"_s, u"CHANNEL_STANDARD"_s);
    Block &priv = c.add(u"private_cluster_config"_s);
    priv.setBool(u"enable_private_nodes"_s, true);
    priv.setBool(u"enable_private_endpoint"_s, spec.privateEndpoint);
    priv.setStr(u"master_ipv4_cidr_block"_s, u"172.16.%1.0/28"_s.arg(spec.index * 16));
    Block &cpe = c.add(u"control_plane_endpoints_config"_s);
    cpe.comment(fileText("Operators reach the control plane through its DNS endpoint, checked by IAM (var.cluster_admins), from anywhere;"));
    cpe.comment(fileText("the IP endpoint admits only var.cluster_admin_cidrs."));
    cpe.add(u"dns_endpoint_config"_s).setBool(u"allow_external_traffic"_s, true);
    Block &man = c.add(u"master_authorized_networks_config"_s);
    man.setBool(u"gcp_public_cidrs_access_enabled"_s, false);
    Block &dyn = man.add(u"dynamic"_s, {u"cidr_blocks"_s});
    dyn.set(u"for_each"_s, u"var.cluster_admin_cidrs"_s);
    Block &content = dyn.add(u"content"_s);
    content.set(u"cidr_block"_s, u"cidr_blocks.value"_s);
    content.setStr(u"display_name"_s, u"admin"_s);
    m.variable({u"cluster_admin_cidrs"_s, u"list(string)"_s,
                fileText("Address ranges allowed to reach the Kubernetes API (your office or VPN), never 0.0.0.0/0."),
                std::nullopt, false, u"alltrue([for c in var.cluster_admin_cidrs : can(cidrhost(c, 0)) && !startswith(c, \"0.0.0.0/\")])"_s,
                fileText("Give address ranges in CIDR notation (203.0.113.0/24), never 0.0.0.0/0.")});
    m.variable({u"cluster_admins"_s, u"list(string)"_s,
                fileText("Principals that administer the GKE clusters (user:, group: or serviceAccount:), granted roles/container.admin"),
                std::nullopt, false, u"length(var.cluster_admins) > 0 && alltrue([for p in var.cluster_admins : can(regex(\"^(user|group|serviceAccount|principal|principalSet):\", p))])"_s,
                fileText("Name at least one principal, each with its type prefix (user:, group:, serviceAccount:).")});
    if (spec.index == 0) {
        Block &admins = res(u"security.tf"_s, u"google_project_iam_member"_s, u"cluster_admins"_s);
        admins.comment(fileText("The operators: Kubernetes administrators of the clusters (GKE grants this per project)."));
        admins.set(u"for_each"_s, u"toset(var.cluster_admins)"_s);
        admins.set(u"project"_s, u"var.project_id"_s);
        admins.setStr(u"role"_s, u"roles/container.admin"_s);
        admins.set(u"member"_s, u"each.value"_s);
    }
    Block &addons = c.add(u"addons_config"_s);
    addons.comment(fileText("The disk driver of the storage class stackdraft-ssd, and the load balancer controller of the Gateways."));
    addons.add(u"gce_persistent_disk_csi_driver_config"_s).setBool(u"enabled"_s, true);
    addons.add(u"http_load_balancing"_s).setBool(u"disabled"_s, false);
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
    as.comment(fileText("The cluster autoscaler adds and removes nodes between the design's minimum and maximum."));
    as.setNum(u"total_min_node_count"_s, minNodes);
    as.setNum(u"total_max_node_count"_s, std::max(minNodes, maxNodes));
    as.setStr(u"location_policy"_s, u"BALANCED"_s);
    Block &mg = pool.add(u"management"_s);
    mg.setBool(u"auto_repair"_s, true);
    mg.setBool(u"auto_upgrade"_s, true);
    Block &nc = pool.add(u"node_config"_s);
    nc.setStr(u"machine_type"_s, sized(u"machine"_s, spec.instanceSize));
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

void GcpMapper::containerService(const Unit &u)
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
    const bool fronted = behindGlobalLoadBalancer(u);
    s.comment(fronted ? fileText("Reached from the internet only through the HTTPS load balancer (and its Cloud Armor policy).")
                      : fileText("Reachable only from inside the VPC."));
    s.setStr(u"ingress"_s, fronted ? u"INGRESS_TRAFFIC_INTERNAL_LOAD_BALANCER"_s : u"INGRESS_TRAFFIC_INTERNAL_ONLY"_s);
    if (fronted) {
        // Google's documented way for a service the load balancer serves to everyone: no invoker check;
        // the ingress setting keeps the run.app address closed, so every request passes Cloud Armor.
        s.comment(fileText("The load balancer forwards the users' requests unauthenticated: no invoker IAM check (ingress keeps run.app closed)."));
        s.setBool(u"invoker_iam_disabled"_s, true);
    }
    s.setBool(u"deletion_protection"_s, true);
    Block &t = s.add(u"template"_s);
    t.set(u"service_account"_s, u"google_service_account.%1.email"_s.arg(u.ident));
    Block &sc = t.add(u"scaling"_s);
    sc.setNum(u"min_instance_count"_s, scale.minReplicas);
    sc.setNum(u"max_instance_count"_s, scale.maxReplicas);
    // Calls to an internal-only Cloud Run service count as internal only when they leave through the VPC.
    bool callsInternalRun = false;
    for (const Connection *c : ctx.outgoing(u.component->id))
        if (const Unit *t2 = ctx.unit(c->to); t2 && onCloudRun(*t2))
            callsInternalRun = true;
    Block &vpc = t.add(u"vpc_access"_s);
    vpc.setStr(u"egress"_s, callsInternalRun ? u"ALL_TRAFFIC"_s : u"PRIVATE_RANGES_ONLY"_s);
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
    alert(u, u"cpu"_s, fileText("CPU above 80 %"), filter.arg(u"${local.name}-"_s + u.slug) + u" AND metric.type = \"run.googleapis.com/container/cpu/utilizations\""_s,
          u"ALIGN_PERCENTILE_99"_s, 0.8);
    alert(u, u"memory"_s, fileText("memory above 80 %"), filter.arg(u"${local.name}-"_s + u.slug) + u" AND metric.type = \"run.googleapis.com/container/memory/utilizations\""_s,
          u"ALIGN_PERCENTILE_99"_s, 0.8);
    alert(u, u"5xx"_s, fileText("server errors (5xx)"), filter.arg(u"${local.name}-"_s + u.slug) + u" AND metric.type = \"run.googleapis.com/request_count\" AND metric.labels.response_code_class = \"5xx\""_s,
          u"ALIGN_RATE"_s, 1);
    alert(u, u"latency"_s, fileText("p95 latency above 1 second"), filter.arg(u"${local.name}-"_s + u.slug) + u" AND metric.type = \"run.googleapis.com/request_latencies\""_s,
          u"ALIGN_PERCENTILE_95"_s, 1000);
}

void GcpMapper::virtualMachines(const Unit &u)
{
    const QString r = region(u);
    const ReplicaCount scale = replicaCountOf(props, *u.component);
    const bool windows = props.stringValue(*u.component, keys::os) == QLatin1String("windows");
    needsKey(r, u"compute-system.iam.gserviceaccount.com"_s);
    serviceAccount(u.ident, label(u));
    const qint64 port = props.intValue(*u.component, keys::port) > 0 ? props.intValue(*u.component, keys::port) : 8080;
    Block &t = res(u"compute.tf"_s, u"google_compute_instance_template"_s, u.ident);
    t.set(u"name_prefix"_s, R(tmpl(u"${local.name}-%1-"_s.arg(u.slug.left(20)))));
    t.setStr(u"machine_type"_s, sized(u"machine"_s, props.stringValue(*u.component, keys::instanceSize)));
    t.set(u"region"_s, regionValue(r));
    t.set(u"tags"_s, Value::strings({u.slug}));
    t.set(u"metadata"_s, obj({{u"block-project-ssh-keys"_s, S(u"true"_s)}, {u"enable-oslogin"_s, S(u"TRUE"_s)}}));
    Block &d = t.add(u"disk"_s);
    d.setStr(u"source_image"_s, dataText({u"images"_s, windows ? u"windows"_s : u"linux"_s}));
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

void GcpMapper::serverlessFunction(const Unit &u)
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
    // Behind a global load balancer Google requires ALLOW_INTERNAL_AND_GCLB; internal-only would refuse the load balancer.
    sc.setStr(u"ingress_settings"_s, behindGlobalLoadBalancer(u) ? u"ALLOW_INTERNAL_AND_GCLB"_s : u"ALLOW_INTERNAL_ONLY"_s);
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

} // namespace sd::tf
