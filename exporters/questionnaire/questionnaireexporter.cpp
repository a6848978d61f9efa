// SPDX-License-Identifier: MIT
#include "questionnaireexporter.h"

#include "answersfile.h"
#include "capacity.h"
#include "catalog.h"
#include "questions.h"

#include <QCoreApplication>

#include <cmath>
#include <map>

namespace sd {

namespace {

const QString kFormatMarkdown = QStringLiteral("md");
const QString kFormatHtml = QStringLiteral("html");
const QString kFormatAnswers = QStringLiteral("answers");
const QString kFormatAnswersJson = QStringLiteral("answers-json");

struct Table {
    QStringList header;
    std::vector<QStringList> rows;
};


QString itemName(const Design &design, const QString &id)
{
    if (const Component *c = design.component(id))
        return c->name.isEmpty() ? id : c->name;
    if (const Zone *z = design.zone(id))
        return z->name.isEmpty() ? id : z->name;
    return id;
}

/// Everything both document formats show, computed once.
struct Content {
    const Design &design;
    const Catalog &catalog;
    const Questionnaire questionnaire;
    const CapacityEstimate capacity;
    const AffectedItems affected; ///< "Affects in the drawing", indexed once for all questions
    const bool blank;
    const Edition edition;
    const bool description; ///< print the design's description (internal notes)
    std::vector<const QuestionStatus *> shown; ///< the edition's questions, in form order
    std::map<QString, QString> numbers; ///< question id -> "2.3", numbered within the edition
    /// question id -> number of the question in the same section that already says why ("as for 7.1")
    std::map<QString, QString> sameWhy;

    Content(const Design &d, const Catalog &c, bool blankForm, Edition e, bool withDescription)
        : design(d), catalog(c), questionnaire(d, c), capacity(estimateCapacity(d, c)), affected(d, c, capacity), blank(blankForm), edition(e),
          description(withDescription && !d.description.trimmed().isEmpty())
    {
        int section = 0, index = 0;
        std::optional<Section> current;
        std::map<QString, QString> firstWithHelp; // within the current section
        for (const QuestionStatus &s : questionnaire.statuses()) {
            const Question &q = *s.question;
            if (!inEdition(q, edition))
                continue;
            shown.push_back(&s);
            if (!current || *current != q.section) {
                current = q.section;
                ++section;
                index = 0;
                firstWithHelp.clear();
            }
            const QString number = QStringLiteral("%1.%2").arg(section).arg(++index);
            numbers[q.id] = number;
            // Per-component questions share their "why": say it once per section.
            if (const auto [it, first] = firstWithHelp.emplace(q.help, number); !first)
                sameWhy[q.id] = it->second;
        }
    }

    bool answered(const QuestionStatus &s) const { return !blank && s.answered; }
    int answeredCount() const { return blank ? 0 : questionnaire.answeredCount(edition); }
    int count() const { return questionnaire.count(edition); }
    bool productOwner() const { return edition == Edition::ProductOwner; }
    /// The product owner's handout has no sizing: req/s, CPUs and replicas are for the engineers.
    bool withEngineering() const { return edition != Edition::ProductOwner; }

    QString title() const
    {
        switch (edition) {
        case Edition::ProductOwner: return QCoreApplication::translate("QuestionnaireExporter", "Questions for the product owner: %1").arg(design.name);
        case Edition::Engineering: return QCoreApplication::translate("QuestionnaireExporter", "Engineering worksheet: %1").arg(design.name);
        case Edition::Full: break;
        }
        return QCoreApplication::translate("QuestionnaireExporter", "Requirements questionnaire: %1").arg(design.name);
    }

    QString progress() const
    {
        return blank ? QCoreApplication::translate("QuestionnaireExporter", "%1 questions to answer").arg(count()) : questionnaire.progressText(edition);
    }

    QString whyText(const Question &q) const
    {
        const auto same = sameWhy.find(q.id);
        return same == sameWhy.end() ? q.help : QCoreApplication::translate("QuestionnaireExporter", "as for %1").arg(same->second);
    }

    /// "Checkout, Orders DB and 3 more"; empty when the line is not printed for this question.
    QString affects(const Question &q) const
    {
        // Elsewhere a component's question names its component in its text already.
        if (!productOwner() && !q.itemId.isEmpty())
            return {};
        return affected.text(q);
    }

    std::vector<const QuestionStatus *> open() const
    {
        std::vector<const QuestionStatus *> result;
        for (const QuestionStatus *s : shown)
            if (!answered(*s))
                result.push_back(s);
        return result;
    }

