// SPDX-License-Identifier: MIT
#include "composeproject.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <set>

namespace sd {

namespace {

constexpr int kMaxIncludeDepth = 16;
constexpr int kMaxExtendsDepth = 16;

Diagnostic errorAt(const QString &file, const SourceNode &node, const QString &message)
{
    return inputError(file, node, message);
}

QString relativeTo(const QString &file, const QString &path)
{
    if (QDir::isAbsolutePath(path))
        return QDir::cleanPath(path);
    return QDir::cleanPath(QFileInfo(file).path() + QLatin1Char('/') + path);
}

/// Keys whose lists add up when a file overrides or extends a service (Compose spec, "Merge").
bool appendsOnMerge(const std::string &key)
{
    static const std::set<std::string> keys = {"ports", "expose", "volumes", "dns", "dns_search", "tmpfs", "external_links",
                                               "cap_add", "cap_drop", "env_file", "profiles", "links", "devices", "secrets", "configs"};
    return keys.count(key) > 0;
}

/// Later definitions win; mappings merge key by key; the lists above are concatenated.
void mergeInto(SourceNode &base, const SourceNode &over)
{
    if (!base.isMap() || !over.isMap()) {
        base = over;
        return;
    }
    for (const SourceEntry &entry : over.entries) {
        SourceNode *existing = base.find(entry.first);
        if (!existing) {
            base.entries.push_back(entry);
        } else if (existing->isSequence() && entry.second.isSequence() && appendsOnMerge(entry.first)) {
            existing->items.insert(existing->items.end(), entry.second.items.begin(), entry.second.items.end());
        } else {
            mergeInto(*existing, entry.second);
        }
    }
}

/// `environment: [A=1, B]`, `labels: [...]` and `depends_on: [a, b]` as mappings, so that merging works key by key.
void listToMap(SourceNode &node, bool keyValue)
{
    if (!node.isSequence())
        return;
    SourceNode map;
    map.type = SourceNode::Type::Map;
    map.mark = node.mark;
    for (const SourceNode &item : node.items) {
        if (!item.isScalar())
            continue;
        std::string key = item.text;
        SourceNode value;
        value.mark = item.mark;
        if (keyValue) {
            const size_t eq = item.text.find('=');
            if (eq != std::string::npos) {
                key = item.text.substr(0, eq);
                value.type = SourceNode::Type::Scalar;
                value.quoted = true;
                value.text = item.text.substr(eq + 1);
            }
        }
        if (!map.find(key))
            map.entries.push_back({key, value});
    }
    node = std::move(map);
}

void normalize(SourceNode &service)
{
    if (SourceNode *env = service.find("environment"))
        listToMap(*env, true);
    if (SourceNode *labels = service.find("labels"))
        listToMap(*labels, true);
    if (SourceNode *deps = service.find("depends_on"))
        listToMap(*deps, false);
}

void removeKey(SourceNode &map, const char *key)
{
    map.entries.erase(std::remove_if(map.entries.begin(), map.entries.end(), [key](const SourceEntry &e) { return e.first == key; }),
                      map.entries.end());
}

} // namespace

/// KEY=VALUE lines of a .env or env_file: comments, `export` and quotes as compose reads them.
QHash<QString, QString> readEnvFile(const QString &path, bool *ok)
{
    QHash<QString, QString> values;
    QFile file(path);
    *ok = file.open(QIODevice::ReadOnly) && file.size() <= 1024 * 1024;
    if (!*ok)
        return values;
    for (const QByteArray &raw : file.readAll().split('\n')) {
        QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        if (line.startsWith(QLatin1String("export ")))
            line = line.mid(7).trimmed();
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0)
            continue;
        QString value = line.mid(eq + 1).trimmed();
        if (value.size() >= 2 && (value.startsWith(QLatin1Char('"')) || value.startsWith(QLatin1Char('\''))) && value.endsWith(value[0]))
            value = value.mid(1, value.size() - 2);
        values.insert(line.left(eq).trimmed(), value);
    }
    return values;
}

