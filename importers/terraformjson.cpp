// SPDX-License-Identifier: MIT
#include "terraformjson.h"

#include "importreport.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <map>

namespace sd {

namespace {

/// Line and column of a byte offset, for QJsonParseError.
std::pair<int, int> lineColumn(const QByteArray &text, qsizetype offset)
{
    int line = 1, column = 1;
    for (qsizetype i = 0; i < offset && i < text.size(); ++i) {
        if (text.at(i) == '\n') {
            ++line;
            column = 1;
        } else if ((uchar(text.at(i)) & 0xC0) != 0x80) {
            ++column;
        }
    }
    return {line, column};
}

QString joinModule(const QString &module, const QString &rest) { return module.isEmpty() ? rest : module + QLatin1Char('.') + rest; }

/// "aws_subnet.a[0].id" -> parts {"aws_subnet", "a", "[0]", "id"}; module prefixes stay parts too.
QStringList splitReference(const QString &text)
{
    QStringList parts;
    QString current;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('.')) {
            if (!current.isEmpty())
                parts.append(current);
            current.clear();
        } else if (c == QLatin1Char('[')) {
            if (!current.isEmpty())
                parts.append(current);
            const qsizetype close = text.indexOf(QLatin1Char(']'), i);
            if (close < 0)
                return parts;
            parts.append(text.mid(i, close - i + 1));
            current.clear();
            i = close;
        } else {
            current += c;
        }
    }
    if (!current.isEmpty())
        parts.append(current);
    return parts;
}

/// One module of the plan's configuration, for following var. and module. references.
struct ConfigModule {
    QString address; ///< "" or "module.a"
    QJsonObject object;
    const ConfigModule *parent = nullptr;
    QString callName;
    QHash<QString, ConfigModule *> children;
};

class PlanReader
{
public:
    PlanReader(const QString &path, TerraformInput &input) : m_path(path), m_input(input) {}

    void read(const QJsonObject &root, bool plan)
    {
        const QJsonObject values = plan ? root.value(QStringLiteral("planned_values")).toObject() : root.value(QStringLiteral("values")).toObject();
        readModule(values.value(QStringLiteral("root_module")).toObject(), 0);
        if (plan) {
            const QJsonObject configuration = root.value(QStringLiteral("configuration")).toObject();
            const QJsonObject providers = configuration.value(QStringLiteral("provider_config")).toObject();
            for (auto it = providers.begin(); it != providers.end(); ++it) {
                const QString region = it.value().toObject().value(QStringLiteral("expressions")).toObject().value(QStringLiteral("region")).toObject()
                                           .value(QStringLiteral("constant_value")).toString();
                if (!region.isEmpty())
                    m_input.providerRegions.insert(it.key(), region);
            }
            m_config = std::make_unique<ConfigModule>();
            m_config->object = configuration.value(QStringLiteral("root_module")).toObject();
            indexConfig(*m_config, 0);
            configReferences(*m_config, 0);
        } else {
            stateReferences();
        }
        for (auto &[address, resource] : m_resources) {
            Q_UNUSED(address);
            if (resource.instances.empty())
                resource.instances.emplace_back();
            m_input.resources.push_back(std::move(resource));
        }
    }

private:
    void readModule(const QJsonObject &module, int depth)
    {
        if (depth > 32)
            return;
        const QString moduleAddress = module.value(QStringLiteral("address")).toString();
        for (const QJsonValue &v : module.value(QStringLiteral("resources")).toArray()) {
            const QJsonObject r = v.toObject();
            if (r.value(QStringLiteral("mode")).toString() != QLatin1String("managed"))
                continue;
            const QString type = r.value(QStringLiteral("type")).toString();
            const QString name = r.value(QStringLiteral("name")).toString();
            const QString address = joinModule(moduleAddress, type + QLatin1Char('.') + name);
            TfResource &res = m_resources[address];
            if (res.address.isEmpty()) {
                res.address = address;
                res.type = type;
                res.name = name;
                res.module = moduleAddress;
                res.source = {m_path, 0};
                // provider_name is the source address ("registry.terraform.io/hashicorp/aws"); the key is its last part.
                res.providerKey = r.value(QStringLiteral("provider_name")).toString().section(QLatin1Char('/'), -1);
                m_order.append(address);
            }
            QVariantMap values = r.value(QStringLiteral("values")).toObject().toVariantMap();
            const QJsonValue index = r.value(QStringLiteral("index"));
            const int at = index.isDouble() ? index.toInt() : int(res.instances.size());
            if (at >= 0 && at < 4096) {
                if (size_t(at) >= res.instances.size()) {
                    res.instances.resize(size_t(at) + 1);
                    while (res.instanceKeys.size() < qsizetype(at) + 1)
                        res.instanceKeys.append(QString());
                }
                res.instances[size_t(at)] = std::move(values);
                if (index.isDouble())
                    res.instanceKeys[at] = QStringLiteral("[%1]").arg(index.toInt());
                else if (index.isString())
                    res.instanceKeys[at] = QStringLiteral("[\"%1\"]").arg(index.toString());
            }
        }
        for (const QJsonValue &child : module.value(QStringLiteral("child_modules")).toArray())
            readModule(child.toObject(), depth + 1);
    }

