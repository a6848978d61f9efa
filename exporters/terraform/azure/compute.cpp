// SPDX-License-Identifier: MIT
// Azure: AKS, Container Apps, VM scale sets and Function Apps.
#include "azuremapper.h"

namespace sd::tf {

void AzureMapper::cluster(const ClusterSpec &spec)
{
    const QString &ident = spec.ident, &title = spec.title, &r = spec.region, &version = spec.version;
    const qint64 minNodes = spec.minNodes, maxNodes = spec.maxNodes;
    const bool privateEndpoint = spec.privateEndpoint;
    const Subnet &sn = subnet(r, u"aks"_s);
    if (aksIdent.isEmpty())
        aksIdent = ident;
    // The control plane's own identity: it joins the node subnet and encrypts etcd with the etcd key, nothing else.
    const QString cp = ownIdentity(ident + u"_control_plane"_s, r, fileText("the control plane of %1").arg(title));
    const QString netGrant = grant(ident + u"_network"_s, cp, u"azurerm_subnet.%1.id"_s.arg(sn.ident), u"Network Contributor"_s,
                                   fileText("the control plane of %1 places nodes and load balancers in its subnet").arg(title));
    const QString etcdKey = etcdVault(r);
    const QString kmsGrant = grant(ident + u"_kms"_s, cp, u"azurerm_key_vault_key.%1.resource_versionless_id"_s.arg(etcdKey), u"Key Vault Crypto User"_s,
                                   fileText("the control plane of %1 encrypts Kubernetes secrets in etcd with the etcd key").arg(title));
    Block &c = res(u"compute.tf"_s, u"azurerm_kubernetes_cluster"_s, ident, r);
    c.comment(title);
    c.set(u"dns_prefix"_s, name(slugFor(ident, u"aks"_s, 20)));
    // AKS release calendar (learn.microsoft.com, supported-kubernetes-versions): on 2026-12-02, 1.34 has reached its end
    // of life (Nov 2026); 1.35 (GA Mar 2026, end of life Mar 2027) and 1.36 (GA Jun 2026, end of life Jun 2027) are in support.
    const QString minimum = dataText({u"kubernetes"_s, u"minimum"_s});
    auto minor = [](const QString &v) { return v.section(u'.', 1, 1).toInt(); };
    QString chosen = version;
    if (version.section(u'.', 0, 0) != u"1"_s || minor(version) < minor(minimum)) {
        chosen = dataText({u"kubernetes"_s, u"default"_s});
        m.warn(fileText("%1: Kubernetes %2 (property version) is out of AKS support; the export uses %3. Set the version to %4 or newer.")
                   .arg(title, version, chosen, minimum));
    }
    c.setStr(u"kubernetes_version"_s, chosen);
    c.setStr(u"sku_tier"_s, u"Standard"_s);
    c.setBool(u"private_cluster_enabled"_s, privateEndpoint);
    c.setBool(u"local_account_disabled"_s, true);
    c.setBool(u"role_based_access_control_enabled"_s, true);
    c.setBool(u"oidc_issuer_enabled"_s, true);
    c.setBool(u"workload_identity_enabled"_s, true);
    c.setBool(u"azure_policy_enabled"_s, true);
    c.setStr(u"automatic_upgrade_channel"_s, u"patch"_s);
    c.setStr(u"node_os_upgrade_channel"_s, u"NodeImage"_s);
    if (!privateEndpoint)
        c.add(u"api_server_access_profile"_s).set(u"authorized_ip_ranges"_s, u"var.admin_cidrs"_s);
    else
        m.note(fileText("%1 is a private cluster: its API answers only inside the VNet (a private DNS zone made by AKS). Operators reach it from a peered network, "
                        "a jump host or `az aks command invoke`; set privateEndpoint to false for a public API limited to admin_cidrs.").arg(title));
    Block &np = c.add(u"default_node_pool"_s);
    np.setStr(u"name"_s, u"system"_s);
    np.setStr(u"vm_size"_s, sized(u"vm"_s, spec.instanceSize));
    np.setBool(u"auto_scaling_enabled"_s, true);
    np.setNum(u"min_count"_s, minNodes);
    np.setNum(u"max_count"_s, std::max(minNodes, maxNodes));
    const QStringList zones = zonesOf(r);
    if (zones.size() >= 2)
        np.set(u"zones"_s, Value::strings(zones));
    np.set(u"vnet_subnet_id"_s, u"azurerm_subnet.%1.id"_s.arg(sn.ident));
    np.setBool(u"host_encryption_enabled"_s, true);
    np.setStr(u"os_sku"_s, u"AzureLinux"_s);
    np.setStr(u"temporary_name_for_rotation"_s, u"rotation"_s);
    np.add(u"upgrade_settings"_s).setStr(u"max_surge"_s, u"33%"_s);
    userIdentity(c, cp);
    Block &rbac = c.add(u"azure_active_directory_role_based_access_control"_s);
    rbac.setBool(u"azure_rbac_enabled"_s, true);
    rbac.set(u"tenant_id"_s, u"data.azurerm_client_config.current.tenant_id"_s);
    rbac.set(u"admin_group_object_ids"_s, u"var.aks_admin_group_object_ids"_s);
    m.variable({u"aks_admin_group_object_ids"_s, u"list(string)"_s,
                fileText("Object IDs of the Microsoft Entra groups whose members administer the AKS clusters (local accounts are off)"), std::nullopt, false,
                u"length(var.aks_admin_group_object_ids) > 0 && alltrue([for g in var.aks_admin_group_object_ids : can(regex(\"^[0-9a-fA-F-]{36}$\", g))])"_s,
                fileText("Give at least one group object ID (a GUID); without one nobody can use kubectl.")});
    Block &admins = m.file(u"security.tf"_s).add(u"resource"_s, {u"azurerm_role_assignment"_s, ident + u"_admins"_s});
    admins.comment(fileText("The admin groups may use the Kubernetes API of %1 (Azure RBAC for Kubernetes).").arg(title));
    admins.set(u"for_each"_s, u"toset(var.aks_admin_group_object_ids)"_s);
    admins.set(u"scope"_s, u"azurerm_kubernetes_cluster.%1.id"_s.arg(ident));
    admins.setStr(u"role_definition_name"_s, u"Azure Kubernetes Service RBAC Cluster Admin"_s);
    admins.set(u"principal_id"_s, u"each.value"_s);
    admins.setStr(u"principal_type"_s, u"Group"_s);
    Block &netp = c.add(u"network_profile"_s);
    netp.setStr(u"network_plugin"_s, u"azure"_s);
    netp.setStr(u"network_plugin_mode"_s, u"overlay"_s);
    netp.setStr(u"network_policy"_s, u"cilium"_s);
    netp.setStr(u"network_data_plane"_s, u"cilium"_s);
    netp.setStr(u"outbound_type"_s, u"userAssignedNATGateway"_s);
    netp.setStr(u"pod_cidr"_s, aksPodCidr);
    netp.setStr(u"service_cidr"_s, u"172.16.0.0/16"_s);
    netp.setStr(u"dns_service_ip"_s, u"172.16.0.10"_s);
    // Overlay pods talk with their own addresses, unencapsulated, so the node subnet's NSG sees them:
    // AKS requires node -> pod and pod -> pod on every port (CoreDNS, services across nodes); the
    // NetworkPolicies (Cilium) then narrow pod traffic to the drawn connections.
    if (once(r, u"aks_overlay_rules"_s)) { // one node subnet per region; its clusters' pods share the overlay range
        nsgRule(r, u"aks"_s, u"pods-to-pods"_s, fileText("Pods to pods (Azure CNI Overlay; the NetworkPolicies narrow it)"),
                S(aksPodCidr), S(aksPodCidr), u"*"_s);
        nsgRule(r, u"aks"_s, u"nodes-to-pods"_s, fileText("Nodes to their pods (kubelet probes, service routing; Azure CNI Overlay)"),
                S(sn.prefix), S(aksPodCidr), u"*"_s);
    }
    Block &kms = c.add(u"key_management_service"_s);
    kms.comment(fileText("Kubernetes secrets encrypted in etcd with a key of its own vault (see that vault for why)."));
    kms.set(u"key_vault_key_id"_s, u"azurerm_key_vault_key.%1.id"_s.arg(etcdKey));
    kms.setStr(u"key_vault_network_access"_s, u"Public"_s);
    Block &oms = c.add(u"oms_agent"_s);
    oms.set(u"log_analytics_workspace_id"_s, u"azurerm_log_analytics_workspace.%1.id"_s.arg(workspace));
    oms.setBool(u"msi_auth_for_monitoring_enabled"_s, true);
    c.add(u"microsoft_defender"_s).set(u"log_analytics_workspace_id"_s, u"azurerm_log_analytics_workspace.%1.id"_s.arg(workspace));
    c.add(u"key_vault_secrets_provider"_s).setBool(u"secret_rotation_enabled"_s, true);
    c.set(u"depends_on"_s, list({R(u"azurerm_role_assignment.%1"_s.arg(netGrant)), R(u"azurerm_role_assignment.%1"_s.arg(kmsGrant)),
                                 R(u"azurerm_subnet_nat_gateway_association.%1"_s.arg(sn.ident))}));
    diag(ident + u"_cluster"_s, u"azurerm_kubernetes_cluster.%1.id"_s.arg(ident));
    const QString scope = u"azurerm_kubernetes_cluster.%1.id"_s.arg(ident);
    Unit pseudo;
    Component comp;
    comp.id = ident;
    comp.name = title;
    pseudo.component = &comp;
    pseudo.ident = ident;
    pseudo.slug = slugFor(ident, u"aks"_s);
    pseudo.placement.region = r;
    alert(pseudo, u"cpu"_s, fileText("node CPU above 80 %"), scope, u"Microsoft.ContainerService/managedClusters"_s, u"node_cpu_usage_percentage"_s, u"Average"_s, 80);
    alert(pseudo, u"memory"_s, fileText("node memory above 80 %"), scope, u"Microsoft.ContainerService/managedClusters"_s, u"node_memory_working_set_percentage"_s, u"Average"_s, 80);
    m.output(ident + u"_cluster_name"_s, u"azurerm_kubernetes_cluster.%1.name"_s.arg(ident), fileText("Name of the AKS cluster %1").arg(title));
}

void AzureMapper::containerService(const Unit &u)
{
    const QString r = ctx.regionOf(u);
    const QString k = key(r);
    const ReplicaCount scale = replicaCountOf(props, *u.component);
    if (once(r, u"apps"_s)) {
        const Subnet &sn = subnet(r, u"apps"_s);
        Block &env = res(u"compute.tf"_s, u"azurerm_container_app_environment"_s, k, r);
        env.set(u"log_analytics_workspace_id"_s, u"azurerm_log_analytics_workspace.%1.id"_s.arg(workspace));
        env.set(u"infrastructure_subnet_id"_s, u"azurerm_subnet.%1.id"_s.arg(sn.ident));
        env.comment(fileText("Reachable only from the VNet; the Application Gateway is the public entry."));
        env.setBool(u"internal_load_balancer_enabled"_s, true);
        env.setBool(u"zone_redundancy_enabled"_s, true);
        // An internal environment answers on its default domain only inside the VNet, through a private zone of that name.
        Block &zone = m.file(u"network.tf"_s).add(u"resource"_s, {u"azurerm_private_dns_zone"_s, k + u"_apps"_s});
        zone.comment(fileText("Names of the internal Container Apps environment: every app is <app>.<default domain>, at the environment's static address."));
        zone.set(u"name"_s, u"azurerm_container_app_environment.%1.default_domain"_s.arg(k));
        zone.set(u"resource_group_name"_s, rg(r));
        for (const auto &[record, suffix] : {std::pair{u"*"_s, u"_apps"_s}, std::pair{u"@"_s, u"_apps_apex"_s}}) {
            Block &a = m.file(u"network.tf"_s).add(u"resource"_s, {u"azurerm_private_dns_a_record"_s, k + suffix});
            a.setStr(u"name"_s, record);
            a.set(u"zone_name"_s, u"azurerm_private_dns_zone.%1_apps.name"_s.arg(k));
            a.set(u"resource_group_name"_s, rg(r));
            a.setNum(u"ttl"_s, 300);
            a.set(u"records"_s, list({R(u"azurerm_container_app_environment.%1.static_ip_address"_s.arg(k))}));
        }
        Block &link = m.file(u"network.tf"_s).add(u"resource"_s, {u"azurerm_private_dns_zone_virtual_network_link"_s, k + u"_apps"_s});
        link.set(u"name"_s, name(u"apps-"_s + (r.isEmpty() ? u"main"_s : r)));
        link.set(u"resource_group_name"_s, rg(r));
        link.set(u"private_dns_zone_name"_s, u"azurerm_private_dns_zone.%1_apps.name"_s.arg(k));
        link.set(u"virtual_network_id"_s, u"azurerm_virtual_network.%1.id"_s.arg(k));
        link.setBool(u"registration_enabled"_s, false);
    }
    QString image = props.stringValue(*u.component, keys::image);
    Value imageValue = S(image);
    if (image.isEmpty()) {
        m.variable({u.ident + u"_image"_s, u"string"_s, fileText("Container image of %1, with a fixed tag").arg(label(u)), std::nullopt, false, {}, {}});
        imageValue = R(u"var.%1_image"_s.arg(u.ident));
    }
    const qint64 cpuMilli = props.intValue(*u.component, keys::cpuLimit);
    const double cpu = cpuMilli <= 250 ? 0.25 : cpuMilli <= 500 ? 0.5 : cpuMilli <= 1000 ? 1.0 : 2.0;
    Block &app = m.file(u"compute.tf"_s).add(u"resource"_s, {u"azurerm_container_app"_s, u.ident});
    app.set(u"name"_s, name(slugFor(u.slug, u"app"_s, 18)));
    app.set(u"resource_group_name"_s, rg(r));
    app.set(u"container_app_environment_id"_s, u"azurerm_container_app_environment.%1.id"_s.arg(k));
    app.setStr(u"revision_mode"_s, u"Single"_s);
    userIdentity(app, workloadIdentity(u));
    Block &t = app.add(u"template"_s);
    t.setNum(u"min_replicas"_s, scale.minReplicas);
    t.setNum(u"max_replicas"_s, scale.maxReplicas);
    Block &c = t.add(u"container"_s);
    c.setStr(u"name"_s, u.slug);
    c.set(u"image"_s, imageValue);
    c.set(u"cpu"_s, QString::number(cpu));
    c.setStr(u"memory"_s, u"%1Gi"_s.arg(cpu * 2));
    // Its own identity is one of possibly several on the app: Azure's SDKs pick it by AZURE_CLIENT_ID. And where
    // its connections lead: <ID>_ADDRESS of every managed resource it calls (the names the Kubernetes export uses).
    auto env = [&c](const QString &name, const Value &value) {
        Block &e = c.add(u"env"_s);
        e.setStr(u"name"_s, name);
        e.set(u"value"_s, value);
    };
    env(u"AZURE_CLIENT_ID"_s, R(u"azurerm_user_assigned_identity.%1.client_id"_s.arg(workloadIdentity(u))));
    QStringList named;
    auto address = [&](const Unit *callee) {
        const QString variable = callee ? k8s::envName(callee->component->id) + u"_ADDRESS"_s : QString();
        const QString value = callee ? cloudValueFor(variable) : QString();
        if (value.isEmpty() || named.contains(variable))
            return;
        named.append(variable);
        env(variable, R(value));
    };
    for (const Connection *conn : ctx.outgoing(u.component->id)) {
        const Unit *callee = ctx.unit(conn->to);
        address(callee);
        // The database user it signs in as with its identity's Entra token (no password), as on AKS and ECS.
        if (callee && isKind(*callee, {kinds::relationalDatabase}) && !named.contains(k8s::envName(callee->component->id) + u"_USER"_s)) {
            named.append(k8s::envName(callee->component->id) + u"_USER"_s);
            env(named.last(), R(databaseLogin(u, *callee)));
        }
    }
    for (const Connection *conn : ctx.incoming(u.component->id)) // a queue drawn delivering to it: it reads from the queue
        if (const Unit *q = ctx.unit(conn->from); q && isKind(*q, {kinds::messageQueue, kinds::eventStream}))
            address(q);
    const qint64 port = props.intValue(*u.component, keys::port);
    Block &live = c.add(u"liveness_probe"_s);
    live.setStr(u"transport"_s, u"HTTP"_s);
    live.setNum(u"port"_s, port);
    live.setStr(u"path"_s, props.stringValue(*u.component, keys::healthPath));
    Block &ready = c.add(u"readiness_probe"_s);
    ready.setStr(u"transport"_s, u"HTTP"_s);
    ready.setNum(u"port"_s, port);
    ready.setStr(u"path"_s, props.stringValue(*u.component, keys::readinessPath));
    if (scale.autoscaling) {
        Block &rule = t.add(u"custom_scale_rule"_s);
        rule.setStr(u"name"_s, u"cpu"_s);
        rule.setStr(u"custom_rule_type"_s, u"cpu"_s);
        rule.set(u"metadata"_s, obj({{u"type"_s, S(u"Utilization"_s)}, {u"value"_s, S(QString::number(props.intValue(*u.component, keys::cpuTarget)))}}));
    }
    // Ingress only for what something calls: a worker that only reads from queues and streams takes no
    // requests, and an open ingress would be an address inside the VNet that nothing needs.
    bool called = false;
    for (const Connection *conn : ctx.incoming(u.component->id)) {
        const Unit *from = ctx.unit(conn->from);
        called = called || !from || !isKind(*from, {kinds::messageQueue, kinds::eventStream});
    }
    const QString scope = u"azurerm_container_app.%1.id"_s.arg(u.ident);
    alert(u, u"cpu"_s, fileText("CPU above 80 %"), scope, u"Microsoft.App/containerApps"_s, u"CpuPercentage"_s, u"Average"_s, 80);
    alert(u, u"memory"_s, fileText("memory above 80 %"), scope, u"Microsoft.App/containerApps"_s, u"MemoryPercentage"_s, u"Average"_s, 80);
    if (!called) {
        m.note(fileText("%1 takes no requests (it only reads from queues or streams): its Container App has no ingress.").arg(label(u)));
        return;
    }
    Block &in = app.add(u"ingress"_s);
    in.setBool(u"external_enabled"_s, true);
    in.setNum(u"target_port"_s, port);
    in.setStr(u"transport"_s, u"auto"_s);
    in.setBool(u"allow_insecure_connections"_s, false);
    Block &tw = in.add(u"traffic_weight"_s);
    tw.setBool(u"latest_revision"_s, true);
    tw.setNum(u"percentage"_s, 100);
    alert(u, u"latency"_s, fileText("average response time above 1 second"), scope, u"Microsoft.App/containerApps"_s, u"ResponseTime"_s, u"Average"_s, 1000);
}

void AzureMapper::virtualMachines(const Unit &u)
{
    const QString r = ctx.regionOf(u);
    const ReplicaCount scale = replicaCountOf(props, *u.component);
    const Subnet &sn = subnet(r, u"workloads"_s);
    const bool windows = props.stringValue(*u.component, keys::os) == QLatin1String("windows");
    Block &asg = res(u"network.tf"_s, u"azurerm_application_security_group"_s, u.ident, r);
    Q_UNUSED(asg)
    Block &v = res(u"compute.tf"_s, windows ? u"azurerm_windows_virtual_machine_scale_set"_s : u"azurerm_linux_virtual_machine_scale_set"_s, u.ident, r);
    v.items.front().value = R(name(slugFor(u.slug, u"vm"_s, 9)));
    v.setStr(u"sku"_s, sized(u"vm"_s, props.stringValue(*u.component, keys::instanceSize)));
    v.setNum(u"instances"_s, scale.desired());
    v.setStr(u"admin_username"_s, u"azureuser"_s);
    if (windows) {
        m.variable({u.ident + u"_admin_password"_s, u"string"_s, fileText("Administrator password of the %1 instances").arg(label(u)), std::nullopt, true,
                    u"length(var.%1_admin_password) >= 14"_s.arg(u.ident), fileText("Use at least 14 characters.")});
        v.set(u"admin_password"_s, u"var.%1_admin_password"_s.arg(u.ident));
    } else {
        m.variable({u"ssh_public_key"_s, u"string"_s, fileText("SSH public key for the virtual machines (passwords are turned off)"), std::nullopt, false, {}, {}});
        v.setBool(u"disable_password_authentication"_s, true);
        Block &key2 = v.add(u"admin_ssh_key"_s);
        key2.setStr(u"username"_s, u"azureuser"_s);
        key2.set(u"public_key"_s, u"var.ssh_public_key"_s);
    }
    const QStringList zones = zonesOf(r);
    if (zones.size() >= 2) {
        v.set(u"zones"_s, Value::strings(zones));
        v.setBool(u"zone_balance"_s, true);
    }
    v.setBool(u"encryption_at_host_enabled"_s, true);
    v.setBool(u"secure_boot_enabled"_s, true);
    v.setBool(u"vtpm_enabled"_s, true);
    v.setStr(u"upgrade_mode"_s, u"Manual"_s);
    Block &src = v.add(u"source_image_reference"_s);
    for (const QString &part : {u"publisher"_s, u"offer"_s, u"sku"_s})
        src.setStr(part, dataText({u"images"_s, windows ? u"windows"_s : u"linux"_s, part}));
    src.setStr(u"version"_s, u"latest"_s);
    Block &os = v.add(u"os_disk"_s);
    os.setStr(u"caching"_s, u"ReadWrite"_s);
    os.setStr(u"storage_account_type"_s, u"Premium_ZRS"_s);
    os.set(u"disk_encryption_set_id"_s, u"azurerm_disk_encryption_set.%1.id"_s.arg(key(r)));
    Block &nic = v.add(u"network_interface"_s);
    nic.setStr(u"name"_s, u"primary"_s);
    nic.setBool(u"primary"_s, true);
    Block &ip = nic.add(u"ip_configuration"_s);
    ip.comment(fileText("No public address: the instances are reached through the gateway or from the VNet."));
    ip.setStr(u"name"_s, u"internal"_s);
    ip.setBool(u"primary"_s, true);
    ip.set(u"subnet_id"_s, u"azurerm_subnet.%1.id"_s.arg(sn.ident));
    ip.set(u"application_security_group_ids"_s, list({R(asgOf(u))}));
    vmIpConfigs[u.ident] = &ip; // the Application Gateways drawn in front add their backend pools (finish())
    v.add(u"boot_diagnostics"_s);
    userIdentity(v, workloadIdentity(u));
    Block &rep = v.add(u"automatic_instance_repair"_s);
    rep.comment(fileText("Needs an application health extension; add one that checks your health endpoint."));
    rep.setBool(u"enabled"_s, false);
    if (once(r, u"disk_encryption"_s)) {
        Block &des = res(u"security.tf"_s, u"azurerm_disk_encryption_set"_s, key(r), r);
        des.items.front().value = R(name(u"disks-"_s + (r.isEmpty() ? u"main"_s : r)));
        des.set(u"key_vault_key_id"_s, vaultKeyVersionless(r));
        des.setBool(u"auto_key_rotation_enabled"_s, true);
        const QString cmkId = keyIdentity(key(r) + u"_disks"_s, r);
        userIdentity(des, cmkId);
        des.set(u"depends_on"_s, list({R(u"azurerm_role_assignment.%1_key"_s.arg(cmkId))}));
    }
    if (scale.autoscaling) {
        Block &as = res(u"compute.tf"_s, u"azurerm_monitor_autoscale_setting"_s, u.ident, r);
        as.set(u"target_resource_id"_s, u"%1.%2.id"_s.arg(windows ? u"azurerm_windows_virtual_machine_scale_set"_s : u"azurerm_linux_virtual_machine_scale_set"_s, u.ident));
        Block &p = as.add(u"profile"_s);
        p.setStr(u"name"_s, u"cpu"_s);
        Block &cap = p.add(u"capacity"_s);
        cap.setNum(u"default"_s, scale.desired());
        cap.setNum(u"minimum"_s, scale.minReplicas);
        cap.setNum(u"maximum"_s, scale.maxReplicas);
        for (const bool up : {true, false}) {
            Block &rule = p.add(u"rule"_s);
            Block &mt = rule.add(u"metric_trigger"_s);
            mt.setStr(u"metric_name"_s, u"Percentage CPU"_s);
            mt.set(u"metric_resource_id"_s, u"%1.%2.id"_s.arg(windows ? u"azurerm_windows_virtual_machine_scale_set"_s : u"azurerm_linux_virtual_machine_scale_set"_s, u.ident));
            mt.setStr(u"time_grain"_s, u"PT1M"_s);
            mt.setStr(u"statistic"_s, u"Average"_s);
            mt.setStr(u"time_window"_s, u"PT5M"_s);
            mt.setStr(u"time_aggregation"_s, u"Average"_s);
            mt.setStr(u"operator"_s, up ? u"GreaterThan"_s : u"LessThan"_s);
            mt.setNum(u"threshold"_s, up ? props.intValue(*u.component, keys::cpuTarget) : props.intValue(*u.component, keys::cpuTarget) / 2);
            Block &sa = rule.add(u"scale_action"_s);
            sa.setStr(u"direction"_s, up ? u"Increase"_s : u"Decrease"_s);
            sa.setStr(u"type"_s, u"ChangeCount"_s);
            sa.setStr(u"value"_s, u"1"_s);
            sa.setStr(u"cooldown"_s, u"PT5M"_s);
        }
    }
    m.todo(fileText("%1 runs on a virtual machine scale set: add custom_data or an extension that installs and starts the application.").arg(label(u)));
}

void AzureMapper::serverlessFunction(const Unit &u)
{
    const QString r = ctx.regionOf(u);
    const QString k = key(r);
    const Subnet &sn = subnet(r, u"functions"_s);
    if (once(r, u"functions"_s)) {
        Block &plan = res(u"compute.tf"_s, u"azurerm_service_plan"_s, k + u"_functions"_s, r);
        plan.setStr(u"os_type"_s, u"Linux"_s);
        plan.comment(fileText("Elastic Premium: VNet integration and no cold starts; three workers spread over the zones."));
        plan.setStr(u"sku_name"_s, u"EP1"_s);
        plan.setNum(u"worker_count"_s, 3);
        plan.setBool(u"zone_balancing_enabled"_s, true);
        storage(nullptr, k + u"_functions"_s, r, fileText("Function host storage"));
        Block &ai = res(u"observability.tf"_s, u"azurerm_application_insights"_s, k, r);
        ai.set(u"workspace_id"_s, u"azurerm_log_analytics_workspace.%1.id"_s.arg(workspace));
        ai.setStr(u"application_type"_s, u"web"_s);
        ai.setBool(u"local_authentication_disabled"_s, true);
    }
    const QString fid = workloadIdentity(u);
    grant(u.ident + u"_host_storage"_s, fid, u"azurerm_storage_account.%1_functions.id"_s.arg(k), u"Storage Blob Data Owner"_s,
          fileText("the Functions host of %1 keeps its leases and keys in the host storage account").arg(label(u)));
    const QString runtime = props.stringValue(*u.component, keys::runtime);
    Block &f = m.file(u"compute.tf"_s).add(u"resource"_s, {u"azurerm_linux_function_app"_s, u.ident});
    f.set(u"name"_s, unique(slugFor(u.slug, u"fn"_s, 24)));
    f.set(u"resource_group_name"_s, rg(r));
    f.set(u"location"_s, location(r));
    f.set(u"service_plan_id"_s, u"azurerm_service_plan.%1_functions.id"_s.arg(k));
    f.set(u"storage_account_name"_s, u"azurerm_storage_account.%1_functions.name"_s.arg(k));
    f.setBool(u"storage_uses_managed_identity"_s, true);
    f.setBool(u"https_only"_s, true);
    f.setBool(u"public_network_access_enabled"_s, false);
    f.set(u"virtual_network_subnet_id"_s, u"azurerm_subnet.%1.id"_s.arg(sn.ident));
    f.setBool(u"ftp_publish_basic_authentication_enabled"_s, false);
    f.setBool(u"webdeploy_publish_basic_authentication_enabled"_s, false);
    f.set(u"key_vault_reference_identity_id"_s, u"azurerm_user_assigned_identity.%1.id"_s.arg(fid));
    userIdentity(f, fid);
    Block &sc = f.add(u"site_config"_s);
    sc.setStr(u"minimum_tls_version"_s, u"1.2"_s);
    sc.setStr(u"ftps_state"_s, u"Disabled"_s);
    sc.setBool(u"http2_enabled"_s, true);
    sc.setBool(u"vnet_route_all_enabled"_s, true);
    sc.set(u"application_insights_connection_string"_s, u"azurerm_application_insights.%1.connection_string"_s.arg(k));
    Block &stack = sc.add(u"application_stack"_s);
    if (runtime == QLatin1String("go"))
        stack.setBool(u"use_custom_runtime"_s, true);
    else if (runtime.startsWith(u"nodejs"_s))
        stack.setStr(u"node_version"_s, u"20"_s);
    else if (runtime == QLatin1String("java21"))
        stack.setStr(u"java_version"_s, u"21"_s);
    else
        stack.setStr(u"python_version"_s, u"3.12"_s);
    f.set(u"app_settings"_s, obj({{u"AzureWebJobsStorage__clientId"_s, R(u"azurerm_user_assigned_identity.%1.client_id"_s.arg(fid))},
                                  {u"AzureWebJobsStorage__credential"_s, S(u"managedidentity"_s)},
                                  {u"AZURE_CLIENT_ID"_s, R(u"azurerm_user_assigned_identity.%1.client_id"_s.arg(fid))},
                                  {u"FUNCTIONS_WORKER_PROCESS_COUNT"_s, S(u"1"_s)}}));
    alert(u, u"errors"_s, fileText("server errors (5xx)"), u"azurerm_linux_function_app.%1.id"_s.arg(u.ident), u"Microsoft.Web/sites"_s, u"Http5xx"_s, u"Total"_s, 0);
    alert(u, u"latency"_s, fileText("average response time above 80 % of the timeout"), u"azurerm_linux_function_app.%1.id"_s.arg(u.ident),
          u"Microsoft.Web/sites"_s, u"HttpResponseTime"_s, u"Average"_s, double(props.intValue(*u.component, keys::timeoutSeconds)) * 0.8);
    m.todo(fileText("%1 (Function): deploy its code (zip deploy or `func azure functionapp publish`); its %2 trigger is configured in the code.").arg(label(u), props.stringValue(*u.component, keys::trigger)));
}

} // namespace sd::tf