bool ComposeProject::load(const QStringList &paths, Diagnostics &errors, ImportReport &report)
{
    m_report = &report;
    QStringList files;
    for (const QString &path : paths) {
        if (!QFileInfo(path).isDir()) {
            files.append(path);
            continue;
        }
        // A project folder: the file `docker compose` itself would pick.
        QString found;
        for (const char *name : {"compose.yaml", "compose.yml", "docker-compose.yaml", "docker-compose.yml"})
            if (QFileInfo::exists(QDir(path).filePath(QLatin1String(name)))) {
                found = QDir(path).filePath(QLatin1String(name));
                break;
            }
        if (found.isEmpty()) {
            errors.push_back({Diagnostic::Severity::Error, path, 0, 0,
                              ImportText::tr("holds no compose.yaml, compose.yml, docker-compose.yaml or docker-compose.yml")});
            return false;
        }
        files.append(found);
    }
    if (files.isEmpty())
        return false;
    const QString envPath = QDir(QFileInfo(files.first()).path()).filePath(QStringLiteral(".env"));
    if (QFileInfo::exists(envPath)) {
        bool ok = false;
        m_variables = readEnvFile(envPath, &ok);
        if (!ok)
            report.dropped({envPath, 0}, QStringLiteral(".env"), ImportText::tr("cannot be read; variables are read as empty or their defaults"));
    }
    for (const QString &file : files)
        if (!loadFile(file, 0, errors, report))
            return false;
    for (ComposeService &service : m_services)
        if (!resolveExtends(service, 0, errors))
            return false;
    for (ComposeService &service : m_services)
        removeKey(service.node, "extends");
    return true;
}

bool ComposeProject::loadFile(const QString &path, int includeDepth, Diagnostics &errors, ImportReport &report)
{
    const QString canonical = QFileInfo(path).absoluteFilePath();
    if (m_loading.contains(canonical)) {
        errors.push_back({Diagnostic::Severity::Error, path, 0, 0, ImportText::tr("includes itself (through %1)").arg(m_loading.join(QLatin1String(" -> ")))});
        return false;
    }
    if (includeDepth > kMaxIncludeDepth) {
        errors.push_back({Diagnostic::Severity::Error, path, 0, 0, ImportText::tr("includes nest deeper than %1 files").arg(kMaxIncludeDepth)});
        return false;
    }
    InputFile input;
    if (!readInputFile(path, input, errors))
        return false;
    if (input.documents.size() != 1 || input.documents.front().isNull()) {
        errors.push_back({Diagnostic::Severity::Error, path, input.documents.size() > 1 ? input.documents[1].mark.line : 0, 0,
                          input.documents.empty() || input.documents.front().isNull()
                              ? ImportText::tr("is empty, not a compose file")
                              : ImportText::tr("holds %1 YAML documents; a compose file has one").arg(input.documents.size())});
        return false;
    }
    SourceNode &root = input.documents.front();
    if (!root.isMap()) {
        errors.push_back(errorAt(path, root, ImportText::tr("not a compose file: the top level is %1, not a mapping").arg(root.typeName())));
        return false;
    }
    if (root.find("apiVersion") && root.find("kind")) {
        errors.push_back(errorAt(path, root, ImportText::tr("not a compose file: this is a Kubernetes manifest (use import kubernetes)")));
        return false;
    }
    if (m_name.isEmpty())
        m_name = scalarText(root.find("name"));
    m_loading.append(canonical);

    // include: [path] or [{path: path | [paths], project_directory, env_file}]
    if (const SourceNode *include = root.find("include"); include && !include->isNull()) {
        if (!include->isSequence()) {
            errors.push_back(errorAt(path, *include, ImportText::tr("'include' must be a list, not %1").arg(include->typeName())));
            return false;
        }
        for (const SourceNode &item : include->items) {
            std::vector<const SourceNode *> targets;
            if (item.isScalar())
                targets.push_back(&item);
            else if (const SourceNode *p = item.isMap() ? item.find("path") : nullptr) {
                if (p->isScalar())
                    targets.push_back(p);
                for (const SourceNode &one : p->items)
                    targets.push_back(&one);
            }
            if (targets.empty()) {
                errors.push_back(errorAt(path, item, ImportText::tr("an include needs a path")));
                return false;
            }
            for (const SourceNode *target : targets) {
                const QString included = relativeTo(path, interpolated(target->text, path, target->mark.line, report));
                const size_t before = m_services.size();
                if (!loadFile(included, includeDepth + 1, errors, report)) {
                    errors.push_back(errorAt(path, *target, ImportText::tr("the include of %1 failed (see above)").arg(included)));
                    return false;
                }
                for (size_t i = before; i < m_services.size(); ++i)
                    m_included.insert(m_services[i].name);
            }
        }
    }

    const SourceNode *services = root.find("services");
    if (!services) {
        // Version 1 files have the services at the top level.
        bool versionOne = !root.entries.empty();
        for (const SourceEntry &e : root.entries)
            versionOne = versionOne && e.second.isMap() && (e.second.find("image") || e.second.find("build"));
        if (!versionOne) {
            errors.push_back(errorAt(path, root, ImportText::tr("not a compose file: it has no 'services'")));
            return false;
        }
        report.guessed({path, root.mark.line}, QFileInfo(path).fileName(), ImportText::tr("a version 1 file (no 'services'): every top-level entry read as a service"));
        services = &root;
    } else if (!services->isMap() && !services->isNull()) {
        errors.push_back(errorAt(path, *services, ImportText::tr("'services' must be a mapping of service names, not %1").arg(services->typeName())));
        return false;
    }
    static const std::set<std::string> known = {"version", "name", "include", "services", "networks", "volumes", "configs", "secrets"};
    for (const SourceEntry &e : root.entries)
        if (services != &root && !known.count(e.first) && !e.first.starts_with("x-"))
            report.dropped(refOf(path, e.second), QString::fromStdString(e.first),
                           ImportText::tr("not a top-level key of the Compose Specification; ignored"));
    for (const char *ignored : {"networks", "volumes", "configs", "secrets"})
        if (const SourceNode *node = root.find(ignored); node && node != services && node->isMap() && !node->entries.empty())
            report.dropped(refOf(path, *node), QStringLiteral("%1").arg(QLatin1String(ignored)),
                           ImportText::tr("top-level %1 have no counterpart in a design (where services use them, their entries say so)").arg(QLatin1String(ignored)));

    if (services->isMap()) {
        for (const SourceEntry &entry : services->entries) {
            const QString name = QString::fromStdString(entry.first);
            if (!entry.second.isMap()) {
                errors.push_back(errorAt(path, entry.second, ImportText::tr("service '%1' must be a mapping, not %2").arg(name, entry.second.typeName())));
                return false;
            }
            ComposeService service{name, path, entry.second};
            service.node.mark = entry.second.mark;
            interpolate(service.node, path, report);
            normalize(service.node);
            if (const auto existing = m_index.constFind(name); existing != m_index.cend()) {
                if (m_included.contains(name)) {
                    errors.push_back(errorAt(path, entry.second, ImportText::tr("service '%1' is also defined by an included file (%2); compose refuses that")
                                                                     .arg(name, m_services[*existing].file)));
                    return false;
                }
                // A later -f file overrides the earlier definition.
                mergeInto(m_services[*existing].node, service.node);
                report.mapped(refOf(path, entry.second), ImportText::tr("service %1").arg(name), ImportText::tr("overrides its definition in %1").arg(m_services[*existing].file));
                continue;
            }
            m_index.insert(name, m_services.size());
            m_services.push_back(std::move(service));
        }
    }
    m_loading.removeLast();
    return true;
}

