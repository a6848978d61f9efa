// SPDX-License-Identifier: MIT
#include "composeimporter.h"

#include "catalog.h"
#include "catalogids.h"
#include "composeproject.h"
#include "importdraft.h"
#include "kindguess.h"
#include "quantities.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

namespace sd {

namespace {

/// A port as a service declares it: the container's port, and how the host publishes it.
struct ComposePort {
    int target = 0;
    bool published = false;
    bool loopbackOnly = false; ///< published on 127.0.0.1 / ::1 only
};

std::optional<ComposePort> parsePort(const SourceNode &node)
{
    ComposePort port;
    if (node.isMap()) {
        port.target = scalarText(node.find("target")).toInt();
        const QString published = scalarText(node.find("published"));
        const QString hostIp = scalarText(node.find("host_ip"));
        port.published = !published.isEmpty();
        port.loopbackOnly = hostIp.startsWith(QLatin1String("127.")) || hostIp == QLatin1String("::1");
        return port.target > 0 ? std::optional(port) : std::nullopt;
    }
    if (!node.isScalar())
        return std::nullopt;
    // [host_ip:][published:]target[/protocol]; ranges "8000-8010" count by their first port.
    QString text = QString::fromStdString(node.text).section(QLatin1Char('/'), 0, 0);
    QString hostIp;
    if (text.startsWith(QLatin1Char('['))) { // [::1]:8080:80
        hostIp = text.mid(1, text.indexOf(QLatin1Char(']')) - 1);
        text = text.mid(text.indexOf(QLatin1Char(']')) + 2);
    }
    QStringList parts = text.split(QLatin1Char(':'));
    if (parts.size() == 3)
        hostIp = parts.takeFirst();
    if (parts.isEmpty() || parts.size() > 2)
        return std::nullopt;
    bool ok = false;
    port.target = parts.last().section(QLatin1Char('-'), 0, 0).toInt(&ok);
    if (!ok || port.target < 1 || port.target > 65535)
        return std::nullopt;
    // "80" alone is published too, on a port the engine picks.
    port.published = true;
    port.loopbackOnly = hostIp.startsWith(QLatin1String("127.")) || hostIp == QLatin1String("::1") || hostIp == QLatin1String("localhost");
    return port;
}

/// The HTTP path of a health check that requests a URL (curl, wget), empty otherwise.
QString healthPathOf(const SourceNode &test)
{
    QString command;
    if (test.isScalar())
        command = QString::fromStdString(test.text);
    for (const SourceNode &item : test.items)
        command += QLatin1Char(' ') + QString::fromStdString(item.text);
    static const QRegularExpression url(QStringLiteral("https?://[^/\\s'\"]+(/[^\\s'\"|;&]*)"));
    const QRegularExpressionMatch m = url.match(command);
    return m.hasMatch() ? m.captured(1) : QString();
}

/// The keys this importer reads; any other key of a service is reported as not carried over.
const QSet<QString> &readKeys()
{
    static const QSet<QString> keys = {
        QStringLiteral("image"), QStringLiteral("build"), QStringLiteral("ports"), QStringLiteral("expose"),
        QStringLiteral("environment"), QStringLiteral("env_file"), QStringLiteral("depends_on"), QStringLiteral("links"),
        QStringLiteral("deploy"), QStringLiteral("scale"), QStringLiteral("healthcheck"), QStringLiteral("volumes"),
        QStringLiteral("hostname"), QStringLiteral("container_name"), QStringLiteral("profiles"), QStringLiteral("restart"),
        QStringLiteral("mem_limit"), QStringLiteral("mem_reservation"), QStringLiteral("cpus"), QStringLiteral("networks")};
    return keys;
}

/// Reads one compose service into the draft.
class ServiceReader
{
public:
    ServiceReader(ImportDraft &draft, const KindGuesser &guesser, const Catalog &catalog)
        : m_draft(draft), m_guesser(guesser), m_catalog(catalog) {}

