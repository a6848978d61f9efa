// SPDX-License-Identifier: MIT
// The catalog is data; these tests keep it whole: kinds, icons, schemas, defaults.
#include "catalog.h"
#include "placement.h"
#include "propertyaccess.h"

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QSet>
#include <QSvgRenderer>
#include <QTest>

using namespace sd;

class TestCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsWithoutProblems();
    void hasEveryRequiredKind();
    void everyKindIsComplete();
    void iconsExistAndRender();
    void defaultsFitTheirSchema();
    void resiliencePropertiesWhereTheyApply();
    void sharedKeysMeanTheSame();
    void reportsBrokenCatalogWithFileAndLine();
    void idsInCodeMatchTheCatalog();
    void runtimeOfEveryKind();
    void replicaCountFromProperties();
    void defaultsFollowTheEngine();
    void exportDataIsComplete();
};

void TestCatalog::loadsWithoutProblems()
{
    Catalog c;
    QStringList problems;
    QVERIFY2(c.loadFromDirectory(QStringLiteral(":/catalog"), &problems), qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY(problems.isEmpty());
    QCOMPARE(c.categories().size(), size_t(8));
}

void TestCatalog::hasEveryRequiredKind()
{
    const QStringList required = {
        QStringLiteral("users"), QStringLiteral("partner-api"), QStringLiteral("dns"), QStringLiteral("cdn"),
        QStringLiteral("waf"), QStringLiteral("api-gateway"), QStringLiteral("load-balancer"),
        QStringLiteral("microservice"), QStringLiteral("monolith"), QStringLiteral("serverless-function"),
        QStringLiteral("batch-job"), QStringLiteral("virtual-machine"), QStringLiteral("kubernetes-cluster"),
        QStringLiteral("relational-database"), QStringLiteral("distributed-sql"), QStringLiteral("document-database"),
        QStringLiteral("cache"), QStringLiteral("search"), QStringLiteral("object-storage"),
        QStringLiteral("message-queue"), QStringLiteral("event-stream"), QStringLiteral("data-warehouse"),
        QStringLiteral("metrics"), QStringLiteral("dashboards"), QStringLiteral("logging"), QStringLiteral("apm"),
        QStringLiteral("alerting"), QStringLiteral("identity-provider"), QStringLiteral("secrets-manager"),
        QStringLiteral("key-management"), QStringLiteral("payment-gateway"), QStringLiteral("messaging-provider"),
        QStringLiteral("saas"), QStringLiteral("cloud"), QStringLiteral("region"), QStringLiteral("availability-zone"),
        QStringLiteral("network"), QStringLiteral("subnet"), QStringLiteral("datacenter")};
    const Catalog &c = Catalog::builtin();
    for (const QString &id : required)
        QVERIFY2(c.kind(id), qPrintable(id));
    // Traffic sources are entry points; zones are containers.
    QVERIFY(c.kind(QStringLiteral("users"))->hasRole(QStringLiteral("entry")));
    QVERIFY(c.kind(QStringLiteral("region"))->container);
    QVERIFY(!c.kind(QStringLiteral("cache"))->container);
}

void TestCatalog::everyKindIsComplete()
{
    QSet<QString> ids;
    for (const KindSpec *k : Catalog::builtin().kinds()) {
        QVERIFY2(!ids.contains(k->id), qPrintable(k->id));
        ids.insert(k->id);
        QVERIFY2(!k->displayName.isEmpty() && !k->description.isEmpty(), qPrintable(k->id));
        QVERIFY2(!k->category.isEmpty(), qPrintable(k->id));
        QVERIFY2(!k->roles.isEmpty(), qPrintable(k->id));
        QVERIFY(k->defaultSize.width() >= 40 && k->defaultSize.height() >= 30);
        for (const PropertySpec &p : k->properties) {
            QVERIFY2(!p.label.isEmpty() && !p.help.isEmpty(), qPrintable(k->id + QLatin1Char('.') + p.key));
            if (p.type == PropertyType::Enum)
                QVERIFY(p.values.size() >= 2);
        }
    }
    QVERIFY(ids.size() >= 39);
}

void TestCatalog::iconsExistAndRender()
{
    QSet<QString> icons;
    for (const KindSpec *k : Catalog::builtin().kinds()) {
        QVERIFY2(QFile::exists(k->icon), qPrintable(k->id + QStringLiteral(": ") + k->icon));
        QVERIFY2(!icons.contains(k->icon), qPrintable(QStringLiteral("icon used twice: ") + k->icon));
        icons.insert(k->icon);
        QSvgRenderer renderer(k->icon);
        QVERIFY2(renderer.isValid(), qPrintable(k->icon));
        QImage image(48, 48, QImage::Format_ARGB32);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        renderer.render(&painter);
        painter.end();
        // Something is drawn, and not one flat colour: the pictogram is there.
        QSet<QRgb> colours;
        int opaque = 0;
        for (int y = 0; y < 48; ++y)
            for (int x = 0; x < 48; ++x) {
                const QRgb px = image.pixel(x, y);
                if (qAlpha(px) > 200) {
                    ++opaque;
                    colours.insert(px & 0xF0F0F0);
                }
            }
        QVERIFY2(opaque > 48 * 48 / 3, qPrintable(k->icon));
        QVERIFY2(colours.size() >= 2, qPrintable(k->icon));
    }
}

void TestCatalog::defaultsFitTheirSchema()
{
    for (const KindSpec *k : Catalog::builtin().kinds()) {
        for (const PropertySpec &p : k->properties) {
            QString problem;
            const QVariant v = p.coerce(p.defaultValue, &problem);
            QVERIFY2(v.isValid(), qPrintable(k->id + QLatin1Char('.') + p.key + QStringLiteral(": ") + problem));
            if (p.minimum && p.maximum)
                QVERIFY(*p.minimum <= *p.maximum);
        }
    }
}

void TestCatalog::resiliencePropertiesWhereTheyApply()
{
    const Catalog &c = Catalog::builtin();
    auto has = [&](const char *kind, std::initializer_list<const char *> keys) {
        const KindSpec *k = c.kind(QString::fromLatin1(kind));
        QVERIFY2(k, kind);
        for (const char *key : keys)
            QVERIFY2(k->property(QString::fromLatin1(key)), qPrintable(QStringLiteral("%1.%2").arg(QLatin1String(kind), QLatin1String(key))));
    };
    has("microservice", {"replicas", "autoscaling", "minReplicas", "maxReplicas", "cpuTarget", "image", "port",
                         "cpuRequest", "memoryRequest", "instanceSize"});
    has("relational-database", {"replicas", "multiAz", "backups", "backupRetentionDays", "crossRegionReplica",
                                "encryptionAtRest", "public", "instanceSize", "storageGb", "engine", "engineVersion"});
    has("object-storage", {"versioning", "encryptionAtRest", "public"});
    has("cache", {"replicas", "multiAz", "engine"});
    has("cloud", {"provider"});
    has("region", {"region"});
    has("availability-zone", {"zone"});
    QCOMPARE(c.kind(QStringLiteral("microservice"))->property(QStringLiteral("cpuTarget"))->defaultValue.toInt(), 70);
    QCOMPARE(c.kind(QStringLiteral("cloud"))->property(QStringLiteral("provider"))->values,
             (QStringList{QStringLiteral("aws"), QStringLiteral("gcp"), QStringLiteral("azure"), QStringLiteral("on-prem")}));
}

void TestCatalog::sharedKeysMeanTheSame()
{
    // Validation and exporters read e.g. "replicas" from any kind: the key must have one type everywhere.
    QHash<QString, PropertyType> types;
    for (const KindSpec *k : Catalog::builtin().kinds())
        for (const PropertySpec &p : k->properties) {
            if (types.contains(p.key) && p.type != PropertyType::Enum && types[p.key] != PropertyType::Enum)
                QVERIFY2(types[p.key] == p.type, qPrintable(k->id + QLatin1Char('.') + p.key));
            types.insert(p.key, p.type);
        }
}

void TestCatalog::reportsBrokenCatalogWithFileAndLine()
{
    Catalog c;
    QStringList problems;
    QVERIFY(!c.loadFromDirectory(QStringLiteral(TEST_DATA_DIR "/broken-catalog"), &problems));
    const QString all = problems.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("bad.yaml:16:")) && all.contains(QStringLiteral("default of 'replicas'")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("unknown trait 'nosuch'")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("bad.yaml:26:")) && all.contains(QStringLiteral("engineDefaults of 'size', big:")), qPrintable(all));
}

