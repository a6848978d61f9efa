#!/usr/bin/env python3
"""Wiring test of the AWS Terraform export (issue 12).

Exports each design with stackdraft-cli (Terraform and Kubernetes), reads the AWS module with
HashiCorp's parser (tfmodel.py) and the Kubernetes manifests with PyYAML, and follows every drawn
connection through the resources, never through text:

- a network rule per connection: the callee's security group admits the caller's own group (or
  CloudFront's prefix list) on the port the callee really listens on (MSK with IAM: 9098), and the
  caller's group may leave on it; no data store admits the EKS node (cluster) security group, which
  every pod without a group of its own shares; between two workloads in the cluster, the callee's
  NetworkPolicy admits the caller's pods on the port, and the VPC CNI add-on enforces policies;
- an identity grant per connection to a cloud resource (bucket, MSK cluster, secret, queue, stream,
  log group, Prometheus workspace): the caller's own role (ECS task, Lambda, or the EKS Pod Identity
  role associated with exactly its <namespace>/<ServiceAccount>) has a statement on that resource;
- every entry point reaches each service it calls through the WAF and API gateway drawn in front:
  CloudFront -> origin -> API gateway / load balancer, API gateway route -> integration -> Lambda,
  internal load balancer or the Kubernetes Gateway's load balancer (found by the name in its
  LoadBalancerConfiguration) -> HTTPRoute -> Service; load balancer listener -> target group ->
  ECS service / Auto Scaling group / Lambda. No listener whose only action is a fixed response; a
  load balancer fronted by CloudFront admits only CloudFront's prefix list; a dynamic CloudFront
  origin is never cached (CachingDisabled and an origin request policy forwarding the request);
- EKS: an access entry and cluster-admin policy association for the admin role variable, the public
  endpoint only for a validated CIDR variable, the add-ons (VPC CNI with enableNetworkPolicy and pod
  ENIs, Pod Identity agent, EBS CSI, CoreDNS, kube-proxy), a version in EKS standard support, node
  autoscaling (cluster autoscaler role); every cloud value the Kubernetes export names is filled
  by the kubernetes_cloud_values output; MSK brokers as drawn (a multiple of the zones).

Usage: test_aws_wiring.py --cli stackdraft-cli --tools ../shared/tools --catalog resources/catalog DESIGN...
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

import yaml

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from tfmodel import Failures, Module, env_name, identifier_for as ident, load_manifests, references, require_tools  # noqa: E402

WORKLOADS = {'microservice', 'monolith', 'batch-job', 'serverless-function', 'virtual-machine'}
STREAMS = {'event-stream', 'message-queue'}


def dns1035(text):
    s = re.sub(r'[^a-z0-9-]+', '-', text.lower()).strip('-')
    return s[:40].rstrip('-')


class Design:
    def __init__(self, path):
        with open(path, encoding='utf-8') as f:
            self.doc = yaml.safe_load(f)
        self.path = path
        self.name = self.doc.get('name', os.path.basename(path))
        self.zones = {z['id']: z for z in self.doc.get('zones', [])}
        self.components = {c['id']: c for c in self.doc.get('components', [])}
        self.connections = self.doc.get('connections', [])

    def props(self, cid):
        return self.components[cid].get('properties') or {}

    def kind(self, cid):
        return self.components[cid]['kind']

    def ancestors(self, zone_id):
        while zone_id:
            z = self.zones.get(zone_id)
            if not z:
                return
            yield z
            zone_id = z.get('parent')

    def on_aws(self, cid):
        for z in self.ancestors(self.components[cid].get('zone')):
            if z['kind'] == 'cloud':
                return (z.get('properties') or {}).get('provider', z['id']) == 'aws'
        return False

    def in_cluster(self, cid):
        return any(z['kind'] == 'kubernetes-cluster' for z in self.ancestors(self.components[cid].get('zone')))

    def label(self, cid):
        return self.components[cid].get('name') or cid

    def wire_ends(self, c):
        """A connection from a queue or stream to a service: on the wire the service connects."""
        if self.kind(c['from']) in STREAMS and self.kind(c['to']) in WORKLOADS:
            return c['to'], c['from']
        return c['from'], c['to']


def run(cmd):
    out = subprocess.run(cmd, capture_output=True, text=True)
    if out.returncode != 0:
        raise RuntimeError(' '.join(cmd) + ':\n' + out.stdout + out.stderr)
    return out


class Aws:
    """The AWS module of one export, with the lookups the checks share."""

    def __init__(self, module, design):
        self.m, self.d = module, design

    def named(self, type_, cid, suffixes=('',)):
        base = ident(self.d.label(cid))
        for suffix in suffixes:
            for n in ['', '_2', '_3', '_4']:
                r = self.m.find(f'{type_}.{base}{n}{suffix}')
                if r:
                    return r
        return None

    def cluster(self):
        clusters = self.m.resources('aws_eks_cluster')
        return clusters[0] if clusters else None

    def security_group_of(self, cid):
        """Address of the security group the component's traffic carries, or None."""
        if self.d.in_cluster(cid):
            own = self.named('aws_security_group', cid, ('_pods',))
            if own:
                return own.address
            c = self.cluster()
            return f'{c.address}.vpc_config[0].cluster_security_group_id' if c else None
        r = self.named('aws_security_group', cid)
        return r.address if r else None

    def rules(self, type_, sg):
        out = []
        for r in self.m.resources(type_):
            if any(ref == sg or ref.startswith(sg + '.') or sg.startswith(ref + '.') for ref in references(r.body.get('security_group_id'))):
                out.append(r)
        return out

    def admits(self, sg, peer, port):
        for r in self.rules('aws_vpc_security_group_ingress_rule', sg):
            peers = references(r.body.get('referenced_security_group_id')) | references(r.body.get('prefix_list_id'))
            if r.body.get('from_port') == port and any(p == peer or peer.startswith(p + '.') or p.startswith(peer) for p in peers):
                return r
        return None

    def may_leave(self, sg, peer, port):
        for r in self.rules('aws_vpc_security_group_egress_rule', sg):
            peers = references(r.body.get('referenced_security_group_id'))
            if r.body.get('from_port') == port and any(p == peer or peer.startswith(p + '.') or p.startswith(peer) for p in peers):
                return r
        return None

    def statements(self, role_address):
        out = []
        for p in self.m.resources('aws_iam_role_policy'):
            if role_address in {ref.rsplit('.', 1)[0] if ref.count('.') > 1 else ref for ref in references(p.body.get('role'))}:
                for s in re.findall(r'\{[^{}]*\}', json.dumps(p.body.get('policy'))):
                    out.append(s)
        return out