    // --- plan: configuration references ----------------------------------------------------------------
    void indexConfig(ConfigModule &module, int depth)
    {
        if (depth > 32)
            return;
        const QJsonObject calls = module.object.value(QStringLiteral("module_calls")).toObject();
        for (auto it = calls.begin(); it != calls.end(); ++it) {
            m_configModules.push_back(std::make_unique<ConfigModule>());
            ConfigModule &child = *m_configModules.back();
            child.address = joinModule(module.address, QStringLiteral("module.") + it.key());
            child.object = it.value().toObject().value(QStringLiteral("module")).toObject();
            child.parent = &module;
            child.callName = it.key();
            module.children.insert(it.key(), &child);
            indexConfig(child, depth + 1);
        }
    }

    /// Every references list inside an expressions object, with the path it sits at.
    void walkExpressions(const QJsonValue &value, const QString &path, std::vector<std::pair<QString, QStringList>> &out, int depth)
    {
        if (depth > 64)
            return;
        if (value.isArray()) {
            for (const QJsonValue &item : value.toArray())
                walkExpressions(item, path, out, depth + 1);
            return;
        }
        const QJsonObject object = value.toObject();
        if (object.contains(QStringLiteral("references"))) {
            QStringList refs;
            for (const QJsonValue &r : object.value(QStringLiteral("references")).toArray())
                refs.append(r.toString());
            out.emplace_back(path, refs);
            return;
        }
        if (object.contains(QStringLiteral("constant_value")))
            return;
        for (auto it = object.begin(); it != object.end(); ++it)
            walkExpressions(it.value(), path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key(), out, depth + 1);
    }

    /// Follows one reference of `module` to resource addresses.
    void resolve(const ConfigModule &module, const QString &text, const TfReference &base, std::vector<TfReference> &out, int depth)
    {
        if (depth > 32)
            return;
        const QStringList parts = splitReference(text);
        if (parts.size() < 2)
            return;
        const QString &root = parts.first();
        if (root == QLatin1String("var")) {
            if (!module.parent)
                return;
            const QJsonObject call = module.parent->object.value(QStringLiteral("module_calls")).toObject().value(module.callName).toObject();
            std::vector<std::pair<QString, QStringList>> found;
            walkExpressions(call.value(QStringLiteral("expressions")).toObject().value(parts.at(1)), {}, found, 0);
            for (const auto &[path, refs] : found)
                for (const QString &r : refs)
                    resolve(*module.parent, r, base, out, depth + 1);
            return;
        }
        if (root == QLatin1String("module")) {
            const ConfigModule *child = module.children.value(parts.at(1));
            if (!child || parts.size() < 3)
                return;
            const QJsonObject output = child->object.value(QStringLiteral("outputs")).toObject().value(parts.at(2)).toObject();
            std::vector<std::pair<QString, QStringList>> found;
            walkExpressions(output.value(QStringLiteral("expression")), {}, found, 0);
            for (const auto &[path, refs] : found)
                for (const QString &r : refs)
                    resolve(*child, r, base, out, depth + 1);
            return;
        }
        static const QStringList notResources = {QStringLiteral("local"), QStringLiteral("data"), QStringLiteral("count"), QStringLiteral("each"),
                                                 QStringLiteral("self"), QStringLiteral("path"), QStringLiteral("terraform")};
        if (notResources.contains(root) || parts.at(1).startsWith(QLatin1Char('[')))
            return;
        TfReference r = base;
        r.target = joinModule(module.address, root + QLatin1Char('.') + parts.at(1));
        qsizetype next = 2;
        if (parts.size() > 2 && parts.at(2).startsWith(QLatin1Char('['))) {
            bool ok = false;
            const int n = parts.at(2).mid(1, parts.at(2).size() - 2).toInt(&ok);
            r.index = ok ? n : -2;
            if (ok || parts.at(2).startsWith(QLatin1String("[\"")))
                r.key = parts.at(2);
            ++next;
        }
        r.targetAttribute = parts.value(next);
        // Terraform lists "aws_lb.x.arn" and "aws_lb.x" both: keep the most precise of each.
        for (const TfReference &seen : out)
            if (seen.target == r.target && seen.via == r.via && (r.targetAttribute.isEmpty() || seen.targetAttribute == r.targetAttribute))
                return;
        out.push_back(std::move(r));
    }

