#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Independent checks of the Kubernetes export, over the parsed YAML and the design's graph.

For every bundled example, the Kubernetes test designs and the fintech example moved to Google Cloud
and to Azure, it exports with stackdraft-cli and checks, without any code of the exporter:

  pss       every pod template meets the restricted Pod Security Standard, and the namespace enforces it;
  wiring    every drawn connection between two workloads of a cluster is admitted by an ingress rule of
            the callee and an egress rule of the caller on the port the callee listens on, under a
            default deny, and no other workload is admitted;
  entry     every drawn connection from an edge component reaches the workload's pods through
            Gateway -> route -> Service -> pods (a networkx path), and the pods admit the load balancer;
  bypass    nothing public bypasses what the design draws in front: no LoadBalancer or NodePort
            Service, no Ingress, an API gateway in front keeps the Gateway internal, a WAF in front is
            attached, no pod admits addresses outside the cluster without a route to it;
  ports     egress to managed services uses the port of their auth (MSK IAM 9098, Memorystore TLS
            6378, Azure Cache for Redis 6380, Event Hubs 9093);
  crds      Gateway API and the clouds' custom resources have only the fields their documentation
            lists, with the required ones and valid values;
  values    every ${KEY} has a kustomize replacement for exactly its field and a line in the README;
  writable  every container with a read-only root filesystem can write every folder its image writes
            (the catalog's `writes`, read from each image's Dockerfile and entrypoint) on an emptyDir or
            its volume; the folders whose shipped files the entrypoint edits are copied in by an init
            container of the same image first; every folder named in the engine's settings or flags is
            writable, and Kafka's log.dirs and MySQL's datadir are folders inside the volume, away
            from the lost+found of a fresh filesystem.

Prints one line per failure and "N passed, N failed" last; exits 1 on any failure.
"""

import argparse
import copy
import os
import re
import shutil
import subprocess
import sys
import tempfile
import types

import networkx as nx
import yaml

# ---------------------------------------------------------------------------------------------
# The design side: the catalog's roles, the design's components and connections.


def load_catalog(folder):
    kinds = {}
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".yaml") or name == "traits.yaml":
            continue
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            data = yaml.safe_load(f)
        for kind in data.get("kinds", []):
            kinds[kind["id"]] = set(kind.get("roles", []))
    return kinds


def load_engines(folder):
    """image (without tag) -> the catalog's engine entry, for the in-cluster data stores."""
    with open(os.path.join(folder, "exports", "kubernetes.yaml"), encoding="utf-8") as f:
        data = yaml.safe_load(f)
    return {e["image"].rsplit(":", 1)[0]: e for e in data["engines"]}


class Design:
    def __init__(self, path, roles):
        with open(path, encoding="utf-8") as f:
            self.data = yaml.safe_load(f)
        self.components = {c["id"]: c for c in self.data.get("components", [])}
        self.connections = self.data.get("connections", [])
        self.roles = roles

    def has_role(self, cid, role):
        c = self.components.get(cid)
        return c is not None and role in self.roles.get(c["kind"], set())

    def is_edge(self, cid):
        return self.has_role(cid, "edge") or self.has_role(cid, "entry")

    def wire(self, conn):
        """(client, server) as on the wire: a queue delivering to a service is the service calling it."""
        a, b = conn["from"], conn["to"]
        if self.has_role(a, "queue") and not self.has_role(b, "queue"):
            return b, a
        return a, b

    def front_of(self, cid):
        return [c["from"] for c in self.connections if c["to"] == cid and self.is_edge(c["from"])]


# ---------------------------------------------------------------------------------------------
# The export side: every object of one cluster folder.

WORKLOAD_KINDS = {"Deployment", "StatefulSet", "CronJob"}


def pod_template(obj):
    if obj["kind"] == "CronJob":
        return obj["spec"]["jobTemplate"]["spec"]["template"]
    return obj["spec"]["template"]


class Cluster:
    def __init__(self, folder):
        self.folder = folder
        self.objects = []
        self.files = {}
        for name in sorted(os.listdir(folder)):
            path = os.path.join(folder, name)
            if name.endswith(".yaml") and name != "kustomization.yaml":
                with open(path, encoding="utf-8") as f:
                    text = f.read()
                self.files[name] = text
                self.objects += [d for d in yaml.safe_load_all(text) if isinstance(d, dict)]
        with open(os.path.join(folder, "kustomization.yaml"), encoding="utf-8") as f:
            self.kustomization = yaml.safe_load(f)
        with open(os.path.join(folder, "README.md"), encoding="utf-8") as f:
            self.readme = f.read()
        self.workloads = {}  # component id -> workload object
        for o in self.objects:
            if o["kind"] in WORKLOAD_KINDS:
                self.workloads[o["metadata"]["annotations"]["stackdraft.io/component"]] = o

    def of_kind(self, kind):
        return [o for o in self.objects if o["kind"] == kind]

    def find(self, kind, name):
        for o in self.objects:
            if o["kind"] == kind and o["metadata"]["name"] == name:
                return o
        return None

    def cloud(self):
        for cls in self.of_kind("GatewayClass"):
            if cls["spec"]["controllerName"] == "gateway.k8s.aws/alb":
                return "aws"
        for gw in self.of_kind("Gateway"):
            c = gw["spec"]["gatewayClassName"]
            if c.startswith("gke-"):
                return "gcp"
            if c.startswith("azure-alb"):
                return "azure"
        if "(Amazon EKS)" in self.readme.splitlines()[0]:
            return "aws"
        if "(Google Kubernetes Engine)" in self.readme.splitlines()[0]:
            return "gcp"
        if "(Azure Kubernetes Service)" in self.readme.splitlines()[0]:
            return "azure"
        return "generic"


def labels_of(workload):
    return pod_template(workload)["metadata"]["labels"]


def matches(selector, labels):
    """A LabelSelector with matchLabels only (all our selectors); {} matches everything."""
    if selector is None:
        return False
    if set(selector) - {"matchLabels"}:
        raise ValueError("unexpected selector fields %s" % sorted(selector))
    return all(labels.get(k) == v for k, v in (selector.get("matchLabels") or {}).items())


def container_ports(workload):
    ports = {}
    for c in pod_template(workload)["spec"]["containers"]:
        for p in c.get("ports", []):
            ports[p.get("name", str(p["containerPort"]))] = p["containerPort"]
    return ports


