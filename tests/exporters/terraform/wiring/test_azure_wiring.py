#!/usr/bin/env python3
"""Azure wiring test: follows every drawn connection of a design through the Terraform and Kubernetes
exports, as graph checks over the parsed files (HashiCorp's parser through tfmodel.py; PyYAML for the
manifests), never over text.

For each design it exports Terraform (--provider azure) and Kubernetes with stackdraft-cli, then checks:
- identity: every AKS workload with a cloud identity has its own managed identity, a federated credential
  for exactly <namespace>/<serviceaccount>, and kubernetes_cloud_values fills its ${<W>_CLIENT_ID}; every
  connection to a cloud resource has its grant on exactly that resource (the account, the event hub, the
  workload's own secret, the cache); no identity other than Terraform's own holds a role on a whole vault,
  a resource group or the subscription; no identity is shared by two workloads or by a workload and a
  data service;
- network: every connection from the cluster to a managed service has its own NSG rule, on the port the
  Kubernetes NetworkPolicy opens, from the node subnet to the service's subnet or private endpoint;
  pod-to-pod connections have their NetworkPolicy on both ends, enforced by Cilium;
- reachability: for every edge -> workload connection, the public Application Gateway (with a WAF policy)
  routes to the Application Gateway for Containers frontend of the Gateway whose route reaches the
  workload's Service; no listener without a backend; Front Door never caches a dynamic origin; no public
  address bypasses a WAF;
- the cluster: Cilium, OIDC issuer, workload identity, Entra admin groups, autoscaling, a supported version;
- the contract: every ${KEY} the manifests hold is a key of kubernetes_cloud_values.

Usage: test_azure_wiring.py --cli stackdraft-cli --tools ../shared/tools DESIGN... 
       test_azure_wiring.py --tools ../shared/tools --tf DIR --k8s DIR DESIGN   (an export made elsewhere)
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile

import yaml

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from tfmodel import Failures, Module, env_name, identifier_for, load_manifests, references, require_tools  # noqa: E402

MANAGED = {'object-storage', 'event-stream', 'message-queue', 'cache', 'relational-database',
           'secrets-manager', 'key-management', 'document-database'}
EDGE = {'load-balancer', 'api-gateway', 'waf', 'cdn'}
WORKLOADS = {'microservice', 'monolith', 'batch-job', 'virtual-machine'}
OBSERVABILITY = {'logging', 'metrics', 'dashboards', 'alerting', 'tracing'}
SUPPORTED_MINOR = 35  # AKS on 2026-12-02: 1.35, 1.36, 1.37 are in support (1.34 ended Nov 2026)


def first(value):
    """A nested block as hcl2json gives it (a list of one body), as that body."""
    return (value[0] if value else {}) if isinstance(value, list) else (value or {})


def val(obj, key, default=''):
    """An attribute of a resource (tfmodel.Resource) or of a nested block (a dict)."""
    got = obj.get(key, default) if isinstance(obj, dict) else obj.get(key, default=default)
    return default if got is None else got


def ref_resources(value):
    """Resource addresses (type.name) referenced by a value, without vars and locals."""
    out = set()
    for ref in references(value):
        if ref.startswith(('var.', 'local.', 'module.')):
            continue
        out.add('.'.join(ref.split('.')[:3]) if ref.startswith('data.') else '.'.join(ref.split('.')[:2]))
    return out


class Design:
    def __init__(self, path):
        with open(path, encoding='utf-8') as f:
            doc = yaml.safe_load(f)
        self.zones = {z['id']: z for z in doc.get('zones', [])}
        self.components = {c['id']: c for c in doc.get('components', [])}
        self.connections = doc.get('connections', [])

    def in_cluster(self, cid):
        c = self.components.get(cid, {})
        zone = c.get('zone')
        while zone:
            z = self.zones.get(zone, {})
            if z.get('kind') == 'kubernetes-cluster':
                return True
            zone = z.get('parent')
        return (c.get('properties') or {}).get('hosting') == 'kubernetes'

    def kind(self, cid):
        return self.components.get(cid, {}).get('kind', '')


class Manifests:
    def __init__(self, folder):
        self.docs = load_manifests(folder)
        self.workloads = {}  # component id -> (name, service account, pod labels, ports)
        for d in self.docs:
            if d.get('kind') in ('Deployment', 'StatefulSet', 'CronJob'):
                comp = (d['metadata'].get('annotations') or {}).get('stackdraft.io/component')
                spec = d['spec']['jobTemplate']['spec']['template']['spec'] if d['kind'] == 'CronJob' else d['spec']['template']['spec']
                ports = [p['containerPort'] for c in spec.get('containers', []) for p in c.get('ports', [])]
                self.workloads[comp] = (d['metadata']['name'], spec.get('serviceAccountName'), ports)
        self.ns = next((d['metadata']['name'] for d in self.docs if d.get('kind') == 'Namespace'), '')

    def of_kind(self, kind):
        return [d for d in self.docs if d.get('kind') == kind]

    def policy(self, name):
        return next((d for d in self.of_kind('NetworkPolicy') if d['metadata']['name'] == name), None)

    def service_account(self, name):
        return next((d for d in self.of_kind('ServiceAccount') if d['metadata']['name'] == name), None)

    def keys(self):
        found = set()

        def walk(v):
            if isinstance(v, str):
                found.update(re.findall(r'\$\{([A-Z0-9_]+)\}', v))
            elif isinstance(v, dict):
                for x in v.values():
                    walk(x)
            elif isinstance(v, list):
                for x in v:
                    walk(x)
        for d in self.docs:
            walk(d)
        return found


def pod_selects(peer, name):
    labels = ((peer.get('podSelector') or {}).get('matchLabels') or {})
    return labels.get('app.kubernetes.io/name') == name and 'namespaceSelector' not in peer


def paired_regions():
    catalog = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', '..', 'resources', 'catalog', 'exports', 'azure.yaml')
    with open(catalog, encoding='utf-8') as f:
        return yaml.safe_load(f).get('pairedRegions') or {}


def check_database_login(d, m, tag, cid, caller, db, ident, servers, values, fails):
    """caller -> PostgreSQL/MySQL flexible server: the workload is told to sign in as its own identity's name
    (<W>_<DB>_USER), the server has an Entra administrator (who creates that login: README to-do), and a MySQL
    server wears the identity its administrator reads the directory with. Logins themselves are SQL, not Terraform."""
    told = ref_resources(values.get(f'{env_name(caller)}_{env_name(db)}_USER', ''))
    ok = fails.check(told == {ident} and f'{ident}.name' in str(values.get(f'{env_name(caller)}_{env_name(db)}_USER')),
                     f'{tag}: {cid}: told to sign in as {told or "nobody"}, not as its identity {ident}')
    engine = (d.components[db].get('properties') or {}).get('engine', 'postgresql')
    server_type = 'azurerm_mysql_flexible_server' if engine == 'mysql' else 'azurerm_postgresql_flexible_server'
    for server in (m.find(x) for x in servers if x.startswith(server_type + '.')):
        admins = [a for a in m.resources(server_type + '_active_directory_administrator')
                  if server.address in ref_resources(val(a, 'server_id')) | ref_resources(val(a, 'server_name'))]
        ok &= fails.check(admins and 'var.database_admin_group_object_id' in str(val(admins[0], 'object_id')),
                          f'{tag}: {cid}: {server} has no Entra administrator group to create the login')
        if admins and engine == 'mysql':
            worn = ref_resources(first(server.get('identity')).get('identity_ids', ''))
            reader = ref_resources(val(admins[0], 'identity_id'))
            ok &= fails.check(reader and reader <= worn, f'{tag}: {cid}: {server} does not wear the identity its Entra administrator uses')
    return ok


def check_replica_alerts(m, tag, fails):
    """Every database replica has a metric alert on its own replication delay (issue 20: none had)."""
    lag = {'azurerm_postgresql_flexible_server': 'physical_replication_delay_in_seconds', 'azurerm_mysql_flexible_server': 'replication_lag'}
    alerts = m.resources('azurerm_monitor_metric_alert')
    for type_, metric in lag.items():
        for srv in m.resources(type_):
            if val(srv, 'create_mode') != 'Replica':
                continue
            ok = any(srv.address in ref_resources(val(a, 'scopes')) and first(a.get('criteria')).get('metric_name') == metric for a in alerts)
            fails.check(ok, f'{tag}: {srv}: no alert watches its replication delay ({metric})')


def check_geo_backup(d, m, tag, fails):
    """A database server whose paired region the design uses (its cross-region replica is there) keeps
    geo-redundant backups, encrypted there with that region's key through an identity of that region that
    the server wears and that holds a grant on that key."""
    pairs = paired_regions()
    roles = m.resources('azurerm_role_assignment')
    for type_ in ('azurerm_postgresql_flexible_server', 'azurerm_mysql_flexible_server'):
        for srv in m.resources(type_):
            if val(srv, 'create_mode') == 'Replica':
                continue
            cid = next((c for c in d.components if identifier_for(d.components[c].get('name') or c) == srv.name), None)
            props = (d.components[cid].get('properties') or {}) if cid else {}
            home = next((z for z in [d.components[cid].get('zone')] if z), None) if cid else None
            region = None
            while home and home in d.zones and region is None:
                region = (d.zones[home].get('properties') or {}).get('region')
                home = d.zones[home].get('parent')
            wanted = bool(region and props.get('crossRegionReplica') and props.get('replicaRegion') == pairs.get(region))
            on = val(srv, 'geo_redundant_backup_enabled') is True
            if wanted:
                fails.check(on, f'{tag}: {srv}: its paired region {pairs.get(region)} is in the design, but geo-redundant backup is off')
            if not on:
                continue
            cmk = first(srv.get('customer_managed_key'))
            geo_key = ref_resources(cmk.get('geo_backup_key_vault_key_id', ''))
            geo_id = ref_resources(cmk.get('geo_backup_user_assigned_identity_id', ''))
            worn = ref_resources(first(srv.get('identity')).get('identity_ids', ''))
            fails.check(geo_key and geo_key != ref_resources(cmk.get('key_vault_key_id', '')),
                        f'{tag}: {srv}: geo-redundant backup without a key of the paired region')
            fails.check(geo_id and geo_id <= worn, f'{tag}: {srv}: the geo-backup identity is not worn by the server')
            fails.check(any(ref_resources(val(g, 'scope')) == geo_key and ref_resources(val(g, 'principal_id')) == geo_id for g in roles),
                        f'{tag}: {srv}: the geo-backup identity has no grant on the paired region\'s key')


def check_agc_health(k, services, routes, gname, name_w, where, fails):
    """AGC probes each backend Service as its HealthCheckPolicy says; without one it uses the pod's
    readiness probe when that is an HTTP GET, else GET / (docs: custom-health-probe). A gRPC backend
    answers neither, so it needs a policy with grpc: {}; an HTTP backend's policy checks its readiness path."""
    backends = {(b.get('name'), rt['kind']) for rt in routes if any(p.get('name') == gname for p in rt['spec'].get('parentRefs', []))
                for rule in rt['spec'].get('rules', []) for b in rule.get('backendRefs', [])
                if b.get('name') in services and services[b['name']]['spec'].get('selector', {}).get('app.kubernetes.io/name') == name_w}
    pods = [d for d in k.docs if d.get('kind') in ('Deployment', 'StatefulSet') and d['metadata']['name'] == name_w]
    containers = pods[0]['spec']['template']['spec']['containers'] if pods else []
    readiness = (containers[0].get('readinessProbe') or {}) if containers else {}
    for service, route_kind in sorted(backends):
        policies = [p for p in k.of_kind('HealthCheckPolicy') if p.get('apiVersion') == 'alb.networking.azure.io/v1'
                    and ((p.get('spec') or {}).get('targetRef') or {}).get('kind') == 'Service'
                    and p['spec']['targetRef'].get('name') == service]
        probe = ((policies[0].get('spec') or {}).get('default') or {}) if policies else {}
        grpc_backend = route_kind == 'GRPCRoute' or any(
            port.get('appProtocol') == 'kubernetes.io/h2c' for port in services[service]['spec'].get('ports', []))
        if grpc_backend:
            fails.check(probe.get('grpc') == {} and 'http' not in probe,
                        f'{where}: the gRPC Service {service} behind AGC has no HealthCheckPolicy with grpc: {{}}: '
                        f'AGC would probe it with GET / and mark every pod unhealthy')
        else:
            path = ((readiness.get('httpGet') or {}).get('path'))
            fails.check(policies and ((probe.get('http') or {}).get('path')) == path and path,
                        f'{where}: the HealthCheckPolicy of {service} does not check the pods\' readiness path {path}')


