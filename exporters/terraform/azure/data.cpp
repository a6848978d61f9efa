// SPDX-License-Identifier: MIT
// Azure: PostgreSQL and MySQL flexible servers, Azure Cache for Redis, storage accounts, Service Bus, Event Hubs and Cosmos DB.
#include "azuremapper.h"

namespace sd::tf {

namespace {
/// Azure names MySQL 8.0 by the release it started with ("8.0.21"); 5.7 and 8.4 by their major version.
QString mysqlVersion(const QString &design)
{
    return design == QLatin1String("8.0") || design == QLatin1String("8") ? u"8.0.21"_s : design;
}
} // namespace

void AzureMapper::relationalDatabase(const Unit &u)
{
    const QString r = ctx.regionOf(u);
    const bool mysql = props.stringValue(*u.component, keys::engine) == QLatin1String("mysql");
    const QString type = mysql ? u"azurerm_mysql_flexible_server"_s : u"azurerm_postgresql_flexible_server"_s;
    const QString zone = mysql ? u"privatelink.mysql.database.azure.com"_s : u"privatelink.postgres.database.azure.com"_s;
    const qint64 designRetention = props.boolValue(*u.component, keys::backups) ? props.intValue(*u.component, keys::backupRetentionDays) : 0;
    const qint64 retention = std::clamp<qint64>(designRetention, 7, 35);
    if (designRetention < 7)
        m.warn(fileText("%1: the design keeps backups for %2 days; the export keeps 7, the least a production database should have.").arg(label(u)).arg(designRetention));
    const QStringList zones = zonesOf(r);
    m.variable({u.ident + u"_admin_password"_s, u"string"_s, fileText("Password of the app_admin login of %1 (16 characters or more)").arg(label(u)),
                std::nullopt, true, u"length(var.%1_admin_password) >= 16"_s.arg(u.ident), fileText("Use at least 16 characters.")});
    auto server = [&](const QString &ident, const QString &regionName, bool primary, const QString &why = {}) -> Block & {
        const QString cmkId = keyIdentity(ident, regionName);
        // Geo-redundant backup (copies in the paired region): with a customer-managed key Azure needs a key and an
        // identity in that region too, so it is on where the design already uses the paired region.
        const QString pair = data({u"pairedRegions"_s, regionName}).toString();
        const bool geoBackup = primary && !pair.isEmpty() && ctx.regions.contains(pair);
        const QString geoId = geoBackup ? keyIdentity(ident + u"_geo"_s, pair) : QString();
        const Subnet &sn = subnet(regionName, mysql ? u"mysql"_s : u"postgres"_s);
        Block &s = m.file(u"data.tf"_s).add(u"resource"_s, {type, ident});
        if (!why.isEmpty())
            s.comment(why);
        s.set(u"name"_s, unique(primary ? u.slug : slugFor(ident, u"db"_s, 30)));
        s.set(u"resource_group_name"_s, rg(regionName));
        s.set(u"location"_s, location(regionName));
        s.setStr(u"version"_s, mysql ? mysqlVersion(props.stringValue(*u.component, keys::engineVersion))
                                     : props.stringValue(*u.component, keys::engineVersion).section(u'.', 0, 0));
        s.setStr(u"sku_name"_s, sized(mysql ? u"mysqlDatabase"_s : u"database"_s, props.stringValue(*u.component, keys::instanceSize)));
        s.set(u"delegated_subnet_id"_s, u"azurerm_subnet.%1.id"_s.arg(sn.ident));
        s.set(u"private_dns_zone_id"_s, privateDns(zone));
        if (mysql) {
            s.setStr(u"public_network_access"_s, u"Disabled"_s);
        } else {
            s.setBool(u"public_network_access_enabled"_s, false);
            s.setNum(u"storage_mb"_s, [&] {
                const QVariantList steps = data({u"postgresStorageMb"_s}).toList();
                for (const QVariant &mb : steps)
                    if (mb.toLongLong() >= props.intValue(*u.component, keys::storageGb) * 1024)
                        return mb.toLongLong();
                return steps.isEmpty() ? qint64(0) : steps.last().toLongLong();
            }());
            s.setBool(u"auto_grow_enabled"_s, true);
        }
        if (!primary) {
            s.setStr(u"create_mode"_s, u"Replica"_s);
            s.set(u"source_server_id"_s, u"%1.%2.id"_s.arg(type, u.ident));
        } else {
            s.setStr(u"administrator_login"_s, u"app_admin"_s);
            s.comment(fileText("Write-only: the password is sent to Azure but never stored in the Terraform state."));
            s.set(u"administrator_password_wo"_s, u"var.%1_admin_password"_s.arg(u.ident));
            s.setNum(u"administrator_password_wo_version"_s, 1);
            s.setNum(u"backup_retention_days"_s, retention);
            s.setBool(u"geo_redundant_backup_enabled"_s, geoBackup);
            if (!zones.isEmpty())
                s.setStr(u"zone"_s, zones.first());
            if (props.boolValue(*u.component, keys::multiAz)) {
                Block &ha = s.add(u"high_availability"_s);
                ha.setStr(u"mode"_s, u"ZoneRedundant"_s);
                if (zones.size() >= 2)
                    ha.setStr(u"standby_availability_zone"_s, zones.at(1));
            }
        }
        if (mysql)
            s.add(u"storage"_s).setNum(u"size_gb"_s, std::max<qint64>(20, props.intValue(*u.component, keys::storageGb)));
        if (primary && !geoBackup)
            m.warn(pair.isEmpty() ? fileText("%1: geo-redundant backup is off: its region has no paired region to copy backups to.").arg(label(u))
                                  : fileText("%1: geo-redundant backup is off: with the customer-managed key it needs a key and an identity in the "
                                             "paired region %2, which the design does not use; draw a cross-region replica in %2 to turn it on.")
                                        .arg(label(u), pair));
        // MySQL reads the Entra directory with an identity it wears (its Entra administrator's identity_id).
        const QString entraId = mysql && primary ? entraReaderIdentity(ident, regionName, label(u)) : QString();
        if (geoBackup || !entraId.isEmpty()) {
            std::vector<Value> worn{R(u"azurerm_user_assigned_identity.%1.id"_s.arg(cmkId))};
            for (const QString &other : {geoId, entraId})
                if (!other.isEmpty())
                    worn.push_back(R(u"azurerm_user_assigned_identity.%1.id"_s.arg(other)));
            Block &id = s.add(u"identity"_s);
            id.setStr(u"type"_s, u"UserAssigned"_s);
            id.set(u"identity_ids"_s, list(std::move(worn)));
        } else {
            userIdentity(s, cmkId);
        }
        Block &cmk = s.add(u"customer_managed_key"_s);
        cmk.set(u"key_vault_key_id"_s, vaultKey(regionName));
        cmk.set(u"primary_user_assigned_identity_id"_s, u"azurerm_user_assigned_identity.%1.id"_s.arg(cmkId));
        if (geoBackup) {
            cmk.set(u"geo_backup_key_vault_key_id"_s, vaultKey(pair));
            cmk.set(u"geo_backup_user_assigned_identity_id"_s, u"azurerm_user_assigned_identity.%1.id"_s.arg(geoId));
        }
        if (!mysql && primary) {
            Block &auth = s.add(u"authentication"_s);
            auth.setBool(u"active_directory_auth_enabled"_s, true);
            auth.setBool(u"password_auth_enabled"_s, true);
            auth.set(u"tenant_id"_s, u"data.azurerm_client_config.current.tenant_id"_s);
        }
        if (primary) {
            Block &mw = s.add(u"maintenance_window"_s);
            mw.setNum(u"day_of_week"_s, 0);
            mw.setNum(u"start_hour"_s, 4);
            mw.setNum(u"start_minute"_s, 0);
            Block &life = s.add(u"lifecycle"_s);
            life.comment(fileText("The database holds the business's data: Terraform refuses to destroy it."));
            life.setBool(u"prevent_destroy"_s, true);
        }
        std::vector<Value> after{R(u"azurerm_private_dns_zone_virtual_network_link.%1_%2"_s.arg(identifierFor(zone, u"zone"_s), key(regionName))),
                                 R(u"azurerm_role_assignment.%1_key"_s.arg(cmkId))};
        if (geoBackup)
            after.push_back(R(u"azurerm_role_assignment.%1_key"_s.arg(geoId)));
        s.set(u"depends_on"_s, list(std::move(after)));
        return s;
    };
    server(u.ident, r, true);
    // Workloads sign in with their managed identities: a database user per caller, which only an Entra
    // administrator of the server can create (databaseLogin() writes the SQL into the README's to-dos).
    Block &admin = m.file(u"data.tf"_s).add(u"resource"_s, {type + u"_active_directory_administrator"_s, u.ident});
    admin.comment(fileText("The Entra group whose members administer the database logins of %1.").arg(label(u)));
    if (mysql) {
        admin.set(u"server_id"_s, u"%1.%2.id"_s.arg(type, u.ident));
    } else {
        admin.set(u"server_name"_s, u"%1.%2.name"_s.arg(type, u.ident));
        admin.set(u"resource_group_name"_s, rg(r));
    }
    admin.set(u"tenant_id"_s, u"data.azurerm_client_config.current.tenant_id"_s);
    admin.set(u"object_id"_s, u"var.database_admin_group_object_id"_s);
    if (mysql) {
        admin.set(u"identity_id"_s, u"azurerm_user_assigned_identity.%1.id"_s.arg(entraReaderIdentity(u.ident, r, label(u))));
        admin.set(u"login"_s, u"var.database_admin_group_name"_s);
    } else {
        admin.set(u"principal_name"_s, u"var.database_admin_group_name"_s);
        admin.setStr(u"principal_type"_s, u"Group"_s);
    }
    m.variable({u"database_admin_group_object_id"_s, u"string"_s,
                fileText("Object ID of the Microsoft Entra group that administers the database servers' logins"), std::nullopt, false,
                u"can(regex(\"^[0-9a-fA-F-]{36}$\", var.database_admin_group_object_id))"_s, fileText("Give the group's object ID (a GUID).")});
    m.variable({u"database_admin_group_name"_s, u"string"_s, fileText("Display name of that Microsoft Entra group"), std::nullopt, false,
                u"length(var.database_admin_group_name) > 0"_s, fileText("Give the group's display name.")});
    const std::vector<std::pair<QString, QString>> settings =
        mysql ? std::vector<std::pair<QString, QString>>{{u"require_secure_transport"_s, u"ON"_s}, {u"tls_version"_s, u"TLSv1.2,TLSv1.3"_s}}
              : std::vector<std::pair<QString, QString>>{{u"require_secure_transport"_s, u"on"_s}, {u"ssl_min_protocol_version"_s, u"TLSv1.2"_s},
                                                         {u"log_connections"_s, u"on"_s}, {u"log_disconnections"_s, u"on"_s}};
    for (const auto &[setting, value] : settings) {
        Block &cfg = m.file(u"data.tf"_s).add(u"resource"_s, {mysql ? u"azurerm_mysql_flexible_server_configuration"_s : u"azurerm_postgresql_flexible_server_configuration"_s,
                                                               u.ident + u"_"_s + setting});
        cfg.setStr(u"name"_s, setting);
        if (mysql) {
            cfg.set(u"resource_group_name"_s, rg(r));
            cfg.set(u"server_name"_s, u"%1.%2.name"_s.arg(type, u.ident));
        } else {
            cfg.set(u"server_id"_s, u"%1.%2.id"_s.arg(type, u.ident));
        }
        cfg.setStr(u"value"_s, value);
    }
    QStringList replicaIdents; // every replica server, watched for lag below
    for (qint64 i = 1; i < props.intValue(*u.component, keys::replicas); ++i) {
        replicaIdents.append(u"%1_replica_%2"_s.arg(u.ident).arg(i));
        server(replicaIdents.last(), r, false);
    }
    const QString replicaRegion = props.stringValue(*u.component, keys::replicaRegion);
    if (props.boolValue(*u.component, keys::crossRegionReplica) && !replicaRegion.isEmpty()) {
        replicaIdents.append(u.ident + u"_"_s + key(replicaRegion));
        server(replicaIdents.last(), replicaRegion, false,
               fileText("Cross-region replica in %1, for recovery when %2 is lost.").arg(replicaRegion, r));
    }
    diag(u.ident, u"%1.%2.id"_s.arg(type, u.ident));
    const QString ns = mysql ? u"Microsoft.DBforMySQL/flexibleServers"_s : u"Microsoft.DBforPostgreSQL/flexibleServers"_s;
    const QString scope = u"%1.%2.id"_s.arg(type, u.ident);
    alert(u, u"cpu"_s, fileText("CPU above 80 %"), scope, ns, u"cpu_percent"_s, u"Average"_s, 80);
    // Each replica reports how far behind its primary it is (PostgreSQL: physical replication delay; MySQL: replication lag).
    for (const QString &replica : std::as_const(replicaIdents))
        alert(u, replica.mid(u.ident.size() + 1) + u"_lag"_s,
              fileText("replica %1 more than 60 seconds behind (its readers see old data; a failover would lose that much)").arg(replica),
              u"%1.%2.id"_s.arg(type, replica), ns, mysql ? u"replication_lag"_s : u"physical_replication_delay_in_seconds"_s, u"Maximum"_s, 60);
    alert(u, u"memory"_s, fileText("memory above 80 %"), scope, ns, u"memory_percent"_s, u"Average"_s, 80);
    alert(u, u"storage"_s, fileText("storage above 85 %"), scope, ns, u"storage_percent"_s, u"Average"_s, 85);
    m.output(u.ident + u"_host"_s, u"%1.%2.fqdn"_s.arg(type, u.ident), fileText("Host name of %1 (private)").arg(label(u)));
}

QString AzureMapper::entraReaderIdentity(const QString &server, const QString &r, const QString &serverLabel)
{
    const QString id = ownIdentity(server + u"_entra"_s, r, fileText("the Entra sign-in of %1").arg(serverLabel));
    if (once(r, u"entra/"_s + id))
        m.todo(fileText("%1: MySQL checks Entra tokens by reading the directory as azurerm_user_assigned_identity.%2: a tenant administrator "
                        "grants that identity Microsoft Graph's User.Read.All, GroupMember.Read.All and Application.Read.All (or the "
                        "Directory Readers role); until then Entra sign-ins to %1 fail.")
                   .arg(serverLabel, id));
    return id;
}

void AzureMapper::cache(const Unit &u)
{
    const QString r = ctx.regionOf(u);
    if (props.stringValue(*u.component, keys::engine) == QLatin1String("memcached")) {
        m.omit(u, u"data.tf"_s, fileText("Azure offers no managed Memcached; Azure Cache for Redis (engine: redis) covers caching, or run Memcached on AKS."));
        return;
    }
    const qint64 nodes = std::max<qint64>(props.intValue(*u.component, keys::replicas), props.boolValue(*u.component, keys::multiAz) ? 2 : 1);
    Block &c = res(u"data.tf"_s, u"azurerm_redis_cache"_s, u.ident, r);
    c.items.front().value = R(unique(u.slug));
    c.comment(fileText("Premium: zones, replicas and persistence. Clients connect with TLS on port 6380 and Entra ID, never access keys."));
    c.setStr(u"sku_name"_s, u"Premium"_s);
    c.setStr(u"family"_s, u"P"_s);
    c.setNum(u"capacity"_s, sized(u"redisCapacity"_s, props.stringValue(*u.component, keys::instanceSize)).toLongLong());
    c.setBool(u"non_ssl_port_enabled"_s, false);
    c.setStr(u"minimum_tls_version"_s, u"1.2"_s);
    c.setBool(u"public_network_access_enabled"_s, false);
    c.setBool(u"access_keys_authentication_enabled"_s, false);
    c.setStr(u"redis_version"_s, dataText({u"versions"_s, u"redis"_s}));
    c.setNum(u"replicas_per_primary"_s, std::max<qint64>(1, nodes - 1));
    const QStringList zones = zonesOf(r);
    if (props.boolValue(*u.component, keys::multiAz) && zones.size() >= 2)
        c.set(u"zones"_s, Value::strings(zones));
    c.add(u"redis_configuration"_s).setBool(u"active_directory_authentication_enabled"_s, true);
    privateEndpoint(u.ident, r, u"azurerm_redis_cache.%1.id"_s.arg(u.ident), u"redisCache"_s, u"privatelink.redis.cache.windows.net"_s);
    diag(u.ident, u"azurerm_redis_cache.%1.id"_s.arg(u.ident));
    const QString scope = u"azurerm_redis_cache.%1.id"_s.arg(u.ident);
    alert(u, u"cpu"_s, fileText("CPU above 80 %"), scope, u"Microsoft.Cache/redis"_s, u"percentProcessorTime"_s, u"Average"_s, 80);
    alert(u, u"memory"_s, fileText("memory above 80 %"), scope, u"Microsoft.Cache/redis"_s, u"usedmemorypercentage"_s, u"Average"_s, 80);
    if (nodes < 2)
        m.warn(fileText("%1: Premium Azure Cache for Redis always keeps one replica, although the design asks for a single node.").arg(label(u)));
}

void AzureMapper::objectStorage(const Unit &u)
{
    storage(&u, u.ident, ctx.regionOf(u), label(u));
}

void AzureMapper::messageQueue(const Unit &u)
{
    if (props.stringValue(*u.component, keys::engine) == QLatin1String("managed"))
        serviceBus(u);
    else
        m.omit(u, u"data.tf"_s, fileText("Azure has no managed %1; use Service Bus (engine: managed) or run the broker on AKS.").arg(props.stringValue(*u.component, keys::engine)));
}

void AzureMapper::documentDatabase(const Unit &u)
{
    const QString engine = props.stringValue(*u.component, keys::engine);
    if (engine == QLatin1String("cosmosdb") || engine == QLatin1String("mongodb"))
        cosmos(u);
    else
        m.omit(u, u"data.tf"_s, fileText("%1 is not offered on Azure; Cosmos DB (engine: cosmosdb or mongodb) is Azure's document database.").arg(engine));
}

void AzureMapper::search(const Unit &u)
{
    m.omit(u, u"data.tf"_s, fileText("Azure has no managed %1; Azure AI Search has its own API, or run Elastic Cloud from the Marketplace or on AKS.").arg(props.stringValue(*u.component, keys::engine)));
}

void AzureMapper::dataWarehouse(const Unit &u)
{
    m.omit(u, u"data.tf"_s, fileText("Not generated: a Synapse or Fabric warehouse needs choices (capacity, storage, identities) the design does not hold; create it with azurerm_synapse_workspace."));
}

void AzureMapper::distributedSql(const Unit &u)
{
    m.omit(u, u"data.tf"_s, fileText("Azure has no managed %1; Azure Cosmos DB for PostgreSQL (distributed) is the closest, or run it on AKS.").arg(props.stringValue(*u.component, keys::engine)));
}

void AzureMapper::storage(const Unit *u, const QString &ident, const QString &r, const QString &purpose)
{
    Block &s = m.file(u ? u"data.tf"_s : u"security.tf"_s).add(u"resource"_s, {u"azurerm_storage_account"_s, ident});
    if (!u)
        s.comment(purpose);
    s.comment(fileText("Storage account names: 3 to 24 lower-case letters and digits, unique in Azure."));
    s.set(u"name"_s, R(tmpl(u"${substr(replace(local.name, \"-\", \"\"), 0, 10)}%1${local.unique}"_s.arg(alnum(slugFor(ident, u"st"_s, 8)).left(8)))));
    s.set(u"resource_group_name"_s, rg(r));
    s.set(u"location"_s, location(r));
    s.setStr(u"account_tier"_s, u"Standard"_s);
    const bool geo = u && props.boolValue(*u->component, keys::crossRegionReplica);
    s.setStr(u"account_replication_type"_s, geo ? u"GZRS"_s : u"ZRS"_s);
    s.setStr(u"min_tls_version"_s, u"TLS1_2"_s);
    s.setBool(u"https_traffic_only_enabled"_s, true);
    s.setBool(u"allow_nested_items_to_be_public"_s, false);
    s.setBool(u"shared_access_key_enabled"_s, false);
    s.setBool(u"default_to_oauth_authentication"_s, true);
    s.setBool(u"infrastructure_encryption_enabled"_s, true);
    s.setBool(u"cross_tenant_replication_enabled"_s, false);
    s.setBool(u"public_network_access_enabled"_s, false);
    Block &bp = s.add(u"blob_properties"_s);
    bp.setBool(u"versioning_enabled"_s, u ? props.boolValue(*u->component, keys::versioning) : true);
    bp.setBool(u"change_feed_enabled"_s, true);
    bp.add(u"delete_retention_policy"_s).setNum(u"days"_s, 7);
    bp.add(u"container_delete_retention_policy"_s).setNum(u"days"_s, 7);
    Block &nr = s.add(u"network_rules"_s);
    nr.setStr(u"default_action"_s, u"Deny"_s);
    nr.set(u"bypass"_s, Value::strings({u"AzureServices"_s}));
    const QString cmkId = keyIdentity(ident, r);
    userIdentity(s, cmkId);
    Block &cmk = s.add(u"customer_managed_key"_s);
    cmk.set(u"key_vault_key_id"_s, vaultKeyVersionless(r));
    cmk.set(u"user_assigned_identity_id"_s, u"azurerm_user_assigned_identity.%1.id"_s.arg(cmkId));
    s.set(u"depends_on"_s, list({R(u"azurerm_role_assignment.%1_key"_s.arg(cmkId))}));
    if (!u)
        return;
    if (const qint64 days = props.intValue(*u->component, keys::lifecycleDays); days > 0) {
        Block &mp = m.file(u"data.tf"_s).add(u"resource"_s, {u"azurerm_storage_management_policy"_s, ident});
        mp.set(u"storage_account_id"_s, u"azurerm_storage_account.%1.id"_s.arg(ident));
        Block &rule = mp.add(u"rule"_s);
        rule.setStr(u"name"_s, u"expire"_s);
        rule.setBool(u"enabled"_s, true);
        rule.add(u"filters"_s).set(u"blob_types"_s, Value::strings({u"blockBlob"_s}));
        Block &act = rule.add(u"actions"_s);
        act.add(u"base_blob"_s).setNum(u"delete_after_days_since_modification_greater_than"_s, days);
        act.add(u"version"_s).setNum(u"delete_after_days_since_creation"_s, days);
    }
    privateEndpoint(ident + u"_blob"_s, r, u"azurerm_storage_account.%1.id"_s.arg(ident), u"blob"_s, u"privatelink.blob.core.windows.net"_s);
    m.output(ident + u"_account"_s, u"azurerm_storage_account.%1.name"_s.arg(ident), fileText("Storage account of %1").arg(label(*u)));
}

void AzureMapper::serviceBus(const Unit &u)
{
    const QString r = ctx.regionOf(u);
    const QString k = key(r);
    if (once(r, u"servicebus"_s)) {
        Block &ns = res(u"data.tf"_s, u"azurerm_servicebus_namespace"_s, k, r);
        ns.items.front().value = R(unique(u"bus"_s));
        ns.comment(fileText("Premium: customer-managed keys, zone redundancy and private access."));
        ns.setStr(u"sku"_s, u"Premium"_s);
        ns.setNum(u"capacity"_s, 1);
        ns.setNum(u"premium_messaging_partitions"_s, 1);
        ns.setBool(u"local_auth_enabled"_s, false);
        ns.setStr(u"minimum_tls_version"_s, u"1.2"_s);
        ns.setBool(u"public_network_access_enabled"_s, false);
        const QString cmkId = keyIdentity(k + u"_servicebus"_s, r);
        userIdentity(ns, cmkId);
        Block &cmk = ns.add(u"customer_managed_key"_s);
        cmk.set(u"key_vault_key_id"_s, vaultKey(r));
        cmk.set(u"identity_id"_s, u"azurerm_user_assigned_identity.%1.id"_s.arg(cmkId));
        cmk.setBool(u"infrastructure_encryption_enabled"_s, true);
        privateEndpoint(k + u"_servicebus"_s, r, u"azurerm_servicebus_namespace.%1.id"_s.arg(k), u"namespace"_s, u"privatelink.servicebus.windows.net"_s);
        diag(k + u"_servicebus"_s, u"azurerm_servicebus_namespace.%1.id"_s.arg(k));
    }
    Block &q = m.file(u"data.tf"_s).add(u"resource"_s, {u"azurerm_servicebus_queue"_s, u.ident});
    q.setStr(u"name"_s, u.slug);
    q.set(u"namespace_id"_s, u"azurerm_servicebus_namespace.%1.id"_s.arg(k));
    q.setNum(u"max_delivery_count"_s, props.intValue(*u.component, keys::maxReceiveCount));
    if (!props.boolValue(*u.component, keys::deadLetterQueue))
        q.comment(fileText("The design turns the dead-letter queue off; Service Bus still parks a message after max_delivery_count attempts."));
    q.setBool(u"dead_lettering_on_message_expiration"_s, props.boolValue(*u.component, keys::deadLetterQueue));
    q.setStr(u"default_message_ttl"_s, u"P%1D"_s.arg(props.intValue(*u.component, keys::retentionDays)));
    if (props.boolValue(*u.component, keys::fifo)) {
        q.setBool(u"requires_session"_s, true);
        q.setBool(u"requires_duplicate_detection"_s, true);
    }
    alert(u, u"dead_letters"_s, fileText("messages in the dead-letter queue"), u"azurerm_servicebus_namespace.%1.id"_s.arg(k),
          u"Microsoft.ServiceBus/namespaces"_s, u"DeadletteredMessages"_s, u"Average"_s, 0);
}

void AzureMapper::eventStream(const Unit &u)
{
    const QString r = ctx.regionOf(u);
    const QString k = key(r);
    if (once(r, u"eventhubs"_s)) {
        Block &ns = res(u"data.tf"_s, u"azurerm_eventhub_namespace"_s, k, r);
        ns.items.front().value = R(unique(u"events"_s));
        ns.comment(fileText("Event Hubs speaks the Kafka protocol, so Kafka clients connect unchanged (port 9093, TLS)."));
        ns.setStr(u"sku"_s, u"Premium"_s);
        ns.setNum(u"capacity"_s, 1);
        ns.setBool(u"local_authentication_enabled"_s, false);
        ns.setStr(u"minimum_tls_version"_s, u"1.2"_s);
        ns.setBool(u"public_network_access_enabled"_s, false);
        const QString cmkId = keyIdentity(k + u"_eventhubs"_s, r);
        userIdentity(ns, cmkId);
        Block &ek = m.file(u"data.tf"_s).add(u"resource"_s, {u"azurerm_eventhub_namespace_customer_managed_key"_s, k});
        ek.set(u"eventhub_namespace_id"_s, u"azurerm_eventhub_namespace.%1.id"_s.arg(k));
        ek.set(u"key_vault_key_ids"_s, list({R(vaultKeyVersionless(r))}));
        ek.set(u"user_assigned_identity_id"_s, u"azurerm_user_assigned_identity.%1.id"_s.arg(cmkId));
        ek.setBool(u"infrastructure_encryption_enabled"_s, true);
        ek.set(u"depends_on"_s, list({R(u"azurerm_role_assignment.%1_key"_s.arg(cmkId))}));
        privateEndpoint(k + u"_eventhubs"_s, r, u"azurerm_eventhub_namespace.%1.id"_s.arg(k), u"namespace"_s, u"privatelink.servicebus.windows.net"_s);
        diag(k + u"_eventhubs"_s, u"azurerm_eventhub_namespace.%1.id"_s.arg(k));
    }
    Block &h = m.file(u"data.tf"_s).add(u"resource"_s, {u"azurerm_eventhub"_s, u.ident});
    h.setStr(u"name"_s, u.slug);
    h.set(u"namespace_id"_s, u"azurerm_eventhub_namespace.%1.id"_s.arg(k));
    h.setNum(u"partition_count"_s, std::min<qint64>(props.intValue(*u.component, keys::partitions), 100));
    h.setNum(u"message_retention"_s, std::clamp<qint64>(props.intValue(*u.component, keys::retentionHours) / 24, 1, 90));
    if (props.intValue(*u.component, keys::replicas) > 1)
        m.warn(fileText("%1: replicas (%2 brokers) has no counterpart on Event Hubs, which keeps the copies of every partition itself (Premium: spread over the zones); "
                        "the namespace starts with one processing unit, raise capacity for more throughput.")
                   .arg(label(u)).arg(props.intValue(*u.component, keys::replicas)));
    if (props.intValue(*u.component, keys::partitions) > 100)
        m.warn(fileText("%1: partitions %2 is above what one Event Hub holds; the export uses 100.").arg(label(u)).arg(props.intValue(*u.component, keys::partitions)));
    if (props.intValue(*u.component, keys::retentionHours) / 24 > 90 || props.intValue(*u.component, keys::retentionHours) < 24)
        m.warn(fileText("%1: retentionHours %2 is outside the 1 to 90 days Event Hubs Premium keeps; the export keeps %3 days.")
                   .arg(label(u)).arg(props.intValue(*u.component, keys::retentionHours)).arg(std::clamp<qint64>(props.intValue(*u.component, keys::retentionHours) / 24, 1, 90)));
}

void AzureMapper::cosmos(const Unit &u)
{
    const QString r = ctx.regionOf(u);
    const bool mongo = props.stringValue(*u.component, keys::engine) == QLatin1String("mongodb");
    Block &c = res(u"data.tf"_s, u"azurerm_cosmosdb_account"_s, u.ident, r);
    c.items.front().value = R(unique(u.slug));
    c.setStr(u"offer_type"_s, u"Standard"_s);
    c.setStr(u"kind"_s, mongo ? u"MongoDB"_s : u"GlobalDocumentDB"_s);
    if (mongo)
        c.setStr(u"mongo_server_version"_s, u"7.0"_s);
    c.setBool(u"automatic_failover_enabled"_s, true);
    c.setBool(u"public_network_access_enabled"_s, false);
    c.setBool(u"local_authentication_disabled"_s, !mongo);
    c.setStr(u"minimal_tls_version"_s, u"Tls12"_s);
    c.set(u"key_vault_key_id"_s, vaultKeyVersionless(r));
    const QString cmkId = keyIdentity(u.ident, r);
    c.set(u"default_identity_type"_s, R(tmpl(u"UserAssignedIdentity=${azurerm_user_assigned_identity.%1.id}"_s.arg(cmkId))));
    userIdentity(c, cmkId);
    c.add(u"consistency_policy"_s).setStr(u"consistency_level"_s, u"Session"_s);
    Block &geo = c.add(u"geo_location"_s);
    geo.set(u"location"_s, location(r));
    geo.setNum(u"failover_priority"_s, 0);
    geo.setBool(u"zone_redundant"_s, props.boolValue(*u.component, keys::multiAz));
    const QString replicaRegion = props.stringValue(*u.component, keys::replicaRegion);
    if (props.boolValue(*u.component, keys::crossRegionReplica) && !replicaRegion.isEmpty()) {
        Block &g2 = c.add(u"geo_location"_s);
        g2.setStr(u"location"_s, replicaRegion);
        g2.setNum(u"failover_priority"_s, 1);
        g2.setBool(u"zone_redundant"_s, props.boolValue(*u.component, keys::multiAz));
    }
    if (mongo)
        c.add(u"capabilities"_s).setStr(u"name"_s, u"EnableMongo"_s);
    Block &b = c.add(u"backup"_s);
    b.setStr(u"type"_s, u"Continuous"_s);
    b.setStr(u"tier"_s, u"Continuous7Days"_s);
    privateEndpoint(u.ident, r, u"azurerm_cosmosdb_account.%1.id"_s.arg(u.ident), mongo ? u"MongoDB"_s : u"Sql"_s,
                    mongo ? u"privatelink.mongo.cosmos.azure.com"_s : u"privatelink.documents.azure.com"_s);
    diag(u.ident, u"azurerm_cosmosdb_account.%1.id"_s.arg(u.ident));
}

} // namespace sd::tf