/// The constants of model/catalogids.h, read as text: namespace -> {constant value}.
QMap<QString, QSet<QString>> idsInCode()
{
    QFile header(QStringLiteral(SOURCE_DIR "/model/catalogids.h"));
    if (!header.open(QIODevice::ReadOnly))
        return {};
    QMap<QString, QSet<QString>> ids;
    QString current;
    static const QRegularExpression space(QStringLiteral("^namespace (\\w+) \\{"));
    static const QRegularExpression constant(QStringLiteral("^inline const QString \\w+ = QStringLiteral\\(\"([^\"]+)\"\\);"));
    for (const QString &line : QString::fromUtf8(header.readAll()).split(QLatin1Char('\n'))) {
        if (const auto m = space.match(line); m.hasMatch())
            current = m.captured(1);
        else if (const auto c = constant.match(line); c.hasMatch())
            ids[current].insert(c.captured(1));
    }
    return ids;
}

void TestCatalog::idsInCodeMatchTheCatalog()
{
    // Every constant names something the YAML has, and everything the YAML has has a constant.
    QSet<QString> kinds, keys, roles;
    for (const KindSpec *k : Catalog::builtin().kinds()) {
        kinds.insert(k->id);
        for (const QString &r : k->roles)
            if (!k->container)
                roles.insert(r);
        for (const PropertySpec &p : k->properties)
            keys.insert(p.key);
    }
    const auto ids = idsInCode();
    QCOMPARE(ids.value(QStringLiteral("kinds")), kinds);
    QCOMPARE(ids.value(QStringLiteral("keys")), keys);
    QCOMPARE(ids.value(QStringLiteral("roles")), roles);
}

