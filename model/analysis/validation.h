// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace sd {

class Catalog;
class Design;

enum class FindingSeverity { Info = 0, Warning = 1, Error = 2 };

/// "error", "warning", "info": the form files and the CLI use.
QString severityName(FindingSeverity severity);
/// Translated, for people.
QString severityLabel(FindingSeverity severity);
/// Parses "error" / "warning" / "info"; false when the text is none of them.
bool parseSeverity(const QString &text, FindingSeverity *severity);

/**
 * One problem the validation found. `id` is stable across runs and edits that do not touch
 * the components involved ("ruleId/subject", subjects joined by '+'), so an accepted finding stays accepted.
 */
struct Finding {
    QString id;
    QString ruleId;
    FindingSeverity severity = FindingSeverity::Warning;
    QString message; ///< what is wrong, naming the components
    QString reason;  ///< why it matters
    QString fix;     ///< a concrete change that removes it
    QString note;    ///< what the model assumed, or what survives and why ("" when nothing to add)
    QStringList componentIds; ///< components involved, first the one to show
    bool accepted = false;
    QString justification; ///< from Design::acceptedFindings() when accepted

    bool operator==(const Finding &) const = default;
};

/// One rule, for documentation, SARIF rule lists and the GUI.
struct RuleInfo {
    const char *id;
    FindingSeverity severity; ///< the usual severity (some rules raise or lower it case by case)
    const char *title;
};

/// Every rule the validation knows, in documentation order.
const std::vector<RuleInfo> &validationRules();
const RuleInfo *validationRule(const QString &id);

/**
 * Runs every rule on the design. Findings come sorted by severity (errors first), then id.
 * Linear in the size of the design: the graph is built once and every rule walks it once.
 */
std::vector<Finding> validateDesign(const Design &design, const Catalog &catalog);
/// Marks the findings the design accepts, with their justification, and unmarks the others. Accepting
/// changes nothing else about a finding (nor the order), so the studio shows it at once without a new run.
void applyAcceptedFindings(std::vector<Finding> &findings, const Design &design);

/// Counts per severity, not counting accepted findings.
struct FindingCounts {
    int errors = 0;
    int warnings = 0;
    int infos = 0;
    int accepted = 0;
};
FindingCounts countFindings(const std::vector<Finding> &findings);

/// True when an unaccepted finding has at least this severity.
bool hasFindingsAtLeast(const std::vector<Finding> &findings, FindingSeverity threshold);

} // namespace sd