def nsg_allows(m, subnet, source, destination, port):
    """Whether the NSG on `subnet` lets `source` reach `destination` on `port` (an address prefix each),
    by an Allow rule ranked before every Deny that also matches."""
    nsgs = {ref for a in m.resources('azurerm_subnet_network_security_group_association')
            if subnet in ref_resources(val(a, 'subnet_id')) for ref in ref_resources(val(a, 'network_security_group_id'))}
    rules = [r for r in m.resources('azurerm_network_security_rule')
             if ref_resources(val(r, 'network_security_group_name')) & nsgs and r.get('direction') == 'Inbound']

    def matches(r):
        ports = str(r.get('destination_port_range'))
        in_range = ports == '*' or ports == str(port) or ('-' in ports and int(ports.split('-')[0]) <= int(port) <= int(ports.split('-')[1]))
        return r.get('source_address_prefix') in ('*', source) and r.get('destination_address_prefix') in ('*', destination) and in_range
    ranked = sorted((r for r in rules if matches(r)), key=lambda r: int(val(r, 'priority', 4096)))
    return bool(ranked) and ranked[0].get('access') == 'Allow'


def check_overlay_nsg(m, k, clusters, tag, fails):
    """Azure CNI Overlay routes pod traffic unencapsulated through the node subnet, whose NSG then sees pod
    addresses: AKS needs node -> pod and pod -> pod on all ports (CoreDNS on another node, services), and
    AGC reaches the pods' own addresses on the ports of its routes."""
    for c in clusters:
        net = first(c.get('network_profile'))
        if net.get('network_plugin_mode') != 'overlay':
            continue
        pods = net.get('pod_cidr')
        if not fails.check(pods, f'{tag}: {c}: an overlay cluster without an explicit pod_cidr, so no NSG rule can name its pods'):
            continue
        for s in ref_resources(c.get('default_node_pool', 'vnet_subnet_id', default='')):
            sub = m.find(s)
            nodes = (sub.get('address_prefixes') or [''])[0] if sub else ''
            for port in (53, 8080, 10250):
                fails.check(nsg_allows(m, s, pods, pods, port), f'{tag}: {c}: the node subnet NSG blocks pod -> pod traffic on {port} (overlay)')
                fails.check(nsg_allows(m, s, nodes, pods, port), f'{tag}: {c}: the node subnet NSG blocks node -> pod traffic on {port} (overlay)')
            for fe in m.resources('azurerm_application_load_balancer_subnet_association'):
                agc = m.find(next(iter(ref_resources(val(fe, 'subnet_id'))), ''))
                source = (agc.get('address_prefixes') or [''])[0] if agc else ''
                for route in k.of_kind('HTTPRoute') + k.of_kind('GRPCRoute'):
                    for rule in route['spec'].get('rules', []):
                        for b in rule.get('backendRefs', []):
                            svc = next((x for x in k.of_kind('Service') if x['metadata']['name'] == b.get('name')), None)
                            for p in (svc or {}).get('spec', {}).get('ports', []):
                                if p.get('port') != b.get('port'):
                                    continue
                                target = p.get('targetPort', p.get('port'))
                                if isinstance(target, str):  # a named port: the pods' containerPort of that name
                                    owner = (svc['spec'].get('selector') or {}).get('app.kubernetes.io/name')
                                    target = next((cp['containerPort'] for d in k.docs if d.get('kind') in ('Deployment', 'StatefulSet')
                                                   and d['metadata']['name'] == owner
                                                   for ct in d['spec']['template']['spec']['containers'] for cp in ct.get('ports', [])
                                                   if cp.get('name') == target), 0)
                                fails.check(nsg_allows(m, s, source, pods, target),
                                            f'{tag}: {c}: the node subnet NSG blocks the Application Gateway for Containers ({source}) '
                                            f'from the pods of {b.get("name")} on {target}')