void TestCatalog::runtimeOfEveryKind()
{
    const Catalog &catalog = Catalog::builtin();
    auto runtime = [&](const QString &kind, const QVariantMap &properties = {}) {
        Component c;
        c.id = QStringLiteral("c");
        c.kind = kind;
        c.properties = properties;
        return runtimeOf(catalog, c);
    };
    // With the catalog's defaults.
    const std::map<QString, Runtime> expected = {
        {kinds::microservice, Runtime::Kubernetes},     {kinds::monolith, Runtime::VirtualMachines},
        {kinds::batchJob, Runtime::Kubernetes},         {kinds::virtualMachine, Runtime::VirtualMachines},
        {kinds::serverlessFunction, Runtime::Serverless}, {kinds::relationalDatabase, Runtime::Managed},
        {kinds::cache, Runtime::Managed},               {kinds::objectStorage, Runtime::Managed},
        {kinds::metrics, Runtime::Managed},             {kinds::loadBalancer, Runtime::Managed},
        {kinds::keyManagement, Runtime::Managed},       {kinds::apm, Runtime::Outside},
        {kinds::alerting, Runtime::Outside},            {kinds::paymentGateway, Runtime::Outside},
        {kinds::users, Runtime::Outside},               {kinds::partnerApi, Runtime::Outside},
    };
    for (const auto &[kind, want] : expected)
        QVERIFY2(runtime(kind) == want, qPrintable(kind));
    QVERIFY(runtime(kinds::microservice, {{keys::platform, QStringLiteral("container-service")}}) == Runtime::ContainerService);
    QVERIFY(runtime(kinds::microservice, {{keys::platform, QStringLiteral("vm")}}) == Runtime::VirtualMachines);
    QVERIFY(runtime(kinds::monolith, {{keys::platform, QStringLiteral("kubernetes")}}) == Runtime::Kubernetes);
    QVERIFY(runtime(kinds::cache, {{keys::hosting, QStringLiteral("kubernetes")}}) == Runtime::Kubernetes);
    QVERIFY(runtime(kinds::relationalDatabase, {{keys::hosting, QStringLiteral("vm")}}) == Runtime::VirtualMachines);
    QVERIFY(runtime(kinds::logging, {{keys::hosting, QStringLiteral("kubernetes")}}) == Runtime::Kubernetes);
    QVERIFY(runtime(QStringLiteral("no-such-kind")) == Runtime::Outside);
    Design d;
    QVERIFY(runtimeOf(d, catalog, QStringLiteral("missing")) == Runtime::Outside);
}