    void configReferences(const ConfigModule &module, int depth)
    {
        if (depth > 32)
            return;
        for (const QJsonValue &v : module.object.value(QStringLiteral("resources")).toArray()) {
            const QJsonObject r = v.toObject();
            if (r.value(QStringLiteral("mode")).toString() != QLatin1String("managed"))
                continue;
            const QString address = joinModule(module.address, r.value(QStringLiteral("type")).toString() + QLatin1Char('.') + r.value(QStringLiteral("name")).toString());
            const auto it = m_resources.find(address);
            if (it == m_resources.end())
                continue;
            const QString providerKey = r.value(QStringLiteral("provider_config_key")).toString();
            if (!providerKey.isEmpty())
                it->second.providerKey = providerKey.section(QLatin1Char(':'), -1);
            const QJsonObject expressions = r.value(QStringLiteral("expressions")).toObject();
            for (auto e = expressions.begin(); e != expressions.end(); ++e) {
                std::vector<std::pair<QString, QStringList>> found;
                walkExpressions(e.value(), e.key(), found, 0);
                for (const auto &[path, refs] : found) {
                    TfReference base;
                    base.attribute = e.key();
                    base.via = path;
                    base.source = {m_path, 0};
                    for (const QString &ref : refs)
                        resolve(module, ref, base, it->second.references, 0);
                }
            }
        }
        for (const ConfigModule *child : module.children)
            configReferences(*child, depth + 1);
    }

    // --- state: references from values ----------------------------------------------------------------
    static QString hostOf(const QString &value)
    {
        static const QRegularExpression url(QStringLiteral(R"(^[a-z][a-z0-9+.-]*://(?:[^@/]*@)?([^:/?#]+))"), QRegularExpression::CaseInsensitiveOption);
        if (const auto m = url.match(value); m.hasMatch())
            return m.captured(1).toLower();
        static const QRegularExpression hostPort(QStringLiteral(R"(^([a-z0-9.-]+\.[a-z]{2,}):\d+$)"), QRegularExpression::CaseInsensitiveOption);
        if (const auto m = hostPort.match(value); m.hasMatch())
            return m.captured(1).toLower();
        return {};
    }

    void stateReferences()
    {
        // The values that name a resource: its id, ARN and the addresses others reach it by.
        static const QStringList naming = {QStringLiteral("id"), QStringLiteral("arn"), QStringLiteral("self_link"), QStringLiteral("url"),
                                           QStringLiteral("endpoint"), QStringLiteral("address"), QStringLiteral("dns_name"),
                                           QStringLiteral("primary_endpoint_address"), QStringLiteral("configuration_endpoint_address"),
                                           QStringLiteral("invoke_url"), QStringLiteral("api_endpoint"), QStringLiteral("fqdn"),
                                           QStringLiteral("bootstrap_brokers_tls"), QStringLiteral("prometheus_endpoint"), QStringLiteral("uri"),
                                           QStringLiteral("domain_name"), QStringLiteral("bucket_regional_domain_name")};
        QHash<QString, QString> byValue; // value -> "address\nkey"
        QSet<QString> ambiguous;
        for (const QString &name : m_order) {
            const TfResource &r = m_resources[name];
            for (size_t n = 0; n < r.instances.size(); ++n)
                for (const QString &key : naming) {
                    const QVariantMap &values = r.instances[n];
                    const QString address = name + QLatin1Char('\n') + (r.instanceKeys.size() > 1 ? r.instanceKeys.value(qsizetype(n)) : QString());
                    QString v = values.value(key).toString();
                    if (key == QLatin1String("endpoint") || key == QLatin1String("address"))
                        v = v.section(QLatin1Char(':'), 0, 0); // "db.example:5432" -> its host
                    if (v.size() < 4)
                        continue;
                    if (byValue.contains(v) && byValue.value(v) != address)
                        ambiguous.insert(v);
                    byValue.insert(v, address);
                    if (const QString host = hostOf(v); !host.isEmpty())
                        byValue.insert(host, address);
                }
        }
        for (const QString &a : std::as_const(ambiguous))
            byValue.remove(a);
        for (const QString &address : m_order) {
            TfResource &r = m_resources[address];
            for (size_t i = 0; i < r.instances.size(); ++i) {
                QVariantMap &values = r.instances[i];
                for (auto it = values.cbegin(); it != values.cend(); ++it)
                    if (!naming.contains(it.key()))
                        walkValue(r, it.value(), it.key(), it.key(), byValue, 0);
                if (!values.contains(QStringLiteral("region")))
                    if (const QString region = values.value(QStringLiteral("arn")).toString().section(QLatin1Char(':'), 3, 3); !region.isEmpty())
                        values.insert(QStringLiteral("region"), region);
            }
        }
    }

