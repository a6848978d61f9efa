#!/usr/bin/env python3
"""Wiring test of the Google Cloud Terraform export (issue 12).

Exports each design with stackdraft-cli (Terraform and Kubernetes), reads the Google Cloud module with
HashiCorp's parser (tfmodel.py) and follows every drawn connection through the resources:

- alert filters are templates naming resources that exist (never a literal "$${local.name}");
- a connection to Cloud Run (a service or a Cloud Function) from a caller with a service account has
  roles/run.invoker for exactly that caller on exactly that service; a load balancer in front uses
  Google's documented mechanism (no invoker check, or allUsers), with ingress limited to the load
  balancer and the VPC, never open to all;
- every public entry reaches each Cloud Run backend it calls: forwarding rule -> HTTPS proxy -> URL
  map -> backend service (with the Cloud Armor policy of the WAF or rate limit drawn in front) ->
  serverless NEG -> service; no HTTPS URL map whose only action is a redirect or a fixed response;
- a connection from a caller with a service account to a cloud resource has a grant on that resource
  (bucket, topic, subscription, secret, key, database instance by IAM condition, project role for logs
  and metrics);
- GKE: Dataplane V2, one Google service account per workload the Kubernetes export annotates, bound
  to exactly its <namespace>/<ServiceAccount>, the cloud values it uses filled by the
  kubernetes_cloud_values output; operators' CIDR and admin variables; a supported version; the node
  pool autoscales; a firewall rule on the pod's port for every load balancer -> workload connection
  and a NetworkPolicy for every connection between workloads;
- what the export cannot wire is warned about in its README, naming the connection.

Usage: test_gcp_wiring.py --cli stackdraft-cli --tools ../shared/tools DESIGN...
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile

import yaml

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from tfmodel import Failures, Module, env_name, identifier_for as ident, load_manifests, require_tools  # noqa: E402

EDGE = {'load-balancer', 'api-gateway', 'waf', 'cdn'}
OUTSIDE = {'users', 'partner-api', 'saas', 'payment-gateway', 'messaging-provider'}


class Design:
    def __init__(self, path):
        with open(path, encoding='utf-8') as f:
            self.data = yaml.safe_load(f)
        self.zones = {z['id']: z for z in self.data.get('zones', [])}
        self.components = {c['id']: c for c in self.data['components']}
        self.connections = self.data.get('connections', [])

    def cloud_of(self, cid):
        zone = self.components[cid].get('zone')
        while zone:
            z = self.zones[zone]
            if z['kind'] == 'cloud':
                return (z.get('properties') or {}).get('provider', 'aws')
            zone = z.get('parent')
        return None

    def in_cluster(self, cid):
        zone = self.components[cid].get('zone')
        while zone:
            if self.zones[zone]['kind'] == 'kubernetes-cluster':
                return True
            zone = self.zones[zone].get('parent')
        return False

    def kind(self, cid):
        return self.components[cid]['kind']

    def prop(self, cid, key, default=None):
        return (self.components[cid].get('properties') or {}).get(key, default)


# The login name Cloud SQL gives a service account's IAM user, by engine (Google's IAM database authentication):
# PostgreSQL the e-mail without ".gserviceaccount.com", MySQL the part before the "@", which is the account id.
IAM_LOGIN = {
    'postgresql': ('trimsuffix(google_service_account.{sa}.email, ".gserviceaccount.com")',
                   'cloudsql.iam_authentication'),
    'mysql': ('google_service_account.{sa}.account_id', 'cloudsql_iam_authentication'),
}


def check_database_login(where, m, cid, caller, db, sa, db_ident, engine, fail):
    """caller -> Cloud SQL: an IAM user of the caller's account on that instance, the instance accepts IAM logins, and
    the Kubernetes export's <W>_<DB>_USER is the login name that engine derives from the account."""
    engine = engine or 'postgresql'
    login, flag = IAM_LOGIN[engine]
    account = sa.split('.', 1)[1]
    instance = m.find('google_sql_database_instance.' + db_ident)
    if not fail.check(instance is not None, where, f'{cid}: no Cloud SQL instance {db_ident}'):
        return
    # Cloud SQL's version names: POSTGRES_<major>, MYSQL_<major>_<minor> (MySQL 8.4 is the long-term release).
    version = str(instance.get('database_version'))
    fail.check(version in ({'MYSQL_8_0', 'MYSQL_8_4'} if engine == 'mysql' else {f'POSTGRES_{v}' for v in range(14, 18)}), where,
               f'{cid}: {db_ident} runs {version}, not a supported {engine} version')
    flag_blocks = instance.get('settings', 'database_flags', default=[])
    flags = {f.get('name'): f.get('value') for f in (flag_blocks if isinstance(flag_blocks, list) else [flag_blocks])}
    fail.check(flags.get(flag) == 'on', where, f'{cid}: {db_ident} ({engine}) does not accept IAM logins ({flag} is {flags.get(flag)})')
    users = [u for u in m.resources('google_sql_user')
             if any(x.startswith('google_sql_database_instance.' + db_ident) for x in m.refs_of(u))
             and any(x.startswith(sa) for x in m.refs_of(u))]
    if not fail.check(users, where, f'{cid}: {sa} has no IAM database user on {db_ident}'):
        return
    user = users[0]
    fail.check(user.get('type') == 'CLOUD_IAM_SERVICE_ACCOUNT', where, f'{cid}: {user} is not a service-account IAM user')
    expected_name = 'google_service_account.{sa}.email' if engine == 'mysql' else login
    fail.check(str(user.get('name')).strip('${}') == expected_name.format(sa=account), where,
               f'{cid}: {user} is named {user.get("name")}, which {engine} does not take for {sa}')
    values = str(m.outputs.get('kubernetes_cloud_values', {}).get('value', ''))
    key = f'{env_name(caller)}_{env_name(db)}_USER'
    if key + '=' in values:
        told = re.search(re.escape(key) + r'=\$\{(.*?)\}"', values)  # one "KEY=${expr}" element of the list
        fail.check(told and told.group(1) == login.format(sa=account), where,
                   f'{cid}: the workload is told to sign in as {told.group(1) if told else "?"}, '
                   f'but {engine} names the login of {sa} {login.format(sa=account)}')