def real_port(d, caller, callee, c):
    kind = d.kind(callee)
    engine = d.props(callee).get('engine', '')
    if kind == 'event-stream' and engine in ('', 'kafka'):
        return 9098
    if kind == 'relational-database':
        return 3306 if engine == 'mysql' else 5432
    if kind == 'cache':
        return 11211 if engine == 'memcached' else 6379
    if kind == 'message-queue' and engine in ('rabbitmq',):
        return 5671
    if (caller, callee) != (c['from'], c['to']):
        return 443
    return c.get('port') or d.props(callee).get('port') or 443


def read_k8s(folder):
    docs = load_manifests(folder)
    workloads = {}
    for x in docs:
        if x['kind'] in ('Deployment', 'StatefulSet', 'CronJob'):
            cid = (x['metadata'].get('annotations') or {}).get('stackdraft.io/component')
            if cid:
                workloads[cid] = x['metadata']['name']
    return docs, workloads


def check_network(d, aws, k8s_docs, k8s_names, f):
    cluster = aws.cluster()
    for c in d.connections:
        if c['from'] not in d.components or c['to'] not in d.components:
            continue
        caller, callee = d.wire_ends(c)
        if not d.on_aws(callee):
            continue
        where = f"{d.name}: connection {c.get('id', caller + '->' + callee)}"
        port = real_port(d, caller, callee, c)
        if d.in_cluster(caller) and d.in_cluster(callee):
            policy = next((x for x in k8s_docs if x['kind'] == 'NetworkPolicy' and x['metadata']['name'] == k8s_names.get(callee)), None)
            ok = policy is not None and any(
                any(((p.get('podSelector') or {}).get('matchLabels') or {}).get('app.kubernetes.io/name') == k8s_names.get(caller)
                    for p in rule.get('from', []))
                and any(pp.get('port') == (d.props(callee).get('port') or 8080) for pp in rule.get('ports', []))
                for rule in (policy or {}).get('spec', {}).get('ingress', []))
            f.check(ok, where, f'no NetworkPolicy of {k8s_names.get(callee)} admits {k8s_names.get(caller)}')
            continue
        to_sg = aws.security_group_of(callee)
        from_sg = aws.security_group_of(caller) if d.on_aws(caller) and caller in d.components else None
        kind_from = d.kind(caller)
        if not to_sg:
            continue  # an AWS API (S3, SQS, ...): the identity check covers it
        if kind_from == 'cdn':
            f.check(aws.admits(to_sg, 'data.aws_ec2_managed_prefix_list.cloudfront', 443), where, f'{to_sg} does not admit CloudFront')
            continue
        if kind_from in ('users', 'partner-api', 'waf') or not from_sg:
            continue
        if cluster and d.in_cluster(callee) and not d.in_cluster(caller):
            # Edge -> workload: through the Gateway's load balancer group.
            gw = [r.address for r in aws.m.resources('aws_security_group') if r.name.startswith('gateway_')]
            f.check(any(aws.admits(to_sg, g, port) for g in gw), where, f'no Gateway load balancer group reaches {to_sg} on {port}')
            f.check(any(aws.admits(g, from_sg, 443) for g in gw), where, f'{from_sg} does not reach the Gateway load balancer on 443')
            continue
        f.check(aws.admits(to_sg, from_sg, port), where, f'{to_sg} does not admit {from_sg} on {port}')
        if not from_sg.endswith('cluster_security_group_id'):
            f.check(aws.may_leave(from_sg, to_sg, port), where, f'{from_sg} may not leave for {to_sg} on {port}')
    # No data store admits the node group every pod shares.
    if cluster:
        nodes = f'{cluster.address}.vpc_config'
        for cid in d.components:
            if d.kind(cid) in WORKLOADS or d.kind(cid) in ('load-balancer', 'api-gateway') or not d.on_aws(cid):
                continue
            sg = aws.security_group_of(cid)
            if sg:
                for r in aws.rules('aws_vpc_security_group_ingress_rule', sg):
                    f.check(not any(ref.startswith(cluster.address) for ref in references(r.body.get('referenced_security_group_id'))),
                            f'{d.name}: {r.address}', f'{d.label(cid)} admits the shared EKS node security group')


GRANTS = {
    'object-storage': 'aws_s3_bucket', 'secrets-manager': 'aws_secretsmanager_secret', 'logging': 'aws_cloudwatch_log_group',
    'metrics': 'aws_prometheus_workspace',
    # IAM database authentication: rds-db:connect as the workload's own database user on that instance.
    'relational-database': 'aws_db_instance',
}
GRANT_ACTIONS = {'relational-database': 'rds-db:connect'}


def resource_of(d, aws, cid):
    kind, engine = d.kind(cid), d.props(cid).get('engine', '')
    if kind == 'event-stream':
        return aws.named('aws_kinesis_stream' if engine == 'managed' else 'aws_msk_cluster', cid)
    if kind == 'message-queue':
        return aws.named('aws_sqs_queue', cid) if engine in ('', 'managed') else None
    return aws.named(GRANTS[kind], cid) if kind in GRANTS else None