    void read(const ComposeService &service)
    {
        m_service = &service;
        const SourceNode &node = service.node;
        const int index = int(m_draft.components.size());
        m_draft.components.emplace_back();
        DraftComponent &c = m_draft.components.back();
        c.name = service.name;
        c.subject = ImportText::tr("service %1").arg(service.name);
        c.source = ref(node);
        c.hosts.append(service.name);
        for (const char *key : {"hostname", "container_name"})
            if (const QString host = scalarText(node.find(key)); !host.isEmpty())
                c.hosts.append(host);
        if (const SourceNode *networks = node.find("networks"); networks && networks->isMap())
            for (const SourceEntry &network : networks->entries)
                if (const SourceNode *aliases = network.second.isMap() ? network.second.find("aliases") : nullptr)
                    for (const SourceNode &alias : aliases->items)
                        c.hosts.append(QString::fromStdString(alias.text));

        const QString image = scalarText(node.find("image"));
        QStringList variables;
        if (const SourceNode *env = node.find("environment"); env && env->isMap())
            for (const SourceEntry &e : env->entries)
                variables.append(QString::fromStdString(e.first));
        std::vector<ComposePort> ports = readPorts(c);
        std::vector<int> targets;
        for (const ComposePort &p : ports)
            targets.push_back(p.target);
        if (const SourceNode *expose = node.find("expose"))
            for (const SourceNode &item : expose->items)
                if (const int p = QString::fromStdString(item.text).section(QLatin1Char('/'), 0, 0).toInt(); p > 0)
                    targets.push_back(p);

        // No image: the service is built here; its name is the best hint there is.
        const QString hint = image.isEmpty() ? service.name : image;
        KindGuess guess = m_guesser.guess(hint, variables, targets);
        const QString restart = scalarText(node.find("restart"));
        if (guess.kind == kinds::microservice && (restart == QLatin1String("no") || restart == QLatin1String("on-failure"))) {
            guess.kind = kinds::batchJob;
            guess.evidence = ImportText::tr("restart: %1 (runs to completion)").arg(restart);
        }
        c.kind = guess.kind;
        QString profiles;
        if (const SourceNode *p = node.find("profiles"))
            for (const SourceNode &item : p->items)
                profiles += (profiles.isEmpty() ? QString() : QStringLiteral(", ")) + QString::fromStdString(item.text);
        const QString only = profiles.isEmpty() ? QString() : ImportText::tr(" (only with profile %1)").arg(profiles);
        if (guess.evidence.isEmpty())
            m_draft.report.guessed(c.source, c.subject, ImportText::tr("kind %1: %2 matches no known engine%3").arg(c.kind, image.isEmpty() ? ImportText::tr("no image, built from source") : image, only));
        else
            m_draft.report.guessed(c.source, c.subject, ImportText::tr("kind %1, from its %2%3").arg(c.kind, guess.evidence, only));
        for (auto it = guess.properties.cbegin(); it != guess.properties.cend(); ++it)
            c.set(it.key(), it.value(), c.source);

        const KindSpec *kind = m_catalog.kind(c.kind);
        if (!image.isEmpty())
            c.set(keys::image, image, ref(*node.find("image")));
        if (kind && kind->property(keys::hosting))
            c.set(keys::hosting, QStringLiteral("kubernetes"), c.source); // a container you run yourself
        if (!ports.empty())
            c.set(keys::port, ports.front().target, ref(*node.find("ports")));
        else if (!targets.empty())
            c.set(keys::port, targets.front(), ref(*node.find("expose")));
        for (const ComposePort &p : ports)
            if (p.published) {
                // Published on every interface: reachable from outside. On loopback only: where local traffic starts.
                c.set(p.loopbackOnly ? keys::entryPoint : keys::isPublic, true, ref(*node.find("ports")));
                break;
            }
        readReplicasAndResources(c);
        readHealthcheck(c);
        readVolumes(c, kind);
        readReferences(index);
        reportUnread(c);
    }

private:
    SourceRef ref(const SourceNode &node) const { return refOf(m_service->file, node); }