def check_kms(m, clusters, tag, fails):
    """AKS KMS (etcd encryption) works with a public vault only when its firewall is off: AKS documents a vault
    firewall that admits chosen networks as unsupported (it blocks the KMS plugin), and a private vault needs
    API Server VNet Integration. That vault must then hold nothing but the etcd key, which only the control
    plane's identity may use."""
    for c in clusters:
        kms = first(c.get('key_management_service'))
        if not kms:
            continue
        keys = ref_resources(val(kms, 'key_vault_key_id'))
        if not fails.check(len(keys) == 1, f'{tag}: {c}: the KMS key is not one azurerm_key_vault_key'):
            continue
        key_addr = next(iter(keys))
        key = m.find(key_addr)
        vault_addr = next(iter(ref_resources(val(key, 'key_vault_id'))), '') if key else ''
        vault = m.find(vault_addr)
        if not fails.check(vault, f'{tag}: {c}: the KMS key {key_addr} has no vault in the module'):
            continue
        if val(kms, 'key_vault_network_access', 'Public') == 'Public':
            acl = first(vault.get('network_acls'))
            fails.check(vault.get('public_network_access_enabled') is True and val(acl, 'default_action', 'Allow') == 'Allow'
                        and not val(acl, 'ip_rules', []) and not val(acl, 'virtual_network_subnet_ids', []),
                        f'{tag}: {c}: the KMS vault {vault_addr} has a firewall, which the AKS KMS plugin cannot pass (unsupported)')
        others = [r for t in ('azurerm_key_vault_key', 'azurerm_key_vault_secret', 'azurerm_key_vault_certificate')
                  for r in m.resources(t) if r.address != key_addr and vault_addr in ref_resources(val(r, 'key_vault_id'))]
        fails.check(not others, f'{tag}: {c}: the unfirewalled KMS vault {vault_addr} also holds {others}')
        identities = ref_resources(c.get('identity', 'identity_ids', default=''))
        granted = [ra for ra in m.resources('azurerm_role_assignment') if key_addr in ref_resources(val(ra, 'scope'))
                   and val(ra, 'role_definition_name') == 'Key Vault Crypto User' and ref_resources(val(ra, 'principal_id')) & identities]
        fails.check(granted, f'{tag}: {c}: its control plane identity holds no Key Vault Crypto User role on the KMS key')
        for ra in m.resources('azurerm_role_assignment'):
            scope = str(val(ra, 'scope'))
            if vault_addr in ref_resources(scope) and '/secrets/' not in scope and '/keys/' not in scope:
                fails.check('data.azurerm_client_config.current' in str(val(ra, 'principal_id')),
                            f'{tag}: {c}: {ra} gives a role on the whole KMS vault {vault_addr} to someone other than Terraform')