    Table services() const
    {
        Table t{{QCoreApplication::translate("QuestionnaireExporter", "Service"), QCoreApplication::translate("QuestionnaireExporter", "Peak req/s"), QCoreApplication::translate("QuestionnaireExporter", "CPU time per request"), QCoreApplication::translate("QuestionnaireExporter", "CPUs busy at peak"),
                 QCoreApplication::translate("QuestionnaireExporter", "Per replica"), QCoreApplication::translate("QuestionnaireExporter", "Zones"), QCoreApplication::translate("QuestionnaireExporter", "Replicas needed at peak"), QCoreApplication::translate("QuestionnaireExporter", "Suggested range")},
                {}};
        for (const ServiceEstimate &e : capacity.services) {
            QStringList row;
            row << itemName(design, e.componentId)
                << peakText(e)
                << formatCapacityNumber(e.serviceTimeMs, 1) + QCoreApplication::translate("QuestionnaireExporter", " ms") + (e.serviceTimeAssumed ? QCoreApplication::translate("QuestionnaireExporter", " (assumed)") : QString());
            if (e.source == LoadSource::Unreached || e.source == LoadSource::Schedule) {
                // No user load: the same figures today and at the horizon.
                row << formatCapacityNumber(e.busyCpus, 2) << QString() << QString() << formatCapacityNumber(e.neededAtPeak)
                    << QCoreApplication::translate("QuestionnaireExporter", "%1 to %2").arg(formatCapacityNumber(e.minReplicas), formatCapacityNumber(e.maxReplicas));
            } else if (e.serverless) {
                row << todayAndHorizon(e.today.busyCpus, e.horizon.busyCpus, 2)
                    << QCoreApplication::translate("QuestionnaireExporter", "serverless") << QString::number(e.zones)
                    << todayAndHorizon(e.today.neededAtPeak, e.horizon.neededAtPeak, 0)
                    << QCoreApplication::translate("QuestionnaireExporter", "%1 concurrent executions").arg(formatCapacityNumber(e.maxReplicas));
            } else {
                row << todayAndHorizon(e.today.busyCpus, e.horizon.busyCpus, 2)
                    << QCoreApplication::translate("QuestionnaireExporter", "%1 CPU at %2 %").arg(formatCapacityNumber(e.cpusPerReplica, 2)).arg(e.cpuTargetPercent)
                    << QString::number(e.zones) + (e.zonesAssumed ? QCoreApplication::translate("QuestionnaireExporter", " (assumed)") : QString())
                    << todayAndHorizon(e.today.neededAtPeak, e.horizon.neededAtPeak, 0)
                    << QCoreApplication::translate("QuestionnaireExporter", "%1 to %2").arg(formatCapacityNumber(e.minReplicas), formatCapacityNumber(e.maxReplicas));
            }
            t.rows.push_back(row);
        }
        return t;
    }

    /// "716 today, 858 at 24 months": a figure today and at the growth horizon side by side, so
    /// the table says what the design is sized for and from what; one figure without a growth answer.
    QString todayAndHorizon(double today, double horizon, int decimals) const
    {
        const QString now = formatCapacityNumber(today, decimals);
        if (capacity.users.growth <= 1)
            return now;
        return QCoreApplication::translate("QuestionnaireExporter", "%1 today, %2 at %3 months")
            .arg(now, formatCapacityNumber(horizon, decimals))
            .arg(capacity.users.horizonMonths);
    }

    /// "750 today, 2,250 at 24 months (from its queues)".
    QString peakText(const ServiceEstimate &e) const
    {
        const QString text = todayAndHorizon(e.today.peakRps, e.horizon.peakRps, 1);
        switch (e.source) {
        case LoadSource::Queues: return text + QCoreApplication::translate("QuestionnaireExporter", " (from its queues)");
        case LoadSource::ServiceAnswer: return text + QCoreApplication::translate("QuestionnaireExporter", " (answered)");
        case LoadSource::Schedule: return QCoreApplication::translate("QuestionnaireExporter", "on its schedule");
        case LoadSource::Unreached: return QCoreApplication::translate("QuestionnaireExporter", "0 (nothing reaches it)");
        case LoadSource::Propagated: break;
        }
        return text;
    }

