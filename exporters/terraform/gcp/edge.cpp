// SPDX-License-Identifier: MIT
// Google Cloud: Cloud Armor, the global HTTPS load balancer with its backends, Cloud CDN and Cloud DNS.
#include "gcpmapper.h"

namespace sd::tf {

/// Cloud Armor policies first, so the load balancers can refer to them.
void GcpMapper::armorPolicies()
{
    for (const Unit &u : ctx.units) {
        if (isKind(u, {kinds::waf})) {
            armor(u);
            for (const Connection *c : ctx.outgoing(u.component->id)) {
                armorOf[c->to] = u.ident;
                // A load balancer in front of an API gateway is the gateway's: one Google load balancer plays both.
                for (const Connection *c2 : ctx.outgoing(c->to))
                    if (const Unit *g = ctx.unit(c2->to); g && isKind(*g, {kinds::apiGateway}))
                        armorOf[c2->to] = u.ident;
            }
        }
    }
    for (const Unit &u : ctx.units)
        if (isKind(u, {kinds::apiGateway}) && armorOf.count(u.component->id) && props.intValue(*u.component, keys::rateLimitRps) > 0)
            m.warn(fileText("%1: rateLimitRps (%2 per second) is not applied; the Cloud Armor policy of the WAF in front throttles instead "
                            "(a backend has one security policy, and its first matching throttle rule ends the evaluation, so an overall "
                            "limit cannot sit next to the WAF's per-client one).")
                       .arg(label(u)).arg(props.intValue(*u.component, keys::rateLimitRps)));
    for (const Unit &u : ctx.units)
        if (isKind(u, {kinds::apiGateway}) && !armorOf.count(u.component->id) && props.intValue(*u.component, keys::rateLimitRps) > 0) {
            armor(u);
            armorOf[u.component->id] = u.ident;
        }
}

void GcpMapper::armor(const Unit &u)
{
    apis.insert(u"compute.googleapis.com"_s);
    const bool gateway = isKind(u, {kinds::apiGateway});
    Block &p = res(u"edge.tf"_s, u"google_compute_security_policy"_s, u.ident);
    p.set(u"name"_s, name(u.slug));
    p.setStr(u"description"_s, gateway ? fileText("Throttling for %1").arg(label(u)) : label(u));
    p.setStr(u"type"_s, u"CLOUD_ARMOR"_s);
    qint64 priority = 1000;
    if (!gateway && props.boolValue(*u.component, keys::managedRules)) {
        for (const QString &rule : {u"sqli-v33-stable"_s, u"xss-v33-stable"_s, u"lfi-v33-stable"_s, u"rce-v33-stable"_s}) {
            Block &r = p.add(u"rule"_s);
            r.setStr(u"action"_s, u"deny(403)"_s);
            r.setNum(u"priority"_s, priority++);
            r.setStr(u"description"_s, fileText("Preconfigured WAF rule %1").arg(rule));
            r.add(u"match"_s).add(u"expr"_s).setStr(u"expression"_s, u"evaluatePreconfiguredWaf('%1')"_s.arg(rule));
        }
    }
    const qint64 perMinute = gateway ? props.intValue(*u.component, keys::rateLimitRps) * 60 : props.intValue(*u.component, keys::rateLimitPerMinute);
    if (perMinute > 0) {
        Block &r = p.add(u"rule"_s);
        r.setStr(u"action"_s, u"throttle"_s);
        r.setNum(u"priority"_s, priority++);
        r.setStr(u"description"_s, fileText("At most %1 requests a minute per client address").arg(perMinute));
        Block &mt = r.add(u"match"_s);
        mt.setStr(u"versioned_expr"_s, u"SRC_IPS_V1"_s);
        mt.add(u"config"_s).set(u"src_ip_ranges"_s, Value::strings({u"*"_s}));
        Block &rl = r.add(u"rate_limit_options"_s);
        rl.setStr(u"conform_action"_s, u"allow"_s);
        rl.setStr(u"exceed_action"_s, u"deny(429)"_s);
        rl.setStr(u"enforce_on_key"_s, u"IP"_s);
        Block &th = rl.add(u"rate_limit_threshold"_s);
        th.setNum(u"count"_s, perMinute);
        th.setNum(u"interval_sec"_s, 60);
    }
    Block &def = p.add(u"rule"_s);
    def.setStr(u"action"_s, u"allow"_s);
    def.setNum(u"priority"_s, 2147483647);
    def.setStr(u"description"_s, fileText("Everything else"));
    Block &mt = def.add(u"match"_s);
    mt.setStr(u"versioned_expr"_s, u"SRC_IPS_V1"_s);
    mt.add(u"config"_s).set(u"src_ip_ranges"_s, Value::strings({u"*"_s}));
    if (!gateway)
        p.add(u"adaptive_protection_config"_s).add(u"layer_7_ddos_defense_config"_s).setBool(u"enable"_s, true);
}

void GcpMapper::entry(const Unit &u)
{
    const QString r = region(u);
    if (!ctx.isPublic(u) && isKind(u, {kinds::loadBalancer})) {
        m.omit(u, u"edge.tf"_s, fileText("An internal load balancer on Google Cloud comes with its backends: Cloud Run and GKE Services balance by themselves; create an internal Application Load Balancer for virtual machines yourself."));
        return;
    }
    const bool cdnInFront = [&] {
        for (const Connection *c : ctx.incoming(u.component->id))
            if (const Unit *f = ctx.unit(c->from); f && (isKind(*f, {kinds::cdn}) || (isKind(*f, {kinds::waf}) && [&] {
                for (const Connection *c2 : ctx.incoming(f->component->id))
                    if (const Unit *f2 = ctx.unit(c2->from); f2 && isKind(*f2, {kinds::cdn}))
                        return true;
                return false;
            }())))
                return true;
        return false;
    }();
    qint64 cdnTtl = 3600;
    for (const Unit *c : ctx.unitsOfKind(kinds::cdn))
        cdnTtl = props.intValue(*c->component, keys::cacheTtlSeconds);
    const QString policy = armorOf.count(u.component->id) ? armorOf[u.component->id] : QString();
    struct Backend {
        QString ident;
        QString slug;
        bool bucket;
    };
    std::vector<Backend> backends;
    std::vector<const Unit *> inCluster; ///< reached through the Kubernetes export's Gateway, made by GKE's controller
    for (const Connection *c : ctx.outgoing(u.component->id)) {
        const Unit *t = ctx.unit(c->to);
        if (!t)
            continue;
        const QString ident = m.reserveName(u.ident + u"_"_s + t->ident);
        const bool run = t->runtime == Runtime::ContainerService || t->runtime == Runtime::Serverless;
        const bool vm = t->runtime == Runtime::VirtualMachines && isWorkload(*t);
        if (isKind(*t, {kinds::objectStorage})) {
            Block &bb = res(u"edge.tf"_s, u"google_compute_backend_bucket"_s, ident);
            bb.set(u"name"_s, name(hyphens(ident).left(40)));
            bb.set(u"bucket_name"_s, u"google_storage_bucket.%1.name"_s.arg(t->ident));
            bb.setBool(u"enable_cdn"_s, true);
            Block &cp = bb.add(u"cdn_policy"_s);
            cp.setStr(u"cache_mode"_s, u"CACHE_ALL_STATIC"_s);
            cp.setNum(u"default_ttl"_s, cdnTtl);
            backends.push_back({ident, t->slug, true});
            continue;
        }
        if (isWorkloadInCluster(*t)) {
            inCluster.push_back(t);
            continue;
        }
        if (!run && !vm)
            continue;
        if (run) {
            Block &neg = res(u"edge.tf"_s, u"google_compute_region_network_endpoint_group"_s, ident);
            neg.set(u"name"_s, name(hyphens(ident).left(40)));
            neg.set(u"region"_s, regionValue(ctx.regionOf(*t)));
            neg.setStr(u"network_endpoint_type"_s, u"SERVERLESS"_s);
            if (isKind(*t, {kinds::serverlessFunction}))
                neg.add(u"cloud_function"_s).set(u"function"_s, u"google_cloudfunctions2_function.%1.name"_s.arg(t->ident));
            else
                neg.add(u"cloud_run"_s).set(u"service"_s, u"google_cloud_run_v2_service.%1.name"_s.arg(t->ident));
        }
        Block &bs = res(u"edge.tf"_s, u"google_compute_backend_service"_s, ident);
        bs.set(u"name"_s, name(hyphens(ident).left(40)));
        bs.setStr(u"load_balancing_scheme"_s, u"EXTERNAL_MANAGED"_s);
        bs.setStr(u"protocol"_s, run ? u"HTTPS"_s : u"HTTP"_s);
        if (vm) {
            bs.setStr(u"port_name"_s, u"app"_s);
            bs.set(u"health_checks"_s, list({R(u"google_compute_health_check.%1.id"_s.arg(t->ident))}));
        }
        if (!policy.isEmpty())
            bs.set(u"security_policy"_s, u"google_compute_security_policy.%1.id"_s.arg(policy));
        if (cdnInFront) {
            bs.setBool(u"enable_cdn"_s, true);
            Block &cp = bs.add(u"cdn_policy"_s);
            // A dynamic origin: Cloud CDN caches only what the service marks public (Cache-Control: public),
            // never a response to a request with cookies or Authorization unless the service says so.
            cp.setStr(u"cache_mode"_s, u"USE_ORIGIN_HEADERS"_s);
            Block &key2 = cp.add(u"cache_key_policy"_s);
            key2.setBool(u"include_host"_s, true);
            key2.setBool(u"include_protocol"_s, true);
            key2.setBool(u"include_query_string"_s, true);
        }
        Block &lc = bs.add(u"log_config"_s);
        lc.setBool(u"enable"_s, true);
        lc.set(u"sample_rate"_s, u"1.0"_s);
        if (run)
            bs.add(u"backend"_s).set(u"group"_s, u"google_compute_region_network_endpoint_group.%1.id"_s.arg(ident));
        else if (vm) {
            Block &be = bs.add(u"backend"_s);
            be.set(u"group"_s, u"google_compute_region_instance_group_manager.%1.instance_group"_s.arg(t->ident));
            be.setStr(u"balancing_mode"_s, u"UTILIZATION"_s);
        }
        backends.push_back({ident, t->slug, false});
    }
    if (!inCluster.empty())
        gkeGateway(u, inCluster);
    if (backends.empty() && !inCluster.empty())
        return; // GKE's Gateway controller makes this load balancer
    if (backends.empty()) {
        for (const Connection *c : ctx.outgoing(u.component->id))
            if (const Unit *g = ctx.unit(c->to); g && isKind(*g, {kinds::apiGateway})) {
                m.omit(u, u"edge.tf"_s, fileText("It fronts the API gateway %1; on Google Cloud one load balancer plays both, the gateway's, with the Cloud Armor policy of the WAF in front.").arg(label(*g)));
                return;
            }
        m.omit(u, u"edge.tf"_s, fileText("It connects to nothing this export can put behind a Google load balancer (Cloud Run, Cloud Functions, instance groups, buckets, GKE)."));
        return;
    }
    apis.insert(u"compute.googleapis.com"_s);
    std::stable_sort(backends.begin(), backends.end(), [](const Backend &a, const Backend &b) { return !a.bucket && b.bucket; });
    auto serviceRef = [](const Backend &b) {
        return (b.bucket ? u"google_compute_backend_bucket.%1.id"_s : u"google_compute_backend_service.%1.id"_s).arg(b.ident);
    };
    m.variable({u.ident + u"_domains"_s, u"list(string)"_s, fileText("Domain names %1 serves; Google issues their certificate").arg(label(u)), std::nullopt, false, {}, {}});
    Block &addr = res(u"edge.tf"_s, u"google_compute_global_address"_s, u.ident);
    addr.set(u"name"_s, name(u.slug));
    Block &cert = res(u"edge.tf"_s, u"google_compute_managed_ssl_certificate"_s, u.ident);
    cert.set(u"name"_s, name(u.slug));
    cert.add(u"managed"_s).set(u"domains"_s, u"var.%1_domains"_s.arg(u.ident));
    cert.add(u"lifecycle"_s).setBool(u"create_before_destroy"_s, true);
    Block &ssl = res(u"edge.tf"_s, u"google_compute_ssl_policy"_s, u.ident);
    ssl.set(u"name"_s, name(u.slug));
    ssl.setStr(u"profile"_s, u"MODERN"_s);
    ssl.setStr(u"min_tls_version"_s, u"TLS_1_2"_s);
    Block &map = res(u"edge.tf"_s, u"google_compute_url_map"_s, u.ident);
    map.set(u"name"_s, name(u.slug));
    map.set(u"default_service"_s, serviceRef(backends.front()));
    if (backends.size() > 1) {
        Block &hr = map.add(u"host_rule"_s);
        hr.set(u"hosts"_s, Value::strings({u"*"_s}));
        hr.setStr(u"path_matcher"_s, u"routes"_s);
        Block &pm = map.add(u"path_matcher"_s);
        pm.setStr(u"name"_s, u"routes"_s);
        pm.set(u"default_service"_s, serviceRef(backends.front()));
        pm.comment(fileText("Paths are guesses from the component names; adjust them to your routes."));
        for (size_t i = 1; i < backends.size(); ++i) {
            Block &pr = pm.add(u"path_rule"_s);
            pr.set(u"paths"_s, Value::strings({u"/%1/*"_s.arg(backends[i].slug)}));
            pr.set(u"service"_s, serviceRef(backends[i]));
        }
    }
    Block &proxy = res(u"edge.tf"_s, u"google_compute_target_https_proxy"_s, u.ident);
    proxy.set(u"name"_s, name(u.slug));
    proxy.set(u"url_map"_s, u"google_compute_url_map.%1.id"_s.arg(u.ident));
    proxy.set(u"ssl_certificates"_s, list({R(u"google_compute_managed_ssl_certificate.%1.id"_s.arg(u.ident))}));
    proxy.set(u"ssl_policy"_s, u"google_compute_ssl_policy.%1.id"_s.arg(u.ident));
    Block &fr = res(u"edge.tf"_s, u"google_compute_global_forwarding_rule"_s, u.ident);
    fr.set(u"name"_s, name(u.slug));
    fr.setStr(u"load_balancing_scheme"_s, u"EXTERNAL_MANAGED"_s);
    fr.setStr(u"ip_protocol"_s, u"TCP"_s);
    fr.setStr(u"port_range"_s, u"443"_s);
    fr.set(u"ip_address"_s, u"google_compute_global_address.%1.id"_s.arg(u.ident));
    fr.set(u"target"_s, u"google_compute_target_https_proxy.%1.id"_s.arg(u.ident));
    // Port 80 only redirects to HTTPS.
    Block &redirect = res(u"edge.tf"_s, u"google_compute_url_map"_s, u.ident + u"_redirect"_s);
    redirect.set(u"name"_s, name(u.slug + u"-redirect"_s));
    Block &ur = redirect.add(u"default_url_redirect"_s);
    ur.setBool(u"https_redirect"_s, true);
    ur.setStr(u"redirect_response_code"_s, u"MOVED_PERMANENTLY_DEFAULT"_s);
    ur.setBool(u"strip_query"_s, false);
    Block &hp = res(u"edge.tf"_s, u"google_compute_target_http_proxy"_s, u.ident + u"_redirect"_s);
    hp.set(u"name"_s, name(u.slug + u"-redirect"_s));
    hp.set(u"url_map"_s, u"google_compute_url_map.%1_redirect.id"_s.arg(u.ident));
    Block &hfr = res(u"edge.tf"_s, u"google_compute_global_forwarding_rule"_s, u.ident + u"_redirect"_s);
    hfr.set(u"name"_s, name(u.slug + u"-redirect"_s));
    hfr.setStr(u"load_balancing_scheme"_s, u"EXTERNAL_MANAGED"_s);
    hfr.setStr(u"ip_protocol"_s, u"TCP"_s);
    hfr.setStr(u"port_range"_s, u"80"_s);
    hfr.set(u"ip_address"_s, u"google_compute_global_address.%1.id"_s.arg(u.ident));
    hfr.set(u"target"_s, u"google_compute_target_http_proxy.%1_redirect.id"_s.arg(u.ident));
    const QString filter = u"resource.type = \"https_lb_rule\" AND resource.labels.forwarding_rule_name = \"${local.name}-%1\""_s.arg(u.slug);
    alert(u, u"5xx"_s, fileText("server errors (5xx)"), filter + u" AND metric.type = \"loadbalancing.googleapis.com/https/request_count\" AND metric.labels.response_code_class = 500"_s,
          u"ALIGN_RATE"_s, 1);
    alert(u, u"latency"_s, fileText("p95 latency above 1 second"), filter + u" AND metric.type = \"loadbalancing.googleapis.com/https/total_latencies\""_s,
          u"ALIGN_PERCENTILE_95"_s, 1000);
    m.output(u.ident + u"_address"_s, u"google_compute_global_address.%1.address"_s.arg(u.ident), fileText("Public address of %1; point its domains here").arg(label(u)));
    Q_UNUSED(r)
}

/// What a Kubernetes Gateway in GKE needs from Terraform: its certificate and its Cloud Armor policy
/// (the GCPBackendPolicy of each routed Service names it). The load balancer itself is GKE's.
void GcpMapper::gkeGateway(const Unit &u, const std::vector<const Unit *> &targets)
{
    const k8s::Gateway *g = nullptr;
    if (plan)
        for (const k8s::Gateway &candidate : plan->gateways)
            if (candidate.componentId == u.component->id)
                g = &candidate;
    QStringList names;
    for (const Connection *c : ctx.outgoing(u.component->id))
        for (const Unit *t : targets)
            if (c->to == t->component->id)
                names.append(u"%1 (connection %2)"_s.arg(label(*t), c->id));
    if (!g) {
        m.warn(fileText("%1 -> %2: the Kubernetes export makes no Gateway for this connection, so nothing routes it.").arg(label(u), names.join(u", "_s)));
        return;
    }
    if (g->internetFacing) {
        apis.insert(u"certificatemanager.googleapis.com"_s);
        m.variable({u.ident + u"_domains"_s, u"list(string)"_s, fileText("Domain names %1 serves; Google issues their certificate").arg(label(u)), std::nullopt, false, {}, {}});
        Block &cert = res(u"edge.tf"_s, u"google_certificate_manager_certificate"_s, u.ident);
        cert.comment(fileText("The certificate of the Gateway %1 (GKE's global external load balancer), issued by Google for the domains.").arg(g->name));
        cert.set(u"name"_s, name(u.slug));
        cert.add(u"managed"_s).set(u"domains"_s, u"var.%1_domains"_s.arg(u.ident));
        Block &map = res(u"edge.tf"_s, u"google_certificate_manager_certificate_map"_s, u.ident);
        map.set(u"name"_s, name(u.slug));
        Block &entry = res(u"edge.tf"_s, u"google_certificate_manager_certificate_map_entry"_s, u.ident);
        entry.set(u"name"_s, name(u.slug));
        entry.set(u"map"_s, u"google_certificate_manager_certificate_map.%1.name"_s.arg(u.ident));
        entry.set(u"certificates"_s, list({R(u"google_certificate_manager_certificate.%1.id"_s.arg(u.ident))}));
        entry.setStr(u"matcher"_s, u"PRIMARY"_s);
        gatewayCertificates[g->valuePrefix] = u"google_certificate_manager_certificate_map.%1.name"_s.arg(u.ident);
        // An API gateway on GKE is this Gateway (gke-l7-global-external-managed): it routes and carries the WAF's
        // Cloud Armor policy, but validates no tokens (GKE's Gateway has no JWT check; IAP admits Google identities only).
        if (isKind(u, {kinds::apiGateway}))
            for (const Connection *c : ctx.outgoing(u.component->id))
                if (const Unit *idp = ctx.unit(c->to); idp && isKind(*idp, {kinds::identityProvider}))
                    m.warn(fileText("%1 -> %2 (connection %3): token validation is not applied; on GKE the API gateway is the Gateway %4 "
                                    "(gke-l7-global-external-managed), which has no JWT check (IAP admits only Google identities). "
                                    "The services behind it must validate the tokens of %2 themselves.")
                               .arg(label(u), label(*idp), c->id, g->name));
        return;
    }
    m.variable({u.ident + u"_certificate_pem"_s, u"string"_s, fileText("PEM certificate (with its chain) of the internal Gateway %1").arg(g->name), std::nullopt, false, {}, {}});
    m.variable({u.ident + u"_private_key_pem"_s, u"string"_s, fileText("PEM private key of the internal Gateway %1").arg(g->name), std::nullopt, true, {}, {}});
    Block &cert = res(u"edge.tf"_s, u"google_compute_region_ssl_certificate"_s, u.ident);
    cert.comment(fileText("The certificate of the internal Gateway %1 (pre-shared-certs); Google issues no managed certificate for internal load balancers.").arg(g->name));
    cert.set(u"name_prefix"_s, R(tmpl(u"${local.name}-%1-"_s.arg(u.slug.left(20)))));
    cert.set(u"region"_s, regionValue(ctx.regionOf(*targets.front())));
    cert.set(u"certificate"_s, u"var.%1_certificate_pem"_s.arg(u.ident));
    cert.set(u"private_key"_s, u"var.%1_private_key_pem"_s.arg(u.ident));
    cert.add(u"lifecycle"_s).setBool(u"create_before_destroy"_s, true);
    gatewayCertificates[g->valuePrefix] = u"google_compute_region_ssl_certificate.%1.name"_s.arg(u.ident);
    m.warn(fileText("%1 -> %2: the Kubernetes export makes the Gateway %3 internal (gke-l7-rilb), so nothing public reaches %2 through it: "
                    "publish the Gateway with Private Service Connect and add its network endpoint group to a global load balancer with "
                    "the Cloud Armor policy.").arg(label(u), names.join(u", "_s), g->name));
}

void GcpMapper::waf(const Unit &u)
{
    Q_UNUSED(u) // its Cloud Armor policy is made in armorPolicies()
}

void GcpMapper::cdn(const Unit &u)
{
    m.note(fileText("%1: Cloud CDN is switched on in the backends of the load balancer it fronts.").arg(label(u)));
}

void GcpMapper::dns(const Unit &u)
{
    apis.insert(u"dns.googleapis.com"_s);
    QString domain = props.stringValue(*u.component, keys::domain);
    if (!domain.endsWith(u'.'))
        domain += u'.';
    Block &z = res(u"edge.tf"_s, u"google_dns_managed_zone"_s, u.ident);
    z.set(u"name"_s, name(u.slug));
    z.setStr(u"dns_name"_s, domain);
    z.setStr(u"description"_s, label(u));
    z.setStr(u"visibility"_s, u"public"_s);
    z.add(u"dnssec_config"_s).setStr(u"state"_s, u"on"_s);
    z.add(u"cloud_logging_config"_s).setBool(u"enable_logging"_s, true);
    m.todo(fileText("%1 (DNS): point the registrar at the name servers in output %2_name_servers and add records for your entry points.").arg(label(u), u.ident));
    m.output(u.ident + u"_name_servers"_s, u"google_dns_managed_zone.%1.name_servers"_s.arg(u.ident), fileText("Name servers of %1").arg(domain));
}

} // namespace sd::tf