def policies_for(cluster, workload, direction):
    labels = labels_of(workload)
    out = []
    for p in cluster.of_kind("NetworkPolicy"):
        spec = p["spec"]
        if direction in spec.get("policyTypes", []) and matches(spec["podSelector"], labels):
            out.append(p)
    return out


def rule_ports(rule, port):
    ports = rule.get("ports")
    if not ports:
        return True
    return any(p.get("port") == port and p.get("protocol", "TCP") == "TCP" for p in ports)


def admitted_workloads(cluster, callee, port):
    """Component ids of workloads whose pods may open `port` on the callee's pods."""
    ids = set()
    for p in policies_for(cluster, callee, "Ingress"):
        for rule in p["spec"].get("ingress") or []:
            if not rule_ports(rule, port):
                continue
            for peer in rule.get("from") or []:
                if "podSelector" in peer and "namespaceSelector" not in peer:
                    for cid, w in cluster.workloads.items():
                        if matches(peer["podSelector"], labels_of(w)):
                            ids.add(cid)
    return ids


def egress_allows(cluster, caller, callee, port):
    for p in policies_for(cluster, caller, "Egress"):
        for rule in p["spec"].get("egress") or []:
            if not rule_ports(rule, port):
                continue
            for peer in rule.get("to") or []:
                if "podSelector" in peer and "namespaceSelector" not in peer and matches(peer["podSelector"], labels_of(callee)):
                    return True
    return False


def external_ingress(cluster, workload, port):
    """The ingress peers from outside the namespace's pods (address blocks, other namespaces)."""
    peers = []
    for p in policies_for(cluster, workload, "Ingress"):
        for rule in p["spec"].get("ingress") or []:
            if rule_ports(rule, port):
                peers += [peer for peer in rule.get("from") or [] if "ipBlock" in peer or "namespaceSelector" in peer]
    return peers


def egress_ports_to_blocks(cluster, workload):
    ports = set()
    for p in policies_for(cluster, workload, "Egress"):
        for rule in p["spec"].get("egress") or []:
            if any("ipBlock" in peer for peer in rule.get("to") or []):
                ports |= {pp["port"] for pp in rule.get("ports") or []}
    return ports


# ---------------------------------------------------------------------------------------------
# The checks.


class Report:
    def __init__(self):
        self.passed = 0
        self.failures = []

    def check(self, ok, where, message):
        if ok:
            self.passed += 1
        else:
            self.failures.append("%s: %s" % (where, message))


SAFE_VOLUMES = {"configMap", "csi", "downwardAPI", "emptyDir", "ephemeral", "persistentVolumeClaim", "projected", "secret"}


def check_pss(report, where, cluster):
    for ns in cluster.of_kind("Namespace"):
        report.check(ns["metadata"]["labels"].get("pod-security.kubernetes.io/enforce") == "restricted", where,
                     "namespace %s does not enforce the restricted Pod Security Standard" % ns["metadata"]["name"])
    for cid, w in cluster.workloads.items():
        name = "%s %s" % (w["kind"], w["metadata"]["name"])
        spec = pod_template(w)["spec"]
        psc = spec.get("securityContext") or {}
        for key in ("hostNetwork", "hostPID", "hostIPC"):
            report.check(not spec.get(key), where, "%s: %s" % (name, key))
        for v in spec.get("volumes") or []:
            kinds = set(v) - {"name"}
            report.check(kinds <= SAFE_VOLUMES, where, "%s: volume %s of type %s" % (name, v["name"], kinds))
        report.check((psc.get("seccompProfile") or {}).get("type") in ("RuntimeDefault", "Localhost") or all(
            (c.get("securityContext") or {}).get("seccompProfile", {}).get("type") in ("RuntimeDefault", "Localhost")
            for c in spec["containers"]), where, "%s: seccompProfile" % name)
        for key in ("sysctls",):
            report.check(not psc.get(key), where, "%s: %s" % (name, key))
        for c in spec.get("initContainers", []) + spec["containers"]:
            sc = c.get("securityContext") or {}
            cname = "%s container %s" % (name, c["name"])
            report.check(not sc.get("privileged"), where, cname + ": privileged")
            report.check(sc.get("allowPrivilegeEscalation") is False, where, cname + ": allowPrivilegeEscalation must be false")
            caps = sc.get("capabilities") or {}
            report.check("ALL" in (caps.get("drop") or []), where, cname + ": capabilities must drop ALL")
            report.check(set(caps.get("add") or []) <= {"NET_BIND_SERVICE"}, where, cname + ": adds capabilities")
            non_root = sc.get("runAsNonRoot", psc.get("runAsNonRoot"))
            report.check(non_root is True, where, cname + ": runAsNonRoot")
            uid = sc.get("runAsUser", psc.get("runAsUser"))
            report.check(uid != 0, where, cname + ": runs as uid 0")
            report.check((sc.get("seccompProfile") or {}).get("type", "RuntimeDefault") != "Unconfined", where,
                         cname + ": seccomp Unconfined")
            report.check(sc.get("procMount", "Default") == "Default", where, cname + ": procMount")
            report.check(not any(p.get("hostPort") for p in c.get("ports", [])), where, cname + ": hostPort")


def check_wiring(report, where, design, cluster):
    deny = [p for p in cluster.of_kind("NetworkPolicy")
            if p["spec"]["podSelector"] == {} and set(p["spec"].get("policyTypes", [])) == {"Ingress", "Egress"}
            and not p["spec"].get("ingress") and not p["spec"].get("egress")]
    report.check(len(deny) == 1, where, "no default deny of ingress and egress for every pod")
    drawn = {}  # callee id -> set of drawn caller ids in the cluster
    for conn in design.connections:
        client, server = design.wire(conn)
        if client not in cluster.workloads or server not in cluster.workloads:
            continue
        callee = cluster.workloads[server]
        if callee["kind"] == "CronJob":
            continue  # a job serves nothing; the export warns
        ports = list(container_ports(callee).values())
        report.check(len(ports) == 1, where, "%s listens on %d ports" % (server, len(ports)))
        port = ports[0]
        drawn.setdefault(server, set()).add(client)
        report.check(client in admitted_workloads(cluster, callee, port), where,
                     "connection %s: %s does not admit %s on %d" % (conn["id"], server, client, port))
        report.check(egress_allows(cluster, cluster.workloads[client], callee, port), where,
                     "connection %s: %s may not reach %s on %d" % (conn["id"], client, server, port))
    for cid, w in cluster.workloads.items():
        for port in container_ports(w).values():
            extra = admitted_workloads(cluster, w, port) - drawn.get(cid, set())
            report.check(not extra, where, "%s admits %s on %d, which the design does not draw" % (cid, sorted(extra), port))


