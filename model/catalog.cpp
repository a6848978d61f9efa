// SPDX-License-Identifier: MIT
#include "catalog.h"

#include "checkednumber.h"
#include "exportdata.h"
#include "sourcetree.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <map>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace sd {

const QVariant &PropertySpec::defaultFor(const QString &engine) const
{
    const auto it = engineDefaults.constFind(engine);
    return it == engineDefaults.constEnd() ? defaultValue : it.value();
}

QString PropertySpec::valueText(const QString &value) const
{
    const auto name = valueNames.constFind(value);
    return name == valueNames.constEnd() ? value : catalogText(*name);
}

QString catalogText(const QString &english)
{
    // lupdate read the texts as UTF-8 from catalogstrings.cpp. Most units and placeholders are
    // empty: they need no lookup.
    return english.isEmpty() ? english : QCoreApplication::translate("Catalog", english.toUtf8().constData());
}

QString propertyTypeName(PropertyType type)
{
    switch (type) {
    case PropertyType::Int:
        return QStringLiteral("int");
    case PropertyType::Float:
        return QStringLiteral("float");
    case PropertyType::Bool:
        return QStringLiteral("bool");
    case PropertyType::Enum:
        return QStringLiteral("enum");
    case PropertyType::String:
        return QStringLiteral("string");
    }
    return {};
}

QStringList propertyFormats()
{
    return {QStringLiteral("region"), QStringLiteral("zone"), QStringLiteral("cidr"), QStringLiteral("domain"),
            QStringLiteral("image"), QStringLiteral("path")};
}

bool matchesFormat(const QString &format, const QString &text, QString *expected)
{
    auto anchored = [](const char *pattern) { return QRegularExpression(QRegularExpression::anchoredPattern(QLatin1String(pattern))); };
    struct Shape {
        QRegularExpression pattern;
        const char *description;
    };
    static const std::map<QString, Shape> shapes = {
        {QStringLiteral("region"), {anchored("[a-z][a-z0-9-]{1,40}"),
                                    QT_TRANSLATE_NOOP("Catalog", "a region name such as eu-west-1, europe-west1 or westeurope")}},
        {QStringLiteral("zone"), {anchored("[a-z0-9][a-z0-9-]{0,40}"),
                                  QT_TRANSLATE_NOOP("Catalog", "a zone name such as eu-west-1a, europe-west1-b or 1")}},
        {QStringLiteral("cidr"), {anchored("(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}"
                                           "/(3[0-2]|[12]?[0-9])|[0-9a-fA-F:]{2,39}/(12[0-8]|1[01][0-9]|[1-9]?[0-9])"),
                                  QT_TRANSLATE_NOOP("Catalog", "an address range such as 10.0.0.0/16")}},
        {QStringLiteral("domain"), {anchored("(\\*\\.)?([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?"),
                                    QT_TRANSLATE_NOOP("Catalog", "a domain name such as shop.example.com")}},
        {QStringLiteral("image"), {anchored("[a-z0-9]+([._-][a-z0-9]+)*(\\.[a-z0-9-]+)*(:[0-9]{1,5})?(/[a-z0-9]+([._-]+[a-z0-9]+)*)*"
                                            "(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(@sha256:[a-f0-9]{64})?"),
                                   QT_TRANSLATE_NOOP("Catalog", "an image reference such as registry.example.com/team/api:1.4.2")}},
        {QStringLiteral("path"), {anchored("/[A-Za-z0-9._~%/=&?-]{0,1023}"),
                                  QT_TRANSLATE_NOOP("Catalog", "an HTTP path such as /healthz")}},
    };
    const auto shape = shapes.find(format);
    if (shape == shapes.end())
        return true;
    if (expected)
        *expected = QCoreApplication::translate("Catalog", shape->second.description);
    const bool ok = shape->second.pattern.match(text).hasMatch();
    if (ok && format == QLatin1String("domain") && text.size() > 253)
        return false;
    return ok;
}