def check_module(name, design, m, readme, k8s, fail):
    where = name
    sa_of = {}  # component id -> google_service_account address
    for cid, c in design.components.items():
        if design.cloud_of(cid) == 'gcp' and m.find('google_service_account.' + ident(c['name'])):
            sa_of[cid] = 'google_service_account.' + ident(c['name'])

    def run_of(cid):
        i = ident(design.components[cid]['name'])
        return m.find('google_cloud_run_v2_service.' + i) or m.find('google_cloudfunctions2_function.' + i)

    # --- alerts: interpolated, and naming a resource that exists
    run_names = {r.get('name') for r in m.resources('google_cloud_run_v2_service') + m.resources('google_cloudfunctions2_function')}
    for a in m.resources('google_monitoring_alert_policy'):
        f = a.get('conditions', 'condition_threshold', 'filter', default='')
        fail.check('$${' not in f, where, f'{a}: the filter holds a literal "$${{": it can never match ({f[:90]})')
        sm = re.search(r'service_name = \\?"([^"\\]+)', f)
        if sm:
            fail.check(sm.group(1) in run_names, where, f'{a}: the filter names service {sm.group(1)}, which no Cloud Run service is called')

    # --- Cloud Run: invoker per connection, ingress behind the load balancer
    for svc in m.resources('google_cloud_run_v2_service'):
        fail.check(svc.get('ingress') in ('INGRESS_TRAFFIC_INTERNAL_ONLY', 'INGRESS_TRAFFIC_INTERNAL_LOAD_BALANCER'), where,
                   f'{svc}: ingress {svc.get("ingress")} lets the internet bypass the load balancer and Cloud Armor')
    for fn in m.resources('google_cloudfunctions2_function'):
        fail.check(fn.get('service_config', 'ingress_settings') in ('ALLOW_INTERNAL_ONLY', 'ALLOW_INTERNAL_AND_GCLB'), where,
                   f'{fn}: ingress open to all')
    invokers = m.resources('google_cloud_run_v2_service_iam_member')

    def invoker_for(callee, member_ref=None, all_users=False):
        target = callee.address
        for b in invokers:
            if b.get('role') != 'roles/run.invoker' or not any(r.startswith(target) for r in m.refs_of(b)):
                continue
            if all_users and b.get('member') == 'allUsers':
                return True
            if member_ref and any(r.startswith(member_ref) for r in m.refs_of(b)):
                return True
        return False

    for c in design.connections:
        a, b = c['from'], c['to']
        if design.cloud_of(b) != 'gcp':
            continue
        callee = run_of(b)
        if not callee:
            continue
        if design.kind(a) in ('load-balancer', 'api-gateway'):
            if callee.type == 'google_cloud_run_v2_service':
                ok = callee.get('invoker_iam_disabled') is True or invoker_for(callee, all_users=True)
                fail.check(callee.get('ingress') == 'INGRESS_TRAFFIC_INTERNAL_LOAD_BALANCER', where,
                           f'{c["id"]}: {callee} is behind the load balancer but its ingress is {callee.get("ingress")}')
            else:
                ok = invoker_for(callee, all_users=True)
                fail.check(callee.get('service_config', 'ingress_settings') == 'ALLOW_INTERNAL_AND_GCLB', where,
                           f'{c["id"]}: {callee} is behind a global load balancer, which needs ALLOW_INTERNAL_AND_GCLB')
            fail.check(ok, where, f'{c["id"]}: the load balancer cannot invoke {callee} (no invoker for its requests)')
        elif a in sa_of:
            fail.check(invoker_for(callee, sa_of[a]), where, f'{c["id"]}: {sa_of[a]} has no roles/run.invoker on {callee}')
        elif design.cloud_of(a) != 'gcp' and not any(x['to'] == b and design.kind(x['from']) in ('load-balancer', 'api-gateway')
                                                     for x in design.connections):
            fail.check(c['id'] in readme, where, f'{c["id"]}: {callee} has nothing in front, is called from outside Google Cloud, and the README does not warn')

    # --- public entries: forwarding rule -> proxy -> URL map -> backend -> NEG -> service
    for fr in m.resources('google_compute_global_forwarding_rule'):
        proxy = next((m.find(r) for r in m.refs_of(fr) if r.startswith('google_compute_target_https_proxy.')), None)
        if not proxy:
            continue
        umap = next((m.find(r) for r in m.refs_of(proxy) if r.startswith('google_compute_url_map.')), None)
        fail.check(umap is not None and umap.get('default_service') is not None, where,
                   f'{fr}: the HTTPS proxy has no URL map with a backend (fixed response or redirect only)')
    for c in design.connections:
        a, b = c['from'], c['to']
        if design.kind(a) not in ('load-balancer', 'api-gateway') or design.cloud_of(a) != 'gcp':
            continue
        callee = run_of(b)
        if not callee:
            continue
        front_waf = any(x['to'] == a and design.kind(x['from']) == 'waf' for x in design.connections) or \
            (design.kind(a) == 'api-gateway' and design.prop(a, 'rateLimitRps', 0))
        i = ident(design.components[a]['name'])
        umap = m.find('google_compute_url_map.' + i)
        reached = False
        if umap:
            services = set(m.refs_of(umap))
            for ref in services:
                bs = m.find(ref)
                if not bs or bs.type != 'google_compute_backend_service':
                    continue
                for neg_ref in m.refs_of(bs):
                    neg = m.find(neg_ref)
                    if neg and neg.type == 'google_compute_region_network_endpoint_group' and \
                            any(r.startswith(callee.address) for r in m.refs_of(neg)):
                        reached = True
                        if front_waf:
                            fail.check(any(r.startswith('google_compute_security_policy.') for r in m.refs_of(bs)), where,
                                       f'{c["id"]}: {bs} has no Cloud Armor policy although one is drawn in front')
                        cdn = bs.get('cdn_policy', 'cache_mode')
                        fail.check(cdn in (None, 'USE_ORIGIN_HEADERS'), where,
                                   f'{c["id"]}: {bs} caches a dynamic origin ({cdn}) across users')
        fail.check(reached, where, f'{c["id"]}: no path from the load balancer of {a} to {callee}')
        fwd = m.find('google_compute_global_forwarding_rule.' + i)
        fail.check(fwd is not None, where, f'{c["id"]}: {a} has no public forwarding rule')

    # --- grants on cloud resources
    def granted(caller_sa, types, target_ref=None, role=None, condition_text=None):
        for r in m.resources():
            if r.type not in types or not any(x.startswith(caller_sa) for x in m.refs_of(r)):
                continue
            if role and r.get('role') not in (role, 'each.value', '${each.value}'):
                continue
            if target_ref and not any(x.startswith(target_ref) for x in m.refs_of(r)):
                continue
            if condition_text and condition_text not in (r.get('condition', 'expression') or ''):
                continue
            return True
        return False

    for c in design.connections:
        a, b = c['from'], c['to']
        if a not in sa_of or design.cloud_of(b) != 'gcp':
            continue
        kb, i, sa = design.kind(b), ident(design.components[b]['name']), sa_of[a]
        engine = design.prop(b, 'engine')
        slug = re.sub(r'[^a-z0-9]+', '-', design.components[b]['name'].lower()).strip('-')
        if kb == 'object-storage':
            ok = granted(sa, {'google_storage_bucket_iam_member'}, 'google_storage_bucket.' + i)
        elif kb in ('message-queue', 'event-stream') and engine == 'managed':
            ok = granted(sa, {'google_pubsub_topic_iam_member'}, 'google_pubsub_topic.' + i, 'roles/pubsub.publisher')
        elif kb == 'event-stream':
            ok = granted(sa, {'google_project_iam_member'}, None, 'roles/managedkafka.client', '-' + slug)
        elif kb == 'secrets-manager':
            ok = granted(sa, {'google_secret_manager_secret_iam_member'}, 'google_secret_manager_secret.' + i, 'roles/secretmanager.secretAccessor')
        elif kb == 'relational-database':
            ok = granted(sa, {'google_project_iam_member'}, None, 'roles/cloudsql.client', '-' + slug)
            check_database_login(where, m, c['id'], a, b, sa, i, engine, fail)
        elif kb == 'logging':
            ok = granted(sa, {'google_project_iam_member'}, None, 'roles/logging.logWriter')
        elif kb == 'metrics':
            ok = granted(sa, {'google_project_iam_member'}, None, 'roles/monitoring.metricWriter')
        elif kb == 'document-database' and engine == 'firestore':
            ok = granted(sa, {'google_project_iam_member'}, None, 'roles/datastore.user', '-' + slug)
        elif kb == 'data-warehouse' and engine == 'bigquery':
            ok = granted(sa, {'google_bigquery_dataset_iam_member'}, 'google_bigquery_dataset.' + i)
        else:
            continue
        fail.check(ok, where, f'{c["id"]}: {sa} has no grant on {kb} {b}')
    # Pub/Sub consumers: the topic -> service connection means the service reads its subscription.
    for c in design.connections:
        a, b = c['from'], c['to']
        if design.kind(a) in ('message-queue', 'event-stream') and design.prop(a, 'engine') == 'managed' and b in sa_of \
                and design.kind(b) != 'serverless-function':
            ok = any(r.get('role') == 'roles/pubsub.subscriber' and any(x.startswith(sa_of[b]) for x in m.refs_of(r))
                     for r in m.resources('google_pubsub_subscription_iam_member'))
            fail.check(ok, where, f'{c["id"]}: {sa_of[b]} cannot pull its subscription of {a}')

    # Kafka consumers: the stream -> service connection means the service connects to the brokers.
    for c in design.connections:
        a, b = c['from'], c['to']
        if design.kind(a) == 'event-stream' and design.prop(a, 'engine', 'kafka') != 'managed' and b in sa_of:
            slug = re.sub(r'[^a-z0-9]+', '-', design.components[a]['name'].lower()).strip('-')
            fail.check(granted(sa_of[b], {'google_project_iam_member'}, None, 'roles/managedkafka.client', '-' + slug), where,
                       f'{c["id"]}: {sa_of[b]} cannot consume from {a}')

    # --- resilience as drawn: cross-region replicas of databases and buckets
    for cid, comp in design.components.items():
        if design.cloud_of(cid) != 'gcp' or not design.prop(cid, 'crossRegionReplica'):
            continue
        replica, i = design.prop(cid, 'replicaRegion'), ident(comp['name'])
        if comp['kind'] == 'relational-database' and replica:
            ok = any(r.get('region') == replica and any(x == 'google_sql_database_instance.' + i for x in m.refs_of(r))
                     for r in m.resources('google_sql_database_instance'))
            fail.check(ok, where, f'{cid}: no replica in {replica}')
        elif comp['kind'] == 'object-storage':
            b = m.find('google_storage_bucket.' + i)
            locs = [x.lower() for x in (b.get('custom_placement_config', 'data_locations') or [])] if b else []
            fail.check(b is not None and (replica in locs or f'{comp["name"]}: replicaRegion' in readme), where,
                       f'{cid}: the bucket is not stored in {replica} and the README does not say so')

    # --- every Cloud SQL replica is watched for lag (its name starts with its primary's)
    policies = [str(a.get('conditions', 'condition_threshold', 'filter')) for a in m.resources('google_monitoring_alert_policy')]
    for inst in m.resources('google_sql_database_instance'):
        primary = inst.get('master_instance_name')
        if not primary:
            continue
        prim = m.find(str(primary).strip('${}').rsplit('.', 1)[0])
        prefix = str(prim.get('name')).strip('${}"') if prim else '?'
        ok = any('replica_lag' in f and prefix in f for f in policies)
        fail.check(ok, name, f'{inst}: no alert policy watches its replica lag')

    # --- GKE
    clusters = m.resources('google_container_cluster')
    for cl in clusters:
        fail.check(cl.get('datapath_provider') == 'ADVANCED_DATAPATH', where, f'{cl}: NetworkPolicies are not enforced (no Dataplane V2)')
        fail.check(cl.get('gateway_api_config', 'channel') == 'CHANNEL_STANDARD', where, f'{cl}: no Gateway API controller for the Gateways')
        fail.check(cl.get('addons_config', 'gce_persistent_disk_csi_driver_config', 'enabled') is True, where,
                   f'{cl}: no PD CSI driver for the storage class stackdraft-ssd')
        minor = int(str(cl.get('min_master_version', default='0.0')).split('.')[1])
        fail.check(minor >= 35, where, f'{cl}: Kubernetes {cl.get("min_master_version")} is out of GKE standard support on 2026-12-02')
        man = cl.get('master_authorized_networks_config')
        fail.check(man is not None and 'var.cluster_admin_cidrs' in str(man), where, f'{cl}: operators\' address ranges are not a variable')
        fail.check('validation' in m.variables.get('cluster_admin_cidrs', {}), where, 'cluster_admin_cidrs is not validated')
    if clusters:
        admins = [r for r in m.resources('google_project_iam_member') if r.get('role') == 'roles/container.admin']
        fail.check(admins and 'var.cluster_admins' in str(admins[0].body), where, 'no admin principal variable with roles/container.admin')
        for pool in m.resources('google_container_node_pool'):
            fail.check(pool.get('autoscaling', 'total_max_node_count') is not None, where, f'{pool}: no cluster autoscaler')
        values = str(m.outputs.get('kubernetes_cloud_values', {}).get('value', ''))
        fail.check(values != '', where, 'no kubernetes_cloud_values output for the Kubernetes export')
        for d in k8s:
            if d.get('kind') == 'ServiceAccount':
                ann = (d['metadata'].get('annotations') or {}).get('iam.gke.io/gcp-service-account')
                if not ann:
                    continue
                key = ann.strip('${}')
                mm = re.search(re.escape(key) + r'=\$\{google_service_account\.([a-z0-9_]+)\.email\}', values)
                if not fail.check(mm, where, f'ServiceAccount {d["metadata"]["name"]}: {key} is not filled by kubernetes_cloud_values'):
                    continue
                sa = 'google_service_account.' + mm.group(1)
                member = f'serviceAccount:${{var.project_id}}.svc.id.goog[{d["metadata"]["namespace"]}/{d["metadata"]["name"]}]'
                ok = any(b.get('role') == 'roles/iam.workloadIdentityUser' and b.get('member') == member and
                         any(x.startswith(sa) for x in m.refs_of(b)) for b in m.resources('google_service_account_iam_member'))
                fail.check(ok, where, f'{sa}: not bound to {member}')
        used = set()
        for d in k8s:
            used |= set(re.findall(r'\$\{([A-Z0-9_]+)\}', yaml.safe_dump(d)))
        for key in sorted(used):
            fail.check(key + '=' in values or key in readme, where, f'cloud value {key} is neither filled nor warned about')
        # Load balancer -> workload: a firewall rule on the pod's port; workload -> workload: a NetworkPolicy.
        policies = {(d['spec']['podSelector'].get('matchLabels') or {}).get('app.kubernetes.io/name'): d for d in k8s if d.get('kind') == 'NetworkPolicy'}
        ports, workload = {}, {}
        for d in k8s:
            if d.get('kind') in ('Deployment', 'StatefulSet'):
                cid = (d['metadata'].get('annotations') or {}).get('stackdraft.io/component')
                workload[cid] = d['metadata']['name']
                for ct in d['spec']['template']['spec']['containers']:
                    for p in ct.get('ports', []):
                        ports[cid] = p['containerPort']
        for c in design.connections:
            a, b = c['from'], c['to']
            if not design.in_cluster(b) or design.cloud_of(b) != 'gcp':
                continue
            if design.kind(a) in EDGE:
                ok = any(str(ports.get(b)) in str(fw.get('allow')) and ('35.191.0.0/16' in str(fw.get('source_ranges')))
                         for fw in m.resources('google_compute_firewall'))
                fail.check(ok, where, f'{c["id"]}: no firewall rule admits the load balancer on {b}\'s port {ports.get(b)}')
                # The public path: the edge component's Gateway is GKE's global external one, a route of it sends
                # to the callee's Service, and the WAF drawn upstream protects that Service (GCPBackendPolicy).
                gws = [d for d in k8s if d.get('kind') == 'Gateway' and (d['metadata'].get('annotations') or {}).get('stackdraft.io/component') == a]
                if not fail.check(gws and gws[0]['spec'].get('gatewayClassName') == 'gke-l7-global-external-managed', where,
                                  f'{c["id"]}: {a} has no external Gateway (gke-l7-global-external-managed), nothing public reaches {b}'):
                    continue
                gw = gws[0]['metadata']['name']
                routed = any(d.get('kind') in ('HTTPRoute', 'GRPCRoute')
                             and any(p.get('name') == gw for p in d['spec'].get('parentRefs', []))
                             and any(br.get('name') == workload.get(b) for r in d['spec'].get('rules', []) for br in r.get('backendRefs', []))
                             for d in k8s)
                fail.check(routed, where, f'{c["id"]}: no route of Gateway {gw} sends to {workload.get(b)}')
                cert = re.search(r'networking\.gke\.io/certmap', yaml.safe_dump(gws[0]))
                fail.check(cert, where, f'{c["id"]}: Gateway {gw} has no certificate map')
                upstream, todo = set(), [a]
                while todo:
                    x = todo.pop()
                    for up in design.connections:
                        if up['to'] == x and design.kind(up['from']) in EDGE and up['from'] not in upstream:
                            upstream.add(up['from'])
                            todo.append(up['from'])
                for waf in sorted(u for u in upstream if design.kind(u) == 'waf'):
                    pols = [d for d in k8s if d.get('kind') == 'GCPBackendPolicy' and d['spec']['targetRef'].get('name') == workload.get(b)]
                    key = pols[0]['spec']['default'].get('securityPolicy', '').strip('${}') if pols else ''
                    fail.check(key and re.search(re.escape(key) + r'=\$\{google_compute_security_policy\.' + ident(design.components[waf]['name']) + r'\.name\}', values),
                               where, f'{c["id"]}: {b} behind {a} is not protected by the Cloud Armor policy of {waf}')
                if design.kind(a) == 'api-gateway':
                    for up in design.connections:
                        if up['from'] == a and design.kind(up['to']) == 'identity-provider':
                            fail.check(up['id'] in readme, where, f'{up["id"]}: the token check of {a} is not applied on GKE and the README does not warn')
            elif design.in_cluster(a):
                pol = policies.get(workload.get(b))
                ok = pol is not None and any(
                    any((f.get('podSelector') or {}).get('matchLabels', {}).get('app.kubernetes.io/name') == workload.get(a) for f in rule.get('from', []))
                    and any(p.get('port') == ports.get(b) for p in rule.get('ports', []))
                    for rule in pol['spec'].get('ingress') or [])
                fail.check(ok, where, f'{c["id"]}: no NetworkPolicy of {b} admits {a} on {ports.get(b)}')


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--cli', required=True)
    ap.add_argument('--tools', required=True)
    ap.add_argument('designs', nargs='+')
    args = ap.parse_args()
    require_tools(args.tools)
    fail = Failures()
    with tempfile.TemporaryDirectory() as tmp:
        for path in args.designs:
            name = os.path.basename(path).split('.')[0]
            tf, kube = os.path.join(tmp, name + '-tf'), os.path.join(tmp, name + '-k8s')
            for kind, out in (('terraform', tf), ('kubernetes', kube)):
                r = subprocess.run([args.cli, 'export', kind, path, '-o', out], capture_output=True, text=True)
                if r.returncode != 0 and not (kind == 'kubernetes' and 'nothing in this design runs in containers' in r.stderr):
                    fail.check(False, name, f'export {kind} failed: {r.stderr.strip()}')
            folder = os.path.join(tf, 'gcp') if os.path.isdir(os.path.join(tf, 'gcp')) else tf
            kfolder = os.path.join(kube, 'gcp') if os.path.isdir(os.path.join(kube, 'gcp')) else kube
            m = Module.load(folder, args.tools)
            with open(os.path.join(folder, 'README.md'), encoding='utf-8') as f:
                readme = f.read()
            k8s = load_manifests(kfolder) if os.path.isdir(kfolder) else []
            check_module(name, Design(path), m, readme, k8s, fail)
            print(f'{name}: {len(m.resources())} resources checked')
    for f in fail:
        print('FAIL', f)
    print(f'{len(fail)} failures')
    return 1 if fail else 0


if __name__ == '__main__':
    sys.exit(main())
