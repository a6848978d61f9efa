// SPDX-License-Identifier: MIT
// AWS: the API gateway (HTTP API, VPC link to the Kubernetes Gateway, routes, JWT authorizer, custom domain), written to edge.tf.
#include "awsmapper.h"

#include <utility>

namespace sd::tf {

QString AwsMapper::gatewayHostOf(const k8s::Gateway &g, const Unit &workload) const
{
    QString host;
    for (const k8s::Route &rt : g.routes)
        if (const k8s::Workload *w = kube().workload(workload.component->id); w && rt.workload == w->name)
            host = rt.host;
    return host;
}

void AwsMapper::apiGateway(const Unit &u)
{
    if (restApiBehindCdn(u)) {
        restApi(u);
        return;
    }
    const QString regionName = ctx.regionOf(u);
    const Region &r = region(u);
    Block &api = res(u"edge.tf"_s, u"aws_apigatewayv2_api"_s, u.ident, regionName);
    api.set(u"name"_s, name(u.slug));
    api.setStr(u"protocol_type"_s, u"HTTP"_s);
    logGroup(u.ident + u"_access"_s, u"/${local.name}/api/"_s + u.slug, r, regionName);
    Block &stage = res(u"edge.tf"_s, u"aws_apigatewayv2_stage"_s, u.ident, regionName);
    stage.set(u"api_id"_s, u"aws_apigatewayv2_api.%1.id"_s.arg(u.ident));
    stage.setStr(u"name"_s, u"$default"_s);
    stage.setBool(u"auto_deploy"_s, true);
    Block &rs = stage.add(u"default_route_settings"_s);
    const qint64 rps = props.intValue(*u.component, keys::rateLimitRps);
    rs.setNum(u"throttling_rate_limit"_s, rps);
    rs.setNum(u"throttling_burst_limit"_s, rps * 2);
    rs.setBool(u"detailed_metrics_enabled"_s, true);
    Block &logs = stage.add(u"access_log_settings"_s);
    logs.set(u"destination_arn"_s, u"aws_cloudwatch_log_group.%1_access.arn"_s.arg(u.ident));
    logs.set(u"format"_s, json(obj({{u"requestId"_s, S(u"$context.requestId"_s)},
                                    {u"ip"_s, S(u"$context.identity.sourceIp"_s)},
                                    {u"routeKey"_s, S(u"$context.routeKey"_s)},
                                    {u"status"_s, S(u"$context.status"_s)},
                                    {u"latency"_s, S(u"$context.responseLatency"_s)}})));
    // A drawn identity provider (Cognito) checks the callers' tokens on every route.
    const Unit *authorizer = nullptr;
    for (const Unit *idp : targetsOf(u, {kinds::identityProvider}))
        if (!authorizer && ctx.regionOf(*idp) == regionName)
            authorizer = idp;
    if (authorizer) {
        const QString client = cognitoClient(u, *authorizer, regionName);
        Block &a = res(u"edge.tf"_s, u"aws_apigatewayv2_authorizer"_s, u.ident, regionName);
        a.set(u"api_id"_s, u"aws_apigatewayv2_api.%1.id"_s.arg(u.ident));
        a.setStr(u"authorizer_type"_s, u"JWT"_s);
        a.set(u"identity_sources"_s, Value::strings({u"$request.header.Authorization"_s}));
        a.set(u"name"_s, name(u.slug + u"-jwt"_s));
        Block &jwt = a.add(u"jwt_configuration"_s);
        jwt.set(u"audience"_s, list({R(client)}));
        jwt.set(u"issuer"_s, R(tmpl(u"https://${aws_cognito_user_pool.%1.endpoint}"_s.arg(authorizer->ident))));
    }
    auto authorize = [&](Block &route) {
        if (!authorizer)
            return;
        route.setStr(u"authorization_type"_s, u"JWT"_s);
        route.set(u"authorizer_id"_s, u"aws_apigatewayv2_authorizer.%1.id"_s.arg(u.ident));
    };
    // A custom domain mapped to the stage, in place of the execute-api endpoint that is turned off.
    bool executeApiOff = false;
    auto customDomain = [&](const QString &dn, const Value &domainName) {
        if (!std::exchange(executeApiOff, true))
            api.setBool(u"disable_execute_api_endpoint"_s, true);
        m.variable({u"certificate_arn"_s, u"string"_s, fileText("ARN of the ACM certificate the load balancers serve HTTPS with"), std::nullopt, false, {}, {}});
        Block &domain = res(u"edge.tf"_s, u"aws_apigatewayv2_domain_name"_s, dn, regionName);
        domain.set(u"domain_name"_s, domainName);
        Block &cfg = domain.add(u"domain_name_configuration"_s);
        cfg.set(u"certificate_arn"_s, u"var.certificate_arn"_s);
        cfg.setStr(u"endpoint_type"_s, u"REGIONAL"_s);
        cfg.setStr(u"security_policy"_s, u"TLS_1_2"_s);
        Block &map = res(u"edge.tf"_s, u"aws_apigatewayv2_api_mapping"_s, dn, regionName);
        map.set(u"api_id"_s, u"aws_apigatewayv2_api.%1.id"_s.arg(u.ident));
        map.set(u"domain_name"_s, u"aws_apigatewayv2_domain_name.%1.id"_s.arg(dn));
        map.set(u"stage"_s, u"aws_apigatewayv2_stage.%1.id"_s.arg(u.ident));
    };
    std::map<QString, QString> gatewayLinks;
    QStringList hostDomains;
    int routes = 0;
    for (const Connection *c : ctx.outgoing(u.component->id)) {
        const Unit *t = ctx.unit(c->to);
        if (!t)
            continue;
        const QString ident = m.reserveName(u.ident + u"_"_s + t->ident);
        Block *integration = nullptr;
        if (isKind(*t, {kinds::loadBalancer}) && props.stringValue(*t->component, keys::layer) == QLatin1String("l7") && !ctx.isPublic(*t)) {
            Block &link = res(u"edge.tf"_s, u"aws_apigatewayv2_vpc_link"_s, ident, regionName);
            link.set(u"name"_s, name(u.slug + u"-"_s + t->slug));
            link.set(u"subnet_ids"_s, r.privateSubnets);
            link.set(u"security_group_ids"_s, list({R(securityGroupOf(u.component->id))}));
            Block &i = res(u"edge.tf"_s, u"aws_apigatewayv2_integration"_s, ident, regionName);
            i.set(u"api_id"_s, u"aws_apigatewayv2_api.%1.id"_s.arg(u.ident));
            i.setStr(u"integration_type"_s, u"HTTP_PROXY"_s);
            i.setStr(u"integration_method"_s, u"ANY"_s);
            i.setStr(u"connection_type"_s, u"VPC_LINK"_s);
            i.set(u"connection_id"_s, u"aws_apigatewayv2_vpc_link.%1.id"_s.arg(ident));
            const bool tls = props.boolValue(*t->component, keys::tls);
            i.set(u"integration_uri"_s, u"aws_lb_listener.%1_%2.arn"_s.arg(t->ident, tls ? u"https"_s : u"http"_s));
            if (tls)
                i.add(u"tls_config"_s).set(u"server_name_to_verify"_s, u"var.api_backend_hostname"_s);
            if (tls)
                m.variable({u"api_backend_hostname"_s, u"string"_s, fileText("Host name on the internal load balancer's certificate, checked by the API gateway"),
                            std::nullopt, false, {}, {}});
            integration = &i;
        } else if (const k8s::Gateway *g = isWorkloadInCluster(*t) ? kubeGateway(u.component->id) : nullptr) {
            // The private integration to the Kubernetes Gateway: VPC link -> its internal load balancer -> HTTPRoute.
            const QString gw = gatewayLoadBalancer(*g);
            if (!gatewayLinks.count(u.ident)) {
                Block &link = res(u"edge.tf"_s, u"aws_apigatewayv2_vpc_link"_s, ident, regionName);
                link.set(u"name"_s, name(u.slug + u"-"_s + hyphens(g->name)));
                link.set(u"subnet_ids"_s, r.privateSubnets);
                link.set(u"security_group_ids"_s, list({R(securityGroupOf(u.component->id))}));
                gatewayLinks[u.ident] = ident;
            }
            Block &i = res(u"edge.tf"_s, u"aws_apigatewayv2_integration"_s, ident, regionName);
            i.set(u"count"_s, u"var.kubernetes_gateways_ready ? 1 : 0"_s);
            i.set(u"api_id"_s, u"aws_apigatewayv2_api.%1.id"_s.arg(u.ident));
            i.setStr(u"integration_type"_s, u"HTTP_PROXY"_s);
            i.setStr(u"integration_method"_s, u"ANY"_s);
            i.setStr(u"connection_type"_s, u"VPC_LINK"_s);
            i.set(u"connection_id"_s, u"aws_apigatewayv2_vpc_link.%1.id"_s.arg(gatewayLinks[u.ident]));
            i.set(u"integration_uri"_s, u"data.aws_lb_listener.%1[0].arn"_s.arg(gw));
            const QString host = gatewayHostOf(*g, *t);
            // The Gateway's HTTPRoute matches this host name; the certificate on its listener carries it.
            i.add(u"tls_config"_s).setStr(u"server_name_to_verify"_s, host);
            if (!hostDomains.contains(host)) {
                // Callers use the host name itself, so the Host header the Gateway routes on is right: the
                // API's own execute-api address is turned off.
                hostDomains.append(host);
                const QString dn = m.reserveName(u.ident + u"_domain"_s);
                customDomain(dn, S(host));
                m.output(dn + u"_target"_s, u"aws_apigatewayv2_domain_name.%1.domain_name_configuration[0].target_domain_name"_s.arg(dn),
                         fileText("Where the DNS record (alias or CNAME) of %1 points: the API gateway %2").arg(host, label(u)));
                m.todo(fileText("%1: point %2 at output %3_target (the API gateway's regional domain).").arg(label(u), host, dn));
            }
            Block &route = res(u"edge.tf"_s, u"aws_apigatewayv2_route"_s, ident, regionName);
            route.set(u"count"_s, u"var.kubernetes_gateways_ready ? 1 : 0"_s);
            route.set(u"api_id"_s, u"aws_apigatewayv2_api.%1.id"_s.arg(u.ident));
            route.setStr(u"route_key"_s, routes == 0 ? u"$default"_s : u"ANY /%1/{proxy+}"_s.arg(t->slug));
            route.set(u"target"_s, R(tmpl(u"integrations/${aws_apigatewayv2_integration.%1[0].id}"_s.arg(ident))));
            authorize(route);
            ++routes;
            continue;
        } else if (isKind(*t, {kinds::serverlessFunction})) {
            Block &i = res(u"edge.tf"_s, u"aws_apigatewayv2_integration"_s, ident, regionName);
            i.set(u"api_id"_s, u"aws_apigatewayv2_api.%1.id"_s.arg(u.ident));
            i.setStr(u"integration_type"_s, u"AWS_PROXY"_s);
            i.set(u"integration_uri"_s, u"aws_lambda_function.%1.invoke_arn"_s.arg(t->ident));
            i.setStr(u"payload_format_version"_s, u"2.0"_s);
            Block &perm = res(u"edge.tf"_s, u"aws_lambda_permission"_s, ident, regionName);
            perm.setStr(u"statement_id"_s, u"AllowApiGateway"_s);
            perm.setStr(u"action"_s, u"lambda:InvokeFunction"_s);
            perm.set(u"function_name"_s, u"aws_lambda_function.%1.function_name"_s.arg(t->ident));
            perm.setStr(u"principal"_s, u"apigateway.amazonaws.com"_s);
            perm.set(u"source_arn"_s, R(tmpl(u"${aws_apigatewayv2_api.%1.execution_arn}/*/*"_s.arg(u.ident))));
            integration = &i;
        }
        if (!integration) {
            if (!isKind(*t, {kinds::identityProvider}))
                m.warn(fileText("%1 -> %2: the API gateway has no integration for this connection (it integrates internal load balancers, "
                                "Lambda functions and workloads behind a Kubernetes Gateway); nothing routes to %2.").arg(label(u), label(*t)));
            continue;
        }
        Block &route = res(u"edge.tf"_s, u"aws_apigatewayv2_route"_s, ident, regionName);
        route.set(u"api_id"_s, u"aws_apigatewayv2_api.%1.id"_s.arg(u.ident));
        route.setStr(u"route_key"_s, routes == 0 ? u"$default"_s : u"ANY /%1/{proxy+}"_s.arg(t->slug));
        route.set(u"target"_s, R(tmpl(u"integrations/${aws_apigatewayv2_integration.%1.id}"_s.arg(ident))));
        authorize(route);
        ++routes;
    }
    // Behind CloudFront with a target no REST API private integration reaches (else restApi() makes a guarded
    // REST API): the execute-api endpoint is turned off and CloudFront reaches the API by a custom domain, which
    // stays public.
    const Unit *cdnInFront = cdnInFrontOf(u);
    if (cdnInFront) {
        const QString var = u.ident + u"_origin_domain"_s;
        const QString dn = m.reserveName(u.ident + u"_origin"_s);
        customDomain(dn, R(u"var."_s + var));
        m.variable({var, u"string"_s,
                    fileText("Host name CloudFront reaches %1 by: on the certificate certificate_arn, with a DNS record to output %2_target")
                        .arg(label(u), dn),
                    std::nullopt, false, u"!strcontains(var.%1, \".execute-api.\")"_s.arg(var),
                    fileText("Use a name of your domain: the execute-api endpoint is turned off.")});
        m.output(dn + u"_target"_s, u"aws_apigatewayv2_domain_name.%1.domain_name_configuration[0].target_domain_name"_s.arg(dn),
                 fileText("Where the DNS record of %1_origin_domain points: the API gateway %2").arg(u.ident, label(u)));
        m.warn(fileText("%1 -> %2: the API gateway's execute-api endpoint is turned off, so CloudFront reaches it only by %3_origin_domain; "
                        "that custom domain is still public and answers requests that bypass %1 and its WAF: some of its targets are "
                        "neither Lambda functions, internal application load balancers nor workloads behind a Kubernetes Gateway, which "
                        "the REST API this export makes behind CloudFront reaches, and an HTTP API cannot check a CloudFront origin header "
                        "without a Lambda authorizer. Add a Lambda REQUEST authorizer checking a secret origin header, or keep "
                        "%3_origin_domain unpublished.")
                   .arg(label(*cdnInFront), label(u), u.ident));
    }
    if (!authorizer)
        m.todo(fileText("%1 (API gateway): add a JWT authorizer (aws_apigatewayv2_authorizer) to its routes; they are open to any caller as generated.").arg(label(u)));
    const Value dims = obj({{u"ApiId"_s, R(u"aws_apigatewayv2_api.%1.id"_s.arg(u.ident))}});
    alarm(u, u"5xx"_s, fileText("more than 50 server errors (5xx) in 5 minutes"), u"AWS/ApiGateway"_s, u"5xx"_s, dims, u"Sum"_s, 50);
    alarm(u, u"latency"_s, fileText("p95 latency above 1 second"), u"AWS/ApiGateway"_s, u"Latency"_s, dims, u"p95"_s, 1000);
    if (!cdnInFront && hostDomains.isEmpty()) // else execute-api is off: the custom domains are the endpoints
        m.output(u.ident + u"_endpoint"_s, u"aws_apigatewayv2_api.%1.api_endpoint"_s.arg(u.ident), fileText("Endpoint of the API gateway %1").arg(label(u)));
}

} // namespace sd::tf