def service_reaches(service, workload):
    return matches({"matchLabels": service["spec"]["selector"]}, labels_of(workload))


def check_entry(report, where, design, cluster):
    g = nx.DiGraph()
    for gw in cluster.of_kind("Gateway"):
        g.add_edge("component:%s" % gw["metadata"].get("annotations", {}).get("stackdraft.io/component", "entry"),
                   "gateway:" + gw["metadata"]["name"])
        report.check(any(c["metadata"]["name"] == gw["spec"]["gatewayClassName"] for c in cluster.of_kind("GatewayClass"))
                     or cluster.cloud() in ("gcp", "azure"), where, "Gateway %s: class %s is not defined" % (gw["metadata"]["name"], gw["spec"]["gatewayClassName"]))
    for kind in ("HTTPRoute", "GRPCRoute"):
        for r in cluster.of_kind(kind):
            for parent in r["spec"]["parentRefs"]:
                report.check(cluster.find("Gateway", parent["name"]) is not None, where,
                             "%s %s: no Gateway %s" % (kind, r["metadata"]["name"], parent["name"]))
                g.add_edge("gateway:" + parent["name"], "route:" + r["metadata"]["name"])
            for rule in r["spec"]["rules"]:
                for ref in rule["backendRefs"]:
                    svc = cluster.find("Service", ref["name"])
                    report.check(svc is not None, where, "%s %s: no Service %s" % (kind, r["metadata"]["name"], ref["name"]))
                    if svc is None:
                        continue
                    sp = [p for p in svc["spec"]["ports"] if p["port"] == ref["port"]]
                    report.check(len(sp) == 1, where, "Service %s has no port %s" % (ref["name"], ref["port"]))
                    g.add_edge("route:" + r["metadata"]["name"], "service:" + ref["name"])
                    for cid, w in cluster.workloads.items():
                        if service_reaches(svc, w) and sp:
                            target = sp[0]["targetPort"]
                            cport = container_ports(w).get(target, target)
                            report.check(cport in container_ports(w).values(), where,
                                         "Service %s: target port %s is not a port of %s" % (ref["name"], target, cid))
                            if external_ingress(cluster, w, cport):
                                g.add_edge("service:" + ref["name"], "pods:" + cid)
    for conn in design.connections:
        client, server = design.wire(conn)
        if not design.is_edge(client) or server not in cluster.workloads or cluster.workloads[server]["kind"] == "CronJob":
            continue
        report.check(g.has_node("component:" + client) and g.has_node("pods:" + server)
                     and nx.has_path(g, "component:" + client, "pods:" + server), where,
                     "connection %s: %s does not reach the pods of %s through Gateway, route and Service" % (conn["id"], client, server))
    # Nothing routed that the design does not draw.
    for gw in cluster.of_kind("Gateway"):
        edge = gw["metadata"].get("annotations", {}).get("stackdraft.io/component")
        node = "gateway:" + gw["metadata"]["name"]
        reached = {n.split(":", 1)[1] for n in nx.descendants(g, node) if n.startswith("pods:")}
        if edge:
            allowed = {design.wire(c)[1] for c in design.connections if design.wire(c)[0] == edge}
        else:
            allowed = {cid for cid, c in design.components.items() if (c.get("properties") or {}).get("entryPoint")}
        report.check(reached <= allowed, where, "Gateway %s reaches %s, which the design does not put behind it" % (gw["metadata"]["name"], sorted(reached - allowed)))


def check_bypass(report, where, design, cluster):
    cloud = cluster.cloud()
    for svc in cluster.of_kind("Service"):
        report.check(svc["spec"].get("type", "ClusterIP") == "ClusterIP", where,
                     "Service %s is %s: public without the Gateway" % (svc["metadata"]["name"], svc["spec"].get("type")))
    report.check(not cluster.of_kind("Ingress"), where, "an Ingress bypasses the Gateways")
    routed = set()
    for kind in ("HTTPRoute", "GRPCRoute"):
        for r in cluster.of_kind(kind):
            for rule in r["spec"]["rules"]:
                for ref in rule["backendRefs"]:
                    svc = cluster.find("Service", ref["name"])
                    routed |= {cid for cid, w in cluster.workloads.items() if svc and service_reaches(svc, w)}
    for cid, w in cluster.workloads.items():
        for port in container_ports(w).values():
            report.check(not external_ingress(cluster, w, port) or cid in routed, where,
                         "%s admits traffic from outside the cluster on %d without a route to it" % (cid, port))
    for gw in cluster.of_kind("Gateway"):
        name = gw["metadata"]["name"]
        edge = gw["metadata"].get("annotations", {}).get("stackdraft.io/component")
        if not edge:
            continue
        front = design.front_of(edge)
        api_gateway_in_front = any(design.has_role(f, "gateway") for f in front)
        if cloud == "gcp" and design.has_role(edge, "gateway"):
            # Google Cloud: the drawn API gateway is GKE's global external Gateway (a global load balancer cannot
            # reach an internal one); the WAF drawn in front of it, also through a load balancer, protects it.
            report.check(gw["spec"]["gatewayClassName"] == "gke-l7-global-external-managed", where,
                         "Gateway %s of the API gateway is not GKE's external Gateway, so nothing public reaches it" % name)
            front = front + [b for f in front if design.has_role(f, "load-balancer") for b in design.front_of(f)]
        elif design.has_role(edge, "gateway") or api_gateway_in_front:
            if cloud == "aws":
                lbc = cluster.find("LoadBalancerConfiguration", name)
                report.check(lbc is not None and lbc["spec"]["scheme"] == "internal", where,
                             "Gateway %s is internet-facing, bypassing the API gateway in front" % name)
            elif cloud == "gcp":
                report.check(gw["spec"]["gatewayClassName"] == "gke-l7-rilb", where,
                             "Gateway %s is internet-facing, bypassing the API gateway in front" % name)
            else:
                report.check("no counterpart" in cluster.readme or "cannot make the Gateway internal" in cluster.readme, where,
                             "Gateway %s cannot be internal and the README does not say so" % name)
        waf = edge if design.components[edge]["kind"] == "waf" else next((f for f in front if design.components[f]["kind"] == "waf"), None)
        if not waf:
            continue
        if cloud == "aws":
            lbc = cluster.find("LoadBalancerConfiguration", name)
            report.check(lbc is not None and (lbc["spec"].get("wafV2") or {}).get("webACL"), where,
                         "Gateway %s: the WAF drawn in front is not attached" % name)
        elif cloud == "gcp":
            for kind in ("HTTPRoute", "GRPCRoute"):
                for r in cluster.of_kind(kind):
                    if any(p["name"] == name for p in r["spec"]["parentRefs"]):
                        for rule in r["spec"]["rules"]:
                            for ref in rule["backendRefs"]:
                                bp = cluster.find("GCPBackendPolicy", ref["name"])
                                report.check(bp is not None and bp["spec"]["default"].get("securityPolicy"), where,
                                             "Service %s behind Gateway %s has no Cloud Armor policy" % (ref["name"], name))
        elif cloud == "azure":
            report.check(any(p["spec"]["targetRef"]["name"] == name for p in cluster.of_kind("WebApplicationFirewallPolicy")), where,
                         "Gateway %s: the WAF drawn in front is not attached" % name)
        else:
            report.check("no counterpart" in cluster.readme, where, "Gateway %s: the WAF cannot be attached and the README does not say so" % name)