    void walkValue(TfResource &r, const QVariant &value, const QString &attribute, const QString &path, const QHash<QString, QString> &byValue, int depth)
    {
        if (depth > 32)
            return;
        if (value.typeId() == QMetaType::QVariantList) {
            for (const QVariant &item : value.toList())
                walkValue(r, item, attribute, path, byValue, depth + 1);
            return;
        }
        if (value.typeId() == QMetaType::QVariantMap) {
            const QVariantMap map = value.toMap();
            // An environment entry {name = X, value = Y}: name the place by X.
            if (map.contains(QStringLiteral("name")) && map.contains(QStringLiteral("value"))) {
                walkValue(r, map.value(QStringLiteral("value")), attribute, path + QLatin1Char('.') + map.value(QStringLiteral("name")).toString(), byValue, depth + 1);
                return;
            }
            for (auto it = map.cbegin(); it != map.cend(); ++it)
                walkValue(r, it.value(), attribute, path + QLatin1Char('.') + it.key(), byValue, depth + 1);
            return;
        }
        QString text = value.toString();
        if (text.startsWith(QLatin1Char('[')) || text.startsWith(QLatin1Char('{'))) { // JSON inside (container definitions)
            const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
            if (!doc.isNull()) {
                walkValue(r, doc.toVariant(), attribute, path, byValue, depth + 1);
                return;
            }
        }
        QString target = byValue.value(text);
        if (target.isEmpty())
            if (const QString host = hostOf(text); !host.isEmpty())
                target = byValue.value(host);
        const QString key = target.section(QLatin1Char('\n'), 1);
        target = target.section(QLatin1Char('\n'), 0, 0);
        if (target.isEmpty() || target == r.address)
            return;
        TfReference ref;
        ref.attribute = attribute;
        ref.via = path;
        ref.target = target;
        ref.key = key;
        if (key.startsWith(QLatin1String("[")) && !key.startsWith(QLatin1String("[\"")))
            ref.index = key.mid(1, key.size() - 2).toInt();
        ref.source = {m_path, 0};
        for (const TfReference &seen : r.references)
            if (seen.target == ref.target && seen.key == ref.key && seen.via == ref.via)
                return;
        r.references.push_back(std::move(ref));
    }

    QString m_path;
    TerraformInput &m_input;
    std::map<QString, TfResource> m_resources;
    QStringList m_order;
    std::unique_ptr<ConfigModule> m_config;
    std::vector<std::unique_ptr<ConfigModule>> m_configModules;
};

} // namespace

bool looksLikeTerraformJson(const QByteArray &text)
{
    const QByteArray head = text.left(4096);
    return head.trimmed().startsWith('{') && (head.contains("\"planned_values\"") || head.contains("\"values\"") || head.contains("\"format_version\""));
}

bool readTerraformJson(const QString &path, const QByteArray &text, TerraformInput &input, Diagnostics &errors)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (doc.isNull()) {
        const auto [line, column] = lineColumn(text, error.offset);
        errors.push_back({Diagnostic::Severity::Error, path, line, column, ImportText::tr("not valid JSON: %1").arg(error.errorString())});
        return false;
    }
    const QJsonObject root = doc.object();
    const bool plan = root.contains(QStringLiteral("planned_values"));
    const bool state = root.value(QStringLiteral("values")).toObject().contains(QStringLiteral("root_module"));
    if (!plan && !state) {
        errors.push_back({Diagnostic::Severity::Error, path, 1, 1,
                          ImportText::tr("JSON, but not the output of terraform show -json: it has neither planned_values nor values.root_module")});
        return false;
    }
    const size_t before = input.resources.size();
    PlanReader(path, input).read(root, plan);
    // The report names lines: each resource's is where its "address" first stands in the file
    // (its planned or state values), and its references are read from there.
    QHash<QString, int> lines;
    static const QRegularExpression address(QStringLiteral(R"x("address"\s*:\s*"([^"]+)")x"));
    const QString decoded = QString::fromUtf8(text);
    int line = 1;
    qsizetype counted = 0;
    for (auto it = address.globalMatch(decoded); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        line += int(QStringView(decoded).mid(counted, m.capturedStart() - counted).count(QLatin1Char('\n')));
        counted = m.capturedStart();
        // "aws_subnet.private[0]" in a state: the resource is "aws_subnet.private".
        const QString resource = m.captured(1).section(QLatin1Char('['), 0, 0);
        if (!lines.contains(resource))
            lines.insert(resource, line);
    }
    for (size_t i = before; i < input.resources.size(); ++i) {
        TfResource &r = input.resources[i];
        r.source.line = lines.value(r.address);
        for (TfReference &ref : r.references)
            ref.source.line = r.source.line;
    }
    return true;
}

} // namespace sd
