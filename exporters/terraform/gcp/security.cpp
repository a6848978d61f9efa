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

} // namespace sd::tf
