// SPDX-License-Identifier: MIT
#include "kubernetesimporter.h"

#include "catalog.h"
#include "catalogids.h"
#include "importdraft.h"
#include "importinput.h"
#include "kindguess.h"
#include "quantities.h"

#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <map>

namespace sd {

namespace {

const QString kComponentAnnotation = QStringLiteral("stackdraft.io/component");

/// One Kubernetes object of the input.
struct Object {
    QString file;
    const SourceNode *node = nullptr;
    QString kind;
    QString name;
    QString ns;

    SourceRef ref() const { return refOf(file, *node); }
    SourceRef ref(const SourceNode &at) const { return refOf(file, at); }
    QString subject() const { return QStringLiteral("%1 %2/%3").arg(kind, ns, name); }
    const SourceNode *metadata() const { return node->find("metadata"); }
    const SourceNode *spec() const { return node->find("spec"); }
};

const SourceNode *path(const SourceNode *node, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        if (!node || !node->isMap())
            return nullptr;
        node = node->find(key);
    }
    return node;
}

QString text(const SourceNode *node, std::initializer_list<const char *> keys) { return scalarText(path(node, keys)); }

using Labels = QHash<QString, QString>;

Labels labelsOf(const SourceNode *map)
{
    Labels labels;
    if (map && map->isMap())
        for (const SourceEntry &e : map->entries)
            labels.insert(QString::fromStdString(e.first), QString::fromStdString(e.second.text));
    return labels;
}

/// matchLabels (and matchExpressions with In / Exists) of a selector against pod labels.
bool selects(const SourceNode *selector, const Labels &pod, bool plainMap)
{
    if (!selector || !selector->isMap())
        return false;
    const Labels wanted = labelsOf(plainMap ? selector : selector->find("matchLabels"));
    bool any = !wanted.isEmpty();
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it)
        if (pod.value(it.key()) != it.value() || !pod.contains(it.key()))
            return false;
    if (const SourceNode *expressions = plainMap ? nullptr : selector->find("matchExpressions"))
        for (const SourceNode &e : expressions->items) {
            any = true;
            const QString key = scalarText(e.find("key"));
            const QString op = scalarText(e.find("operator"));
            QStringList values;
            if (const SourceNode *v = e.find("values"))
                for (const SourceNode &item : v->items)
                    values.append(QString::fromStdString(item.text));
            if ((op == QLatin1String("In") && !values.contains(pod.value(key))) || (op == QLatin1String("NotIn") && values.contains(pod.value(key)))
                || (op == QLatin1String("Exists") && !pod.contains(key)) || (op == QLatin1String("DoesNotExist") && pod.contains(key)))
                return false;
        }
    return any;
}

bool isWorkloadKind(const QString &kind)
{
    static const QStringList kinds = {QStringLiteral("Deployment"), QStringLiteral("StatefulSet"), QStringLiteral("DaemonSet"),
                                      QStringLiteral("ReplicaSet"), QStringLiteral("Job"), QStringLiteral("CronJob"),
                                      QStringLiteral("Pod"), QStringLiteral("DeploymentConfig")};
    return kinds.contains(kind);
}

/// Reads the objects and turns them into a draft.
class ManifestReader
{
public:
    ManifestReader(ImportDraft &draft, const Catalog &catalog) : m_draft(draft), m_catalog(catalog), m_guesser(catalog) {}

    /// Collects every object, expanding `kind: List`; a document that is not an object is an error.
    bool collect(const std::vector<InputFile> &files, Diagnostics &errors)
    {
        for (const InputFile &file : files)
            for (const SourceNode &document : file.documents)
                if (!collectOne(file.path, document, errors, 0))
                    return false;
        return true;
    }

    void read()
    {
        indexConfigMaps();
        for (const Object &o : m_objects)
            if (isWorkloadKind(o.kind))
                readWorkload(o);
        for (const Object &o : m_objects)
            if (o.kind == QLatin1String("Service"))
                readService(o);
        for (const Object &o : m_objects) {
            if (o.kind == QLatin1String("Ingress"))
                readIngress(o);
            else if (o.kind == QLatin1String("Gateway"))
                readGateway(o);
        }
        for (const Object &o : m_objects) {
            if (o.kind.endsWith(QLatin1String("Route")))
                readRoute(o);
            else if (o.kind == QLatin1String("HorizontalPodAutoscaler"))
                readAutoscaler(o);
            else if (o.kind == QLatin1String("PodDisruptionBudget"))
                readDisruptionBudget(o);
            else if (o.kind == QLatin1String("NetworkPolicy"))
                readNetworkPolicy(o);
        }
        reportOthers();
    }

private:
    struct Workload {
        int component = -1;
        const Object *object = nullptr;
        Labels podLabels;
    };