# The ports of the auth the Terraform export sets up, restated from the providers' documentation.
MANAGED_PORTS = {
    ("aws", "event-stream", "kafka"): 9098,   # MSK, IAM authentication
    ("aws", "relational-database", "postgresql"): 5432,
    ("aws", "cache", "redis"): 6379,
    ("gcp", "cache", "redis"): 6378,          # Memorystore with in-transit encryption
    ("gcp", "event-stream", "kafka"): 9092,   # Managed Service for Apache Kafka, SASL_SSL
    ("azure", "cache", "redis"): 6380,        # Azure Cache for Redis, TLS
    ("azure", "event-stream", "kafka"): 9093, # Event Hubs' Kafka endpoint
    ("azure", "relational-database", "postgresql"): 5432,
}
DEFAULT_ENGINE = {"event-stream": "kafka", "relational-database": "postgresql", "cache": "redis"}


def check_ports(report, where, design, cluster):
    cloud = cluster.cloud()
    for conn in design.connections:
        client, server = design.wire(conn)
        if client not in cluster.workloads or server in cluster.workloads:
            continue
        c = design.components[server]
        props = c.get("properties") or {}
        if props.get("hosting", "managed") != "managed":
            continue
        key = (cloud, c["kind"], props.get("engine", DEFAULT_ENGINE.get(c["kind"], "")))
        if key in MANAGED_PORTS:
            report.check(MANAGED_PORTS[key] in egress_ports_to_blocks(cluster, cluster.workloads[client]), where,
                         "connection %s: %s may not reach %s on %d" % (conn["id"], client, server, MANAGED_PORTS[key]))


# Documented fields of the custom resources (Gateway API v1, AWS Load Balancer Controller gateway.k8s.aws/v1beta1,
# GKE networking.gke.io/v1, Application Gateway for Containers alb.networking.azure.io/v1, VPC resource controller).
# A dict maps a field to its schema; a set lists allowed scalar values; str is any string; int any integer.
META = {"name": str, "namespace": str, "labels": dict, "annotations": dict}
LOCAL_REF = {"group": str, "kind": str, "name": str, "namespace": str, "sectionName": str}
PARENT_REF = {"group": str, "kind": str, "name": str, "namespace": str, "sectionName": str, "port": int}
BACKEND_REF = {"group": str, "kind": str, "name": str, "namespace": str, "port": int, "weight": int}
RELABEL = {"action": {"replace", "keep", "drop", "labelmap", "labeldrop", "labelkeep", "hashmod", "lowercase", "uppercase"},
           "sourceLabels": [str], "separator": str, "targetLabel": str, "regex": str, "replacement": str, "modulus": int}