def role_of(d, aws, cid, k8s_names, namespace, f):
    if d.in_cluster(cid):
        role = aws.named('aws_iam_role', cid, ('_pod',))
        if not role:
            return None
        assoc = [a for a in aws.m.resources('aws_eks_pod_identity_association') if role.address in {'.'.join(x.split('.')[:2]) for x in references(a.body.get('role_arn'))}]
        f.check(len(assoc) == 1 and assoc[0].body.get('namespace') == namespace and assoc[0].body.get('service_account') == k8s_names.get(cid),
                f'{d.name}: {role.address}', f'not associated with exactly {namespace}/{k8s_names.get(cid)}')
        f.check('pods.eks.amazonaws.com' in json.dumps(role.body.get('assume_role_policy')), f'{d.name}: {role.address}', 'not assumable by EKS Pod Identity')
        return role
    for suffix in ('_task', '_function'):
        role = aws.named('aws_iam_role', cid, (suffix,))
        if role:
            return role
    return None


def check_identity(d, aws, k8s_names, namespace, f):
    for c in d.connections:
        if c['from'] not in d.components or c['to'] not in d.components:
            continue
        caller, callee = d.wire_ends(c)
        if not (d.on_aws(caller) and d.on_aws(callee)) or d.kind(caller) not in WORKLOADS:
            continue
        target = resource_of(d, aws, callee)
        if not target:
            continue
        where = f"{d.name}: connection {c.get('id', caller + '->' + callee)}"
        role = role_of(d, aws, caller, k8s_names, namespace, f)
        if not f.check(role is not None, where, f'{d.label(caller)} has no role of its own'):
            continue
        action = GRANT_ACTIONS.get(d.kind(callee))
        if action:  # whole statements (braces matched), the action and the resource in the same one
            whole = [s for p in aws.m.resources('aws_iam_role_policy')
                     if role.address in {'.'.join(x.split('.')[:2]) for x in references(p.body.get('role'))}
                     for s in policy_statements(p.body.get('policy'))]
            granted = [s for s in whole if action in statement_field(s, 'Action') and target.address + '.' in s]
            f.check(granted, where, f'{role.address} has no {action} grant on {target.address}')
            if action == 'rds-db:connect' and d.in_cluster(caller):
                # The pod is told which database user to sign in as: the one its role may connect as.
                values = aws.m.locals.get('kubernetes_cloud_values') or {}
                values = values[0] if isinstance(values, list) else values
                key = f'{env_name(caller)}_{env_name(callee)}_USER'
                user = values.get(key)
                if f.check(isinstance(user, str) and re.fullmatch(r'[a-z_][a-z0-9_]*', user or ''), where,
                           f'the pods of {d.label(caller)} are not told their database user ({key} = {user!r})'):
                    f.check(any(f'/{user}' in s for s in granted), where, f'{role.address} may not connect as {user}, the user its pods are told')
            continue
        f.check(any(target.address in s for s in aws.statements(role.address)), where,
                f'{role.address} has no grant on {target.address}')
    # One role per workload: no pod role is shared.
    seen = {}
    for a in aws.m.resources('aws_eks_pod_identity_association'):
        for ref in references(a.body.get('role_arn')):
            key = '.'.join(ref.split('.')[:2])
            f.check(key not in seen, f'{d.name}: {a.address}', f'role {key} shared with {seen.get(key)}')
            seen[key] = a.address


def listener_targets(aws, lb):
    """Target groups the listeners of a load balancer forward to; fails on fixed-response only."""
    groups = set()
    for lst in aws.m.referrers(lb.address, 'aws_lb_listener'):
        actions = lst.blocks('default_action')
        types = {a.get('type') for a in actions}
        rules = aws.m.referrers(lst.address, 'aws_lb_listener_rule')
        yield_fixed = types == {'fixed-response'} and not rules
        if yield_fixed:
            groups.add(('FIXED', lst.address))
        for a in actions:
            groups |= {r for r in references(a.get('target_group_arn')) if r.startswith('aws_lb_target_group.')}
        for r in rules:
            for a in r.blocks('action'):
                groups |= {x for x in references(a.get('target_group_arn')) if x.startswith('aws_lb_target_group.')}
    return groups


def reaches_service(d, aws, lb, cid):
    """Whether a target group of the load balancer carries the component's tasks, instances or function."""
    for tg in listener_targets(aws, lb):
        if isinstance(tg, tuple):
            continue
        tg = '.'.join(tg.split('.')[:2])
        for r in aws.m.referrers(tg):
            if r.type in ('aws_ecs_service', 'aws_autoscaling_group', 'aws_lb_target_group_attachment'):
                svc = aws.named(r.type, cid) if r.type != 'aws_lb_target_group_attachment' else None
                if svc and svc.address == r.address:
                    return True
                if r.type == 'aws_lb_target_group_attachment' and any(x.startswith('aws_lambda_function.' + ident(d.label(cid))) for x in references(r.body)):
                    return True
    return False


def rest_link_albs(aws, integration):
    """What a REST API integration reaches through its VPC link: the references (aws_lb.x.arn or
    data.aws_lb.x[0].arn) in the attachments of the target groups of type alb behind the link's NLB."""
    out = set()
    for link in {'.'.join(x.split('.')[:2]) for x in references(integration.body.get('connection_id'))}:
        link_r = aws.m.find(link)
        for nlb in {'.'.join(x.split('.')[:2]) for x in references(link_r.body.get('target_arns'))} if link_r else ():
            for lst in aws.m.referrers(nlb, 'aws_lb_listener'):
                for tg in {'.'.join(x.split('.')[:2]) for a in lst.blocks('default_action') for x in references(a.get('target_group_arn'))}:
                    tg_r = aws.m.find(tg)
                    if tg_r is not None and tg_r.body.get('target_type') == 'alb':
                        for att in aws.m.referrers(tg, 'aws_lb_target_group_attachment'):
                            out |= set(references(att.body.get('target_id')))
    return out


def rest_link_load_balancers(aws, integration):
    """The names of the Gateway load balancers (data.aws_lb) a REST API integration reaches."""
    names = set()
    for x in rest_link_albs(aws, integration):
        if x.startswith('data.aws_lb.'):
            lb = aws.m.find('.'.join(x.split('.')[:3]).replace('[0]', ''))
            if lb is not None:
                names.add(lb.body.get('name'))
    return names