bool ComposeProject::resolveExtends(ComposeService &service, int depth, Diagnostics &errors)
{
    SourceNode *extends = service.node.find("extends");
    if (!extends || extends->isNull())
        return true;
    if (depth > kMaxExtendsDepth) {
        errors.push_back(errorAt(service.file, *extends, ImportText::tr("service '%1': extends chain deeper than %2 (circular?)").arg(service.name).arg(kMaxExtendsDepth)));
        return false;
    }
    QString baseName, baseFile;
    if (extends->isScalar()) {
        baseName = QString::fromStdString(extends->text);
    } else if (extends->isMap()) {
        baseName = scalarText(extends->find("service"));
        if (const SourceNode *file = extends->find("file"))
            baseFile = relativeTo(service.file, QString::fromStdString(file->text));
    }
    if (baseName.isEmpty()) {
        errors.push_back(errorAt(service.file, *extends, ImportText::tr("service '%1': extends needs a service name").arg(service.name)));
        return false;
    }
    SourceNode base;
    if (baseFile.isEmpty()) {
        const auto found = m_index.constFind(baseName);
        if (found == m_index.cend()) {
            errors.push_back(errorAt(service.file, *extends, ImportText::tr("service '%1' extends '%2', which is not defined").arg(service.name, baseName)));
            return false;
        }
        ComposeService &parent = m_services[*found];
        if (&parent == &service) {
            errors.push_back(errorAt(service.file, *extends, ImportText::tr("service '%1' extends itself").arg(service.name)));
            return false;
        }
        if (!resolveExtends(parent, depth + 1, errors))
            return false;
        base = parent.node;
    } else {
        InputFile input;
        if (!readInputFile(baseFile, input, errors)) {
            errors.push_back(errorAt(service.file, *extends, ImportText::tr("service '%1': cannot read the file it extends").arg(service.name)));
            return false;
        }
        const SourceNode *services = input.documents.empty() ? nullptr : input.documents.front().find("services");
        const SourceNode *found = services ? services->find(baseName.toStdString()) : nullptr;
        if (!found || !found->isMap()) {
            errors.push_back(errorAt(service.file, *extends, ImportText::tr("service '%1' extends '%2', which %3 does not define").arg(service.name, baseName, baseFile)));
            return false;
        }
        ComposeService parent{baseName, baseFile, *found};
        interpolate(parent.node, baseFile, m_report ? *m_report : m_scratch);
        normalize(parent.node);
        if (!resolveExtends(parent, depth + 1, errors))
            return false;
        base = parent.node;
    }
    // A base's dependencies are not inherited (Compose spec: extends restrictions).
    for (const char *key : {"extends", "depends_on", "links", "volumes_from"})
        removeKey(base, key);
    SourceNode local = service.node;
    removeKey(local, "extends");
    mergeInto(base, local);
    base.mark = service.node.mark;
    service.node = std::move(base);
    return true;
}