QVariant PropertySpec::coerce(const QVariant &value, QString *problem) const
{
    auto fail = [&](const QString &why) {
        if (problem)
            *problem = why;
        return QVariant();
    };
    auto checkRange = [&](double v) {
        if ((minimum && v < *minimum) || (maximum && v > *maximum))
            return QCoreApplication::translate("Catalog", "%1 is out of range for '%2' (%3 to %4)")
                .arg(QString::number(v), key, QString::number(minimum.value_or(-1e300)),
                     QString::number(maximum.value_or(1e300)));
        return QString();
    };
    const int typeId = value.typeId();
    const bool isNumber = typeId == QMetaType::Int || typeId == QMetaType::LongLong
                          || typeId == QMetaType::UInt || typeId == QMetaType::ULongLong
                          || typeId == QMetaType::Double;
    switch (type) {
    case PropertyType::Int: {
        if (!isNumber)
            return fail(QCoreApplication::translate("Catalog", "'%1' needs a whole number").arg(key));
        const double d = value.toDouble();
        if (d != std::floor(d) || std::abs(d) > 9e15)
            return fail(QCoreApplication::translate("Catalog", "'%1' needs a whole number").arg(key));
        if (QString why = checkRange(d); !why.isEmpty())
            return fail(why);
        return QVariant(qint64(d));
    }
    case PropertyType::Float: {
        if (!isNumber)
            return fail(QCoreApplication::translate("Catalog", "'%1' needs a number").arg(key));
        const double d = value.toDouble();
        if (QString why = checkRange(d); !why.isEmpty())
            return fail(why);
        return QVariant(d);
    }
    case PropertyType::Bool:
        if (typeId != QMetaType::Bool)
            return fail(QCoreApplication::translate("Catalog", "'%1' needs true or false").arg(key));
        return value;
    case PropertyType::Enum: {
        if (typeId != QMetaType::QString || !values.contains(value.toString()))
            return fail(QCoreApplication::translate("Catalog", "'%1' must be one of: %2")
                            .arg(key, values.join(QStringLiteral(", "))));
        return value;
    }
    case PropertyType::String:
        if (typeId != QMetaType::QString)
            return fail(QCoreApplication::translate("Catalog", "'%1' needs text").arg(key));
        if (QString expected; !format.isEmpty() && !value.toString().isEmpty() && !matchesFormat(format, value.toString(), &expected)) {
            QString shown = value.toString().left(80);
            shown.replace(QLatin1Char('\n'), QLatin1String("\\n")).replace(QLatin1Char('\r'), QLatin1String("\\r"));
            return fail(QCoreApplication::translate("Catalog", "'%1' must be %2, not \"%3\"").arg(key, expected, shown));
        }
        return value;
    }
    return {};
}

QVariant PropertySpec::checkedForStore(const QVariant &value, QString *note) const
{
    QString problem;
    const QVariant coerced = coerce(value, &problem);
    if (coerced.isValid())
        return coerced;
    const int typeId = value.typeId();
    const bool isNumber = typeId == QMetaType::Int || typeId == QMetaType::LongLong || typeId == QMetaType::UInt
                          || typeId == QMetaType::ULongLong || typeId == QMetaType::Double;
    if (isNumber && (type == PropertyType::Int || type == PropertyType::Float) && !std::isnan(value.toDouble())) {
        const double low = minimum.value_or(type == PropertyType::Int ? -9e15 : -1e300);
        const double high = maximum.value_or(type == PropertyType::Int ? 9e15 : 1e300);
        const double wanted = value.toDouble();
        QVariant clamped;
        if (type == PropertyType::Int)
            clamped = QVariant(*clampedInt64(wanted, qint64(std::ceil(low)), qint64(std::floor(high))));
        else
            clamped = QVariant(std::clamp(wanted, low, high));
        if (coerce(clamped, nullptr).isValid()) {
            if (note)
                *note = QCoreApplication::translate("Catalog", "%1 is out of range for '%2'; %3 was stored instead")
                            .arg(QString::number(wanted), key, clamped.toString());
            return coerce(clamped, nullptr);
        }
    }
    if (note)
        *note = problem;
    return {};
}

const PropertySpec *KindSpec::property(const QString &key) const
{
    for (const PropertySpec &p : properties)
        if (p.key == key)
            return &p;
    return nullptr;
}

const KindSpec *Catalog::kind(const QString &id) const
{
    auto it = m_kinds.find(id);
    return it == m_kinds.end() ? nullptr : &it->second;
}