    bool collectOne(const QString &file, const SourceNode &document, Diagnostics &errors, int depth)
    {
        if (document.isNull())
            return true; // "---" with nothing after it
        const QString kind = scalarText(document.isMap() ? document.find("kind") : nullptr);
        const QString apiVersion = scalarText(document.isMap() ? document.find("apiVersion") : nullptr);
        if (!document.isMap() || kind.isEmpty() || apiVersion.isEmpty()) {
            errors.push_back(inputError(file, document, document.isMap() && document.find("services")
                                                            ? ImportText::tr("not a Kubernetes object: this looks like a compose file (use import compose)")
                                                            : ImportText::tr("not a Kubernetes object: a manifest needs apiVersion and kind")));
            return false;
        }
        if (kind == QLatin1String("List") || kind.endsWith(QLatin1String("List"))) {
            if (const SourceNode *items = document.find("items"); items && depth < 4)
                for (const SourceNode &item : items->items)
                    if (!collectOne(file, item, errors, depth + 1))
                        return false;
            return true;
        }
        Object o;
        o.file = file;
        o.node = &document;
        o.kind = kind;
        o.name = text(&document, {"metadata", "name"});
        o.ns = text(&document, {"metadata", "namespace"});
        if (o.ns.isEmpty())
            o.ns = QStringLiteral("default");
        if (kind == QLatin1String("Kustomization") || kind == QLatin1String("Component")) {
            // A kustomize file is not an object of the cluster: its patches are not applied here.
            m_draft.report.dropped(refOf(file, document), kind, ImportText::tr("a kustomize file: the manifests beside it are read as they are; "
                                                                               "for its patches and generators import the output of kubectl kustomize"));
            return true;
        }
        if (o.name.isEmpty()) {
            errors.push_back(inputError(file, document, ImportText::tr("%1 without metadata.name").arg(kind)));
            return false;
        }
        m_objects.push_back(std::move(o));
        return true;
    }

    void indexConfigMaps()
    {
        for (const Object &o : m_objects)
            if (o.kind == QLatin1String("ConfigMap"))
                m_configMaps.insert(o.ns + QLatin1Char('/') + o.name, &o);
    }

    const SourceNode *podTemplate(const Object &o) const
    {
        if (o.kind == QLatin1String("Pod"))
            return o.node;
        if (o.kind == QLatin1String("CronJob"))
            return path(o.spec(), {"jobTemplate", "spec", "template"});
        return path(o.spec(), {"template"});
    }

    /// A new component for an object; the id our own exports annotate it with is tried first.
    int addComponent(const Object &o, const QString &name)
    {
        m_draft.components.emplace_back();
        DraftComponent &c = m_draft.components.back();
        c.name = name;
        c.subject = o.subject();
        c.source = o.ref();
        c.preferredId = scalarText(path(o.node, {"metadata", "annotations"}) ? path(o.node, {"metadata", "annotations"})->find(kComponentAnnotation.toStdString())
                                                                             : nullptr);
        return int(m_draft.components.size()) - 1;
    }

