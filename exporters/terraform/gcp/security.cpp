// SPDX-License-Identifier: MIT
// Google Cloud: KMS keys and who may use them, service accounts, Secret Manager and the project's APIs.
#include "gcpmapper.h"

namespace sd::tf {

/// The key ring and customer-managed key of every region (a key-management component names it).
void GcpMapper::regionKeys()
{
    for (const QString &r : ctx.regions) {
        const QString k = Context::regionKey(r);
        apis.insert(u"cloudkms.googleapis.com"_s);
        Block &ring = res(u"security.tf"_s, u"google_kms_key_ring"_s, k);
        ring.set(u"name"_s, name(r.isEmpty() ? u"main"_s : r));
        ring.set(u"location"_s, regionValue(r));
        const Unit *keyUnit = nullptr;
        for (const Unit &u : ctx.units)
            if (isKind(u, {kinds::keyManagement}) && ctx.regionOf(u) == r && !keyUnit)
                keyUnit = &u;
        Block &key = res(u"security.tf"_s, u"google_kms_crypto_key"_s, k);
        key.comment(keyUnit ? label(*keyUnit) : fileText("Customer-managed key for the data at rest in this region."));
        if (keyUnit && props.boolValue(*keyUnit->component, keys::multiRegion) && r == ctx.regions.front())
            m.warn(fileText("%1: multiRegion is not honoured as one key; Cloud KMS keys are regional, so every region used gets its own key ring and key.").arg(label(*keyUnit)));
        if (keyUnit)
            m.note(fileText("%1 is the customer-managed key of %2 (google_kms_crypto_key.%3).").arg(label(*keyUnit), r.isEmpty() ? u"the region"_s : r, k));
        key.set(u"name"_s, keyUnit ? name(keyUnit->slug) : u"\"data\""_s);
        key.set(u"key_ring"_s, u"google_kms_key_ring.%1.id"_s.arg(k));
        if (!keyUnit || props.boolValue(*keyUnit->component, keys::rotation))
            key.setStr(u"rotation_period"_s, u"7776000s"_s);
        Block &life = key.add(u"lifecycle"_s);
        life.comment(fileText("Destroying the key makes every copy of the data encrypted with it unreadable."));
        life.setBool(u"prevent_destroy"_s, true);
    }
}

/// Who may use each region's key: the Google service agents of the services made.
void GcpMapper::keyBindings()
{
    for (const QString &r : ctx.regions) {
        Block &b = res(u"security.tf"_s, u"google_kms_crypto_key_iam_binding"_s, Context::regionKey(r));
        b.comment(fileText("The Google service agents that encrypt data with this key."));
        b.set(u"crypto_key_id"_s, key(r));
        b.setStr(u"role"_s, u"roles/cloudkms.cryptoKeyEncrypterDecrypter"_s);
        std::vector<Value> members;
        for (const QString &agent : agentsByRegion[r])
            members.push_back(R(tmpl((agent.startsWith(u"bigquery"_s) ? u"serviceAccount:bq-${data.google_project.current.number}@"_s
                                                                          : u"serviceAccount:service-${data.google_project.current.number}@"_s) + agent)));
        b.set(u"members"_s, list(std::move(members)));
    }
}

void GcpMapper::projectServices()
{
    Block &svc = res(u"security.tf"_s, u"google_project_service"_s, u"apis"_s);
    svc.comment(fileText("The APIs this export uses; disabling them on destroy would break other users of the project."));
    QStringList list(apis.begin(), apis.end());
    svc.set(u"for_each"_s, Value::call(u"toset"_s, Value::strings(list)));
    svc.set(u"project"_s, u"var.project_id"_s);
    svc.set(u"service"_s, u"each.value"_s);
    svc.setBool(u"disable_on_destroy"_s, false);
}

void GcpMapper::serviceAccount(const QString &ident, const QString &title)
{
    apis.insert(u"iam.googleapis.com"_s);
    accounts.insert(ident);
    Block &sa = res(u"security.tf"_s, u"google_service_account"_s, ident);
    sa.set(u"account_id"_s, R(tmpl(u"${local.name}-"_s + hyphens(ident).left(16))));
    sa.setStr(u"display_name"_s, title);
}

void GcpMapper::secret(const QString &ident, const QString &secretId, const QString &regionName, const QString &description)
{
    apis.insert(u"secretmanager.googleapis.com"_s);
    needsKey(regionName, u"gcp-sa-secretmanager.iam.gserviceaccount.com"_s);
    Block &s = res(u"security.tf"_s, u"google_secret_manager_secret"_s, ident);
    s.set(u"secret_id"_s, name(secretId));
    s.set(u"labels"_s, obj({{u"purpose"_s, S(slugFor(description, u"secret"_s, 60))}}));
    Block &rep = s.add(u"replication"_s).add(u"user_managed"_s).add(u"replicas"_s);
    rep.set(u"location"_s, regionValue(regionName));
    rep.add(u"customer_managed_encryption"_s).set(u"kms_key_name"_s, key(regionName));
    s.setBool(u"deletion_protection"_s, true);
    s.set(u"depends_on"_s, list({R(u"google_kms_crypto_key_iam_binding.%1"_s.arg(Context::regionKey(regionName)))}));
}

void GcpMapper::secretsManager(const Unit &u)
{
    secret(u.ident, u.slug, region(u), label(u));
    if (props.intValue(*u.component, keys::rotationDays) > 0)
        m.todo(fileText("%1 rotates every %2 days: add a rotation block with a Pub/Sub topic and a function that rotates.").arg(label(u)).arg(props.intValue(*u.component, keys::rotationDays)));
}

void GcpMapper::keyManagement(const Unit &u)
{
    Q_UNUSED(u) // the region's key, made in regionKeys()
}

void GcpMapper::identityProvider(const Unit &u)
{
    m.omit(u, u"security.tf"_s, fileText("Identity Platform is enabled once per project (console or google_identity_platform_config after enabling the API and billing); turn on MFA there."));
}

void GcpMapper::storeCredentials(const ThirdPartyCredentials &credentials)
{
    const Component *to = &credentials.service;
    const QString &ident = credentials.ident;
    m.variable({ident, u"string"_s, fileText("API key or credentials for %1, stored in Secret Manager").arg(to->name), std::nullopt, true, {}, {}});
    secret(ident, slugFor(to->name, to->kind) + u"-credentials"_s, ctx.regionOf(credentials.caller), to->name);
    Block &v = res(u"security.tf"_s, u"google_secret_manager_secret_version"_s, ident);
    v.set(u"secret"_s, u"google_secret_manager_secret.%1.id"_s.arg(ident));
    v.comment(fileText("Write-only: the value is sent to Google but never stored in the Terraform state."));
    v.set(u"secret_data_wo"_s, u"var."_s + ident);
    v.setNum(u"secret_data_wo_version"_s, 1);
}

/// One Google service account per GKE workload that calls a cloud resource, which its Kubernetes
/// ServiceAccount (<namespace>/<workload>, as the Kubernetes export names them) may impersonate.
void GcpMapper::workloadIdentities()
{
    if (!plan)
        return;
    for (const k8s::Workload &w : plan->workloads) {
        const Unit *u = ctx.unit(w.component->id);
        if (!u || u->runtime != Runtime::Kubernetes || w.identityKey.isEmpty())
            continue;
        serviceAccount(u->ident, label(*u));
        Block &b = res(u"security.tf"_s, u"google_service_account_iam_member"_s, u->ident + u"_workload_identity"_s);
        b.comment(fileText("Workload Identity: the Kubernetes ServiceAccount %1/%2 acts as this account.").arg(plan->ns, w.name));
        b.set(u"service_account_id"_s, u"google_service_account.%1.name"_s.arg(u->ident));
        b.setStr(u"role"_s, u"roles/iam.workloadIdentityUser"_s);
        b.set(u"member"_s, R(tmpl(u"serviceAccount:${var.project_id}.svc.id.goog[%1/%2]"_s.arg(plan->ns, w.name))));
    }
}

/// Exactly the grants each drawn connection implies, on the one resource it reaches.
void GcpMapper::grants()
{
    for (const Context::Call &call : ctx.callsHere()) {
        const Unit &to = call.to;
        if (!call.from) {
            QString caller = call.connection.from;
            if (const Component *c = ctx.design.component(call.connection.from); c && !c->name.isEmpty())
                caller = c->name;
            if (onCloudRun(to) && !behindGlobalLoadBalancer(to))
                m.warn(fileText("%1 -> %2 (connection %3): the caller is outside Google Cloud and %2 accepts only internal traffic with nothing drawn in front, "
                                "so the call cannot arrive. Draw a load balancer in front of %2, or connect the networks (Cloud VPN) and give the caller an identity "
                                "with roles/run.invoker (workload identity federation).")
                           .arg(caller, label(to), call.connection.id));
            continue;
        }
        grant(*call.from, to, call.connection);
    }
    // Functions behind a global load balancer: the documented way to let the load balancer's
    // unauthenticated requests in; ingress ALLOW_INTERNAL_AND_GCLB keeps every other path closed.
    for (const Unit &u : ctx.units) {
        if (!isKind(u, {kinds::serverlessFunction}) || u.runtime != Runtime::Serverless || !behindGlobalLoadBalancer(u))
            continue;
        Block &b = res(u"security.tf"_s, u"google_cloud_run_v2_service_iam_member"_s, u.ident + u"_load_balancer"_s);
        b.comment(fileText("The load balancer forwards the users' requests to %1 unauthenticated; ingress admits only it and the VPC.").arg(label(u)));
        b.set(u"name"_s, cloudRunService(u));
        b.set(u"location"_s, regionValue(region(u)));
        b.setStr(u"role"_s, u"roles/run.invoker"_s);
        b.setStr(u"member"_s, u"allUsers"_s);
    }
}

void GcpMapper::projectGrant(const QString &ident, const Unit &caller, const QString &role, const QString &condition, const QString &conditionTitle,
                             const QString &why)
{
    Block &b = res(u"security.tf"_s, u"google_project_iam_member"_s, ident);
    b.comment(condition.isEmpty() ? fileText("%1: Google grants this role per project.").arg(why) : why);
    b.set(u"project"_s, u"var.project_id"_s);
    b.setStr(u"role"_s, role);
    b.set(u"member"_s, u"google_service_account.%1.member"_s.arg(caller.ident));
    if (!condition.isEmpty()) {
        Block &c = b.add(u"condition"_s);
        c.setStr(u"title"_s, conditionTitle);
        c.set(u"expression"_s, R(tmpl(QString(condition).replace(u'"', u"\\\""_s))));
    }
}

void GcpMapper::grant(const Unit &caller, const Unit &callee, const Connection &c)
{
    const auto engine = [&](const Unit &u) { return props.stringValue(*u.component, keys::engine); };
    const bool pubsubUnit = [&] {
        return isKind(callee, {kinds::messageQueue, kinds::eventStream}) && engine(callee) == QLatin1String("managed");
    }();
    // A connection from a Pub/Sub topic to a consumer: on the wire the consumer pulls (or Eventarc pushes).
    if (isKind(caller, {kinds::messageQueue, kinds::eventStream}) && engine(caller) == QLatin1String("managed")) {
        if (!accounts.count(callee.ident))
            return;
        if (isKind(callee, {kinds::serverlessFunction})) {
            Block &b = res(u"security.tf"_s, u"google_cloud_run_v2_service_iam_member"_s, m.reserveName(callee.ident + u"_trigger"_s));
            b.comment(fileText("%1 (connection %2): the Eventarc trigger of %3 invokes it as its own service account.").arg(label(caller), c.id, label(callee)));
            b.set(u"name"_s, cloudRunService(callee));
            b.set(u"location"_s, regionValue(region(callee)));
            b.setStr(u"role"_s, u"roles/run.invoker"_s);
            b.set(u"member"_s, u"google_service_account.%1.member"_s.arg(callee.ident));
            return;
        }
        auto it = subscriptions.find({caller.component->id, callee.component->id});
        if (it == subscriptions.end())
            return;
        Block &b = res(u"security.tf"_s, u"google_pubsub_subscription_iam_member"_s, m.reserveName(it->second + u"_subscriber"_s));
        b.comment(fileText("%1 -> %2 (connection %3): %2 pulls its subscription.").arg(label(caller), label(callee), c.id));
        b.set(u"subscription"_s, u"google_pubsub_subscription.%1.id"_s.arg(it->second));
        b.setStr(u"role"_s, u"roles/pubsub.subscriber"_s);
        b.set(u"member"_s, u"google_service_account.%1.member"_s.arg(callee.ident));
        return;
    }
    // A connection from a Kafka stream to a consumer: the consumer connects to the brokers.
    if (isKind(caller, {kinds::eventStream}) && accounts.count(callee.ident) && !accounts.count(caller.ident)) {
        const QString r = region(caller);
        projectGrant(m.reserveName(caller.ident + u"_"_s + callee.ident), callee, u"roles/managedkafka.client"_s,
                     u"resource.name == \"projects/${var.project_id}/locations/%1/clusters/${local.name}-%2\""_s.arg(r.isEmpty() ? u"${var.region}"_s : r, caller.slug),
                     fileText("only %1").arg(caller.slug), fileText("%1 -> %2 (connection %3): %2 consumes from the brokers").arg(label(caller), label(callee), c.id));
        return;
    }
    if (!accounts.count(caller.ident))
        return; // a managed service calling another: its service agent is granted where the resource is made
    const QString member = u"google_service_account.%1.member"_s.arg(caller.ident);
    const QString ident = m.reserveName(callee.ident + u"_"_s + caller.ident);
    const QString what = fileText("%1 -> %2 (connection %3)").arg(label(caller), label(callee), c.id);
    auto member_ = [&](const QString &type, const QString &refKey, const QString &ref, const QString &role) {
        Block &b = res(u"security.tf"_s, type, ident);
        b.comment(what);
        if (role.isEmpty()) {
            b.comment(fileText("Read and add objects; no deletes or overwrites."));
            b.set(u"for_each"_s, u"toset([\"roles/storage.objectViewer\", \"roles/storage.objectCreator\"])"_s);
        }
        b.set(refKey, ref);
        b.set(u"role"_s, role.isEmpty() ? R(u"each.value"_s) : S(role));
        b.set(u"member"_s, member);
        return &b;
    };
    if (onCloudRun(callee)) {
        Block *b = member_(u"google_cloud_run_v2_service_iam_member"_s, u"name"_s, cloudRunService(callee), u"roles/run.invoker"_s);
        b->set(u"location"_s, regionValue(region(callee)));
        if (isKind(caller, {kinds::serverlessFunction}) && !behindGlobalLoadBalancer(callee))
            m.warn(fileText("%1: a Cloud Function leaves through Google's network, not the VPC, so %2 (internal only) refuses it; give the function a VPC connector with all traffic through the VPC.").arg(what, label(callee)));
    } else if (isKind(callee, {kinds::objectStorage})) {
        member_(u"google_storage_bucket_iam_member"_s, u"bucket"_s, u"google_storage_bucket.%1.name"_s.arg(callee.ident), QString());
    } else if (pubsubUnit) {
        member_(u"google_pubsub_topic_iam_member"_s, u"topic"_s, u"google_pubsub_topic.%1.id"_s.arg(callee.ident), u"roles/pubsub.publisher"_s);
    } else if (isKind(callee, {kinds::eventStream})) {
        projectGrant(ident, caller, u"roles/managedkafka.client"_s,
                     u"resource.name == \"projects/${var.project_id}/locations/%1/clusters/${local.name}-%2\""_s.arg(region(callee).isEmpty() ? u"${var.region}"_s : region(callee), callee.slug),
                     fileText("only %1").arg(callee.slug), what);
    } else if (isKind(callee, {kinds::secretsManager})) {
        member_(u"google_secret_manager_secret_iam_member"_s, u"secret_id"_s, u"google_secret_manager_secret.%1.id"_s.arg(callee.ident), u"roles/secretmanager.secretAccessor"_s);
    } else if (isKind(callee, {kinds::keyManagement})) {
        member_(u"google_kms_crypto_key_iam_member"_s, u"crypto_key_id"_s, key(region(callee)), u"roles/cloudkms.cryptoKeyEncrypterDecrypter"_s);
    } else if (isKind(callee, {kinds::relationalDatabase})) {
        const QString condition = u"resource.type == \"sqladmin.googleapis.com/Instance\" && resource.name == \"projects/${var.project_id}/instances/${local.name}-%1\""_s.arg(callee.slug);
        projectGrant(ident, caller, u"roles/cloudsql.client"_s, condition, fileText("only %1").arg(callee.slug), what);
        projectGrant(m.reserveName(ident + u"_login"_s), caller, u"roles/cloudsql.instanceUser"_s, condition, fileText("only %1").arg(callee.slug), what);
        // PostgreSQL names an IAM user by the e-mail without ".gserviceaccount.com"; MySQL takes the whole
        // e-mail and signs it in by the part before the "@" (the account id): see cloudValue().
        Block &user = res(u"data.tf"_s, u"google_sql_user"_s, ident);
        user.comment(fileText("%1 signs in with its service account (IAM database authentication), no password.").arg(label(caller)));
        user.set(u"name"_s, engine(callee) == QLatin1String("mysql")
                                ? u"google_service_account.%1.email"_s.arg(caller.ident)
                                : u"trimsuffix(google_service_account.%1.email, \".gserviceaccount.com\")"_s.arg(caller.ident));
        user.set(u"instance"_s, u"google_sql_database_instance.%1.name"_s.arg(callee.ident));
        user.setStr(u"type"_s, u"CLOUD_IAM_SERVICE_ACCOUNT"_s);
    } else if (isKind(callee, {kinds::distributedSql}) && engine(callee) == QLatin1String("spanner")) {
        Block *b = member_(u"google_spanner_database_iam_member"_s, u"instance"_s, u"google_spanner_instance.%1.name"_s.arg(callee.ident), u"roles/spanner.databaseUser"_s);
        b->set(u"database"_s, u"google_spanner_database.%1.name"_s.arg(callee.ident));
    } else if (isKind(callee, {kinds::documentDatabase}) && engine(callee) == QLatin1String("firestore")) {
        projectGrant(ident, caller, u"roles/datastore.user"_s, u"resource.name == \"projects/${var.project_id}/databases/${local.name}-%1\""_s.arg(callee.slug),
                     fileText("only %1").arg(callee.slug), what);
    } else if (isKind(callee, {kinds::dataWarehouse}) && engine(callee) == QLatin1String("bigquery")) {
        member_(u"google_bigquery_dataset_iam_member"_s, u"dataset_id"_s, u"google_bigquery_dataset.%1.dataset_id"_s.arg(callee.ident), u"roles/bigquery.dataEditor"_s);
        projectGrant(m.reserveName(ident + u"_jobs"_s), caller, u"roles/bigquery.jobUser"_s, {}, {}, what);
    } else if (isKind(callee, {kinds::logging})) {
        projectGrant(ident, caller, u"roles/logging.logWriter"_s, {}, {}, what);
    } else if (isKind(callee, {kinds::metrics})) {
        projectGrant(ident, caller, u"roles/monitoring.metricWriter"_s, {}, {}, what);
    }
}

/// The Kubernetes export's cloud values, filled from this module: `terraform output -raw kubernetes_cloud_values > cloud-values.env`.
void GcpMapper::cloudValues()
{
    if (!plan)
        return;
    QStringList lines;
    for (const k8s::CloudValue &v : plan->values) {
        const QString expr = cloudValue(v.key);
        if (expr.isEmpty()) {
            m.warn(fileText("The Kubernetes export's cloud value %1 (%2) has no counterpart here; add it to cloud-values.env by hand.").arg(v.key, v.description));
            continue;
        }
        lines.append(u"    \"%1=%2\","_s.arg(v.key, expr));
    }
    if (lines.isEmpty())
        return;
    m.output(u"kubernetes_cloud_values"_s, u"join(\"\\n\", [\n%1\n  ])"_s.arg(lines.join(u"\n"_s)),
             fileText("KEY=value lines for the Kubernetes export's cloud-values.env"));
}

const GcpMapper::CloudValueIndex &GcpMapper::cloudValueIndex() const
{
    if (!m_cloudValueIndex) {
        CloudValueIndex &x = m_cloudValueIndex.emplace();
        for (const k8s::Workload &w : plan->workloads) {
            x.byIdentityKey[w.identityKey].push_back(&w);
            x.byName[w.name].push_back(&w);
            for (const k8s::Peer &p : w.callees) {
                x.peers[p.cidrKey] = &p;
                x.peers[p.addressKey] = &p;
                x.databaseUsers[k8s::databaseUserKey(w.component->id, p.componentId)] = {&w, &p};
            }
        }
        for (const k8s::Gateway &g : plan->gateways) {
            x.gatewayKeys[g.valuePrefix + u"_CERTIFICATE"_s].emplace_back(&g, 0);
            x.gatewayKeys[g.valuePrefix + u"_WAF"_s].emplace_back(&g, 1);
            x.gatewayKeys[g.valuePrefix + u"_SOURCE_CIDR"_s].emplace_back(&g, 2);
        }
    }
    return *m_cloudValueIndex;
}

QString GcpMapper::cloudValue(const QString &key) const
{
    const CloudValueIndex &index = cloudValueIndex();
    if (const auto it = index.byIdentityKey.find(key); it != index.byIdentityKey.end())
        for (const k8s::Workload *w : it->second)
            if (const Unit *u = ctx.unit(w->component->id); u && accounts.count(u->ident))
                return u"${google_service_account.%1.email}"_s.arg(u->ident);
    if (const auto it = index.databaseUsers.find(key); it != index.databaseUsers.end()) {
        // The IAM database user made for the caller's service account (google_sql_user): the login name
        // each engine derives from the account's e-mail.
        const Unit *caller = ctx.unit(it->second.first->component->id);
        const Unit *db = ctx.unit(it->second.second->componentId);
        if (!caller || !db || !accounts.count(caller->ident) || !isKind(*db, {kinds::relationalDatabase}))
            return {};
        if (props.stringValue(*db->component, keys::engine) == QLatin1String("mysql"))
            return u"${google_service_account.%1.account_id}"_s.arg(caller->ident);
        return u"${trimsuffix(google_service_account.%1.email, \".gserviceaccount.com\")}"_s.arg(caller->ident);
    }
    if (const auto it = index.gatewayKeys.find(key); it != index.gatewayKeys.end())
        for (const auto &[gateway, what] : it->second) {
            const k8s::Gateway &g = *gateway;
            if (what == 0) {
                auto cert = gatewayCertificates.find(g.valuePrefix);
                return cert == gatewayCertificates.end() ? QString() : u"${"_s + cert->second + u"}"_s;
            }
            if (what == 1) {
                const Unit *w = ctx.unit(g.wafId);
                return w ? u"${google_compute_security_policy.%1.name}"_s.arg(w->ident) : QString();
            }
            // The proxy-only subnet of the region the routed workloads run in.
            if (g.routes.empty())
                continue;
            if (const auto named = index.byName.find(g.routes.front().workload); named != index.byName.end())
                for (const k8s::Workload *candidate : named->second)
                    if (const Unit *u = ctx.unit(candidate->component->id))
                        return u"${google_compute_subnetwork.%1_proxy_only.ip_cidr_range}"_s.arg(Context::regionKey(ctx.regionOf(*u)));
        }
    const auto found = index.peers.find(key);
    const k8s::Peer *peer = found == index.peers.end() ? nullptr : found->second;
    const Unit *t = peer ? ctx.unit(peer->componentId) : nullptr;
    if (!t)
        return {};
    const QString engine = props.stringValue(*t->component, keys::engine);
    const QString r = region(*t);
    const QString regionText = r.isEmpty() ? u"${var.region}"_s : r;
    if (peer->cidrKey == key) {
        if (isKind(*t, {kinds::eventStream}) && engine != QLatin1String("managed"))
            return u"${google_compute_subnetwork.%1.ip_cidr_range}"_s.arg(Context::regionKey(r));
        if (privateServices)
            return u"${google_compute_global_address.private_services.address}/${google_compute_global_address.private_services.prefix_length}"_s;
        return {};
    }
    if (isKind(*t, {kinds::relationalDatabase}))
        return u"${google_sql_database_instance.%1.private_ip_address}:%2"_s.arg(t->ident, engine == QLatin1String("mysql") ? u"3306"_s : u"5432"_s);
    if (isKind(*t, {kinds::cache}))
        return engine == QLatin1String("memcached") ? u"${google_memcache_instance.%1.discovery_endpoint}"_s.arg(t->ident)
                                                    : u"${google_redis_instance.%1.host}:${google_redis_instance.%1.port}"_s.arg(t->ident);
    if (isKind(*t, {kinds::messageQueue, kinds::eventStream}))
        return engine == QLatin1String("managed") ? u"${google_pubsub_topic.%1.id}"_s.arg(t->ident)
                                                  : u"bootstrap.${local.name}-%1.%2.managedkafka.${var.project_id}.cloud.goog:9092"_s.arg(t->slug, regionText);
    if (isKind(*t, {kinds::objectStorage}))
        return u"${google_storage_bucket.%1.name}"_s.arg(t->ident);
    if (isKind(*t, {kinds::secretsManager}))
        return u"${google_secret_manager_secret.%1.id}"_s.arg(t->ident);
    if (isKind(*t, {kinds::keyManagement}))
        return u"${"_s + GcpMapper::key(r) + u"}"_s;
    if (isKind(*t, {kinds::logging}))
        return u"${google_logging_project_bucket_config.%1.id}"_s.arg(t->ident);
    if (isKind(*t, {kinds::metrics}))
        return u"projects/${var.project_id}"_s;
    if (isKind(*t, {kinds::documentDatabase}) && engine == QLatin1String("firestore"))
        return u"${google_firestore_database.%1.name}"_s.arg(t->ident);
    if (isKind(*t, {kinds::distributedSql}) && engine == QLatin1String("spanner"))
        return u"${google_spanner_database.%1.id}"_s.arg(t->ident);
    if (isKind(*t, {kinds::dataWarehouse}) && engine == QLatin1String("bigquery"))
        return u"${google_bigquery_dataset.%1.id}"_s.arg(t->ident);
    return {};
}

} // namespace sd::tf
