// SPDX-License-Identifier: MIT
// Google Cloud: Cloud SQL, Spanner, Firestore, Memorystore, Cloud Storage, Pub/Sub and BigQuery.
#include "gcpmapper.h"

namespace sd::tf {

namespace {
/// Google multi-region location for a region's continent, for buckets and Spanner.
QString continentOf(const QString &region)
{
    if (region.startsWith(u"europe"_s))
        return u"EU"_s;
    if (region.startsWith(u"asia"_s) || region.startsWith(u"australia"_s))
        return u"ASIA"_s;
    return u"US"_s;
}
} // namespace

void GcpMapper::relationalDatabase(const Unit &u)
{
    apis.insert(u"sqladmin.googleapis.com"_s);
    privateServices = true;
    const QString r = region(u);
    needsKey(r, u"gcp-sa-cloud-sql.iam.gserviceaccount.com"_s);
    const bool mysql = props.stringValue(*u.component, keys::engine) == QLatin1String("mysql");
    const QString version = props.stringValue(*u.component, keys::engineVersion);
    const QString dbVersion = mysql ? u"MYSQL_"_s + QString(version).replace(u'.', u'_') : u"POSTGRES_"_s + version.section(u'.', 0, 0);
    const qint64 designRetention = props.boolValue(*u.component, keys::backups) ? props.intValue(*u.component, keys::backupRetentionDays) : 0;
    const qint64 retention = std::max<qint64>(7, designRetention);
    if (designRetention < 7)
        m.note(fileText("%1: the design keeps backups for %2 days; the export keeps 7, the least a production database should have.").arg(label(u)).arg(designRetention));
    const QString tier = sized(u"sql"_s, props.stringValue(*u.component, keys::instanceSize));
    auto settings = [&](Block &db, bool primary, const QString &regionName) {
        Block &s = db.add(u"settings"_s);
        s.setStr(u"tier"_s, tier);
        s.setStr(u"edition"_s, u"ENTERPRISE"_s);
        s.setStr(u"availability_type"_s, primary && props.boolValue(*u.component, keys::multiAz) ? u"REGIONAL"_s : u"ZONAL"_s);
        s.setNum(u"disk_size"_s, props.intValue(*u.component, keys::storageGb));
        s.setStr(u"disk_type"_s, u"PD_SSD"_s);
        s.setBool(u"disk_autoresize"_s, true);
        s.setBool(u"deletion_protection_enabled"_s, true);
        if (primary) {
            Block &b = s.add(u"backup_configuration"_s);
            b.setBool(u"enabled"_s, true);
            b.setStr(u"start_time"_s, u"03:00"_s);
            b.setBool(mysql ? u"binary_log_enabled"_s : u"point_in_time_recovery_enabled"_s, true);
            b.setNum(u"transaction_log_retention_days"_s, 7);
            Block &keep = b.add(u"backup_retention_settings"_s);
            keep.setNum(u"retained_backups"_s, retention);
            keep.setStr(u"retention_unit"_s, u"COUNT"_s);
            Block &mw = s.add(u"maintenance_window"_s);
            mw.setNum(u"day"_s, 7);
            mw.setNum(u"hour"_s, 4);
            mw.setStr(u"update_track"_s, u"stable"_s);
        }
        Block &ip = s.add(u"ip_configuration"_s);
        ip.comment(fileText("Private IP only, and only encrypted connections."));
        ip.setBool(u"ipv4_enabled"_s, false);
        ip.set(u"private_network"_s, u"google_compute_network.main.id"_s);
        ip.setStr(u"ssl_mode"_s, u"ENCRYPTED_ONLY"_s);
        ip.setBool(u"enable_private_path_for_google_cloud_services"_s, true);
        Block &qi = s.add(u"insights_config"_s);
        qi.setBool(u"query_insights_enabled"_s, true);
        qi.setBool(u"record_application_tags"_s, true);
        const std::vector<std::pair<QString, QString>> flags =
            mysql ? std::vector<std::pair<QString, QString>>{{u"slow_query_log"_s, u"on"_s}, {u"local_infile"_s, u"off"_s}, {u"cloudsql_iam_authentication"_s, u"on"_s}}
                  : std::vector<std::pair<QString, QString>>{{u"log_connections"_s, u"on"_s}, {u"log_disconnections"_s, u"on"_s},
                                                             {u"log_lock_waits"_s, u"on"_s}, {u"cloudsql.iam_authentication"_s, u"on"_s}};
        for (const auto &[flag, value] : flags) {
            Block &f = s.add(u"database_flags"_s);
            f.setStr(u"name"_s, flag);
            f.setStr(u"value"_s, value);
        }
        Q_UNUSED(regionName)
    };
    Block &db = res(u"data.tf"_s, u"google_sql_database_instance"_s, u.ident);
    db.set(u"name"_s, name(u.slug));
    db.set(u"region"_s, regionValue(r));
    db.setStr(u"database_version"_s, dbVersion);
    db.set(u"encryption_key_name"_s, key(r));
    db.setBool(u"deletion_protection"_s, true);
    settings(db, true, r);
    db.set(u"depends_on"_s, list({R(u"google_service_networking_connection.private_services"_s),
                                  R(u"google_kms_crypto_key_iam_binding.%1"_s.arg(Context::regionKey(r)))}));
    m.variable({u.ident + u"_password"_s, u"string"_s, fileText("Password of the app_admin user of %1 (16 characters or more)").arg(label(u)),
                std::nullopt, true, u"length(var.%1_password) >= 16"_s.arg(u.ident), fileText("Use at least 16 characters.")});
    Block &user = res(u"data.tf"_s, u"google_sql_user"_s, u.ident);
    user.setStr(u"name"_s, u"app_admin"_s);
    user.set(u"instance"_s, u"google_sql_database_instance.%1.name"_s.arg(u.ident));
    user.comment(fileText("Write-only: the password is sent to Google but never stored in the Terraform state."));
    user.set(u"password_wo"_s, u"var.%1_password"_s.arg(u.ident));
    user.setNum(u"password_wo_version"_s, 1);
    const qint64 replicas = props.intValue(*u.component, keys::replicas);
    if (replicas > 1) {
        Block &rep = res(u"data.tf"_s, u"google_sql_database_instance"_s, u.ident + u"_replica"_s);
        rep.comment(fileText("Read replicas: the design asks for %1 instances in all.").arg(replicas));
        rep.setNum(u"count"_s, replicas - 1);
        rep.set(u"name"_s, R(tmpl(u"${local.name}-%1-replica-${count.index + 1}"_s.arg(u.slug))));
        rep.set(u"region"_s, regionValue(r));
        rep.setStr(u"database_version"_s, dbVersion);
        rep.set(u"master_instance_name"_s, u"google_sql_database_instance.%1.name"_s.arg(u.ident));
        rep.set(u"encryption_key_name"_s, key(r));
        rep.setBool(u"deletion_protection"_s, true);
        rep.add(u"replica_configuration"_s).setBool(u"failover_target"_s, false);
        settings(rep, false, r);
    }
    const QString replicaRegion = props.stringValue(*u.component, keys::replicaRegion);
    if (props.boolValue(*u.component, keys::crossRegionReplica) && replicaRegion.isEmpty())
        m.warn(fileText("%1: crossRegionReplica is on but replicaRegion names no region, so no cross-region replica is made.").arg(label(u)));
    if (props.boolValue(*u.component, keys::crossRegionReplica) && !replicaRegion.isEmpty()) {
        needsKey(replicaRegion, u"gcp-sa-cloud-sql.iam.gserviceaccount.com"_s);
        Block &rep = res(u"data.tf"_s, u"google_sql_database_instance"_s, u.ident + u"_"_s + Context::regionKey(replicaRegion));
        rep.comment(fileText("Cross-region replica in %1, for recovery when %2 is lost.").arg(replicaRegion, r));
        rep.set(u"name"_s, name(u.slug + u"-"_s + replicaRegion));
        rep.setStr(u"region"_s, replicaRegion);
        rep.setStr(u"database_version"_s, dbVersion);
        rep.set(u"master_instance_name"_s, u"google_sql_database_instance.%1.name"_s.arg(u.ident));
        rep.set(u"encryption_key_name"_s, key(replicaRegion));
        rep.setBool(u"deletion_protection"_s, true);
        settings(rep, false, replicaRegion);
    }
    const QString filter = u"resource.type = \"cloudsql_database\" AND resource.labels.database_id = \"${var.project_id}:${local.name}-%1\""_s.arg(u.slug);
    alert(u, u"cpu"_s, fileText("CPU above 80 %"), filter + u" AND metric.type = \"cloudsql.googleapis.com/database/cpu/utilization\""_s, u"ALIGN_MEAN"_s, 0.8);
    alert(u, u"memory"_s, fileText("memory above 80 %"), filter + u" AND metric.type = \"cloudsql.googleapis.com/database/memory/utilization\""_s, u"ALIGN_MEAN"_s, 0.8);
    alert(u, u"disk"_s, fileText("disk above 85 %"), filter + u" AND metric.type = \"cloudsql.googleapis.com/database/disk/utilization\""_s, u"ALIGN_MEAN"_s, 0.85);
    if (!mysql)
        alert(u, u"query_time"_s, fileText("query execution time above 0.5 s per second"),
              filter + u" AND metric.type = \"cloudsql.googleapis.com/database/postgresql/insights/aggregate/execution_time\""_s,
              u"ALIGN_RATE"_s, 500000, u"REDUCE_SUM"_s);
    if (replicas > 1 || (props.boolValue(*u.component, keys::crossRegionReplica) && !replicaRegion.isEmpty()))
        // Only replicas report replica lag, and every replica is named "<primary>-...".
        alert(u, u"replica_lag"_s, fileText("a replica more than 60 seconds behind (its readers see old data; a failover would lose that much)"),
              u"resource.type = \"cloudsql_database\" AND resource.labels.database_id = starts_with(\"${var.project_id}:${local.name}-%1-\")"
              u" AND metric.type = \"cloudsql.googleapis.com/database/replication/replica_lag\""_s.arg(u.slug),
              u"ALIGN_MAX"_s, 60);
    m.output(u.ident + u"_connection_name"_s, u"google_sql_database_instance.%1.connection_name"_s.arg(u.ident), fileText("Connection name of %1").arg(label(u)));
    m.output(u.ident + u"_private_ip"_s, u"google_sql_database_instance.%1.private_ip_address"_s.arg(u.ident), fileText("Private address of %1").arg(label(u)));
}

void GcpMapper::distributedSql(const Unit &u)
{
    if (props.stringValue(*u.component, keys::engine) != QLatin1String("spanner")) {
        m.omit(u, u"data.tf"_s, fileText("Google Cloud has no managed %1; run it on GKE, or choose Spanner (engine: spanner).").arg(props.stringValue(*u.component, keys::engine)));
        return;
    }
    apis.insert(u"spanner.googleapis.com"_s);
    const QString r = region(u);
    const bool multi = props.boolValue(*u.component, keys::multiRegion) || props.boolValue(*u.component, keys::crossRegionReplica);
    const QString continent = continentOf(r);
    const QString config = multi ? (continent == QLatin1String("EU") ? u"eur3"_s : continent == QLatin1String("ASIA") ? u"asia1"_s : u"nam6"_s)
                                 : u"regional-"_s + r;
    Block &i = res(u"data.tf"_s, u"google_spanner_instance"_s, u.ident);
    i.set(u"name"_s, name(u.slug));
    i.set(u"config"_s, r.isEmpty() && !multi ? R(u"\"regional-${var.region}\""_s) : S(config));
    i.setStr(u"display_name"_s, label(u).left(30));
    i.setNum(u"processing_units"_s, 1000 * std::max<qint64>(1, (props.intValue(*u.component, keys::replicas) + 2) / 3));
    i.setStr(u"edition"_s, multi ? u"ENTERPRISE_PLUS"_s : u"ENTERPRISE"_s);
    Block &d = res(u"data.tf"_s, u"google_spanner_database"_s, u.ident);
    d.set(u"instance"_s, u"google_spanner_instance.%1.name"_s.arg(u.ident));
    d.setStr(u"name"_s, u.slug.left(30));
    d.setStr(u"version_retention_period"_s, u"7d"_s);
    d.setBool(u"deletion_protection"_s, true);
    d.setBool(u"enable_drop_protection"_s, true);
    if (!multi) {
        needsKey(r, u"gcp-sa-spanner.iam.gserviceaccount.com"_s);
        d.add(u"encryption_config"_s).set(u"kms_key_name"_s, key(r));
    } else {
        m.todo(fileText("%1 is multi-region: give google_spanner_database.%2 a key in each replica region (encryption_config.kms_key_names).").arg(label(u), u.ident));
    }
    m.todo(fileText("%1: add a backup schedule (google_spanner_backup_schedule) for the retention you need.").arg(label(u)));
}

void GcpMapper::documentDatabase(const Unit &u)
{
    if (props.stringValue(*u.component, keys::engine) == QLatin1String("firestore"))
        firestore(u);
    else
        m.omit(u, u"data.tf"_s, fileText("%1 is not offered by Google Cloud; Firestore is Google's document database (engine: firestore), or run it on GKE.").arg(props.stringValue(*u.component, keys::engine)));
}

void GcpMapper::search(const Unit &u)
{
    m.omit(u, u"data.tf"_s, fileText("Google Cloud has no managed %1; use Elastic Cloud from the Marketplace or run it on GKE.").arg(props.stringValue(*u.component, keys::engine)));
}

void GcpMapper::messageQueue(const Unit &u)
{
    if (props.stringValue(*u.component, keys::engine) == QLatin1String("managed"))
        pubsub(u);
    else
        m.omit(u, u"data.tf"_s, fileText("Google Cloud has no managed %1 broker; use Pub/Sub (engine: managed) or run the broker on GKE.").arg(props.stringValue(*u.component, keys::engine)));
}

void GcpMapper::eventStream(const Unit &u)
{
    if (props.stringValue(*u.component, keys::engine) == QLatin1String("managed"))
        pubsub(u);
    else
        kafka(u);
}

void GcpMapper::firestore(const Unit &u)
{
    apis.insert(u"firestore.googleapis.com"_s);
    const QString r = region(u);
    needsKey(r, u"gcp-sa-firestore.iam.gserviceaccount.com"_s);
    Block &d = res(u"data.tf"_s, u"google_firestore_database"_s, u.ident);
    d.set(u"name"_s, name(u.slug));
    d.set(u"location_id"_s, regionValue(r));
    d.setStr(u"type"_s, u"FIRESTORE_NATIVE"_s);
    d.setStr(u"point_in_time_recovery_enablement"_s, u"POINT_IN_TIME_RECOVERY_ENABLED"_s);
    d.setStr(u"delete_protection_state"_s, u"DELETE_PROTECTION_ENABLED"_s);
    d.setStr(u"deletion_policy"_s, u"ABANDON"_s);
    d.add(u"cmek_config"_s).set(u"kms_key_name"_s, key(r));
    d.set(u"depends_on"_s, list({R(u"google_kms_crypto_key_iam_binding.%1"_s.arg(Context::regionKey(r)))}));
    if (props.boolValue(*u.component, keys::backups)) {
        Block &b = res(u"data.tf"_s, u"google_firestore_backup_schedule"_s, u.ident);
        b.set(u"database"_s, u"google_firestore_database.%1.name"_s.arg(u.ident));
        b.setStr(u"retention"_s, u"%1s"_s.arg(std::max<qint64>(7, props.intValue(*u.component, keys::backupRetentionDays)) * 86400));
        b.add(u"daily_recurrence"_s);
    }
    if (props.boolValue(*u.component, keys::multiAz))
        m.note(fileText("%1: Firestore replicates across the zones of its region by itself.").arg(label(u)));
}

void GcpMapper::cache(const Unit &u)
{
    apis.insert(u"redis.googleapis.com"_s);
    privateServices = true;
    const QString r = region(u);
    const qint64 nodes = std::max<qint64>(props.intValue(*u.component, keys::replicas), props.boolValue(*u.component, keys::multiAz) ? 2 : 1);
    if (props.stringValue(*u.component, keys::engine) == QLatin1String("memcached")) {
        apis.insert(u"memcache.googleapis.com"_s);
        Block &mc = res(u"data.tf"_s, u"google_memcache_instance"_s, u.ident);
        mc.set(u"name"_s, name(u.slug));
        mc.set(u"region"_s, regionValue(r));
        mc.setNum(u"node_count"_s, nodes);
        mc.setStr(u"memcache_version"_s, dataText({u"versions"_s, u"memcached"_s}));
        mc.set(u"authorized_network"_s, u"google_compute_network.main.id"_s);
        Block &nc = mc.add(u"node_config"_s);
        nc.setNum(u"cpu_count"_s, 1);
        nc.setNum(u"memory_size_mb"_s, 1024 * sized(u"redisGb"_s, props.stringValue(*u.component, keys::instanceSize)).toLongLong());
        mc.set(u"depends_on"_s, list({R(u"google_service_networking_connection.private_services"_s)}));
        m.note(fileText("%1 is Memcached: Memorystore cannot encrypt it with your key, and a lost node loses its data.").arg(label(u)));
        return;
    }
    needsKey(r, u"cloud-redis.iam.gserviceaccount.com"_s);
    const QStringList zones = ctx.zonesOf(r);
    Block &c = res(u"data.tf"_s, u"google_redis_instance"_s, u.ident);
    if (nodes < 2)
        c.comment(fileText("One node, as designed: no automatic failover. Give the design 2 or more replicas for a standby."));
    c.set(u"name"_s, name(u.slug));
    c.setStr(u"display_name"_s, label(u));
    c.set(u"region"_s, regionValue(r));
    c.setStr(u"tier"_s, nodes >= 2 ? u"STANDARD_HA"_s : u"BASIC"_s);
    c.setNum(u"memory_size_gb"_s, sized(u"redisGb"_s, props.stringValue(*u.component, keys::instanceSize)).toLongLong());
    c.setStr(u"redis_version"_s, props.stringValue(*u.component, keys::engineVersion).startsWith(u'6') ? u"REDIS_6_X"_s : u"REDIS_7_2"_s);
    if (!zones.isEmpty())
        c.setStr(u"location_id"_s, zones.first());
    if (nodes >= 2 && zones.size() >= 2)
        c.setStr(u"alternative_location_id"_s, zones.at(1));
    if (nodes >= 2) {
        c.setNum(u"replica_count"_s, nodes - 1);
        c.setStr(u"read_replicas_mode"_s, u"READ_REPLICAS_ENABLED"_s);
    }
    c.set(u"authorized_network"_s, u"google_compute_network.main.id"_s);
    c.setStr(u"connect_mode"_s, u"PRIVATE_SERVICE_ACCESS"_s);
    c.setBool(u"auth_enabled"_s, true);
    c.setStr(u"transit_encryption_mode"_s, u"SERVER_AUTHENTICATION"_s);
    c.set(u"customer_managed_key"_s, key(r));
    Block &p = c.add(u"persistence_config"_s);
    p.setStr(u"persistence_mode"_s, u"RDB"_s);
    p.setStr(u"rdb_snapshot_period"_s, u"TWELVE_HOURS"_s);
    c.set(u"depends_on"_s, list({R(u"google_service_networking_connection.private_services"_s),
                                 R(u"google_kms_crypto_key_iam_binding.%1"_s.arg(Context::regionKey(r)))}));
    alert(u, u"memory"_s, fileText("memory above 80 %"),
          u"resource.type = \"redis_instance\" AND resource.labels.instance_id = \"projects/${var.project_id}/locations/%1/instances/${local.name}-%2\" AND metric.type = \"redis.googleapis.com/stats/memory/usage_ratio\""_s
              .arg(r.isEmpty() ? u"${var.region}"_s : r, u.slug),
          u"ALIGN_MEAN"_s, 0.8);
}

void GcpMapper::objectStorage(const Unit &u)
{
    apis.insert(u"storage.googleapis.com"_s);
    const QString r = region(u);
    const bool dual = props.boolValue(*u.component, keys::crossRegionReplica);
    if (!dual)
        needsKey(r, u"gs-project-accounts.iam.gserviceaccount.com"_s);
    Block &b = res(u"data.tf"_s, u"google_storage_bucket"_s, u.ident);
    b.set(u"name"_s, R(tmpl(u"${local.name}-%1-${substr(md5(var.project_id), 0, 8)}"_s.arg(u.slug.left(20)))));
    const QString replicaRegion = props.stringValue(*u.component, keys::replicaRegion);
    const bool dualRegion = dual && !r.isEmpty() && !replicaRegion.isEmpty() && replicaRegion != r && continentOf(replicaRegion) == continentOf(r);
    if (dualRegion) {
        b.comment(fileText("A dual-region bucket: every object is stored in %1 and %2, as the design's cross-region replica asks.").arg(r, replicaRegion));
        b.setStr(u"location"_s, continentOf(r));
        b.add(u"custom_placement_config"_s).set(u"data_locations"_s, Value::strings({r.toUpper(), replicaRegion.toUpper()}));
        b.setStr(u"rpo"_s, u"ASYNC_TURBO"_s);
    } else if (dual) {
        b.comment(fileText("A multi-region bucket keeps copies in several regions of %1, as the design's cross-region replica asks.").arg(continentOf(r)));
        b.setStr(u"location"_s, continentOf(r));
        if (!replicaRegion.isEmpty())
            m.warn(fileText("%1: replicaRegion %2 is not honoured exactly; the bucket is multi-region %3.").arg(label(u), replicaRegion, continentOf(r)));
    } else {
        b.set(u"location"_s, r.isEmpty() ? R(u"upper(var.region)"_s) : S(r.toUpper()));
    }
    b.setStr(u"storage_class"_s, u"STANDARD"_s);
    b.setBool(u"uniform_bucket_level_access"_s, true);
    b.setStr(u"public_access_prevention"_s, u"enforced"_s);
    b.setBool(u"force_destroy"_s, false);
    b.add(u"versioning"_s).setBool(u"enabled"_s, props.boolValue(*u.component, keys::versioning));
    if (!dual) {
        b.add(u"encryption"_s).set(u"default_kms_key_name"_s, key(r));
    } else {
        m.note(fileText("%1 is multi-region, so it keeps Google-managed encryption; a customer-managed key must live in the same multi-region location.").arg(label(u)));
    }
    b.add(u"soft_delete_policy"_s).setNum(u"retention_duration_seconds"_s, 604800);
    if (const qint64 days = props.intValue(*u.component, keys::lifecycleDays); days > 0) {
        Block &rule = b.add(u"lifecycle_rule"_s);
        rule.add(u"action"_s).setStr(u"type"_s, u"Delete"_s);
        rule.add(u"condition"_s).setNum(u"age"_s, days);
    }
    if (!dual)
        b.set(u"depends_on"_s, list({R(u"google_kms_crypto_key_iam_binding.%1"_s.arg(Context::regionKey(r)))}));
    m.output(u.ident + u"_bucket"_s, u"google_storage_bucket.%1.name"_s.arg(u.ident), fileText("Name of the bucket %1").arg(label(u)));
}

void GcpMapper::pubsub(const Unit &u)
{
    apis.insert(u"pubsub.googleapis.com"_s);
    const QString r = region(u);
    needsKey(r, u"gcp-sa-pubsub.iam.gserviceaccount.com"_s);
    const bool queue = isKind(u, {kinds::messageQueue});
    const qint64 retentionSeconds = queue ? props.intValue(*u.component, keys::retentionDays) * 86400 : std::min<qint64>(props.intValue(*u.component, keys::retentionHours), 31 * 24) * 3600;
    const bool dlq = queue ? props.boolValue(*u.component, keys::deadLetterQueue) : true;
    Block &t = res(u"data.tf"_s, u"google_pubsub_topic"_s, u.ident);
    t.set(u"name"_s, name(u.slug));
    t.set(u"kms_key_name"_s, key(r));
    t.setStr(u"message_retention_duration"_s, u"%1s"_s.arg(retentionSeconds));
    t.add(u"message_storage_policy"_s).set(u"allowed_persistence_regions"_s, list({R(regionValue(r))}));
    t.set(u"depends_on"_s, list({R(u"google_kms_crypto_key_iam_binding.%1"_s.arg(Context::regionKey(r)))}));
    if (dlq) {
        Block &d = res(u"data.tf"_s, u"google_pubsub_topic"_s, u.ident + u"_dead_letter"_s);
        d.set(u"name"_s, name(u.slug + u"-dead-letter"_s));
        d.set(u"kms_key_name"_s, key(r));
        d.setStr(u"message_retention_duration"_s, u"604800s"_s);
        d.add(u"message_storage_policy"_s).set(u"allowed_persistence_regions"_s, list({R(regionValue(r))}));
        d.set(u"depends_on"_s, list({R(u"google_kms_crypto_key_iam_binding.%1"_s.arg(Context::regionKey(r)))}));
        Block &pub = res(u"data.tf"_s, u"google_pubsub_topic_iam_member"_s, u.ident + u"_dead_letter"_s);
        pub.comment(fileText("Pub/Sub itself moves undeliverable messages to the dead-letter topic."));
        pub.set(u"topic"_s, u"google_pubsub_topic.%1_dead_letter.id"_s.arg(u.ident));
        pub.setStr(u"role"_s, u"roles/pubsub.publisher"_s);
        pub.set(u"member"_s, R(tmpl(u"serviceAccount:service-${data.google_project.current.number}@gcp-sa-pubsub.iam.gserviceaccount.com"_s)));
    } else {
        m.note(fileText("%1 has no dead-letter topic, as designed: messages that keep failing are retried until they expire.").arg(label(u)));
    }
    // Consumers that are Cloud Functions get their own push trigger; the others pull from a subscription.
    std::vector<const Unit *> consumers;
    for (const Connection *c : ctx.outgoing(u.component->id))
        if (const Unit *t2 = ctx.unit(c->to); t2 && !isKind(*t2, {kinds::serverlessFunction}))
            consumers.push_back(t2);
    if (consumers.empty() && ctx.outgoing(u.component->id).empty())
        consumers.push_back(&u);
    if (consumers.empty() && dlq)
        m.todo(fileText("%1: its consumers are Cloud Functions, whose trigger subscriptions Eventarc creates; give them the dead-letter topic %2_dead_letter.").arg(label(u), u.ident));
    // A bucket that publishes to this topic: object notifications.
    for (const Connection *c : ctx.incoming(u.component->id)) {
        const Unit *b = ctx.unit(c->from);
        if (!b || !isKind(*b, {kinds::objectStorage}))
            continue;
        const QString ident = m.reserveName(b->ident + u"_to_"_s + u.ident);
        Block &pub = res(u"data.tf"_s, u"google_pubsub_topic_iam_member"_s, ident);
        pub.comment(fileText("Cloud Storage publishes the object notifications of %1.").arg(label(*b)));
        pub.set(u"topic"_s, u"google_pubsub_topic.%1.id"_s.arg(u.ident));
        pub.setStr(u"role"_s, u"roles/pubsub.publisher"_s);
        pub.set(u"member"_s, R(tmpl(u"serviceAccount:service-${data.google_project.current.number}@gs-project-accounts.iam.gserviceaccount.com"_s)));
        Block &n = res(u"data.tf"_s, u"google_storage_notification"_s, ident);
        n.set(u"bucket"_s, u"google_storage_bucket.%1.name"_s.arg(b->ident));
        n.setStr(u"payload_format"_s, u"JSON_API_V1"_s);
        n.set(u"topic"_s, u"google_pubsub_topic.%1.id"_s.arg(u.ident));
        n.set(u"event_types"_s, Value::strings({u"OBJECT_FINALIZE"_s}));
        n.set(u"depends_on"_s, list({R(u"google_pubsub_topic_iam_member.%1"_s.arg(ident))}));
    }
    for (const Unit *c : consumers) {
        const QString ident = c == &u ? u.ident : m.reserveName(u.ident + u"_"_s + c->ident);
        if (c != &u)
            subscriptions[{u.component->id, c->component->id}] = ident;
        Block &s = res(u"data.tf"_s, u"google_pubsub_subscription"_s, ident);
        s.set(u"name"_s, name(c == &u ? u.slug : u.slug + u"-"_s + c->slug));
        s.set(u"topic"_s, u"google_pubsub_topic.%1.id"_s.arg(u.ident));
        s.setNum(u"ack_deadline_seconds"_s, 60);
        s.setStr(u"message_retention_duration"_s, u"%1s"_s.arg(std::min<qint64>(retentionSeconds, 604800)));
        if (queue && props.boolValue(*u.component, keys::fifo)) {
            s.setBool(u"enable_message_ordering"_s, true);
            s.setBool(u"enable_exactly_once_delivery"_s, true);
        }
        s.add(u"expiration_policy"_s).setStr(u"ttl"_s, QString());
        Block &rp = s.add(u"retry_policy"_s);
        rp.setStr(u"minimum_backoff"_s, u"10s"_s);
        rp.setStr(u"maximum_backoff"_s, u"600s"_s);
        if (dlq) {
            Block &dp = s.add(u"dead_letter_policy"_s);
            dp.set(u"dead_letter_topic"_s, u"google_pubsub_topic.%1_dead_letter.id"_s.arg(u.ident));
            dp.setNum(u"max_delivery_attempts"_s, std::clamp<qint64>(queue ? props.intValue(*u.component, keys::maxReceiveCount) : 5, 5, 100));
            Block &sub = res(u"data.tf"_s, u"google_pubsub_subscription_iam_member"_s, ident + u"_dead_letter"_s);
            sub.set(u"subscription"_s, u"google_pubsub_subscription.%1.id"_s.arg(ident));
            sub.setStr(u"role"_s, u"roles/pubsub.subscriber"_s);
            sub.set(u"member"_s, R(tmpl(u"serviceAccount:service-${data.google_project.current.number}@gcp-sa-pubsub.iam.gserviceaccount.com"_s)));
        }
        alert(*c, c == &u ? u"oldest_message"_s : u"oldest_message_"_s + u.ident, fileText("oldest message waiting more than 10 minutes"),
              u"resource.type = \"pubsub_subscription\" AND resource.labels.subscription_id = \"${local.name}-%1\" AND metric.type = \"pubsub.googleapis.com/subscription/oldest_unacked_message_age\""_s
                  .arg(c == &u ? u.slug : u.slug + u"-"_s + c->slug),
              u"ALIGN_MAX"_s, 600);
    }
}

void GcpMapper::kafka(const Unit &u)
{
    apis.insert(u"managedkafka.googleapis.com"_s);
    const QString r = region(u);
    needsKey(r, u"gcp-sa-managedkafka.iam.gserviceaccount.com"_s);
    Block &k = res(u"data.tf"_s, u"google_managed_kafka_cluster"_s, u.ident);
    k.set(u"cluster_id"_s, name(u.slug));
    k.set(u"location"_s, regionValue(r));
    Block &cap = k.add(u"capacity_config"_s);
    cap.setNum(u"vcpu_count"_s, 3 * std::max<qint64>(1, (props.intValue(*u.component, keys::replicas) + 2) / 3));
    cap.setNum(u"memory_bytes"_s, 3LL * 4 * 1024 * 1024 * 1024 * std::max<qint64>(1, (props.intValue(*u.component, keys::replicas) + 2) / 3));
    Block &g = k.add(u"gcp_config"_s);
    g.set(u"kms_key"_s, key(r));
    g.add(u"access_config"_s).add(u"network_configs"_s).set(u"subnet"_s, subnet(r));
    k.add(u"rebalance_config"_s).setStr(u"mode"_s, u"AUTO_REBALANCE_ON_SCALE_UP"_s);
}

void GcpMapper::dataWarehouse(const Unit &u)
{
    if (props.stringValue(*u.component, keys::engine) != QLatin1String("bigquery")) {
        m.omit(u, u"data.tf"_s, fileText("%1 is not a Google Cloud service; BigQuery is Google's warehouse (set engine: bigquery).").arg(props.stringValue(*u.component, keys::engine)));
        return;
    }
    apis.insert(u"bigquery.googleapis.com"_s);
    const QString r = region(u);
    Block &d = res(u"data.tf"_s, u"google_bigquery_dataset"_s, u.ident);
    d.setStr(u"dataset_id"_s, u.ident);
    d.setStr(u"friendly_name"_s, label(u));
    d.set(u"location"_s, regionValue(r));
    d.setBool(u"delete_contents_on_destroy"_s, false);
    d.setStr(u"max_time_travel_hours"_s, u"168"_s);
    d.add(u"default_encryption_configuration"_s).set(u"kms_key_name"_s, key(r));
    d.set(u"depends_on"_s, list({R(u"google_kms_crypto_key_iam_binding.%1"_s.arg(Context::regionKey(r)))}));
    needsKey(r, u"bigquery-encryption.iam.gserviceaccount.com"_s);
}

} // namespace sd::tf