void TestCatalog::replicaCountFromProperties()
{
    const PropertyAccess props(Catalog::builtin());
    auto count = [&](const QString &kind, const QVariantMap &properties) {
        Component c;
        c.kind = kind;
        c.properties = properties;
        return replicaCountOf(props, c);
    };
    ReplicaCount r = count(kinds::microservice, {{keys::replicas, qint64(5)}});
    QVERIFY(!r.autoscaling);
    QCOMPARE(r.desired(), 5);
    QCOMPARE(r.running(), 5);
    QCOMPARE(r.minReplicas, 5);
    // Autoscaling bounds: the start is clamped to them; the failure model counts what is drawn.
    r = count(kinds::microservice, {{keys::replicas, qint64(5)}, {keys::autoscaling, true}, {keys::minReplicas, qint64(2)},
                                    {keys::maxReplicas, qint64(3)}});
    QVERIFY(r.autoscaling);
    QCOMPARE(r.desired(), 3);
    QCOMPARE(r.running(), 5);
    // Bounds the autoscaler would refuse: the minimum is at least 1, the maximum at least the minimum.
    r = count(kinds::microservice, {{keys::autoscaling, true}, {keys::minReplicas, qint64(0)}, {keys::maxReplicas, qint64(0)}});
    QCOMPARE(r.minReplicas, 1);
    QCOMPARE(r.maxReplicas, 1);
    r = count(kinds::microservice, {{keys::replicas, qint64(1)}, {keys::autoscaling, true}, {keys::minReplicas, qint64(4)}});
    QCOMPARE(r.maxReplicas, 10); // the catalog default
    QCOMPARE(r.desired(), 4);
    QCOMPARE(r.running(), 4);
    // No replicas property, no autoscaling: one instance, whatever is stored.
    r = count(kinds::objectStorage, {{keys::replicas, qint64(3)}});
    QCOMPARE(r.replicas, 1);
    QVERIFY(!count(kinds::virtualMachine, {{keys::autoscaling, false}}).autoscaling);
}

/// A MySQL database does not default to PostgreSQL's version: every reader (exporters through PropertyAccess,
/// the studio through Catalog::value) gets the engine's own default, and a stored value still wins.
void TestCatalog::defaultsFollowTheEngine()
{
    const Catalog &catalog = Catalog::builtin();
    const PropertyAccess props(catalog);
    const KindSpec *db = catalog.kind(kinds::relationalDatabase);
    QVERIFY(db);
    Component c;
    c.kind = kinds::relationalDatabase;
    QCOMPARE(props.stringValue(c, keys::engineVersion), QStringLiteral("16"));
    c.properties.insert(keys::engine, QStringLiteral("mysql"));
    QCOMPARE(props.stringValue(c, keys::engineVersion), QStringLiteral("8.4"));
    QCOMPARE(catalog.value(*db, c.properties, keys::engineVersion).toString(), QStringLiteral("8.4"));
    c.properties.insert(keys::engineVersion, QStringLiteral("8.0"));
    QCOMPARE(props.stringValue(c, keys::engineVersion), QStringLiteral("8.0"));
    // Every engine default fits the property's schema, as the plain defaults do.
    for (const KindSpec *k : catalog.kinds())
        for (const PropertySpec &p : k->properties)
            for (auto it = p.engineDefaults.cbegin(); it != p.engineDefaults.cend(); ++it) {
                QVERIFY2(k->property(QStringLiteral("engine")), qPrintable(k->id + QLatin1Char('.') + p.key));
                const PropertySpec *engine = k->property(QStringLiteral("engine"));
                QVERIFY2(engine->type != PropertyType::Enum || engine->values.contains(it.key()), qPrintable(it.key()));
            }
}