SCHEMAS = {
    ("gateway.networking.k8s.io/v1", "GatewayClass"): {
        "spec": {"controllerName": str, "description": str, "parametersRef": LOCAL_REF}},
    ("gateway.networking.k8s.io/v1", "Gateway"): {
        "spec": {"gatewayClassName": str,
                 "infrastructure": {"labels": dict, "annotations": dict, "parametersRef": {"group": str, "kind": str, "name": str}},
                 "addresses": [{"type": str, "value": str}],
                 "listeners": [{"name": str, "hostname": str, "port": int, "protocol": {"HTTP", "HTTPS", "TLS", "TCP", "UDP"},
                                "tls": {"mode": {"Terminate", "Passthrough"}, "certificateRefs": [{"group": str, "kind": str, "name": str, "namespace": str}],
                                        "options": dict},
                                "allowedRoutes": {"namespaces": {"from": {"All", "Same", "Selector"}, "selector": dict}, "kinds": list}}]},
        "required": ["spec.gatewayClassName", "spec.listeners"]},
    ("gateway.networking.k8s.io/v1", "HTTPRoute"): {
        "spec": {"parentRefs": [PARENT_REF], "hostnames": [str],
                 "rules": [{"name": str, "matches": list, "filters": list, "backendRefs": [BACKEND_REF], "timeouts": dict}]},
        "required": ["spec.parentRefs", "spec.rules"]},
    ("gateway.networking.k8s.io/v1", "GRPCRoute"): {
        "spec": {"parentRefs": [PARENT_REF], "hostnames": [str],
                 "rules": [{"name": str, "matches": list, "filters": list, "backendRefs": [BACKEND_REF]}]},
        "required": ["spec.parentRefs", "spec.rules"]},
    ("gateway.k8s.aws/v1beta1", "LoadBalancerConfiguration"): {
        "spec": {"scheme": {"internal", "internet-facing"}, "securityGroups": [str], "manageBackendSecurityGroupRules": bool,
                 "listenerConfigurations": [{"protocolPort": str, "defaultCertificate": str, "certificates": [str], "sslPolicy": str}],
                 "wafV2": {"webACL": str}, "loadBalancerName": str, "ipAddressType": {"ipv4", "dualstack", "dualstack-without-public-ipv4"},
                 "sourceRanges": [str], "securityGroupPrefixes": [str]}},
    ("gateway.k8s.aws/v1beta1", "TargetGroupConfiguration"): {
        "spec": {"targetReference": {"group": str, "kind": str, "name": str},
                 "defaultConfiguration": {"targetType": {"ip", "instance"}, "protocolVersion": {"HTTP1", "HTTP2", "GRPC"},
                                          "healthCheckConfig": {"healthCheckPath": str, "healthCheckProtocol": {"http", "https", "tcp"},
                                                                "healthCheckPort": str, "healthCheckInterval": int, "healthCheckTimeout": int,
                                                                "healthyThresholdCount": int, "unhealthyThresholdCount": int,
                                                                "matcher": {"httpCode": str, "grpcCode": str}}}},
        "required": ["spec.targetReference.name"]},
    ("networking.gke.io/v1", "HealthCheckPolicy"): {
        "spec": {"default": {"config": {"type": {"HTTP", "HTTPS", "HTTP2", "GRPC", "TCP"},
                                        "httpHealthCheck": {"port": int, "requestPath": str, "host": str},
                                        "grpcHealthCheck": {"port": int, "grpcServiceName": str}},
                             "checkIntervalSec": int, "timeoutSec": int, "healthyThreshold": int, "unhealthyThreshold": int},
                 "targetRef": {"group": str, "kind": {"Service", "ServiceImport"}, "name": str}},
        "required": ["spec.default.config.type", "spec.targetRef.name"]},
    ("networking.gke.io/v1", "GCPBackendPolicy"): {
        "spec": {"default": {"securityPolicy": str, "timeoutSec": int, "logging": dict},
                 "targetRef": {"group": str, "kind": {"Service", "ServiceImport"}, "name": str}},
        "required": ["spec.targetRef.name"]},
    ("alb.networking.azure.io/v1", "WebApplicationFirewallPolicy"): {
        "spec": {"targetRef": {"group": str, "kind": {"Gateway", "HTTPRoute"}, "name": str, "namespace": str, "sectionNames": [str]},
                 "webApplicationFirewall": {"id": str}},
        "required": ["spec.targetRef.name", "spec.webApplicationFirewall.id"]},
    ("alb.networking.azure.io/v1", "HealthCheckPolicy"): {
        "spec": {"targetRef": {"group": str, "kind": str, "name": str, "namespace": str},
                 "default": {"interval": str, "timeout": str, "healthyThreshold": int, "unhealthyThreshold": int, "port": int,
                             "http": {"host": str, "path": str, "match": {"statusCodes": [{"start": int, "end": int}]}}, "grpc": {},
                             "useTLS": bool}},
        "required": ["spec.targetRef.name"]},
    # Prometheus Operator monitoring.coreos.com/v1 (the fields the export writes, as the operator documents them).
    ("monitoring.coreos.com/v1", "ServiceMonitor"): {
        "spec": {"selector": {"matchLabels": dict, "matchExpressions": list}, "namespaceSelector": {"matchNames": [str], "any": bool},
                 "jobLabel": str, "endpoints": [{"port": str, "targetPort": str, "path": str, "scheme": {"http", "https"}, "interval": str,
                                                 "scrapeTimeout": str, "relabelings": [RELABEL], "metricRelabelings": [RELABEL]}]},
        "required": ["spec.selector", "spec.endpoints"]},
    ("monitoring.coreos.com/v1", "Probe"): {
        "spec": {"jobName": str, "interval": str, "module": str, "prober": {"url": str, "scheme": {"http", "https"}, "path": str},
                 "targets": {"staticConfig": {"static": [str], "labels": dict, "relabelingConfigs": [RELABEL]}}},
        "required": ["spec.prober.url", "spec.targets.staticConfig.static"]},
    ("monitoring.coreos.com/v1", "PrometheusRule"): {
        "spec": {"groups": [{"name": str, "interval": str, "rules": [{"record": str, "alert": str, "expr": str, "for": str,
                                                                      "labels": dict, "annotations": dict}]}]},
        "required": ["spec.groups"]},
    ("vpcresources.k8s.aws/v1beta1", "SecurityGroupPolicy"): {
        "spec": {"podSelector": dict, "serviceAccountSelector": dict, "securityGroups": {"groupIds": [str]}},
        "required": ["spec.securityGroups.groupIds"]},
}


def check_shape(value, schema, path, problems):
    if schema is str:
        if not isinstance(value, str):
            problems.append("%s: not a string" % path)
    elif schema is int:
        if not isinstance(value, int) or isinstance(value, bool):
            problems.append("%s: not an integer" % path)
    elif schema is bool:
        if not isinstance(value, bool):
            problems.append("%s: not a boolean" % path)
    elif schema is dict:
        if not isinstance(value, dict):
            problems.append("%s: not a map" % path)
    elif schema is list:
        if not isinstance(value, list):
            problems.append("%s: not a list" % path)
    elif isinstance(schema, set):
        if value not in schema:
            problems.append("%s: %r is not one of %s" % (path, value, sorted(schema)))
    elif isinstance(schema, list):
        if not isinstance(value, list):
            problems.append("%s: not a list" % path)
        else:
            for i, item in enumerate(value):
                check_shape(item, schema[0], "%s[%d]" % (path, i), problems)
    elif isinstance(schema, dict):
        if not isinstance(value, dict):
            problems.append("%s: not a map" % path)
            return
        for key, item in value.items():
            if key not in schema:
                problems.append("%s.%s: unknown field" % (path, key))
            else:
                check_shape(item, schema[key], "%s.%s" % (path, key), problems)