const CategorySpec *Catalog::category(const QString &id) const
{
    for (const CategorySpec &category : m_categories)
        if (category.id == id)
            return &category;
    return nullptr;
}

std::vector<const KindSpec *> Catalog::kinds() const
{
    std::vector<const KindSpec *> result;
    for (const CategorySpec &category : m_categories)
        for (const QString &id : category.kinds)
            result.push_back(kind(id));
    return result;
}

const PropertySpec *Catalog::connectionProperty(const QString &key) const
{
    for (const PropertySpec &spec : m_connectionProperties)
        if (spec.key == key)
            return &spec;
    return nullptr;
}

QVariant Catalog::value(const KindSpec &kind, const QVariantMap &stored, const QString &key) const
{
    auto it = stored.constFind(key);
    if (it != stored.constEnd())
        return it.value();
    if (const PropertySpec *spec = kind.property(key)) {
        if (spec->engineDefaults.isEmpty())
            return spec->defaultValue;
        return spec->defaultFor(value(kind, stored, QStringLiteral("engine")).toString());
    }
    return {};
}

namespace {

/// Reads the catalog's YAML; collects problems with file and line instead of stopping.
class CatalogReader
{
public:
    CatalogReader(QString file, QStringList *problems) : m_file(std::move(file)), m_problems(problems) {}

    void problem(const SourceNode &at, const QString &message)
    {
        if (m_problems)
            m_problems->append(QStringLiteral("%1:%2:%3: %4").arg(m_file).arg(at.mark.line).arg(at.mark.column).arg(message));
    }

    QString text(const SourceNode &map, const char *key, bool required = true)
    {
        const SourceNode *node = map.find(key);
        if (!node || !node->isScalar()) {
            if (required)
                problem(map, QStringLiteral("missing text '%1'").arg(QLatin1String(key)));
            return {};
        }
        return QString::fromStdString(node->text);
    }

    QStringList list(const SourceNode &map, const char *key)
    {
        QStringList result;
        const SourceNode *node = map.find(key);
        if (!node)
            return result;
        if (!node->isSequence()) {
            problem(*node, QStringLiteral("'%1' must be a list").arg(QLatin1String(key)));
            return result;
        }
        for (const SourceNode &item : node->items)
            result.append(QString::fromStdString(item.text));
        return result;
    }

    std::optional<PropertySpec> property(const SourceNode &node)
    {
        if (!node.isMap()) {
            problem(node, QStringLiteral("a property must be a mapping"));
            return std::nullopt;
        }
        PropertySpec spec;
        spec.key = text(node, "key");
        spec.label = text(node, "label");
        spec.help = text(node, "help");
        spec.unit = text(node, "unit", false);
        spec.placeholder = text(node, "placeholder", false);
        spec.format = text(node, "format", false);
        if (!spec.format.isEmpty() && !propertyFormats().contains(spec.format))
            problem(node, QStringLiteral("property '%1' has unknown format '%2'").arg(spec.key, spec.format));
        const QString type = text(node, "type");
        static const std::map<QString, PropertyType> types = {
            {QStringLiteral("int"), PropertyType::Int}, {QStringLiteral("float"), PropertyType::Float},
            {QStringLiteral("bool"), PropertyType::Bool}, {QStringLiteral("enum"), PropertyType::Enum},
            {QStringLiteral("string"), PropertyType::String}};
        auto t = types.find(type);
        if (t == types.end()) {
            problem(node, QStringLiteral("property '%1' has unknown type '%2'").arg(spec.key, type));
            return std::nullopt;
        }
        spec.type = t->second;
        if (const SourceNode *min = node.find("min"))
            spec.minimum = scalarToDouble(*min);
        if (const SourceNode *max = node.find("max"))
            spec.maximum = scalarToDouble(*max);
        spec.values = list(node, "values");
        if (spec.type == PropertyType::Enum && spec.values.isEmpty())
            problem(node, QStringLiteral("enum property '%1' lists no values").arg(spec.key));
        const SourceNode *def = node.find("default");
        if (!def) {
            problem(node, QStringLiteral("property '%1' has no default").arg(spec.key));
            return std::nullopt;
        }
        QVariant raw = scalarToVariant(*def);
        if (def->isNull() || (def->isScalar() && def->text.empty()))
            raw = QString();
        if (spec.type == PropertyType::String || spec.type == PropertyType::Enum)
            raw = QString::fromStdString(def->text); // "1.31" stays text
        QString why;
        spec.defaultValue = spec.coerce(raw, &why);
        if (!spec.defaultValue.isValid())
            problem(*def, QStringLiteral("default of '%1': %2").arg(spec.key, why));
        if (const SourceNode *byEngine = node.find("engineDefaults")) {
            if (!byEngine->isMap())
                problem(*byEngine, QStringLiteral("engineDefaults of '%1' must map engines to defaults").arg(spec.key));
            else
                for (const auto &[engine, value] : byEngine->entries) {
                    const QVariant v = spec.coerce(spec.type == PropertyType::String || spec.type == PropertyType::Enum
                                                       ? QVariant(QString::fromStdString(value.text)) : scalarToVariant(value), &why);
                    if (!v.isValid())
                        problem(value, QStringLiteral("engineDefaults of '%1', %2: %3").arg(spec.key, QString::fromStdString(engine), why));
                    else
                        spec.engineDefaults.insert(QString::fromStdString(engine), v);
                }
        }
        return spec;
    }

