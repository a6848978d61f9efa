// SPDX-License-Identifier: MIT
// Internal to model/analysis: what every rule family works with.
#pragma once

#include "failuremodel.h"
#include "validation.h"

#include <QHash>
#include <QVariant>
#include <QVariantMap>

#include <vector>

namespace sd {

class Catalog;
class Design;

/// Effective property values (stored, else the kind's default), with the defaults cached per kind
/// so reading a property of 100,000 components stays cheap.
class PropertyAccess
{
public:
    explicit PropertyAccess(const Catalog &catalog) : m_catalog(catalog) {}
    QVariant value(const Component &component, const QString &key) const;
    bool isSet(const Component &component, const QString &key) const { return component.properties.contains(key); }
    int intValue(const Component &component, const QString &key, int fallback = 0) const;
    bool boolValue(const Component &component, const QString &key) const;
    QString stringValue(const Component &component, const QString &key) const;
    const KindSpec *kind(const QString &kindId) const;

private:
    const QHash<QString, QVariant> &defaults(const QString &kindId) const;

    const Catalog &m_catalog;
    mutable QHash<QString, QHash<QString, QVariant>> m_defaults;
    mutable QHash<QString, const KindSpec *> m_kinds;
};

/// Property keys: the catalog's traits.yaml is the contract.
namespace keys {
inline const QString replicas = QStringLiteral("replicas");
inline const QString multiAz = QStringLiteral("multiAz");
inline const QString autoscaling = QStringLiteral("autoscaling");
inline const QString minReplicas = QStringLiteral("minReplicas");
inline const QString maxReplicas = QStringLiteral("maxReplicas");
inline const QString cpuTarget = QStringLiteral("cpuTarget");
inline const QString cpuRequest = QStringLiteral("cpuRequest");
inline const QString entryPoint = QStringLiteral("entryPoint");
inline const QString backups = QStringLiteral("backups");
inline const QString backupRetentionDays = QStringLiteral("backupRetentionDays");
inline const QString crossRegionReplica = QStringLiteral("crossRegionReplica");
inline const QString versioning = QStringLiteral("versioning");
inline const QString deadLetterQueue = QStringLiteral("deadLetterQueue");
inline const QString encryptionAtRest = QStringLiteral("encryptionAtRest");
inline const QString isPublic = QStringLiteral("public");
inline const QString stateful = QStringLiteral("stateful");
inline const QString sharedState = QStringLiteral("sharedState");
inline const QString multiRegion = QStringLiteral("multiRegion");
inline const QString escalationPolicy = QStringLiteral("escalationPolicy");
inline const QString image = QStringLiteral("image");
inline const QString hosting = QStringLiteral("hosting");
} // namespace keys

/// The design, its graph and failure model, and the list findings go to.
struct AnalysisContext {
    const Design &design;
    const Catalog &catalog;
    const DependencyGraph &graph;
    const FailureModel &model;
    const PropertyAccess &props;
    std::vector<Finding> &findings;

    const ComponentProfile &profile(int v) const { return model.profile(v); }
    const Component &component(int v) const { return *model.profile(v).component; }
    QString name(int v) const { return model.nameOf(v); }
    QString names(const std::vector<int> &vs, int shown = 4) const { return model.nameList(vs, shown); }

    /// Adds a finding; its id is the rule id and the subject ids (component or zone ids).
    void add(const char *ruleId, FindingSeverity severity, const QStringList &subjects, QStringList componentIds,
             const QString &message, const QString &reason, const QString &fix, const QString &note = {}) const;
    /// Shorthand for a finding about one component.
    void addFor(const char *ruleId, FindingSeverity severity, int v, const QString &message, const QString &reason,
                const QString &fix, const QString &note = {}) const;
    QStringList idsOf(const std::vector<int> &vs) const;
};

/// QCoreApplication::translate("Validation", text), cached by the text's address for the length of
/// one validation (tens of thousands of findings share a few dozen texts). validateDesign() clears it,
/// so a language switch shows on the next run.
QString validationText(const char *text);

// One function per rule family (each in its own file).
void checkRedundancy(const AnalysisContext &context);
void checkSpread(const AnalysisContext &context);
void checkData(const AnalysisContext &context);
void checkScaling(const AnalysisContext &context);
void checkObservability(const AnalysisContext &context);
void checkSecurity(const AnalysisContext &context);
void checkHygiene(const AnalysisContext &context);

} // namespace sd