    void readWorkload(const Object &o)
    {
        const SourceNode *pod = podTemplate(o);
        const SourceNode *podSpec = pod ? pod->find("spec") : nullptr;
        const SourceNode *containers = podSpec ? podSpec->find("containers") : nullptr;
        if (!containers || !containers->isSequence() || containers->items.empty()) {
            m_draft.report.dropped(o.ref(), o.subject(), ImportText::tr("has no containers: nothing runs, so no component"));
            return;
        }
        const int index = addComponent(o, o.name);
        DraftComponent &c = m_draft.components.back();
        Workload w{index, &o, labelsOf(path(pod, {"metadata", "labels"}))};

        const SourceNode &main = containers->items.front();
        const QString image = scalarText(main.find("image"));
        QStringList variables;
        if (const SourceNode *env = main.find("env"))
            for (const SourceNode &e : env->items)
                variables.append(scalarText(e.find("name")));
        std::vector<int> ports;
        if (const SourceNode *list = main.find("ports"))
            for (const SourceNode &p : list->items)
                if (const auto port = scalarToInt(p.find("containerPort") ? *p.find("containerPort") : SourceNode{}))
                    ports.push_back(int(*port));

        // The kind: a Job is a batch job; the standard label may name a catalog kind (our own
        // exports write it); else the image, variables and ports decide.
        const QString componentLabel = text(o.node, {"metadata", "labels", "app.kubernetes.io/component"});
        const KindSpec *labelled = m_catalog.kind(componentLabel);
        if (o.kind == QLatin1String("Job") || o.kind == QLatin1String("CronJob")) {
            c.kind = kinds::batchJob;
            m_draft.report.mapped(c.source, c.subject, ImportText::tr("kind %1").arg(c.kind));
        } else if (labelled && !labelled->container) {
            c.kind = labelled->id;
            m_draft.report.mapped(c.source, c.subject, ImportText::tr("kind %1, as its label app.kubernetes.io/component says").arg(c.kind));
        } else {
            const KindGuess guess = m_guesser.guess(image, variables, ports);
            c.kind = guess.kind;
            for (auto it = guess.properties.cbegin(); it != guess.properties.cend(); ++it)
                c.set(it.key(), it.value(), c.source);
            m_draft.report.guessed(c.source, c.subject, guess.evidence.isEmpty() ? ImportText::tr("kind %1: the image %2 matches no known engine").arg(c.kind, image)
                                                                                 : ImportText::tr("kind %1, from its %2").arg(c.kind, guess.evidence));
        }
        const KindSpec *kind = m_catalog.kind(c.kind);
        if (kind && kind->property(keys::hosting))
            c.set(keys::hosting, QStringLiteral("kubernetes"), c.source);
        if (!image.isEmpty())
            c.set(keys::image, image, o.ref(*main.find("image")));
        if (!ports.empty())
            c.set(keys::port, ports.front(), o.ref(*main.find("ports")));
        if (o.kind == QLatin1String("CronJob"))
            if (const SourceNode *schedule = o.spec()->find("schedule"))
                c.set(keys::schedule, QString::fromStdString(schedule->text), o.ref(*schedule));
        readReplicas(o, c);
        readResources(o, c, main);
        readProbes(o, c, main);
        for (size_t i = 1; i < containers->items.size(); ++i)
            m_draft.report.dropped(o.ref(containers->items[i]), c.subject,
                                   ImportText::tr("sidecar container %1: runs beside the main container, not a component of its own")
                                       .arg(scalarText(containers->items[i].find("name"))));
        for (const SourceNode &container : containers->items)
            readEnvironment(o, index, container);
        for (auto it = w.podLabels.cbegin(); it != w.podLabels.cend(); ++it)
            m_byLabel[labelKey(o.ns, it.key(), it.value())].push_back(m_workloads.size());
        m_workloads.push_back(std::move(w));
    }

    void readReplicas(const Object &o, DraftComponent &c)
    {
        if (o.kind == QLatin1String("DaemonSet")) {
            m_draft.report.guessed(o.ref(), c.subject, ImportText::tr("a DaemonSet runs one pod per node: its replica count depends on the cluster"));
            return;
        }
        if (o.kind == QLatin1String("Job") || o.kind == QLatin1String("CronJob") || o.kind == QLatin1String("Pod"))
            return;
        if (const SourceNode *replicas = o.spec()->find("replicas")) {
            if (const auto n = scalarToInt(*replicas))
                c.set(keys::replicas, *n, o.ref(*replicas));
            else
                m_draft.report.dropped(o.ref(*replicas), c.subject, ImportText::tr("replicas '%1' is not a whole number").arg(QString::fromStdString(replicas->text)));
        } else {
            m_pendingDefaultReplicas.insert(c.name + QLatin1Char('/') + o.ns);
        }
        if (o.kind == QLatin1String("StatefulSet")) {
            if (const SourceNode *claims = o.spec()->find("volumeClaimTemplates"); claims && !claims->items.empty()) {
                const QString storage = text(&claims->items.front(), {"spec", "resources", "requests", "storage"});
                if (const auto mib = parseMebibytes(storage, MemoryUnits::Kubernetes))
                    c.set(keys::storageGb, std::max<qint64>(1, (*mib + 1023) / 1024), o.ref(claims->items.front()));
                c.set(keys::stateful, true, o.ref(*claims));
            }
        }
    }

    void readResources(const Object &o, DraftComponent &c, const SourceNode &container)
    {
        const SourceNode *resources = container.find("resources");
        auto cpu = [&](const SourceNode *n, const QString &key) {
            if (!n)
                return;
            if (const auto m = parseMillicores(QString::fromStdString(n->text)))
                c.set(key, *m, o.ref(*n));
            else
                m_draft.report.dropped(o.ref(*n), c.subject, ImportText::tr("cpu '%1' is not a CPU quantity").arg(QString::fromStdString(n->text)));
        };
        auto memory = [&](const SourceNode *n, const QString &key) {
            if (!n)
                return;
            if (const auto m = parseMebibytes(QString::fromStdString(n->text), MemoryUnits::Kubernetes))
                c.set(key, *m, o.ref(*n));
            else
                m_draft.report.dropped(o.ref(*n), c.subject, ImportText::tr("memory '%1' is not a memory quantity").arg(QString::fromStdString(n->text)));
        };
        cpu(path(resources, {"requests", "cpu"}), keys::cpuRequest);
        cpu(path(resources, {"limits", "cpu"}), keys::cpuLimit);
        memory(path(resources, {"requests", "memory"}), keys::memoryRequest);
        memory(path(resources, {"limits", "memory"}), keys::memoryLimit);
    }