def gateway_routes(k8s_docs, load_balancer_name):
    """The HTTPRoutes/GRPCRoutes attached to the Gateway whose LoadBalancerConfiguration names that load balancer."""
    gateways = {x['metadata']['name'] for x in k8s_docs
                if x['kind'] == 'LoadBalancerConfiguration' and x['spec'].get('loadBalancerName') == load_balancer_name}
    return [x for x in k8s_docs if x['kind'] in ('HTTPRoute', 'GRPCRoute')
            and any(p.get('name') in gateways for p in x['spec'].get('parentRefs', []))]


def check_entries(d, aws, k8s_docs, k8s_names, f):
    for lb in aws.m.resources('aws_lb'):
        for tg in listener_targets(aws, lb):
            f.check(not isinstance(tg, tuple), f'{d.name}: {lb.address}', f'listener {tg[1] if isinstance(tg, tuple) else ""} only answers with a fixed response')
    for c in d.connections:
        if c['from'] not in d.components or c['to'] not in d.components:
            continue
        edge, svc = c['from'], c['to']
        if not d.on_aws(svc) or d.kind(svc) not in WORKLOADS:
            continue
        where = f"{d.name}: entry {c.get('id', edge + '->' + svc)}"
        kind = d.kind(edge)
        if kind == 'load-balancer':
            lb = aws.named('aws_lb', edge)
            if d.in_cluster(svc):
                continue  # the Gateway controller's load balancer (checked through the API gateway below)
            f.check(lb is not None and reaches_service(d, aws, lb, svc), where, f'no listener -> target group of {d.label(edge)} carries {d.label(svc)}')
        elif kind == 'api-gateway' and aws.named('aws_api_gateway_rest_api', edge):
            rest = aws.named('aws_api_gateway_rest_api', edge)
            ok = False
            for i in aws.m.referrers(rest.address, 'aws_api_gateway_integration'):
                if any(u.startswith('aws_lambda_function.' + ident(d.label(svc))) for u in references(i.body.get('uri'))):
                    ok = True
                if not d.in_cluster(svc):
                    continue
                # VPC link -> NLB -> listener -> target group of type alb -> the Gateway's ALB -> HTTPRoute -> svc,
                # on the host the route matches (the URI's host is the Host header and the name TLS checks).
                host = re.sub(r'^https?://([^/]+).*$', r'\1', str(i.body.get('uri')))
                for name in rest_link_load_balancers(aws, i):
                    for route in gateway_routes(k8s_docs, name):
                        if host in (route['spec'].get('hostnames') or []) and any(
                                b.get('name', '').startswith(k8s_names.get(svc, '?'))
                                for rule in route['spec'].get('rules', []) for b in rule.get('backendRefs', [])):
                            ok = True
            f.check(ok, where, f'no method of the REST API reaches {d.label(svc)} (VPC link, NLB, the Gateway\'s ALB, its route)')
        elif kind == 'api-gateway':
            api = aws.named('aws_apigatewayv2_api', edge)
            if not f.check(api is not None, where, 'no API gateway'):
                continue
            routes = aws.m.referrers(api.address, 'aws_apigatewayv2_route')
            integrations = set()
            for r in routes:
                integrations |= {'.'.join(x.split('.')[:2]) for x in references(r.body.get('target'))}
            ok = False
            for i in integrations:
                body = aws.m.find(i)
                uri = references(body.body.get('integration_uri')) if body else set()
                if any(u.startswith('aws_lambda_function.' + ident(d.label(svc))) for u in uri):
                    ok = True
                for u in uri:
                    if u.startswith('data.aws_lb_listener.') and d.in_cluster(svc):
                        listener = aws.m.find('.'.join(u.split('.')[:3]).replace('[0]', ''))
                        lbs = [aws.m.find('.'.join(x.split('.')[:3])) for x in references(listener.body.get('load_balancer_arn'))] if listener else []
                        names = {x.body.get('name') for x in lbs if x}
                        configs = [x for x in k8s_docs if x['kind'] == 'LoadBalancerConfiguration' and x['spec'].get('loadBalancerName') in names]
                        for cfg in configs:
                            gw_name = cfg['metadata']['name']
                            routes_k8s = [x for x in k8s_docs if x['kind'] in ('HTTPRoute', 'GRPCRoute')
                                          and any(p.get('name') == gw_name for p in x['spec'].get('parentRefs', []))]
                            ok = ok or any(b.get('name', '').startswith(k8s_names.get(svc, '?'))
                                           for x in routes_k8s for rule in x['spec'].get('rules', []) for b in rule.get('backendRefs', []))
            f.check(ok, where, f'no route of the API gateway reaches {d.label(svc)}')
            # A WAF drawn in front of the API gateway (directly or through a load balancer) inspects the path.
            wafs = [w for w in d.components if d.kind(w) == 'waf' and d.on_aws(w)]
            if wafs and d.in_cluster(svc):
                assoc = aws.m.resources('aws_wafv2_web_acl_association')
                f.check(any(any(x.startswith('data.aws_lb.') for x in references(a.body.get('resource_arn'))) for a in assoc), where,
                        'the WAF drawn in front protects nothing on the path to the Gateway')
    # CloudFront: dynamic origins never cached; a load balancer behind it admits only CloudFront.
    for dist in aws.m.resources('aws_cloudfront_distribution'):
        origins = {o.get('origin_id'): o for o in dist.blocks('origin')}
        for b in dist.blocks('default_cache_behavior') + dist.blocks('ordered_cache_behavior'):
            o = origins.get(b.get('target_origin_id'), {})
            if 'custom_origin_config' in o:
                f.check('caching_disabled' in json.dumps(b.get('cache_policy_id')) and b.get('origin_request_policy_id'),
                        f'{d.name}: {dist.address}', f'dynamic origin {o.get("origin_id")} may be cached across users')
                f.check('.elb.amazonaws.com' not in json.dumps(o) and not any(x.startswith('aws_lb.') for x in references(o.get('domain_name'))),
                        f'{d.name}: {dist.address}', f'origin {o.get("origin_id")} is reached by a name no certificate of yours carries')
    for lb in aws.m.resources('aws_lb'):
        cid = next((x for x in d.components if ident(d.label(x)) == lb.name), None)
        if cid and any(d.kind(c['from']) == 'cdn' or (d.kind(c['from']) == 'waf' and any(
                d.kind(k['from']) == 'cdn' for k in d.connections if k['to'] == c['from'])) for c in d.connections if c['to'] == cid):
            sg = aws.security_group_of(cid)
            for r in aws.rules('aws_vpc_security_group_ingress_rule', sg):
                f.check(r.body.get('cidr_ipv4') is None, f'{d.name}: {r.address}', 'a load balancer behind CloudFront admits addresses around it')


