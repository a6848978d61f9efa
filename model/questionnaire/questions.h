// SPDX-License-Identifier: MIT
#pragma once

#include "design.h"

#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>
#include <unordered_map>
#include <vector>

namespace sd {

class Catalog;
struct CapacityEstimate;

/// How a question is answered, which decides the editor and the check of the value.
enum class AnswerType {
    Number,     ///< one number in `unit`
    Range,      ///< [min, max] in `unit`
    Choice,     ///< one of `choices`
    Text,       ///< free text
    TimeWindow, ///< "HH:MM-HH:MM Area/City", e.g. "09:00-17:00 America/New_York"
};

/// The sections of the questionnaire, in form order.
enum class Section { Users, Journeys, Peaks, Availability, Compliance, Operations, Reliability, Services, Data, Queues, Zones, ThirdParty };

/// Who can answer a question: the product owner (the business) or the engineers.
enum class Audience { ProductOwner, Engineering };

/**
 * Which questions an export shows: all of them, the product owner's handout (business
 * questions in plain language) or the engineering worksheet (the rest, mostly per component).
 * Both editions are answered into the same answers file.
 */
enum class Edition { Full, ProductOwner, Engineering };

/// "full", "product-owner", "engineering" (the CLI's --edition values); nullopt for anything else.
std::optional<Edition> editionFromName(const QString &name);
QString editionName(Edition edition);
/// "Product owner", "Engineering worksheet"... (translated)
QString editionTitle(Edition edition);

/**
 * One question. General questions have ids "general.*"; the ones generated from the
 * design are "component.<id>.<topic>.<name>" or "zone.<id>.<name>", so their answers
 * stay with the item they are about.
 */
struct Question {
    QString id;
    Section section = Section::Users;
    QString text;        ///< translated
    QString help;        ///< translated: why we ask
    AnswerType type = AnswerType::Text;
    QString unit;        ///< for Number and Range ("users", "ms", "%"...)
    QStringList choices; ///< for Choice, stored values (lower case, stable)
    std::optional<double> minimum;
    std::optional<double> maximum;
    QString itemId;      ///< component or zone the question is about; empty for general ones
    Audience audience = Audience::Engineering;
    /// For general questions: the parts of a drawing the answer changes, as "role:datastore" or
    /// "kind:object-storage" (see AffectedItems). Empty for a question about the whole system.
    QStringList affects;

    /// "number (ms)", "choice: yes | no", "time window (HH:MM-HH:MM Area/City)"...
    QString typeDescription() const;
};

QString sectionTitle(Section section);
QString answerTypeName(AnswerType type);

/// The general questions, the same for every design.
std::vector<Question> generalQuestions();
/// The questions about one component (by its kind's roles); none for kinds that raise none.
std::vector<Question> componentQuestions(const Component &component, const Catalog &catalog);
/// The questions about a zone: why this provider, region or availability zone.
std::vector<Question> zoneQuestions(const Zone &zone);

/// Whether an edition shows the question.
bool inEdition(const Question &question, Edition edition);

/**
 * Which parts of a drawing an answer changes ("Affects in the drawing"). Built once for a design
 * (an export, a rebuild of the form), then asked for each question: it knows for every component
 * and zone the selectors of Question::affects it matches:
 *   kind:<kind>       the component's or zone's kind ("kind:object-storage")
 *   role:<role>       a role of the component's kind ("role:datastore")
 *   zone:<kind>       a zone of that kind ("zone:region")
 *   load:users        a service the users' load reaches: carried from the entry points or from
 *                     queues (LoadSource::Propagated, Queues), not a scheduled job, not one sized
 *                     only from its own answered rate, not one nothing reaches
 * Points into the design: do not keep it past a change of the design.
 */
class AffectedItems
{
public:
    /// Estimates the capacity itself, for `load:users`.
    AffectedItems(const Design &design, const Catalog &catalog);
    /// With the estimate the caller already has.
    AffectedItems(const Design &design, const Catalog &catalog, const CapacityEstimate &capacity);

    /// The ids of the components (or the zone) an answer to the question changes, in design order:
    /// the question's own item, or the items matching one of its `affects` selectors.
    QStringList of(const Question &question) const;
    /// The names of the affected items as a person reads them: "Checkout, Orders DB and 3 more",
    /// "the whole system" (a question about all of it) or "nothing drawn yet" (translated).
    QString text(const Question &question) const;

private:
    struct Item {
        QString id;
        QString name;          ///< as shown: the name, or the id when it has none
        QStringList selectors; ///< what it matches: "kind:cache", "role:datastore", "load:users"...
    };
    std::vector<Item> m_items; ///< components, then zones, in design order
    std::unordered_map<QString, size_t> m_index;
};

/// All questions of a design, in form order: by section, general first, then items by id.
std::vector<Question> designQuestions(const Design &design, const Catalog &catalog);

/// The component or zone id a generated question id is about ("" for general and unknown shapes).
QString itemIdOfQuestion(const QString &questionId);
/// Why the design asks no question `questionId` (translated): its item is gone, changed kind, or no such question.
QString unaskedReason(const QString &questionId, const Design &design);

/**
 * Checks a value against the question's type and returns it in canonical form
 * (double for numbers, QVariantList{double, double} for ranges, QString otherwise).
 * Returns an invalid QVariant and sets `problem` when the value does not fit.
 */
QVariant normalizeAnswerValue(const Question &question, const QVariant &value, QString *problem);

/// A value as a person reads it: "25,000 users", "9:00-17:00 ...", "[2, 4] USD/month".
QString formatAnswerValue(const Question &question, const QVariant &value);

/// The state of every question against the design's answers.
struct QuestionStatus {
    const Question *question = nullptr;
    const Answer *answer = nullptr; ///< may exist with a note only, or with a bad value
    bool answered = false;          ///< a valid value is given
    QString problem;                ///< why a stored value does not fit the question
};

/// An answer that no current question asks for (its component was deleted or changed kind).
struct OrphanedAnswer {
    const Answer *answer = nullptr;
    QString reason; ///< translated
};

/**
 * The questions of a design with their answers. Orphaned answers are kept in the
 * design (never dropped) and listed here so that someone can decide about them.
 * Points into the design's answers: do not keep it past a change of the design.
 */
class Questionnaire
{
public:
    Questionnaire(const Design &design, const Catalog &catalog);
    Questionnaire(const Questionnaire &) = delete;
    Questionnaire &operator=(const Questionnaire &) = delete;
    Questionnaire(Questionnaire &&) = default;

    const std::vector<Question> &questions() const { return m_questions; }
    const std::vector<QuestionStatus> &statuses() const { return m_statuses; }
    const std::vector<OrphanedAnswer> &orphans() const { return m_orphans; }
    const Question *question(const QString &id) const;
    const QuestionStatus *status(const QString &id) const;
    int answeredCount(Edition edition = Edition::Full) const;
    int count(Edition edition = Edition::Full) const;
    /// "23 of 41 answered", counting the questions of one edition
    QString progressText(Edition edition = Edition::Full) const;

private:
    std::vector<Question> m_questions;
    std::vector<QuestionStatus> m_statuses;
    std::vector<OrphanedAnswer> m_orphans;
    std::unordered_map<QString, size_t> m_index;
};

} // namespace sd
