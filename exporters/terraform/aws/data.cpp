// SPDX-License-Identifier: MIT
// AWS: RDS, DocumentDB and DynamoDB, ElastiCache, OpenSearch, S3, SQS and Amazon MQ, Kinesis and MSK, Redshift.
#include "awsmapper.h"

namespace sd::tf {

void AwsMapper::relationalDatabase(const Unit &u)
{
    const QString regionName = ctx.regionOf(u);
    const Region &r = region(u);
    const bool mysql = props.stringValue(*u.component, keys::engine) == QLatin1String("mysql");
    const QString version = props.stringValue(*u.component, keys::engineVersion);
    const QString instanceClass = sized(u"database"_s, props.stringValue(*u.component, keys::instanceSize));
    const qint64 designRetention = props.boolValue(*u.component, keys::backups) ? props.intValue(*u.component, keys::backupRetentionDays) : 0;
    const qint64 retention = std::max<qint64>(7, designRetention);
    if (designRetention < 7)
        m.warn(fileText("%1: the design keeps backups for %2 days; the export keeps them for 7, the least a production database should have.")
                   .arg(label(u)).arg(designRetention));
    needRdsMonitoring = true;

    Block &sng = res(u"data.tf"_s, u"aws_db_subnet_group"_s, u.ident, regionName);
    sng.set(u"name_prefix"_s, R(tmpl(u"${local.name}-%1-"_s.arg(u.slug))));
    sng.set(u"subnet_ids"_s, r.privateSubnets);
    Block &pg = res(u"data.tf"_s, u"aws_db_parameter_group"_s, u.ident, regionName);
    pg.set(u"name_prefix"_s, R(tmpl(u"${local.name}-%1-"_s.arg(u.slug))));
    pg.setStr(u"family"_s, mysql ? u"mysql"_s + version : u"postgres"_s + version.section(u'.', 0, 0));
    Block &param = pg.add(u"parameter"_s);
    param.comment(fileText("Refuse connections without TLS."));
    param.setStr(u"name"_s, mysql ? u"require_secure_transport"_s : u"rds.force_ssl"_s);
    param.setStr(u"value"_s, mysql ? u"ON"_s : u"1"_s);
    pg.add(u"lifecycle"_s).setBool(u"create_before_destroy"_s, true);

    auto common = [&](Block &db) {
        db.setStr(u"instance_class"_s, instanceClass);
        db.setBool(u"storage_encrypted"_s, true);
        db.setBool(u"publicly_accessible"_s, false);
        db.setBool(u"iam_database_authentication_enabled"_s, true);
        db.setBool(u"performance_insights_enabled"_s, true);
        db.setNum(u"monitoring_interval"_s, 60);
        db.set(u"monitoring_role_arn"_s, u"aws_iam_role.rds_monitoring.arn"_s);
        db.setBool(u"auto_minor_version_upgrade"_s, true);
        db.setBool(u"copy_tags_to_snapshot"_s, true);
        db.setBool(u"deletion_protection"_s, true);
        db.set(u"enabled_cloudwatch_logs_exports"_s, mysql ? Value::strings({u"audit"_s, u"error"_s, u"general"_s, u"slowquery"_s})
                                                            : Value::strings({u"postgresql"_s, u"upgrade"_s}));
    };
    Block &db = res(u"data.tf"_s, u"aws_db_instance"_s, u.ident, regionName);
    db.set(u"identifier"_s, name(u.slug));
    db.setStr(u"engine"_s, mysql ? u"mysql"_s : u"postgres"_s);
    db.setStr(u"engine_version"_s, version);
    common(db);
    db.setNum(u"allocated_storage"_s, props.intValue(*u.component, keys::storageGb));
    db.setNum(u"max_allocated_storage"_s, props.intValue(*u.component, keys::storageGb) * 2);
    db.setStr(u"storage_type"_s, u"gp3"_s);
    db.set(u"kms_key_id"_s, r.kms);
    db.setStr(u"username"_s, u"app_admin"_s);
    db.comment(fileText("The master password is created and rotated by RDS in Secrets Manager; it never appears in Terraform."));
    db.setBool(u"manage_master_user_password"_s, true);
    db.set(u"master_user_secret_kms_key_id"_s, r.kms);
    db.setBool(u"multi_az"_s, props.boolValue(*u.component, keys::multiAz));
    db.set(u"db_subnet_group_name"_s, u"aws_db_subnet_group.%1.name"_s.arg(u.ident));
    db.set(u"vpc_security_group_ids"_s, list({R(securityGroupOf(u.component->id))}));
    db.set(u"parameter_group_name"_s, u"aws_db_parameter_group.%1.name"_s.arg(u.ident));
    db.setNum(u"backup_retention_period"_s, retention);
    db.setStr(u"backup_window"_s, u"03:00-04:00"_s);
    db.setStr(u"maintenance_window"_s, u"sun:04:30-sun:05:30"_s);
    db.set(u"performance_insights_kms_key_id"_s, r.kms);
    db.setBool(u"skip_final_snapshot"_s, false);
    db.set(u"final_snapshot_identifier"_s, name(u.slug + u"-final"_s));
    if (!props.boolValue(*u.component, keys::multiAz))
        m.note(fileText("%1 runs in one availability zone, as designed (multiAz is off).").arg(label(u)));

    const qint64 replicas = props.intValue(*u.component, keys::replicas);
    if (replicas > 1) {
        Block &rep = res(u"data.tf"_s, u"aws_db_instance"_s, u.ident + u"_replica"_s, regionName);
        rep.comment(fileText("Read replicas: the design asks for %1 instances in all.").arg(replicas));
        rep.setNum(u"count"_s, replicas - 1);
        rep.set(u"identifier"_s, R(tmpl(u"${local.name}-%1-replica-${count.index + 1}"_s.arg(u.slug))));
        rep.set(u"replicate_source_db"_s, u"aws_db_instance.%1.identifier"_s.arg(u.ident));
        common(rep);
        rep.set(u"kms_key_id"_s, r.kms);
        rep.set(u"performance_insights_kms_key_id"_s, r.kms);
        rep.set(u"vpc_security_group_ids"_s, list({R(securityGroupOf(u.component->id))}));
        rep.set(u"parameter_group_name"_s, u"aws_db_parameter_group.%1.name"_s.arg(u.ident));
        rep.setBool(u"skip_final_snapshot"_s, true);
        alarm(u, u"replica_lag"_s, fileText("a read replica more than 30 seconds behind (its readers see old data)"), u"AWS/RDS"_s,
              u"ReplicaLag"_s, obj({{u"DBInstanceIdentifier"_s, R(u"aws_db_instance.%1_replica[count.index].identifier"_s.arg(u.ident))}}),
              u"Maximum"_s, 30, u"GreaterThanThreshold"_s, {QString(), replicas - 1});
    }
    const QString replicaRegion = props.stringValue(*u.component, keys::replicaRegion);
    if (props.boolValue(*u.component, keys::crossRegionReplica)) {
        if (replicaRegion.isEmpty()) {
            m.todo(fileText("%1 wants a cross-region replica but names no replica region; set replicaRegion in the design and export again.").arg(label(u)));
        } else {
            const Region &rr = regions[replicaRegion];
            const QString ident = u.ident + u"_"_s + rr.key;
            Block &sg = res(u"data.tf"_s, u"aws_security_group"_s, ident, replicaRegion);
            sg.comment(fileText("No callers in this region yet: add rules when you fail over to it."));
            sg.set(u"name_prefix"_s, R(tmpl(u"${local.name}-%1-replica-"_s.arg(u.slug))));
            sg.setStr(u"description"_s, fileText("%1 cross-region replica").arg(label(u)));
            sg.set(u"vpc_id"_s, rr.vpc);
            Block &sn = res(u"data.tf"_s, u"aws_db_subnet_group"_s, ident, replicaRegion);
            sn.set(u"name_prefix"_s, R(tmpl(u"${local.name}-%1-"_s.arg(u.slug))));
            sn.set(u"subnet_ids"_s, rr.privateSubnets);
            Block &rep = res(u"data.tf"_s, u"aws_db_instance"_s, ident, replicaRegion);
            rep.comment(fileText("Cross-region replica in %1, for recovery when %2 is lost.").arg(replicaRegion, regionName));
            rep.set(u"identifier"_s, name(u.slug + u"-"_s + hyphens(rr.key)));
            rep.set(u"replicate_source_db"_s, u"aws_db_instance.%1.arn"_s.arg(u.ident));
            common(rep);
            rep.set(u"kms_key_id"_s, rr.kms);
            rep.set(u"performance_insights_kms_key_id"_s, rr.kms);
            rep.setBool(u"multi_az"_s, props.boolValue(*u.component, keys::multiAz));
            rep.setNum(u"backup_retention_period"_s, retention);
            rep.set(u"db_subnet_group_name"_s, u"aws_db_subnet_group.%1.name"_s.arg(ident));
            rep.set(u"vpc_security_group_ids"_s, list({R(u"aws_security_group.%1.id"_s.arg(ident))}));
            rep.setBool(u"skip_final_snapshot"_s, false);
            rep.set(u"final_snapshot_identifier"_s, name(u.slug + u"-replica-final"_s));
            // The copy to fail over to: watched in its own region, where a failover would need it.
            alarm(u, rr.key + u"_replica_lag"_s, fileText("the cross-region replica in %1 more than 5 minutes behind (a failover would lose that much)").arg(replicaRegion),
                  u"AWS/RDS"_s, u"ReplicaLag"_s, obj({{u"DBInstanceIdentifier"_s, R(u"aws_db_instance.%1.identifier"_s.arg(ident))}}),
                  u"Maximum"_s, 300, u"GreaterThanThreshold"_s, {replicaRegion, 0});
            alarm(u, rr.key + u"_cpu"_s, fileText("CPU of the cross-region replica in %1 above 80 %").arg(replicaRegion), u"AWS/RDS"_s,
                  u"CPUUtilization"_s, obj({{u"DBInstanceIdentifier"_s, R(u"aws_db_instance.%1.identifier"_s.arg(ident))}}), u"Average"_s, 80,
                  u"GreaterThanThreshold"_s, {replicaRegion, 0});
        }
    }
    const Value dims = obj({{u"DBInstanceIdentifier"_s, R(u"aws_db_instance.%1.identifier"_s.arg(u.ident))}});
    alarm(u, u"cpu"_s, fileText("CPU above 80 % for 15 minutes"), u"AWS/RDS"_s, u"CPUUtilization"_s, dims, u"Average"_s, 80);
    alarm(u, u"read_latency"_s, fileText("reads (query time) slower than 20 ms"), u"AWS/RDS"_s, u"ReadLatency"_s, dims, u"Average"_s, 0.02);
    alarm(u, u"write_latency"_s, fileText("writes slower than 20 ms"), u"AWS/RDS"_s, u"WriteLatency"_s, dims, u"Average"_s, 0.02);
    alarm(u, u"free_storage"_s, fileText("less than 10 % of the storage free"), u"AWS/RDS"_s, u"FreeStorageSpace"_s, dims, u"Minimum"_s,
          double(props.intValue(*u.component, keys::storageGb)) * 1024 * 1024 * 1024 / 10, u"LessThanThreshold"_s);
    m.output(u.ident + u"_endpoint"_s, u"aws_db_instance.%1.endpoint"_s.arg(u.ident), fileText("Endpoint of %1").arg(label(u)));
    m.output(u.ident + u"_master_secret_arn"_s, u"aws_db_instance.%1.master_user_secret[0].secret_arn"_s.arg(u.ident),
             fileText("Secrets Manager secret holding the master password of %1").arg(label(u)));
}

void AwsMapper::distributedSql(const Unit &u)
{
    m.omit(u, u"data.tf"_s, fileText("AWS has no managed %1; run it on the Kubernetes cluster or use Aurora PostgreSQL with Global Database.")
                                .arg(props.stringValue(*u.component, keys::engine)));
}

void AwsMapper::documentDatabase(const Unit &u)
{
    const QString engine = props.stringValue(*u.component, keys::engine);
    const QString regionName = ctx.regionOf(u);
    const Region &r = region(u);
    const qint64 retention = std::max<qint64>(7, props.boolValue(*u.component, keys::backups) ? props.intValue(*u.component, keys::backupRetentionDays) : 0);
    if (engine == QLatin1String("dynamodb")) {
        Block &t = res(u"data.tf"_s, u"aws_dynamodb_table"_s, u.ident, regionName);
        t.set(u"name"_s, name(u.slug));
        t.setStr(u"billing_mode"_s, u"PAY_PER_REQUEST"_s);
        t.setStr(u"hash_key"_s, u"pk"_s);
        t.setStr(u"range_key"_s, u"sk"_s);
        t.setBool(u"deletion_protection_enabled"_s, true);
        for (const QString &key : {u"pk"_s, u"sk"_s}) {
            Block &a = t.add(u"attribute"_s);
            a.setStr(u"name"_s, key);
            a.setStr(u"type"_s, u"S"_s);
        }
        t.add(u"point_in_time_recovery"_s).setBool(u"enabled"_s, true);
        Block &sse = t.add(u"server_side_encryption"_s);
        sse.setBool(u"enabled"_s, true);
        sse.set(u"kms_key_arn"_s, r.kms);
        const QString replicaRegion = props.stringValue(*u.component, keys::replicaRegion);
        if (props.boolValue(*u.component, keys::crossRegionReplica) && !replicaRegion.isEmpty()) {
            t.setBool(u"stream_enabled"_s, true);
            t.setStr(u"stream_view_type"_s, u"NEW_AND_OLD_IMAGES"_s);
            Block &rep = t.add(u"replica"_s);
            rep.setStr(u"region_name"_s, replicaRegion);
            rep.set(u"kms_key_arn"_s, regions[replicaRegion].kms);
            rep.setBool(u"point_in_time_recovery"_s, true);
        }
        return;
    }
    if (engine != QLatin1String("mongodb")) {
        m.omit(u, u"data.tf"_s, fileText("%1 is not offered on AWS; DynamoDB or DocumentDB (MongoDB-compatible) are the AWS document stores.").arg(engine));
        return;
    }
    Block &sng = res(u"data.tf"_s, u"aws_docdb_subnet_group"_s, u.ident, regionName);
    sng.set(u"name_prefix"_s, R(tmpl(u"${local.name}-%1-"_s.arg(u.slug))));
    sng.set(u"subnet_ids"_s, r.privateSubnets);
    Block &pg = res(u"data.tf"_s, u"aws_docdb_cluster_parameter_group"_s, u.ident, regionName);
    pg.set(u"name_prefix"_s, R(tmpl(u"${local.name}-%1-"_s.arg(u.slug))));
    pg.setStr(u"family"_s, dataText({u"versions"_s, u"documentDatabaseFamily"_s}));
    Block &p = pg.add(u"parameter"_s);
    p.setStr(u"name"_s, u"tls"_s);
    p.setStr(u"value"_s, u"enabled"_s);
    Block &c = res(u"data.tf"_s, u"aws_docdb_cluster"_s, u.ident, regionName);
    c.comment(fileText("DocumentDB: the MongoDB-compatible managed database on AWS."));
    c.set(u"cluster_identifier"_s, name(u.slug));
    c.setStr(u"engine"_s, u"docdb"_s);
    c.setStr(u"master_username"_s, u"app_admin"_s);
    c.setBool(u"manage_master_user_password"_s, true);
    c.setBool(u"storage_encrypted"_s, true);
    c.set(u"kms_key_id"_s, r.kms);
    c.setNum(u"backup_retention_period"_s, retention);
    c.setBool(u"deletion_protection"_s, true);
    c.setBool(u"skip_final_snapshot"_s, false);
    c.set(u"final_snapshot_identifier"_s, name(u.slug + u"-final"_s));
    c.set(u"db_subnet_group_name"_s, u"aws_docdb_subnet_group.%1.name"_s.arg(u.ident));
    c.set(u"db_cluster_parameter_group_name"_s, u"aws_docdb_cluster_parameter_group.%1.name"_s.arg(u.ident));
    c.set(u"vpc_security_group_ids"_s, list({R(securityGroupOf(u.component->id))}));
    c.set(u"enabled_cloudwatch_logs_exports"_s, Value::strings({u"audit"_s, u"profiler"_s}));
    Block &i = res(u"data.tf"_s, u"aws_docdb_cluster_instance"_s, u.ident, regionName);
    i.setNum(u"count"_s, std::max<qint64>(props.intValue(*u.component, keys::replicas), props.boolValue(*u.component, keys::multiAz) ? 2 : 1));
    i.set(u"identifier"_s, R(tmpl(u"${local.name}-%1-${count.index + 1}"_s.arg(u.slug))));
    i.set(u"cluster_identifier"_s, u"aws_docdb_cluster.%1.id"_s.arg(u.ident));
    i.setStr(u"instance_class"_s, dataText({u"instanceTypes"_s, u"documentDatabase"_s}));
    i.setBool(u"auto_minor_version_upgrade"_s, true);
}

void AwsMapper::cache(const Unit &u)
{
    const QString regionName = ctx.regionOf(u);
    const Region &r = region(u);
    const bool memcached = props.stringValue(*u.component, keys::engine) == QLatin1String("memcached");
    const qint64 replicas = props.intValue(*u.component, keys::replicas);
    const bool multiAz = props.boolValue(*u.component, keys::multiAz);
    const qint64 nodes = std::max<qint64>(replicas, multiAz ? 2 : 1);
    const QString nodeType = sized(u"cache"_s, props.stringValue(*u.component, keys::instanceSize));
    Block &sng = res(u"data.tf"_s, u"aws_elasticache_subnet_group"_s, u.ident, regionName);
    sng.set(u"name"_s, name(u.slug));
    sng.set(u"subnet_ids"_s, r.privateSubnets);
    if (memcached) {
        Block &c = res(u"data.tf"_s, u"aws_elasticache_cluster"_s, u.ident, regionName);
        c.set(u"cluster_id"_s, name(u.slug.left(20)));
        c.setStr(u"engine"_s, u"memcached"_s);
        c.setStr(u"node_type"_s, nodeType);
        c.setNum(u"num_cache_nodes"_s, nodes);
        c.setStr(u"az_mode"_s, nodes > 1 ? u"cross-az"_s : u"single-az"_s);
        c.setNum(u"port"_s, 11211);
        c.setBool(u"transit_encryption_enabled"_s, true);
        c.set(u"subnet_group_name"_s, u"aws_elasticache_subnet_group.%1.name"_s.arg(u.ident));
        c.set(u"security_group_ids"_s, list({R(securityGroupOf(u.component->id))}));
        m.note(fileText("%1 is Memcached: ElastiCache cannot encrypt Memcached at rest, and a lost node loses its data.").arg(label(u)));
        return;
    }
    logGroup(u.ident + u"_slow_log"_s, u"/${local.name}/elasticache/"_s + u.slug, r, regionName);
    Block &g = res(u"data.tf"_s, u"aws_elasticache_replication_group"_s, u.ident, regionName);
    if (nodes < 2)
        g.comment(fileText("One node, as designed: no automatic failover. Give the design 2 or more replicas for a standby."));
    g.set(u"replication_group_id"_s, name(u.slug.left(24)));
    g.setStr(u"description"_s, label(u));
    g.setStr(u"engine"_s, u"redis"_s);
    g.setStr(u"engine_version"_s, props.stringValue(*u.component, keys::engineVersion));
    g.setStr(u"node_type"_s, nodeType);
    g.setNum(u"num_cache_clusters"_s, nodes);
    g.setBool(u"automatic_failover_enabled"_s, nodes >= 2);
    g.setBool(u"multi_az_enabled"_s, nodes >= 2 && multiAz);
    g.setNum(u"port"_s, 6379);
    g.set(u"subnet_group_name"_s, u"aws_elasticache_subnet_group.%1.name"_s.arg(u.ident));
    g.set(u"security_group_ids"_s, list({R(securityGroupOf(u.component->id))}));
    g.setBool(u"at_rest_encryption_enabled"_s, true);
    g.set(u"kms_key_id"_s, r.kms);
    g.setBool(u"transit_encryption_enabled"_s, true);
    g.setBool(u"auto_minor_version_upgrade"_s, true);
    g.setNum(u"snapshot_retention_limit"_s, 7);
    g.set(u"notification_topic_arn"_s, r.topic);
    Block &ld = g.add(u"log_delivery_configuration"_s);
    ld.set(u"destination"_s, u"aws_cloudwatch_log_group.%1_slow_log.name"_s.arg(u.ident));
    ld.setStr(u"destination_type"_s, u"cloudwatch-logs"_s);
    ld.setStr(u"log_format"_s, u"json"_s);
    ld.setStr(u"log_type"_s, u"slow-log"_s);
    const Value dims = obj({{u"ReplicationGroupId"_s, R(u"aws_elasticache_replication_group.%1.id"_s.arg(u.ident))}});
    alarm(u, u"cpu"_s, fileText("engine CPU above 80 % for 15 minutes"), u"AWS/ElastiCache"_s, u"EngineCPUUtilization"_s, dims, u"Average"_s, 80);
    alarm(u, u"memory"_s, fileText("memory above 80 %"), u"AWS/ElastiCache"_s, u"DatabaseMemoryUsagePercentage"_s, dims, u"Average"_s, 80);
}

void AwsMapper::search(const Unit &u)
{
    const QString regionName = ctx.regionOf(u);
    const Region &r = region(u);
    const bool multiAz = props.boolValue(*u.component, keys::multiAz);
    const qint64 nodes = std::max<qint64>(props.intValue(*u.component, keys::replicas), multiAz ? 2 : 1);
    Block &d = res(u"data.tf"_s, u"aws_opensearch_domain"_s, u.ident, regionName);
    if (props.stringValue(*u.component, keys::engine) == QLatin1String("elasticsearch"))
        d.comment(fileText("Elasticsearch maps to Amazon OpenSearch Service, which speaks the same API."));
    d.set(u"domain_name"_s, R(tmpl(u"${local.name}-"_s + u.slug.left(14))));
    d.setStr(u"engine_version"_s, dataText({u"versions"_s, u"opensearch"_s}));
    Block &cc = d.add(u"cluster_config"_s);
    cc.setStr(u"instance_type"_s, sized(u"search"_s, props.stringValue(*u.component, keys::instanceSize)));
    cc.setNum(u"instance_count"_s, nodes);
    cc.setBool(u"zone_awareness_enabled"_s, nodes >= 2);
    if (nodes >= 2)
        cc.add(u"zone_awareness_config"_s).setNum(u"availability_zone_count"_s, 2);
    Block &ebs = d.add(u"ebs_options"_s);
    ebs.setBool(u"ebs_enabled"_s, true);
    ebs.setNum(u"volume_size"_s, props.intValue(*u.component, keys::storageGb));
    ebs.setStr(u"volume_type"_s, u"gp3"_s);
    Block &ear = d.add(u"encrypt_at_rest"_s);
    ear.setBool(u"enabled"_s, true);
    ear.set(u"kms_key_id"_s, r.kms);
    d.add(u"node_to_node_encryption"_s).setBool(u"enabled"_s, true);
    Block &ep = d.add(u"domain_endpoint_options"_s);
    ep.setBool(u"enforce_https"_s, true);
    ep.setStr(u"tls_security_policy"_s, u"Policy-Min-TLS-1-2-2019-07"_s);
    Block &vpc = d.add(u"vpc_options"_s);
    vpc.set(u"subnet_ids"_s, nodes >= 2 ? u"slice(%1, 0, 2)"_s.arg(r.privateSubnets) : u"[aws_subnet.%1_private[0].id]"_s.arg(r.key));
    vpc.set(u"security_group_ids"_s, list({R(securityGroupOf(u.component->id))}));
    m.todo(fileText("%1: enable fine-grained access control on aws_opensearch_domain.%2 with your identity provider.").arg(label(u), u.ident));
}

void AwsMapper::objectStorage(const Unit &u)
{
    const QString regionName = ctx.regionOf(u);
    const Region &r = region(u);
    const QString id = u"aws_s3_bucket.%1.id"_s.arg(u.ident);
    Block &b = res(u"data.tf"_s, u"aws_s3_bucket"_s, u.ident, regionName);
    b.set(u"bucket"_s, R(tmpl(u"${local.name}-%1-${data.aws_caller_identity.current.account_id}"_s.arg(u.slug))));
    Block &pab = res(u"data.tf"_s, u"aws_s3_bucket_public_access_block"_s, u.ident, regionName);
    pab.set(u"bucket"_s, id);
    for (const char *key : {"block_public_acls", "block_public_policy", "ignore_public_acls", "restrict_public_buckets"})
        pab.setBool(QString::fromLatin1(key), true);
    Block &own = res(u"data.tf"_s, u"aws_s3_bucket_ownership_controls"_s, u.ident, regionName);
    own.set(u"bucket"_s, id);
    own.add(u"rule"_s).setStr(u"object_ownership"_s, u"BucketOwnerEnforced"_s);
    Block &ver = res(u"data.tf"_s, u"aws_s3_bucket_versioning"_s, u.ident, regionName);
    ver.set(u"bucket"_s, id);
    const QString copyRegion = props.stringValue(*u.component, keys::replicaRegion);
    const bool replicated = props.boolValue(*u.component, keys::crossRegionReplica) && !copyRegion.isEmpty() && regions.count(copyRegion);
    ver.add(u"versioning_configuration"_s).setStr(u"status"_s, props.boolValue(*u.component, keys::versioning) || replicated ? u"Enabled"_s : u"Suspended"_s);
    Block &sse = res(u"data.tf"_s, u"aws_s3_bucket_server_side_encryption_configuration"_s, u.ident, regionName);
    sse.set(u"bucket"_s, id);
    Block &rule = sse.add(u"rule"_s);
    Block &def = rule.add(u"apply_server_side_encryption_by_default"_s);
    def.setStr(u"sse_algorithm"_s, u"aws:kms"_s);
    def.set(u"kms_master_key_id"_s, r.kms);
    rule.setBool(u"bucket_key_enabled"_s, true);
    Block &lc = res(u"data.tf"_s, u"aws_s3_bucket_lifecycle_configuration"_s, u.ident, regionName);
    lc.set(u"bucket"_s, id);
    Block &abort = lc.add(u"rule"_s);
    abort.setStr(u"id"_s, u"abort-incomplete-uploads"_s);
    abort.setStr(u"status"_s, u"Enabled"_s);
    abort.add(u"filter"_s);
    abort.add(u"abort_incomplete_multipart_upload"_s).setNum(u"days_after_initiation"_s, 7);
    if (const qint64 days = props.intValue(*u.component, keys::lifecycleDays); days > 0) {
        Block &exp = lc.add(u"rule"_s);
        exp.setStr(u"id"_s, u"expire"_s);
        exp.setStr(u"status"_s, u"Enabled"_s);
        exp.add(u"filter"_s);
        exp.add(u"expiration"_s).setNum(u"days"_s, days);
        exp.add(u"noncurrent_version_expiration"_s).setNum(u"noncurrent_days"_s, days);
    }
    std::vector<Value> statements;
    statements.push_back(obj({{u"Sid"_s, S(u"DenyInsecureTransport"_s)},
                              {u"Effect"_s, S(u"Deny"_s)},
                              {u"Principal"_s, S(u"*"_s)},
                              {u"Action"_s, S(u"s3:*"_s)},
                              {u"Resource"_s, list({R(u"aws_s3_bucket.%1.arn"_s.arg(u.ident)),
                                                    R(tmpl(u"${aws_s3_bucket.%1.arn}/*"_s.arg(u.ident)))})},
                              {u"Condition"_s, obj({{u"Bool"_s, obj({{u"aws:SecureTransport"_s, S(u"false"_s)}})}})}}));
    for (const Connection *c : ctx.incoming(u.component->id)) {
        const Unit *from = ctx.unit(c->from);
        if (!from || !isKind(*from, {kinds::cdn}))
            continue;
        statements.push_back(obj({{u"Sid"_s, S(u"CloudFrontReads"_s + QString::number(statements.size()))},
                                  {u"Effect"_s, S(u"Allow"_s)},
                                  {u"Principal"_s, obj({{u"Service"_s, S(u"cloudfront.amazonaws.com"_s)}})},
                                  {u"Action"_s, S(u"s3:GetObject"_s)},
                                  {u"Resource"_s, R(tmpl(u"${aws_s3_bucket.%1.arn}/*"_s.arg(u.ident)))},
                                  {u"Condition"_s, obj({{u"StringEquals"_s, obj({{u"AWS:SourceArn"_s, R(u"aws_cloudfront_distribution.%1.arn"_s.arg(from->ident))}})}})}}));
    }
    Block &pol = res(u"data.tf"_s, u"aws_s3_bucket_policy"_s, u.ident, regionName);
    pol.set(u"bucket"_s, id);
    pol.set(u"policy"_s, json(obj({{u"Version"_s, S(u"2012-10-17"_s)}, {u"Statement"_s, list(std::move(statements))}})));
    pol.set(u"depends_on"_s, list({R(u"aws_s3_bucket_public_access_block.%1"_s.arg(u.ident))}));
    const QString replicaRegion = props.stringValue(*u.component, keys::replicaRegion);
    if (props.boolValue(*u.component, keys::crossRegionReplica) && (replicaRegion.isEmpty() || !regions.count(replicaRegion))) {
        m.todo(fileText("%1 wants a cross-region copy: add aws_s3_bucket_replication_configuration to a versioned bucket in %2.")
                   .arg(label(u), replicaRegion.isEmpty() ? fileText("another region") : replicaRegion));
    } else if (props.boolValue(*u.component, keys::crossRegionReplica)) {
        bucketReplica(u, replicaRegion);
        if (!props.boolValue(*u.component, keys::versioning))
            m.warn(fileText("%1: versioning is on although the design turns it off: S3 replication needs it.").arg(label(u)));
    }
    m.output(u.ident + u"_bucket"_s, id, fileText("Name of the bucket %1").arg(label(u)));
}

/// A versioned, encrypted copy of a bucket in another region, kept by S3 replication.
void AwsMapper::bucketReplica(const Unit &u, const QString &replicaRegion)
{
    const QString regionName = ctx.regionOf(u);
    const Region &src = region(u);
    const Region &dst = regions[replicaRegion];
    const QString ident = u.ident + u"_"_s + dst.key;
    const QString id = u"aws_s3_bucket.%1.id"_s.arg(ident);
    Block &b = res(u"data.tf"_s, u"aws_s3_bucket"_s, ident, replicaRegion);
    b.comment(fileText("Cross-region copy of %1 in %2, for recovery when %3 is lost.").arg(label(u), replicaRegion, regionText(regionName)));
    b.set(u"bucket"_s, R(tmpl(u"${local.name}-%1-%2-${data.aws_caller_identity.current.account_id}"_s.arg(u.slug, hyphens(dst.key)))));
    Block &pab = res(u"data.tf"_s, u"aws_s3_bucket_public_access_block"_s, ident, replicaRegion);
    pab.set(u"bucket"_s, id);
    for (const char *key : {"block_public_acls", "block_public_policy", "ignore_public_acls", "restrict_public_buckets"})
        pab.setBool(QString::fromLatin1(key), true);
    Block &own = res(u"data.tf"_s, u"aws_s3_bucket_ownership_controls"_s, ident, replicaRegion);
    own.set(u"bucket"_s, id);
    own.add(u"rule"_s).setStr(u"object_ownership"_s, u"BucketOwnerEnforced"_s);
    Block &ver = res(u"data.tf"_s, u"aws_s3_bucket_versioning"_s, ident, replicaRegion);
    ver.set(u"bucket"_s, id);
    ver.add(u"versioning_configuration"_s).setStr(u"status"_s, u"Enabled"_s);
    Block &sse = res(u"data.tf"_s, u"aws_s3_bucket_server_side_encryption_configuration"_s, ident, replicaRegion);
    sse.set(u"bucket"_s, id);
    Block &rule = sse.add(u"rule"_s);
    Block &def = rule.add(u"apply_server_side_encryption_by_default"_s);
    def.setStr(u"sse_algorithm"_s, u"aws:kms"_s);
    def.set(u"kms_master_key_id"_s, dst.kms);
    rule.setBool(u"bucket_key_enabled"_s, true);

    const QString role = ident + u"_replication"_s;
    iamRole(u"data.tf"_s, role, u"s3.amazonaws.com"_s, {});
    Block &p = m.file(u"data.tf"_s).add(u"resource"_s, {u"aws_iam_role_policy"_s, role});
    p.set(u"role"_s, u"aws_iam_role.%1.id"_s.arg(role));
    auto st = [](const QStringList &actions, std::vector<Value> resources) {
        return obj({{u"Effect"_s, S(u"Allow"_s)}, {u"Action"_s, Value::strings(actions)}, {u"Resource"_s, list(std::move(resources))}});
    };
    p.set(u"policy"_s, json(obj({{u"Version"_s, S(u"2012-10-17"_s)},
                                 {u"Statement"_s, list({st({u"s3:GetReplicationConfiguration"_s, u"s3:ListBucket"_s}, {R(u"aws_s3_bucket.%1.arn"_s.arg(u.ident))}),
                                                        st({u"s3:GetObjectVersionForReplication"_s, u"s3:GetObjectVersionAcl"_s, u"s3:GetObjectVersionTagging"_s},
                                                           {R(tmpl(u"${aws_s3_bucket.%1.arn}/*"_s.arg(u.ident)))}),
                                                        st({u"s3:ReplicateObject"_s, u"s3:ReplicateDelete"_s, u"s3:ReplicateTags"_s},
                                                           {R(tmpl(u"${aws_s3_bucket.%1.arn}/*"_s.arg(ident)))}),
                                                        st({u"kms:Decrypt"_s}, {R(src.kms)}),
                                                        st({u"kms:Encrypt"_s, u"kms:GenerateDataKey"_s}, {R(dst.kms)})})}})));
    Block &rep = res(u"data.tf"_s, u"aws_s3_bucket_replication_configuration"_s, u.ident, regionName);
    rep.set(u"bucket"_s, u"aws_s3_bucket.%1.id"_s.arg(u.ident));
    rep.set(u"role"_s, u"aws_iam_role.%1.arn"_s.arg(role));
    Block &r = rep.add(u"rule"_s);
    r.setStr(u"id"_s, u"to-"_s + hyphens(dst.key));
    r.setStr(u"status"_s, u"Enabled"_s);
    r.add(u"filter"_s);
    r.add(u"delete_marker_replication"_s).setStr(u"status"_s, u"Enabled"_s);
    r.add(u"source_selection_criteria"_s).add(u"sse_kms_encrypted_objects"_s).setStr(u"status"_s, u"Enabled"_s);
    Block &dest = r.add(u"destination"_s);
    dest.set(u"bucket"_s, u"aws_s3_bucket.%1.arn"_s.arg(ident));
    dest.setStr(u"storage_class"_s, u"STANDARD"_s);
    dest.add(u"encryption_configuration"_s).set(u"replica_kms_key_id"_s, dst.kms);
    rep.set(u"depends_on"_s, list({R(u"aws_s3_bucket_versioning.%1"_s.arg(u.ident)), R(u"aws_s3_bucket_versioning.%1"_s.arg(ident))}));
}

void AwsMapper::messageQueue(const Unit &u)
{
    const QString regionName = ctx.regionOf(u);
    const Region &r = region(u);
    const QString engine = props.stringValue(*u.component, keys::engine);
    if (engine != QLatin1String("managed")) {
        const bool rabbit = engine == QLatin1String("rabbitmq");
        m.variable({u.ident + u"_admin_password"_s, u"string"_s, fileText("Administrator password of the %1 broker (12 characters or more)").arg(label(u)),
                    std::nullopt, true, u"length(var.%1_admin_password) >= 12"_s.arg(u.ident), fileText("Use at least 12 characters.")});
        Block &b = res(u"data.tf"_s, u"aws_mq_broker"_s, u.ident, regionName);
        b.set(u"broker_name"_s, name(u.slug));
        b.setStr(u"engine_type"_s, rabbit ? u"RabbitMQ"_s : u"ActiveMQ"_s);
        b.setStr(u"engine_version"_s, dataText({u"versions"_s, rabbit ? u"rabbitmq"_s : u"activemq"_s}));
        b.setStr(u"host_instance_type"_s, dataText({u"instanceTypes"_s, u"broker"_s}));
        b.comment(fileText("A cluster (RabbitMQ) or active/standby pair (ActiveMQ) across availability zones: one broker is a single point of failure."));
        b.setStr(u"deployment_mode"_s, rabbit ? u"CLUSTER_MULTI_AZ"_s : u"ACTIVE_STANDBY_MULTI_AZ"_s);
        b.setBool(u"publicly_accessible"_s, false);
        b.setBool(u"auto_minor_version_upgrade"_s, true);
        b.set(u"subnet_ids"_s, rabbit ? r.privateSubnets : u"slice(%1, 0, 2)"_s.arg(r.privateSubnets));
        b.set(u"security_groups"_s, list({R(securityGroupOf(u.component->id))}));
        if (!rabbit) {
            Block &enc = b.add(u"encryption_options"_s);
            enc.set(u"kms_key_id"_s, r.kms);
            enc.setBool(u"use_aws_owned_key"_s, false);
        }
        b.add(u"logs"_s).setBool(u"general"_s, true);
        Block &user = b.add(u"user"_s);
        user.setStr(u"username"_s, u"admin"_s);
        user.set(u"password"_s, u"var.%1_admin_password"_s.arg(u.ident));
        if (!props.boolValue(*u.component, keys::deadLetterQueue))
            m.note(fileText("%1 has no dead-letter queue, as designed: messages that keep failing are retried forever.").arg(label(u)));
        return;
    }
    const bool fifo = props.boolValue(*u.component, keys::fifo);
    const QString suffix = fifo ? u".fifo"_s : QString();
    const bool dlq = props.boolValue(*u.component, keys::deadLetterQueue);
    if (dlq) {
        Block &d = res(u"data.tf"_s, u"aws_sqs_queue"_s, u.ident + u"_dlq"_s, regionName);
        d.set(u"name"_s, name(u.slug + u"-dlq"_s + suffix));
        if (fifo)
            d.setBool(u"fifo_queue"_s, true);
        d.setNum(u"message_retention_seconds"_s, 1209600);
        d.set(u"kms_master_key_id"_s, r.kms);
    }
    Block &q = res(u"data.tf"_s, u"aws_sqs_queue"_s, u.ident, regionName);
    if (!dlq)
        q.comment(fileText("No dead-letter queue, as designed: messages that keep failing are retried until they expire."));
    q.set(u"name"_s, name(u.slug + suffix));
    if (fifo) {
        q.setBool(u"fifo_queue"_s, true);
        q.setBool(u"content_based_deduplication"_s, true);
    }
    q.setNum(u"message_retention_seconds"_s, props.intValue(*u.component, keys::retentionDays) * 86400);
    q.setNum(u"visibility_timeout_seconds"_s, 60);
    q.set(u"kms_master_key_id"_s, r.kms);
    q.setNum(u"kms_data_key_reuse_period_seconds"_s, 300);
    if (dlq)
        q.set(u"redrive_policy"_s, json(obj({{u"deadLetterTargetArn"_s, R(u"aws_sqs_queue.%1_dlq.arn"_s.arg(u.ident))},
                                             {u"maxReceiveCount"_s, N(props.intValue(*u.component, keys::maxReceiveCount))}})));
    Block &pol = res(u"data.tf"_s, u"aws_sqs_queue_policy"_s, u.ident, regionName);
    pol.set(u"queue_url"_s, u"aws_sqs_queue.%1.id"_s.arg(u.ident));
    pol.set(u"policy"_s, json(obj({{u"Version"_s, S(u"2012-10-17"_s)},
                                   {u"Statement"_s, list({obj({{u"Sid"_s, S(u"DenyInsecureTransport"_s)},
                                                               {u"Effect"_s, S(u"Deny"_s)},
                                                               {u"Principal"_s, S(u"*"_s)},
                                                               {u"Action"_s, S(u"sqs:*"_s)},
                                                               {u"Resource"_s, R(u"aws_sqs_queue.%1.arn"_s.arg(u.ident))},
                                                               {u"Condition"_s, obj({{u"Bool"_s, obj({{u"aws:SecureTransport"_s, S(u"false"_s)}})}})}})})}})));
    alarm(u, u"oldest_message"_s, fileText("oldest message waiting more than 10 minutes"), u"AWS/SQS"_s, u"ApproximateAgeOfOldestMessage"_s,
          obj({{u"QueueName"_s, R(u"aws_sqs_queue.%1.name"_s.arg(u.ident))}}), u"Maximum"_s, 600);
    if (dlq)
        alarm(u, u"dead_letters"_s, fileText("messages in the dead-letter queue"), u"AWS/SQS"_s, u"ApproximateNumberOfMessagesVisible"_s,
              obj({{u"QueueName"_s, R(u"aws_sqs_queue.%1_dlq.name"_s.arg(u.ident))}}), u"Maximum"_s, 0);
    m.output(u.ident + u"_queue_url"_s, u"aws_sqs_queue.%1.id"_s.arg(u.ident), fileText("URL of the queue %1").arg(label(u)));
}

void AwsMapper::eventStream(const Unit &u)
{
    const QString regionName = ctx.regionOf(u);
    const Region &r = region(u);
    if (props.stringValue(*u.component, keys::engine) == QLatin1String("managed")) {
        Block &s = res(u"data.tf"_s, u"aws_kinesis_stream"_s, u.ident, regionName);
        s.set(u"name"_s, name(u.slug));
        s.setNum(u"shard_count"_s, props.intValue(*u.component, keys::partitions));
        s.setNum(u"retention_period"_s, std::max<qint64>(24, props.intValue(*u.component, keys::retentionHours)));
        s.setStr(u"encryption_type"_s, u"KMS"_s);
        s.set(u"kms_key_id"_s, r.kms);
        s.add(u"stream_mode_details"_s).setStr(u"stream_mode"_s, u"PROVISIONED"_s);
        const Value dims = obj({{u"StreamName"_s, R(u"aws_kinesis_stream.%1.name"_s.arg(u.ident))}});
        alarm(u, u"iterator_age"_s, fileText("consumers more than 5 minutes behind the newest record"), u"AWS/Kinesis"_s,
              u"GetRecords.IteratorAgeMilliseconds"_s, dims, u"Maximum"_s, 300000);
        alarm(u, u"write_throttled"_s, fileText("writes throttled (the shards are full)"), u"AWS/Kinesis"_s,
              u"WriteProvisionedThroughputExceeded"_s, dims, u"Sum"_s, 0);
        return;
    }
    // MSK puts the same number of brokers in every availability zone: the drawn count, rounded up to a multiple of the zones.
    const qint64 zones = std::max<qint64>(2, ctx.zonesOf(regionName).size());
    const qint64 drawn = std::max<qint64>(1, props.intValue(*u.component, keys::replicas));
    const qint64 brokers = ((drawn + zones - 1) / zones) * zones;
    if (brokers != drawn)
        m.warn(fileText("%1: replicas (%2 brokers) is not a multiple of the %3 availability zones MSK spreads over; the export makes %4.")
                   .arg(label(u)).arg(drawn).arg(zones).arg(brokers));
    logGroup(u.ident + u"_brokers"_s, u"/${local.name}/msk/"_s + u.slug, r, regionName);
    Block &k = res(u"data.tf"_s, u"aws_msk_cluster"_s, u.ident, regionName);
    k.set(u"cluster_name"_s, name(u.slug));
    k.setStr(u"kafka_version"_s, dataText({u"versions"_s, u"kafka"_s}));
    k.setNum(u"number_of_broker_nodes"_s, brokers);
    Block &bng = k.add(u"broker_node_group_info"_s);
    bng.setStr(u"instance_type"_s, dataText({u"instanceTypes"_s, u"kafka"_s}));
    bng.set(u"client_subnets"_s, r.privateSubnets);
    bng.set(u"security_groups"_s, list({R(securityGroupOf(u.component->id))}));
    bng.add(u"storage_info"_s).add(u"ebs_storage_info"_s).setNum(u"volume_size"_s, props.intValue(*u.component, keys::storageGb));
    Block &enc = k.add(u"encryption_info"_s);
    enc.set(u"encryption_at_rest_kms_key_arn"_s, r.kms);
    Block &transit = enc.add(u"encryption_in_transit"_s);
    transit.setStr(u"client_broker"_s, u"TLS"_s);
    transit.setBool(u"in_cluster"_s, true);
    k.add(u"client_authentication"_s).add(u"sasl"_s).setBool(u"iam"_s, true);
    Block &cw = k.add(u"logging_info"_s).add(u"broker_logs"_s).add(u"cloudwatch_logs"_s);
    cw.setBool(u"enabled"_s, true);
    cw.set(u"log_group"_s, u"aws_cloudwatch_log_group.%1_brokers.name"_s.arg(u.ident));
    // Cluster-level metrics of MSK's default monitoring: partitions nobody serves, and no active controller.
    const Value dims = obj({{u"Cluster Name"_s, R(u"aws_msk_cluster.%1.cluster_name"_s.arg(u.ident))}});
    alarm(u, u"offline_partitions"_s, fileText("partitions without a leader (producers and consumers of them fail)"), u"AWS/Kafka"_s,
          u"OfflinePartitionsCount"_s, dims, u"Maximum"_s, 0);
    alarm(u, u"controller"_s, fileText("no active controller"), u"AWS/Kafka"_s, u"ActiveControllerCount"_s, dims, u"Sum"_s, 1,
          u"LessThanThreshold"_s);
}

void AwsMapper::dataWarehouse(const Unit &u)
{
    const QString engine = props.stringValue(*u.component, keys::engine);
    if (engine != QLatin1String("redshift")) {
        m.omit(u, u"data.tf"_s, engine == QLatin1String("snowflake")
                                    ? fileText("Snowflake is a SaaS; manage it with the Snowflake Terraform provider.")
                                    : fileText("%1 is not an AWS service; Redshift is the AWS warehouse (set engine: redshift).").arg(engine));
        return;
    }
    const QString regionName = ctx.regionOf(u);
    const Region &r = region(u);
    Block &sng = res(u"data.tf"_s, u"aws_redshift_subnet_group"_s, u.ident, regionName);
    sng.set(u"name"_s, name(u.slug));
    sng.set(u"subnet_ids"_s, r.privateSubnets);
    Block &pg = res(u"data.tf"_s, u"aws_redshift_parameter_group"_s, u.ident, regionName);
    pg.set(u"name"_s, name(u.slug));
    pg.setStr(u"family"_s, dataText({u"versions"_s, u"warehouseFamily"_s}));
    Block &p = pg.add(u"parameter"_s);
    p.setStr(u"name"_s, u"require_ssl"_s);
    p.setStr(u"value"_s, u"true"_s);
    Block &c = res(u"data.tf"_s, u"aws_redshift_cluster"_s, u.ident, regionName);
    c.set(u"cluster_identifier"_s, name(u.slug));
    c.setStr(u"node_type"_s, dataText({u"instanceTypes"_s, u"warehouse"_s}));
    c.setNum(u"number_of_nodes"_s, 2);
    c.setStr(u"cluster_type"_s, u"multi-node"_s);
    c.setStr(u"database_name"_s, u"analytics"_s);
    c.setStr(u"master_username"_s, u"app_admin"_s);
    c.setBool(u"manage_master_password"_s, true);
    c.setBool(u"encrypted"_s, true);
    c.set(u"kms_key_id"_s, r.kms);
    c.setBool(u"publicly_accessible"_s, false);
    c.setBool(u"enhanced_vpc_routing"_s, true);
    c.setNum(u"automated_snapshot_retention_period"_s, std::max<qint64>(7, props.intValue(*u.component, keys::backupRetentionDays)));
    c.set(u"cluster_subnet_group_name"_s, u"aws_redshift_subnet_group.%1.name"_s.arg(u.ident));
    c.set(u"cluster_parameter_group_name"_s, u"aws_redshift_parameter_group.%1.name"_s.arg(u.ident));
    c.set(u"vpc_security_group_ids"_s, list({R(securityGroupOf(u.component->id))}));
    c.setBool(u"skip_final_snapshot"_s, false);
    c.set(u"final_snapshot_identifier"_s, name(u.slug + u"-final"_s));
}

} // namespace sd::tf
