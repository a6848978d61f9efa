// SPDX-License-Identifier: MIT
#include "k8scloud.h"

#include <QHash>
#include <QRegularExpression>

namespace sd::k8s {

namespace {

/// One managed service: what the Terraform export creates for a kind (and engine) on a provider.
struct ServiceRow {
    Cloud cloud;
    const char *kind;
    const char *engine; ///< "" = any engine
    int port;
    Reach reach;
    const char *service;
};

// The ports are those of the auth each Terraform mapper configures: keep the two in step.
constexpr ServiceRow kServices[] = {
    {Cloud::Aws, "relational-database", "mysql", 3306, Reach::PrivateNetwork, "Amazon RDS for MySQL (TLS)"},
    {Cloud::Aws, "relational-database", "", 5432, Reach::PrivateNetwork, "Amazon RDS for PostgreSQL (TLS)"},
    {Cloud::Aws, "document-database", "dynamodb", 443, Reach::CloudApi, "Amazon DynamoDB"},
    {Cloud::Aws, "document-database", "mongodb", 27017, Reach::PrivateNetwork, "Amazon DocumentDB (TLS)"},
    {Cloud::Aws, "cache", "memcached", 11211, Reach::PrivateNetwork, "Amazon ElastiCache for Memcached (TLS)"},
    {Cloud::Aws, "cache", "", 6379, Reach::PrivateNetwork, "Amazon ElastiCache for Redis OSS (TLS and AUTH)"},
    {Cloud::Aws, "search", "", 443, Reach::PrivateNetwork, "Amazon OpenSearch Service (VPC domain)"},
    {Cloud::Aws, "object-storage", "", 443, Reach::CloudApi, "Amazon S3"},
    {Cloud::Aws, "message-queue", "rabbitmq", 5671, Reach::PrivateNetwork, "Amazon MQ for RabbitMQ (AMQPS)"},
    {Cloud::Aws, "message-queue", "activemq", 61617, Reach::PrivateNetwork, "Amazon MQ for ActiveMQ (OpenWire over TLS)"},
    {Cloud::Aws, "message-queue", "", 443, Reach::CloudApi, "Amazon SQS"},
    {Cloud::Aws, "event-stream", "managed", 443, Reach::CloudApi, "Amazon Kinesis Data Streams"},
    {Cloud::Aws, "event-stream", "", 9098, Reach::PrivateNetwork, "Amazon MSK (IAM authentication)"},
    {Cloud::Aws, "data-warehouse", "redshift", 5439, Reach::PrivateNetwork, "Amazon Redshift"},
    {Cloud::Aws, "metrics", "", 443, Reach::CloudApi, "Amazon Managed Service for Prometheus"},
    {Cloud::Aws, "logging", "", 443, Reach::CloudApi, "Amazon CloudWatch Logs"},
    {Cloud::Aws, "dashboards", "", 443, Reach::CloudApi, "Amazon Managed Grafana"},
    {Cloud::Aws, "secrets-manager", "", 443, Reach::CloudApi, "AWS Secrets Manager"},
    {Cloud::Aws, "key-management", "", 443, Reach::CloudApi, "AWS KMS"},
    {Cloud::Aws, "identity-provider", "", 443, Reach::CloudApi, "Amazon Cognito"},
    {Cloud::Aws, "serverless-function", "", 443, Reach::CloudApi, "AWS Lambda"},

    {Cloud::Gcp, "relational-database", "mysql", 3306, Reach::PrivateNetwork, "Cloud SQL for MySQL (private IP, TLS)"},
    {Cloud::Gcp, "relational-database", "", 5432, Reach::PrivateNetwork, "Cloud SQL for PostgreSQL (private IP, TLS)"},
    {Cloud::Gcp, "distributed-sql", "spanner", 443, Reach::CloudApi, "Spanner"},
    {Cloud::Gcp, "document-database", "firestore", 443, Reach::CloudApi, "Firestore"},
    {Cloud::Gcp, "cache", "memcached", 11211, Reach::PrivateNetwork, "Memorystore for Memcached"},
    {Cloud::Gcp, "cache", "", 6378, Reach::PrivateNetwork, "Memorystore for Redis (TLS and AUTH)"},
    {Cloud::Gcp, "object-storage", "", 443, Reach::CloudApi, "Cloud Storage"},
    {Cloud::Gcp, "message-queue", "rabbitmq", 5671, Reach::PrivateNetwork, "RabbitMQ (AMQPS)"},
    {Cloud::Gcp, "message-queue", "", 443, Reach::CloudApi, "Pub/Sub"},
    {Cloud::Gcp, "event-stream", "managed", 443, Reach::CloudApi, "Pub/Sub"},
    {Cloud::Gcp, "event-stream", "", 9092, Reach::PrivateNetwork, "Managed Service for Apache Kafka (SASL_SSL)"},
    {Cloud::Gcp, "data-warehouse", "bigquery", 443, Reach::CloudApi, "BigQuery"},
    {Cloud::Gcp, "metrics", "", 443, Reach::CloudApi, "Cloud Monitoring"},
    {Cloud::Gcp, "logging", "", 443, Reach::CloudApi, "Cloud Logging"},
    {Cloud::Gcp, "dashboards", "", 443, Reach::CloudApi, "Cloud Monitoring dashboards"},
    {Cloud::Gcp, "secrets-manager", "", 443, Reach::CloudApi, "Secret Manager"},
    {Cloud::Gcp, "key-management", "", 443, Reach::CloudApi, "Cloud KMS"},
    {Cloud::Gcp, "identity-provider", "", 443, Reach::CloudApi, "Identity Platform"},
    {Cloud::Gcp, "serverless-function", "", 443, Reach::CloudApi, "Cloud Run"},

    {Cloud::Azure, "relational-database", "mysql", 3306, Reach::PrivateNetwork, "Azure Database for MySQL flexible server (TLS)"},
    {Cloud::Azure, "relational-database", "", 5432, Reach::PrivateNetwork, "Azure Database for PostgreSQL flexible server (TLS)"},
    {Cloud::Azure, "document-database", "mongodb", 10255, Reach::PrivateNetwork, "Azure Cosmos DB for MongoDB (private endpoint)"},
    {Cloud::Azure, "document-database", "", 443, Reach::PrivateNetwork, "Azure Cosmos DB (private endpoint)"},
    {Cloud::Azure, "cache", "", 6380, Reach::PrivateNetwork, "Azure Cache for Redis (TLS, Entra ID)"},
    {Cloud::Azure, "search", "", 443, Reach::PrivateNetwork, "search (private endpoint)"},
    {Cloud::Azure, "object-storage", "", 443, Reach::PrivateNetwork, "Azure Blob Storage (private endpoint)"},
    {Cloud::Azure, "message-queue", "", 5671, Reach::PrivateNetwork, "Azure Service Bus (AMQP over TLS, private endpoint)"},
    {Cloud::Azure, "event-stream", "", 9093, Reach::PrivateNetwork, "Azure Event Hubs (Kafka endpoint, private endpoint)"},
    {Cloud::Azure, "data-warehouse", "synapse", 1433, Reach::PrivateNetwork, "Azure Synapse (private endpoint)"},
    {Cloud::Azure, "metrics", "", 443, Reach::CloudApi, "Azure Monitor"},
    {Cloud::Azure, "logging", "", 443, Reach::CloudApi, "Azure Monitor Logs"},
    {Cloud::Azure, "dashboards", "", 443, Reach::CloudApi, "Azure Managed Grafana"},
    {Cloud::Azure, "secrets-manager", "", 443, Reach::PrivateNetwork, "Azure Key Vault (private endpoint)"},
    {Cloud::Azure, "key-management", "", 443, Reach::PrivateNetwork, "Azure Key Vault (private endpoint)"},
    {Cloud::Azure, "identity-provider", "", 443, Reach::Internet, "Microsoft Entra ID"},
    {Cloud::Azure, "serverless-function", "", 443, Reach::CloudApi, "Azure Functions"},
};

int usualPort(const QString &protocol)
{
    static const QHash<QString, int> ports = {
        {QStringLiteral("http"), 80},          {QStringLiteral("https"), 443},  {QStringLiteral("grpc"), 443},
        {QStringLiteral("postgresql"), 5432},  {QStringLiteral("mysql"), 3306}, {QStringLiteral("redis"), 6379},
        {QStringLiteral("kafka"), 9092},       {QStringLiteral("amqp"), 5671},  {QStringLiteral("dns"), 53},
        {QStringLiteral("mongodb"), 27017},
    };
    return ports.value(protocol.toLower(), 0);
}

/// Kinds that hold data or messages: outside every cloud they are still private services.
bool isPrivateService(const QString &kind)
{
    static const QStringList kinds = {QStringLiteral("relational-database"), QStringLiteral("distributed-sql"),
                                      QStringLiteral("document-database"),   QStringLiteral("cache"),
                                      QStringLiteral("search"),              QStringLiteral("message-queue"),
                                      QStringLiteral("event-stream"),        QStringLiteral("data-warehouse"),
                                      QStringLiteral("virtual-machine"),     QStringLiteral("microservice"),
                                      QStringLiteral("monolith")};
    return kinds.contains(kind);
}

} // namespace

Cloud cloudFromProvider(const QString &provider)
{
    if (provider == QLatin1String("aws"))
        return Cloud::Aws;
    if (provider == QLatin1String("gcp"))
        return Cloud::Gcp;
    if (provider == QLatin1String("azure"))
        return Cloud::Azure;
    return Cloud::Generic;
}

QString cloudId(Cloud cloud)
{
    switch (cloud) {
    case Cloud::Aws:
        return QStringLiteral("aws");
    case Cloud::Gcp:
        return QStringLiteral("gcp");
    case Cloud::Azure:
        return QStringLiteral("azure");
    case Cloud::Generic:
        break;
    }
    return QStringLiteral("generic");
}

QString clusterProduct(Cloud cloud)
{
    switch (cloud) {
    case Cloud::Aws:
        return QStringLiteral("Amazon EKS");
    case Cloud::Gcp:
        return QStringLiteral("Google Kubernetes Engine");
    case Cloud::Azure:
        return QStringLiteral("Azure Kubernetes Service");
    case Cloud::Generic:
        break;
    }
    return QStringLiteral("any Kubernetes cluster");
}

Endpoint endpointOf(Cloud cloud, bool sameCloud, const QString &kind, const QString &engine, int drawnPort,
                    const QString &protocol, bool thirdParty, bool managed)
{
    if (managed && !thirdParty && sameCloud && cloud != Cloud::Generic) {
        for (const ServiceRow &row : kServices) {
            if (row.cloud == cloud && kind == QLatin1String(row.kind)
                && (!*row.engine || engine == QLatin1String(row.engine)))
                return {row.port, row.reach, QString::fromUtf8(row.service), true};
        }
    }
    Endpoint e;
    e.port = drawnPort > 0 ? drawnPort : usualPort(protocol);
    if (e.port == 0)
        e.port = 443;
    // Self-hosted data stores and services the design places in this cloud are still in its network.
    e.reach = !thirdParty && (sameCloud || cloud == Cloud::Generic) && (!managed || isPrivateService(kind)) ? Reach::PrivateNetwork
                                                                                               : Reach::Internet;
    e.cloudResource = !thirdParty && sameCloud && cloud != Cloud::Generic;
    e.service = managed ? kind : kind + QStringLiteral(", self-hosted");
    return e;
}

QStringList privateRanges()
{
    return {QStringLiteral("10.0.0.0/8"), QStringLiteral("172.16.0.0/12"), QStringLiteral("192.168.0.0/16"),
            QStringLiteral("169.254.0.0/16")};
}

QString marker(const QString &key) { return QStringLiteral("${%1}").arg(key); }

QString markerKey(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^\\$\\{([A-Z][A-Z0-9_]*)\\}$"));
    const auto m = re.match(text);
    return m.hasMatch() ? m.captured(1) : QString();
}

} // namespace sd::k8s
