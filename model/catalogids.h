// SPDX-License-Identifier: MIT
// The catalog's ids that code relies on, spelled once: kind ids, property keys and roles as the
// catalog YAML writes them (resources/catalog). tst_catalog checks each against the YAML.
#pragma once

#include <QString>

namespace sd {

/// Kind ids (resources/catalog/<category>.yaml), by category.
namespace kinds {
// compute
inline const QString microservice = QStringLiteral("microservice");
inline const QString monolith = QStringLiteral("monolith");
inline const QString serverlessFunction = QStringLiteral("serverless-function");
inline const QString batchJob = QStringLiteral("batch-job");
inline const QString virtualMachine = QStringLiteral("virtual-machine");
inline const QString kubernetesCluster = QStringLiteral("kubernetes-cluster");
// data
inline const QString relationalDatabase = QStringLiteral("relational-database");
inline const QString distributedSql = QStringLiteral("distributed-sql");
inline const QString documentDatabase = QStringLiteral("document-database");
inline const QString cache = QStringLiteral("cache");
inline const QString search = QStringLiteral("search");
inline const QString objectStorage = QStringLiteral("object-storage");
inline const QString messageQueue = QStringLiteral("message-queue");
inline const QString eventStream = QStringLiteral("event-stream");
inline const QString dataWarehouse = QStringLiteral("data-warehouse");
// edge
inline const QString dns = QStringLiteral("dns");
inline const QString cdn = QStringLiteral("cdn");
inline const QString waf = QStringLiteral("waf");
inline const QString apiGateway = QStringLiteral("api-gateway");
inline const QString loadBalancer = QStringLiteral("load-balancer");
// observability
inline const QString metrics = QStringLiteral("metrics");
inline const QString dashboards = QStringLiteral("dashboards");
inline const QString logging = QStringLiteral("logging");
inline const QString apm = QStringLiteral("apm");
inline const QString alerting = QStringLiteral("alerting");
// security
inline const QString identityProvider = QStringLiteral("identity-provider");
inline const QString secretsManager = QStringLiteral("secrets-manager");
inline const QString keyManagement = QStringLiteral("key-management");
// third-party
inline const QString paymentGateway = QStringLiteral("payment-gateway");
inline const QString messagingProvider = QStringLiteral("messaging-provider");
inline const QString saas = QStringLiteral("saas");
// traffic
inline const QString users = QStringLiteral("users");
inline const QString partnerApi = QStringLiteral("partner-api");
// zones
inline const QString cloud = QStringLiteral("cloud");
inline const QString region = QStringLiteral("region");
inline const QString availabilityZone = QStringLiteral("availability-zone");
inline const QString network = QStringLiteral("network");
inline const QString subnet = QStringLiteral("subnet");
inline const QString datacenter = QStringLiteral("datacenter");
} // namespace kinds

/// Property keys of components and zones (traits.yaml and the kinds' own properties).
namespace keys {
inline const QString audience = QStringLiteral("audience");
inline const QString autoscaling = QStringLiteral("autoscaling");
inline const QString backupRetentionDays = QStringLiteral("backupRetentionDays");
inline const QString backups = QStringLiteral("backups");
inline const QString cacheTtlSeconds = QStringLiteral("cacheTtlSeconds");
inline const QString channel = QStringLiteral("channel");
inline const QString cidr = QStringLiteral("cidr");
inline const QString cpuLimit = QStringLiteral("cpuLimit");
inline const QString cpuRequest = QStringLiteral("cpuRequest");
inline const QString cpuTarget = QStringLiteral("cpuTarget");
inline const QString crossRegionReplica = QStringLiteral("crossRegionReplica");
inline const QString deadLetterQueue = QStringLiteral("deadLetterQueue");
inline const QString domain = QStringLiteral("domain");
inline const QString encryptionAtRest = QStringLiteral("encryptionAtRest");
inline const QString engine = QStringLiteral("engine");
inline const QString engineVersion = QStringLiteral("engineVersion");
inline const QString entryPoint = QStringLiteral("entryPoint");
inline const QString escalationPolicy = QStringLiteral("escalationPolicy");
inline const QString fifo = QStringLiteral("fifo");
inline const QString healthPath = QStringLiteral("healthPath");
inline const QString hosting = QStringLiteral("hosting");
inline const QString image = QStringLiteral("image");
inline const QString instanceSize = QStringLiteral("instanceSize");
inline const QString layer = QStringLiteral("layer");
inline const QString lifecycleDays = QStringLiteral("lifecycleDays");
inline const QString location = QStringLiteral("location");
inline const QString managedRules = QStringLiteral("managedRules");
inline const QString maxReceiveCount = QStringLiteral("maxReceiveCount");
inline const QString maxReplicas = QStringLiteral("maxReplicas");
inline const QString memoryLimit = QStringLiteral("memoryLimit");
inline const QString memoryMb = QStringLiteral("memoryMb");
inline const QString memoryRequest = QStringLiteral("memoryRequest");
inline const QString mfa = QStringLiteral("mfa");
inline const QString minReplicas = QStringLiteral("minReplicas");
inline const QString multiAz = QStringLiteral("multiAz");
inline const QString multiRegion = QStringLiteral("multiRegion");
inline const QString nodeCountMax = QStringLiteral("nodeCountMax");
inline const QString nodeCountMin = QStringLiteral("nodeCountMin");
inline const QString os = QStringLiteral("os");
inline const QString partitions = QStringLiteral("partitions");
inline const QString partner = QStringLiteral("partner");
inline const QString platform = QStringLiteral("platform");
inline const QString port = QStringLiteral("port");
inline const QString privateEndpoint = QStringLiteral("privateEndpoint");
inline const QString protocol = QStringLiteral("protocol");
inline const QString provider = QStringLiteral("provider");
inline const QString isPublic = QStringLiteral("public");
inline const QString rateLimitPerMinute = QStringLiteral("rateLimitPerMinute");
inline const QString rateLimitRps = QStringLiteral("rateLimitRps");
inline const QString readinessPath = QStringLiteral("readinessPath");
inline const QString region = QStringLiteral("region");
inline const QString replicaRegion = QStringLiteral("replicaRegion");
inline const QString replicas = QStringLiteral("replicas");
inline const QString retentionDays = QStringLiteral("retentionDays");
inline const QString retentionHours = QStringLiteral("retentionHours");
inline const QString rotation = QStringLiteral("rotation");
inline const QString rotationDays = QStringLiteral("rotationDays");
inline const QString runtime = QStringLiteral("runtime");
inline const QString schedule = QStringLiteral("schedule");
inline const QString sharedState = QStringLiteral("sharedState");
inline const QString slaPercent = QStringLiteral("slaPercent");
inline const QString stateful = QStringLiteral("stateful");
inline const QString storageGb = QStringLiteral("storageGb");
inline const QString timeoutSeconds = QStringLiteral("timeoutSeconds");
inline const QString tls = QStringLiteral("tls");
inline const QString trigger = QStringLiteral("trigger");
inline const QString vendor = QStringLiteral("vendor");
inline const QString version = QStringLiteral("version");
inline const QString versioning = QStringLiteral("versioning");
inline const QString zone = QStringLiteral("zone");
} // namespace keys

/// Roles of component kinds (docs/catalog-format.md): what a kind is for, as validation and the exporters
/// read it. Zone kinds are told apart by their kind ids.
namespace roles {
inline const QString entry = QStringLiteral("entry");
inline const QString edge = QStringLiteral("edge");
inline const QString loadBalancer = QStringLiteral("load-balancer");
inline const QString gateway = QStringLiteral("gateway");
inline const QString compute = QStringLiteral("compute");
inline const QString containerWorkload = QStringLiteral("container-workload");
inline const QString scheduled = QStringLiteral("scheduled");
inline const QString serverless = QStringLiteral("serverless");
inline const QString datastore = QStringLiteral("datastore");
inline const QString stateful = QStringLiteral("stateful");
inline const QString queue = QStringLiteral("queue");
inline const QString stream = QStringLiteral("stream");
inline const QString quorum = QStringLiteral("quorum");
inline const QString thirdParty = QStringLiteral("third-party");
inline const QString observability = QStringLiteral("observability");
inline const QString metrics = QStringLiteral("metrics");
inline const QString logs = QStringLiteral("logs");
inline const QString dashboards = QStringLiteral("dashboards");
inline const QString apm = QStringLiteral("apm");
inline const QString alerting = QStringLiteral("alerting");
inline const QString security = QStringLiteral("security");
inline const QString secrets = QStringLiteral("secrets");
} // namespace roles

} // namespace sd