def check_design(design_path, tf_dir, k8s_dir, tools, fails):
    d = Design(design_path)
    m = Module.load(tf_dir, tools)
    k = Manifests(k8s_dir)
    tag = os.path.basename(design_path)
    values = m.locals.get('kubernetes_cloud_values') or {}
    aks = bool(m.resources('azurerm_kubernetes_cluster'))
    if aks:  # the manifests run on the AKS cluster this module makes: the contract holds
        fails.check(values, f'{tag}: no local kubernetes_cloud_values (the contract with the Kubernetes export)')
        fails.check('kubernetes_cloud_values' in m.outputs, f'{tag}: no output kubernetes_cloud_values')
        for key in sorted(k.keys()):
            fails.check(key in values, f'{tag}: the manifests hold ${{{key}}} but kubernetes_cloud_values has no {key}')
    else:  # no cluster: the workloads run on Container Apps and scale sets
        check_outside_cluster(d, m, tag, fails)
    check_app_settings(d, m, tag, fails)
    check_geo_backup(d, m, tag, fails)
    check_replica_alerts(m, tag, fails)

    def value_refs(key):
        return ref_resources(values.get(key, ''))

    # --- the cluster
    clusters = m.resources('azurerm_kubernetes_cluster')
    for c in clusters:
        net = first(c.get('network_profile'))
        fails.check(net.get('network_policy') == 'cilium' and net.get('network_data_plane') == 'cilium',
                    f'{tag}: {c}: NetworkPolicies need Azure CNI powered by Cilium')
        fails.check(c.get('oidc_issuer_enabled') is True and c.get('workload_identity_enabled') is True,
                    f'{tag}: {c}: OIDC issuer and workload identity must be on')
        rbac = first(c.get('azure_active_directory_role_based_access_control'))
        fails.check('var.' in str(val(rbac, 'admin_group_object_ids')), f'{tag}: {c}: no Entra admin group variable')
        private = c.get('private_cluster_enabled') is True
        ranges = str(c.get('api_server_access_profile', 'authorized_ip_ranges', default=''))
        fails.check(private or 'var.' in ranges, f'{tag}: {c}: a public API without authorized IP ranges')
        pool = first(c.get('default_node_pool'))
        fails.check(pool.get('auto_scaling_enabled') is True and pool.get('max_count', 0) > pool.get('min_count', 0) >= 1,
                    f'{tag}: {c}: node pool without cluster autoscaler')
        version = str(val(c, 'kubernetes_version', '0.0'))
        fails.check(int(version.split('.')[1]) >= SUPPORTED_MINOR, f'{tag}: {c}: Kubernetes {version} is out of AKS support on 2026-12-02')
    check_overlay_nsg(m, k, clusters, tag, fails)
    check_kms(m, clusters, tag, fails)
    node_prefixes = set()
    for c in clusters:
        for s in ref_resources(c.get('default_node_pool', 'vnet_subnet_id', default='')):
            sub = m.find(s)
            if sub:
                node_prefixes.update(sub.get('address_prefixes') or [])

    # --- identities: one per workload, never shared, never on a whole vault
    roles = m.resources('azurerm_role_assignment')
    deployer = 'data.azurerm_client_config.current'
    for ra in roles:
        principal = str(val(ra, 'principal_id'))
        scope_refs = ref_resources(val(ra, 'scope'))
        one_secret = re.search(r'\}/secrets/\$\{var\.[a-z0-9_]+\}$', str(val(ra, 'scope')))  # a certificate's secret in the vault
        whole = [s for s in scope_refs if s.split('.')[0] in ('azurerm_key_vault', 'azurerm_resource_group') and not one_secret]
        if whole or not scope_refs:
            fails.check(deployer in principal or 'each.value' in principal,
                        f'{tag}: {ra} gives {ra.get("role_definition_name")} on a whole {whole or "subscription"} to {principal}')
    holders = {}  # identity address -> resources that wear it
    for r in m.resources():
        for ident_block in r.blocks('identity'):
            for ref in ref_resources(val(ident_block, 'identity_ids')):
                holders.setdefault(ref, []).append(r.address)
    for ident, wearers in holders.items():
        fails.check(len(wearers) == 1, f'{tag}: {ident} is shared by {", ".join(sorted(wearers))}')

    identity_of = {}
    for comp, (name, sa, _ports) in (k.workloads.items() if aks else []):
        acct = k.service_account(sa or name)
        key = ((acct or {}).get('metadata', {}).get('annotations') or {}).get('azure.workload.identity/client-id', '')
        match = re.fullmatch(r'\$\{([A-Z0-9_]+)\}', key)
        if not match:
            continue
        ids = [r for r in value_refs(match.group(1)) if r.startswith('azurerm_user_assigned_identity.')]
        if not fails.check(len(ids) == 1, f'{tag}: {match.group(1)} (workload {name}) names no managed identity'):
            continue
        ident = ids[0]
        fails.check(ident not in identity_of.values(), f'{tag}: {ident} is shared by two workloads')
        identity_of[comp] = ident
        creds = [f for f in m.resources('azurerm_federated_identity_credential') if ident in ref_resources(val(f, 'parent_id'))]
        fails.check(any(f.get('subject') == f'system:serviceaccount:{k.ns}:{sa or name}' and
                        any(a.startswith('azurerm_kubernetes_cluster.') for a in ref_resources(val(f, 'issuer'))) for f in creds),
                    f'{tag}: {ident} has no federated credential for {k.ns}/{sa or name} on the AKS issuer')

    def grants_of(ident):
        return [ra for ra in roles if ident in ref_resources(val(ra, 'principal_id'))]

    # --- every drawn connection
    for conn in d.connections:
        a, b, cid = conn['from'], conn['to'], conn['id']
        if d.kind(a) in ('event-stream', 'message-queue') and d.kind(b) in WORKLOADS:
            a, b = b, a  # the consumer connects to the broker
        if not (aks and d.in_cluster(a) and d.kind(a) in WORKLOADS):
            continue
        name_a = k.workloads.get(a, (None,))[0]
        if d.in_cluster(b):
            name_b, _, ports_b = k.workloads.get(b, (None, None, []))
            pol_b, pol_a = k.policy(name_b or ''), k.policy(name_a or '')
            ok_in = pol_b and any(any(pod_selects(p, name_a) for p in rule.get('from', [])) and
                                  {x.get('port') for x in rule.get('ports', [])} & set(ports_b)
                                  for rule in pol_b['spec'].get('ingress') or [])
            ok_out = pol_a and any(any(pod_selects(p, name_b) for p in rule.get('to', [])) for rule in pol_a['spec'].get('egress') or [])
            fails.check(ok_in and ok_out, f'{tag}: {cid}: no NetworkPolicy pair {name_a} -> {name_b} on {ports_b}')
            continue
        if d.kind(b) not in MANAGED:
            continue
        stem = env_name(b)
        target = [r for r in value_refs(stem + '_ADDRESS') if not r.startswith('azurerm_subnet.')]
        fails.check(target, f'{tag}: {cid}: {stem}_ADDRESS names no resource')
        ident = identity_of.get(a)
        if fails.check(ident, f'{tag}: {cid}: workload {name_a} calls a cloud resource but has no identity of its own') and target:
            grants = grants_of(ident)
            kind = d.kind(b)
            if kind == 'object-storage':
                ok = any(ref_resources(val(g, 'scope')) == set(target) for g in grants)
            elif kind == 'event-stream':
                hubs = {h.address for h in m.resources('azurerm_eventhub') if set(target) & ref_resources(val(h, 'namespace_id'))}
                ok = any(ref_resources(val(g, 'scope')) & hubs and 'Event Hubs Data' in val(g, 'role_definition_name') for g in grants)
            elif kind == 'message-queue':
                queues = {q.address for q in m.resources('azurerm_servicebus_queue') if set(target) & ref_resources(val(q, 'namespace_id'))}
                ok = any(ref_resources(val(g, 'scope')) & queues for g in grants)
            elif kind == 'secrets-manager':
                secrets = {s.address for s in m.resources('azurerm_key_vault_secret') if set(target) & ref_resources(val(s, 'key_vault_id'))}
                ok = any(ref_resources(val(g, 'scope')) & secrets and g.get('role_definition_name') == 'Key Vault Secrets User' for g in grants)
            elif kind == 'key-management':
                keys = {x.address for x in m.resources('azurerm_key_vault_key') if set(target) & ref_resources(val(x, 'key_vault_id'))}
                ok = any(ref_resources(val(g, 'scope')) & keys for g in grants)
            elif kind == 'cache':
                ok = any(ident in ref_resources(val(p, 'object_id')) and set(target) & ref_resources(val(p, 'redis_cache_id'))
                         for p in m.resources('azurerm_redis_cache_access_policy_assignment'))
            elif kind == 'relational-database':
                ok = check_database_login(d, m, tag, cid, a, b, ident, set(target), values, fails)
            else:
                ok = True
            fails.check(ok, f'{tag}: {cid}: {ident} has no grant on exactly {target}')
        # the network rule: on the port the NetworkPolicy opens, into the service's subnet or private endpoint
        cidr_subnets = {r for r in value_refs(stem + '_CIDR') if r.startswith('azurerm_subnet.')}
        pol_a = k.policy(name_a or '')
        ports = {x.get('port') for rule in (pol_a or {}).get('spec', {}).get('egress') or []
                 if any((t.get('ipBlock') or {}).get('cidr') == '${%s_CIDR}' % stem for t in rule.get('to', []))
                 for x in rule.get('ports', [])}
        fails.check(cidr_subnets and ports, f'{tag}: {cid}: no {stem}_CIDR subnet or no NetworkPolicy egress to it')
        nsgs = {ref for asc in m.resources('azurerm_subnet_network_security_group_association')
                if ref_resources(val(asc, 'subnet_id')) & cidr_subnets
                for ref in ref_resources(val(asc, 'network_security_group_id'))}
        prefixes = {p for s in cidr_subnets if m.find(s) for p in (m.find(s).get('address_prefixes') or [])}
        endpoints = {pe.address for pe in m.resources('azurerm_private_endpoint') if ref_resources(val(pe, 'subnet_id')) & cidr_subnets}
        rules = [r for r in m.resources('azurerm_network_security_rule')
                 if cid in str(val(r, 'description')) and ref_resources(val(r, 'network_security_group_name')) & nsgs]
        ok = any(r.get('access') == 'Allow' and str(r.get('destination_port_range')) in {str(p) for p in ports} and
                 r.get('source_address_prefix') in node_prefixes and
                 (r.get('destination_address_prefix') in prefixes or ref_resources(val(r, 'destination_address_prefix')) & endpoints)
                 for r in rules)
        fails.check(ok, f'{tag}: {cid}: no NSG rule of its own from the AKS nodes to {b} on {sorted(ports)}')

    # --- reachability: edge -> Gateway in AKS -> workload, through the App Gateway and its WAF
    gateways = {g['metadata']['name']: g for g in k.of_kind('Gateway')}
    routes = k.of_kind('HTTPRoute') + k.of_kind('GRPCRoute')
    services = {s['metadata']['name']: s for s in k.of_kind('Service')}
    appgws = m.resources('azurerm_application_gateway')
    for conn in d.connections:
        edge, w, cid = conn['from'], conn['to'], conn['id']
        if not aks or d.kind(edge) not in EDGE or not d.in_cluster(w):
            continue
        name_w = k.workloads.get(w, (None,))[0]
        reaching = [g for g in gateways.values() if (g['metadata'].get('annotations') or {}).get('stackdraft.io/component') == edge]
        if not fails.check(reaching, f'{tag}: {cid}: no Gateway for {edge}'):
            continue
        gname = reaching[0]['metadata']['name']
        routed = any(p.get('name') == gname for rt in routes for p in rt['spec'].get('parentRefs', [])
                     if any(b.get('name') in services and services[b['name']]['spec'].get('selector', {}).get('app.kubernetes.io/name') == name_w
                            for rule in rt['spec'].get('rules', []) for b in rule.get('backendRefs', [])))
        fails.check(routed, f'{tag}: {cid}: no route from Gateway {gname} to the Service of {name_w}')
        check_agc_health(k, services, routes, gname, name_w, f'{tag}: {cid}', fails)
        alb_key = re.fullmatch(r'\$\{([A-Z0-9_]+)\}', (reaching[0]['metadata'].get('annotations') or {}).get('alb.networking.azure.io/alb-id', ''))
        albs = value_refs(alb_key.group(1)) if alb_key else set()
        fronts = {f.address for f in m.resources('azurerm_application_load_balancer_frontend') if albs & ref_resources(val(f, 'application_load_balancer_id'))}
        fails.check(fronts, f'{tag}: {cid}: Gateway {gname} has no Application Gateway for Containers frontend')
        # Behind the App Gateway: its backend pool is that frontend, its routing rule sends there, its WAF policy is on.
        fronting = [g for g in appgws if any(ref_resources(val(p, 'fqdns')) & fronts for p in g.blocks('backend_address_pool'))]
        edge_in_front = any(c['to'] == edge and d.kind(c['from']) in EDGE for c in d.connections)
        if edge_in_front or fronting:
            ok = False
            for g in fronting:
                pools = {p['name'] for p in g.blocks('backend_address_pool') if ref_resources(val(p, 'fqdns')) & fronts}
                used = any(rr.get('backend_address_pool_name') in pools for rr in g.blocks('request_routing_rule')) or \
                    any(pm.get('default_backend_address_pool_name') in pools or any(pr.get('backend_address_pool_name') in pools for pr in pm.get('path_rule', []))
                        for pm in g.blocks('url_path_map'))
                waf = ref_resources(val(g, 'firewall_policy_id'))
                ok = ok or (used and any(m.find(x) and m.find(x).get('policy_settings', 'mode') == 'Prevention' for x in waf))
            fails.check(ok, f'{tag}: {cid}: no Application Gateway with a WAF policy in Prevention routes to Gateway {gname}')
            # The AGC frontend is public: its own WAF policy must admit only the App Gateway in front.
            guarded = [sp for sp in m.resources('azurerm_application_load_balancer_security_policy') if albs & ref_resources(val(sp, 'application_load_balancer_id'))]
            pips = {ref for g in fronting for ip in g.blocks('frontend_ip_configuration') for ref in ref_resources(val(ip, 'public_ip_address_id'))}
            restricting = set()
            for sp in guarded:
                for pol in ref_resources(val(sp, 'web_application_firewall_policy_id')):
                    p = m.find(pol)
                    if p and any(r.get('action') == 'Block' and any(
                            mc.get('negation_condition') is True and ref_resources(val(mc, 'match_values')) & pips for mc in r.get('match_conditions', []))
                            for r in p.blocks('custom_rules')):
                        restricting.add(pol)
            fails.check(restricting, f'{tag}: {cid}: the public AGC frontend of {gname} admits clients that bypass the Application Gateway WAF')
            # The security policy only lets the ALB Controller use it: the Gateway itself must carry it (WebApplicationFirewallPolicy).
            attached = False
            for wp in k.of_kind('WebApplicationFirewallPolicy'):
                spec = wp.get('spec') or {}
                target = spec.get('targetRef') or {}
                waf_key = re.fullmatch(r'\$\{([A-Z0-9_]+)\}', str((spec.get('webApplicationFirewall') or {}).get('id', '')))
                attached = attached or (wp.get('apiVersion') == 'alb.networking.azure.io/v1' and target.get('group') == 'gateway.networking.k8s.io'
                                        and target.get('kind') == 'Gateway' and target.get('name') == gname
                                        and target.get('namespace', wp['metadata'].get('namespace')) == gateways[gname]['metadata'].get('namespace')
                                        and bool(waf_key) and bool(value_refs(waf_key.group(1)) & restricting))
            fails.check(attached, f'{tag}: {cid}: Gateway {gname} behind an Application Gateway has no WebApplicationFirewallPolicy attaching '
                                  f'its restricting WAF policy {sorted(restricting)}: its public AGC frontend bypasses the Application Gateway WAF')

    # --- no listener without a backend, no public address around a WAF, no cached dynamic origin
    for g in appgws:
        pools = {p['name'] for p in g.blocks('backend_address_pool')}
        rules = g.blocks('request_routing_rule')
        for lst in g.blocks('http_listener'):
            mine = [r for r in rules if r.get('http_listener_name') == lst['name']]
            ok = any(r.get('backend_address_pool_name') in pools or r.get('url_path_map_name') or r.get('redirect_configuration_name') for r in mine)
            fails.check(ok, f'{tag}: {g}: listener {lst["name"]} leads to no backend')
        fails.check(g.get('firewall_policy_id'), f'{tag}: {g}: a public Application Gateway without a WAF policy')
    for pip in m.resources('azurerm_public_ip'):
        users = [r for r in m.referrers(pip.address) if r.type in ('azurerm_application_gateway', 'azurerm_nat_gateway_public_ip_association')]
        fails.check(users and all(u.type != 'azurerm_application_gateway' or u.get('firewall_policy_id') for u in users),
                    f'{tag}: {pip} is public without a WAF in front (used by {[u.address for u in users]})')
    for env in m.resources('azurerm_container_app_environment'):
        fails.check(env.get('internal_load_balancer_enabled') is True, f'{tag}: {env} is public')
        zones = [z for z in m.resources('azurerm_private_dns_zone') if env.address in ref_resources(val(z, 'name'))]
        ok = zones and any(any(z.address in ref_resources(val(a, 'zone_name')) for z in zones) and a.get('name') == '*' and
                           env.address in ref_resources(val(a, 'records')) for a in m.resources('azurerm_private_dns_a_record')) and \
            any(any(z.address in ref_resources(val(ln, 'private_dns_zone_name')) for z in zones)
                for ln in m.resources('azurerm_private_dns_zone_virtual_network_link'))
        fails.check(ok, f'{tag}: {env}: the internal environment has no private DNS zone with a wildcard record and a VNet link')
    for route in m.resources('azurerm_cdn_frontdoor_route'):
        origins = [m.find(o) for o in ref_resources(val(route, 'cdn_frontdoor_origin_ids')) if m.find(o)]
        dynamic = any(not any(x.startswith('azurerm_storage_account.') for x in ref_resources(val(o, 'host_name'))) for o in origins)
        fails.check(not (dynamic and route.blocks('cache')), f'{tag}: {route} caches a dynamic origin across users')
    # --- scale sets behind an Application Gateway join its pool
    vm_targets = [c for c in d.connections if d.kind(c['from']) in ('load-balancer', 'api-gateway') and
                  ((d.components.get(c['to'], {}).get('properties') or {}).get('platform') == 'vm' or d.kind(c['to']) == 'virtual-machine')]
    sets = m.resources('azurerm_linux_virtual_machine_scale_set') + m.resources('azurerm_windows_virtual_machine_scale_set')
    for conn in vm_targets:
        fails.check(sets, f'{tag}: {conn["id"]}: no scale set for {conn["to"]}')
        for vm in sets:
            ipc = first(first(vm.get('network_interface')).get('ip_configuration'))
            joined = references(ipc.get('application_gateway_backend_address_pool_ids', ''))
            fails.check(any(r.startswith('azurerm_application_gateway.') for r in joined) or ipc.get('load_balancer_backend_address_pool_ids'),
                        f'{tag}: {conn["id"]}: scale set {vm} is in no backend pool of the balancer drawn in front')


