// SPDX-License-Identifier: MIT
// AWS: an API gateway drawn behind CloudFront, as a REST API that only CloudFront can call (edge.tf).
//
// An HTTP API cannot refuse a request around CloudFront: it has no resource policy that sees headers and
// AWS WAF cannot be attached to it. A REST API stage can carry a regional web ACL, so CloudFront adds a
// secret origin header and that ACL admits nothing else (AWS's documented "custom header + WAF" pattern).
// The execute-api endpoint stays on (it is CloudFront's origin, no custom domain or certificate needed);
// every request to it, by any name, passes the ACL.
#include "awsmapper.h"

namespace sd::tf {

namespace {
const QString originHeader = u"X-Origin-Verify"_s; ///< CloudFront adds it; the origin guard admits only it
const QString restStage = u"live"_s;
} // namespace

const Unit *AwsMapper::cdnInFrontOf(const Unit &u) const
{
    for (const Connection *c : ctx.incoming(u.component->id)) {
        const Unit *f = ctx.unit(c->from);
        if (f && isKind(*f, {kinds::cdn}))
            return f;
        if (f && isKind(*f, {kinds::waf}))
            for (const Connection *wc : ctx.incoming(f->component->id))
                if (const Unit *ff = ctx.unit(wc->from); ff && isKind(*ff, {kinds::cdn}))
                    return ff;
    }
    return nullptr;
}

bool AwsMapper::isInternalApplicationLoadBalancer(const Unit &u) const
{
    return isKind(u, {kinds::loadBalancer}) && props.stringValue(*u.component, keys::layer) == QLatin1String("l7") && !ctx.isPublic(u)
        && !kubeGateway(u.component->id);
}

bool AwsMapper::restApiBehindCdn(const Unit &u) const
{
    if (!isKind(u, {kinds::apiGateway}) || !cdnInFrontOf(u))
        return false;
    // Workloads in the cluster are reached through the Kubernetes Gateway's load balancer (restGatewayLink).
    const bool gateway = kubeGateway(u.component->id) != nullptr;
    for (const Connection *c : ctx.outgoing(u.component->id))
        if (const Unit *t = ctx.unit(c->to); t && !isKind(*t, {kinds::identityProvider, kinds::serverlessFunction})
                                              && !isInternalApplicationLoadBalancer(*t) && !(gateway && isWorkloadInCluster(*t)))
            return false;
    return true;
}

QString AwsMapper::originSecret(const Unit &api) const
{
    return u"aws_secretsmanager_secret_version.%1_origin_verify.secret_string"_s.arg(api.ident);
}

void AwsMapper::cdnOriginToRestApi(Block &origin, const Unit &api) const
{
    origin.set(u"domain_name"_s, R(tmpl(u"${aws_api_gateway_rest_api.%1.id}.execute-api.%2.amazonaws.com"_s.arg(api.ident, regionText(ctx.regionOf(api))))));
    origin.setStr(u"origin_path"_s, u"/"_s + restStage);
    Block &h = origin.add(u"custom_header"_s);
    h.setStr(u"name"_s, originHeader);
    h.set(u"value"_s, originSecret(api));
}

QString AwsMapper::cognitoClient(const Unit &u, const Unit &pool, const QString &regionName)
{
    Block &client = res(u"edge.tf"_s, u"aws_cognito_user_pool_client"_s, u.ident, regionName);
    client.set(u"name"_s, name(u.slug));
    client.set(u"user_pool_id"_s, u"aws_cognito_user_pool.%1.id"_s.arg(pool.ident));
    client.setBool(u"generate_secret"_s, false);
    client.set(u"explicit_auth_flows"_s, Value::strings({u"ALLOW_REFRESH_TOKEN_AUTH"_s, u"ALLOW_USER_SRP_AUTH"_s}));
    client.setStr(u"prevent_user_existence_errors"_s, u"ENABLED"_s);
    return u"aws_cognito_user_pool_client.%1.id"_s.arg(u.ident);
}

QString AwsMapper::restLink(const Unit &api, const RestLinkTarget &target)
{
    // A REST API's VPC link (v1) reaches a Network Load Balancer; that NLB forwards TCP to an Application Load
    // Balancer (target type alb), which keeps its listener rules and TLS certificate.
    // (Provider 6.x can link a REST API to the ALB directly with integration_target; the 5.x line cannot.)
    const QString regionName = ctx.regionOf(api);
    const Region &r = region(api);
    const QString ident = m.reserveName(api.ident + u"_link"_s);
    const int port = target.tls ? 443 : 80;
    Block &nlb = res(u"edge.tf"_s, u"aws_lb"_s, ident, regionName);
    nlb.comment(fileText("Network Load Balancer of %1's VPC link, in front of %2.").arg(label(api), target.label));
    nlb.set(u"name"_s, R(tmpl(u"${local.name}-"_s + slugFor(api.slug + u"-link"_s, u"lb"_s, 16))));
    nlb.setBool(u"internal"_s, true);
    nlb.setStr(u"load_balancer_type"_s, u"network"_s);
    // The API gateway's own group: the ALB admits it, and it may only leave towards the ALB.
    nlb.set(u"security_groups"_s, list({R(securityGroupOf(api.component->id))}));
    // VPC link traffic arrives over PrivateLink, which carries no source group the inbound rules could match.
    nlb.setStr(u"enforce_security_group_inbound_rules_on_private_link_traffic"_s, u"off"_s);
    nlb.set(u"subnets"_s, r.privateSubnets);
    nlb.setBool(u"enable_cross_zone_load_balancing"_s, true);
    nlb.setBool(u"enable_deletion_protection"_s, true);
    Block &tg = res(u"edge.tf"_s, u"aws_lb_target_group"_s, ident, regionName);
    tg.set(u"name_prefix"_s, R(tmpl(target.namePrefix.left(6))));
    tg.setStr(u"target_type"_s, u"alb"_s);
    tg.setNum(u"port"_s, port);
    tg.setStr(u"protocol"_s, u"TCP"_s);
    tg.set(u"vpc_id"_s, r.vpc);
    Block &hc = tg.add(u"health_check"_s);
    hc.comment(fileText("The ALB answering at all means it is up; its own targets' health is its business."));
    hc.setBool(u"enabled"_s, true);
    hc.setStr(u"protocol"_s, target.tls ? u"HTTPS"_s : u"HTTP"_s);
    hc.setStr(u"path"_s, u"/"_s);
    hc.setStr(u"matcher"_s, u"200-499"_s);
    Block &att = res(u"edge.tf"_s, u"aws_lb_target_group_attachment"_s, ident, regionName);
    if (!target.count.isEmpty())
        att.set(u"count"_s, target.count);
    att.set(u"target_group_arn"_s, u"aws_lb_target_group.%1.arn"_s.arg(ident));
    att.set(u"target_id"_s, target.arn);
    att.setNum(u"port"_s, port);
    // An ALB joins an NLB target group only once it has a listener on that port.
    if (!target.listener.isEmpty())
        att.set(u"depends_on"_s, list({R(target.listener)}));
    Block &listener = res(u"edge.tf"_s, u"aws_lb_listener"_s, ident, regionName);
    listener.set(u"load_balancer_arn"_s, u"aws_lb.%1.arn"_s.arg(ident));
    listener.setNum(u"port"_s, port);
    listener.setStr(u"protocol"_s, u"TCP"_s);
    Block &a = listener.add(u"default_action"_s);
    a.setStr(u"type"_s, u"forward"_s);
    a.set(u"target_group_arn"_s, u"aws_lb_target_group.%1.arn"_s.arg(ident));
    Block &link = res(u"edge.tf"_s, u"aws_api_gateway_vpc_link"_s, ident, regionName);
    link.set(u"name"_s, name(api.slug + u"-"_s + target.nameSuffix));
    link.set(u"target_arns"_s, list({R(u"aws_lb.%1.arn"_s.arg(ident))}));
    return ident;
}

QString AwsMapper::restVpcLink(const Unit &api, const Unit &lb)
{
    const bool tls = props.boolValue(*lb.component, keys::tls);
    return restLink(api, {label(lb), lb.slug, lb.slug, u"aws_lb.%1.arn"_s.arg(lb.ident),
                          u"aws_lb_listener.%1_%2"_s.arg(lb.ident, tls ? u"https"_s : u"http"_s), {}, tls});
}

QString AwsMapper::restGatewayLink(const Unit &api, const k8s::Gateway &g)
{
    // The Gateway's ALB exists once the Kubernetes export is applied (the AWS Load Balancer Controller makes
    // it, with its HTTPS listener): it joins the target group on the second apply, as the HTTP API path does.
    const QString gw = gatewayLoadBalancer(g);
    return restLink(api, {fileText("the load balancer of the Kubernetes Gateway %1").arg(g.name), hyphens(g.name), hyphens(g.name),
                          u"data.aws_lb.%1[0].arn"_s.arg(gw), {}, u"var.kubernetes_gateways_ready ? 1 : 0"_s, true});
}

void AwsMapper::restApiLogging(const QString &regionName)
{
    // REST API stages write access logs only once the account (per region) names a CloudWatch role.
    if (!m_restLoggingRegions.insert(regionName).second)
        return;
    if (m_restLoggingRegions.size() == 1)
        iamRole(u"security.tf"_s, u"api_gateway_cloudwatch"_s, u"apigateway.amazonaws.com"_s,
                {u"service-role/AmazonAPIGatewayPushToCloudWatchLogs"_s});
    Block &acct = res(u"security.tf"_s, u"aws_api_gateway_account"_s, u"api_gateway_"_s + Context::regionKey(regionName), regionName);
    acct.comment(fileText("An account-wide setting of API Gateway in this region: if your account already sets a role, import it instead."));
    acct.set(u"cloudwatch_role_arn"_s, u"aws_iam_role.api_gateway_cloudwatch.arn"_s);
}

void AwsMapper::restApi(const Unit &u)
{
    const QString regionName = ctx.regionOf(u);
    const Region &r = region(u);
    const Unit *cdn = cdnInFrontOf(u);
    const QString api = u"aws_api_gateway_rest_api."_s + u.ident;
    Block &rest = res(u"edge.tf"_s, u"aws_api_gateway_rest_api"_s, u.ident, regionName);
    rest.comment(fileText("A REST API (not an HTTP API) because it sits behind %1: only a REST API stage takes the WAF that admits CloudFront alone.")
                     .arg(label(*cdn)));
    rest.set(u"name"_s, name(u.slug));
    rest.add(u"endpoint_configuration"_s).set(u"types"_s, Value::strings({u"REGIONAL"_s}));

    // A drawn identity provider (Cognito) checks the callers' tokens on every method.
    const Unit *pool = nullptr;
    for (const Unit *idp : targetsOf(u, {kinds::identityProvider}))
        if (!pool && ctx.regionOf(*idp) == regionName)
            pool = idp;
    if (pool) {
        cognitoClient(u, *pool, regionName);
        Block &a = res(u"edge.tf"_s, u"aws_api_gateway_authorizer"_s, u.ident, regionName);
        a.comment(fileText("Checks the Cognito ID token in Authorization on every method."));
        a.set(u"name"_s, name(u.slug + u"-cognito"_s));
        a.set(u"rest_api_id"_s, api + u".id"_s);
        a.setStr(u"type"_s, u"COGNITO_USER_POOLS"_s);
        a.set(u"provider_arns"_s, list({R(u"aws_cognito_user_pool.%1.arn"_s.arg(pool->ident))}));
        a.setStr(u"identity_source"_s, u"method.request.header.Authorization"_s);
    }

    std::vector<Value> redeployOn; // the deployment is replaced when any method or integration changes
    std::map<QString, QString> linkOf; // load balancer ident -> its VPC link
    int routes = 0;
    for (const Connection *c : ctx.outgoing(u.component->id)) {
        const Unit *t = ctx.unit(c->to);
        if (!t || isKind(*t, {kinds::identityProvider}))
            continue;
        const QString ident = m.reserveName(u.ident + u"_"_s + t->ident);
        const bool lambda = isKind(*t, {kinds::serverlessFunction});
        const k8s::Gateway *gateway = !lambda && isWorkloadInCluster(*t) ? kubeGateway(u.component->id) : nullptr;
        // Every workload behind the Gateway shares its one link; an ALB has its own.
        const QString linkKey = gateway ? u"gateway/"_s + gateway->name : t->ident;
        if (!lambda && !linkOf.count(linkKey))
            linkOf[linkKey] = gateway ? restGatewayLink(u, *gateway) : restVpcLink(u, *t);
        // Paths: the first target takes / and /{proxy+}; the others /<name>/{proxy+} (as the HTTP API's routes).
        struct Path {
            QString ident, resourceId, prefix;
            bool proxy;
        };
        std::vector<Path> paths;
        QString parent = api + u".root_resource_id"_s;
        QString prefix;
        if (routes == 0) {
            paths.push_back({ident + u"_root"_s, parent, QString(), false});
        } else {
            Block &seg = res(u"edge.tf"_s, u"aws_api_gateway_resource"_s, ident + u"_path"_s, regionName);
            seg.set(u"rest_api_id"_s, api + u".id"_s);
            seg.set(u"parent_id"_s, parent);
            seg.setStr(u"path_part"_s, t->slug);
            parent = u"aws_api_gateway_resource.%1_path.id"_s.arg(ident);
            prefix = u"/"_s + t->slug;
        }
        Block &proxy = res(u"edge.tf"_s, u"aws_api_gateway_resource"_s, ident, regionName);
        proxy.set(u"rest_api_id"_s, api + u".id"_s);
        proxy.set(u"parent_id"_s, parent);
        proxy.setStr(u"path_part"_s, u"{proxy+}"_s);
        paths.push_back({ident, u"aws_api_gateway_resource.%1.id"_s.arg(ident), prefix, true});
        for (const Path &p : paths) {
            Block &method = res(u"edge.tf"_s, u"aws_api_gateway_method"_s, p.ident, regionName);
            method.set(u"rest_api_id"_s, api + u".id"_s);
            method.set(u"resource_id"_s, p.resourceId);
            method.setStr(u"http_method"_s, u"ANY"_s);
            method.setStr(u"authorization"_s, pool ? u"COGNITO_USER_POOLS"_s : u"NONE"_s);
            if (pool)
                method.set(u"authorizer_id"_s, u"aws_api_gateway_authorizer.%1.id"_s.arg(u.ident));
            if (p.proxy)
                method.set(u"request_parameters"_s, obj({{u"method.request.path.proxy"_s, B(true)}}));
            Block &i = res(u"edge.tf"_s, u"aws_api_gateway_integration"_s, p.ident, regionName);
            i.set(u"rest_api_id"_s, api + u".id"_s);
            i.set(u"resource_id"_s, p.resourceId);
            i.set(u"http_method"_s, u"aws_api_gateway_method.%1.http_method"_s.arg(p.ident));
            if (lambda) {
                i.setStr(u"type"_s, u"AWS_PROXY"_s);
                i.setStr(u"integration_http_method"_s, u"POST"_s);
                i.set(u"uri"_s, u"aws_lambda_function.%1.invoke_arn"_s.arg(t->ident));
            } else {
                const QString link = linkOf[linkKey];
                const bool tls = gateway || props.boolValue(*t->component, keys::tls);
                // With TLS the gateway checks the ALB's certificate against the host in the URI. Behind the
                // Kubernetes Gateway that host is the HTTPRoute's: the Gateway routes on it, its certificate carries it.
                const QString host = gateway ? u"https://"_s + gatewayHostOf(*gateway, *t)
                                     : tls   ? u"https://${var.api_backend_hostname}"_s
                                             : u"http://${aws_lb.%1.dns_name}"_s.arg(link);
                if (tls && !gateway)
                    m.variable({u"api_backend_hostname"_s, u"string"_s,
                                fileText("Host name on the internal load balancer's certificate, checked by the API gateway"), std::nullopt, false, {}, {}});
                i.setStr(u"type"_s, u"HTTP_PROXY"_s);
                i.setStr(u"integration_http_method"_s, u"ANY"_s);
                i.setStr(u"connection_type"_s, u"VPC_LINK"_s);
                i.set(u"connection_id"_s, u"aws_api_gateway_vpc_link.%1.id"_s.arg(link));
                i.set(u"uri"_s, R(tmpl(host + p.prefix + (p.proxy ? u"/{proxy}"_s : u"/"_s))));
                if (p.proxy)
                    i.set(u"request_parameters"_s, obj({{u"integration.request.path.proxy"_s, S(u"method.request.path.proxy"_s)}}));
            }
            redeployOn.push_back(R(u"aws_api_gateway_method.%1.id"_s.arg(p.ident)));
            redeployOn.push_back(R(u"aws_api_gateway_integration.%1.id"_s.arg(p.ident)));
        }
        if (lambda) {
            Block &perm = res(u"edge.tf"_s, u"aws_lambda_permission"_s, ident, regionName);
            perm.setStr(u"statement_id"_s, u"AllowApiGateway"_s);
            perm.setStr(u"action"_s, u"lambda:InvokeFunction"_s);
            perm.set(u"function_name"_s, u"aws_lambda_function.%1.function_name"_s.arg(t->ident));
            perm.setStr(u"principal"_s, u"apigateway.amazonaws.com"_s);
            perm.set(u"source_arn"_s, R(tmpl(u"${%1.execution_arn}/*/*"_s.arg(api))));
        }
        ++routes;
    }

    Block &dep = res(u"edge.tf"_s, u"aws_api_gateway_deployment"_s, u.ident, regionName);
    dep.set(u"rest_api_id"_s, api + u".id"_s);
    dep.set(u"triggers"_s, obj({{u"redeployment"_s, Value::call(u"sha1"_s, json(list(std::move(redeployOn))))}}));
    dep.add(u"lifecycle"_s).setBool(u"create_before_destroy"_s, true);

    restApiLogging(regionName);
    logGroup(u.ident + u"_access"_s, u"/${local.name}/api/"_s + u.slug, r, regionName);
    Block &stage = res(u"edge.tf"_s, u"aws_api_gateway_stage"_s, u.ident, regionName);
    stage.set(u"rest_api_id"_s, api + u".id"_s);
    stage.set(u"deployment_id"_s, u"aws_api_gateway_deployment.%1.id"_s.arg(u.ident));
    stage.setStr(u"stage_name"_s, restStage);
    stage.setBool(u"xray_tracing_enabled"_s, true);
    Block &logs = stage.add(u"access_log_settings"_s);
    logs.set(u"destination_arn"_s, u"aws_cloudwatch_log_group.%1_access.arn"_s.arg(u.ident));
    logs.set(u"format"_s, json(obj({{u"requestId"_s, S(u"$context.requestId"_s)},
                                    {u"ip"_s, S(u"$context.identity.sourceIp"_s)},
                                    {u"resourcePath"_s, S(u"$context.resourcePath"_s)},
                                    {u"status"_s, S(u"$context.status"_s)},
                                    {u"latency"_s, S(u"$context.responseLatency"_s)},
                                    {u"waf"_s, S(u"$context.waf.status"_s)}})));
    stage.set(u"depends_on"_s, list({R(u"aws_api_gateway_account.api_gateway_"_s + Context::regionKey(regionName))}));
    Block &ms = res(u"edge.tf"_s, u"aws_api_gateway_method_settings"_s, u.ident, regionName);
    ms.set(u"rest_api_id"_s, api + u".id"_s);
    ms.set(u"stage_name"_s, u"aws_api_gateway_stage.%1.stage_name"_s.arg(u.ident));
    ms.setStr(u"method_path"_s, u"*/*"_s);
    Block &set = ms.add(u"settings"_s);
    const qint64 rps = props.intValue(*u.component, keys::rateLimitRps);
    set.setNum(u"throttling_rate_limit"_s, rps);
    set.setNum(u"throttling_burst_limit"_s, rps * 2);
    set.setBool(u"metrics_enabled"_s, true);
    set.setStr(u"logging_level"_s, u"ERROR"_s);

    // The secret CloudFront sends: generated once, then kept (a new random value is read on every plan,
    // ignore_changes keeps the first). Rotate with terraform apply -replace on the secret version.
    Block &rnd = m.file(u"security.tf"_s).add(u"data"_s, {u"aws_secretsmanager_random_password"_s, u.ident + u"_origin_verify"_s});
    if (regionName != ctx.regions.first())
        rnd.set(u"provider"_s, u"aws."_s + Context::regionKey(regionName));
    rnd.setNum(u"password_length"_s, 48);
    rnd.setBool(u"exclude_punctuation"_s, true);
    Block &s = res(u"security.tf"_s, u"aws_secretsmanager_secret"_s, u.ident + u"_origin_verify"_s, regionName);
    s.set(u"name_prefix"_s, R(tmpl(u"${local.name}/%1-origin-verify-"_s.arg(u.slug))));
    s.setStr(u"description"_s, fileText("%1 header CloudFront sends to %2; the API's WAF admits nothing without it").arg(originHeader, label(u)));
    s.set(u"kms_key_id"_s, r.kms);
    s.setNum(u"recovery_window_in_days"_s, 30);
    Block &v = res(u"security.tf"_s, u"aws_secretsmanager_secret_version"_s, u.ident + u"_origin_verify"_s, regionName);
    v.set(u"secret_id"_s, u"aws_secretsmanager_secret.%1_origin_verify.id"_s.arg(u.ident));
    v.set(u"secret_string"_s, u"data.aws_secretsmanager_random_password.%1_origin_verify.random_password"_s.arg(u.ident));
    v.add(u"lifecycle"_s).set(u"ignore_changes"_s, list({R(u"secret_string"_s)}));

    // The origin guard: a regional web ACL on the stage that blocks every request without the header.
    Block &acl = res(u"edge.tf"_s, u"aws_wafv2_web_acl"_s, u.ident + u"_origin_guard"_s, regionName);
    acl.comment(fileText("Admits only requests from %1 (they carry %2); the API cannot be called around CloudFront and its WAF.")
                    .arg(label(*cdn), originHeader));
    acl.set(u"name"_s, name(u.slug + u"-origin-guard"_s));
    acl.setStr(u"scope"_s, u"REGIONAL"_s);
    acl.add(u"default_action"_s).add(u"block"_s);
    Block &rule = acl.add(u"rule"_s);
    rule.setStr(u"name"_s, u"from-cloudfront"_s);
    rule.setNum(u"priority"_s, 1);
    rule.add(u"action"_s).add(u"allow"_s);
    Block &bm = rule.add(u"statement"_s).add(u"byte_match_statement"_s);
    bm.set(u"search_string"_s, originSecret(u));
    bm.setStr(u"positional_constraint"_s, u"EXACTLY"_s);
    bm.add(u"field_to_match"_s).add(u"single_header"_s).setStr(u"name"_s, originHeader.toLower());
    Block &tt = bm.add(u"text_transformation"_s);
    tt.setNum(u"priority"_s, 0);
    tt.setStr(u"type"_s, u"NONE"_s);
    wafVisibility(rule, u"from-cloudfront"_s);
    wafVisibility(acl, u.slug + u"-origin-guard"_s);
    Block &assoc = res(u"edge.tf"_s, u"aws_wafv2_web_acl_association"_s, u.ident + u"_origin_guard"_s, regionName);
    assoc.set(u"resource_arn"_s, u"aws_api_gateway_stage.%1.arn"_s.arg(u.ident));
    assoc.set(u"web_acl_arn"_s, u"aws_wafv2_web_acl.%1_origin_guard.arn"_s.arg(u.ident));
    m.note(fileText("%1 -> %2: a REST API whose stage only CloudFront can call: CloudFront sends the secret header %3 (Secrets Manager "
                    "%4_origin_verify), and the regional WAF %4_origin_guard on the stage blocks every request without it.")
               .arg(label(*cdn), label(u), originHeader, u.ident));

    if (!pool)
        m.todo(fileText("%1 (API gateway): add an authorizer (aws_api_gateway_authorizer) to its methods; behind CloudFront they are open to any of its callers as generated.").arg(label(u)));
    const Value dims = obj({{u"ApiName"_s, R(api + u".name"_s)}, {u"Stage"_s, R(u"aws_api_gateway_stage.%1.stage_name"_s.arg(u.ident))}});
    alarm(u, u"5xx"_s, fileText("more than 50 server errors (5xx) in 5 minutes"), u"AWS/ApiGateway"_s, u"5XXError"_s, dims, u"Sum"_s, 50);
    alarm(u, u"latency"_s, fileText("p95 latency above 1 second"), u"AWS/ApiGateway"_s, u"Latency"_s, dims, u"p95"_s, 1000);
}

} // namespace sd::tf