namespace sd::tf {

/// Application Gateway for Containers for one Gateway of the Kubernetes export: the load balancer, its frontend, the
/// association subnet, the WAF policy when one is drawn in front, and the ALB Controller's identity.
void AzureMapper::applicationGatewayForContainers(const k8s::Gateway &g, const QString &r, const QString &fronting)
{
    const QString ident = agcIdent(g);
    if (!agcMade.insert(ident).second)
        return;
    const QString what = g.componentName.isEmpty() ? g.name : g.componentName;
    const Subnet &sn = subnet(r, u"agc"_s);
    Block &alb = res(u"compute.tf"_s, u"azurerm_application_load_balancer"_s, ident, r);
    alb.comment(fileText("Application Gateway for Containers of the Gateway %1 (%2): the ALB Controller in AKS programs it from the Gateway and its routes.")
                    .arg(g.name, what));
    Block &fe = m.file(u"compute.tf"_s).add(u"resource"_s, {u"azurerm_application_load_balancer_frontend"_s, ident});
    fe.setStr(u"name"_s, g.name);
    fe.set(u"application_load_balancer_id"_s, u"azurerm_application_load_balancer.%1.id"_s.arg(ident));
    Block &as = m.file(u"compute.tf"_s).add(u"resource"_s, {u"azurerm_application_load_balancer_subnet_association"_s, ident});
    as.setStr(u"name"_s, g.name);
    as.set(u"application_load_balancer_id"_s, u"azurerm_application_load_balancer.%1.id"_s.arg(ident));
    as.set(u"subnet_id"_s, u"azurerm_subnet.%1.id"_s.arg(sn.ident));
    cloudValues[g.valuePrefix + u"_ALB_ID"_s] = u"azurerm_application_load_balancer.%1.id"_s.arg(ident);
    cloudValues[g.valuePrefix + u"_FRONTEND"_s] = u"azurerm_application_load_balancer_frontend.%1.name"_s.arg(ident);
    cloudValues[g.valuePrefix + u"_SOURCE_CIDR"_s] = u"one(azurerm_subnet.%1.address_prefixes)"_s.arg(sn.ident);
    // AGC sends to the pods' own addresses: the node subnet's NSG admits it on the ports its routes lead to.
    QStringList ports;
    for (const k8s::Route &rt : g.routes)
        for (const k8s::Workload &w : k8sPlan ? k8sPlan->workloads : std::vector<k8s::Workload>{})
            if (w.name == rt.workload && !ports.contains(QString::number(w.port)))
                ports.append(QString::number(w.port));
    for (const QString &port : ports)
        nsgRule(r, u"aks"_s, u"agc-%1-to-pods-%2"_s.arg(hyphens(g.name), port),
                fileText("Application Gateway for Containers of the Gateway %1 to the pods its routes lead to").arg(g.name),
                S(sn.prefix), S(aksPodCidr), port);
    if (!g.wafId.isEmpty()) {
        const Unit *wafUnit = ctx.unit(g.wafId);
        const Unit *edge = g.componentId.isEmpty() ? nullptr : ctx.unit(g.componentId);
        wafPolicy(ident, r, wafUnit && isKind(*wafUnit, {kinds::waf}) ? wafUnit : nullptr, edge);
        cloudValues[g.valuePrefix + u"_WAF"_s] = u"azurerm_web_application_firewall_policy.%1.id"_s.arg(ident);
    }
    if (g.wafId.isEmpty() && !fronting.isEmpty()) {
        // Behind an Application Gateway: AGC has no private frontend, so its own WAF policy admits only that gateway's address.
        Block &pol = wafPolicy(ident, r, nullptr, g.componentId.isEmpty() ? nullptr : ctx.unit(g.componentId), false);
        Block &only = pol.add(u"custom_rules"_s);
        only.setStr(u"name"_s, u"OnlyFromApplicationGateway"_s);
        only.setNum(u"priority"_s, 2);
        only.setStr(u"rule_type"_s, u"MatchRule"_s);
        only.setStr(u"action"_s, u"Block"_s);
        Block &mc = only.add(u"match_conditions"_s);
        mc.add(u"match_variables"_s).setStr(u"variable_name"_s, u"RemoteAddr"_s);
        mc.setStr(u"operator"_s, u"IPMatch"_s);
        mc.setBool(u"negation_condition"_s, true);
        mc.set(u"match_values"_s, list({R(u"azurerm_public_ip.%1.ip_address"_s.arg(fronting))}));
        cloudValues[g.valuePrefix + u"_WAF"_s] = u"azurerm_web_application_firewall_policy.%1.id"_s.arg(ident);
        m.note(fileText("Gateway %1 (%2): Application Gateway for Containers has no private frontend (no counterpart on Azure), so its frontend is public. "
                        "Its WAF policy %3 blocks every client but the Application Gateway in front; the Kubernetes export attaches it to the "
                        "Gateway with a WebApplicationFirewallPolicy (value %4_WAF in kubernetes_cloud_values), so the frontend cannot bypass the Application Gateway's WAF.")
                   .arg(g.name, what, ident, g.valuePrefix));
    }
    if (cloudValues.count(g.valuePrefix + u"_WAF"_s)) {
        Block &sp = m.file(u"compute.tf"_s).add(u"resource"_s, {u"azurerm_application_load_balancer_security_policy"_s, ident});
        sp.setStr(u"name"_s, g.name + u"-waf"_s);
        sp.set(u"location"_s, location(r));
        sp.set(u"application_load_balancer_id"_s, u"azurerm_application_load_balancer.%1.id"_s.arg(ident));
        sp.set(u"web_application_firewall_policy_id"_s, u"azurerm_web_application_firewall_policy.%1.id"_s.arg(ident));
    }
    m.output(ident + u"_frontend"_s, u"azurerm_application_load_balancer_frontend.%1.fully_qualified_domain_name"_s.arg(ident),
             fileText("Host name of the Application Gateway for Containers frontend of the Gateway %1").arg(g.name));
    // The ALB Controller (one per cluster) runs as azure-alb-system/alb-controller-sa with an identity of its own.
    const QString ctl = ownIdentity(u"alb_controller"_s, r, fileText("the ALB Controller in AKS"));
    grant(ident + u"_controller"_s, ctl, u"azurerm_application_load_balancer.%1.id"_s.arg(ident), u"AppGw for Containers Configuration Manager"_s,
          fileText("the ALB Controller programs the Application Gateway for Containers of %1, no other").arg(g.name));
    if (once(r, u"alb_controller_subnet"_s)) {
        grant(u"alb_controller_subnet"_s, ctl, u"azurerm_subnet.%1.id"_s.arg(sn.ident), u"Network Contributor"_s,
              fileText("the ALB Controller joins the association subnet"));
        Block &fc = m.file(u"security.tf"_s).add(u"resource"_s, {u"azurerm_federated_identity_credential"_s, u"alb_controller"_s});
        fc.setStr(u"name"_s, u"alb-controller"_s);
        fc.set(u"resource_group_name"_s, rg(r));
        fc.set(u"parent_id"_s, u"azurerm_user_assigned_identity.alb_controller.id"_s);
        fc.set(u"issuer"_s, u"azurerm_kubernetes_cluster.%1.oidc_issuer_url"_s.arg(aksIdent));
        fc.setStr(u"subject"_s, u"system:serviceaccount:azure-alb-system:alb-controller-sa"_s);
        fc.set(u"audience"_s, Value::strings({u"api://AzureADTokenExchange"_s}));
        m.output(u"alb_controller_client_id"_s, u"azurerm_user_assigned_identity.alb_controller.client_id"_s,
                 fileText("Client ID for the ALB Controller's Helm release (albController.podIdentity.clientID)"));
        m.todo(fileText("Install the ALB Controller and the Gateway API CRDs in AKS: `helm install alb-controller oci://mcr.microsoft.com/application-lb/charts/alb-controller "
                        "--namespace azure-alb-system --create-namespace --set albController.namespace=azure-alb-system "
                        "--set albController.podIdentity.clientID=$(terraform output -raw alb_controller_client_id)`."));
    }
}

/// What the Kubernetes export of the same design expects from Azure: one identity per workload that calls a cloud resource, with a
/// federated credential for its ServiceAccount, and every `${KEY}` its manifests hold, as the output kubernetes_cloud_values.
void AzureMapper::kubernetesWiring()
{
    if (!k8sPlan || aksIdent.isEmpty())
        return;
    for (const k8s::Workload &w : k8sPlan->workloads) {
        if (w.identityKey.isEmpty() || !w.component)
            continue;
        const Unit *u = ctx.unit(w.component->id);
        if (!u)
            continue;
        const QString id = workloadIdentity(*u);
        Block &fc = m.file(u"security.tf"_s).add(u"resource"_s, {u"azurerm_federated_identity_credential"_s, u->ident});
        fc.comment(fileText("Only the ServiceAccount %1/%2 of the Kubernetes export may sign in as this identity.").arg(k8sPlan->ns, w.name));
        fc.setStr(u"name"_s, w.name);
        fc.set(u"resource_group_name"_s, rg(ctx.regionOf(*u)));
        fc.set(u"parent_id"_s, u"azurerm_user_assigned_identity.%1.id"_s.arg(id));
        fc.set(u"issuer"_s, u"azurerm_kubernetes_cluster.%1.oidc_issuer_url"_s.arg(clusterName(*u).isEmpty() ? aksIdent : clusterName(*u)));
        fc.setStr(u"subject"_s, u"system:serviceaccount:%1:%2"_s.arg(k8sPlan->ns, w.name));
        fc.set(u"audience"_s, Value::strings({u"api://AzureADTokenExchange"_s}));
        cloudValues[w.identityKey] = u"azurerm_user_assigned_identity.%1.client_id"_s.arg(id);
        for (const k8s::Peer &p : w.callees)
            if (const Unit *db = ctx.unit(p.componentId); db && isKind(*db, {kinds::relationalDatabase}))
                cloudValues[k8s::databaseUserKey(w.component->id, p.componentId)] = databaseLogin(*u, *db);
    }
    std::vector<std::pair<QString, Value>> values;
    for (const k8s::CloudValue &v : k8sPlan->values) {
        const QString expr = cloudValueFor(v.key);
        if (expr.isEmpty()) {
            m.warn(fileText("kubernetes_cloud_values: %1 (%2) has no counterpart in this export; fill it in cloud-values.env yourself.").arg(v.key, v.description));
            continue;
        }
        values.emplace_back(v.key, R(expr));
    }
    Block &loc = m.file(u"compute.tf"_s).add(u"locals"_s);
    loc.comment(fileText("The values the Kubernetes export's manifests hold as ${KEY} (docs/export-kubernetes.md, contract with the Terraform export)."));
    loc.set(u"kubernetes_cloud_values"_s, obj(values));
    m.output(u"kubernetes_cloud_values"_s, u"join(\"\", [for k, v in local.kubernetes_cloud_values : \"${k}=${v}\\n\"])"_s,
             fileText("cloud-values.env of the Kubernetes export: terraform output -raw kubernetes_cloud_values > cloud-values.env"));
}

} // namespace sd::tf