# Azure's real ports by the callee's kind, for the auth the export sets up (docs/export-kubernetes.md).
REAL_PORTS = {'cache': 6380, 'event-stream': 9093, 'message-queue': 5671, 'object-storage': 443,
              'secrets-manager': 443, 'key-management': 443}
GRANT_SCOPES = {'object-storage': 'azurerm_storage_account', 'event-stream': 'azurerm_eventhub',
                'message-queue': 'azurerm_servicebus_queue', 'secrets-manager': 'azurerm_key_vault_secret',
                'key-management': 'azurerm_key_vault_key'}


def check_app_settings(d, m, tag, fails):
    """A Container App is told which of its identities to use (AZURE_CLIENT_ID, its own one) and where each
    managed resource it calls is (<ID>_ADDRESS), or its SDK cannot sign in and it cannot find its data."""
    for app in m.resources('azurerm_container_app'):
        cid = next((c for c in d.components if identifier_for(d.components[c].get('name', c)) == app.name), None)
        containers = [ct for tpl in app.blocks('template') for ct in tpl.get('container', [])]
        env = {e.get('name'): e.get('value') for ct in containers for e in ct.get('env', [])}
        ids = ref_resources(val(first(app.get('identity')), 'identity_ids'))
        fails.check(ids and ref_resources(env.get('AZURE_CLIENT_ID', '')) == ids,
                    f'{tag}: {app}: AZURE_CLIENT_ID does not name its own identity {sorted(ids)}')
        if cid is None:
            continue
        callees = [c['to'] for c in d.connections if c['from'] == cid and d.kind(c['to']) in MANAGED] + \
                  [c['from'] for c in d.connections if c['to'] == cid and d.kind(c['from']) in ('message-queue', 'event-stream')]
        for callee in callees:
            variable = env_name(callee) + '_ADDRESS'
            fails.check(env.get(variable), f'{tag}: {app}: no {variable}: it cannot find {callee}')
        # An ingress exactly when something sends it requests (a queue or stream drawn towards it is read, not a caller).
        called = any(c['to'] == cid and d.kind(c['from']) not in ('message-queue', 'event-stream') for c in d.connections)
        fails.check(bool(app.blocks('ingress')) == called,
                    f'{tag}: {app}: ' + ('nothing can reach it: no ingress, yet it is called' if called else 'an ingress, yet nothing calls it'))


