// SPDX-License-Identifier: MIT
#include "k8sgatewaydocs.h"

#include "exporter.h"
#include "k8syaml.h"

namespace sd::k8s {

using namespace detail;

namespace {

void gatewayLabels(YamlWriter &out, const Plan &plan, const Gateway &g)
{
    out << yaml::Key << "labels" << yaml::Value << yaml::BeginMap;
    kvs(out, "app.kubernetes.io/name", g.name);
    kv(out, "app.kubernetes.io/component", "gateway");
    kvs(out, "app.kubernetes.io/part-of", plan.partOf);
    kv(out, "app.kubernetes.io/managed-by", "stackdraft");
    out << yaml::EndMap;
}

/// apiVersion, kind and metadata of a Gateway's own objects; leaves the top-level map open.
void gatewayHeader(YamlWriter &out, const char *apiVersion, const char *kind, const Plan &plan, const Gateway &g,
                   const Annotations &annotations = {})
{
    out << yaml::BeginMap;
    kv(out, "apiVersion", apiVersion);
    kv(out, "kind", kind);
    out << yaml::Key << "metadata" << yaml::Value << yaml::BeginMap;
    kvs(out, "name", g.name);
    kvs(out, "namespace", plan.ns);
    gatewayLabels(out, plan, g);
    writeAnnotations(out, annotations);
    out << yaml::EndMap;
}

void serviceRef(YamlWriter &out, const Plan &plan, const QString &service, bool withNamespace)
{
    out << yaml::Key << "targetRef" << yaml::Value << yaml::BeginMap;
    out << yaml::Key << "group" << yaml::Value << yaml::DoubleQuoted << "";
    kv(out, "kind", "Service");
    kvs(out, "name", service);
    if (withNamespace)
        kvs(out, "namespace", plan.ns);
    out << yaml::EndMap;
}

Document gatewayClass(const char *name, const char *controller, const QString &comment)
{
    YamlWriter out;
    out << ownLineComment(comment);
    out << yaml::BeginMap;
    kv(out, "apiVersion", "gateway.networking.k8s.io/v1");
    kv(out, "kind", "GatewayClass");
    out << yaml::Key << "metadata" << yaml::Value << yaml::BeginMap;
    kv(out, "name", name);
    out << yaml::Key << "labels" << yaml::Value << yaml::BeginMap;
    kv(out, "app.kubernetes.io/managed-by", "stackdraft");
    out << yaml::EndMap << yaml::EndMap;
    out << yaml::Key << "spec" << yaml::Value << yaml::BeginMap;
    kv(out, "controllerName", controller);
    out << yaml::EndMap;
    return finish(out);
}

QString frontText(const Gateway &g)
{
    if (g.componentId.isEmpty())
        return fileText("workloads marked as entry point, reached directly from the internet");
    QString text = fileText("%1 (%2)").arg(g.componentName, g.componentId);
    if (!g.inFront.isEmpty())
        text += fileText(", behind %1").arg(g.inFront.join(QStringLiteral(", ")));
    return text;
}

Document gateway(const Plan &plan, const Gateway &g)
{
    const QString p = g.valuePrefix;
    Annotations annotations;
    if (!g.componentId.isEmpty())
        annotations.emplace_back(QStringLiteral("stackdraft.io/component"), g.componentId);
    if (plan.cloud == Cloud::Gcp && g.internetFacing)
        annotations.emplace_back(QStringLiteral("networking.gke.io/certmap"), marker(p + QStringLiteral("_CERTIFICATE")));
    if (plan.cloud == Cloud::Azure)
        annotations.emplace_back(QStringLiteral("alb.networking.azure.io/alb-id"), marker(p + QStringLiteral("_ALB_ID")));
    YamlWriter out;
    out << ownLineComment(fileText("The cluster's side of %1: %2 (%3).")
                              .arg(frontText(g), g.internetFacing ? fileText("internet-facing") : fileText("internal"),
                                   g.className));
    gatewayHeader(out, "gateway.networking.k8s.io/v1", "Gateway", plan, g, annotations);
    out << yaml::Key << "spec" << yaml::Value << yaml::BeginMap;
    kvs(out, "gatewayClassName", g.className);
    if (plan.cloud == Cloud::Aws) {
        out << yaml::Key << "infrastructure" << yaml::Value << yaml::BeginMap << yaml::Key << "parametersRef" << yaml::Value
            << yaml::BeginMap;
        kv(out, "group", "gateway.k8s.aws");
        kv(out, "kind", "LoadBalancerConfiguration");
        kvs(out, "name", g.name);
        out << yaml::EndMap << yaml::EndMap;
    }
    if (plan.cloud == Cloud::Azure) {
        out << yaml::Key << "addresses" << yaml::Value << yaml::BeginSeq << yaml::BeginMap;
        kv(out, "type", "alb.networking.azure.io/alb-frontend");
        kvs(out, "value", marker(p + QStringLiteral("_FRONTEND")));
        out << yaml::EndMap << yaml::EndSeq;
    }
    out << yaml::Key << "listeners" << yaml::Value << yaml::BeginSeq << yaml::BeginMap;
    kv(out, "name", "https");
    kv(out, "protocol", "HTTPS");
    kv(out, "port", 443);
    // AWS takes the certificate from the LoadBalancerConfiguration, GKE's global load balancer
    // from the certificate map annotation; the others terminate TLS with a referenced certificate.
    if (plan.cloud == Cloud::Gcp && !g.internetFacing) {
        out << yaml::Key << "tls" << yaml::Value << yaml::BeginMap;
        kv(out, "mode", "Terminate");
        out << yaml::Key << "options" << yaml::Value << yaml::BeginMap;
        kvs(out, "networking.gke.io/pre-shared-certs", marker(p + QStringLiteral("_CERTIFICATE")));
        out << yaml::EndMap << yaml::EndMap;
    } else if (plan.cloud == Cloud::Azure || plan.cloud == Cloud::Generic) {
        out << yaml::Key << "tls" << yaml::Value << yaml::BeginMap;
        kv(out, "mode", "Terminate");
        out << ownLineComment(fileText("create this Secret with the certificate of the routes' hostnames (kubectl create secret tls)"));
        out << yaml::Key << "certificateRefs" << yaml::Value << yaml::BeginSeq << yaml::BeginMap;
        kv(out, "kind", "Secret");
        kvs(out, "name", g.name + QStringLiteral("-tls"));
        out << yaml::EndMap << yaml::EndSeq << yaml::EndMap;
    }
    out << yaml::Key << "allowedRoutes" << yaml::Value << yaml::BeginMap << yaml::Key << "namespaces" << yaml::Value
        << yaml::BeginMap;
    kv(out, "from", "Same");
    out << yaml::EndMap << yaml::EndMap;
    out << yaml::EndMap << yaml::EndSeq;
    out << yaml::EndMap;
    return finish(out);
}

Document loadBalancerConfiguration(const Plan &plan, const Gateway &g)
{
    const QString p = g.valuePrefix;
    YamlWriter out;
    gatewayHeader(out, "gateway.k8s.aws/v1beta1", "LoadBalancerConfiguration", plan, g);
    out << yaml::Key << "spec" << yaml::Value << yaml::BeginMap;
    // A fixed name, so that the Terraform export can find the load balancer the controller makes
    // (data "aws_lb"), e.g. for the API gateway's VPC link integration.
    kvs(out, "loadBalancerName", loadBalancerName(plan, g));
    kv(out, "scheme", g.internetFacing ? "internet-facing" : "internal");
    out << ownLineComment(fileText("admits only what the design draws in front: %1")
                              .arg(g.inFront.isEmpty() ? fileText("the internet") : g.inFront.join(QStringLiteral(", "))));
    out << yaml::Key << "securityGroups" << yaml::Value << yaml::BeginSeq;
    scalar(out, marker(p + QStringLiteral("_SECURITY_GROUP")));
    out << yaml::EndSeq;
    kv(out, "manageBackendSecurityGroupRules", true);
    out << yaml::Key << "listenerConfigurations" << yaml::Value << yaml::BeginSeq << yaml::BeginMap;
    kv(out, "protocolPort", "HTTPS:443");
    kvs(out, "defaultCertificate", marker(p + QStringLiteral("_CERTIFICATE")));
    kv(out, "sslPolicy", "ELBSecurityPolicy-TLS13-1-2-2021-06");
    out << yaml::EndMap << yaml::EndSeq;
    if (!g.wafId.isEmpty()) {
        out << yaml::Key << "wafV2" << yaml::Value << yaml::BeginMap;
        kvs(out, "webACL", marker(p + QStringLiteral("_WAF")));
        out << yaml::EndMap;
    }
    out << yaml::EndMap;
    return finish(out);
}

Document wafPolicy(const Plan &plan, const Gateway &g)
{
    YamlWriter out;
    gatewayHeader(out, "alb.networking.azure.io/v1", "WebApplicationFirewallPolicy", plan, g);
    out << yaml::Key << "spec" << yaml::Value << yaml::BeginMap;
    out << yaml::Key << "targetRef" << yaml::Value << yaml::BeginMap;
    kv(out, "group", "gateway.networking.k8s.io");
    kv(out, "kind", "Gateway");
    kvs(out, "name", g.name);
    kvs(out, "namespace", plan.ns);
    out << yaml::EndMap;
    out << yaml::Key << "webApplicationFirewall" << yaml::Value << yaml::BeginMap;
    kvs(out, "id", marker(g.valuePrefix + QStringLiteral("_WAF")));
    out << yaml::EndMap << yaml::EndMap;
    return finish(out);
}

Document route(const Plan &plan, const Workload &w, const Gateway &g, const Route &r)
{
    YamlWriter out;
    out << ownLineComment(r.connectionId.isEmpty()
                              ? fileText("entry point: the internet reaches %1 through the Gateway %2").arg(w.name, g.name)
                              : fileText("connection %1: %2 -> %3").arg(r.connectionId, g.componentName, w.component->name));
    header(out, "gateway.networking.k8s.io/v1", r.grpc ? "GRPCRoute" : "HTTPRoute", r.name, plan, &w);
    out << yaml::Key << "spec" << yaml::Value << yaml::BeginMap;
    out << yaml::Key << "parentRefs" << yaml::Value << yaml::BeginSeq << yaml::BeginMap;
    kvs(out, "name", g.name);
    kv(out, "sectionName", "https");
    out << yaml::EndMap << yaml::EndSeq;
    out << yaml::Key << "hostnames" << yaml::Value << yaml::BeginSeq;
    scalar(out, r.host);
    out << yaml::EndSeq;
    out << yaml::Key << "rules" << yaml::Value << yaml::BeginSeq << yaml::BeginMap;
    out << yaml::Key << "backendRefs" << yaml::Value << yaml::BeginSeq << yaml::BeginMap;
    kvs(out, "name", w.name);
    kv(out, "port", r.port);
    out << yaml::EndMap << yaml::EndSeq << yaml::EndMap << yaml::EndSeq;
    out << yaml::EndMap;
    return finish(out);
}

bool grpcBackend(const Workload &w) { return w.portName == QLatin1String("grpc"); }

Document targetGroupConfiguration(const Plan &plan, const Workload &w)
{
    YamlWriter out;
    out << ownLineComment(fileText("the load balancer sends requests to the pods directly and checks their readiness"));
    header(out, "gateway.k8s.aws/v1beta1", "TargetGroupConfiguration", w.name, plan, &w);
    out << yaml::Key << "spec" << yaml::Value << yaml::BeginMap;
    out << yaml::Key << "targetReference" << yaml::Value << yaml::BeginMap;
    kvs(out, "name", w.name);
    out << yaml::EndMap;
    out << yaml::Key << "defaultConfiguration" << yaml::Value << yaml::BeginMap;
    kv(out, "targetType", "ip");
    kv(out, "protocolVersion", grpcBackend(w) ? "GRPC" : "HTTP1");
    out << yaml::Key << "healthCheckConfig" << yaml::Value << yaml::BeginMap;
    kvs(out, "healthCheckPath", grpcBackend(w) ? QStringLiteral("/grpc.health.v1.Health/Check") : w.readiness.path);
    kv(out, "healthCheckProtocol", "http");
    kv(out, "healthCheckInterval", 10);
    kv(out, "healthCheckTimeout", 5);
    kv(out, "healthyThresholdCount", 2);
    kv(out, "unhealthyThresholdCount", 3);
    out << yaml::Key << "matcher" << yaml::Value << yaml::BeginMap;
    if (grpcBackend(w))
        out << yaml::Key << "grpcCode" << yaml::Value << yaml::DoubleQuoted << "0";
    else
        out << yaml::Key << "httpCode" << yaml::Value << yaml::DoubleQuoted << "200-399";
    out << yaml::EndMap << yaml::EndMap << yaml::EndMap << yaml::EndMap;
    return finish(out);
}

Document gkeHealthCheck(const Plan &plan, const Workload &w)
{
    YamlWriter out;
    out << ownLineComment(fileText("the load balancer checks the pods' readiness, not \"/\""));
    header(out, "networking.gke.io/v1", "HealthCheckPolicy", w.name, plan, &w);
    out << yaml::Key << "spec" << yaml::Value << yaml::BeginMap;
    out << yaml::Key << "default" << yaml::Value << yaml::BeginMap << yaml::Key << "config" << yaml::Value << yaml::BeginMap;
    if (grpcBackend(w)) {
        kv(out, "type", "GRPC");
        out << yaml::Key << "grpcHealthCheck" << yaml::Value << yaml::BeginMap;
        kv(out, "port", w.port);
        kvs(out, "grpcServiceName", w.readiness.path);
    } else {
        kv(out, "type", "HTTP");
        out << yaml::Key << "httpHealthCheck" << yaml::Value << yaml::BeginMap;
        kv(out, "port", w.port);
        kvs(out, "requestPath", w.readiness.path);
    }
    out << yaml::EndMap << yaml::EndMap << yaml::EndMap;
    serviceRef(out, plan, w.name, false);
    out << yaml::EndMap;
    return finish(out);
}

Document gkeBackendPolicy(const Plan &plan, const Workload &w, const Gateway &g)
{
    YamlWriter out;
    out << ownLineComment(fileText("Cloud Armor for the WAF drawn in front of %1").arg(g.componentName));
    header(out, "networking.gke.io/v1", "GCPBackendPolicy", w.name, plan, &w);
    out << yaml::Key << "spec" << yaml::Value << yaml::BeginMap;
    out << yaml::Key << "default" << yaml::Value << yaml::BeginMap;
    kvs(out, "securityPolicy", marker(g.valuePrefix + QStringLiteral("_WAF")));
    out << yaml::EndMap;
    serviceRef(out, plan, w.name, false);
    out << yaml::EndMap;
    return finish(out);
}

Document agcHealthCheck(const Plan &plan, const Workload &w)
{
    YamlWriter out;
    // Without a policy AGC falls back to the pod's readiness probe only when it is an HTTP GET, and
    // otherwise to GET / : a gRPC server answers neither, so every pod would be marked unhealthy.
    if (grpcBackend(w))
        out << ownLineComment(fileText("the load balancer asks the pods' gRPC health service (grpc.health.v1, the server's overall status)"));
    else
        out << ownLineComment(fileText("the load balancer checks the pods' readiness"));
    header(out, "alb.networking.azure.io/v1", "HealthCheckPolicy", w.name, plan, &w);
    out << yaml::Key << "spec" << yaml::Value << yaml::BeginMap;
    serviceRef(out, plan, w.name, true);
    out << yaml::Key << "default" << yaml::Value << yaml::BeginMap;
    kv(out, "interval", "10s");
    kv(out, "timeout", "5s");
    kv(out, "healthyThreshold", 2);
    kv(out, "unhealthyThreshold", 3);
    if (grpcBackend(w)) {
        out << yaml::Key << "grpc" << yaml::Value << yaml::Flow << yaml::BeginMap << yaml::EndMap; // AGC: "the value must be {}"
        out << yaml::EndMap << yaml::EndMap;
        return finish(out);
    }
    out << yaml::Key << "http" << yaml::Value << yaml::BeginMap;
    kvs(out, "path", w.readiness.path);
    out << yaml::Key << "match" << yaml::Value << yaml::BeginMap << yaml::Key << "statusCodes" << yaml::Value << yaml::BeginSeq
        << yaml::BeginMap;
    kv(out, "start", 200);
    kv(out, "end", 399);
    out << yaml::EndMap << yaml::EndSeq << yaml::EndMap << yaml::EndMap << yaml::EndMap << yaml::EndMap;
    return finish(out);
}

} // namespace

std::vector<const Gateway *> gatewaysOf(const Plan &plan, const Workload &w)
{
    std::vector<const Gateway *> out;
    for (size_t index : w.gateways)
        out.push_back(&plan.gateways[index]);
    return out;
}

QString loadBalancerName(const Plan &plan, const Gateway &g)
{
    // ELB names: at most 32 characters, letters, digits and '-'.
    const QString suffix = QLatin1Char('-') + g.name.left(24);
    QString stem = plan.ns.left(32 - int(suffix.size()));
    while (stem.endsWith(QLatin1Char('-')))
        stem.chop(1);
    return stem + suffix;
}

bool isRouted(const Plan &plan, const Workload &w) { return !gatewaysOf(plan, w).empty(); }

QString storageClassName(const Plan &plan) { return plan.cloud == Cloud::Generic ? QString() : QStringLiteral("stackdraft-ssd"); }

std::vector<Document> gatewayDocuments(const Plan &plan)
{
    std::vector<Document> docs;
    if (plan.gateways.empty())
        return docs;
    if (plan.cloud == Cloud::Aws)
        docs.push_back(gatewayClass("aws-alb", "gateway.k8s.aws/alb",
                                    fileText("Application Load Balancers from the AWS Load Balancer Controller (Gateway API support on).")));
    else if (plan.cloud == Cloud::Generic)
        docs.push_back(gatewayClass("eg", "gateway.envoyproxy.io/gatewayclass-controller",
                                    fileText("Envoy Gateway, installed in envoy-gateway-system: the cluster has no cloud load balancer controller.")));
    for (const Gateway &g : plan.gateways) {
        docs.push_back(gateway(plan, g));
        if (plan.cloud == Cloud::Aws)
            docs.push_back(loadBalancerConfiguration(plan, g));
        if (plan.cloud == Cloud::Azure && (!g.wafId.isEmpty() || !g.appGatewayId.isEmpty()))
            docs.push_back(wafPolicy(plan, g));
    }
    return docs;
}

std::vector<Document> routeDocuments(const Plan &plan, const Workload &w)
{
    std::vector<Document> docs;
    const std::vector<const Gateway *> gateways = gatewaysOf(plan, w);
    if (gateways.empty())
        return docs;
    switch (plan.cloud) {
    case Cloud::Aws:
        docs.push_back(targetGroupConfiguration(plan, w));
        break;
    case Cloud::Gcp: {
        docs.push_back(gkeHealthCheck(plan, w));
        for (const Gateway *g : gateways)
            if (!g->wafId.isEmpty() && g->internetFacing) {
                docs.push_back(gkeBackendPolicy(plan, w, *g));
                break;
            }
        break;
    }
    case Cloud::Azure:
        docs.push_back(agcHealthCheck(plan, w));
        break;
    case Cloud::Generic:
        break;
    }
    for (const Gateway *g : gateways)
        for (const Route &r : g->routes)
            if (r.workload == w.name)
                docs.push_back(route(plan, w, *g, r));
    return docs;
}

} // namespace sd::k8s
