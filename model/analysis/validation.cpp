// SPDX-License-Identifier: MIT
#include "validation.h"

#include "analysiscontext.h"
#include "catalog.h"
#include "design.h"

#include <QCoreApplication>

#include <algorithm>
#include <numeric>
#include <unordered_map>

namespace sd {

namespace {
} // namespace

QString severityName(FindingSeverity severity)
{
    switch (severity) {
    case FindingSeverity::Error:
        return QStringLiteral("error");
    case FindingSeverity::Warning:
        return QStringLiteral("warning");
    case FindingSeverity::Info:
        break;
    }
    return QStringLiteral("info");
}

QString severityLabel(FindingSeverity severity)
{
    switch (severity) {
    case FindingSeverity::Error:
        return QCoreApplication::translate("Validation", "Error");
    case FindingSeverity::Warning:
        return QCoreApplication::translate("Validation", "Warning");
    case FindingSeverity::Info:
        break;
    }
    return QCoreApplication::translate("Validation", "Info");
}

bool parseSeverity(const QString &text, FindingSeverity *severity)
{
    for (FindingSeverity s : {FindingSeverity::Error, FindingSeverity::Warning, FindingSeverity::Info})
        if (text == severityName(s)) {
            *severity = s;
            return true;
        }
    return false;
}

const std::vector<RuleInfo> &validationRules()
{
    using S = FindingSeverity;
    static const std::vector<RuleInfo> rules = {
        {"redundancy.single-replica", S::Error, QT_TRANSLATE_NOOP("Validation", "Single instance on a path from an entry point")},
        {"redundancy.no-load-balancer", S::Warning, QT_TRANSLATE_NOOP("Validation", "Replicated service without a load balancer in front")},
        {"redundancy.chokepoint", S::Warning, QT_TRANSLATE_NOOP("Validation", "One single-zone load balancer, gateway or queue on every path")},
        {"redundancy.quorum", S::Error, QT_TRANSLATE_NOOP("Validation", "Quorum system with fewer than 3 or an even number of members")},
        {"spread.single-zone", S::Warning, QT_TRANSLATE_NOOP("Validation", "All replicas in one availability zone")},
        {"spread.zone-loss", S::Error, QT_TRANSLATE_NOOP("Validation", "Losing one availability zone breaks an entry point")},
        {"spread.single-region", S::Warning, QT_TRANSLATE_NOOP("Validation", "Everything in one region")},
        {"spread.region-loss", S::Warning, QT_TRANSLATE_NOOP("Validation", "Losing one region breaks an entry point")},
        {"spread.single-provider", S::Info, QT_TRANSLATE_NOOP("Validation", "Everything with one provider")},
        {"spread.provider-loss", S::Warning, QT_TRANSLATE_NOOP("Validation", "Losing one provider breaks an entry point")},
        {"data.no-standby", S::Error, QT_TRANSLATE_NOOP("Validation", "Database without a standby or multi-AZ")},
        {"data.backups-off", S::Error, QT_TRANSLATE_NOOP("Validation", "Backups turned off")},
        {"data.short-retention", S::Warning, QT_TRANSLATE_NOOP("Validation", "Backups kept for less than 7 days")},
        {"data.no-cross-region", S::Error, QT_TRANSLATE_NOOP("Validation", "No cross-region copy although a region-level RPO/RTO is required")},
        {"data.stateful-scaled-out", S::Error, QT_TRANSLATE_NOOP("Validation", "Stateful service scaled out without shared or replicated state")},
        {"data.no-versioning", S::Warning, QT_TRANSLATE_NOOP("Validation", "Object storage without versioning")},
        {"data.no-dead-letter", S::Warning, QT_TRANSLATE_NOOP("Validation", "Queue without a dead-letter queue")},
        {"scaling.min-above-max", S::Error, QT_TRANSLATE_NOOP("Validation", "Autoscaling minimum above maximum")},
        {"scaling.cpu-target", S::Error, QT_TRANSLATE_NOOP("Validation", "Autoscaling CPU target outside 1-100 %")},
        {"scaling.no-cpu-request", S::Warning, QT_TRANSLATE_NOOP("Validation", "Autoscaling without a CPU request")},
        {"scaling.below-peak", S::Warning, QT_TRANSLATE_NOOP("Validation", "Maximum replicas below the expected peak")},
        {"observability.unobserved", S::Warning, QT_TRANSLATE_NOOP("Validation", "Service without metrics or logs")},
        {"observability.no-alert-routing", S::Warning, QT_TRANSLATE_NOOP("Validation", "No alert routing")},
        {"security.no-waf", S::Warning, QT_TRANSLATE_NOOP("Validation", "Public entry without a WAF")},
        {"security.exposed-datastore", S::Error, QT_TRANSLATE_NOOP("Validation", "Data store reachable from outside")},
        {"security.unencrypted", S::Error, QT_TRANSLATE_NOOP("Validation", "Data stored unencrypted")},
        {"security.plain-secret", S::Error, QT_TRANSLATE_NOOP("Validation", "Secret in a plain property")},
        {"hygiene.no-entry-point", S::Error, QT_TRANSLATE_NOOP("Validation", "No entry point: nothing to analyse from")},
        {"hygiene.candidate-entries", S::Info, QT_TRANSLATE_NOOP("Validation", "No entry point marked: analysed from what nothing calls")},
        {"hygiene.sync-cycle", S::Warning, QT_TRANSLATE_NOOP("Validation", "Synchronous call cycle")},
        {"hygiene.queue-no-producer", S::Warning, QT_TRANSLATE_NOOP("Validation", "Queue without a producer")},
        {"hygiene.queue-no-consumer", S::Warning, QT_TRANSLATE_NOOP("Validation", "Queue without a consumer")},
        {"hygiene.unconnected", S::Warning, QT_TRANSLATE_NOOP("Validation", "Unconnected component")},
        {"hygiene.deep-sync-chain", S::Warning, QT_TRANSLATE_NOOP("Validation", "Deep synchronous call chain without a queue")},
        {"hygiene.unpinned-image", S::Error, QT_TRANSLATE_NOOP("Validation", "Container image without a fixed tag, or :latest")},
    };
    return rules;
}

const RuleInfo *validationRule(const QString &id)
{
    for (const RuleInfo &r : validationRules())
        if (id == QLatin1String(r.id))
            return &r;
    return nullptr;
}

// --- translations

namespace {
// Node-based: the templates stay where they are while more are added during a run.
thread_local std::unordered_map<const char *, MessageTemplate> translationCache;
} // namespace

ValidationMessage validationText(const char *text)
{
    auto it = translationCache.find(text);
    if (it == translationCache.end())
        it = translationCache.emplace(text, MessageTemplate(QCoreApplication::translate("Validation", text))).first;
    return ValidationMessage(it->second);
}

// --- messages

MessageTemplate::MessageTemplate(QString text) : m_text(std::move(text))
{
    const QChar *t = m_text.constData();
    const qsizetype n = m_text.size();
    const auto digit = [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); };
    std::vector<int> numbers;
    qsizetype last = 0;
    for (qsizetype i = 0; i + 1 < n; ++i) {
        if (t[i] != QLatin1Char('%'))
            continue;
        const QChar first = t[i + 1];
        if (first == QLatin1Char('L') || first == QLatin1Char('0') || first.unicode() >= 0x80) {
            m_plain = false; // %L1 (a localised number), %0 or maybe a non-ASCII digit: QString::arg() decides
            return;
        }
        if (!digit(first))
            continue; // "100 %": a percent sign, not a placeholder
        int number = first.unicode() - '0';
        qsizetype length = 2;
        if (i + 2 < n) {
            const QChar second = t[i + 2];
            if (second.unicode() >= 0x80) {
                m_plain = false;
                return;
            }
            if (digit(second)) { // QString::arg() reads two digits, as here
                number = number * 10 + (second.unicode() - '0');
                length = 3;
            }
        }
        m_pieces.push_back({i - last, length, number}); // rank holds the number until all are known
        numbers.push_back(number);
        last = i + length;
        i += length - 1;
    }
    m_pieces.push_back({n - last, 0, -1});
    std::sort(numbers.begin(), numbers.end());
    numbers.erase(std::unique(numbers.begin(), numbers.end()), numbers.end());
    m_placeholders = qsizetype(numbers.size());
    for (Piece &piece : m_pieces)
        if (piece.escape > 0)
            piece.rank = std::lower_bound(numbers.begin(), numbers.end(), int(piece.rank)) - numbers.begin();
}

