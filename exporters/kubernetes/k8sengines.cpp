// SPDX-License-Identifier: MIT
#include "k8sengines.h"

#include "catalog.h"
#include "propertyaccess.h"

#include <QCoreApplication>
#include <QSet>

namespace sd::k8s {

namespace {

/// Engines whose instances are independent copies by design: more than one is a valid shape.
bool independentCopies(const QString &engine) { return engine == QLatin1String("memcached") || engine == QLatin1String("prometheus"); }

void setting(Workload &w, const QString &key, const QString &value)
{
    w.settings.emplace_back(key, value);
    w.settingComments.append(QString());
}

void addSecret(Workload &w, const QString &variable)
{
    w.secrets.push_back({variable, w.name + QStringLiteral("-credentials"), QStringLiteral("password")});
}

} // namespace

void shapeDataStore(Plan &plan, Workload &w, const QString &engine, const Catalog &catalog, const KindSpec &kind)
{
    const Component &c = *w.component;
    const QString label = QStringLiteral("%1 (%2)").arg(c.name, c.id);
    const PropertyAccess props(catalog);
    auto value = [&](const QString &key) { return props.value(c, key); };
    auto has = [&](const QString &key) { return kind.property(key) != nullptr; };

    if (engine == QLatin1String("mongodb")) {
        setting(w, QStringLiteral("MONGO_INITDB_ROOT_USERNAME"), QStringLiteral("admin"));
    } else if (engine == QLatin1String("redis")) {
        // Redis starts without a password unless told; clients and the probe authenticate.
        addSecret(w, QStringLiteral("REDIS_PASSWORD"));
        w.env.emplace_back(QStringLiteral("REDISCLI_AUTH"), QStringLiteral("$(REDIS_PASSWORD)"));
        w.args += {QStringLiteral("--requirepass"), QStringLiteral("$(REDIS_PASSWORD)"), QStringLiteral("--appendonly"), QStringLiteral("yes")};
    } else if (engine == QLatin1String("opensearch") || engine == QLatin1String("elasticsearch")) {
        setting(w, QStringLiteral("discovery.type"), QStringLiteral("single-node"));
    } else if (engine == QLatin1String("kafka")) {
        // One broker that is also its own KRaft controller; clients log in with SASL PLAIN.
        const QString advertised = QStringLiteral("SASL_PLAINTEXT://%1.%2.svc.cluster.local:%3").arg(w.name, plan.ns).arg(w.port);
        setting(w, QStringLiteral("KAFKA_NODE_ID"), QStringLiteral("1"));
        setting(w, QStringLiteral("KAFKA_PROCESS_ROLES"), QStringLiteral("broker,controller"));
        setting(w, QStringLiteral("KAFKA_LISTENERS"), QStringLiteral("SASL_PLAINTEXT://:%1,CONTROLLER://127.0.0.1:9093").arg(w.port));
        setting(w, QStringLiteral("KAFKA_ADVERTISED_LISTENERS"), advertised);
        setting(w, QStringLiteral("KAFKA_LISTENER_SECURITY_PROTOCOL_MAP"), QStringLiteral("CONTROLLER:PLAINTEXT,SASL_PLAINTEXT:SASL_PLAINTEXT"));
        setting(w, QStringLiteral("KAFKA_CONTROLLER_LISTENER_NAMES"), QStringLiteral("CONTROLLER"));
        setting(w, QStringLiteral("KAFKA_CONTROLLER_QUORUM_VOTERS"), QStringLiteral("1@127.0.0.1:9093"));
        setting(w, QStringLiteral("KAFKA_INTER_BROKER_LISTENER_NAME"), QStringLiteral("SASL_PLAINTEXT"));
        setting(w, QStringLiteral("KAFKA_SASL_ENABLED_MECHANISMS"), QStringLiteral("PLAIN"));
        setting(w, QStringLiteral("KAFKA_SASL_MECHANISM_INTER_BROKER_PROTOCOL"), QStringLiteral("PLAIN"));
        setting(w, QStringLiteral("KAFKA_NUM_PARTITIONS"), QString::number(value(keys::partitions).toInt()));
        setting(w, QStringLiteral("KAFKA_LOG_RETENTION_HOURS"), QString::number(value(keys::retentionHours).toInt()));
        for (const char *key : {"KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR", "KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR",
                                "KAFKA_TRANSACTION_STATE_LOG_MIN_ISR"})
            setting(w, QLatin1String(key), QStringLiteral("1"));
        addSecret(w, QStringLiteral("KAFKA_PASSWORD"));
        w.env.emplace_back(QStringLiteral("KAFKA_LISTENER_NAME_SASL__PLAINTEXT_PLAIN_SASL_JAAS_CONFIG"),
                           QStringLiteral("org.apache.kafka.common.security.plain.PlainLoginModule required username=\"app\" "
                                          "password=\"$(KAFKA_PASSWORD)\" user_app=\"$(KAFKA_PASSWORD)\";"));
        w.readiness.command = {QStringLiteral("bash"), QStringLiteral("-c"),
                               QStringLiteral("printf 'security.protocol=SASL_PLAINTEXT\\nsasl.mechanism=PLAIN\\nsasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username=\"app\" password=\"%s\";\\n' \"$KAFKA_PASSWORD\" > /tmp/client.properties && "
                                              "/opt/kafka/bin/kafka-broker-api-versions.sh --bootstrap-server 127.0.0.1:%1 --command-config /tmp/client.properties")
                                   .arg(w.port)};
    } else if (engine == QLatin1String("prometheus")) {
        const int days = value(keys::retentionDays).toInt();
        w.args += {QStringLiteral("--config.file=/etc/prometheus/prometheus.yml"), QStringLiteral("--storage.tsdb.path=") + w.dataDir,
                  QStringLiteral("--storage.tsdb.retention.time=%1d").arg(days > 0 ? days : 15)};
    }
    if (engine == QLatin1String("memcached") || engine == QLatin1String("prometheus") || engine == QLatin1String("loki"))
        warn(plan, QT_TRANSLATE_NOOP("KubernetesExport", "%1: %2 has no authentication in this shape; only its network policy guards it (put an authenticating proxy in front, or use the managed service)"),
             {label, engine});

    QSet<QString> honoured = {QStringLiteral("engine"), QStringLiteral("engineVersion"), QStringLiteral("hosting"),
                              QStringLiteral("instanceSize"), QStringLiteral("storageGb"), QStringLiteral("partitions"),
                              QStringLiteral("retentionHours"), QStringLiteral("replicas"), QStringLiteral("encryptionAtRest")};
    if (engine == QLatin1String("prometheus"))
        honoured.insert(QStringLiteral("retentionDays"));

    if (w.replicas > 1 && !independentCopies(engine)) {
        warn(plan, QT_TRANSLATE_NOOP("KubernetesExport", "%1: replicas: %2 is not honoured: the cluster runs one primary of %3 without replication (run it with an operator, such as CloudNativePG for PostgreSQL, or use the managed service)"),
             {label, QString::number(w.replicas), engine});
        w.replicas = 1;
    }
    if (has(keys::multiAz) && value(keys::multiAz).toBool())
        warn(plan, QT_TRANSLATE_NOOP("KubernetesExport", "%1: multiAz is not honoured: one pod runs in one zone and its volume cannot follow it to another"), {label});
    if (has(keys::backups) && value(keys::backups).toBool())
        warn(plan, QT_TRANSLATE_NOOP("KubernetesExport", "%1: backups (backupRetentionDays: %2) are not honoured: nothing backs up the volume (add volume snapshots or the engine's own backups)"),
             {label, value(keys::backupRetentionDays).toString()});
    if (has(keys::crossRegionReplica) && value(keys::crossRegionReplica).toBool())
        warn(plan, QT_TRANSLATE_NOOP("KubernetesExport", "%1: crossRegionReplica (replicaRegion: %2) is not honoured: the cluster keeps no copy in another region"),
             {label, value(keys::replicaRegion).toString()});
    if (has(keys::isPublic) && value(keys::isPublic).toBool())
        warn(plan, QT_TRANSLATE_NOOP("KubernetesExport", "%1: public is not honoured: a data store in the cluster is reachable only from the workloads drawn calling it"), {label});
    if (has(keys::encryptionAtRest) && value(keys::encryptionAtRest).toBool() && plan.cloud == Cloud::Generic)
        warn(plan, QT_TRANSLATE_NOOP("KubernetesExport", "%1: encryptionAtRest depends on the cluster's default storage class, which this export does not know"), {label});
    if (c.properties.contains(QStringLiteral("engineVersion")) && !w.image.endsWith(QLatin1Char(':') + c.properties.value(QStringLiteral("engineVersion")).toString()))
        warn(plan, QT_TRANSLATE_NOOP("KubernetesExport", "%1: engineVersion %2 is not honoured: the export runs the pinned image %3"),
             {label, c.properties.value(QStringLiteral("engineVersion")).toString(), w.image});
    honoured += {QStringLiteral("multiAz"), QStringLiteral("backups"), QStringLiteral("backupRetentionDays"),
                 QStringLiteral("crossRegionReplica"), QStringLiteral("replicaRegion"), QStringLiteral("public")};
    QStringList keys = c.properties.keys();
    keys.sort();
    for (const QString &key : keys)
        if (!honoured.contains(key))
            warn(plan, QT_TRANSLATE_NOOP("KubernetesExport", "%1: %2 has no counterpart in the Kubernetes export and is not honoured"), {label, key});
}

} // namespace sd::k8s
