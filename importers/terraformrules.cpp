// SPDX-License-Identifier: MIT
#include "terraformrules.h"

#include "catalog.h"

#include <QJsonDocument>

#include <cmath>

namespace sd {

namespace {

QString str(const QVariantMap &m, const char *key) { return m.value(QString::fromLatin1(key)).toString(); }

/// JSON text inside a value (container_definitions in state JSON) is read as what it encodes.
QVariant decoded(const QVariant &v)
{
    if (v.typeId() != QMetaType::QString)
        return v;
    const QString text = v.toString().trimmed();
    if (!text.startsWith(QLatin1Char('[')) && !text.startsWith(QLatin1Char('{')))
        return v;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    return doc.isNull() ? v : doc.toVariant();
}

} // namespace

std::optional<QVariant> valueAtPath(const QVariant &value, const QString &path)
{
    QVariant v = value;
    for (const QString &step : path.split(QLatin1Char('.'), Qt::SkipEmptyParts)) {
        v = decoded(v);
        while (v.typeId() == QMetaType::QVariantList) {
            const QVariantList list = v.toList();
            if (list.isEmpty())
                return std::nullopt;
            v = decoded(list.first());
        }
        if (v.typeId() != QMetaType::QVariantMap)
            return std::nullopt;
        const QVariantMap map = v.toMap();
        const auto it = map.constFind(step);
        if (it == map.cend() || !it->isValid())
            return std::nullopt;
        v = *it;
    }
    return v;
}

TerraformRules TerraformRules::fromCatalog(const Catalog &catalog)
{
    TerraformRules rules;
    const QVariantMap data = catalog.exportData(QStringLiteral("import")).value(QStringLiteral("terraform")).toMap();
    for (const QVariant &entry : data.value(QStringLiteral("components")).toList()) {
        const QVariantMap m = entry.toMap();
        ComponentRule rule{str(m, "kind"), m.value(QStringLiteral("properties")).toMap(), m.value(QStringLiteral("requires")).toStringList(),
                           m.value(QStringLiteral("plumbingIfOnlyUsedBy")).toStringList()};
        if (!catalog.kind(rule.kind))
            continue;
        for (const QString &type : m.value(QStringLiteral("types")).toStringList())
            if (!rules.components.contains(type))
                rules.components.insert(type, rule);
    }
    const QVariantMap clouds = data.value(QStringLiteral("clouds")).toMap();
    for (auto it = clouds.cbegin(); it != clouds.cend(); ++it)
        rules.clouds.insert(it.key(), it.value().toString());
    for (const QVariant &entry : data.value(QStringLiteral("networks")).toList())
        rules.networkCidrs.insert(str(entry.toMap(), "type"), str(entry.toMap(), "cidr"));
    for (const QVariant &entry : data.value(QStringLiteral("subnets")).toList()) {
        const QVariantMap m = entry.toMap();
        rules.subnets.insert(str(m, "type"), {str(m, "network"), str(m, "zone"), str(m, "cidr")});
    }
    for (const QString &type : data.value(QStringLiteral("clusters")).toStringList())
        rules.clusters.insert(type);
    rules.regionAttributes = data.value(QStringLiteral("regionAttributes")).toStringList();
    for (const QString &a : data.value(QStringLiteral("structural")).toStringList())
        rules.structural.insert(a);
    for (const QVariant &entry : data.value(QStringLiteral("parts")).toList()) {
        const QVariant owner = entry.toMap().value(QStringLiteral("owner"));
        rules.partOwners.insert(str(entry.toMap(), "type"), owner.typeId() == QMetaType::QVariantList ? owner.toStringList() : QStringList{owner.toString()});
        if (const QString binds = str(entry.toMap(), "binds"); !binds.isEmpty())
            rules.partBinds.insert(str(entry.toMap(), "type"), binds);
    }
    rules.attachments = data.value(QStringLiteral("attachments")).toBool();
    for (const QVariant &entry : data.value(QStringLiteral("replicas")).toList()) {
        const QVariantMap m = entry.toMap();
        rules.replicas.push_back({str(m, "type"), str(m, "via"), str(m, "source"), str(m, "replica")});
    }
    for (const QString &a : data.value(QStringLiteral("deadLetterAttributes")).toStringList())
        rules.deadLetterAttributes.insert(a);
    for (const QString &t : data.value(QStringLiteral("global")).toStringList())
        rules.global.insert(t);
    const QVariantMap globalWhen = data.value(QStringLiteral("globalWhen")).toMap();
    for (auto it = globalWhen.cbegin(); it != globalWhen.cend(); ++it)
        rules.globalWhen.insert(it.key(), it.value().toMap());
    for (const QVariant &entry : data.value(QStringLiteral("grants")).toList()) {
        const QVariantMap m = entry.toMap();
        rules.grants.push_back({str(m, "type"), str(m, "identity"), str(m, "resource")});
    }
    for (const QVariant &entry : data.value(QStringLiteral("firewalls")).toList()) {
        const QVariantMap m = entry.toMap();
        FirewallRule f;
        f.type = str(m, "type");
        f.when = m.value(QStringLiteral("when")).toMap();
        f.block = str(m, "block");
        f.target = str(m, "target");
        f.source = str(m, "source");
        f.targetTags = str(m, "targetTags");
        f.sourceTags = str(m, "sourceTags");
        f.targetPrefix = str(m, "targetPrefix");
        f.sourcePrefix = str(m, "sourcePrefix");
        f.port = str(m, "port");
        rules.firewalls.push_back(std::move(f));
    }
    for (const QString &t : data.value(QStringLiteral("groupTypes")).toStringList())
        rules.groupTypes.insert(t);
    for (const QVariant &entry : data.value(QStringLiteral("properties")).toList()) {
        const QVariantMap m = entry.toMap();
        PropertyRule p;
        p.key = str(m, "key");
        p.path = str(m, "path");
        p.from = str(m, "from");
        p.reverse = m.value(QStringLiteral("reverse")).toBool();
        p.table = str(m, "table");
        p.values = m.value(QStringLiteral("values")).toMap();
        p.divide = m.value(QStringLiteral("divide")).toDouble();
        p.equals = str(m, "equals");
        p.value = m.value(QStringLiteral("value"));
        for (const QString &type : m.value(QStringLiteral("types")).toStringList())
            rules.properties[type].push_back(p);
    }
    for (const QString &a : data.value(QStringLiteral("identityAttributes")).toStringList())
        rules.identityAttributes.insert(a);
    for (const QString &a : data.value(QStringLiteral("reversed")).toStringList())
        rules.reversed.insert(a);
    for (const QString &a : data.value(QStringLiteral("multiRegions")).toStringList())
        rules.multiRegions.insert(a.toLower());
    for (const QString &a : data.value(QStringLiteral("identity")).toStringList())
        rules.identity.insert(a);
    return rules;
}

/// Scalars from the catalog's YAML arrive as text: "true" is a bool, "3" a number.
static QVariant typed(const QVariant &v)
{
    if (v.typeId() != QMetaType::QString)
        return v;
    const QString text = v.toString();
    if (text == QLatin1String("true") || text == QLatin1String("false"))
        return text == QLatin1String("true");
    bool ok = false;
    const qlonglong n = text.toLongLong(&ok);
    return ok ? QVariant(n) : v;
}

std::optional<QVariant> TerraformRules::apply(const PropertyRule &rule, const QVariant &raw, const Catalog &catalog) const
{
    QVariant v = raw;
    while (v.typeId() == QMetaType::QVariantList && !rule.value.isValid()) {
        const QVariantList list = v.toList();
        if (list.isEmpty())
            return std::nullopt;
        v = list.first();
    }
    if (rule.value.isValid())
        return typed(rule.value);
    const QString text = v.typeId() == QMetaType::Bool ? (v.toBool() ? QStringLiteral("true") : QStringLiteral("false")) : v.toString();
    if (!rule.table.isEmpty()) {
        // "aws.sizes.database": the exporters' table, read backwards.
        const QStringList path = rule.table.split(QLatin1Char('.'));
        QVariant table = catalog.exportData(path.first());
        for (qsizetype i = 1; i < path.size(); ++i)
            table = table.toMap().value(path.at(i));
        const QVariantMap sizes = table.toMap();
        for (auto it = sizes.cbegin(); it != sizes.cend(); ++it)
            if (it.value().toString() == text)
                return it.key();
        return std::nullopt;
    }
    if (!rule.values.isEmpty()) {
        if (rule.values.contains(text))
            return typed(rule.values.value(text));
        for (auto it = rule.values.cbegin(); it != rule.values.cend(); ++it)
            if (it.key().endsWith(QLatin1Char('*')) && text.startsWith(it.key().chopped(1)))
                return typed(it.value());
        return std::nullopt;
    }
    if (rule.divide > 0) {
        bool ok = false;
        const double d = v.toDouble(&ok) / rule.divide;
        if (!ok)
            return std::nullopt;
        return d == std::floor(d) ? QVariant(qlonglong(d)) : QVariant(d);
    }
    if (!rule.equals.isEmpty())
        return text == rule.equals;
    return v;
}

} // namespace sd