    void readProbes(const Object &o, DraftComponent &c, const SourceNode &container)
    {
        for (const auto &[probe, key] : {std::pair{"livenessProbe", keys::healthPath}, std::pair{"readinessProbe", keys::readinessPath}}) {
            const SourceNode *node = container.find(probe);
            if (!node)
                continue;
            if (const SourceNode *p = path(node, {"httpGet", "path"}))
                c.set(key, QString::fromStdString(p->text), o.ref(*p));
            else
                m_draft.report.dropped(o.ref(*node), c.subject, ImportText::tr("%1 is not an HTTP check: only an HTTP path has a place in a design").arg(QLatin1String(probe)));
        }
    }

    void readEnvironment(const Object &o, int index, const SourceNode &container)
    {
        if (const SourceNode *env = container.find("env"))
            for (const SourceNode &e : env->items) {
                const QString variable = scalarText(e.find("name"));
                if (const SourceNode *value = e.find("value")) {
                    addValueReferences(m_draft, index, variable, QString::fromStdString(value->text), o.ref(*value),
                                       ImportText::tr("variable %1").arg(variable), o.ns);
                } else if (const SourceNode *ref = path(&e, {"valueFrom", "configMapKeyRef"})) {
                    const QString key = scalarText(ref->find("key"));
                    if (const SourceNode *v = configValue(o.ns, scalarText(ref->find("name")), key))
                        addValueReferences(m_draft, index, variable, QString::fromStdString(v->text), o.ref(*ref),
                                           ImportText::tr("variable %1 (ConfigMap %2)").arg(variable, scalarText(ref->find("name"))), o.ns);
                }
            }
        if (const SourceNode *envFrom = container.find("envFrom"))
            for (const SourceNode &from : envFrom->items) {
                const QString name = text(&from, {"configMapRef", "name"});
                const auto found = m_configMaps.constFind(o.ns + QLatin1Char('/') + name);
                if (name.isEmpty())
                    continue;
                if (found == m_configMaps.cend()) {
                    m_draft.report.dropped(o.ref(from), m_draft.components[size_t(index)].subject,
                                           ImportText::tr("envFrom ConfigMap %1, which the manifests do not hold: the connections its values name are missing").arg(name));
                    continue;
                }
                if (const SourceNode *data = (*found)->node->find("data"))
                    for (const SourceEntry &entry : data->entries) {
                        const QString variable = QString::fromStdString(entry.first);
                        addValueReferences(m_draft, index, variable, QString::fromStdString(entry.second.text), (*found)->ref(entry.second),
                                           ImportText::tr("variable %1 (ConfigMap %2)").arg(variable, name), o.ns);
                    }
            }
    }

    const SourceNode *configValue(const QString &ns, const QString &name, const QString &key) const
    {
        const auto found = m_configMaps.constFind(ns + QLatin1Char('/') + name);
        if (found == m_configMaps.cend())
            return nullptr;
        return path((*found)->node, {"data", key.toUtf8().constData()});
    }

    /// Names a Service is reached by: name, name.ns, name.ns.svc, name.ns.svc.cluster.local.
    static QStringList serviceHosts(const QString &name, const QString &ns)
    {
        return {name, name + QLatin1Char('.') + ns, name + QLatin1Char('.') + ns + QStringLiteral(".svc"),
                name + QLatin1Char('.') + ns + QStringLiteral(".svc.cluster.local")};
    }

    std::vector<int> workloadsSelected(const QString &ns, const SourceNode *selector, bool plainMap) const
    {
        std::vector<int> found;
        // Only workloads that carry one of the selector's labels can match: look those up rather than
        // test every workload (a Service per workload would make that quadratic).
        const SourceNode *labels = plainMap ? selector : (selector && selector->isMap() ? selector->find("matchLabels") : nullptr);
        if (labels && labels->isMap() && !labels->entries.empty()) {
            const SourceEntry &first = labels->entries.front();
            const auto candidates = m_byLabel.constFind(labelKey(ns, QString::fromStdString(first.first), QString::fromStdString(first.second.text)));
            if (candidates == m_byLabel.cend())
                return found;
            for (size_t w : *candidates)
                if (selects(selector, m_workloads[w].podLabels, plainMap))
                    found.push_back(m_workloads[w].component);
            return found;
        }
        for (const Workload &w : m_workloads)
            if (w.object->ns == ns && selects(selector, w.podLabels, plainMap))
                found.push_back(w.component);
        return found;
    }