bool MessageTemplate::fill(const QString *args, qsizetype count, QString *out) const
{
    // Chained arg() would find a placeholder inside an argument that holds a '%', and warns and
    // changes nothing when there are more arguments than placeholders: both are QString::arg()'s.
    if (!m_plain || count > m_placeholders)
        return false;
    for (qsizetype a = 0; a < count; ++a)
        if (args[a].contains(QLatin1Char('%')))
            return false;
    qsizetype length = 0;
    for (const Piece &piece : m_pieces)
        length += piece.literal + (piece.escape > 0 && piece.rank < count ? args[piece.rank].size() : piece.escape);
    // Written in place: QString::append() costs more per call than the few characters it copies.
    QString result(length, Qt::Uninitialized);
    QChar *to = result.data();
    const QChar *text = m_text.constData();
    const auto copy = [&to](const QChar *from, qsizetype n) { to = std::copy_n(from, n, to); };
    for (const Piece &piece : m_pieces) {
        copy(text, piece.literal);
        text += piece.literal;
        if (piece.escape == 0)
            continue;
        if (piece.rank < count)
            copy(args[piece.rank].constData(), args[piece.rank].size());
        else
            copy(text, piece.escape); // not given: stays, as with arg()
        text += piece.escape;
    }
    *out = std::move(result);
    return true;
}