    /// How each figure follows: the user load, then one list per service and store.
    std::vector<std::pair<QString, QStringList>> derivations() const
    {
        std::vector<std::pair<QString, QStringList>> result;
        if (!capacity.users.derivation.isEmpty())
            result.push_back({QCoreApplication::translate("QuestionnaireExporter", "Users"), capacity.users.derivation});
        for (const ServiceEstimate &e : capacity.services)
            result.push_back({itemName(design, e.componentId), e.derivation});
        for (const StorageEstimate &s : capacity.storage)
            result.push_back({itemName(design, s.componentId), s.derivation});
        return result;
    }

    Table storage() const
    {
        Table t{{QCoreApplication::translate("QuestionnaireExporter", "Data store"), QCoreApplication::translate("QuestionnaireExporter", "Size now"), QCoreApplication::translate("QuestionnaireExporter", "Growth per month"), QCoreApplication::translate("QuestionnaireExporter", "At the horizon"), QCoreApplication::translate("QuestionnaireExporter", "Provisioned")}, {}};
        for (const StorageEstimate &s : capacity.storage)
            t.rows.push_back({itemName(design, s.componentId), formatCapacityNumber(s.sizeNowGb, 1) + QCoreApplication::translate("QuestionnaireExporter", " GiB"),
                              s.growthAnswered ? formatCapacityNumber(s.growthGbPerMonth, 1) + QCoreApplication::translate("QuestionnaireExporter", " GiB") : QCoreApplication::translate("QuestionnaireExporter", "not answered (0)"),
                              QCoreApplication::translate("QuestionnaireExporter", "%1 GiB after %2 months").arg(formatCapacityNumber(s.after24MonthsGb, 1)).arg(s.horizonMonths),
                              s.provisionedGb ? formatCapacityNumber(*s.provisionedGb, 0) + QCoreApplication::translate("QuestionnaireExporter", " GiB") : QCoreApplication::translate("QuestionnaireExporter", "grows as needed")});
        return t;
    }

    Table suggestions() const
    {
        Table t{{QCoreApplication::translate("QuestionnaireExporter", "Item"), QCoreApplication::translate("QuestionnaireExporter", "Property"), QCoreApplication::translate("QuestionnaireExporter", "Now"), QCoreApplication::translate("QuestionnaireExporter", "Suggested"), QCoreApplication::translate("QuestionnaireExporter", "Why")}, {}};
        for (const Suggestion &s : capacity.suggestions)
            t.rows.push_back({itemName(design, s.itemId), s.key, s.current.toString(), s.value.toString(), s.reason});
        return t;
    }