    static QString labelKey(const QString &ns, const QString &key, const QString &value)
    {
        return ns + QLatin1Char('\n') + key + QLatin1Char('=') + value;
    }

    void readService(const Object &o)
    {
        const SourceNode *spec = o.spec();
        const QString type = text(spec, {"type"});
        std::vector<int> targets = workloadsSelected(o.ns, spec ? spec->find("selector") : nullptr, true);
        std::vector<int> ports;
        QHash<int, QString> protocols; // port name grpc / http, or appProtocol (kubernetes.io/h2c is gRPC's)
        if (const SourceNode *list = spec ? spec->find("ports") : nullptr)
            for (const SourceNode &p : list->items)
                if (const auto port = scalarToInt(p.find("port") ? *p.find("port") : SourceNode{})) {
                    ports.push_back(int(*port));
                    const QString named = (text(&p, {"appProtocol"}).isEmpty() ? text(&p, {"name"}) : text(&p, {"appProtocol"})).toLower();
                    for (const char *protocol : {"grpc", "https", "http", "h2c"})
                        if (named == QLatin1String(protocol) || named.startsWith(QLatin1String(protocol) + QLatin1Char('-'))
                            || named.endsWith(QLatin1Char('/') + QLatin1String(protocol))) {
                            protocols.insert(int(*port), QLatin1String(protocol) == QLatin1String("h2c") ? QStringLiteral("grpc") : QLatin1String(protocol));
                            break;
                        }
                }
        int component = -1;
        if (targets.empty()) {
            // Nothing here runs behind it (no selector, ExternalName, or pods defined elsewhere): the Service stands for itself.
            component = addComponent(o, o.name);
            DraftComponent &c = m_draft.components.back();
            const QString external = text(spec, {"externalName"});
            const KindGuess guess = m_guesser.guess(external.isEmpty() ? o.name : external, {}, ports);
            c.kind = guess.kind;
            for (auto it = guess.properties.cbegin(); it != guess.properties.cend(); ++it)
                c.set(it.key(), it.value(), c.source);
            m_draft.report.guessed(c.source, c.subject, ImportText::tr("selects no workload in the manifests; imported as a %1 of its own%2")
                                                            .arg(c.kind, guess.evidence.isEmpty() ? QString() : ImportText::tr(" (from its %1)").arg(guess.evidence)));
            c.hosts = serviceHosts(o.name, o.ns);
            if (!external.isEmpty())
                c.hosts.append(external.toLower());
            targets.push_back(component);
        } else {
            if (targets.size() > 1)
                m_draft.report.guessed(o.ref(), o.subject(), ImportText::tr("selects %1 workloads; its name is taken as %2's")
                                                                 .arg(targets.size()).arg(m_draft.components[size_t(targets.front())].name));
            else
                m_draft.report.mapped(o.ref(), o.subject(), ImportText::tr("reaches %1").arg(m_draft.components[size_t(targets.front())].name));
            m_draft.components[size_t(targets.front())].hosts += serviceHosts(o.name, o.ns);
        }
        for (auto it = protocols.cbegin(); it != protocols.cend(); ++it)
            m_draft.components[size_t(targets.front())].portProtocols.insert(it.key(), it.value());
        if (type == QLatin1String("LoadBalancer")) {
            const bool internal = isInternal(o);
            const int lb = addEntry(o, ImportText::tr("%1 load balancer").arg(o.name), QStringLiteral("l4"), !internal);
            for (int t : targets)
                addDirect(lb, t, ports.empty() ? 0 : ports.front(), {}, o.ref(), ImportText::tr("Service type LoadBalancer"));
        } else if (type == QLatin1String("NodePort")) {
            for (int t : targets)
                m_draft.components[size_t(t)].set(keys::entryPoint, true, o.ref());
            m_draft.report.guessed(o.ref(), o.subject(), ImportText::tr("a NodePort Service: traffic starts at what it selects"));
        }
    }

    static bool isInternal(const Object &o)
    {
        const SourceNode *annotations = path(o.node, {"metadata", "annotations"});
        if (!annotations)
            return false;
        for (const SourceEntry &e : annotations->entries) {
            const QString key = QString::fromStdString(e.first);
            const QString value = QString::fromStdString(e.second.text).toLower();
            if ((key.contains(QLatin1String("internal")) && value == QLatin1String("true")) || value == QLatin1String("internal"))
                return true;
        }
        return false;
    }