def check_crds(report, where, cluster):
    for o in cluster.objects:
        key = (o["apiVersion"], o["kind"])
        if "." not in o["apiVersion"].split("/")[0] or o["apiVersion"].startswith(("networking.k8s.io/", "storage.k8s.io/")):
            continue  # built-in kinds: validate-k8s checks them
        schema = SCHEMAS.get(key)
        report.check(schema is not None, where, "%s %s: a custom resource this check does not know" % key)
        if schema is None:
            continue
        problems = []
        top = {"apiVersion": str, "kind": str, "metadata": META, "spec": schema["spec"]}
        check_shape(o, top, o["kind"], problems)
        for required in schema.get("required", []):
            node = o
            for part in required.split("."):
                node = node.get(part) if isinstance(node, dict) else None
            if node in (None, [], ""):
                problems.append("%s: %s is required" % (o["kind"], required))
        if o["kind"] == "Gateway":
            for l in o["spec"]["listeners"]:
                tls = l.get("tls")
                if l["protocol"] in ("HTTP", "TCP", "UDP"):
                    problems.append("Gateway: tls on a %s listener" % l["protocol"]) if tls else None
                if tls and tls.get("mode", "Terminate") == "Terminate" and not (tls.get("certificateRefs") or tls.get("options")):
                    problems.append("Gateway: certificateRefs or options must be specified when mode is Terminate")
        namespaced = o["kind"] != "GatewayClass"
        if namespaced and not o["metadata"].get("namespace"):
            problems.append("%s: no namespace" % o["kind"])
        for p in problems:
            report.check(False, where, "%s %s: %s" % (o["kind"], o["metadata"]["name"], p))
        report.check(True, where, "")


def field(obj, path):
    """Reads a kustomize field path (a.b.0.[x.y/z]) from an object."""
    parts = re.findall(r"\[[^\]]+\]|[^.]+", path)
    node = obj
    for part in parts:
        part = part[1:-1] if part.startswith("[") else part
        node = node[int(part)] if isinstance(node, list) else node.get(part)
    return node


def check_values(report, where, cluster):
    markers = set()
    for text in cluster.files.values():
        markers |= set(re.findall(r"\$\{([A-Z0-9_]+)\}", text))
    targets = {}
    for r in cluster.kustomization.get("replacements", []):
        key = r["source"]["fieldPath"].split(".", 1)[1]
        for t in r["targets"]:
            obj = cluster.find(t["select"]["kind"], t["select"]["name"])
            report.check(obj is not None, where, "replacement of %s targets a missing %s %s" % (key, t["select"]["kind"], t["select"]["name"]))
            for path in t["fieldPaths"]:
                value = field(obj, path) if obj else None
                report.check(value == "${%s}" % key, where, "replacement of %s: %s %s %s holds %r" % (key, t["select"]["kind"], t["select"]["name"], path, value))
                targets[key] = targets.get(key, 0) + 1
    uses = {}
    for text in cluster.files.values():
        for m in re.findall(r"\$\{([A-Z0-9_]+)\}", text):
            uses[m] = uses.get(m, 0) + 1
    for key in sorted(markers):
        report.check(targets.get(key) == uses[key], where, "%s is used %d times but replaced %d times" % (key, uses[key], targets.get(key, 0)))
        report.check("`%s`" % key in cluster.readme, where, "%s is not explained in the README" % key)
    gen = cluster.kustomization.get("configMapGenerator", [])
    report.check(bool(gen) == bool(markers), where, "cloud values generator and the values used disagree")


def under(path, root):
    return path == root or path.startswith(root.rstrip("/") + "/")


# Settings and flags that name a folder the engine writes (PGDATA, KAFKA_LOG_DIRS, --datadir=...).
FOLDER_SETTING = re.compile(r"(DIR|DATA|PATH)", re.I)
# Engines that refuse a data folder holding lost+found: the setting must point inside the volume.
NOT_AT_VOLUME_ROOT = {"KAFKA_LOG_DIRS", "--datadir"}


def container_settings(cluster, container):
    """(name, value) of the container's env, envFrom ConfigMaps and --flag=value arguments."""
    pairs = [(e["name"], e.get("value", "")) for e in container.get("env") or []]
    for ref in container.get("envFrom") or []:
        cm = cluster.find("ConfigMap", (ref.get("configMapRef") or {}).get("name"))
        if cm:
            pairs += list((cm.get("data") or {}).items())
    for arg in container.get("args") or []:
        if arg.startswith("--") and "=" in arg:
            pairs.append(tuple(arg.split("=", 1)))
    return pairs


def check_writable(report, where, cluster, engines):
    for cid, w in cluster.workloads.items():
        spec = pod_template(w)["spec"]
        volumes = {v["name"]: v for v in spec.get("volumes") or []}
        claims = {c["metadata"]["name"] for c in (w["spec"].get("volumeClaimTemplates") or [])}
        inits = spec.get("initContainers") or []
        for c in inits + spec["containers"]:
            if not (c.get("securityContext") or {}).get("readOnlyRootFilesystem"):
                continue
            name = "%s container %s" % (w["metadata"]["name"], c["name"])
            writable = {}
            for m in c.get("volumeMounts") or []:
                if m.get("readOnly"):
                    continue
                if m["name"] in claims or "emptyDir" in volumes.get(m["name"], {}):
                    writable[m["mountPath"]] = m["name"]

            def mount_of(path):
                best = [root for root in writable if under(path, root)]
                return max(best, key=len) if best else None

            engine = engines.get(c["image"].rsplit(":", 1)[0]) if c not in inits else None
            if engine is not None:
                for path in engine.get("writes", []):
                    report.check(mount_of(path) is not None, where,
                                 "%s: %s writes %s, which is on the read-only root filesystem" % (name, c["image"], path))
                for path in engine.get("seeded", []):
                    root = mount_of(path)
                    if root is None:
                        continue
                    volume = writable[root]
                    seeds = [i for i in inits if i["image"] == c["image"]
                             and any(m["name"] == volume for m in i.get("volumeMounts") or [])
                             and any(a.rstrip("/") in (path + "/.", path) for a in (i.get("command") or []) + (i.get("args") or []))]
                    report.check("emptyDir" not in volumes.get(volume, {}) or bool(seeds), where,
                                 "%s: the emptyDir at %s hides the files %s ships there, and no init container copies them in"
                                 % (name, path, c["image"]))
            for key, value in container_settings(cluster, c):
                if not FOLDER_SETTING.search(key) or not str(value).startswith("/") or str(value).startswith("/etc/"):
                    continue
                root = mount_of(str(value))
                report.check(root is not None, where, "%s: %s=%s is not writable" % (name, key, value))
                if key in NOT_AT_VOLUME_ROOT and root is not None:
                    report.check(writable[root] not in claims or value.rstrip("/") != root.rstrip("/"), where,
                                 "%s: %s=%s is the volume's root, which holds lost+found on a fresh filesystem" % (name, key, value))