    QString assumptions() const
    {
        return QCoreApplication::translate("QuestionnaireExporter", "Each request that reaches a service keeps one CPU busy for its CPU time; replicas are spread evenly "
                  "over the zones, and the suggested maximum still carries the peak after the fullest zone is lost. "
                  "Unanswered CPU times count as %1 ms; where no availability zones are drawn, %2 are assumed.")
            .arg(formatCapacityNumber(kDefaultServiceTimeMs, 0))
            .arg(kDefaultZones);
    }
};

// --- Markdown ----------------------------------------------------------------------

/// Markdown's special characters escaped with a backslash, line breaks as spaces: one pass over
/// the text (a replace() per character was a quarter of the export of a large design).
QString mdInline(const QString &text)
{
    static const QLatin1String specials("\\*_`|<>[]");
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (c == QLatin1Char('\n')) {
            out += QLatin1Char(' ');
            continue;
        }
        if (specials.contains(c))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

void mdTable(QString &out, const Table &t)
{
    out += QLatin1String("| ");
    for (const QString &h : t.header)
        out += mdInline(h) + QLatin1String(" | ");
    out.chop(1);
    out += QLatin1String("\n|");
    for (qsizetype i = 0; i < t.header.size(); ++i)
        out += QLatin1String("---|");
    out += QLatin1Char('\n');
    for (const QStringList &row : t.rows) {
        out += QLatin1String("| ");
        for (const QString &cell : row)
            out += mdInline(cell) + QLatin1String(" | ");
        out.chop(1);
        out += QLatin1Char('\n');
    }
    out += QLatin1Char('\n');
}

QByteArray markdown(const Content &c)
{
    QString out;
    out += QStringLiteral("# %1\n\n").arg(mdInline(c.title()));
    out += QCoreApplication::translate("QuestionnaireExporter", "**%1.** ").arg(c.progress());
    out += c.blank ? QCoreApplication::translate("QuestionnaireExporter", "Please answer what you can before the workshop; a rough number with a note beats no number. "
                        "\"Why we ask\" says what each answer decides.\n\n")
                   : QCoreApplication::translate("QuestionnaireExporter", "Open questions are marked **open** and listed again at the end.\n\n");
    if (c.description) {
        for (const QString &line : c.design.description.trimmed().split(QLatin1Char('\n')))
            out += line.trimmed().isEmpty() ? QStringLiteral(">\n") : QStringLiteral("> %1\n").arg(mdInline(line));
        out += QLatin1Char('\n');
    }

    std::optional<Section> section;
    int sectionNumber = 0;
    for (const QuestionStatus *status : c.shown) {
        const QuestionStatus &s = *status;
        const Question &q = *s.question;
        if (!section || *section != q.section) {
            section = q.section;
            out += QStringLiteral("## %1. %2\n\n").arg(++sectionNumber).arg(mdInline(sectionTitle(q.section)));
        }
        out += QStringLiteral("### %1 %2\n\n").arg(c.numbers.at(q.id), mdInline(q.text));
        if (c.answered(s))
            out += QCoreApplication::translate("QuestionnaireExporter", "- Answer: **%1**\n").arg(mdInline(formatAnswerValue(q, s.answer->value)));
        else if (c.blank)
            out += QCoreApplication::translate("QuestionnaireExporter", "- Answer (%1): ______________________________\n").arg(mdInline(q.typeDescription()));
        else
            out += QCoreApplication::translate("QuestionnaireExporter", "- Answer: **open** (%1)\n").arg(mdInline(q.typeDescription()));
        if (!c.blank && !s.problem.isEmpty())
            out += QCoreApplication::translate("QuestionnaireExporter", "- Stored answer does not fit: %1\n").arg(mdInline(s.problem));
        if (!c.blank && s.answer && !s.answer->note.isEmpty())
            out += QCoreApplication::translate("QuestionnaireExporter", "- Note: %1\n").arg(mdInline(s.answer->note));
        else if (!c.answered(s)) // the story behind the number: where it comes from, the exceptions
            out += QCoreApplication::translate("QuestionnaireExporter", "- Note: ______________________________\n");
        if (const QString affects = c.affects(q); !affects.isEmpty())
            out += QCoreApplication::translate("QuestionnaireExporter", "- Affects in the drawing: %1\n").arg(mdInline(affects));
        out += QCoreApplication::translate("QuestionnaireExporter", "- Why we ask: %1\n").arg(mdInline(c.whyText(q)));
        // Ids are for the answers file and the engineers; the product owner's handout reads without them.
        if (!c.productOwner())
            out += QCoreApplication::translate("QuestionnaireExporter", "- Id: `%1`\n").arg(q.id);
        out += QLatin1Char('\n');
    }

    if (!c.blank && c.withEngineering()) {
        out += QCoreApplication::translate("QuestionnaireExporter", "## Capacity estimate\n\n");
        if (c.capacity.peakRps)
            out += QCoreApplication::translate("QuestionnaireExporter", "Peak load from the answers: **%1 requests per second**.\n\n").arg(formatCapacityNumber(*c.capacity.peakRps, 1));
        else
            out += QCoreApplication::translate("QuestionnaireExporter", "No peak load yet: answer %1.\n\n")
                       .arg(QStringLiteral("`") + c.capacity.missingQuestions.join(QStringLiteral("`, `")) + QStringLiteral("`"));
        if (!c.capacity.services.empty()) {
            mdTable(out, c.services());
            out += mdInline(c.assumptions()) + QStringLiteral("\n\n");
        }
        if (!c.capacity.storage.empty())
            mdTable(out, c.storage());
        if (const auto steps = c.derivations(); !steps.empty()) {
            out += QCoreApplication::translate("QuestionnaireExporter", "### How each figure follows\n\n");
            for (const auto &[name, lines] : steps) {
                out += QStringLiteral("- **%1**\n").arg(mdInline(name));
                for (const QString &line : lines)
                    out += QStringLiteral("  - %1\n").arg(mdInline(line));
            }
            out += QLatin1Char('\n');
        }
        if (!c.capacity.warnings.empty()) {
            out += QCoreApplication::translate("QuestionnaireExporter", "### Where the design does not meet the answers\n\n");
            for (const CapacityWarning &w : c.capacity.warnings)
                out += QStringLiteral("- %1\n").arg(mdInline(w.message));
            out += QLatin1Char('\n');
        }
        if (!c.capacity.suggestions.empty()) {
            out += QCoreApplication::translate("QuestionnaireExporter", "### Suggested changes\n\n");
            mdTable(out, c.suggestions());
        }
    }

    // A blank form is all open questions; listing them again would only repeat the form.
    const auto open = c.blank ? std::vector<const QuestionStatus *>() : c.open();
    if (!c.blank)
        out += QCoreApplication::translate("QuestionnaireExporter", "## Open questions (%1)\n\n").arg(open.size());
    if (open.empty() && !c.blank)
        out += QCoreApplication::translate("QuestionnaireExporter", "None: every question is answered.\n\n");
    for (const QuestionStatus *s : open)
        out += c.productOwner() ? QStringLiteral("- %1 %2\n").arg(c.numbers.at(s->question->id), mdInline(s->question->text))
                                : QStringLiteral("- %1 %2 (`%3`)\n").arg(c.numbers.at(s->question->id), mdInline(s->question->text), s->question->id);
    if (!open.empty())
        out += QLatin1Char('\n');

    if (!c.blank && c.withEngineering() && !c.questionnaire.orphans().empty()) {
        out += QCoreApplication::translate("QuestionnaireExporter", "## Orphaned answers\n\nKept in the design; their question is no longer asked.\n\n");
        for (const OrphanedAnswer &o : c.questionnaire.orphans())
            out += QStringLiteral("- `%1`: %2 (%3)\n").arg(o.answer->question, mdInline(o.answer->value.toString()), mdInline(o.reason));
        out += QLatin1Char('\n');
    }
    while (out.endsWith(QLatin1String("\n\n")))
        out.chop(1);
    return out.toUtf8();
}

// --- HTML --------------------------------------------------------------------------

QString esc(const QString &text)
{
    QString out = text.toHtmlEscaped();
    return out.replace(QLatin1Char('\''), QLatin1String("&#39;"));
}

void htmlTable(QString &out, const Table &t, const QString &cls)
{
    out += QStringLiteral("<table class=\"%1\">\n<thead><tr>").arg(cls);
    for (const QString &h : t.header)
        out += QStringLiteral("<th>%1</th>").arg(esc(h));
    out += QStringLiteral("</tr></thead>\n<tbody>\n");
    for (const QStringList &row : t.rows) {
        out += QStringLiteral("<tr>");
        for (const QString &cell : row)
            out += QStringLiteral("<td>%1</td>").arg(esc(cell));
        out += QStringLiteral("</tr>\n");
    }
    out += QStringLiteral("</tbody>\n</table>\n");
}

const char *const kCss = R"(
@page { margin: 14mm 12mm; }
* { box-sizing: border-box; }
body { font-family: "Helvetica Neue", Helvetica, Arial, sans-serif; font-size: 11pt; line-height: 1.4; color: #1a1a1a;
       max-width: 190mm; margin: 0 auto; padding: 8mm 4mm; }
h1 { font-size: 20pt; margin: 0 0 4pt; }
h2 { font-size: 15pt; margin: 18pt 0 6pt; border-bottom: 1px solid #999999; padding-bottom: 2pt; break-after: avoid; }
h3 { font-size: 12pt; margin: 12pt 0 4pt; break-after: avoid; }
code { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 9pt; overflow-wrap: anywhere; }
.progress { margin: 6pt 0 12pt; }
.bar { height: 8pt; background: #e3e3e3; border-radius: 4pt; overflow: hidden; }
.bar span { display: block; height: 100%; background: #3d7a3d; }
figure { margin: 8pt 0 12pt; break-inside: avoid; }
figure svg { display: block; width: 100%; height: auto; max-height: 170mm; border: 1px solid #cccccc; }
figcaption { font-size: 9pt; color: #555555; }
.question { border-left: 4pt solid #3d7a3d; padding: 4pt 8pt; margin: 6pt 0; break-inside: avoid; page-break-inside: avoid; }
.question.open { border-left-color: #d08700; background: #fff6e0; }
.question h3 { margin: 0 0 3pt; font-size: 11.5pt; }
.answer { font-weight: bold; }
.status { font-weight: bold; color: #a35d00; }
.problem { color: #a00000; }
.why, .meta, .affects { font-size: 9.5pt; color: #444444; margin: 2pt 0; }
.affects { color: #2d5a8a; }
.blank { border-bottom: 1px solid #777777; height: 16pt; margin: 4pt 0; }
.blank.note { height: 24pt; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; font-size: 9pt; margin: 6pt 0 10pt; }
th, td { border: 1px solid #bbbbbb; padding: 2pt 4pt; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
th { background: #eeeeee; }
table.suggestions th:nth-child(2) { width: 14%; }
table.suggestions th:nth-child(3), table.suggestions th:nth-child(4) { width: 10%; }
table.suggestions th:nth-child(5) { width: 46%; }
tr { break-inside: avoid; }
ul.warnings li { color: #8a2b00; }
@media print { body { max-width: none; padding: 0; } .question.open { background: #fff6e0; } }
)";

QByteArray html(const Content &c, const Catalog &catalog)
{
    QString out;
    out += QStringLiteral("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n"
                          "<meta charset=\"utf-8\"/>\n<meta name=\"generator\" content=\"Stackdraft\"/>\n");
    out += QStringLiteral("<title>%1</title>\n").arg(esc(c.title()));
    out += QStringLiteral("<style>") + QLatin1String(kCss) + QStringLiteral("</style>\n</head>\n<body>\n");
    out += QStringLiteral("<h1>%1</h1>\n").arg(esc(c.title()));
    const int percent = c.count() ? c.answeredCount() * 100 / c.count() : 0;
    out += QStringLiteral("<div class=\"progress\"><p><strong>%1</strong></p><div class=\"bar\"><span style=\"width: %2%\"></span></div></div>\n")
               .arg(esc(c.progress()))
               .arg(percent);
    out += QStringLiteral("<p>%1</p>\n")
               .arg(esc(c.blank ? QCoreApplication::translate("QuestionnaireExporter", "Please answer what you can before the workshop; a rough number with a note beats no number. "
                                     "\"Why we ask\" says what each answer decides.")
                                : QCoreApplication::translate("QuestionnaireExporter", "Open questions are highlighted and listed again at the end.")));
    if (c.description)
        out += QStringLiteral("<p class=\"meta\">%1</p>\n").arg(esc(c.design.description.trimmed()).replace(QLatin1Char('\n'), QLatin1String("<br/>")));
    out += QStringLiteral("<figure>\n") + designDiagramSvg(c.design, catalog)
           + QStringLiteral("<figcaption>%1</figcaption>\n</figure>\n").arg(esc(QCoreApplication::translate("QuestionnaireExporter", "The design: %1").arg(c.design.name)));

    std::optional<Section> section;
    int sectionNumber = 0;
    for (const QuestionStatus *status : c.shown) {
        const QuestionStatus &s = *status;
        const Question &q = *s.question;
        if (!section || *section != q.section) {
            section = q.section;
            out += QStringLiteral("<h2>%1. %2</h2>\n").arg(++sectionNumber).arg(esc(sectionTitle(q.section)));
        }
        const bool answered = c.answered(s);
        out += QStringLiteral("<div class=\"question%1\" id=\"q-%2\">\n<h3>%3 %4</h3>\n")
                   .arg(answered ? QString() : QStringLiteral(" open"), esc(q.id), c.numbers.at(q.id), esc(q.text));
        if (answered)
            out += QStringLiteral("<p>%1 <span class=\"answer\">%2</span></p>\n")
                       .arg(esc(QCoreApplication::translate("QuestionnaireExporter", "Answer:")), esc(formatAnswerValue(q, s.answer->value)));
        else if (c.blank)
            out += QStringLiteral("<p class=\"meta\">%1</p><div class=\"blank\"></div>\n")
                       .arg(esc(QCoreApplication::translate("QuestionnaireExporter", "Answer (%1):").arg(q.typeDescription())));
        else
            out += QStringLiteral("<p><span class=\"status\">%1</span> <span class=\"meta\">(%2)</span></p>\n")
                       .arg(esc(QCoreApplication::translate("QuestionnaireExporter", "Open")), esc(q.typeDescription()));
        if (!c.blank && !s.problem.isEmpty())
            out += QStringLiteral("<p class=\"problem\">%1</p>\n").arg(esc(QCoreApplication::translate("QuestionnaireExporter", "Stored answer does not fit: %1").arg(s.problem)));
        if (!c.blank && s.answer && !s.answer->note.isEmpty())
            out += QStringLiteral("<p>%1</p>\n").arg(esc(QCoreApplication::translate("QuestionnaireExporter", "Note: %1").arg(s.answer->note)));
        else if (!answered) // the story behind the number: where it comes from, the exceptions
            out += QStringLiteral("<p class=\"meta\">%1</p><div class=\"blank note\"></div>\n").arg(esc(QCoreApplication::translate("QuestionnaireExporter", "Note:")));
        if (const QString affects = c.affects(q); !affects.isEmpty())
            out += QStringLiteral("<p class=\"affects\">%1</p>\n")
                       .arg(esc(QCoreApplication::translate("QuestionnaireExporter", "Affects in the drawing: %1").arg(affects)));
        out += QStringLiteral("<p class=\"why\">%1</p>\n").arg(esc(QCoreApplication::translate("QuestionnaireExporter", "Why we ask: %1").arg(c.whyText(q))));
        if (!c.productOwner())
            out += QStringLiteral("<p class=\"meta\"><code>%1</code></p>\n").arg(esc(q.id));
        out += QStringLiteral("</div>\n");
    }

    if (!c.blank && c.withEngineering()) {
        out += QStringLiteral("<h2>%1</h2>\n").arg(esc(QCoreApplication::translate("QuestionnaireExporter", "Capacity estimate")));
        if (c.capacity.peakRps)
            out += QStringLiteral("<p>%1</p>\n").arg(esc(QCoreApplication::translate("QuestionnaireExporter", "Peak load from the answers: %1 requests per second.").arg(formatCapacityNumber(*c.capacity.peakRps, 1))));
        else
            out += QStringLiteral("<p>%1</p>\n").arg(esc(QCoreApplication::translate("QuestionnaireExporter", "No peak load yet: answer %1.").arg(c.capacity.missingQuestions.join(QStringLiteral(", ")))));
        if (!c.capacity.services.empty()) {
            htmlTable(out, c.services(), QStringLiteral("services"));
            out += QStringLiteral("<p class=\"meta\">%1</p>\n").arg(esc(c.assumptions()));
        }
        if (!c.capacity.storage.empty())
            htmlTable(out, c.storage(), QStringLiteral("storage"));
        if (const auto steps = c.derivations(); !steps.empty()) {
            out += QStringLiteral("<h3>%1</h3>\n<dl class=\"derivation\">\n").arg(esc(QCoreApplication::translate("QuestionnaireExporter", "How each figure follows")));
            for (const auto &[name, lines] : steps) {
                out += QStringLiteral("<dt>%1</dt>\n").arg(esc(name));
                for (const QString &line : lines)
                    out += QStringLiteral("<dd>%1</dd>\n").arg(esc(line));
            }
            out += QStringLiteral("</dl>\n");
        }
        if (!c.capacity.warnings.empty()) {
            out += QStringLiteral("<h3>%1</h3>\n<ul class=\"warnings\">\n").arg(esc(QCoreApplication::translate("QuestionnaireExporter", "Where the design does not meet the answers")));
            for (const CapacityWarning &w : c.capacity.warnings)
                out += QStringLiteral("<li>%1</li>\n").arg(esc(w.message));
            out += QStringLiteral("</ul>\n");
        }
        if (!c.capacity.suggestions.empty()) {
            out += QStringLiteral("<h3>%1</h3>\n").arg(esc(QCoreApplication::translate("QuestionnaireExporter", "Suggested changes")));
            htmlTable(out, c.suggestions(), QStringLiteral("suggestions"));
        }
    }

    const auto open = c.open();
    if (!c.blank)
        out += QStringLiteral("<h2>%1</h2>\n").arg(esc(QCoreApplication::translate("QuestionnaireExporter", "Open questions (%1)").arg(open.size())));
    if (c.blank) {
        // A blank form is all open questions; listing them again would only repeat the form.
    } else if (open.empty()) {
        out += QStringLiteral("<p>%1</p>\n").arg(esc(QCoreApplication::translate("QuestionnaireExporter", "None: every question is answered.")));
    } else {
        out += QStringLiteral("<ul class=\"open-questions\">\n");
        for (const QuestionStatus *s : open)
            out += c.productOwner() ? QStringLiteral("<li>%1 %2</li>\n").arg(c.numbers.at(s->question->id), esc(s->question->text))
                                    : QStringLiteral("<li>%1 %2 <code>%3</code></li>\n")
                                          .arg(c.numbers.at(s->question->id), esc(s->question->text), esc(s->question->id));
        out += QStringLiteral("</ul>\n");
    }
    if (!c.blank && c.withEngineering() && !c.questionnaire.orphans().empty()) {
        out += QStringLiteral("<h2>%1</h2>\n<p>%2</p>\n<ul>\n")
                   .arg(esc(QCoreApplication::translate("QuestionnaireExporter", "Orphaned answers")), esc(QCoreApplication::translate("QuestionnaireExporter", "Kept in the design; their question is no longer asked.")));
        for (const OrphanedAnswer &o : c.questionnaire.orphans())
            out += QStringLiteral("<li><code>%1</code>: %2 (%3)</li>\n")
                       .arg(esc(o.answer->question), esc(o.answer->value.toString()), esc(o.reason));
        out += QStringLiteral("</ul>\n");
    }
    out += QStringLiteral("</body>\n</html>\n");
    return out.toUtf8();
}

} // namespace

QString QuestionnaireExporter::displayName() const { return QCoreApplication::translate("QuestionnaireExporter", "Requirements questionnaire"); }

QString QuestionnaireExporter::description() const
{
    return QCoreApplication::translate("QuestionnaireExporter", "Questions for a workshop with the answers, capacity estimate and open questions (Markdown, HTML, PDF or an answers file), for everyone, the product owner or the engineers.");
}

std::vector<ExportOptionSpec> QuestionnaireExporter::options() const
{
    return {{QStringLiteral("format"), QCoreApplication::translate("QuestionnaireExporter", "Output format"),
             {kFormatMarkdown, kFormatHtml, kFormatAnswers, kFormatAnswersJson}, kFormatMarkdown},
            {QStringLiteral("edition"), QCoreApplication::translate("QuestionnaireExporter", "Edition"),
             {editionName(Edition::Full), editionName(Edition::ProductOwner), editionName(Edition::Engineering)}, editionName(Edition::Full)},
            {QStringLiteral("blank"), QCoreApplication::translate("QuestionnaireExporter", "Leave the answers out, to send before a workshop"), {}, QString()},
            {QStringLiteral("include-description"),
             QCoreApplication::translate("QuestionnaireExporter", "Print the design's description (internal notes) in the product owner edition too"), {}, QString()}};
}

bool QuestionnaireExporter::writesSingleFile(const QVariantMap &options) const
{
    Q_UNUSED(options)
    return true;
}

namespace {
/// A yes/no option: true from the CLI and the dialog, "yes"/"true" from hand-written option maps.
bool flag(const QVariantMap &options, const QString &key)
{
    const QVariant value = options.value(key);
    return value.typeId() == QMetaType::QString ? (value.toString() == QLatin1String("yes") || value.toString() == QLatin1String("true"))
                                                : value.toBool();
}
} // namespace

ExportResult QuestionnaireExporter::generate(const Design &design, const Catalog &catalog, const QVariantMap &options) const
{
    ExportResult result;
    const QString format = options.value(QStringLiteral("format"), kFormatMarkdown).toString();
    const bool blank = flag(options, QStringLiteral("blank"));
    const QString editionText = options.value(QStringLiteral("edition"), editionName(Edition::Full)).toString();
    const std::optional<Edition> edition = editionFromName(editionText);
    if (!edition) {
        result.error = QCoreApplication::translate("QuestionnaireExporter", "unknown edition '%1'; choose full, product-owner or engineering").arg(editionText);
        return result;
    }
    // The description holds the architects' internal notes: the product owner's handout leaves it out unless asked.
    const bool description = *edition != Edition::ProductOwner || flag(options, QStringLiteral("include-description"));
    if (format == kFormatAnswers || format == kFormatAnswersJson) {
        const bool json = format == kFormatAnswersJson;
        result.files.push_back({json ? QStringLiteral("answers.json") : QStringLiteral("answers.yaml"),
                                writeAnswersFile(design, catalog, json ? DesignFormat::Json : DesignFormat::Yaml, blank, *edition)});
        return result;
    }
    if (format != kFormatMarkdown && format != kFormatHtml) {
        result.error = QCoreApplication::translate("QuestionnaireExporter", "unknown format '%1'; choose md, html, answers or answers-json").arg(format);
        return result;
    }
    const Content content(design, catalog, blank, *edition, description);
    if (format == kFormatHtml)
        result.files.push_back({QStringLiteral("questionnaire.html"), html(content, catalog)});
    else
        result.files.push_back({QStringLiteral("questionnaire.md"), markdown(content)});
    for (const OrphanedAnswer &o : content.questionnaire.orphans())
        result.messages.push_back({Diagnostic::Severity::Warning, design.name, 0, 0,
                                   QCoreApplication::translate("QuestionnaireExporter", "answer '%1' is orphaned: %2").arg(o.answer->question, o.reason)});
    return result;
}

} // namespace sd