    /// A load balancer component standing for an Ingress, Gateway or LoadBalancer Service.
    int addEntry(const Object &o, const QString &name, const QString &layer, bool isPublic)
    {
        const int index = addComponent(o, name);
        DraftComponent &c = m_draft.components.back();
        c.kind = kinds::loadBalancer;
        c.set(keys::layer, layer, o.ref());
        c.set(isPublic ? keys::isPublic : keys::entryPoint, true, o.ref());
        m_draft.report.mapped(c.source, c.subject, isPublic ? ImportText::tr("the entry point: a public load balancer")
                                                            : ImportText::tr("an internal load balancer, where traffic starts"));
        return index;
    }

    void addDirect(int from, int to, int port, const QString &protocol, const SourceRef &source, const QString &via)
    {
        DraftReference r;
        r.from = from;
        r.to = to;
        r.port = std::clamp(port, 0, 65535);
        r.protocol = protocol;
        r.source = source;
        r.via = via;
        r.declared = true;
        m_draft.references.push_back(std::move(r));
    }

    void addBackend(int from, const Object &o, const SourceNode &at, const QString &service, const QString &ns, int port, const QString &protocol)
    {
        DraftReference r;
        r.from = from;
        r.host = (service + QLatin1Char('.') + ns).toLower();
        r.port = std::clamp(port, 0, 65535);
        r.protocol = protocol;
        r.source = o.ref(at);
        r.via = ImportText::tr("%1 backend").arg(o.kind);
        r.declared = true;
        m_draft.references.push_back(std::move(r));
    }

    void readIngress(const Object &o)
    {
        const SourceNode *spec = o.spec();
        const bool tls = spec && spec->find("tls");
        const int lb = addEntry(o, o.name, QStringLiteral("l7"), true);
        m_draft.components[size_t(lb)].set(keys::tls, tls, o.ref());
        auto backend = [&](const SourceNode *b) {
            if (!b)
                return;
            // networking.k8s.io/v1: service.name/port.number; v1beta1: serviceName/servicePort.
            QString name = text(b, {"service", "name"});
            int port = text(b, {"service", "port", "number"}).toInt();
            if (name.isEmpty()) {
                name = text(b, {"serviceName"});
                port = text(b, {"servicePort"}).toInt();
            }
            if (!name.isEmpty())
                addBackend(lb, o, *b, name, o.ns, port, tls ? QStringLiteral("https") : QStringLiteral("http"));
        };
        backend(spec ? spec->find("defaultBackend") : nullptr);
        backend(spec ? spec->find("backend") : nullptr);
        if (const SourceNode *rules = spec ? spec->find("rules") : nullptr)
            for (const SourceNode &rule : rules->items)
                if (const SourceNode *paths = path(&rule, {"http", "paths"}))
                    for (const SourceNode &p : paths->items)
                        backend(p.find("backend"));
    }

    void readGateway(const Object &o)
    {
        const QString gatewayClass = text(o.spec(), {"gatewayClassName"});
        const bool internal = isInternal(o) || gatewayClass.contains(QLatin1String("internal")) || gatewayClass.contains(QLatin1String("rilb"));
        m_gateways.insert(o.ns + QLatin1Char('/') + o.name, addEntry(o, o.name, QStringLiteral("l7"), !internal));
    }

    void readRoute(const Object &o)
    {
        const SourceNode *spec = o.spec();
        std::vector<int> gateways;
        if (const SourceNode *parents = spec ? spec->find("parentRefs") : nullptr)
            for (const SourceNode &p : parents->items) {
                const QString ns = text(&p, {"namespace"}).isEmpty() ? o.ns : text(&p, {"namespace"});
                const auto found = m_gateways.constFind(ns + QLatin1Char('/') + text(&p, {"name"}));
                if (found != m_gateways.cend())
                    gateways.push_back(*found);
                else
                    m_draft.report.unresolved(o.ref(p), o.subject(), ImportText::tr("its parent Gateway %1/%2 is not in the manifests; the route is not connected").arg(ns, text(&p, {"name"})));
            }
        const QString protocol = o.kind == QLatin1String("GRPCRoute") ? QStringLiteral("grpc") : o.kind == QLatin1String("HTTPRoute") ? QStringLiteral("http") : QString();
        if (const SourceNode *rules = spec ? spec->find("rules") : nullptr)
            for (const SourceNode &rule : rules->items)
                if (const SourceNode *backends = rule.find("backendRefs"))
                    for (const SourceNode &b : backends->items) {
                        const QString ns = text(&b, {"namespace"}).isEmpty() ? o.ns : text(&b, {"namespace"});
                        for (int g : gateways)
                            addBackend(g, o, b, text(&b, {"name"}), ns, text(&b, {"port"}).toInt(), protocol);
                    }
    }

