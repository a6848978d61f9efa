// SPDX-License-Identifier: MIT
// AWS: load balancers, WAF, CloudFront and Route 53 (the API gateway is in apigateway.cpp).
#include "awsmapper.h"

namespace sd::tf {

std::vector<const Unit *> AwsMapper::targetsOf(const Unit &u, std::initializer_list<QString> kindIds) const
{
    std::vector<const Unit *> list;
    for (const Connection *c : ctx.outgoing(u.component->id))
        if (const Unit *t = ctx.unit(c->to); t && isKind(*t, kindIds))
            list.push_back(t);
    return list;
}

QString AwsMapper::gatewayLoadBalancer(const k8s::Gateway &g)
{
    const QString ident = gatewaySecurityGroup(g);
    const Unit *edge = ctx.unit(g.componentId);
    const QString regionName = edge ? ctx.regionOf(*edge) : ctx.regions.first();
    bool exists = false;
    for (const auto &item : m.file(u"edge.tf"_s).items)
        if (item.block && item.block->type == QLatin1String("data") && item.block->labels.value(1) == ident)
            exists = true;
    if (!exists) {
        m.variable({u"kubernetes_gateways_ready"_s, u"bool"_s,
                    fileText("Set to true once the Kubernetes export is applied and the AWS Load Balancer Controller has made the Gateways' load balancers"),
                    B(false), false, {}, {}});
        Block &lb = m.file(u"edge.tf"_s).add(u"data"_s, {u"aws_lb"_s, ident});
        lb.comment(fileText("The load balancer of the Kubernetes Gateway %1, made by the AWS Load Balancer Controller\n"
                            "(loadBalancerName in its LoadBalancerConfiguration). Apply twice: first the cluster, then\n"
                            "the Kubernetes export, then again with kubernetes_gateways_ready = true.").arg(g.name));
        if (regionName != ctx.regions.first())
            lb.set(u"provider"_s, u"aws."_s + Context::regionKey(regionName));
        lb.set(u"count"_s, u"var.kubernetes_gateways_ready ? 1 : 0"_s);
        lb.setStr(u"name"_s, gatewayLoadBalancerName(g));
        Block &l = m.file(u"edge.tf"_s).add(u"data"_s, {u"aws_lb_listener"_s, ident});
        if (regionName != ctx.regions.first())
            l.set(u"provider"_s, u"aws."_s + Context::regionKey(regionName));
        l.set(u"count"_s, u"var.kubernetes_gateways_ready ? 1 : 0"_s);
        l.set(u"load_balancer_arn"_s, u"data.aws_lb.%1[0].arn"_s.arg(ident));
        l.setNum(u"port"_s, 443);
    }
    return ident;
}

void AwsMapper::loadBalancer(const Unit &u)
{
    if (forwardsOnlyToApiGateways(u)) {
        m.omit(u, u"edge.tf"_s, fileText("An Application Load Balancer cannot forward to an API Gateway HTTP API, so the API gateway it is drawn in front of "
                                         "is the public entry itself; a WAF drawn in front is attached to the load balancer behind the API gateway."));
        return;
    }
    if (const k8s::Gateway *g = kubeGateway(u.component->id)) {
        m.note(fileText("%1 (Load balancer) is the load balancer of the Kubernetes Gateway %2: the AWS Load Balancer Controller makes it (%3); "
                        "this export makes its security group.").arg(label(u), g->name, gatewayLoadBalancerName(*g)));
        return;
    }
    const QString regionName = ctx.regionOf(u);
    const Region &r = region(u);
    const bool l7 = props.stringValue(*u.component, keys::layer) == QLatin1String("l7");
    const bool isPublic = ctx.isPublic(u);
    const bool tls = props.boolValue(*u.component, keys::tls) || isPublic;
    Block &lb = res(u"edge.tf"_s, u"aws_lb"_s, u.ident, regionName);
    lb.set(u"name"_s, R(tmpl(u"${local.name}-"_s + slugFor(u.slug, u"lb"_s, 16))));
    lb.setBool(u"internal"_s, !isPublic);
    lb.setStr(u"load_balancer_type"_s, l7 ? u"application"_s : u"network"_s);
    lb.set(u"security_groups"_s, list({R(securityGroupOf(u.component->id))}));
    lb.set(u"subnets"_s, isPublic ? r.publicSubnets : r.privateSubnets);
    lb.setBool(u"enable_deletion_protection"_s, true);
    if (l7)
        lb.setBool(u"drop_invalid_header_fields"_s, true);
    else
        lb.setBool(u"enable_cross_zone_load_balancing"_s, true);
    m.todo(fileText("%1 (Load balancer): turn on access_logs with a log bucket of your own.").arg(label(u)));
    if (tls) {
        m.variable({u"certificate_arn"_s, u"string"_s, fileText("ARN of the ACM certificate the load balancers serve HTTPS with"), std::nullopt, false, {}, {}});
    }

    std::vector<const Unit *> targets;
    for (const Connection *c : ctx.outgoing(u.component->id)) {
        const Unit *t = ctx.unit(c->to);
        if (!t || !isKind(*t, {kinds::microservice, kinds::monolith, kinds::virtualMachine, kinds::serverlessFunction}))
            continue;
        targets.push_back(t);
        const bool lambda = isKind(*t, {kinds::serverlessFunction});
        Block &tg = res(u"edge.tf"_s, u"aws_lb_target_group"_s, u.ident + u"_"_s + t->ident, regionName);
        if (t->runtime == Runtime::Kubernetes)
            tg.comment(fileText("Pods of %1 join this group through the AWS Load Balancer Controller (TargetGroupBinding).").arg(label(*t)));
        tg.set(u"name_prefix"_s, R(tmpl(t->slug.left(6))));
        tg.setStr(u"target_type"_s, lambda ? u"lambda"_s : t->runtime == Runtime::VirtualMachines ? u"instance"_s : u"ip"_s);
        if (!lambda) {
            tg.setNum(u"port"_s, ctx.portOf(*c));
            tg.setStr(u"protocol"_s, l7 ? u"HTTP"_s : u"TCP"_s);
            tg.set(u"vpc_id"_s, r.vpc);
            Block &hc = tg.add(u"health_check"_s);
            hc.setBool(u"enabled"_s, true);
            if (l7) {
                hc.setStr(u"path"_s, t->kind->property(keys::readinessPath) ? props.stringValue(*t->component, keys::readinessPath) : u"/"_s);
                hc.setStr(u"matcher"_s, u"200-399"_s);
            }
            hc.setNum(u"healthy_threshold"_s, 2);
            hc.setNum(u"unhealthy_threshold"_s, 3);
        }
        tg.add(u"lifecycle"_s).setBool(u"create_before_destroy"_s, true);
        if (lambda) {
            Block &perm = res(u"edge.tf"_s, u"aws_lambda_permission"_s, u.ident + u"_"_s + t->ident, regionName);
            perm.setStr(u"statement_id"_s, u"AllowLoadBalancer"_s);
            perm.setStr(u"action"_s, u"lambda:InvokeFunction"_s);
            perm.set(u"function_name"_s, u"aws_lambda_function.%1.function_name"_s.arg(t->ident));
            perm.setStr(u"principal"_s, u"elasticloadbalancing.amazonaws.com"_s);
            perm.set(u"source_arn"_s, u"aws_lb_target_group.%1_%2.arn"_s.arg(u.ident, t->ident));
            Block &att = res(u"edge.tf"_s, u"aws_lb_target_group_attachment"_s, u.ident + u"_"_s + t->ident, regionName);
            att.set(u"target_group_arn"_s, u"aws_lb_target_group.%1_%2.arn"_s.arg(u.ident, t->ident));
            att.set(u"target_id"_s, u"aws_lambda_function.%1.arn"_s.arg(t->ident));
            att.set(u"depends_on"_s, list({R(u"aws_lambda_permission.%1_%2"_s.arg(u.ident, t->ident))}));
        }
    }
    Block &listener = res(u"edge.tf"_s, u"aws_lb_listener"_s, u.ident + (tls ? u"_https"_s : u"_http"_s), regionName);
    if (!tls)
        listener.comment(fileText("Deliberate exception: the design turns TLS off for this internal balancer. Traffic stays inside the VPC, unencrypted."));
    listener.set(u"load_balancer_arn"_s, u"aws_lb.%1.arn"_s.arg(u.ident));
    listener.setNum(u"port"_s, tls ? 443 : 80);
    listener.setStr(u"protocol"_s, tls ? (l7 ? u"HTTPS"_s : u"TLS"_s) : (l7 ? u"HTTP"_s : u"TCP"_s));
    if (tls) {
        listener.setStr(u"ssl_policy"_s, u"ELBSecurityPolicy-TLS13-1-2-2021-06"_s);
        listener.set(u"certificate_arn"_s, u"var.certificate_arn"_s);
    }
    Block &action = listener.add(u"default_action"_s);
    if (targets.empty()) {
        action.setStr(u"type"_s, u"fixed-response"_s);
        Block &fr = action.add(u"fixed_response"_s);
        fr.setStr(u"content_type"_s, u"text/plain"_s);
        fr.setStr(u"message_body"_s, u"Not found"_s);
        fr.setStr(u"status_code"_s, u"404"_s);
        if (!l7) {
            action.items.clear();
            action.setStr(u"type"_s, u"forward"_s);
            action.set(u"target_group_arn"_s, u"var.%1_target_group_arn"_s.arg(u.ident));
            m.variable({u.ident + u"_target_group_arn"_s, u"string"_s, fileText("Target group that %1 forwards to (the design connects it to nothing this export creates)").arg(label(u)),
                        std::nullopt, false, {}, {}});
        }
    } else {
        action.setStr(u"type"_s, u"forward"_s);
        action.set(u"target_group_arn"_s, u"aws_lb_target_group.%1_%2.arn"_s.arg(u.ident, targets.front()->ident));
    }
    if (l7) {
        for (size_t i = 1; i < targets.size(); ++i) {
            Block &rule = res(u"edge.tf"_s, u"aws_lb_listener_rule"_s, u.ident + u"_"_s + targets[i]->ident, regionName);
            rule.comment(fileText("The path is a guess from the component name; adjust it to your routes."));
            rule.set(u"listener_arn"_s, u"aws_lb_listener.%1.arn"_s.arg(listener.labels.value(1)));
            rule.setNum(u"priority"_s, qint64(i) * 10);
            Block &a = rule.add(u"action"_s);
            a.setStr(u"type"_s, u"forward"_s);
            a.set(u"target_group_arn"_s, u"aws_lb_target_group.%1_%2.arn"_s.arg(u.ident, targets[i]->ident));
            rule.add(u"condition"_s).add(u"path_pattern"_s).set(u"values"_s, Value::strings({u"/%1/*"_s.arg(targets[i]->slug)}));
        }
    }
    if (isPublic && l7 && !frontedByCdn(u)) { // behind CloudFront only HTTPS from its servers arrives
        Block &redirect = res(u"edge.tf"_s, u"aws_lb_listener"_s, u.ident + u"_http_redirect"_s, regionName);
        redirect.set(u"load_balancer_arn"_s, u"aws_lb.%1.arn"_s.arg(u.ident));
        redirect.setNum(u"port"_s, 80);
        redirect.setStr(u"protocol"_s, u"HTTP"_s);
        Block &a = redirect.add(u"default_action"_s);
        a.setStr(u"type"_s, u"redirect"_s);
        Block &rd = a.add(u"redirect"_s);
        rd.setStr(u"port"_s, u"443"_s);
        rd.setStr(u"protocol"_s, u"HTTPS"_s);
        rd.setStr(u"status_code"_s, u"HTTP_301"_s);
    }
    if (l7) {
        const Value dims = obj({{u"LoadBalancer"_s, R(u"aws_lb.%1.arn_suffix"_s.arg(u.ident))}});
        alarm(u, u"5xx"_s, fileText("more than 50 server errors (5xx) in 5 minutes"), u"AWS/ApplicationELB"_s, u"HTTPCode_Target_5XX_Count"_s, dims, u"Sum"_s, 50);
        alarm(u, u"latency"_s, fileText("p95 response time above 1 second"), u"AWS/ApplicationELB"_s, u"TargetResponseTime"_s, dims, u"p95"_s, 1);
    }
    m.output(u.ident + u"_dns_name"_s, u"aws_lb.%1.dns_name"_s.arg(u.ident), fileText("DNS name of the load balancer %1").arg(label(u)));
}

void AwsMapper::wafVisibility(Block &b, const QString &metric)
{
    Block &v = b.add(u"visibility_config"_s);
    v.setBool(u"cloudwatch_metrics_enabled"_s, true);
    v.setStr(u"metric_name"_s, metric);
    v.setBool(u"sampled_requests_enabled"_s, true);
}

void AwsMapper::waf(const Unit &u)
{
    bool fromCdn = false;
    for (const Connection *c : ctx.incoming(u.component->id))
        if (const Unit *f = ctx.unit(c->from); f && isKind(*f, {kinds::cdn}))
            fromCdn = true;
    const QString regionName = fromCdn ? u"us-east-1"_s : ctx.regionOf(u);
    // A WAF in front of an API gateway (directly or through a load balancer that cannot forward to it)
    // protects the load balancer of the Kubernetes Gateway behind the API gateway: AWS WAF cannot be
    // attached to an HTTP API, and this way no request reaches a workload uninspected.
    std::vector<const k8s::Gateway *> behindApi;
    if (!fromCdn)
        for (const Unit *t : targetsOf(u, {kinds::loadBalancer, kinds::apiGateway})) {
            std::vector<const Unit *> apis;
            if (isKind(*t, {kinds::apiGateway}))
                apis.push_back(t);
            else if (forwardsOnlyToApiGateways(*t))
                apis = targetsOf(*t, {kinds::apiGateway});
            for (const Unit *api : apis)
                if (const k8s::Gateway *g = kubeGateway(api->component->id))
                    behindApi.push_back(g);
        }
    if (fromCdn && !ctx.regions.contains(regionName))
        needUsEast1 = true;
    Block &acl = m.file(u"edge.tf"_s).add(u"resource"_s, {u"aws_wafv2_web_acl"_s, u.ident});
    if (fromCdn) {
        acl.comment(fileText("Protects the CloudFront distribution, so it lives in us-east-1 with scope CLOUDFRONT."));
        if (ctx.regions.first() != regionName)
            acl.set(u"provider"_s, u"aws.us_east_1"_s);
    } else if (regionName != ctx.regions.first()) {
        acl.set(u"provider"_s, u"aws."_s + Context::regionKey(regionName));
    }
    acl.set(u"name"_s, name(u.slug));
    acl.setStr(u"scope"_s, fromCdn ? u"CLOUDFRONT"_s : u"REGIONAL"_s);
    acl.add(u"default_action"_s).add(u"allow"_s);
    int priority = 1;
    if (props.boolValue(*u.component, keys::managedRules)) {
        for (const QString &group : {u"AWSManagedRulesCommonRuleSet"_s, u"AWSManagedRulesKnownBadInputsRuleSet"_s}) {
            Block &rule = acl.add(u"rule"_s);
            rule.setStr(u"name"_s, group);
            rule.setNum(u"priority"_s, priority++);
            rule.add(u"override_action"_s).add(u"none"_s);
            Block &mg = rule.add(u"statement"_s).add(u"managed_rule_group_statement"_s);
            mg.setStr(u"name"_s, group);
            mg.setStr(u"vendor_name"_s, u"AWS"_s);
            wafVisibility(rule, group);
        }
    }
    if (const qint64 limit = props.intValue(*u.component, keys::rateLimitPerMinute); limit > 0) {
        Block &rule = acl.add(u"rule"_s);
        rule.setStr(u"name"_s, u"rate-limit"_s);
        rule.setNum(u"priority"_s, priority++);
        rule.add(u"action"_s).add(u"block"_s);
        Block &rb = rule.add(u"statement"_s).add(u"rate_based_statement"_s);
        rb.setNum(u"limit"_s, std::max<qint64>(10, limit));
        rb.setNum(u"evaluation_window_sec"_s, 60);
        if (behindApi.empty()) {
            rb.setStr(u"aggregate_key_type"_s, u"IP"_s);
        } else {
            // Behind the API gateway the client's address is the first in X-Forwarded-For.
            rb.setStr(u"aggregate_key_type"_s, u"FORWARDED_IP"_s);
            Block &fwd = rb.add(u"forwarded_ip_config"_s);
            fwd.setStr(u"header_name"_s, u"X-Forwarded-For"_s);
            fwd.setStr(u"fallback_behavior"_s, u"MATCH"_s);
        }
        wafVisibility(rule, u"rate-limit"_s);
    }
    wafVisibility(acl, u.slug);
    // WAF logs must go to a log group whose name starts with aws-waf-logs-.
    Block &lg = m.file(u"observability.tf"_s).add(u"resource"_s, {u"aws_cloudwatch_log_group"_s, u.ident + u"_waf"_s});
    if (acl.items.front().name == QLatin1String("provider"))
        lg.set(u"provider"_s, acl.items.front().value);
    lg.set(u"name"_s, R(tmpl(u"aws-waf-logs-${local.name}-"_s + u.slug)));
    lg.set(u"retention_in_days"_s, logRetention);
    Block &lc = m.file(u"edge.tf"_s).add(u"resource"_s, {u"aws_wafv2_web_acl_logging_configuration"_s, u.ident});
    if (acl.items.front().name == QLatin1String("provider"))
        lc.set(u"provider"_s, acl.items.front().value);
    lc.set(u"resource_arn"_s, u"aws_wafv2_web_acl.%1.arn"_s.arg(u.ident));
    lc.set(u"log_destination_configs"_s, list({R(u"aws_cloudwatch_log_group.%1_waf.arn"_s.arg(u.ident))}));
    if (fromCdn)
        return;
    for (const k8s::Gateway *g : behindApi) {
        const QString gw = gatewayLoadBalancer(*g);
        Block &assoc = res(u"edge.tf"_s, u"aws_wafv2_web_acl_association"_s, u.ident + u"_"_s + gw, regionName);
        assoc.comment(fileText("Every request the API gateway passes to the Kubernetes Gateway %1 is inspected here.").arg(g->name));
        assoc.set(u"count"_s, u"var.kubernetes_gateways_ready ? 1 : 0"_s);
        assoc.set(u"resource_arn"_s, u"data.aws_lb.%1[0].arn"_s.arg(gw));
        assoc.set(u"web_acl_arn"_s, u"aws_wafv2_web_acl.%1.arn"_s.arg(u.ident));
        m.note(fileText("%1 (WAF) is attached to the load balancer of the Kubernetes Gateway %2 behind the API gateway: AWS WAF cannot protect an "
                        "HTTP API, so it inspects every request the API gateway forwards (rate limit by X-Forwarded-For).").arg(label(u), g->name));
    }
    for (const Unit *t : targetsOf(u, {kinds::loadBalancer, kinds::apiGateway})) {
        if (!behindApi.empty())
            break;
        if (isKind(*t, {kinds::apiGateway}) || props.stringValue(*t->component, keys::layer) != QLatin1String("l7")) {
            m.warn(fileText("%1 (WAF) cannot be attached to %2 (AWS WAF protects application load balancers, REST APIs and CloudFront); put it in front of CloudFront or an application load balancer.")
                       .arg(label(u), label(*t)));
            continue;
        }
        Block &assoc = res(u"edge.tf"_s, u"aws_wafv2_web_acl_association"_s, u.ident + u"_"_s + t->ident, ctx.regionOf(*t));
        assoc.set(u"resource_arn"_s, u"aws_lb.%1.arn"_s.arg(t->ident));
        assoc.set(u"web_acl_arn"_s, u"aws_wafv2_web_acl.%1.arn"_s.arg(u.ident));
    }
}

void AwsMapper::cdn(const Unit &u)
{
    m.variable({u"cdn_certificate_arn"_s, u"string"_s, fileText("ARN of the ACM certificate (in us-east-1) CloudFront serves HTTPS with"), std::nullopt, false, {}, {}});
    struct Origin {
        const Unit *unit;
        bool bucket;
    };
    std::vector<Origin> origins;
    const Unit *waf = nullptr;
    for (const Connection *c : ctx.outgoing(u.component->id)) {
        const Unit *t = ctx.unit(c->to);
        if (!t)
            continue;
        if (isKind(*t, {kinds::waf})) {
            waf = t;
            for (const Unit *behind : targetsOf(*t, {kinds::loadBalancer, kinds::apiGateway}))
                origins.push_back({behind, false});
        } else if (isKind(*t, {kinds::objectStorage})) {
            origins.push_back({t, true});
        } else if (isKind(*t, {kinds::loadBalancer, kinds::apiGateway})) {
            origins.push_back({t, false});
        }
    }
    std::stable_sort(origins.begin(), origins.end(), [](const Origin &a, const Origin &b) { return !a.bucket && b.bucket; });
    bool hasBucket = false;
    for (const Origin &o : origins)
        hasBucket = hasBucket || o.bucket;
    const qint64 ttl = props.intValue(*u.component, keys::cacheTtlSeconds);
    if (hasBucket) {
        Block &cp = m.file(u"edge.tf"_s).add(u"resource"_s, {u"aws_cloudfront_cache_policy"_s, u.ident});
        cp.comment(fileText("Static content from the buckets only; dynamic origins are never cached."));
        cp.set(u"name"_s, name(u.slug));
        cp.setNum(u"min_ttl"_s, 0);
        cp.setNum(u"default_ttl"_s, ttl);
        cp.setNum(u"max_ttl"_s, std::max<qint64>(ttl, 86400));
        Block &params = cp.add(u"parameters_in_cache_key_and_forwarded_to_origin"_s);
        params.setBool(u"enable_accept_encoding_brotli"_s, true);
        params.setBool(u"enable_accept_encoding_gzip"_s, true);
        params.add(u"cookies_config"_s).setStr(u"cookie_behavior"_s, u"none"_s);
        params.add(u"headers_config"_s).setStr(u"header_behavior"_s, u"none"_s);
        params.add(u"query_strings_config"_s).setStr(u"query_string_behavior"_s, u"all"_s);
    }
    bool dynamicOrigin = origins.empty();
    for (const Origin &o : origins)
        dynamicOrigin = dynamicOrigin || !o.bucket;
    if (dynamicOrigin) {
        // Responses of applications depend on the caller (cookies, Authorization): never cached, and the
        // whole request (headers but Host, cookies, query strings; Authorization too, caching being off) reaches the origin.
        Block &noCache = m.file(u"edge.tf"_s).add(u"data"_s, {u"aws_cloudfront_cache_policy"_s, u"caching_disabled"_s});
        noCache.setStr(u"name"_s, u"Managed-CachingDisabled"_s);
        Block &forward = m.file(u"edge.tf"_s).add(u"data"_s, {u"aws_cloudfront_origin_request_policy"_s, u"all_viewer_except_host"_s});
        forward.setStr(u"name"_s, u"Managed-AllViewerExceptHostHeader"_s);
        if (u.component->properties.contains(keys::cacheTtlSeconds) && !hasBucket)
            m.warn(fileText("%1 (CDN): cacheTtlSeconds (%2) is not honoured: its origins are applications, whose responses are never cached across users.")
                       .arg(label(u)).arg(ttl));
    }
    if (hasBucket) {
        Block &oac = m.file(u"edge.tf"_s).add(u"resource"_s, {u"aws_cloudfront_origin_access_control"_s, u.ident});
        oac.set(u"name"_s, name(u.slug));
        oac.setStr(u"origin_access_control_origin_type"_s, u"s3"_s);
        oac.setStr(u"signing_behavior"_s, u"always"_s);
        oac.setStr(u"signing_protocol"_s, u"sigv4"_s);
    }
    Block &d = m.file(u"edge.tf"_s).add(u"resource"_s, {u"aws_cloudfront_distribution"_s, u.ident});
    d.setBool(u"enabled"_s, true);
    d.setBool(u"is_ipv6_enabled"_s, true);
    d.setStr(u"comment"_s, label(u));
    d.setStr(u"http_version"_s, u"http2and3"_s);
    d.setStr(u"price_class"_s, u"PriceClass_100"_s);
    if (waf)
        d.set(u"web_acl_id"_s, u"aws_wafv2_web_acl.%1.arn"_s.arg(waf->ident));
    if (origins.empty()) {
        m.variable({u.ident + u"_origin_domain"_s, u"string"_s, fileText("Host name CloudFront fetches %1's content from").arg(label(u)), std::nullopt, false, {}, {}});
        Block &o = d.add(u"origin"_s);
        o.set(u"domain_name"_s, u"var.%1_origin_domain"_s.arg(u.ident));
        o.setStr(u"origin_id"_s, u"origin"_s);
        Block &cfg = o.add(u"custom_origin_config"_s);
        cfg.setNum(u"http_port"_s, 80);
        cfg.setNum(u"https_port"_s, 443);
        cfg.setStr(u"origin_protocol_policy"_s, u"https-only"_s);
        cfg.set(u"origin_ssl_protocols"_s, Value::strings({u"TLSv1.2"_s}));
    }
    for (const Origin &o : origins) {
        Block &ob = d.add(u"origin"_s);
        ob.setStr(u"origin_id"_s, o.unit->slug);
        if (o.bucket) {
            ob.set(u"domain_name"_s, u"aws_s3_bucket.%1.bucket_regional_domain_name"_s.arg(o.unit->ident));
            ob.set(u"origin_access_control_id"_s, u"aws_cloudfront_origin_access_control.%1.id"_s.arg(u.ident));
            continue;
        }
        if (restApiBehindCdn(*o.unit)) {
            cdnOriginToRestApi(ob, *o.unit);
        } else if (isKind(*o.unit, {kinds::apiGateway})) {
            // The API's execute-api endpoint is off (see apiGateway): its custom domain is the origin.
            ob.set(u"domain_name"_s, u"var.%1_origin_domain"_s.arg(o.unit->ident));
        } else {
            // CloudFront checks the origin's certificate against this name: the load balancer's own
            // *.elb.amazonaws.com name is on no certificate of yours, so a name of your domain is used.
            const QString var = o.unit->ident + u"_origin_domain"_s;
            m.variable({var, u"string"_s,
                        fileText("Host name CloudFront reaches %1 by: on the certificate certificate_arn, with a DNS record (alias) to the load balancer")
                            .arg(label(*o.unit)),
                        std::nullopt, false, u"!endswith(var.%1, \".elb.amazonaws.com\")"_s.arg(var),
                        fileText("Use a name of your domain that the load balancer's certificate carries.")});
            ob.set(u"domain_name"_s, u"var."_s + var);
        }
        Block &cfg = ob.add(u"custom_origin_config"_s);
        cfg.setNum(u"http_port"_s, 80);
        cfg.setNum(u"https_port"_s, 443);
        cfg.setStr(u"origin_protocol_policy"_s, u"https-only"_s);
        cfg.set(u"origin_ssl_protocols"_s, Value::strings({u"TLSv1.2"_s}));
    }
    auto behaviour = [&](Block &b, const QString &origin, bool dynamic) {
        b.setStr(u"target_origin_id"_s, origin);
        b.setStr(u"viewer_protocol_policy"_s, u"redirect-to-https"_s);
        b.set(u"allowed_methods"_s, dynamic ? Value::strings({u"DELETE"_s, u"GET"_s, u"HEAD"_s, u"OPTIONS"_s, u"PATCH"_s, u"POST"_s, u"PUT"_s})
                                            : Value::strings({u"GET"_s, u"HEAD"_s}));
        b.set(u"cached_methods"_s, Value::strings({u"GET"_s, u"HEAD"_s}));
        if (dynamic) {
            b.set(u"cache_policy_id"_s, u"data.aws_cloudfront_cache_policy.caching_disabled.id"_s);
            b.set(u"origin_request_policy_id"_s, u"data.aws_cloudfront_origin_request_policy.all_viewer_except_host.id"_s);
        } else {
            b.set(u"cache_policy_id"_s, u"aws_cloudfront_cache_policy.%1.id"_s.arg(u.ident));
        }
        b.setBool(u"compress"_s, true);
    };
    behaviour(d.add(u"default_cache_behavior"_s), origins.empty() ? u"origin"_s : origins.front().unit->slug, origins.empty() || !origins.front().bucket);
    for (size_t i = 1; i < origins.size(); ++i) {
        Block &b = d.add(u"ordered_cache_behavior"_s);
        b.comment(fileText("The path is a guess from the component name; adjust it to your routes."));
        b.setStr(u"path_pattern"_s, u"/%1/*"_s.arg(origins[i].unit->slug));
        behaviour(b, origins[i].unit->slug, !origins[i].bucket);
    }
    d.add(u"restrictions"_s).add(u"geo_restriction"_s).setStr(u"restriction_type"_s, u"none"_s);
    Block &cert = d.add(u"viewer_certificate"_s);
    cert.set(u"acm_certificate_arn"_s, u"var.cdn_certificate_arn"_s);
    cert.setStr(u"ssl_support_method"_s, u"sni-only"_s);
    cert.setStr(u"minimum_protocol_version"_s, u"TLSv1.2_2021"_s);
    m.todo(fileText("%1 (CDN): add your domain names (aliases) and a logging bucket to aws_cloudfront_distribution.%2.").arg(label(u), u.ident));
    m.output(u.ident + u"_domain_name"_s, u"aws_cloudfront_distribution.%1.domain_name"_s.arg(u.ident), fileText("Domain name of the CloudFront distribution %1").arg(label(u)));
}

void AwsMapper::dns(const Unit &u)
{
    Block &z = m.file(u"edge.tf"_s).add(u"resource"_s, {u"aws_route53_zone"_s, u.ident});
    z.setStr(u"name"_s, props.stringValue(*u.component, keys::domain));
    z.setStr(u"comment"_s, label(u));
    for (const Connection *c : ctx.outgoing(u.component->id)) {
        const Unit *t = ctx.unit(c->to);
        if (!t || !isKind(*t, {kinds::cdn, kinds::loadBalancer}))
            continue;
        Block &rec = m.file(u"edge.tf"_s).add(u"resource"_s, {u"aws_route53_record"_s, m.reserveName(u.ident + u"_"_s + t->ident)});
        rec.set(u"zone_id"_s, u"aws_route53_zone.%1.zone_id"_s.arg(u.ident));
        rec.setStr(u"name"_s, props.stringValue(*u.component, keys::domain));
        rec.setStr(u"type"_s, u"A"_s);
        Block &alias = rec.add(u"alias"_s);
        const bool cdn = isKind(*t, {kinds::cdn});
        alias.set(u"name"_s, cdn ? u"aws_cloudfront_distribution.%1.domain_name"_s.arg(t->ident) : u"aws_lb.%1.dns_name"_s.arg(t->ident));
        alias.set(u"zone_id"_s, cdn ? u"aws_cloudfront_distribution.%1.hosted_zone_id"_s.arg(t->ident) : u"aws_lb.%1.zone_id"_s.arg(t->ident));
        alias.setBool(u"evaluate_target_health"_s, !cdn);
    }
    m.todo(fileText("%1 (DNS): point the registrar at the name servers in output %2_name_servers, add records for your entry points and turn on DNSSEC signing.")
               .arg(label(u), u.ident));
    m.output(u.ident + u"_name_servers"_s, u"aws_route53_zone.%1.name_servers"_s.arg(u.ident), fileText("Name servers of %1").arg(props.stringValue(*u.component, keys::domain)));
}

} // namespace sd::tf