def check_cluster(d, aws, k8s_docs, catalog, f, variables):
    c = aws.cluster()
    if not c:
        return
    where = f'{d.name}: {c.address}'
    entries = aws.m.referrers(c.address, 'aws_eks_access_entry')
    f.check(any('var.cluster_admin_role_arn' in references(e.body.get('principal_arn')) for e in entries), where, 'no access entry for the admin role variable')
    assoc = [a for a in aws.m.resources('aws_eks_access_policy_association') if 'AmazonEKSClusterAdminPolicy' in json.dumps(a.body.get('policy_arn'))]
    f.check(bool(assoc), where, 'no cluster-admin access policy association')
    f.check(c.get('access_config', 'bootstrap_cluster_creator_admin_permissions') is False, where, 'bootstrap_cluster_creator_admin_permissions not set explicitly')
    pub = c.get('vpc_config', 'endpoint_public_access')
    f.check(pub is False or 'var.cluster_public_access_cidrs' in references(pub), where, 'public endpoint not driven by the CIDR variable')
    var = variables.get('cluster_public_access_cidrs')
    f.check(var is not None and '0.0.0.0/0' in json.dumps(var.get('validation')), where, 'the CIDR variable does not refuse 0.0.0.0/0')
    addons = {a.body.get('addon_name'): a for a in aws.m.referrers(c.address, 'aws_eks_addon')}
    for name in ('vpc-cni', 'eks-pod-identity-agent', 'aws-ebs-csi-driver', 'coredns', 'kube-proxy'):
        f.check(name in addons, where, f'no {name} add-on')
    cni = json.dumps(addons.get('vpc-cni').body if 'vpc-cni' in addons else {})
    f.check('enableNetworkPolicy' in cni and 'ENABLE_POD_ENI' in cni, where, 'the VPC CNI neither enforces NetworkPolicies nor gives pods their groups')
    with open(os.path.join(catalog, 'exports', 'aws.yaml'), encoding='utf-8') as fh:
        supported = yaml.safe_load(fh)['kubernetes']['standardSupport']
    f.check(c.body.get('version') in supported, where, f'version {c.body.get("version")} is not in EKS standard support')
    f.check(any(a.body.get('service_account') == 'cluster-autoscaler' for a in aws.m.resources('aws_eks_pod_identity_association')),
            where, 'no node autoscaler identity')
    # Every cloud value the manifests use is filled.
    used = set()
    for x in k8s_docs:
        used |= set(re.findall(r'\$\{([A-Z0-9_]+)\}', json.dumps(x)))
    filled = set((aws.m.locals.get('kubernetes_cloud_values') or [{}])[0].keys()) if isinstance(aws.m.locals.get('kubernetes_cloud_values'), list) \
        else set((aws.m.locals.get('kubernetes_cloud_values') or {}).keys())
    f.check('kubernetes_cloud_values' in aws.m.outputs, where, 'no kubernetes_cloud_values output')
    for key in sorted(used - filled):
        f.check(False, where, f'cloud value {key} is not filled')
    # The storage class of the Kubernetes export is served by the EBS CSI add-on.
    for x in k8s_docs:
        if x['kind'] == 'StorageClass':
            f.check(x.get('provisioner') == 'ebs.csi.aws.com' and 'aws-ebs-csi-driver' in addons, where, 'storage class without its CSI driver')