def check_outside_cluster(d, m, tag, fails):
    """Workloads on Container Apps, scale sets and Functions: each connection has its NSG rule on the real
    port and, to a cloud resource, its grant on one resource of the right type, held by the caller's own identity."""
    roles = m.resources('azurerm_role_assignment')
    rules = m.resources('azurerm_network_security_rule')
    wearers = {}
    for r in m.resources():
        for block in r.blocks('identity'):
            for ref in ref_resources(block.get('identity_ids', '')):
                wearers.setdefault(ref, []).append(r)
    for conn in d.connections:
        a, b, cid = conn['from'], conn['to'], conn['id']
        if d.kind(a) in ('event-stream', 'message-queue') and d.kind(b) in WORKLOADS:
            a, b = b, a
        if d.kind(a) not in WORKLOADS or d.kind(b) in OBSERVABILITY or d.kind(b) not in MANAGED | WORKLOADS:
            continue
        mine = [r for r in rules if cid in str(val(r, 'description'))]
        port = REAL_PORTS.get(d.kind(b), conn.get('port'))
        if d.kind(b) == 'relational-database':
            port = 3306 if ((d.components[b].get('properties') or {}).get('engine') == 'mysql') else 5432
        fails.check(len(mine) == 1 and str(val(mine[0], 'destination_port_range')) == str(port) and val(mine[0], 'access') == 'Allow',
                    f'{tag}: {cid}: not exactly one NSG rule on port {port} ({[str(val(r, "destination_port_range")) for r in mine]})')
        if d.kind(b) in GRANT_SCOPES:
            grants = [g for g in roles if cid in str(val(g, 'description'))]
            ok = False
            for g in grants:
                scope = ref_resources(val(g, 'scope'))
                ids = [x for x in ref_resources(val(g, 'principal_id')) if x.startswith('azurerm_user_assigned_identity.')]
                worn = [w for i in ids for w in wearers.get(i, [])]
                ok = ok or (len(scope) == 1 and next(iter(scope)).startswith(GRANT_SCOPES[d.kind(b)] + '.') and len(worn) == 1 and
                            worn[0].type in ('azurerm_container_app', 'azurerm_linux_virtual_machine_scale_set',
                                             'azurerm_windows_virtual_machine_scale_set', 'azurerm_linux_function_app'))
            fails.check(ok, f'{tag}: {cid}: no grant on one {GRANT_SCOPES[d.kind(b)]} to the caller\'s own identity')
    # Entry points: each public balancer's App Gateway (with its WAF) routes to one backend per drawn workload,
    # a Container App's ingress or a pool a scale set joins.
    sets = m.resources('azurerm_linux_virtual_machine_scale_set') + m.resources('azurerm_windows_virtual_machine_scale_set')
    joined = {ref for vm in sets for ref in references(first(first(vm.get('network_interface')).get('ip_configuration'))
                                                      .get('application_gateway_backend_address_pool_ids', ''))}
    for g in m.resources('azurerm_application_gateway'):
        routed = {rr.get('backend_address_pool_name') for rr in g.blocks('request_routing_rule')}
        for pm in g.blocks('url_path_map'):
            routed.add(pm.get('default_backend_address_pool_name'))
            routed.update(pr.get('backend_address_pool_name') for pr in pm.get('path_rule', []))
        for pool in g.blocks('backend_address_pool'):
            targets = {r.split('.')[0] for r in ref_resources(pool.get('fqdns', ''))}
            ok = pool['name'] in routed and (targets & {'azurerm_container_app', 'azurerm_linux_function_app', 'azurerm_application_load_balancer_frontend'}
                                             or any(r.startswith(g.address) for r in joined))
            fails.check(ok, f'{tag}: {g}: backend pool {pool["name"]} is not routed to or reaches no service')
        fails.check(ref_resources(val(g, 'firewall_policy_id')), f'{tag}: {g}: no WAF policy')
    drawn = [c for c in d.connections if d.kind(c['from']) in ('load-balancer', 'api-gateway') and d.kind(c['to']) in WORKLOADS
             and not d.in_cluster(c['to']) and (d.components[c['from']].get('properties') or {}).get('layer') != 'l4']
    pools = sum(len(g.blocks('backend_address_pool')) for g in m.resources('azurerm_application_gateway'))
    fails.check(pools >= len(drawn), f'{tag}: {len(drawn)} drawn balancer -> workload connections but {pools} backend pools')


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--cli')
    ap.add_argument('--tools', required=True)
    ap.add_argument('--tf')
    ap.add_argument('--k8s')
    ap.add_argument('designs', nargs='+')
    args = ap.parse_args()
    require_tools(args.tools)
    fails = Failures()
    with tempfile.TemporaryDirectory() as tmp:
        for i, design in enumerate(args.designs):
            if args.tf:
                tf, k8s = args.tf, args.k8s
            else:
                tf, k8s = os.path.join(tmp, f'tf{i}'), os.path.join(tmp, f'k8s{i}')
                for fmt, out, extra in (('terraform', tf, ['--provider', 'azure']), ('kubernetes', k8s, [])):
                    run = subprocess.run([args.cli, 'export', fmt, design, '-o', out] + extra, capture_output=True, text=True)
                    if run.returncode not in (0, 1):
                        print(f'{design}: export {fmt} failed: {run.stderr}')
                        return 1
                sub = os.path.join(tf, 'azure')
                tf = sub if os.path.isdir(sub) else tf
            check_design(design, tf, k8s, args.tools, fails)
    for f in fails:
        print('FAIL:', f)
    print(f'{len(fails)} failure(s) in {fails.checked} checks over {len(args.designs)} design(s)')
    return 1 if fails else 0


if __name__ == '__main__':
    sys.exit(main())