    std::vector<ComposePort> readPorts(DraftComponent &c)
    {
        std::vector<ComposePort> ports;
        const SourceNode *list = m_service->node.find("ports");
        if (!list || list->isNull())
            return ports;
        if (!list->isSequence()) {
            m_draft.report.dropped(ref(*list), c.subject, ImportText::tr("ports must be a list, not %1").arg(list->typeName()));
            return ports;
        }
        for (const SourceNode &item : list->items) {
            if (auto p = parsePort(item))
                ports.push_back(*p);
            else
                m_draft.report.dropped(ref(item), c.subject, ImportText::tr("port '%1' is not a port mapping").arg(QString::fromStdString(item.text)));
        }
        return ports;
    }

    void readReplicasAndResources(DraftComponent &c)
    {
        const SourceNode &node = m_service->node;
        const SourceNode *deploy = node.find("deploy");
        if (const SourceNode *replicas = deploy ? deploy->find("replicas") : nullptr)
            setInt(c, keys::replicas, *replicas);
        else if (const SourceNode *scale = node.find("scale"))
            setInt(c, keys::replicas, *scale);
        const SourceNode *resources = deploy ? deploy->find("resources") : nullptr;
        auto cpu = [&](const SourceNode *n, const QString &key) {
            if (!n)
                return;
            if (const auto m = parseMillicores(QString::fromStdString(n->text)))
                c.set(key, *m, ref(*n));
            else
                m_draft.report.dropped(ref(*n), c.subject, ImportText::tr("cpus '%1' is not a number of CPUs").arg(QString::fromStdString(n->text)));
        };
        auto memory = [&](const SourceNode *n, const QString &key) {
            if (!n)
                return;
            if (const auto m = parseMebibytes(QString::fromStdString(n->text), MemoryUnits::Compose))
                c.set(key, *m, ref(*n));
            else
                m_draft.report.dropped(ref(*n), c.subject, ImportText::tr("memory '%1' is not an amount of memory").arg(QString::fromStdString(n->text)));
        };
        const SourceNode *limits = resources ? resources->find("limits") : nullptr;
        const SourceNode *reservations = resources ? resources->find("reservations") : nullptr;
        cpu(limits ? limits->find("cpus") : node.find("cpus"), keys::cpuLimit);
        memory(limits ? limits->find("memory") : node.find("mem_limit"), keys::memoryLimit);
        cpu(reservations ? reservations->find("cpus") : nullptr, keys::cpuRequest);
        memory(reservations ? reservations->find("memory") : node.find("mem_reservation"), keys::memoryRequest);
        if (deploy && deploy->isMap())
            for (const SourceEntry &e : deploy->entries)
                if (e.first != "replicas" && e.first != "resources")
                    m_draft.report.dropped(ref(e.second), c.subject, ImportText::tr("deploy.%1 has no counterpart in a design").arg(QString::fromStdString(e.first)));
    }

    void setInt(DraftComponent &c, const QString &key, const SourceNode &n)
    {
        if (const auto v = scalarToInt(n))
            c.set(key, *v, ref(n));
        else if (bool ok = false; QString::fromStdString(n.text).toLongLong(&ok), ok)
            c.set(key, QString::fromStdString(n.text).toLongLong(), ref(n));
        else
            m_draft.report.dropped(ref(n), c.subject, ImportText::tr("%1 '%2' is not a whole number").arg(key, QString::fromStdString(n.text)));
    }

    void readHealthcheck(DraftComponent &c)
    {
        const SourceNode *check = m_service->node.find("healthcheck");
        if (!check || !check->isMap())
            return;
        const SourceNode *test = check->find("test");
        if (!test)
            return;
        const QString path = healthPathOf(*test);
        if (!path.isEmpty()) {
            c.set(keys::healthPath, path, ref(*test));
            c.set(keys::readinessPath, path, ref(*test));
        } else {
            m_draft.report.dropped(ref(*test), c.subject, ImportText::tr("a health check that is not an HTTP request: only an HTTP path has a place in a design"));
        }
    }