    int workloadNamed(const QString &ns, const QString &kind, const QString &name) const
    {
        for (const Workload &w : m_workloads)
            if (w.object->ns == ns && w.object->name == name && (kind.isEmpty() || w.object->kind == kind))
                return w.component;
        return -1;
    }

    void readAutoscaler(const Object &o)
    {
        const SourceNode *spec = o.spec();
        const int target = workloadNamed(o.ns, text(spec, {"scaleTargetRef", "kind"}), text(spec, {"scaleTargetRef", "name"}));
        if (target < 0) {
            m_draft.report.dropped(o.ref(), o.subject(), ImportText::tr("scales %1, which the manifests do not hold").arg(text(spec, {"scaleTargetRef", "name"})));
            return;
        }
        DraftComponent &c = m_draft.components[size_t(target)];
        c.set(keys::autoscaling, true, o.ref());
        const SourceNode *min = spec->find("minReplicas");
        const SourceNode *max = spec->find("maxReplicas");
        if (min)
            c.set(keys::minReplicas, QString::fromStdString(min->text).toLongLong(), o.ref(*min));
        if (max)
            c.set(keys::maxReplicas, QString::fromStdString(max->text).toLongLong(), o.ref(*max));
        if (min)
            c.set(keys::replicas, QString::fromStdString(min->text).toLongLong(), o.ref(*min));
        QString cpu = text(spec, {"targetCPUUtilizationPercentage"});
        if (const SourceNode *metrics = spec->find("metrics"))
            for (const SourceNode &m : metrics->items)
                if (text(&m, {"resource", "name"}) == QLatin1String("cpu"))
                    cpu = text(&m, {"resource", "target", "averageUtilization"});
        if (!cpu.isEmpty())
            c.set(keys::cpuTarget, cpu.toLongLong(), o.ref());
        m_draft.report.mapped(o.ref(), c.subject, ImportText::tr("autoscaled by %1").arg(o.name));
        m_pendingDefaultReplicas.remove(c.name + QLatin1Char('/') + o.ns);
    }

    void readDisruptionBudget(const Object &o)
    {
        const SourceNode *spec = o.spec();
        const std::vector<int> targets = workloadsSelected(o.ns, spec ? spec->find("selector") : nullptr, false);
        const QString rule = spec && spec->find("minAvailable") ? QStringLiteral("minAvailable %1").arg(text(spec, {"minAvailable"}))
                                                                : QStringLiteral("maxUnavailable %1").arg(text(spec, {"maxUnavailable"}));
        if (targets.empty())
            m_draft.report.dropped(o.ref(), o.subject(), ImportText::tr("selects no workload in the manifests"));
        for (int t : targets)
            m_draft.report.dropped(o.ref(), m_draft.components[size_t(t)].subject,
                                   ImportText::tr("PodDisruptionBudget %1 (%2): the catalog has no property for a disruption budget").arg(o.name, rule));
    }

    void readNetworkPolicy(const Object &o)
    {
        const SourceNode *spec = o.spec();
        const std::vector<int> selected = workloadsSelected(o.ns, spec ? spec->find("podSelector") : nullptr, false);
        auto peers = [&](const SourceNode &rule, const char *key) {
            std::vector<int> found;
            if (const SourceNode *list = rule.find(key))
                for (const SourceNode &peer : list->items) {
                    const SourceNode *selector = peer.find("podSelector");
                    if (!selector)
                        continue; // ipBlock or namespaceSelector alone: outside the pods imported
                    const std::vector<int> hits = workloadsSelected(o.ns, selector, false);
                    const SourceNode *labels = selector->find("matchLabels");
                    const SourceNode *expressions = selector->find("matchExpressions");
                    const bool everyPod = (!labels || labels->entries.empty()) && (!expressions || expressions->items.empty());
                    if (everyPod)
                        m_draft.report.dropped(o.ref(peer), o.subject(), ImportText::tr("a rule for every pod (empty podSelector): no connection drawn"));
                    found.insert(found.end(), hits.begin(), hits.end());
                }
            return found;
        };
        auto port = [](const SourceNode &rule) {
            const SourceNode *ports = rule.find("ports");
            return ports && !ports->items.empty() ? text(&ports->items.front(), {"port"}).toInt() : 0;
        };
        if (const SourceNode *ingress = spec ? spec->find("ingress") : nullptr)
            for (const SourceNode &rule : ingress->items)
                for (int from : peers(rule, "from"))
                    for (int to : selected)
                        addPolicyEdge(from, to, port(rule), o.ref(rule));
        if (const SourceNode *egress = spec ? spec->find("egress") : nullptr)
            for (const SourceNode &rule : egress->items)
                for (int to : peers(rule, "to"))
                    for (int from : selected)
                        addPolicyEdge(from, to, port(rule), o.ref(rule));
    }