# ---------------------------------------------------------------------------------------------


def self_test_writable(report, cluster, engines):
    """The writable check must catch a missing mount, a seed-less emptyDir and log.dirs at the volume root."""
    def mutated(change):
        c = copy.deepcopy(cluster)
        change(c)
        return c

    def spec_of(c, cid):
        return pod_template(c.workloads[cid])["spec"]

    def drop_kafka_config(c):
        ctr = spec_of(c, "kafka")["containers"][0]
        ctr["volumeMounts"] = [m for m in ctr["volumeMounts"] if m["mountPath"] != "/opt/kafka/config"]

    def drop_seed(c):
        spec_of(c, "os").pop("initContainers", None)

    def log_dirs_at_root(c):
        for o in c.objects:
            if o["kind"] == "ConfigMap" and "KAFKA_LOG_DIRS" in (o.get("data") or {}):
                o["data"]["KAFKA_LOG_DIRS"] = "/var/lib/kafka/data"

    for change in (drop_kafka_config, drop_seed, log_dirs_at_root):
        r = Report()
        check_writable(r, "self-test", mutated(change), engines)
        report.check(bool(r.failures), "self-test", "the check misses a broken export (%s)" % change.__name__)


def self_test(report, design, cluster):
    """Each check must catch a broken export: mutate a copy and expect a failure."""
    def mutated(change):
        c = copy.deepcopy(cluster)
        change(c)
        return c

    def first(c, kind, name=None):
        return next(o for o in c.objects if o["kind"] == kind and (name is None or o["metadata"]["name"] == name))

    def drop_ingress(c):
        first(c, "NetworkPolicy", "ledger")["spec"]["ingress"].pop(0)

    def public_gateway(c):
        first(c, "LoadBalancerConfiguration")["spec"]["scheme"] = "internet-facing"

    def msk_9092(c):
        for rule in first(c, "NetworkPolicy", "transactions")["spec"]["egress"]:
            for port in rule.get("ports") or []:
                if port["port"] == 9098:
                    port["port"] = 9092

    def unknown_field(c):
        first(c, "Gateway")["spec"]["listeners"][0]["hostnames"] = ["x"]

    def load_balancer_service(c):
        first(c, "Service", "bff")["spec"]["type"] = "LoadBalancer"

    def drop_route(c):
        c.objects.remove(first(c, "HTTPRoute"))

    def escalate(c):
        w = c.workloads["ledger"]
        pod_template(w)["spec"]["containers"][0]["securityContext"]["allowPrivilegeEscalation"] = True

    def extra_caller(c):
        rule = first(c, "NetworkPolicy", "ledger")["spec"]["ingress"][0]
        rule["from"].append({"podSelector": {"matchLabels": {"app.kubernetes.io/name": "kyc"}}})

    cases = [(drop_ingress, lambda c, r: check_wiring(r, "self-test", design, c)),
             (extra_caller, lambda c, r: check_wiring(r, "self-test", design, c)),
             (public_gateway, lambda c, r: check_bypass(r, "self-test", design, c)),
             (load_balancer_service, lambda c, r: check_bypass(r, "self-test", design, c)),
             (msk_9092, lambda c, r: check_ports(r, "self-test", design, c)),
             (unknown_field, lambda c, r: check_crds(r, "self-test", c)),
             (drop_route, lambda c, r: check_entry(r, "self-test", design, c)),
             (escalate, lambda c, r: check_pss(r, "self-test", c))]
    for change, run in cases:
        r = Report()
        run(mutated(change), r)
        report.check(bool(r.failures), "self-test", "the check misses a broken export (%s)" % change.__name__)


def variant(path, provider, tmp):
    """The design with its cloud zones moved to another provider."""
    with open(path, encoding="utf-8") as f:
        data = yaml.safe_load(f)
    data = copy.deepcopy(data)
    for z in data.get("zones", []):
        if z["kind"] == "cloud":
            z.setdefault("properties", {})["provider"] = provider
    out = os.path.join(tmp, "%s-%s.stackdraft.yaml" % (os.path.basename(path).split(".")[0], provider))
    with open(out, "w", encoding="utf-8") as f:
        yaml.safe_dump(data, f, sort_keys=False)
    return out


def load_objects(folder):
    objects = []
    for name in sorted(os.listdir(folder)):
        if name.endswith(".yaml") and name != "kustomization.yaml":
            with open(os.path.join(folder, name), encoding="utf-8") as f:
                objects += [d for d in yaml.safe_load_all(f) if isinstance(d, dict)]
    return objects


def metric_jobs(expr):
    return set(re.findall(r'job="([^"]+)"', expr))