    void readVolumes(DraftComponent &c, const KindSpec *kind)
    {
        const SourceNode *volumes = m_service->node.find("volumes");
        if (!volumes)
            return;
        for (const SourceNode &item : volumes->items) {
            QString type, source, target;
            bool readOnly = false;
            if (item.isMap()) {
                type = scalarText(item.find("type"));
                source = scalarText(item.find("source"));
                target = scalarText(item.find("target"));
                readOnly = scalarText(item.find("read_only")) == QLatin1String("true");
            } else {
                const QStringList parts = QString::fromStdString(item.text).split(QLatin1Char(':'));
                source = parts.size() > 1 ? parts[0] : QString();
                target = parts.size() > 1 ? parts[1] : parts[0];
                readOnly = parts.size() > 2 && parts[2].split(QLatin1Char(',')).contains(QStringLiteral("ro"));
                const bool path = source.startsWith(QLatin1Char('.')) || source.startsWith(QLatin1Char('/')) || source.startsWith(QLatin1Char('~'));
                type = path ? QStringLiteral("bind") : QStringLiteral("volume");
            }
            const QString shownVolume = source.isEmpty() ? target : source + QLatin1Char(':') + target;
            if (type != QLatin1String("volume") || readOnly) {
                m_draft.report.dropped(ref(item), c.subject, ImportText::tr("%1 (%2): files from the host or read-only data are no state the design tracks")
                                                                 .arg(shownVolume, type.isEmpty() ? QStringLiteral("bind") : type));
                continue;
            }
            if (kind && kind->property(keys::stateful)) {
                c.set(keys::stateful, true, ref(item));
                m_draft.report.guessed(ref(item), c.subject, ImportText::tr("stateful: it keeps data in the volume %1").arg(shownVolume));
            } else {
                m_draft.report.mapped(ref(item), c.subject, ImportText::tr("keeps its data in the volume %1").arg(shownVolume));
            }
        }
    }

    void readReferences(int index)
    {
        const SourceNode &node = m_service->node;
        if (const SourceNode *deps = node.find("depends_on"); deps && deps->isMap())
            for (const SourceEntry &d : deps->entries)
                addDeclared(index, QString::fromStdString(d.first), d.second, QStringLiteral("depends_on"));
        if (const SourceNode *links = node.find("links"))
            for (const SourceNode &link : links->items) {
                const QString text = QString::fromStdString(link.text);
                addDeclared(index, text.section(QLatin1Char(':'), 0, 0), link, QStringLiteral("links"));
                if (text.contains(QLatin1Char(':')))
                    m_linkAliases.push_back({text.section(QLatin1Char(':'), 0, 0), text.section(QLatin1Char(':'), 1)});
            }
        readEnvFiles(index);
        if (const SourceNode *env = node.find("environment"); env && env->isMap())
            for (const SourceEntry &e : env->entries) {
                if (!e.second.isScalar())
                    continue;
                const QString variable = QString::fromStdString(e.first);
                addValueReferences(m_draft, index, variable, QString::fromStdString(e.second.text), ref(e.second),
                                   ImportText::tr("variable %1").arg(variable));
            }
    }