void TestCatalog::exportDataIsComplete()
{
    // The exporters' data beside the kinds: every size table names every instanceSize, every
    // entry the mappers read is there, every data store image has what the plan needs.
    const Catalog &catalog = Catalog::builtin();
    const QStringList sizes = catalog.kind(kinds::cache)->property(keys::instanceSize)->values;
    QCOMPARE(sizes.size(), 5);
    const std::map<QString, QStringList> required = {
        {QStringLiteral("aws"), {QStringLiteral("sizes/instance"), QStringLiteral("sizes/database"), QStringLiteral("sizes/cache"),
                                 QStringLiteral("sizes/search"), QStringLiteral("instanceTypes/documentDatabase"),
                                 QStringLiteral("instanceTypes/broker"), QStringLiteral("instanceTypes/kafka"),
                                 QStringLiteral("instanceTypes/warehouse"), QStringLiteral("versions/rabbitmq"),
                                 QStringLiteral("versions/activemq"), QStringLiteral("versions/kafka"), QStringLiteral("versions/opensearch"),
                                 QStringLiteral("versions/documentDatabaseFamily"), QStringLiteral("versions/warehouseFamily"),
                                 QStringLiteral("images/linux"), QStringLiteral("images/windows")}},
        {QStringLiteral("gcp"), {QStringLiteral("sizes/machine"), QStringLiteral("sizes/sql"), QStringLiteral("sizes/redisGb"),
                                 QStringLiteral("versions/memcached"), QStringLiteral("images/linux"), QStringLiteral("images/windows")}},
        {QStringLiteral("azure"), {QStringLiteral("sizes/vm"), QStringLiteral("sizes/database"), QStringLiteral("sizes/redisCapacity"),
                                   QStringLiteral("postgresStorageMb"), QStringLiteral("versions/redis"),
                                   QStringLiteral("images/linux/publisher"), QStringLiteral("images/linux/offer"),
                                   QStringLiteral("images/linux/sku"), QStringLiteral("images/windows/publisher"),
                                   QStringLiteral("images/windows/offer"), QStringLiteral("images/windows/sku")}},
    };
    for (const auto &[provider, paths] : required) {
        const QVariantMap data = catalog.exportData(provider);
        QVERIFY2(!data.isEmpty(), qPrintable(provider));
        for (const QString &path : paths) {
            QVariant at = data;
            for (const QString &key : path.split(QLatin1Char('/')))
                at = at.toMap().value(key);
            QVERIFY2(!at.toString().isEmpty() || !at.toList().isEmpty() || !at.toMap().isEmpty(),
                     qPrintable(provider + QLatin1Char(':') + path));
        }
        const QVariantMap tables = data.value(QStringLiteral("sizes")).toMap();
        for (auto it = tables.cbegin(); it != tables.cend(); ++it)
            for (const QString &size : sizes)
                QVERIFY2(!it.value().toMap().value(size).toString().isEmpty(), qPrintable(provider + QLatin1Char(':') + it.key() + QLatin1Char('/') + size));
    }
    qint64 previous = 0;
    for (const QVariant &mb : catalog.exportData(QStringLiteral("azure")).value(QStringLiteral("postgresStorageMb")).toList()) {
        QVERIFY(mb.toLongLong() > previous); // smallest first, all numbers
        previous = mb.toLongLong();
    }
    // Every category's resources have a file.
    const QVariantMap files = catalog.exportData(QStringLiteral("terraform")).value(QStringLiteral("files")).toMap();
    for (const CategorySpec &category : catalog.categories())
        if (category.id != QLatin1String("zones"))
            QVERIFY2(files.value(category.id).toString().endsWith(QLatin1String(".tf")), qPrintable(category.id));
    // The Kubernetes plan's data store images: pinned tags, ports, users and probes.
    const QVariantMap k8s = catalog.exportData(QStringLiteral("kubernetes"));
    const QVariantList engines = k8s.value(QStringLiteral("engines")).toList();
    QCOMPARE(engines.size(), 11);
    for (const QVariant &item : engines) {
        const QVariantMap e = item.toMap();
        const QString name = e.value(QStringLiteral("engine")).toString();
        QVERIFY2(catalog.kind(e.value(QStringLiteral("kind")).toString()), qPrintable(name));
        const QString image = e.value(QStringLiteral("image")).toString();
        QVERIFY2(image.contains(QLatin1Char(':')) && !image.endsWith(QLatin1String(":latest")), qPrintable(name));
        QVERIFY2(!image.contains(QLatin1String("%1")) || !e.value(QStringLiteral("defaultVersion")).toString().isEmpty(), qPrintable(name));
        QVERIFY2(e.value(QStringLiteral("port")).toInt() > 0 && e.value(QStringLiteral("user")).toInt() > 0, qPrintable(name));
        for (const char *probe : {"liveness", "readiness"}) {
            const QVariant p = e.value(QLatin1String(probe));
            QVERIFY2(p.toString() == QLatin1String("tcp") || p.toMap().contains(QStringLiteral("http"))
                         || !p.toMap().value(QStringLiteral("exec")).toStringList().isEmpty(),
                     qPrintable(name + QLatin1Char(' ') + QLatin1String(probe)));
        }
    }
    for (const QString &size : sizes) {
        const QVariantMap cpu = k8s.value(QStringLiteral("sizes")).toMap().value(size).toMap();
        QVERIFY2(cpu.value(QStringLiteral("cpuRequest")).toInt() > 0
                     && cpu.value(QStringLiteral("cpuLimit")).toInt() >= cpu.value(QStringLiteral("cpuRequest")).toInt(),
                 qPrintable(size));
    }
}

QTEST_MAIN(TestCatalog)
#include "tst_catalog.moc"