void ComposeProject::interpolate(SourceNode &node, const QString &file, ImportReport &report)
{
    if (node.isScalar() && node.text.find('$') != std::string::npos)
        node.text = interpolated(node.text, file, node.mark.line, report).toStdString();
    for (SourceNode &item : node.items)
        interpolate(item, file, report);
    for (SourceEntry &entry : node.entries)
        interpolate(entry.second, file, report);
}

QString ComposeProject::interpolated(const std::string &raw, const QString &file, int line, ImportReport &report)
{
    const QString text = QString::fromStdString(raw);
    QString out;
    static const QRegularExpression name(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*"));
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] != QLatin1Char('$') || i + 1 >= text.size()) {
            out += text[i];
            continue;
        }
        if (text[i + 1] == QLatin1Char('$')) { // $$ is a literal $
            out += QLatin1Char('$');
            ++i;
            continue;
        }
        QString variable, operation, argument;
        qsizetype end = i;
        if (text[i + 1] == QLatin1Char('{')) {
            int depth = 0;
            qsizetype close = -1;
            for (qsizetype j = i + 1; j < text.size(); ++j) {
                if (text[j] == QLatin1Char('{'))
                    ++depth;
                else if (text[j] == QLatin1Char('}') && --depth == 0) {
                    close = j;
                    break;
                }
            }
            if (close < 0) {
                out += text.mid(i); // unterminated: kept as written
                break;
            }
            const QString inner = text.mid(i + 2, close - i - 2);
            const QRegularExpressionMatch m = name.match(inner);
            variable = m.captured(0);
            const QString rest = inner.mid(variable.size());
            for (const char *op : {":-", ":?", ":+", "-", "?", "+"})
                if (rest.startsWith(QLatin1String(op))) {
                    operation = QLatin1String(op);
                    argument = rest.mid(operation.size());
                    break;
                }
            end = close;
        } else {
            const QRegularExpressionMatch m = name.match(text.mid(i + 1));
            if (!m.hasMatch()) {
                out += text[i];
                continue;
            }
            variable = m.captured(0);
            end = i + variable.size();
        }
        const bool set = m_variables.contains(variable);
        const QString value = m_variables.value(variable);
        const bool empty = !set || (operation.startsWith(QLatin1Char(':')) && value.isEmpty());
        if (operation.endsWith(QLatin1Char('-'))) {
            out += empty ? interpolated(argument.toStdString(), file, line, report) : value;
        } else if (operation.endsWith(QLatin1Char('+'))) {
            out += empty ? QString() : interpolated(argument.toStdString(), file, line, report);
        } else {
            if (!set && !m_reportedVariables.contains(variable)) {
                m_reportedVariables.insert(variable);
                report.guessed({file, line}, QStringLiteral("${%1}").arg(variable),
                               ImportText::tr("not set in the project's .env; read as empty"));
            }
            out += value;
        }
        i = end;
    }
    return out;
}

} // namespace sd