ValidationMessage &ValidationMessage::arg(const QString &a)
{
    m_calls.append(Call::String);
    m_args.append(a);
    m_numbers.append(0);
    return *this;
}

ValidationMessage &ValidationMessage::arg(int a)
{
    m_calls.append(Call::Int);
    m_args.append(QString::number(a)); // what arg(int) writes for a plain %1
    m_numbers.append(a);
    return *this;
}

ValidationMessage &ValidationMessage::arg(unsigned long a)
{
    m_calls.append(Call::ULong);
    m_args.append(QString::number(a));
    m_numbers.append(qint64(a));
    return *this;
}

ValidationMessage &ValidationMessage::arg(const QString &a1, const QString &a2)
{
    m_calls.append(Call::Two);
    m_args.append(a1);
    m_args.append(a2);
    m_numbers.append(0);
    m_numbers.append(0);
    return *this;
}

ValidationMessage &ValidationMessage::arg(const QString &a1, const QString &a2, const QString &a3)
{
    m_calls.append(Call::Three);
    m_args.append(a1);
    m_args.append(a2);
    m_args.append(a3);
    for (int i = 0; i < 3; ++i)
        m_numbers.append(0);
    return *this;
}

ValidationMessage &ValidationMessage::arg(const QString &a1, const QString &a2, const QString &a3, const QString &a4)
{
    m_calls.append(Call::Four);
    for (const QString *a : {&a1, &a2, &a3, &a4}) {
        m_args.append(*a);
        m_numbers.append(0);
    }
    return *this;
}

QString ValidationMessage::toString() const
{
    if (m_calls.isEmpty())
        return m_template->text(); // shared, not copied
    QString out;
    if (m_template->fill(m_args.constData(), m_args.size(), &out))
        return out;
    // QString::arg()'s own rules apply: make the very calls the rule wrote.
    out = m_template->text();
    qsizetype a = 0;
    for (const Call call : m_calls) {
        switch (call) {
        case Call::String:
            out = out.arg(m_args[a]);
            a += 1;
            break;
        case Call::Int:
            out = out.arg(int(m_numbers[a]));
            a += 1;
            break;
        case Call::ULong:
            out = out.arg(static_cast<unsigned long>(m_numbers[a]));
            a += 1;
            break;
        case Call::Two:
            out = out.arg(m_args[a], m_args[a + 1]);
            a += 2;
            break;
        case Call::Three:
            out = out.arg(m_args[a], m_args[a + 1], m_args[a + 2]);
            a += 3;
            break;
        case Call::Four:
            out = out.arg(m_args[a], m_args[a + 1], m_args[a + 2], m_args[a + 3]);
            a += 4;
            break;
        }
    }
    return out;
}

// --- AnalysisContext