def check_brokers(d, aws, f):
    for cid in d.components:
        if d.kind(cid) == 'event-stream' and d.on_aws(cid) and d.props(cid).get('engine', 'kafka') == 'kafka':
            msk = aws.named('aws_msk_cluster', cid)
            region = next((z['id'] for z in d.ancestors(d.components[cid].get('zone')) if z['kind'] == 'region'), None)
            zones = max(2, sum(1 for z in d.zones.values() if z['kind'] == 'availability-zone' and z.get('parent') == region))
            drawn = d.props(cid).get('replicas', 3)
            want = -(-drawn // zones) * zones
            f.check(msk is not None and msk.body.get('number_of_broker_nodes') == want, f'{d.name}: {cid}',
                    f'MSK brokers {msk.body.get("number_of_broker_nodes") if msk else None}, the design draws {drawn} over {zones} zones')
            if msk:
                f.check(msk.get('client_authentication', 'sasl', 'iam') is True, f'{d.name}: {cid}', 'MSK without IAM authentication')


def fronted_by_cdn(d, cid):
    """The CDN drawn in front of cid, directly or through a WAF, or None."""
    for c in d.connections:
        if c['to'] != cid or c['from'] not in d.components:
            continue
        if d.kind(c['from']) == 'cdn':
            return c['from']
        if d.kind(c['from']) == 'waf':
            cdn = next((k['from'] for k in d.connections if k['to'] == c['from'] and d.kind(k['from']) == 'cdn'), None)
            if cdn:
                return cdn
    return None


def refers(value, address):
    """Whether the parsed value refers to the resource at address (or one of its attributes)."""
    return any(x == address or x.startswith(address + '.') for x in references(value))


def first(value):
    """The first block of an hcl2json block list (or the value itself), {} for none."""
    if isinstance(value, list):
        return value[0] if value else {}
    return value or {}


def origin_admits_only(aws, api, origin):
    """Why the API `api` (a REST API) can still be called without the secret header the CloudFront origin
    sends, or None: every stage carries a web ACL whose default action blocks and whose every allowing rule
    needs that header with exactly that value."""
    headers = {h.get('name', '').lower(): references(h.get('value')) for h in (origin.get('custom_header') or [])}
    if not headers:
        return 'CloudFront sends it no secret origin header'
    stages = aws.m.referrers(api.address, 'aws_api_gateway_stage')
    if not stages:
        return 'it has no stage'
    for stage in stages:
        assoc = [a for a in aws.m.resources('aws_wafv2_web_acl_association') if refers(a.body.get('resource_arn'), stage.address)]
        acls = [aws.m.find('.'.join(x.split('.')[:2])) for a in assoc for x in references(a.body.get('web_acl_arn'))]
        acls = [a for a in acls if a]
        if not acls:
            return f'{stage.address} has no web ACL'
        for acl in acls:
            if 'block' not in first(acl.body.get('default_action')):
                return f'{acl.address} admits by default'
            for rule in acl.blocks('rule'):
                if 'allow' not in first(rule.get('action')):
                    continue
                match = first(first(rule.get('statement')).get('byte_match_statement'))
                header = first(first(match.get('field_to_match')).get('single_header')).get('name', '').lower()
                value = references(match.get('search_string'))
                if header not in headers or not value or value != headers[header] or match.get('positional_constraint') != 'EXACTLY':
                    return f'rule {rule.get("name")} of {acl.address} admits requests without the header CloudFront sends'
    return None


def check_bypass(d, aws, f):
    """API origin admits only CloudFront: an API gateway drawn behind CloudFront (and its WAF) cannot be called
    around them. Its CloudFront origin adds a secret header, and the web ACL on every stage of the (REST) API
    blocks whatever lacks it; the drawn WAF is on the distribution."""
    for cid in d.components:
        if d.kind(cid) != 'api-gateway' or not d.on_aws(cid):
            continue
        cdn = fronted_by_cdn(d, cid)
        if not cdn:
            continue
        where = f'{d.name}: {d.label(cdn)} -> {d.label(cid)}'
        api = aws.named('aws_api_gateway_rest_api', cid) or aws.named('aws_apigatewayv2_api', cid)
        if not f.check(api is not None, where, 'no API gateway'):
            continue
        dists = [x for x in aws.m.resources('aws_cloudfront_distribution') if ident(d.label(cdn)) == x.name]
        if not f.check(api.type == 'aws_api_gateway_rest_api', where,
                       'API origin admits only CloudFront: it is an HTTP API, which can be called around CloudFront and its WAF'):
            continue
        origins = [o for x in dists for o in x.blocks('origin') if refers(o.get('domain_name'), api.address)]
        if not f.check(bool(origins), where, 'CloudFront has no origin on the API gateway'):
            continue
        for o in origins:
            why = origin_admits_only(aws, api, o)
            f.check(why is None, where, f'API origin admits only CloudFront: {why}')
        wafs = [w for w in d.components if d.kind(w) == 'waf' and any(c['from'] == cdn and c['to'] == w for c in d.connections)]
        for w in wafs:
            acl = aws.named('aws_wafv2_web_acl', w)
            f.check(acl is not None and any(refers(x.body.get('web_acl_id'), acl.address) for x in dists),
                    where, f'the drawn WAF {d.label(w)} is not on the distribution')


def check_api_to_load_balancer(d, aws, f):
    """API gateway -> internal load balancer: a route or method integration reaches the drawn ALB (HTTP API: its
    listener; REST API: VPC link -> NLB -> target group of type alb -> that ALB)."""
    for c in d.connections:
        if c['from'] not in d.components or c['to'] not in d.components:
            continue
        if d.kind(c['from']) != 'api-gateway' or d.kind(c['to']) != 'load-balancer' or not d.on_aws(c['from']):
            continue
        lb = aws.named('aws_lb', c['to'])
        if lb is None:
            continue  # the Kubernetes Gateway's load balancer, checked with the routes
        where = f"{d.name}: {d.label(c['from'])} -> {d.label(c['to'])}"
        ok = False
        rest = aws.named('aws_api_gateway_rest_api', c['from'])
        if rest:
            for i in aws.m.referrers(rest.address, 'aws_api_gateway_integration'):
                ok = ok or any(x == lb.address or x.startswith(lb.address + '.') for x in rest_link_albs(aws, i))
        api = aws.named('aws_apigatewayv2_api', c['from'])
        if api:
            for i in aws.m.referrers(api.address, 'aws_apigatewayv2_integration'):
                for x in references(i.body.get('integration_uri')):
                    listener = aws.m.find('.'.join(x.split('.')[:2]))
                    ok = ok or (listener is not None and refers(listener.body.get('load_balancer_arn'), lb.address))
        f.check(ok, where, f'no integration of the API gateway reaches {d.label(c["to"])}')


def policy_statements(text):
    """The statements of a jsonencode()d policy, each as its HCL text (braces matched, not a regex)."""
    text = str(text or '')
    start = text.find('Statement')
    out, depth, begin = [], 0, None
    for i in range(text.find('[', start) + 1 if start >= 0 else len(text), len(text)):
        ch = text[i]
        if ch == '{':
            if depth == 0:
                begin = i
            depth += 1
        elif ch == '}':
            depth -= 1
            if depth == 0:
                out.append(text[begin:i + 1])
        elif ch == ']' and depth == 0:
            break
    return out


def statement_field(stmt, key):
    """The strings of a statement's field (Action, Principal, Condition): every quoted value in it."""
    m = re.search(r'\b%s\s*=\s*' % key, stmt)
    if not m:
        return []
    rest = stmt[m.end():]
    if rest[0] in '[{':
        close = {'[': ']', '{': '}'}[rest[0]]
        depth = 0
        for i, ch in enumerate(rest):
            depth += ch == rest[0]
            depth -= ch == close
            if depth == 0:
                rest = rest[:i + 1]
                break
    else:
        rest = rest.split('\n', 1)[0]
    return re.findall(r'"([^"]*)"', rest) + re.findall(r'(\S+)\s*=', rest)


def check_prometheus_alerts(d, aws, docs, names, f):  # noqa: C901 (one walk from the workspace to the key)
    """metrics (Prometheus) -> on-call: a managed Prometheus that EKS workloads write to evaluates rules on each of them
    (job = component id, as the Kubernetes export's ServiceMonitors scrape them), and its Alertmanager publishes to an
    SNS topic the drawn alerting component subscribes to, which admits only this workspace's service principal and whose
    key lets that service encrypt."""
    http = {x['metadata']['name'] for x in docs if x.get('kind') == 'Service' and any(p.get('name') == 'http' for p in x['spec'].get('ports', []))}
    deployments = {x['metadata']['name'] for x in docs if x.get('kind') == 'Deployment'}
    for cid in d.components:
        if d.kind(cid) != 'metrics' or not d.on_aws(cid) or d.props(cid).get('engine', 'prometheus') != 'prometheus':
            continue
        writers = [c['from'] for c in d.connections if c['to'] == cid and d.in_cluster(c['from'])
                   and names.get(c['from']) in http & deployments]
        if not writers:
            continue
        where = f'{d.name}: {d.label(cid)}'
        ws = aws.named('aws_prometheus_workspace', cid)
        if not f.check(ws is not None, where, 'no Prometheus workspace'):
            continue
        groups = [r for r in aws.m.referrers(ws.address, 'aws_prometheus_rule_group_namespace')]
        text = '\n'.join(str(g.body.get('data')) for g in groups)  # the yamlencode({...}) expression as written
        for w in writers:
            f.check(f'job=\\"{w}\\"' in text, where, f'no rule of the workspace reads job {w}, which the cluster scrapes')
        ams = aws.m.referrers(ws.address, 'aws_prometheus_alert_manager_definition')
        topics = {'aws_sns_topic.' + t for a in ams for t in re.findall(r'aws_sns_topic\.([a-z0-9_]+)\.arn', str(a.body.get('definition')))}
        if not f.check(topics, where, 'no Alertmanager publishes the alerts to a topic'):
            continue
        alerting = [a for a in d.components if d.kind(a) == 'alerting']
        for topic in topics:
            subscribed = aws.m.referrers(topic, 'aws_sns_topic_subscription')
            f.check(not alerting or subscribed, where, f'{topic} reaches no drawn alerting component')
            policies = aws.m.referrers(topic, 'aws_sns_topic_policy')
            f.check(any('aps.amazonaws.com' in str(p.body.get('policy')) and ws.address + '.arn' in str(p.body.get('policy'))
                        for p in policies), where, f'{topic} does not let this workspace publish (aps.amazonaws.com, aws:SourceArn)')
            t = aws.m.find(topic)
            keys = {'.'.join(x.split('.')[:2]) for x in references(t.body.get('kms_master_key_id'))} if t else set()
            f.check(keys and all('aps.amazonaws.com' in str(aws.m.find(k).body.get('policy')) for k in keys if aws.m.find(k)), where,
                    f'the key of {topic} does not let the Prometheus service encrypt to it')


def check_alarms_cover(d, aws, f):
    """Every stream, queue and database replica has an alarm on its own metrics (issue 20: none did for MSK and the
    replicas): replicas on ReplicaLag, in the replica's own region (same provider)."""
    alarms = aws.m.resources('aws_cloudwatch_metric_alarm')

    def watched(resource, metric=None):
        for a in alarms:
            if metric and a.body.get('metric_name') != metric:
                continue
            if refers(a.body.get('dimensions'), resource.address) and a.body.get('provider') == resource.body.get('provider'):
                return True
        return False
    for r in aws.m.resources('aws_db_instance'):
        if r.body.get('replicate_source_db'):
            f.check(watched(r, 'ReplicaLag'), f'{d.name}: {r.address}', 'a database replica no alarm watches for lag (in its region)')
    for type_ in ('aws_msk_cluster', 'aws_kinesis_stream', 'aws_sqs_queue'):
        for r in aws.m.resources(type_):
            if type_ == 'aws_sqs_queue' and r.name.endswith('_dlq'):
                continue  # its queue's dead-letters alarm reads it
            f.check(watched(r), f'{d.name}: {r.address}', 'no alarm watches it')


def check_instance_volume_keys(d, aws, f):
    """EC2 Auto Scaling launches the EKS nodes and scale sets with its service-linked role; when their
    volumes are encrypted with a customer key, that key's policy itself must let the role use it (its
    IAM policy cannot be extended), or every instance fails to launch."""
    for lt in aws.m.resources('aws_launch_template'):
        for bdm in lt.blocks('block_device_mappings'):
            for ebs in (bdm.get('ebs') or []):
                keys = {'.'.join(ref.split('.')[:2]) for ref in references(ebs.get('kms_key_id'))
                        if ref.startswith(('aws_kms_key.', 'aws_kms_replica_key.'))}
                for key in sorted(keys):
                    k = aws.m.find(key)
                    ok = False
                    for stmt in policy_statements(k.body.get('policy') if k else ''):
                        actions = statement_field(stmt, 'Action')
                        principals = statement_field(stmt, 'Principal')
                        conditions = ' '.join(statement_field(stmt, 'Condition'))
                        grants = any(a in ('kms:*', 'kms:CreateGrant') for a in actions) and \
                            any(a in ('kms:*', 'kms:Decrypt') for a in actions)
                        slr = any('AWSServiceRoleForAutoScaling' in p for p in principals)
                        via_ec2 = '*' in principals and 'kms:ViaService' in conditions and 'ec2.' in conditions \
                            and 'kms:CallerAccount' in conditions
                        ok = ok or (grants and (slr or via_ec2) and 'Deny' not in statement_field(stmt, 'Effect'))
                    f.check(ok, f'{d.name}: {lt.address} encrypts its volumes with {key}, whose policy does not let EC2 Auto '
                                f'Scaling (its service-linked role) use the key: the instances fail to launch')


THIRD_PARTY = set()  # kinds with the catalog role third-party, read in main()
ADDRESSED = {'relational-database': ('aws_db_instance',), 'cache': ('aws_elasticache_replication_group', 'aws_elasticache_cluster'),
             'event-stream': ('aws_msk_cluster', 'aws_kinesis_stream'), 'object-storage': ('aws_s3_bucket',),
             'secrets-manager': ('aws_secretsmanager_secret',), 'message-queue': ('aws_sqs_queue', 'aws_mq_broker')}


def check_task_addresses(d, aws, f):
    """An ECS task is told where each managed resource it calls is (<ID>_ADDRESS, as the Kubernetes
    export's pods are): without it the application cannot find its database, cache, queue or bucket."""
    for c in d.connections:
        if c['from'] not in d.components or c['to'] not in d.components:
            continue
        caller, callee = d.wire_ends(c)
        if not (d.on_aws(caller) and d.on_aws(callee)) or d.kind(callee) not in ADDRESSED or d.in_cluster(callee):
            continue
        if (d.props(callee).get('hosting') or 'managed') != 'managed':
            continue
        task = aws.named('aws_ecs_task_definition', caller)
        if not task:
            continue
        variable = env_name(callee) + '_ADDRESS'
        text = str(task.body.get('container_definitions'))
        m = re.search(r'name\s*=\s*"%s"\s*\n\s*value\s*=\s*(.+)' % variable, text)
        refs = {'.'.join(r.split('.')[:2]) for r in references('${' + m.group(1).strip() + '}')} if m else set()
        ok = any(r.split('.')[0] in ADDRESSED[d.kind(callee)] and (aws.m.find(r) is not None) for r in refs)
        f.check(ok, f"{d.name}: connection {c.get('id', caller + '->' + callee)}",
                f'{task.address} has no {variable} naming the {d.kind(callee)} {d.label(callee)}')
    # A third-party service it calls: the secret with its credentials, which the task's own role may read.
    for c in d.connections:
        caller, callee = c['from'], c['to']
        if caller not in d.components or callee in d.components and d.on_aws(callee) or d.kind(callee) not in THIRD_PARTY:
            continue
        task = aws.named('aws_ecs_task_definition', caller)
        if not task:
            continue
        variable = env_name(callee) + '_CREDENTIALS_SECRET'
        m = re.search(r'name\s*=\s*"%s"\s*\n\s*value\s*=\s*(.+)' % variable, str(task.body.get('container_definitions')))
        secrets = {'.'.join(r.split('.')[:2]) for r in references('${' + m.group(1).strip() + '}')} if m else set()
        where = f"{d.name}: connection {c.get('id', caller + '->' + callee)}"
        if f.check(len(secrets) == 1 and next(iter(secrets)).startswith('aws_secretsmanager_secret.'), where,
                   f'{task.address} has no {variable} naming the secret with the credentials of {d.label(callee)}'):
            role = aws.named('aws_iam_role', caller, ('_task',))
            f.check(role is not None and any(next(iter(secrets)) + '.' in s and 'secretsmanager:GetSecretValue' in s for s in aws.statements(role.address)),
                    where, f'the task role of {d.label(caller)} may not read {next(iter(secrets))}')


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--cli', required=True)
    ap.add_argument('--tools', required=True)
    ap.add_argument('--catalog', required=True)
    ap.add_argument('--tf-root', help='read the Terraform of each design from TF_ROOT/<example>/ (e.g. an older golden tree) instead of exporting it')
    ap.add_argument('designs', nargs='+')
    args = ap.parse_args()
    require_tools(args.tools)
    for name in os.listdir(args.catalog):
        if name.endswith('.yaml'):
            with open(os.path.join(args.catalog, name), encoding='utf-8') as fh:
                doc = yaml.safe_load(fh) or {}
            THIRD_PARTY.update(k['id'] for k in doc.get('kinds', []) if 'third-party' in (k.get('roles') or []))
    f = Failures()
    tested = 0
    for path in args.designs:
        d = Design(path)
        if not any(d.on_aws(c) for c in d.components):
            continue
        tested += 1
        with tempfile.TemporaryDirectory() as tmp:
            if args.tf_root:
                os.symlink(os.path.join(os.path.abspath(args.tf_root), os.path.basename(path).split('.')[0]), os.path.join(tmp, 'tf'))
            else:
                run([args.cli, 'export', 'terraform', path, '-o', os.path.join(tmp, 'tf')])
            run([args.cli, 'export', 'kubernetes', path, '-o', os.path.join(tmp, 'k8s')])
            tf = os.path.join(tmp, 'tf', 'aws') if os.path.isdir(os.path.join(tmp, 'tf', 'aws')) else os.path.join(tmp, 'tf')
            k8s = os.path.join(tmp, 'k8s')
            if os.path.isdir(os.path.join(k8s, 'aws')):
                k8s = os.path.join(k8s, 'aws')
            module = Module.load(tf, args.tools)
            docs, names = read_k8s(k8s) if os.path.exists(os.path.join(k8s, 'kustomization.yaml')) else ([], {})
            namespace = next((x['metadata']['name'] for x in docs if x['kind'] == 'Namespace'), None)
            aws = Aws(module, d)
            check_network(d, aws, docs, names, f)
            check_identity(d, aws, names, namespace, f)
            check_entries(d, aws, docs, names, f)
            check_cluster(d, aws, docs, args.catalog, f, module.variables)
            check_brokers(d, aws, f)
            check_bypass(d, aws, f)
            check_api_to_load_balancer(d, aws, f)
            check_instance_volume_keys(d, aws, f)
            check_task_addresses(d, aws, f)
            check_prometheus_alerts(d, aws, docs, names, f)
            check_alarms_cover(d, aws, f)
    print(f'{tested} AWS designs, {f.checked} checks')
    if tested == 0:
        print('no design uses AWS')
        return 1
    for item in f:
        print('FAIL', item)
    return 1 if f else 0


if __name__ == '__main__':
    sys.exit(main())