    void addPolicyEdge(int from, int to, int port, const SourceRef &source)
    {
        DraftReference r;
        r.from = from;
        r.to = to;
        r.port = std::clamp(port, 0, 65535);
        r.source = source;
        r.via = ImportText::tr("NetworkPolicy rule");
        m_draft.references.push_back(std::move(r));
    }

    /// Everything else, one line per kind: what it is and that it has no counterpart.
    void reportOthers()
    {
        static const QSet<QString> read = {QStringLiteral("Deployment"), QStringLiteral("StatefulSet"), QStringLiteral("DaemonSet"),
                                           QStringLiteral("ReplicaSet"), QStringLiteral("Job"), QStringLiteral("CronJob"), QStringLiteral("Pod"),
                                           QStringLiteral("DeploymentConfig"), QStringLiteral("Service"), QStringLiteral("Ingress"),
                                           QStringLiteral("Gateway"), QStringLiteral("HTTPRoute"), QStringLiteral("GRPCRoute"),
                                           QStringLiteral("TCPRoute"), QStringLiteral("TLSRoute"), QStringLiteral("UDPRoute"),
                                           QStringLiteral("HorizontalPodAutoscaler"), QStringLiteral("PodDisruptionBudget"),
                                           QStringLiteral("NetworkPolicy"), QStringLiteral("ConfigMap")};
        std::map<QString, std::vector<const Object *>> others;
        for (const Object &o : m_objects)
            if (!read.contains(o.kind))
                others[o.kind].push_back(&o);
        for (const auto &[kind, objects] : others) {
            QStringList names;
            for (const Object *o : objects)
                if (names.size() < 5)
                    names.append(o->ns + QLatin1Char('/') + o->name);
            if (objects.size() > 5)
                names.append(ImportText::tr("and %1 more").arg(objects.size() - 5));
            m_draft.report.dropped(objects.front()->ref(), kind,
                                   ImportText::tr("%1 object(s) with no counterpart in a design: %2").arg(objects.size()).arg(names.join(QStringLiteral(", "))));
        }
    }

public:
    void finish()
    {
        // No replicas field and no autoscaler: Kubernetes runs one.
        for (const Workload &w : m_workloads)
            if (m_pendingDefaultReplicas.contains(w.object->name + QLatin1Char('/') + w.object->ns))
                m_draft.components[size_t(w.component)].set(keys::replicas, 1, w.object->ref());
    }

private:
    ImportDraft &m_draft;
    const Catalog &m_catalog;
    KindGuesser m_guesser;
    std::vector<Object> m_objects;
    std::vector<Workload> m_workloads;
    QHash<QString, std::vector<size_t>> m_byLabel; ///< "namespace\nkey=value" -> workloads with that pod label
    QHash<QString, const Object *> m_configMaps;
    QHash<QString, int> m_gateways;
    QSet<QString> m_pendingDefaultReplicas;
};

} // namespace

QString KubernetesImporter::displayName() const { return ImportText::tr("Kubernetes manifests"); }

QString KubernetesImporter::fileFilter() const { return ImportText::tr("Kubernetes manifests (*.yaml *.yml *.json)"); }

ImportResult KubernetesImporter::import(const QStringList &paths, const Catalog &catalog) const
{
    ImportResult failed;
    InputSet input = readInputs(paths, {QStringLiteral(".yaml"), QStringLiteral(".yml"), QStringLiteral(".json")});
    if (!input.ok()) {
        failed.errors = std::move(input.errors);
        return failed;
    }
    ImportDraft draft;
    ManifestReader reader(draft, catalog);
    if (!reader.collect(input.files, failed.errors))
        return failed;
    reader.read();
    reader.finish();
    if (draft.components.empty()) {
        failed.errors.push_back({Diagnostic::Severity::Error, paths.value(0), 0, 0,
                                 ImportText::tr("holds no workload, Service, Ingress or Gateway: nothing to import")});
        failed.report = std::move(draft.report);
        return failed;
    }
    QString ns;
    for (const DraftComponent &c : draft.components)
        if (c.subject.contains(QLatin1Char('/'))) {
            ns = c.subject.section(QLatin1Char(' '), 1).section(QLatin1Char('/'), 0, 0);
            break;
        }
    draft.designName = ns.isEmpty() || ns == QLatin1String("default") ? QFileInfo(paths.value(0)).completeBaseName() : ns;
    draft.description = ImportText::tr("Imported from Kubernetes manifests: %1.").arg(paths.join(QStringLiteral(", ")));
    return assembleDesign(std::move(draft), catalog);
}

} // namespace sd