    /// env_file: [path] or [{path, required}]: read relative to the compose file; variables the service sets itself win.
    void readEnvFiles(int index)
    {
        const SourceNode *files = m_service->node.find("env_file");
        if (!files)
            return;
        std::vector<const SourceNode *> entries;
        if (files->isScalar())
            entries.push_back(files);
        for (const SourceNode &item : files->items)
            entries.push_back(item.isMap() ? item.find("path") : &item);
        const SourceNode *env = m_service->node.find("environment");
        for (const SourceNode *entry : entries) {
            if (!entry || !entry->isScalar())
                continue;
            const QString path = QDir::cleanPath(QFileInfo(m_service->file).path() + QLatin1Char('/') + QString::fromStdString(entry->text));
            bool ok = false;
            const QHash<QString, QString> values = readEnvFile(path, &ok);
            if (!ok) {
                m_draft.report.dropped(ref(*entry), m_draft.components[size_t(index)].subject,
                                       ImportText::tr("env_file %1 cannot be read: the connections its variables name are missing").arg(path));
                continue;
            }
            QStringList keys = values.keys();
            keys.sort();
            for (const QString &variable : keys)
                if (!env || !env->find(variable.toStdString()))
                    addValueReferences(m_draft, index, variable, values.value(variable), ref(*entry),
                                       ImportText::tr("variable %1 of %2").arg(variable, QFileInfo(path).fileName()));
        }
    }

    void addDeclared(int index, const QString &host, const SourceNode &at, const QString &via)
    {
        DraftReference r;
        r.from = index;
        r.host = host.toLower();
        r.source = ref(at);
        r.via = via;
        r.declared = true;
        m_draft.references.push_back(std::move(r));
    }

    void reportUnread(const DraftComponent &c)
    {
        QStringList unread;
        for (const SourceEntry &e : m_service->node.entries)
            if (!readKeys().contains(QString::fromStdString(e.first)) && !e.first.starts_with("x-"))
                unread.append(QString::fromStdString(e.first));
        if (!unread.isEmpty())
            m_draft.report.dropped(c.source, c.subject, ImportText::tr("not carried over, having no counterpart in a design: %1").arg(unread.join(QStringLiteral(", "))));
        if (const SourceNode *networks = m_service->node.find("networks"))
            m_draft.report.dropped(ref(*networks), c.subject, ImportText::tr("networks: a design draws no networks between containers; every service may reach every other"));
    }

public:
    /// `links: [db:database]`: "database" is another name of db.
    std::vector<std::pair<QString, QString>> m_linkAliases;

private:
    ImportDraft &m_draft;
    const KindGuesser &m_guesser;
    const Catalog &m_catalog;
    const ComposeService *m_service = nullptr;
};

} // namespace

QString ComposeImporter::displayName() const { return ImportText::tr("Docker Compose"); }

QString ComposeImporter::fileFilter() const { return ImportText::tr("Compose files (*.yaml *.yml)"); }

ImportResult ComposeImporter::import(const QStringList &paths, const Catalog &catalog) const
{
    ImportDraft draft;
    ComposeProject project;
    Diagnostics errors;
    if (!project.load(paths, errors, draft.report)) {
        ImportResult failed;
        failed.errors = std::move(errors);
        failed.report = std::move(draft.report);
        return failed;
    }
    if (project.services().empty()) {
        ImportResult failed;
        failed.errors.push_back({Diagnostic::Severity::Error, paths.value(0), 0, 0, ImportText::tr("defines no services: nothing to import")});
        return failed;
    }
    QString name = project.name();
    if (name.isEmpty()) {
        // docker compose names a project after its folder.
        const QFileInfo first(paths.value(0));
        name = first.isDir() ? first.absoluteFilePath() : first.absolutePath();
        name = QFileInfo(name).fileName();
    }
    draft.designName = name;
    draft.description = ImportText::tr("Imported from docker compose: %1.").arg(paths.join(QStringLiteral(", ")));
    const KindGuesser guesser(catalog);
    ServiceReader reader(draft, guesser, catalog);
    for (const ComposeService &service : project.services())
        reader.read(service);
    for (const auto &[service, alias] : reader.m_linkAliases)
        for (DraftComponent &c : draft.components)
            if (c.name == service && !c.hosts.contains(alias))
                c.hosts.append(alias);
    return assembleDesign(std::move(draft), catalog);
}

} // namespace sd
