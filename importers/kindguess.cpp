// SPDX-License-Identifier: MIT
#include "kindguess.h"

#include "catalog.h"
#include "catalogids.h"
#include "hostmentions.h"
#include "importreport.h"

#include <QRegularExpression>

namespace sd {

QString imageRepository(const QString &image)
{
    QString repo = image.trimmed().toLower();
    if (const qsizetype at = repo.indexOf(QLatin1Char('@')); at >= 0)
        repo = repo.left(at);
    const qsizetype slash = repo.lastIndexOf(QLatin1Char('/'));
    if (const qsizetype colon = repo.lastIndexOf(QLatin1Char(':')); colon > slash)
        repo = repo.left(colon);
    // A first segment with a dot or a port, or "localhost", is a registry.
    const qsizetype first = repo.indexOf(QLatin1Char('/'));
    if (first > 0) {
        const QString head = repo.left(first);
        if (head.contains(QLatin1Char('.')) || head.contains(QLatin1Char(':')) || head == QLatin1String("localhost"))
            repo = repo.mid(first + 1);
    }
    return repo;
}

KindGuesser::KindGuesser(const Catalog &catalog)
{
    const QVariantMap data = catalog.exportData(QStringLiteral("import"));
    for (const QVariant &entry : data.value(QStringLiteral("kinds")).toList()) {
        const QVariantMap map = entry.toMap();
        Rule rule;
        rule.images = map.value(QStringLiteral("images")).toStringList();
        rule.variables = map.value(QStringLiteral("variables")).toStringList();
        for (const QVariant &p : map.value(QStringLiteral("ports")).toList())
            rule.ports.push_back(p.toInt());
        rule.kind = map.value(QStringLiteral("kind")).toString();
        rule.properties = map.value(QStringLiteral("properties")).toMap();
        if (catalog.kind(rule.kind))
            m_rules.push_back(std::move(rule));
    }
    m_tools = data.value(QStringLiteral("tools")).toStringList();
}

const KindGuesser::Rule *KindGuesser::byImage(const QString &image) const
{
    const QString repo = imageRepository(image);
    if (repo.isEmpty())
        return nullptr;
    static const QRegularExpression tokenSeparators(QStringLiteral("[/_.-]"));
    const QStringList tokens = repo.split(tokenSeparators, Qt::SkipEmptyParts);
    for (const QString &tool : m_tools)
        if (tokens.contains(tool))
            return nullptr;
    const QStringList segments = repo.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    // The last segment decides first (bitnami/redis is redis), then the ones before it.
    for (auto segment = segments.crbegin(); segment != segments.crend(); ++segment)
        for (const Rule &rule : m_rules)
            for (const QString &name : rule.images)
                if (*segment == name || segment->startsWith(name + QLatin1Char('-')) || segment->startsWith(name + QLatin1Char('_')))
                    return &rule;
    return nullptr;
}

KindGuess KindGuesser::guess(const QString &image, const QStringList &variables, const std::vector<int> &ports) const
{
    if (const Rule *rule = byImage(image))
        return {rule->kind, rule->properties, ImportText::tr("image %1").arg(image)};
    for (const Rule &rule : m_rules)
        for (const QString &prefix : rule.variables)
            for (const QString &variable : variables)
                // KAFKA_ADDRESS, MYSQL_HOST: a client naming the engine, not the engine's own setting.
                if (variable.startsWith(prefix) && !namesAnAddress(variable))
                    return {rule.kind, rule.properties, ImportText::tr("variable %1").arg(variable)};
    for (const Rule &rule : m_rules)
        for (int port : rule.ports)
            if (std::find(ports.begin(), ports.end(), port) != ports.end())
                return {rule.kind, rule.properties, ImportText::tr("port %1").arg(port)};
    return {kinds::microservice, {}, {}};
}

} // namespace sd