namespace {

/// A finding with its rule and texts, at the end of the list; the caller adds id and components.
Finding &appendFinding(std::vector<Finding> &findings, const char *ruleId, FindingSeverity severity,
                       const QString &message, const QString &reason, const QString &fix, const QString &note)
{
    thread_local std::unordered_map<const char *, QString> ruleIds; // one shared string per rule
    auto rule = ruleIds.find(ruleId);
    if (rule == ruleIds.end())
        rule = ruleIds.emplace(ruleId, QString::fromLatin1(ruleId)).first;
    Finding &f = findings.emplace_back();
    f.ruleId = rule->second;
    f.severity = severity;
    f.message = message;
    f.reason = reason;
    f.fix = fix;
    f.note = note;
    return f;
}

/// "rule/subject", allocated once (rule + '/' + subject copies and grows twice).
QString findingId(const QString &rule, QStringView subject)
{
    QString id(rule.size() + 1 + subject.size(), Qt::Uninitialized);
    QChar *to = std::copy_n(rule.constData(), rule.size(), id.data());
    *to++ = QLatin1Char('/');
    std::copy_n(subject.data(), subject.size(), to);
    return id;
}

} // namespace

void AnalysisContext::add(const char *ruleId, FindingSeverity severity, const QStringList &subjects,
                          QStringList componentIds, const QString &message, const QString &reason,
                          const QString &fix, const QString &note) const
{
    Finding &f = appendFinding(findings, ruleId, severity, message, reason, fix, note);
    if (subjects.isEmpty())
        f.id = f.ruleId;
    else
        f.id = findingId(f.ruleId, subjects.size() == 1 ? subjects.front() : subjects.join(QLatin1Char('+')));
    f.componentIds = std::move(componentIds);
}

void AnalysisContext::addFor(const char *ruleId, FindingSeverity severity, int v, const QString &message,
                             const QString &reason, const QString &fix, const QString &note) const
{
    const QString &id = component(v).id;
    Finding &f = appendFinding(findings, ruleId, severity, message, reason, fix, note);
    f.id = findingId(f.ruleId, id);
    f.componentIds = QStringList{id};
}

QStringList AnalysisContext::idsOf(const std::vector<int> &vs) const
{
    QStringList ids;
    ids.reserve(qsizetype(vs.size()));
    for (int v : vs)
        ids.append(component(v).id);
    return ids;
}

// --- validation

std::vector<Finding> validateDesign(const Design &design, const Catalog &catalog)
{
    translationCache.clear();
    const DependencyGraph graph = DependencyGraph::fromDesign(design);
    const FailureModel model(design, catalog, graph);
    const PropertyAccess props(catalog);
    std::vector<Finding> findings;
    findings.reserve(design.components().size() * 2); // generated designs give about 1.5 per component
    const AnalysisContext context{design, catalog, graph, model, props, findings};
    checkRedundancy(context);
    checkSpread(context);
    checkData(context);
    checkScaling(context);
    checkObservability(context);
    checkSecurity(context);
    checkHygiene(context);

    applyAcceptedFindings(findings, design);
    // Errors first, then by rule in documentation order, then in the order the rule found them
    // (component order, i.e. by id): deterministic, and no string comparisons for 100k findings.
    QHash<QString, int> ruleOrder;
    for (const RuleInfo &r : validationRules())
        ruleOrder.insert(QLatin1String(r.id), int(ruleOrder.size()));
    std::vector<std::pair<int, size_t>> keys(findings.size());
    for (size_t i = 0; i < findings.size(); ++i)
        keys[i] = {(2 - int(findings[i].severity)) * 1000 + ruleOrder.value(findings[i].ruleId), i};
    std::sort(keys.begin(), keys.end());
    std::vector<Finding> sorted;
    sorted.reserve(findings.size());
    for (const auto &key : keys)
        sorted.push_back(std::move(findings[key.second]));
    return sorted;
}

void applyAcceptedFindings(std::vector<Finding> &findings, const Design &design)
{
    const bool any = !design.acceptedFindings().empty();
    for (Finding &f : findings) {
        const AcceptedFinding *a = any ? design.acceptedFinding(f.id) : nullptr;
        f.accepted = a != nullptr;
        f.justification = a ? a->justification : QString();
    }
}

FindingCounts countFindings(const std::vector<Finding> &findings)
{
    FindingCounts counts;
    for (const Finding &f : findings) {
        if (f.accepted)
            ++counts.accepted;
        else if (f.severity == FindingSeverity::Error)
            ++counts.errors;
        else if (f.severity == FindingSeverity::Warning)
            ++counts.warnings;
        else
            ++counts.infos;
    }
    return counts;
}

bool hasFindingsAtLeast(const std::vector<Finding> &findings, FindingSeverity threshold)
{
    return std::any_of(findings.begin(), findings.end(),
                       [threshold](const Finding &f) { return !f.accepted && f.severity >= threshold; });
}

} // namespace sd
