// SPDX-License-Identifier: MIT
// Internal to model/analysis: what every rule family works with.
#pragma once

#include "failuremodel.h"
#include "propertyaccess.h"
#include "validation.h"

#include <QHash>
#include <QVariant>
#include <QVariantMap>
#include <QVarLengthArray>

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

/**
 * A translated validation text, parsed once: where its placeholders (%1, %2, ...) are. Filling them
 * in then costs one pass and one allocation, where each QString::arg() call scans and copies the
 * whole text again (tens of thousands of findings, three or four texts each, were a third of a
 * validation). Only plain placeholders are filled here; a text with %L1, %0 or a non-ASCII
 * character after a '%' is left to QString::arg() itself (see ValidationMessage::toString()).
 */
class MessageTemplate
{
public:
    explicit MessageTemplate(QString text);
    const QString &text() const { return m_text; }
    /// What chained text().arg(args[0]).arg(args[1])... gives, when that is plain substitution (the
    /// k lowest-numbered placeholders get the k arguments): false when QString::arg()'s own rules
    /// could give something else (an argument with a '%', more arguments than placeholders...).
    bool fill(const QString *args, qsizetype count, QString *out) const;

private:
    struct Piece {
        qsizetype literal = 0; ///< characters before the placeholder
        qsizetype escape = 0;  ///< the placeholder's length ("%1": 2, "%12": 3); 0 for the last piece
        qsizetype rank = -1;   ///< which argument fills it: its number's position among the numbers
    };
    QString m_text;
    std::vector<Piece> m_pieces;
    qsizetype m_placeholders = 0; ///< distinct placeholder numbers
    bool m_plain = true;
};

/**
 * What validationText() returns: the text and the arguments of its arg() calls, put together when
 * it becomes a QString. The result is exactly what the same QString::arg() calls give: the fast fill
 * when it applies, else the calls themselves, replayed with the arguments' own types.
 */
class ValidationMessage
{
public:
    explicit ValidationMessage(const MessageTemplate &text) : m_template(&text) {}
    ValidationMessage &arg(const QString &a);
    ValidationMessage &arg(int a);
    ValidationMessage &arg(unsigned long a);
    ValidationMessage &arg(const QString &a1, const QString &a2);
    ValidationMessage &arg(const QString &a1, const QString &a2, const QString &a3);
    ValidationMessage &arg(const QString &a1, const QString &a2, const QString &a3, const QString &a4);
    QString toString() const;
    operator QString() const { return toString(); }

private:
    enum class Call { String, Int, ULong, Two, Three, Four }; ///< how arg() was called, to replay it
    const MessageTemplate *m_template;
    QVarLengthArray<Call, 4> m_calls;
    QVarLengthArray<QString, 6> m_args;    ///< every argument as text
    QVarLengthArray<qint64, 6> m_numbers;  ///< parallel to m_args: the number of an Int or ULong call
};

/// QCoreApplication::translate("Validation", text), parsed and cached by the text's address for the
/// length of one validation (tens of thousands of findings share a few dozen texts). validateDesign()
/// clears the cache, so a language switch shows on the next run.
ValidationMessage validationText(const char *text);

// One function per rule family (each in its own file).
void checkRedundancy(const AnalysisContext &context);
void checkSpread(const AnalysisContext &context);
void checkData(const AnalysisContext &context);
void checkScaling(const AnalysisContext &context);
void checkObservability(const AnalysisContext &context);
void checkSecurity(const AnalysisContext &context);
void checkHygiene(const AnalysisContext &context);

} // namespace sd
