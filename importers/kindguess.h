// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <vector>

namespace sd {

class Catalog;

/// A kind guessed for a container, and what gave it away.
struct KindGuess {
    QString kind;          ///< catalog kind id; microservice when nothing matched
    QVariantMap properties; ///< what the rule sets (engine)
    QString evidence;      ///< translated: "image postgres:16", "variable MYSQL_DATABASE", "port 6379", or empty
};

/**
 * Guesses a container's kind from its image, then its environment variable names, then its
 * ports, by the rules in the catalog (resources/catalog/exports/import.yaml, "kinds").
 */
class KindGuesser
{
public:
    explicit KindGuesser(const Catalog &catalog);

    KindGuess guess(const QString &image, const QStringList &variables, const std::vector<int> &ports) const;

private:
    struct Rule {
        QStringList images;
        QStringList variables;
        std::vector<int> ports;
        QString kind;
        QVariantMap properties;
    };
    const Rule *byImage(const QString &image) const;

    std::vector<Rule> m_rules;
    QStringList m_tools;
};

/// The repository of an image without registry, tag and digest ("docker.io/bitnami/redis:7" -> "bitnami/redis").
QString imageRepository(const QString &image);

} // namespace sd
