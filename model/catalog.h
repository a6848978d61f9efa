// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QSizeF>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <map>
#include <optional>
#include <vector>

namespace sd {

enum class PropertyType { Int, Float, Bool, Enum, String };

/// A text of the catalog (kind name, label, help, unit...) in the user's language. The catalog's
/// YAML is English data; scripts/extract-catalog-strings.py hands its texts to the translators in
/// context "Catalog". Design files, exports and machine-readable output keep the English fields.
QString catalogText(const QString &english);

/// One typed, documented property of a kind, from the catalog files.
struct PropertySpec {
    QString key;
    PropertyType type = PropertyType::String;
    QString label;
    QString help;
    QString unit;
    QString placeholder;
    QVariant defaultValue;
    std::optional<double> minimum;
    std::optional<double> maximum;
    QString format;     ///< shape of a string (region, zone, cidr, domain, image, path): checked by coerce()
    QStringList values; ///< allowed values of an enum: written into files, never translated
    QHash<QString, QString> valueNames; ///< English name of each value ("postgresql" -> "PostgreSQL")
    /// The default where it depends on the kind's `engine` ("mysql" -> "8.4" for engineVersion): a MySQL
    /// database must not default to PostgreSQL's version. Engines not listed take `defaultValue`.
    QHash<QString, QVariant> engineDefaults;

    // What the user reads, translated (catalogText()); the fields above stay English.
    QString labelText() const { return catalogText(label); }
    QString helpText() const { return catalogText(help); }
    QString unitText() const { return catalogText(unit); }
    QString placeholderText() const { return catalogText(placeholder); }
    /// The name of an enum value as the user reads it (the value itself when it has none).
    QString valueText(const QString &value) const;

    /// The default for a component whose `engine` is `engine`.
    const QVariant &defaultFor(const QString &engine) const;
    /// Checks a value and converts it to the canonical type (qint64, double, bool, QString).
    /// Returns an empty QVariant and sets `problem` when the value does not fit.
    QVariant coerce(const QVariant &value, QString *problem) const;
    /**
     * What a command may store: the coerced value, or a number outside [min, max] clamped into it
     * (`note` says so), or an invalid QVariant with `note` saying why it is refused. Every command
     * that writes a property goes through this, so no out-of-range value reaches a saved file.
     */
    QVariant checkedForStore(const QVariant &value, QString *note) const;
};

QString propertyTypeName(PropertyType type);

/// The shapes a string property may declare with `format:` in the catalog.
QStringList propertyFormats();
/**
 * Whether `text` has the shape `format` names. Values that reach generated code (regions, CIDRs,
 * image references...) are checked at load, so that "eu-west-1${file(...)}" never gets that far.
 * Sets `expected` to a translated description of the shape.
 */
bool matchesFormat(const QString &format, const QString &text, QString *expected = nullptr);

/// A kind of component or zone: its look and its property schema.
struct KindSpec {
    QString id;
    QString displayName;
    QString description;
    QString category;
    QString icon; ///< resource path of the SVG icon, e.g. ":/icons/cache.svg"
    bool container = false;
    QSizeF defaultSize;
    QStringList roles;
    std::vector<PropertySpec> properties;

    // What the user reads, translated (catalogText()); the fields above stay English.
    QString displayText() const { return catalogText(displayName); }
    QString descriptionText() const { return catalogText(description); }

    bool hasRole(const QString &role) const { return roles.contains(role); }
    const PropertySpec *property(const QString &key) const;
};

struct CategorySpec {
    QString id;
    QString displayName;
    int order = 0;
    QString colour;    ///< "#RRGGBB": cards and palette swatches of this category
    QStringList kinds; ///< in palette order

    QString displayText() const { return catalogText(displayName); } ///< translated
};

/**
 * The catalog of kinds, loaded from YAML data (built-in resources or a folder).
 * Immutable once loaded; shared by reference.
 */
class Catalog
{
    Q_DECLARE_TR_FUNCTIONS(Catalog)

public:
    /// The catalog embedded in the program. Loaded once; a broken built-in catalog is a build defect and aborts.
    static const Catalog &builtin();

    /// Loads category files and traits.yaml from a directory (":/catalog" for the embedded one).
    /// Returns false and lists the problems when the data is inconsistent.
    bool loadFromDirectory(const QString &directory, QStringList *problems);

    const KindSpec *kind(const QString &id) const;
    const std::vector<CategorySpec> &categories() const { return m_categories; }
    const CategorySpec *category(const QString &id) const;
    /// All kinds in palette order.
    std::vector<const KindSpec *> kinds() const;

    /// The effective value of a property: the stored one or the kind's default.
    QVariant value(const KindSpec &kind, const QVariantMap &stored, const QString &key) const;

    /// A property of drawn connections (traits.yaml, trait "connection"), nullptr when there is none.
    const PropertySpec *connectionProperty(const QString &key) const;

    /// An exporters' data file beside the kinds (exports/<name>.yaml, see readExportData()); empty when there is none.
    QVariantMap exportData(const QString &name) const { return m_exportData.value(name).toMap(); }

private:
    QVariantMap m_exportData;
    std::vector<PropertySpec> m_connectionProperties;
    std::vector<CategorySpec> m_categories;
    std::map<QString, KindSpec> m_kinds;
};

} // namespace sd
