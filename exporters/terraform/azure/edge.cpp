// SPDX-License-Identifier: MIT
// Azure: Application Gateway with its WAF policy, Front Door and DNS zones.
#include "azuremapper.h"

#include <algorithm>

namespace sd::tf {

bool AzureMapper::gatewayInAks(const k8s::Gateway &g) const
{
    if (!k8sPlan || g.routes.empty())
        return false;
    for (const k8s::Route &route : g.routes) {
        const auto w = std::find_if(k8sPlan->workloads.begin(), k8sPlan->workloads.end(), [&](const k8s::Workload &x) { return x.name == route.workload; });
        const Unit *unit = w == k8sPlan->workloads.end() || !w->component ? nullptr : ctx.unit(w->component->id);
        if (!unit || !isWorkloadInCluster(*unit))
            return false;
    }
    return true;
}

void AzureMapper::gateway(const Unit &u)
{
    const QString r = ctx.regionOf(u);
    if (!ctx.isPublic(u) && isKind(u, {kinds::apiGateway})) {
        m.omit(u, u"edge.tf"_s, fileText("Azure API Management is not generated for an internal gateway (it takes about an hour to create and needs publisher details); add azurerm_api_management, or mark the gateway public to get an Application Gateway with WAF."));
        return;
    }
    if (!ctx.isPublic(u)) {
        m.omit(u, u"edge.tf"_s, fileText("An internal load balancer on Azure comes with its backends: Container Apps and AKS Services balance by themselves; add an internal azurerm_lb for scale sets yourself."));
        return;
    }
    if (isKind(u, {kinds::loadBalancer}) && props.stringValue(*u.component, keys::layer) == QLatin1String("l4")) {
        m.omit(u, u"edge.tf"_s, fileText("A public layer-4 balancer is an azurerm_lb (Standard) with your rules; the export only generates HTTPS entry points (Application Gateway with WAF)."));
        return;
    }
    // Drawn directly in front of AKS workloads, the load balancer is the Gateway's Application Gateway for Containers.
    if (k8sPlan)
        for (const k8s::Gateway &kg : k8sPlan->gateways)
            if (kg.componentId == u.component->id && gatewayInAks(kg)) {
                applicationGatewayForContainers(kg, r);
                return;
            }
    struct Backend {
        const Unit *unit;
        QString fqdn;     ///< empty: a scale set joins the pool itself
        QString host;     ///< Host header the backend routes on; empty = the backend's own name
        int port = 443;
        QString probePath;
    };
    std::vector<Backend> backends;
    std::vector<std::pair<const k8s::Gateway *, QString>> agcs; ///< Gateways in AKS behind this one, made once it exists
    for (const Connection *c : ctx.outgoing(u.component->id)) {
        const Unit *t = ctx.unit(c->to);
        if (!t)
            continue;
        if (placedRuntime(*t) == Runtime::ContainerService)
            backends.push_back({t, u"azurerm_container_app.%1.ingress[0].fqdn"_s.arg(t->ident), {}, 443, props.stringValue(*t->component, keys::readinessPath)});
        else if (isKind(*t, {kinds::serverlessFunction}))
            backends.push_back({t, u"azurerm_linux_function_app.%1.default_hostname"_s.arg(t->ident), {}, 443, u"/"_s});
        else if (placedRuntime(*t) == Runtime::VirtualMachines && isWorkload(*t))
            backends.push_back({t, {}, {}, int(props.intValue(*t->component, keys::port)), props.stringValue(*t->component, keys::healthPath)});
        else if (k8sPlan)
            for (const k8s::Gateway &kg : k8sPlan->gateways)
                if (kg.componentId == t->component->id && gatewayInAks(kg)) {
                    // An API gateway or load balancer with its Gateway in AKS: the App Gateway (and its WAF) sends to that Gateway's frontend.
                    agcs.push_back({&kg, ctx.regionOf(*t)});
                    QString probe = u"/"_s;
                    for (const k8s::Workload &wl : k8sPlan->workloads)
                        if (wl.name == kg.routes.front().workload && !wl.readiness.path.isEmpty() && wl.readiness.type == k8s::Probe::Type::Http)
                            probe = wl.readiness.path;
                    backends.push_back({t, u"azurerm_application_load_balancer_frontend.%1.fully_qualified_domain_name"_s.arg(agcIdent(kg)), kg.routes.front().host, 443, probe});
                }
    }
    if (backends.empty()) {
        m.omit(u, u"edge.tf"_s, fileText("It connects to nothing this export can put behind an Application Gateway (Container Apps, Functions, scale sets, Gateways in AKS)."));
        return;
    }
    // The default route goes to an application, not to a scale set drawn beside it (a back office, say).
    std::stable_partition(backends.begin(), backends.end(), [](const Backend &b) { return !b.fqdn.isEmpty(); });
    const Subnet &sn = subnet(r, u"gateway"_s);
    nsgRule(r, u"gateway"_s, u"https-from-internet"_s, fileText("HTTPS from the internet to %1").arg(label(u)), S(u"Internet"_s), S(u"*"_s), u"443"_s,
            fileText("Deliberate exception: the public entry point must accept HTTPS from the internet."));
    nsgRule(r, u"gateway"_s, u"http-redirect"_s, fileText("HTTP from the internet, only redirected to HTTPS"), S(u"Internet"_s), S(u"*"_s), u"80"_s,
            fileText("Deliberate exception: port 80 only answers with a redirect to HTTPS."));
    // Web application firewall: the design's WAF in front of it, or a default policy.
    const Unit *wafUnit = nullptr;
    for (const Connection *c : ctx.incoming(u.component->id))
        if (const Unit *f = ctx.unit(c->from); f && isKind(*f, {kinds::waf}))
            wafUnit = f;
    wafPolicy(u.ident, r, wafUnit, &u);

    Block &pip = res(u"edge.tf"_s, u"azurerm_public_ip"_s, u.ident, r);
    pip.setStr(u"allocation_method"_s, u"Static"_s);
    pip.setStr(u"sku"_s, u"Standard"_s);
    const QStringList zones = zonesOf(r);
    if (zones.size() >= 2)
        pip.set(u"zones"_s, Value::strings(zones));
    m.variable({u.ident + u"_certificate_name"_s, u"string"_s,
                fileText("Name of the TLS certificate %1 serves, imported into the region's Key Vault (az keyvault certificate import)").arg(label(u)), std::nullopt, false,
                u"can(regex(\"^[0-9A-Za-z-]{1,127}$\", var.%1_certificate_name))"_s.arg(u.ident), fileText("Key Vault names use letters, digits and hyphens.")});
    Block &g = res(u"edge.tf"_s, u"azurerm_application_gateway"_s, u.ident, r);
    g.set(u"firewall_policy_id"_s, u"azurerm_web_application_firewall_policy.%1.id"_s.arg(u.ident));
    g.setBool(u"enable_http2"_s, true);
    if (zones.size() >= 2)
        g.set(u"zones"_s, Value::strings(zones));
    Block &sku = g.add(u"sku"_s);
    sku.setStr(u"name"_s, u"WAF_v2"_s);
    sku.setStr(u"tier"_s, u"WAF_v2"_s);
    Block &as = g.add(u"autoscale_configuration"_s);
    as.setNum(u"min_capacity"_s, 2);
    as.setNum(u"max_capacity"_s, 10);
    // Its own identity, which may read its certificate and nothing else in the vault.
    const QString gid = ownIdentity(u.ident + u"_gateway"_s, r, fileText("the Application Gateway %1").arg(label(u)));
    userIdentity(g, gid);
    const QString certGrant = grant(u.ident + u"_certificate"_s, gid, R(tmpl(u"${azurerm_key_vault.%1.id}/secrets/${var.%2_certificate_name}"_s.arg(key(r), u.ident))).render(0),
                                    u"Key Vault Secrets User"_s, fileText("%1 reads its TLS certificate, only that secret").arg(label(u)));
    Block &gic = g.add(u"gateway_ip_configuration"_s);
    gic.setStr(u"name"_s, u"gateway"_s);
    gic.set(u"subnet_id"_s, u"azurerm_subnet.%1.id"_s.arg(sn.ident));
    Block &fip = g.add(u"frontend_ip_configuration"_s);
    fip.setStr(u"name"_s, u"public"_s);
    fip.set(u"public_ip_address_id"_s, u"azurerm_public_ip.%1.id"_s.arg(u.ident));
    for (const auto &[portName, port] : {std::pair{u"https"_s, 443}, std::pair{u"http"_s, 80}}) {
        Block &fp = g.add(u"frontend_port"_s);
        fp.setStr(u"name"_s, portName);
        fp.setNum(u"port"_s, port);
    }
    Block &cert = g.add(u"ssl_certificate"_s);
    cert.setStr(u"name"_s, u"tls"_s);
    cert.set(u"key_vault_secret_id"_s, R(tmpl(u"${azurerm_key_vault.%1.vault_uri}secrets/${var.%2_certificate_name}"_s.arg(key(r), u.ident))));
    Block &ssl = g.add(u"ssl_policy"_s);
    ssl.setStr(u"policy_type"_s, u"Predefined"_s);
    ssl.setStr(u"policy_name"_s, u"AppGwSslPolicy20220101S"_s);
    for (const Backend &b : backends) {
        Block &pool = g.add(u"backend_address_pool"_s);
        pool.setStr(u"name"_s, b.unit->slug);
        if (!b.fqdn.isEmpty())
            pool.set(u"fqdns"_s, list({R(b.fqdn)}));
        else
            pool.comment(fileText("The scale set %1 joins this pool (application_gateway_backend_address_pool_ids).").arg(label(*b.unit)));
        const bool vm = b.fqdn.isEmpty();
        Block &probe = g.add(u"probe"_s);
        probe.setStr(u"name"_s, b.unit->slug);
        probe.setStr(u"protocol"_s, vm ? u"Http"_s : u"Https"_s);
        probe.setStr(u"path"_s, b.probePath.isEmpty() ? u"/"_s : b.probePath);
        if (!b.host.isEmpty())
            probe.setStr(u"host"_s, b.host);
        else if (vm)
            probe.setStr(u"host"_s, u"127.0.0.1"_s);
        else
            probe.setBool(u"pick_host_name_from_backend_http_settings"_s, true);
        probe.setNum(u"interval"_s, 15);
        probe.setNum(u"timeout"_s, 10);
        probe.setNum(u"unhealthy_threshold"_s, 3);
        Block &hs = g.add(u"backend_http_settings"_s);
        hs.setStr(u"name"_s, b.unit->slug);
        hs.setStr(u"cookie_based_affinity"_s, u"Disabled"_s);
        hs.setNum(u"port"_s, b.port);
        if (vm)
            hs.comment(fileText("Inside the VNet to the instances' own port; TLS ends at the gateway."));
        hs.setStr(u"protocol"_s, vm ? u"Http"_s : u"Https"_s);
        if (!b.host.isEmpty())
            hs.setStr(u"host_name"_s, b.host); // the Gateway's routes match on the public host name
        else if (!vm)
            hs.setBool(u"pick_host_name_from_backend_address"_s, true);
        hs.setStr(u"probe_name"_s, b.unit->slug);
        hs.setNum(u"request_timeout"_s, 30);
    }
    Block &https = g.add(u"http_listener"_s);
    https.setStr(u"name"_s, u"https"_s);
    https.setStr(u"frontend_ip_configuration_name"_s, u"public"_s);
    https.setStr(u"frontend_port_name"_s, u"https"_s);
    https.setStr(u"protocol"_s, u"Https"_s);
    https.setStr(u"ssl_certificate_name"_s, u"tls"_s);
    Block &http = g.add(u"http_listener"_s);
    http.setStr(u"name"_s, u"http"_s);
    http.setStr(u"frontend_ip_configuration_name"_s, u"public"_s);
    http.setStr(u"frontend_port_name"_s, u"http"_s);
    http.setStr(u"protocol"_s, u"Http"_s);
    Block &rc = g.add(u"redirect_configuration"_s);
    rc.setStr(u"name"_s, u"to-https"_s);
    rc.setStr(u"redirect_type"_s, u"Permanent"_s);
    rc.setStr(u"target_listener_name"_s, u"https"_s);
    rc.setBool(u"include_path"_s, true);
    rc.setBool(u"include_query_string"_s, true);
    if (backends.size() > 1) {
        Block &map = g.add(u"url_path_map"_s);
        map.setStr(u"name"_s, u"routes"_s);
        map.setStr(u"default_backend_address_pool_name"_s, backends.front().unit->slug);
        map.setStr(u"default_backend_http_settings_name"_s, backends.front().unit->slug);
        for (size_t i = 1; i < backends.size(); ++i) {
            Block &pr = map.add(u"path_rule"_s);
            pr.comment(fileText("The path is a guess from the component name; adjust it to your routes."));
            pr.setStr(u"name"_s, backends[i].unit->slug);
            pr.set(u"paths"_s, Value::strings({u"/%1/*"_s.arg(backends[i].unit->slug)}));
            pr.setStr(u"backend_address_pool_name"_s, backends[i].unit->slug);
            pr.setStr(u"backend_http_settings_name"_s, backends[i].unit->slug);
        }
    }
    Block &rule = g.add(u"request_routing_rule"_s);
    rule.setStr(u"name"_s, u"https"_s);
    rule.setNum(u"priority"_s, 100);
    rule.setStr(u"http_listener_name"_s, u"https"_s);
    if (backends.size() > 1) {
        rule.setStr(u"rule_type"_s, u"PathBasedRouting"_s);
        rule.setStr(u"url_path_map_name"_s, u"routes"_s);
    } else {
        rule.setStr(u"rule_type"_s, u"Basic"_s);
        rule.setStr(u"backend_address_pool_name"_s, backends.front().unit->slug);
        rule.setStr(u"backend_http_settings_name"_s, backends.front().unit->slug);
    }
    Block &redirect = g.add(u"request_routing_rule"_s);
    redirect.setStr(u"name"_s, u"http-redirect"_s);
    redirect.setNum(u"priority"_s, 200);
    redirect.setStr(u"rule_type"_s, u"Basic"_s);
    redirect.setStr(u"http_listener_name"_s, u"http"_s);
    redirect.setStr(u"redirect_configuration_name"_s, u"to-https"_s);
    g.set(u"depends_on"_s, list({R(u"azurerm_role_assignment.%1"_s.arg(certGrant))}));
    for (const auto &[kg, region] : agcs)
        applicationGatewayForContainers(*kg, region, u.ident);
    for (const Backend &b : backends)
        if (b.fqdn.isEmpty())
            vmPools[b.unit->ident].push_back(R(u"one([for p in azurerm_application_gateway.%1.backend_address_pool : p.id if p.name == \"%2\"])"_s.arg(u.ident, b.unit->slug)));
    diag(u.ident, u"azurerm_application_gateway.%1.id"_s.arg(u.ident));
    const QString scope = u"azurerm_application_gateway.%1.id"_s.arg(u.ident);
    alert(u, u"failures"_s, fileText("more than 50 failed requests in 5 minutes"), scope, u"Microsoft.Network/applicationGateways"_s, u"FailedRequests"_s, u"Total"_s, 50);
    alert(u, u"latency"_s, fileText("average total time above 1 second"), scope, u"Microsoft.Network/applicationGateways"_s, u"ApplicationGatewayTotalTime"_s, u"Average"_s, 1000);
    m.output(u.ident + u"_address"_s, u"azurerm_public_ip.%1.ip_address"_s.arg(u.ident), fileText("Public address of %1").arg(label(u)));
}

Block &AzureMapper::wafPolicy(const QString &ident, const QString &r, const Unit *wafUnit, const Unit *edge, bool perClient)
{
    Block &pol = m.file(u"edge.tf"_s).add(u"resource"_s, {u"azurerm_web_application_firewall_policy"_s, ident});
    pol.set(u"name"_s, name(hyphens(ident)));
    pol.set(u"resource_group_name"_s, rg(r));
    pol.set(u"location"_s, location(r));
    if (wafUnit)
        pol.comment(fileText("The rules of the WAF drawn in the design (%1).").arg(label(*wafUnit)));
    Block &ps = pol.add(u"policy_settings"_s);
    ps.setBool(u"enabled"_s, true);
    ps.setStr(u"mode"_s, u"Prevention"_s);
    ps.setBool(u"request_body_check"_s, true);
    const qint64 perMinute = wafUnit ? props.intValue(*wafUnit->component, keys::rateLimitPerMinute)
                                     : (edge && isKind(*edge, {kinds::apiGateway}) ? props.intValue(*edge->component, keys::rateLimitRps) * 60 : 0);
    if (perMinute > 0) {
        Block &cr = pol.add(u"custom_rules"_s);
        cr.setStr(u"name"_s, perClient ? u"RateLimitPerClient"_s : u"RateLimitTotal"_s);
        cr.setNum(u"priority"_s, 1);
        cr.setStr(u"rule_type"_s, u"RateLimitRule"_s);
        cr.setStr(u"rate_limit_duration"_s, u"OneMin"_s);
        cr.setNum(u"rate_limit_threshold"_s, perMinute);
        cr.setStr(u"group_rate_limit_by"_s, perClient ? u"ClientAddr"_s : u"None"_s);
        cr.setStr(u"action"_s, u"Block"_s);
        Block &mc = cr.add(u"match_conditions"_s);
        mc.add(u"match_variables"_s).setStr(u"variable_name"_s, u"RemoteAddr"_s);
        mc.setStr(u"operator"_s, u"IPMatch"_s);
        mc.setBool(u"negation_condition"_s, true);
        mc.set(u"match_values"_s, Value::strings({u"255.255.255.255"_s}));
    }
    Block &mr = pol.add(u"managed_rules"_s);
    Block &set = mr.add(u"managed_rule_set"_s);
    set.setStr(u"type"_s, u"OWASP"_s);
    set.setStr(u"version"_s, u"3.2"_s);
    Block &bots = mr.add(u"managed_rule_set"_s);
    bots.setStr(u"type"_s, u"Microsoft_BotManagerRuleSet"_s);
    bots.setStr(u"version"_s, u"1.0"_s);

    return pol;
}

void AzureMapper::cdn(const Unit &u)
{
    const QString r = ctx.regionOf(u);
    struct Origin {
        const Unit *unit;
        QString host;
    };
    std::vector<Origin> origins;
    const Unit *wafUnit = nullptr;
    for (const Connection *c : ctx.outgoing(u.component->id)) {
        const Unit *t = ctx.unit(c->to);
        if (!t)
            continue;
        std::vector<const Unit *> targets = {t};
        if (isKind(*t, {kinds::waf})) {
            wafUnit = t;
            targets.clear();
            for (const Connection *c2 : ctx.outgoing(t->component->id))
                if (const Unit *t2 = ctx.unit(c2->to))
                    targets.push_back(t2);
        }
        for (const Unit *o : targets) {
            if (isKind(*o, {kinds::objectStorage}))
                origins.push_back({o, u"azurerm_storage_account.%1.primary_blob_host"_s.arg(o->ident)});
            else if (isKind(*o, {kinds::loadBalancer, kinds::apiGateway}) && ctx.isPublic(*o))
                origins.push_back({o, u"azurerm_public_ip.%1.ip_address"_s.arg(o->ident)});
        }
    }
    if (origins.empty()) {
        m.omit(u, u"edge.tf"_s, fileText("It connects to no origin this export creates (storage, or a public Application Gateway)."));
        return;
    }
    Block &p = m.file(u"edge.tf"_s).add(u"resource"_s, {u"azurerm_cdn_frontdoor_profile"_s, u.ident});
    p.set(u"name"_s, name(u.slug));
    p.set(u"resource_group_name"_s, rg(r));
    p.comment(fileText("Premium: managed WAF rule sets and private origins."));
    p.setStr(u"sku_name"_s, u"Premium_AzureFrontDoor"_s);
    Block &e = m.file(u"edge.tf"_s).add(u"resource"_s, {u"azurerm_cdn_frontdoor_endpoint"_s, u.ident});
    e.set(u"name"_s, unique(u.slug));
    e.set(u"cdn_frontdoor_profile_id"_s, u"azurerm_cdn_frontdoor_profile.%1.id"_s.arg(u.ident));
    for (const Origin &o : origins) {
        const QString ident = m.reserveName(u.ident + u"_"_s + o.unit->ident);
        Block &og = m.file(u"edge.tf"_s).add(u"resource"_s, {u"azurerm_cdn_frontdoor_origin_group"_s, ident});
        og.setStr(u"name"_s, o.unit->slug);
        og.set(u"cdn_frontdoor_profile_id"_s, u"azurerm_cdn_frontdoor_profile.%1.id"_s.arg(u.ident));
        og.add(u"load_balancing"_s).setNum(u"sample_size"_s, 4);
        Block &hp = og.add(u"health_probe"_s);
        hp.setStr(u"protocol"_s, u"Https"_s);
        hp.setNum(u"interval_in_seconds"_s, 60);
        hp.setStr(u"path"_s, u"/"_s);
        Block &org = m.file(u"edge.tf"_s).add(u"resource"_s, {u"azurerm_cdn_frontdoor_origin"_s, ident});
        org.setStr(u"name"_s, o.unit->slug);
        org.set(u"cdn_frontdoor_origin_group_id"_s, u"azurerm_cdn_frontdoor_origin_group.%1.id"_s.arg(ident));
        org.set(u"host_name"_s, o.host);
        org.setNum(u"https_port"_s, 443);
        org.setBool(u"certificate_name_check_enabled"_s, true);
        if (isKind(*o.unit, {kinds::objectStorage})) {
            org.set(u"origin_host_header"_s, o.host);
        } else {
            // The Application Gateway serves the certificate of the design's domain: Front Door sends that name (SNI and Host).
            QString domain;
            for (const Unit *d : ctx.unitsOfKind(kinds::dns))
                domain = props.stringValue(*d->component, keys::domain);
            if (domain.isEmpty()) {
                m.variable({u.ident + u"_origin_host"_s, u"string"_s, fileText("Host name the certificate of %1 names; Front Door sends it to the origin").arg(label(*o.unit)),
                            std::nullopt, false, {}, {}});
                org.set(u"origin_host_header"_s, u"var.%1_origin_host"_s.arg(u.ident));
            } else {
                org.setStr(u"origin_host_header"_s, domain);
            }
        }
        Block &route = m.file(u"edge.tf"_s).add(u"resource"_s, {u"azurerm_cdn_frontdoor_route"_s, ident});
        route.setStr(u"name"_s, o.unit->slug);
        route.set(u"cdn_frontdoor_endpoint_id"_s, u"azurerm_cdn_frontdoor_endpoint.%1.id"_s.arg(u.ident));
        route.set(u"cdn_frontdoor_origin_group_id"_s, u"azurerm_cdn_frontdoor_origin_group.%1.id"_s.arg(ident));
        route.set(u"cdn_frontdoor_origin_ids"_s, list({R(u"azurerm_cdn_frontdoor_origin.%1.id"_s.arg(ident))}));
        route.set(u"supported_protocols"_s, Value::strings({u"Http"_s, u"Https"_s}));
        route.set(u"patterns_to_match"_s, Value::strings({&o == &origins.front() ? u"/*"_s : u"/%1/*"_s.arg(o.unit->slug)}));
        route.setStr(u"forwarding_protocol"_s, u"HttpsOnly"_s);
        route.setBool(u"https_redirect_enabled"_s, true);
        route.setBool(u"link_to_default_domain"_s, true);
        if (isKind(*o.unit, {kinds::objectStorage})) {
            Block &cache = route.add(u"cache"_s);
            cache.setStr(u"query_string_caching_behavior"_s, u"UseQueryString"_s);
            cache.setBool(u"compression_enabled"_s, true);
            cache.set(u"content_types_to_compress"_s, Value::strings({u"text/html"_s, u"text/css"_s, u"application/javascript"_s, u"application/json"_s}));
        } else {
            route.comment(fileText("A dynamic origin: no cache block, so Front Door caches nothing and one user's response never reaches another."));
        }
    }
    if (wafUnit) {
        Block &fw = m.file(u"edge.tf"_s).add(u"resource"_s, {u"azurerm_cdn_frontdoor_firewall_policy"_s, wafUnit->ident});
        fw.set(u"name"_s, R(tmpl(alnum(wafUnit->slug) + u"${replace(local.name, \"-\", \"\")}"_s)));
        fw.set(u"resource_group_name"_s, rg(r));
        fw.setStr(u"sku_name"_s, u"Premium_AzureFrontDoor"_s);
        fw.setBool(u"enabled"_s, true);
        fw.setStr(u"mode"_s, u"Prevention"_s);
        if (props.boolValue(*wafUnit->component, keys::managedRules)) {
            Block &mr = fw.add(u"managed_rule"_s);
            mr.setStr(u"type"_s, u"Microsoft_DefaultRuleSet"_s);
            mr.setStr(u"version"_s, u"2.1"_s);
            mr.setStr(u"action"_s, u"Block"_s);
        }
        if (const qint64 limit = props.intValue(*wafUnit->component, keys::rateLimitPerMinute); limit > 0) {
            Block &cr = fw.add(u"custom_rule"_s);
            cr.setStr(u"name"_s, u"RateLimitPerClient"_s);
            cr.setNum(u"priority"_s, 1);
            cr.setStr(u"type"_s, u"RateLimitRule"_s);
            cr.setNum(u"rate_limit_duration_in_minutes"_s, 1);
            cr.setNum(u"rate_limit_threshold"_s, limit);
            cr.setStr(u"action"_s, u"Block"_s);
            Block &mc = cr.add(u"match_condition"_s);
            mc.setStr(u"match_variable"_s, u"RemoteAddr"_s);
            mc.setStr(u"operator"_s, u"IPMatch"_s);
            mc.setBool(u"negation_condition"_s, true);
            mc.set(u"match_values"_s, Value::strings({u"255.255.255.255"_s}));
        }
        Block &sp = m.file(u"edge.tf"_s).add(u"resource"_s, {u"azurerm_cdn_frontdoor_security_policy"_s, u.ident});
        sp.set(u"name"_s, name(u.slug));
        sp.set(u"cdn_frontdoor_profile_id"_s, u"azurerm_cdn_frontdoor_profile.%1.id"_s.arg(u.ident));
        Block &f = sp.add(u"security_policies"_s).add(u"firewall"_s);
        f.set(u"cdn_frontdoor_firewall_policy_id"_s, u"azurerm_cdn_frontdoor_firewall_policy.%1.id"_s.arg(wafUnit->ident));
        Block &assoc = f.add(u"association"_s);
        assoc.add(u"domain"_s).set(u"cdn_frontdoor_domain_id"_s, u"azurerm_cdn_frontdoor_endpoint.%1.id"_s.arg(u.ident));
        assoc.set(u"patterns_to_match"_s, Value::strings({u"/*"_s}));
    }
    diag(u.ident, u"azurerm_cdn_frontdoor_profile.%1.id"_s.arg(u.ident));
    m.output(u.ident + u"_host_name"_s, u"azurerm_cdn_frontdoor_endpoint.%1.host_name"_s.arg(u.ident), fileText("Host name of the Front Door endpoint %1").arg(label(u)));
}

void AzureMapper::waf(const Unit &u)
{
    m.note(fileText("%1 (WAF) becomes the WAF policy of the Application Gateway or Front Door it protects.").arg(label(u)));
}

void AzureMapper::dns(const Unit &u)
{
    Block &z = m.file(u"edge.tf"_s).add(u"resource"_s, {u"azurerm_dns_zone"_s, u.ident});
    z.setStr(u"name"_s, props.stringValue(*u.component, keys::domain));
    z.set(u"resource_group_name"_s, rg(ctx.regionOf(u)));
    m.todo(fileText("%1 (DNS): point the registrar at the name servers in output %2_name_servers and add records for your entry points.").arg(label(u), u.ident));
    m.output(u.ident + u"_name_servers"_s, u"azurerm_dns_zone.%1.name_servers"_s.arg(u.ident), fileText("Name servers of %1").arg(props.stringValue(*u.component, keys::domain)));
}

} // namespace sd::tf
