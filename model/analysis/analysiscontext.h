// SPDX-License-Identifier: MIT
// Internal to model/analysis: what every rule family works with.
#pragma once

#include "failuremodel.h"
#include "propertyaccess.h"
#include "validation.h"

#include <QHash>
#include <QVariant>
#include <QVariantMap>

#include <vector>

namespace sd {

class Catalog;
class Design;

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