def check_operator(report, where, design, cluster, folder):
    """The Prometheus Operator folder: every HTTP workload of the cluster is scraped by a ServiceMonitor that selects its
    Service and port and relabels job to the component id, the job its PrometheusRule selects; every probe-based rule has
    a Probe with that job; a NetworkPolicy admits Prometheus (and the blackbox exporter where probed) in the namespace
    monitoring on the port; the rules pass promtool check rules. Also every resource has the operator's schema."""
    objects = load_objects(folder)
    ops = types.SimpleNamespace(objects=objects)
    check_crds(report, where, ops)
    monitors = [o for o in objects if o["kind"] == "ServiceMonitor"]
    rules = [o for o in objects if o["kind"] == "PrometheusRule"]
    probes = {o["spec"]["jobName"]: o for o in objects if o["kind"] == "Probe"}
    policies = [o for o in objects if o["kind"] == "NetworkPolicy"]
    services = {o["metadata"]["name"]: o for o in cluster.of_kind("Service")}
    for cid, workload in cluster.workloads.items():
        name, ns = workload["metadata"]["name"], workload["metadata"]["namespace"]
        svc = services.get(name)
        http = svc and [p for p in svc["spec"]["ports"] if p.get("name") == "http"]
        if not http or workload["kind"] != "Deployment":
            continue
        sm = [m for m in monitors if all((svc["metadata"].get("labels") or {}).get(k) == v
                                         for k, v in m["spec"]["selector"]["matchLabels"].items())
              and ns in m["spec"].get("namespaceSelector", {}).get("matchNames", [])]
        report.check(len(sm) == 1, where, "%s: %d ServiceMonitors select its Service" % (name, len(sm)))
        if len(sm) != 1:
            continue
        ep = sm[0]["spec"]["endpoints"][0]
        report.check(ep.get("port") == "http", where, "%s: the ServiceMonitor scrapes port %s, not the Service's http" % (name, ep.get("port")))
        job = [r.get("replacement") for r in ep.get("relabelings", []) if r.get("targetLabel") == "job"]
        report.check(job == [cid], where, "%s: scraped as job %s, not as the component id %s" % (name, job, cid))
        mine = [r for r in rules if (r["metadata"].get("labels") or {}).get("app.kubernetes.io/name") == name]
        report.check(len(mine) == 1, where, "%s: %d PrometheusRules" % (name, len(mine)))
        if len(mine) != 1:
            continue
        exprs = [rule["expr"] for g in mine[0]["spec"]["groups"] for rule in g["rules"]]
        report.check(any(rule.get("alert") for g in mine[0]["spec"]["groups"] for rule in g["rules"]), where, "%s: no alert" % name)
        for job_name in set().union(*[metric_jobs(e) for e in exprs]):
            if job_name == cid:
                continue
            report.check(job_name == cid + "-probe" and job_name in probes, where,
                         "%s: a rule reads job %s, which nothing scrapes" % (name, job_name))
        target_port = next((p.get("targetPort") for p in http), None)
        port = next((c["ports"][0]["containerPort"] for c in workload["spec"]["template"]["spec"]["containers"]
                     if any(p.get("name") == target_port or p.get("containerPort") == target_port for p in c.get("ports", []))), None)
        peers = set()
        for pol in policies:
            if (pol["spec"]["podSelector"].get("matchLabels") or {}).get("app.kubernetes.io/name") != name:
                continue
            for rule in pol["spec"].get("ingress", []):
                if port in [p.get("port") for p in rule.get("ports", [])]:
                    for peer in rule.get("from", []):
                        if (peer.get("namespaceSelector", {}).get("matchLabels") or {}).get("kubernetes.io/metadata.name") == "monitoring":
                            peers.add((peer.get("podSelector", {}).get("matchLabels") or {}).get("app.kubernetes.io/name"))
        report.check("prometheus" in peers, where, "%s: no NetworkPolicy lets Prometheus reach port %s" % (name, port))
        if cid + "-probe" in probes:
            report.check("prometheus-blackbox-exporter" in peers, where, "%s: the blackbox exporter may not probe port %s" % (name, port))
            target = probes[cid + "-probe"]["spec"]["targets"]["staticConfig"]["static"][0]
            report.check(target.startswith("http://%s.%s.svc:%s/" % (name, ns, port)), where,
                         "%s: the probe calls %s, not the Service" % (name, target))
    for rule in rules if shutil.which("promtool") else []:  # one file each, as the operator loads them
        with tempfile.NamedTemporaryFile("w", suffix=".yml", delete=False) as f:
            yaml.safe_dump({"groups": rule["spec"]["groups"]}, f)
        r = subprocess.run(["promtool", "check", "rules", f.name], capture_output=True, text=True)
        os.unlink(f.name)
        report.check(r.returncode == 0 and "FAILED" not in r.stdout, where,
                     "%s: promtool check rules: %s%s" % (rule["metadata"]["name"], r.stdout, r.stderr))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", required=True)
    parser.add_argument("--catalog", required=True)
    parser.add_argument("--variants", nargs="*", default=[], help="designs also checked on gcp and azure")
    parser.add_argument("designs", nargs="+")
    args = parser.parse_args()
    roles = load_catalog(args.catalog)
    engines = load_engines(args.catalog)
    report = Report()
    with tempfile.TemporaryDirectory() as tmp:
        designs = list(args.designs)
        for v in args.variants:
            designs += [variant(v, "gcp", tmp), variant(v, "azure", tmp)]
        exported = 0
        operator_checked = 0
        self_tested = False
        writable_tested = False
        for path in designs:
            name = os.path.basename(path).split(".")[0]
            out = os.path.join(tmp, "out-" + name)
            r = subprocess.run([args.cli, "export", "kubernetes", path, "-o", out], capture_output=True, text=True)
            if r.returncode != 0:
                if "nothing in this design runs in containers" in r.stderr:
                    continue
                report.check(False, name, "export failed: " + r.stderr.strip())
                continue
            exported += 1
            design = Design(path, roles)
            folders = [root for root, _, files in os.walk(out) if "kustomization.yaml" in files
                       and os.path.basename(root) != "prometheus-operator"]
            for folder in sorted(folders):
                where = "%s/%s" % (name, os.path.relpath(folder, out))
                cluster = Cluster(folder)
                check_pss(report, where, cluster)
                check_wiring(report, where, design, cluster)
                check_entry(report, where, design, cluster)
                check_bypass(report, where, design, cluster)
                check_ports(report, where, design, cluster)
                check_crds(report, where, cluster)
                check_values(report, where, cluster)
                check_writable(report, where, cluster, engines)
                operator = os.path.join(folder, "prometheus-operator")
                if os.path.isdir(operator):
                    check_operator(report, where + "/prometheus-operator", design, cluster, operator)
                    operator_checked += 1
                if name == "engines":
                    self_test_writable(report, cluster, engines)
                    writable_tested = True
                if name == "fintech-p2p":
                    self_test(report, design, cluster)
                    self_tested = True
        report.check(exported >= 8, "all", "only %d designs exported" % exported)
        report.check(operator_checked >= 3, "all", "only %d Prometheus Operator folders checked" % operator_checked)
        report.check(self_tested, "all", "the fintech example was not exported, so the checks were not tested")
        report.check(writable_tested, "all", "the engines design was not exported, so the writable check was not tested")
    for f in report.failures:
        print("FAIL " + f)
    print("%d passed, %d failed" % (report.passed, len(report.failures)))
    return 1 if report.failures else 0


if __name__ == "__main__":
    sys.exit(main())
