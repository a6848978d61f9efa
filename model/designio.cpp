// SPDX-License-Identifier: MIT
#include "designio.h"

#include "atomicfile.h"

#include "catalog.h"
#include "migration.h"
#include "sourcetree.h"
#include "yamlemitter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <unordered_set>

namespace sd {

DesignFormat formatForPath(const QString &path)
{
    return path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) ? DesignFormat::Json
                                                                        : DesignFormat::Yaml;
}

namespace {

constexpr size_t kMaxItems = 1'000'000;
constexpr int kMaxZoneDepth = 32;
constexpr double kMaxCoordinate = 1e7;
constexpr int kMaxErrors = 50;
/// A route the user bent by hand has a few points; thousands are a broken or hostile file.
constexpr size_t kMaxWaypoints = 1000;
constexpr int kMaxZOrder = 1000000; ///< |zOrder| at most this: the canvas stacks by it exactly

int editDistance(const QString &a, const QString &b)
{
    std::vector<int> row(size_t(b.size()) + 1);
    for (size_t j = 0; j < row.size(); ++j)
        row[j] = int(j);
    for (int i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int above = row[size_t(j)];
            row[size_t(j)] = std::min({above + 1, row[size_t(j) - 1] + 1,
                                       diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row.back();
}

/// " (did you mean 'x'?)" when one of `known` is close to `word`.
QString suggestion(const QString &word, const QStringList &known)
{
    QString best;
    int bestDistance = 3;
    for (const QString &candidate : known) {
        const int d = editDistance(word.toLower(), candidate.toLower());
        if (d < bestDistance) {
            bestDistance = d;
            best = candidate;
        }
    }
    return best.isEmpty() ? QString() : QCoreApplication::translate("DesignReader", " (did you mean '%1'?)").arg(best);
}

struct TooManyErrors {};

/// Turns a parsed file into a Design, collecting every problem with its place.
class DesignReader
{
public:
    DesignReader(const QString &fileName, const Catalog &catalog, Diagnostics &diagnostics)
        : m_file(fileName), m_catalog(catalog), m_diagnostics(diagnostics) {}

    std::optional<Design> read(SourceNode &root, int &fileVersion)
    {
        try {
            return readRoot(root, fileVersion);
        } catch (const TooManyErrors &) {
            m_diagnostics.push_back({Diagnostic::Severity::Error, m_file, 0, 0,
                                     QCoreApplication::translate("DesignReader", "too many errors; stopped reading")});
            return std::nullopt;
        }
    }

private:
    void error(const SourceNode &at, const QString &message) { error(at.mark, message); }
    void error(SourceMark mark, const QString &message)
    {
        m_diagnostics.push_back({Diagnostic::Severity::Error, m_file, mark.line, mark.column, message});
        if (++m_errors >= kMaxErrors)
            throw TooManyErrors{};
    }

    /// Complains about keys of `map` that are not in `allowed`. The keys are compared as bytes: one
    /// QString per key of every item was a tenth of a large design's load.
    void checkKeys(const SourceNode &map, const QStringList &allowed, const QString &where)
    {
        for (const auto &[key, value] : map.entries) {
            const QLatin1String bytes(key.data(), qsizetype(key.size())); // allowed keys are ASCII
            if (std::none_of(allowed.cbegin(), allowed.cend(), [&](const QString &a) { return a == bytes; })) {
                const QString k = QString::fromStdString(key);
                error(value, QCoreApplication::translate("DesignReader", "unknown key '%1' in %2%3").arg(k, where, suggestion(k, allowed)));
            }
        }
    }

    bool expectMap(const SourceNode &node, const QString &what)
    {
        if (node.isMap())
            return true;
        error(node, QCoreApplication::translate("DesignReader", "%1 must be a mapping, not %2").arg(what, node.typeName()));
        return false;
    }

    /// A text value; `required` ones must be present and non-empty.
    QString text(const SourceNode &map, const char *key, bool required, const QString &where)
    {
        const SourceNode *node = map.find(key);
        if (!node || node->isNull()) {
            if (required)
                error(map, QCoreApplication::translate("DesignReader", "%1 has no '%2'").arg(where, QLatin1String(key)));
            return {};
        }
        if (!node->isScalar()) {
            error(*node, QCoreApplication::translate("DesignReader", "'%1' of %2 must be text, not %3").arg(QLatin1String(key), where, node->typeName()));
            return {};
        }
        QString value = QString::fromStdString(node->text);
        if (required && value.trimmed().isEmpty())
            error(*node, QCoreApplication::translate("DesignReader", "'%1' of %2 is empty").arg(QLatin1String(key), where));
        return value;
    }

    /// The stacking order of a zone or component: a whole number, 0 when missing.
    int zOrder(const SourceNode &map, const QString &where)
    {
        const SourceNode *node = map.find("zOrder");
        if (!node)
            return 0;
        const auto z = scalarToInt(*node);
        if (!z || *z < -kMaxZOrder || *z > kMaxZOrder) {
            error(*node, QCoreApplication::translate("DesignReader", "'zOrder' of %1 must be a whole number from %2 to %3, not '%4'")
                             .arg(where).arg(-kMaxZOrder).arg(kMaxZOrder).arg(QString::fromStdString(node->text)));
            return 0;
        }
        return int(*z);
    }

    std::optional<QPointF> pair(const SourceNode &map, const char *key, const QString &where, bool positive)
    {
        const SourceNode *node = map.find(key);
        if (!node)
            return std::nullopt;
        return pairValue(node, key, where, positive);
    }

    /// A [x, y] pair that is the value of `key` (or an item of its list).
    std::optional<QPointF> pairValue(const SourceNode *node, const char *key, const QString &where, bool positive)
    {
        if (!node->isSequence() || node->items.size() != 2) {
            error(*node, QCoreApplication::translate("DesignReader", "'%1' of %2 must be a list of two numbers, like [40, 60]").arg(QLatin1String(key), where));
            return std::nullopt;
        }
        double values[2];
        for (int i = 0; i < 2; ++i) {
            const auto v = scalarToDouble(node->items[size_t(i)]);
            if (!v) {
                error(node->items[size_t(i)], QCoreApplication::translate("DesignReader", "'%1' of %2 must hold numbers, not '%3'")
                                                  .arg(QLatin1String(key), where,
                                                       QString::fromStdString(node->items[size_t(i)].text)));
                return std::nullopt;
            }
            if (std::abs(*v) > kMaxCoordinate || (positive && *v <= 0)) {
                error(node->items[size_t(i)], positive
                          ? QCoreApplication::translate("DesignReader", "'%1' of %2 must be positive and at most %3").arg(QLatin1String(key), where).arg(kMaxCoordinate)
                          : QCoreApplication::translate("DesignReader", "'%1' of %2 is beyond %3").arg(QLatin1String(key), where).arg(kMaxCoordinate));
                return std::nullopt;
            }
            values[i] = *v;
        }
        return QPointF(values[0], values[1]);
    }

    /// Properties checked against the kind's schema: known keys, right types, in range.
    PropertyMap properties(const SourceNode &map, const KindSpec *kind, const QString &where)
    {
        PropertyMap result;
        const SourceNode *node = map.find("properties");
        if (!node || node->isNull())
            return result;
        if (!expectMap(*node, QCoreApplication::translate("DesignReader", "'properties' of %1").arg(where)) || !kind)
            return result;
        for (const auto &[rawKey, value] : node->entries) {
            const QString key = QString::fromStdString(rawKey);
            const PropertySpec *spec = kind->property(key);
            if (!spec) {
                QStringList known; // only for the suggestion: most items have no unknown property
                for (const PropertySpec &p : kind->properties)
                    known.append(p.key);
                error(value, QCoreApplication::translate("DesignReader", "unknown property '%1' for kind '%2' in %3%4")
                                 .arg(key, kind->id, where, suggestion(key, known)));
                continue;
            }
            if (!value.isScalar()) {
                error(value, QCoreApplication::translate("DesignReader", "property '%1' of %2 must be a single value, not %3").arg(key, where, value.typeName()));
                continue;
            }
            // An unquoted true/12 given for text is accepted as its text ("1.31" needs no quotes).
            const QVariant raw = (spec->type == PropertyType::String || spec->type == PropertyType::Enum)
                                     ? QVariant(QString::fromStdString(value.text))
                                     : scalarToVariant(value);
            QString problem;
            QVariant coerced = spec->coerce(raw, &problem);
            if (!coerced.isValid()) {
                error(value, QCoreApplication::translate("DesignReader", "%1 in %2").arg(problem, where));
                continue;
            }
            result.insert(key, coerced);
        }
        return result;
    }

    const KindSpec *kindOf(const SourceNode &map, const QString &where, bool wantContainer)
    {
        const QString id = text(map, "kind", true, where);
        if (id.isEmpty())
            return nullptr;
        const KindSpec *kind = m_catalog.kind(id);
        if (!kind) {
            QStringList known;
            for (const KindSpec *k : m_catalog.kinds())
                if (k->container == wantContainer)
                    known.append(k->id);
            error(*map.find("kind"), QCoreApplication::translate("DesignReader", "unknown kind '%1' in %2%3").arg(id, where, suggestion(id, known)));
            return nullptr;
        }
        if (kind->container != wantContainer) {
            error(*map.find("kind"), wantContainer
                      ? QCoreApplication::translate("DesignReader", "'%1' is a component kind; list it under components, not zones").arg(id)
                      : QCoreApplication::translate("DesignReader", "'%1' is a zone kind; list it under zones, not components").arg(id));
            return nullptr;
        }
        return kind;
    }

    QString itemId(const SourceNode &map, const QString &where)
    {
        const QString id = text(map, "id", true, where);
        if (id.isEmpty())
            return id;
        if (!isValidId(id)) {
            error(*map.find("id"), QCoreApplication::translate("DesignReader", "id '%1' of %2 must start with a letter or digit and use only letters, digits, '-', '_' and '.' (at most 128)").arg(id, where));
            return {};
        }
        if (const auto it = m_ids.constFind(id); it != m_ids.cend()) {
            error(*map.find("id"), QCoreApplication::translate("DesignReader", "duplicate id '%1' (first used on line %2)").arg(id).arg(it->line));
            return {};
        }
        m_ids.insert(id, map.mark);
        return id;
    }

    /// Items of the list `key` of `root`, to size the tables of ids before reading them.
    static size_t itemCount(const SourceNode &root, const char *key)
    {
        const SourceNode *node = root.find(key);
        return node ? node->items.size() : 0;
    }

    /// Inserts `value`; false when it was there already.
    template<typename T>
    static bool insertNew(QSet<T> &set, const T &value)
    {
        const qsizetype before = set.size();
        set.insert(value);
        return set.size() > before;
    }

    const SourceNode *list(const SourceNode &root, const char *key)
    {
        const SourceNode *node = root.find(key);
        if (!node || node->isNull())
            return nullptr;
        if (!node->isSequence()) {
            error(*node, QCoreApplication::translate("DesignReader", "'%1' must be a list, not %2").arg(QLatin1String(key), node->typeName()));
            return nullptr;
        }
        if (node->items.size() > kMaxItems) {
            error(*node, QCoreApplication::translate("DesignReader", "'%1' has %2 entries; at most %3 are supported").arg(QLatin1String(key)).arg(node->items.size()).arg(kMaxItems));
            return nullptr;
        }
        return node;
    }

    std::optional<Design> readRoot(SourceNode &root, int &fileVersion)
    {
        if (!root.isMap()) {
            error(root, root.isNull() ? QCoreApplication::translate("DesignReader", "the file is empty; a design needs at least formatVersion and name")
                                      : QCoreApplication::translate("DesignReader", "a design file must be a mapping at the top, not %1").arg(root.typeName()));
            return std::nullopt;
        }
        const SourceNode *versionNode = root.find("formatVersion");
        if (!versionNode) {
            error(root, QCoreApplication::translate("DesignReader", "missing 'formatVersion' (this version of Stackdraft writes %1)").arg(kDesignFormatVersion));
            return std::nullopt;
        }
        const auto version = scalarToInt(*versionNode);
        if (!version || *version < 1) {
            error(*versionNode, QCoreApplication::translate("DesignReader", "'formatVersion' must be a whole number from 1, not '%1'").arg(QString::fromStdString(versionNode->text)));
            return std::nullopt;
        }
        fileVersion = int(std::min<qint64>(*version, 1'000'000));
        if (*version > kDesignFormatVersion) {
            error(*versionNode, QCoreApplication::translate("DesignReader", "the file has format version %1, written by a newer Stackdraft; this version reads up to format version %2. Update Stackdraft to open it.")
                                    .arg(*version).arg(kDesignFormatVersion));
            return std::nullopt;
        }
        if (*version < kDesignFormatVersion)
            migrateDesignTree(root, int(*version));

        checkKeys(root, {QStringLiteral("formatVersion"), QStringLiteral("name"), QStringLiteral("description"),
                         QStringLiteral("metadata"), QStringLiteral("zones"), QStringLiteral("components"),
                         QStringLiteral("connections"), QStringLiteral("questionnaire"),
                         QStringLiteral("acceptedFindings"), QStringLiteral("conflicts"), QStringLiteral("notes")},
                  QCoreApplication::translate("DesignReader", "the design"));
        Design design;
        design.name = text(root, "name", true, QCoreApplication::translate("DesignReader", "the design"));
        design.description = text(root, "description", false, QCoreApplication::translate("DesignReader", "the design"));
        if (const SourceNode *meta = root.find("metadata"); meta && !meta->isNull() && expectMap(*meta, QCoreApplication::translate("DesignReader", "'metadata'"))) {
            for (const auto &[key, value] : meta->entries) {
                if (!value.isScalar())
                    error(value, QCoreApplication::translate("DesignReader", "metadata '%1' must be text").arg(QString::fromStdString(key)));
                else
                    design.metadata[QString::fromStdString(key)] = QString::fromStdString(value.text);
            }
        }

        std::vector<Zone> zones;
        std::vector<Component> components;
        std::vector<Connection> connections;
        std::vector<Answer> answers;
        std::vector<AcceptedFinding> accepted;
        // Qt's hash tables, not std's: these lookups were a tenth of a large design's load with
        // std::unordered_set<QString>, which hashes again what it walks past in a bucket.
        QHash<QString, const SourceNode *> zoneNodes;
        m_ids.reserve(qsizetype(itemCount(root, "zones") + itemCount(root, "components") + itemCount(root, "connections")));

        if (const SourceNode *zoneList = list(root, "zones")) {
            zones.reserve(zoneList->items.size());
            // Translated once per list, not per item: they are only filled in per item.
            const QString zoneNumbered = QCoreApplication::translate("DesignReader", "zone %1");
            const QString zoneNamed = QCoreApplication::translate("DesignReader", "zone '%1'");
            static const QStringList keys{QStringLiteral("id"), QStringLiteral("kind"),
                                          QStringLiteral("name"), QStringLiteral("parent"),
                                          QStringLiteral("position"), QStringLiteral("size"),
                                          QStringLiteral("zOrder"), QStringLiteral("properties")};
            for (size_t i = 0; i < zoneList->items.size(); ++i) {
                const SourceNode &node = zoneList->items[i];
                const QString where = zoneNumbered.arg(i + 1);
                if (!expectMap(node, where))
                    continue;
                checkKeys(node, keys, where);
                Zone z;
                z.id = itemId(node, where);
                const QString named = z.id.isEmpty() ? where : zoneNamed.arg(z.id);
                const KindSpec *kind = kindOf(node, named, true);
                if (kind)
                    z.kind = kind->id;
                z.name = text(node, "name", true, named);
                z.parent = text(node, "parent", false, named);
                z.position = pair(node, "position", named, false).value_or(QPointF());
                if (auto s = pair(node, "size", named, true))
                    z.size = QSizeF(s->x(), s->y());
                z.zOrder = zOrder(node, named);
                z.properties = properties(node, kind, named);
                if (!z.id.isEmpty())
                    zoneNodes.insert(z.id, &node);
                zones.push_back(std::move(z));
            }
        }
        for (const Zone &z : zones) {
            if (z.parent.isEmpty() || z.id.isEmpty())
                continue;
            const SourceNode &node = *zoneNodes.value(z.id);
            if (!zoneNodes.contains(z.parent))
                error(*node.find("parent"), QCoreApplication::translate("DesignReader", "zone '%1' names parent '%2', which is not a zone").arg(z.id, z.parent));
        }
        checkZoneNesting(zones, zoneNodes);

        QSet<QString> componentIds;
        componentIds.reserve(qsizetype(itemCount(root, "components")));
        if (const SourceNode *componentList = list(root, "components")) {
            components.reserve(componentList->items.size());
            const QString componentNumbered = QCoreApplication::translate("DesignReader", "component %1");
            const QString componentNamed = QCoreApplication::translate("DesignReader", "component '%1'");
            static const QStringList keys{QStringLiteral("id"), QStringLiteral("kind"),
                                          QStringLiteral("name"), QStringLiteral("zone"),
                                          QStringLiteral("position"), QStringLiteral("size"),
                                          QStringLiteral("pinned"), QStringLiteral("zOrder"),
                                          QStringLiteral("properties")};
            for (size_t i = 0; i < componentList->items.size(); ++i) {
                const SourceNode &node = componentList->items[i];
                const QString where = componentNumbered.arg(i + 1);
                if (!expectMap(node, where))
                    continue;
                checkKeys(node, keys, where);
                Component c;
                c.id = itemId(node, where);
                const QString named = c.id.isEmpty() ? where : componentNamed.arg(c.id);
                const KindSpec *kind = kindOf(node, named, false);
                if (kind)
                    c.kind = kind->id;
                c.name = text(node, "name", true, named);
                c.zone = text(node, "zone", false, named);
                if (!c.zone.isEmpty() && !zoneNodes.contains(c.zone))
                    error(*node.find("zone"), QCoreApplication::translate("DesignReader", "%1 is placed in '%2', which is not a zone").arg(named, c.zone));
                c.position = pair(node, "position", named, false).value_or(QPointF());
                if (auto s = pair(node, "size", named, true))
                    c.size = QSizeF(s->x(), s->y());
                if (const SourceNode *pinned = node.find("pinned")) {
                    const auto b = scalarToBool(*pinned);
                    if (!b)
                        error(*pinned, QCoreApplication::translate("DesignReader", "'pinned' of %1 must be true or false").arg(named));
                    c.pinned = b.value_or(false);
                }
                c.zOrder = zOrder(node, named);
                c.properties = properties(node, kind, named);
                if (!c.id.isEmpty())
                    componentIds.insert(c.id);
                components.push_back(std::move(c));
            }
        }

        if (const SourceNode *connectionList = list(root, "connections")) {
            connections.reserve(connectionList->items.size());
            QSet<std::pair<QString, QString>> pairs;
            pairs.reserve(qsizetype(connectionList->items.size()));
            const QString connectionNumbered = QCoreApplication::translate("DesignReader", "connection %1");
            const QString connectionNamed = QCoreApplication::translate("DesignReader", "connection '%1'");
            static const QStringList keys{QStringLiteral("id"), QStringLiteral("from"), QStringLiteral("to"),
                                          QStringLiteral("protocol"), QStringLiteral("port"),
                                          QStringLiteral("mode"), QStringLiteral("label"),
                                          QStringLiteral("callsPerRequest"), QStringLiteral("waypoints"),
                                          QStringLiteral("style")};
            for (size_t i = 0; i < connectionList->items.size(); ++i) {
                const SourceNode &node = connectionList->items[i];
                const QString where = connectionNumbered.arg(i + 1);
                if (!expectMap(node, where))
                    continue;
                checkKeys(node, keys, where);
                Connection c;
                c.id = itemId(node, where);
                const QString named = c.id.isEmpty() ? where : connectionNamed.arg(c.id);
                c.from = text(node, "from", true, named);
                c.to = text(node, "to", true, named);
                for (const auto &[key, end] : {std::pair{"from", c.from}, std::pair{"to", c.to}}) {
                    if (!end.isEmpty() && !componentIds.contains(end))
                        error(*node.find(key), zoneNodes.contains(end)
                                                   ? QCoreApplication::translate("DesignReader", "%1 goes %2 '%3', which is a zone; connect components").arg(named, QLatin1String(key), end)
                                                   : QCoreApplication::translate("DesignReader", "%1 goes %2 '%3', which does not exist").arg(named, QLatin1String(key), end));
                }
                if (!c.from.isEmpty() && c.from == c.to)
                    error(node, QCoreApplication::translate("DesignReader", "%1 connects '%2' to itself").arg(named, c.from));
                else if (!c.from.isEmpty() && !c.to.isEmpty() && !insertNew(pairs, std::pair(c.from, c.to)))
                    error(node, QCoreApplication::translate("DesignReader", "%1 repeats a connection from '%2' to '%3'").arg(named, c.from, c.to));
                c.protocol = text(node, "protocol", false, named);
                if (const SourceNode *port = node.find("port")) {
                    const auto p = scalarToInt(*port);
                    if (!p || *p < 1 || *p > 65535)
                        error(*port, QCoreApplication::translate("DesignReader", "'port' of %1 must be a whole number from 1 to 65535, not '%2'").arg(named, QString::fromStdString(port->text)));
                    else
                        c.port = int(*p);
                }
                const QString mode = text(node, "mode", false, named);
                if (mode == QLatin1String("async"))
                    c.mode = ConnectionMode::Async;
                else if (!mode.isEmpty() && mode != QLatin1String("sync"))
                    error(*node.find("mode"), QCoreApplication::translate("DesignReader", "'mode' of %1 must be sync or async, not '%2'").arg(named, mode));
                c.label = text(node, "label", false, named);
                if (const SourceNode *calls = node.find("callsPerRequest")) {
                    const auto n = scalarToDouble(*calls);
                    if (!n || !std::isfinite(*n) || *n < 0 || *n > 1000)
                        error(*calls, QCoreApplication::translate("DesignReader", "'callsPerRequest' of %1 must be a number from 0 to 1000, not '%2'").arg(named, QString::fromStdString(calls->text)));
                    else
                        c.callsPerRequest = *n;
                }
                if (const SourceNode *points = node.find("waypoints"); points && !points->isNull()) {
                    if (!points->isSequence())
                        error(*points, QCoreApplication::translate("DesignReader", "'waypoints' of %1 must be a list of points, like [[40, 60], [40, 200]]").arg(named));
                    else if (points->items.size() > kMaxWaypoints)
                        error(*points, QCoreApplication::translate("DesignReader", "%1 has %2 waypoints; at most %3 are allowed").arg(named).arg(points->items.size()).arg(kMaxWaypoints));
                    else
                        for (const SourceNode &point : points->items)
                            if (auto p = pairValue(&point, "waypoints", named, false))
                                c.waypoints.push_back(*p);
                }
                const QString style = text(node, "style", false, named);
                if (!style.isEmpty()) {
                    if (const auto s = connectionStyleFromName(style))
                        c.style = *s;
                    else
                        error(*node.find("style"), QCoreApplication::translate("DesignReader", "'style' of %1 must be orthogonal, straight or curved, not '%2'").arg(named, style));
                }
                connections.push_back(std::move(c));
            }
        }

        std::vector<Note> notes = readNotes(root, zoneNodes);

        if (const SourceNode *q = root.find("questionnaire"); q && !q->isNull() && expectMap(*q, QCoreApplication::translate("DesignReader", "'questionnaire'"))) {
            checkKeys(*q, {QStringLiteral("answers")}, QCoreApplication::translate("DesignReader", "'questionnaire'"));
            if (const SourceNode *answerList = list(*q, "answers")) {
                std::unordered_set<QString> seen;
                for (size_t i = 0; i < answerList->items.size(); ++i) {
                    const SourceNode &node = answerList->items[i];
                    const QString where = QCoreApplication::translate("DesignReader", "answer %1").arg(i + 1);
                    if (!expectMap(node, where))
                        continue;
                    checkKeys(node, {QStringLiteral("question"), QStringLiteral("value"), QStringLiteral("note")}, where);
                    Answer a;
                    a.question = text(node, "question", true, where);
                    if (!a.question.isEmpty() && !seen.insert(a.question).second)
                        error(node, QCoreApplication::translate("DesignReader", "question '%1' is answered twice").arg(a.question));
                    if (const SourceNode *value = node.find("value")) {
                        if (value->isScalar()) {
                            a.value = scalarToVariant(*value);
                        } else if (value->isSequence() && value->items.size() == 2
                                   && scalarToDouble(value->items[0]) && scalarToDouble(value->items[1])) {
                            a.value = QVariantList{scalarToVariant(value->items[0]), scalarToVariant(value->items[1])};
                        } else if (!value->isNull()) {
                            error(*value, QCoreApplication::translate("DesignReader", "the value of %1 must be a number, text, true/false or a range [min, max]").arg(where));
                        }
                    }
                    a.note = text(node, "note", false, where);
                    answers.push_back(std::move(a));
                }
            }
        }

        if (const SourceNode *acceptedList = list(root, "acceptedFindings")) {
            std::unordered_set<QString> seen;
            for (size_t i = 0; i < acceptedList->items.size(); ++i) {
                const SourceNode &node = acceptedList->items[i];
                const QString where = QCoreApplication::translate("DesignReader", "accepted finding %1").arg(i + 1);
                if (!expectMap(node, where))
                    continue;
                checkKeys(node, {QStringLiteral("finding"), QStringLiteral("justification"),
                                 QStringLiteral("acceptedBy"), QStringLiteral("acceptedOn")}, where);
                AcceptedFinding a;
                a.finding = text(node, "finding", true, where);
                if (!a.finding.isEmpty() && !seen.insert(a.finding).second)
                    error(node, QCoreApplication::translate("DesignReader", "finding '%1' is accepted twice").arg(a.finding));
                a.justification = text(node, "justification", true, where);
                a.acceptedBy = text(node, "acceptedBy", false, where);
                a.acceptedOn = text(node, "acceptedOn", false, where);
                accepted.push_back(std::move(a));
            }
        }

        if (const SourceNode *conflictList = list(root, "conflicts"))
            design.conflicts = readConflicts(*conflictList);

        if (m_errors > 0)
            return std::nullopt;
        design.assign(std::move(zones), std::move(components), std::move(connections),
                      std::move(answers), std::move(accepted));
        design.assignNotes(std::move(notes));
        return design;
    }

    /// The `notes:` list: text notes on the canvas (docs/file-format.md).
    std::vector<Note> readNotes(const SourceNode &root, const QHash<QString, const SourceNode *> &zoneNodes)
    {
        std::vector<Note> notes;
        const SourceNode *noteList = list(root, "notes");
        if (!noteList)
            return notes;
        notes.reserve(noteList->items.size());
        for (size_t i = 0; i < noteList->items.size(); ++i) {
            const SourceNode &node = noteList->items[i];
            const QString where = QCoreApplication::translate("DesignReader", "note %1").arg(i + 1);
            if (!expectMap(node, where))
                continue;
            checkKeys(node, {QStringLiteral("id"), QStringLiteral("text"), QStringLiteral("zone"),
                             QStringLiteral("position"), QStringLiteral("size"), QStringLiteral("colour")}, where);
            Note n;
            n.id = itemId(node, where);
            const QString named = n.id.isEmpty() ? where : QCoreApplication::translate("DesignReader", "note '%1'").arg(n.id);
            n.text = text(node, "text", false, named);
            if (n.text.size() > kMaxNoteTextLength)
                error(*node.find("text"), QCoreApplication::translate("DesignReader", "the text of %1 has %2 characters; a note holds at most %3")
                                              .arg(named).arg(n.text.size()).arg(kMaxNoteTextLength));
            n.zone = text(node, "zone", false, named);
            if (!n.zone.isEmpty() && !zoneNodes.contains(n.zone))
                error(*node.find("zone"), QCoreApplication::translate("DesignReader", "%1 is placed in '%2', which is not a zone").arg(named, n.zone));
            n.position = pair(node, "position", named, false).value_or(QPointF());
            if (auto s = pair(node, "size", named, true); s && QSizeF(s->x(), s->y()) != kDefaultNoteSize)
                n.size = QSizeF(s->x(), s->y()); // the default size is stored as none, as it is saved
            const QString colour = text(node, "colour", false, named);
            if (!colour.isEmpty()) {
                if (const auto c = noteColourFromName(colour)) {
                    n.colour = *c;
                } else {
                    QStringList names;
                    for (NoteColour known : noteColours())
                        names << noteColourName(known);
                    error(*node.find("colour"), QCoreApplication::translate("DesignReader", "'colour' of %1 must be one of %2, not '%3'%4")
                                                    .arg(named, names.join(QStringLiteral(", ")), colour, suggestion(colour, names)));
                }
            }
            notes.push_back(std::move(n));
        }
        return notes;
    }

    /// The `conflicts:` list a semantic merge leaves (docs/file-format.md). Values are text.
    std::vector<MergeConflict> readConflicts(const SourceNode &list)
    {
        static const QStringList types{QStringLiteral("design"), QStringLiteral("zone"), QStringLiteral("component"),
                                       QStringLiteral("connection"), QStringLiteral("answer"), QStringLiteral("acceptedFinding"),
                                       QStringLiteral("note")};
        std::vector<MergeConflict> conflicts;
        for (size_t i = 0; i < list.items.size(); ++i) {
            const SourceNode &node = list.items[i];
            const QString where = QCoreApplication::translate("DesignReader", "conflict %1").arg(i + 1);
            if (!expectMap(node, where))
                continue;
            checkKeys(node, {QStringLiteral("type"), QStringLiteral("item"), QStringLiteral("field"), QStringLiteral("base"),
                             QStringLiteral("ours"), QStringLiteral("theirs"), QStringLiteral("kept"), QStringLiteral("note")}, where);
            MergeConflict c;
            c.type = text(node, "type", true, where);
            if (!c.type.isEmpty() && !types.contains(c.type))
                error(*node.find("type"), QCoreApplication::translate("DesignReader", "'type' of %1 must be one of %2, not '%3'")
                                              .arg(where, types.join(QStringLiteral(", ")), c.type));
            c.item = text(node, "item", false, where);
            c.field = text(node, "field", false, where);
            for (auto [key, value] : {std::pair{"base", &c.base}, std::pair{"ours", &c.ours}, std::pair{"theirs", &c.theirs}})
                if (const SourceNode *v = node.find(key); v && !v->isNull())
                    *value = text(node, key, false, where);
            c.kept = text(node, "kept", false, where);
            if (!c.kept.isEmpty() && c.kept != QLatin1String("ours") && c.kept != QLatin1String("theirs"))
                error(*node.find("kept"), QCoreApplication::translate("DesignReader", "'kept' of %1 must be ours or theirs, not '%2'").arg(where, c.kept));
            c.note = text(node, "note", false, where);
            conflicts.push_back(std::move(c));
        }
        if (!conflicts.empty())
            m_diagnostics.push_back({Diagnostic::Severity::Warning, m_file, list.mark.line, list.mark.column,
                                     QCoreApplication::translate("DesignReader", "the design has %1 unresolved merge conflict(s) under 'conflicts'; "
                                                                                 "resolve them and remove the list").arg(conflicts.size())});
        return conflicts;
    }

    /// Zones must form a forest no deeper than kMaxZoneDepth.
    void checkZoneNesting(const std::vector<Zone> &zones,
                          const QHash<QString, const SourceNode *> &nodes)
    {
        std::unordered_map<QString, QString> parentOf;
        for (const Zone &z : zones)
            if (!z.id.isEmpty())
                parentOf[z.id] = z.parent;
        std::unordered_set<QString> reported;
        for (const Zone &z : zones) {
            if (z.id.isEmpty())
                continue;
            QStringList chain{z.id};
            QString current = z.parent;
            while (!current.isEmpty() && parentOf.count(current)) {
                if (chain.contains(current)) {
                    if (reported.insert(current).second)
                        error(*nodes.value(z.id)->find("parent"),
                              QCoreApplication::translate("DesignReader", "zones contain each other in a cycle: %1").arg((chain << current).join(QStringLiteral(" > "))));
                    break;
                }
                chain.append(current);
                if (chain.size() > kMaxZoneDepth) {
                    error(*nodes.value(z.id), QCoreApplication::translate("DesignReader", "zone '%1' is nested more than %2 levels deep").arg(z.id).arg(kMaxZoneDepth));
                    break;
                }
                current = parentOf[current];
            }
        }
    }

    QString m_file;
    const Catalog &m_catalog;
    Diagnostics &m_diagnostics;
    int m_errors = 0;
    QHash<QString, SourceMark> m_ids;
};

// --- writing ---------------------------------------------------------------

nlohmann::ordered_json numberJson(double v)
{
    if (v == std::floor(v) && std::abs(v) < 1e15)
        return static_cast<long long>(v);
    return v;
}

nlohmann::ordered_json variantJson(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Bool:
        return v.toBool();
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return v.toLongLong();
    case QMetaType::Double:
        return numberJson(v.toDouble());
    case QMetaType::QVariantList: {
        nlohmann::ordered_json list = nlohmann::ordered_json::array();
        for (const QVariant &item : v.toList())
            list.push_back(variantJson(item));
        return list;
    }
    default:
        if (!v.isValid())
            return nullptr;
        return v.toString().toStdString();
    }
}

nlohmann::ordered_json pointJson(QPointF p) { return {numberJson(p.x()), numberJson(p.y())}; }

nlohmann::ordered_json propertiesJson(const PropertyMap &properties)
{
    nlohmann::ordered_json j = nlohmann::ordered_json::object();
    for (auto it = properties.cbegin(); it != properties.cend(); ++it)
        j[it.key().toStdString()] = variantJson(it.value());
    return j;
}

nlohmann::ordered_json notesJson(const std::vector<Note> &notes)
{
    using J = nlohmann::ordered_json;
    J list = J::array();
    for (const Note &n : notes) {
        J j = J::object();
        j["id"] = n.id.toStdString();
        j["text"] = n.text.toStdString();
        if (!n.zone.isEmpty())
            j["zone"] = n.zone.toStdString();
        j["position"] = pointJson(n.position);
        if (!n.size.isEmpty() && n.size != kDefaultNoteSize)
            j["size"] = pointJson(QPointF(n.size.width(), n.size.height()));
        if (n.colour != NoteColour::Yellow)
            j["colour"] = noteColourName(n.colour).toStdString();
        list.push_back(std::move(j));
    }
    return list;
}

nlohmann::ordered_json designJson(const Design &d)
{
    using J = nlohmann::ordered_json;
    J root = J::object();
    root["formatVersion"] = kDesignFormatVersion;
    root["name"] = d.name.toStdString();
    if (!d.description.isEmpty())
        root["description"] = d.description.toStdString();
    if (!d.metadata.empty()) {
        J meta = J::object();
        for (const auto &[k, v] : d.metadata)
            meta[k.toStdString()] = v.toStdString();
        root["metadata"] = std::move(meta);
    }
    if (!d.zones().empty()) {
        J zones = J::array();
        for (const Zone &z : d.zones()) {
            J j = J::object();
            j["id"] = z.id.toStdString();
            j["kind"] = z.kind.toStdString();
            j["name"] = z.name.toStdString();
            if (!z.parent.isEmpty())
                j["parent"] = z.parent.toStdString();
            j["position"] = pointJson(z.position);
            if (!z.size.isEmpty())
                j["size"] = pointJson(QPointF(z.size.width(), z.size.height()));
            if (z.zOrder != 0)
                j["zOrder"] = z.zOrder;
            if (!z.properties.isEmpty())
                j["properties"] = propertiesJson(z.properties);
            zones.push_back(std::move(j));
        }
        root["zones"] = std::move(zones);
    }
    if (!d.components().empty()) {
        J components = J::array();
        for (const Component &c : d.components()) {
            J j = J::object();
            j["id"] = c.id.toStdString();
            j["kind"] = c.kind.toStdString();
            j["name"] = c.name.toStdString();
            if (!c.zone.isEmpty())
                j["zone"] = c.zone.toStdString();
            j["position"] = pointJson(c.position);
            if (!c.size.isEmpty())
                j["size"] = pointJson(QPointF(c.size.width(), c.size.height()));
            if (c.pinned)
                j["pinned"] = true;
            if (c.zOrder != 0)
                j["zOrder"] = c.zOrder;
            if (!c.properties.isEmpty())
                j["properties"] = propertiesJson(c.properties);
            components.push_back(std::move(j));
        }
        root["components"] = std::move(components);
    }
    if (!d.connections().empty()) {
        J connections = J::array();
        for (const Connection &c : d.connections()) {
            J j = J::object();
            j["id"] = c.id.toStdString();
            j["from"] = c.from.toStdString();
            j["to"] = c.to.toStdString();
            if (!c.protocol.isEmpty())
                j["protocol"] = c.protocol.toStdString();
            if (c.port > 0)
                j["port"] = c.port;
            if (c.mode == ConnectionMode::Async)
                j["mode"] = "async";
            if (!c.label.isEmpty())
                j["label"] = c.label.toStdString();
            if (c.callsPerRequest)
                j["callsPerRequest"] = *c.callsPerRequest;
            if (c.style != ConnectionStyle::Orthogonal)
                j["style"] = connectionStyleName(c.style).toStdString();
            if (!c.waypoints.empty()) {
                J points = J::array();
                for (QPointF p : c.waypoints)
                    points.push_back(pointJson(p));
                j["waypoints"] = std::move(points);
            }
            connections.push_back(std::move(j));
        }
        root["connections"] = std::move(connections);
    }
    if (!d.notes().empty())
        root["notes"] = notesJson(d.notes());
    if (!d.answers().empty()) {
        J answers = J::array();
        for (const Answer &a : d.answers()) {
            J j = J::object();
            j["question"] = a.question.toStdString();
            if (a.value.isValid())
                j["value"] = variantJson(a.value);
            if (!a.note.isEmpty())
                j["note"] = a.note.toStdString();
            answers.push_back(std::move(j));
        }
        root["questionnaire"] = J{{"answers", std::move(answers)}};
    }
    if (!d.acceptedFindings().empty()) {
        J accepted = J::array();
        for (const AcceptedFinding &a : d.acceptedFindings()) {
            J j = J::object();
            j["finding"] = a.finding.toStdString();
            j["justification"] = a.justification.toStdString();
            if (!a.acceptedBy.isEmpty())
                j["acceptedBy"] = a.acceptedBy.toStdString();
            if (!a.acceptedOn.isEmpty())
                j["acceptedOn"] = a.acceptedOn.toStdString();
            accepted.push_back(std::move(j));
        }
        root["acceptedFindings"] = std::move(accepted);
    }
    if (!d.conflicts.empty()) {
        J conflicts = J::array();
        for (const MergeConflict &c : d.conflicts) {
            J j = J::object();
            j["type"] = c.type.toStdString();
            if (!c.item.isEmpty())
                j["item"] = c.item.toStdString();
            if (!c.field.isEmpty())
                j["field"] = c.field.toStdString();
            for (const auto &[key, value] : {std::pair{"base", &c.base}, std::pair{"ours", &c.ours}, std::pair{"theirs", &c.theirs}})
                if (*value)
                    j[key] = (*value)->toStdString();
            if (!c.kept.isEmpty())
                j["kept"] = c.kept.toStdString();
            if (!c.note.isEmpty())
                j["note"] = c.note.toStdString();
            conflicts.push_back(std::move(j));
        }
        root["conflicts"] = std::move(conflicts);
    }
    return root;
}

} // namespace

namespace {

/// The place of every item of a list of zones or components that has an id.
void collectMarks(const SourceNode *list, QHash<QString, SourceMark> &marks)
{
    if (!list || !list->isSequence())
        return;
    marks.reserve(marks.size() + qsizetype(list->items.size()));
    for (const SourceNode &item : list->items)
        if (const SourceNode *id = item.isMap() ? item.find("id") : nullptr; id && id->isScalar())
            marks.insert(QString::fromStdString(id->text), item.mark);
}

} // namespace

LoadResult readDesign(std::string_view text, DesignFormat format, const QString &fileName,
                      const Catalog &catalog)
{
    LoadResult result;
    SourceNode root;
    ParseError parseError;
    const bool parsed = format == DesignFormat::Json ? parseJson(text, root, parseError)
                                                     : parseYaml(text, root, parseError);
    if (!parsed) {
        result.diagnostics.push_back({Diagnostic::Severity::Error, fileName, parseError.mark.line,
                                      parseError.mark.column, parseError.message});
        return result;
    }
    // Block YAML has no closing bracket, so a file cut off at a line end still parses, as a smaller
    // design. Every writer ends its last line; a last line without a line break is the trace a
    // cut-off copy, a full disk or an interrupted download leaves.
    if (format == DesignFormat::Yaml && !text.empty() && text.back() != '\n') {
        const size_t lastBreak = text.rfind('\n');
        const int line = int(std::count(text.begin(), text.end(), '\n')) + 1;
        const int column = int(text.size() - (lastBreak == std::string_view::npos ? 0 : lastBreak + 1)) + 1;
        result.diagnostics.push_back({Diagnostic::Severity::Warning, fileName, line, column,
                                      QCoreApplication::translate("DesignReader",
                                          "the file ends in the middle of line %1, without a line break: it may have been "
                                          "cut off; check that nothing is missing at its end").arg(line)});
    }
    if (root.isMap()) { // before reading, which may migrate the tree: the places are the file's
        collectMarks(root.find("zones"), result.sourceMarks);
        collectMarks(root.find("components"), result.sourceMarks);
    }
    DesignReader reader(fileName, catalog, result.diagnostics);
    result.design = reader.read(root, result.fileVersion);
    if (result.design && result.fileVersion < kDesignFormatVersion) {
        result.diagnostics.push_back({Diagnostic::Severity::Warning, fileName, 0, 0,
                                      QCoreApplication::translate("DesignReader",
                                          "converted from format version %1 to %2; saving writes version %2")
                                          .arg(result.fileVersion).arg(kDesignFormatVersion)});
    }
    return result;
}

QByteArray readAtMost(QIODevice &file, qint64 expectedSize, qint64 limit)
{
    // Ask for what the file holds, not for the limit: read() allocates all it is asked for.
    // A file that grew since (or that reports no size, as some special files do) is read on.
    QByteArray bytes = file.read(std::clamp<qint64>(expectedSize, 0, limit) + 1);
    if (bytes.size() > expectedSize && bytes.size() <= limit)
        bytes += file.read(limit + 1 - bytes.size());
    return bytes;
}

LoadResult loadDesign(const QString &path, const Catalog &catalog)
{
    LoadResult result;
    auto fail = [&](const QString &message) {
        result.ioError = true;
        result.diagnostics.push_back({Diagnostic::Severity::Error, path, 0, 0, message});
        return result;
    };
    QFileInfo info(path);
    if (!info.exists())
        return fail(QCoreApplication::translate("DesignReader", "no such file"));
    if (info.isDir())
        return fail(QCoreApplication::translate("DesignReader", "is a folder, not a design file"));
    if (!info.isFile()) // a FIFO or a device would block the reader forever (issue 14)
        return fail(QCoreApplication::translate("DesignReader", "is not a regular file (a pipe or a device?); only design files can be opened"));
    if (info.size() > kMaxDesignFileBytes)
        return fail(QCoreApplication::translate("DesignReader", "the file has %1 MiB; design files of more than %2 MiB are refused")
                        .arg(info.size() / (1024 * 1024)).arg(kMaxDesignFileBytes / (1024 * 1024)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate("DesignReader", "cannot be read: %1").arg(file.errorString()));
    const QByteArray bytes = readAtMost(file, info.size(), kMaxDesignFileBytes);
    if (bytes.size() > kMaxDesignFileBytes)
        return fail(QCoreApplication::translate("DesignReader", "the file is larger than %1 MiB").arg(kMaxDesignFileBytes / (1024 * 1024)));
    LoadResult loaded = readDesign(std::string_view(bytes.constData(), size_t(bytes.size())), formatForPath(path), path, catalog);
    loaded.stamp = FileStamp::ofBytes(path, bytes);
    return loaded;
}

QByteArray writeDesign(const Design &design, DesignFormat format)
{
    const nlohmann::ordered_json tree = designJson(design);
    if (format == DesignFormat::Json)
        return QByteArray::fromStdString(tree.dump(2) + "\n");
    return QByteArray::fromStdString(emitYaml(tree));
}

bool saveDesign(const Design &design, const QString &path, DesignFormat format, QString *error,
                FileStamp *stamp)
{
    const QByteArray bytes = writeDesign(design, format);
    const WriteOutcome written = writeFileAtomically(path, bytes);
    if (!written && error)
        *error = written.error;
    if (written && stamp)
        *stamp = FileStamp::ofBytes(path, bytes);
    return written.ok;
}

bool saveDesignIfUnchanged(const Design &design, const QString &path, DesignFormat format, const FileStamp &read,
                           QString *error, bool *changedOnDisk)
{
    const bool changed = !FileStamp::ofFile(path).sameContentAs(read);
    if (changedOnDisk)
        *changedOnDisk = changed;
    if (changed) {
        if (error)
            *error = QCoreApplication::translate("DesignWriter", "the file changed on disk since it was read (another program saved it); "
                                                                 "nothing was written: run the command again");
        return false;
    }
    return saveDesign(design, path, format, error);
}

} // namespace sd