    std::vector<PropertySpec> properties(const SourceNode *node)
    {
        std::vector<PropertySpec> result;
        if (!node)
            return result;
        if (!node->isSequence()) {
            problem(*node, QStringLiteral("properties must be a list"));
            return result;
        }
        for (const SourceNode &item : node->items)
            if (auto spec = property(item))
                result.push_back(*spec);
        return result;
    }

private:
    QString m_file;
    QStringList *m_problems;
};

bool readFile(const QString &path, std::string &out)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    out = file.readAll().toStdString();
    return true;
}

} // namespace

bool Catalog::loadFromDirectory(const QString &directory, QStringList *problems)
{
    QStringList local;
    QStringList &errors = problems ? *problems : local;
    const int errorsBefore = errors.size();
    m_categories.clear();
    m_kinds.clear();

    std::map<QString, std::vector<PropertySpec>> traits;
    std::map<QString, QString> valueLabels; // enum value -> its English name, for every enum
    {
        const QString path = directory + QStringLiteral("/traits.yaml");
        std::string text;
        SourceNode root;
        ParseError error;
        CatalogReader reader(path, &errors);
        if (!readFile(path, text)) {
            errors.append(QStringLiteral("%1: cannot be read").arg(path));
        } else if (!parseYaml(text, root, error)) {
            errors.append(QStringLiteral("%1:%2: %3").arg(path).arg(error.mark.line).arg(error.message));
        } else if (const SourceNode *list = root.find("traits"); list && list->isMap()) {
            for (const auto &[name, node] : list->entries)
                traits[QString::fromStdString(name)] = reader.properties(&node);
            if (const SourceNode *labels = root.find("valueLabels"); labels && labels->isMap()) {
                for (const auto &[value, label] : labels->entries)
                    valueLabels[QString::fromStdString(value)] = QString::fromStdString(label.text);
            } else {
                errors.append(QStringLiteral("%1: has no 'valueLabels' mapping").arg(path));
            }
        } else {
            errors.append(QStringLiteral("%1: has no 'traits' mapping").arg(path));
        }
    }
    // The "connection" trait is no kind's: it lists the properties of a drawn connection.
    m_connectionProperties = traits[QStringLiteral("connection")];
    // Every enum value has a name for people; a value without one is a catalog defect.
    auto nameValues = [&](PropertySpec &spec, CatalogReader &reader, const SourceNode &node) {
        spec.valueNames.clear();
        for (const QString &value : std::as_const(spec.values)) {
            const auto label = valueLabels.find(value);
            if (label == valueLabels.end())
                reader.problem(node, QStringLiteral("enum value '%1' of '%2' has no entry in valueLabels").arg(value, spec.key));
            else
                spec.valueNames.insert(value, label->second);
        }
    };

    QDir dir(directory);
    const QStringList files = dir.entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name);
    for (const QString &fileName : files) {
        if (fileName == QLatin1String("traits.yaml"))
            continue;
        const QString path = dir.filePath(fileName);
        std::string text;
        SourceNode root;
        ParseError error;
        CatalogReader reader(path, &errors);
        if (!readFile(path, text) || !parseYaml(text, root, error)) {
            errors.append(QStringLiteral("%1:%2: %3").arg(path).arg(error.mark.line).arg(error.message));
            continue;
        }
        CategorySpec category;
        category.id = reader.text(root, "category");
        category.displayName = reader.text(root, "displayName");
        if (const SourceNode *order = root.find("order"))
            category.order = int(scalarToInt(*order).value_or(0));
        category.colour = reader.text(root, "colour");
        static const QRegularExpression hexColour(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
        if (!hexColour.match(category.colour).hasMatch())
            reader.problem(root, QStringLiteral("category '%1' needs a colour as \"#RRGGBB\", not '%2'").arg(category.id, category.colour));
        const SourceNode *kinds = root.find("kinds");
        if (!kinds || !kinds->isSequence()) {
            reader.problem(root, QStringLiteral("'kinds' must be a list"));
            continue;
        }
        for (const SourceNode &node : kinds->items) {
            KindSpec kind;
            kind.id = reader.text(node, "id");
            kind.displayName = reader.text(node, "displayName");
            kind.description = reader.text(node, "description");
            kind.category = category.id;
            kind.icon = QStringLiteral(":/icons/") + reader.text(node, "icon");
            if (const SourceNode *c = node.find("container"))
                kind.container = scalarToBool(*c).value_or(false);
            kind.roles = reader.list(node, "roles");
            if (const SourceNode *size = node.find("defaultSize"); size && size->items.size() == 2)
                kind.defaultSize = QSizeF(scalarToDouble(size->items[0]).value_or(0),
                                          scalarToDouble(size->items[1]).value_or(0));
            if (kind.defaultSize.width() <= 0 || kind.defaultSize.height() <= 0)
                reader.problem(node, QStringLiteral("kind '%1' needs a positive defaultSize").arg(kind.id));
            for (const QString &trait : reader.list(node, "traits")) {
                auto t = traits.find(trait);
                if (t == traits.end()) {
                    reader.problem(node, QStringLiteral("kind '%1' uses unknown trait '%2'").arg(kind.id, trait));
                    continue;
                }
                kind.properties.insert(kind.properties.end(), t->second.begin(), t->second.end());
            }
            for (PropertySpec &spec : reader.properties(node.find("properties")))
                kind.properties.push_back(std::move(spec));
            for (PropertySpec &spec : kind.properties)
                if (spec.type == PropertyType::Enum)
                    nameValues(spec, reader, node);
            QStringList keys;
            for (const PropertySpec &spec : kind.properties) {
                if (keys.contains(spec.key))
                    reader.problem(node, QStringLiteral("kind '%1' has property '%2' twice").arg(kind.id, spec.key));
                keys.append(spec.key);
            }
            if (m_kinds.count(kind.id)) {
                reader.problem(node, QStringLiteral("kind '%1' is defined twice").arg(kind.id));
                continue;
            }
            category.kinds.append(kind.id);
            m_kinds.emplace(kind.id, std::move(kind));
        }
        m_categories.push_back(std::move(category));
    }
    std::stable_sort(m_categories.begin(), m_categories.end(),
                     [](const CategorySpec &a, const CategorySpec &b) { return a.order < b.order; });
    if (m_kinds.empty())
        errors.append(QStringLiteral("%1: no kinds found").arg(directory));
    m_exportData = readExportData(directory + QStringLiteral("/exports"), errors);
    return errors.size() == errorsBefore;
}

const Catalog &Catalog::builtin()
{
    static const Catalog catalog = [] {
        Catalog c;
        QStringList problems;
        if (!c.loadFromDirectory(QStringLiteral(":/catalog"), &problems)) {
            // The catalog ships inside the binary; a broken one is a build defect, not user input.
            for (const QString &p : problems)
                std::fprintf(stderr, "stackdraft: built-in catalog: %s\n", qPrintable(p));
            std::abort();
        }
        return c;
    }();
    return catalog;
}

} // namespace sd
