// SPDX-License-Identifier: MIT
#include "questions.h"

#include "capacity.h"
#include "catalog.h"
#include "yamlemitter.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace sd {

namespace {

QString unitUsers() { return QCoreApplication::translate("Questionnaire", "users"); }
QString unitMinutes() { return QCoreApplication::translate("Questionnaire", "minutes"); }

/// More people than live on Earth: an answer above it is a typo (1e15 users), refused.
constexpr double kMostUsers = 1e10;

Question number(const char *id, Section section, const QString &text, const QString &help, const QString &unit,
                std::optional<double> maximum = std::nullopt)
{
    Question q;
    q.id = QString::fromLatin1(id);
    q.section = section;
    q.text = text;
    q.help = help;
    q.type = AnswerType::Number;
    q.unit = unit;
    q.minimum = 0;
    q.maximum = maximum;
    return q;
}

Question choice(const char *id, Section section, const QString &text, const QString &help, QStringList choices)
{
    Question q;
    q.id = QString::fromLatin1(id);
    q.section = section;
    q.text = text;
    q.help = help;
    q.type = AnswerType::Choice;
    q.choices = std::move(choices);
    return q;
}

Question freeText(const char *id, Section section, const QString &text, const QString &help)
{
    Question q;
    q.id = QString::fromLatin1(id);
    q.section = section;
    q.text = text;
    q.help = help;
    q.type = AnswerType::Text;
    return q;
}

QStringList yesNo() { return {QStringLiteral("yes"), QStringLiteral("no"), QStringLiteral("not-sure")}; }

/// Adds the item id into a template id: "component.%1.data.sizeNow".
Question about(Question q, const QString &prefix, const QString &itemId)
{
    q.id = prefix + itemId + QLatin1Char('.') + q.id;
    q.itemId = itemId;
    return q;
}

/// "25,000" for 25000, "99.95" for 99.95: stable across locales, so exports diff cleanly.
QString groupedNumber(double value)
{
    QString text = QString::fromStdString(formatNumber(value));
    if (text.contains(QLatin1Char('e')))
        return text;
    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    const qsizetype end = dot < 0 ? text.size() : dot;
    const qsizetype start = text.startsWith(QLatin1Char('-')) ? 1 : 0;
    if (end - start > 4) // 1000 stays 1000; 10000 becomes 10,000
        for (qsizetype i = end - 3; i > start; i -= 3)
            text.insert(i, QLatin1Char(','));
    return text;
}

const QRegularExpression &timeWindowPattern()
{
    // 24-hour "09:00-17:00", or 12-hour "9:00 AM-5:00 PM"; then an optional time zone.
    static const QRegularExpression re(QStringLiteral(
        "^([01]?\\d|2[0-3]):([0-5]\\d)\\s*([AaPp][Mm])?\\s*-\\s*([01]?\\d|2[0-4]):([0-5]\\d)\\s*([AaPp][Mm])?(?:\\s+(\\S+))?$"));
    return re;
}

std::optional<double> toNumber(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Float: {
        const double d = value.toDouble();
        if (std::isfinite(d))
            return d;
        return std::nullopt;
    }
    default:
        return std::nullopt;
    }
}

QString describeValue(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Bool:
        return QCoreApplication::translate("Questionnaire", "true/false");
    case QMetaType::QString:
        return QCoreApplication::translate("Questionnaire", "text '%1'").arg(value.toString());
    case QMetaType::QVariantList:
        return QCoreApplication::translate("Questionnaire", "a list");
    case QMetaType::QVariantMap:
        return QCoreApplication::translate("Questionnaire", "a mapping");
    default:
        return toNumber(value) ? QCoreApplication::translate("Questionnaire", "the number %1").arg(value.toString()) : QCoreApplication::translate("Questionnaire", "no value");
    }
}

} // namespace

QString sectionTitle(Section section)
{
    switch (section) {
    case Section::Users: return QCoreApplication::translate("Questionnaire", "Users and load");
    case Section::Journeys: return QCoreApplication::translate("Questionnaire", "What users do");
    case Section::Peaks: return QCoreApplication::translate("Questionnaire", "Peaks");
    case Section::Availability: return QCoreApplication::translate("Questionnaire", "Availability and recovery");
    case Section::Compliance: return QCoreApplication::translate("Questionnaire", "Compliance and security");
    case Section::Operations: return QCoreApplication::translate("Questionnaire", "Budget, cloud policy and operations");
    case Section::Reliability: return QCoreApplication::translate("Questionnaire", "Monitoring, testing and releases");
    case Section::Services: return QCoreApplication::translate("Questionnaire", "Services");
    case Section::Data: return QCoreApplication::translate("Questionnaire", "Data stores");
    case Section::Queues: return QCoreApplication::translate("Questionnaire", "Queues and streams");
    case Section::Zones: return QCoreApplication::translate("Questionnaire", "Providers, regions and zones");
    case Section::ThirdParty: return QCoreApplication::translate("Questionnaire", "Third-party dependencies");
    }
    return {};
}

QString answerTypeName(AnswerType type)
{
    switch (type) {
    case AnswerType::Number: return QCoreApplication::translate("Questionnaire", "number");
    case AnswerType::Range: return QCoreApplication::translate("Questionnaire", "range");
    case AnswerType::Choice: return QCoreApplication::translate("Questionnaire", "choice");
    case AnswerType::Text: return QCoreApplication::translate("Questionnaire", "text");
    case AnswerType::TimeWindow: return QCoreApplication::translate("Questionnaire", "time window");
    }
    return {};
}

QString Question::typeDescription() const
{
    switch (type) {
    case AnswerType::Number:
        return unit.isEmpty() ? QCoreApplication::translate("Questionnaire", "number") : QCoreApplication::translate("Questionnaire", "number (%1)").arg(unit);
    case AnswerType::Range:
        return unit.isEmpty() ? QCoreApplication::translate("Questionnaire", "range [min, max]") : QCoreApplication::translate("Questionnaire", "range [min, max] (%1)").arg(unit);
    case AnswerType::Choice:
        return QCoreApplication::translate("Questionnaire", "choice: %1").arg(choices.join(QStringLiteral(" | ")));
    case AnswerType::Text:
        return QCoreApplication::translate("Questionnaire", "text");
    case AnswerType::TimeWindow:
        return QCoreApplication::translate("Questionnaire", "time window (HH:MM-HH:MM Area/City)");
    }
    return {};
}

std::vector<Question> generalQuestions()
{
    const QString perMonth = QCoreApplication::translate("Questionnaire", "USD per month");
    std::vector<Question> q;
    q.push_back(number("general.dau.now", Section::Users, QCoreApplication::translate("Questionnaire", "How many people use the system on a normal day today?"),
                       QCoreApplication::translate("Questionnaire", "Daily active users set the baseline for capacity, cost and the size of the data."), unitUsers(), kMostUsers));
    q.push_back(number("general.dau.future", Section::Users, QCoreApplication::translate("Questionnaire", "How many daily users do you expect in 18 to 24 months?"),
                       QCoreApplication::translate("Questionnaire", "The design should carry the growth expected in its lifetime without a rewrite."), unitUsers(), kMostUsers));
    q.push_back(number("general.growth.horizonMonths", Section::Users, QCoreApplication::translate("Questionnaire", "In how many months do you expect that number of daily users?"),
                       QCoreApplication::translate("Questionnaire", "The sizing shows today and this horizon side by side and sizes the maximum for the horizon (24 months when not answered)."),
                       QCoreApplication::translate("Questionnaire", "months"), 1200));
    q.push_back(number("general.peak.concurrent", Section::Users, QCoreApplication::translate("Questionnaire", "How many users are active at the same time at the peak?"),
                       QCoreApplication::translate("Questionnaire", "Concurrent users at the peak, with their request rate, give the requests per second the services must carry."),
                       unitUsers(), kMostUsers));
    q.push_back(number("general.session.requestsPerMinute", Section::Users,
                       QCoreApplication::translate("Questionnaire", "How many requests does an active user cause per minute?"),
                       QCoreApplication::translate("Questionnaire", "Page views, API calls and background refreshes together; it turns users into requests per second."),
                       QCoreApplication::translate("Questionnaire", "requests per minute")));
    q.push_back(number("general.session.minutes", Section::Users, QCoreApplication::translate("Questionnaire", "How long is an average session?"),
                       QCoreApplication::translate("Questionnaire", "Session length decides how long sessions and carts must be kept and how many users overlap."),
                       unitMinutes()));
    q.push_back(number("general.latency.p95", Section::Users, QCoreApplication::translate("Questionnaire", "How fast must a typical request answer (95th percentile)?"),
                       QCoreApplication::translate("Questionnaire", "The latency target limits how many calls a request may chain and where caches are needed."),
                       QCoreApplication::translate("Questionnaire", "ms")));
    q.push_back(freeText("general.uploads.kinds", Section::Users,
                         QCoreApplication::translate("Questionnaire", "What do users upload (photos, documents, videos), and how large can the largest file be?"),
                         QCoreApplication::translate("Questionnaire", "Large files go straight to object storage instead of through the services, and size limits are checked at the edge.")));
    q.push_back(number("general.uploads.sizeMb", Section::Users, QCoreApplication::translate("Questionnaire", "How large is a typical upload (photo, document)?"),
                       QCoreApplication::translate("Questionnaire", "Upload size, with how often users upload, gives the object storage growth per month."),
                       QCoreApplication::translate("Questionnaire", "MB")));
    q.push_back(number("general.uploads.perUserPerDay", Section::Users, QCoreApplication::translate("Questionnaire", "How many uploads does a daily user make per day?"),
                       QCoreApplication::translate("Questionnaire", "Uploads per user and day times daily users is the data written to object storage."),
                       QCoreApplication::translate("Questionnaire", "uploads per day")));

    q.push_back(freeText("general.journeys.main", Section::Journeys,
                         QCoreApplication::translate("Questionnaire", "What are the main things users do, step by step (the main journeys)?"),
                         QCoreApplication::translate("Questionnaire", "The journeys show which services a typical visit passes through, and so where the load goes.")));
    q.push_back(freeText("general.journeys.critical", Section::Journeys,
                         QCoreApplication::translate("Questionnaire", "Which user flows are critical, in order of priority (for example 1. pay, 2. sign in, 3. search)?"),
                         QCoreApplication::translate("Questionnaire", "Critical flows are protected first: their services get more redundancy, and under stress the others are switched off before them.")));
    q.push_back(freeText("general.quality.scenarios", Section::Journeys,
                         QCoreApplication::translate("Questionnaire", "Which quality scenarios matter most (what happens → how the system responds → how you measure it)?"),
                         QCoreApplication::translate("Questionnaire", "Scenarios make quality goals testable (arc42, ISO 25010), e.g. \"10 times the usual visitors on Black Friday → checkout keeps working → 99 % of payments finish within 3 seconds\".")));

    Question window;
    window.id = QStringLiteral("general.peak.window");
    window.section = Section::Peaks;
    window.text = QCoreApplication::translate("Questionnaire", "When is the daily peak, and in which time zone?");
    window.help = QCoreApplication::translate("Questionnaire", "Peak hours in one time zone allow scaling down at night; users around the world do not.");
    window.type = AnswerType::TimeWindow;
    q.push_back(window);
    q.push_back(freeText("general.peak.events", Section::Peaks, QCoreApplication::translate("Questionnaire", "Which seasonal events bring extra load (Black Friday, payday, campaigns)?"),
                         QCoreApplication::translate("Questionnaire", "Known events can be prepared for: scale up ahead, freeze changes, warn third parties.")));
    q.push_back(number("general.peak.multiplier", Section::Peaks, QCoreApplication::translate("Questionnaire", "How many times the normal load is the peak?"),
                       QCoreApplication::translate("Questionnaire", "The ratio of peak to normal load sets the autoscaling range: minimum for normal load, maximum for the peak."),
                       QCoreApplication::translate("Questionnaire", "times normal load")));
    q.back().minimum = 1; // a peak below normal load is a typo

    q.push_back(number("general.availability.slo", Section::Availability, QCoreApplication::translate("Questionnaire", "How much of the time must the system be available?"),
                       QCoreApplication::translate("Questionnaire", "99.9 % allows 43 minutes of downtime a month, 99.99 % only 4; each extra nine costs redundancy."),
                       QStringLiteral("%"), 100));
    const std::pair<const char *, const char *> disruptions[] = {
        {"component", QT_TRANSLATE_NOOP("Questionnaire", "a single component")},
        {"zone", QT_TRANSLATE_NOOP("Questionnaire", "an availability zone")},
        {"region", QT_TRANSLATE_NOOP("Questionnaire", "a whole region")}};
    for (const auto &[key, what] : disruptions) {
        const QString lost = QCoreApplication::translate("Questionnaire", what);
        q.push_back(number(qPrintable(QStringLiteral("general.rpo.%1").arg(QLatin1String(key))), Section::Availability,
                           QCoreApplication::translate("Questionnaire", "How much recent data may be lost when %1 fails?").arg(lost),
                           QCoreApplication::translate("Questionnaire", "This is the recovery point objective (RPO): a day allows nightly backups, minutes need continuous copies, nothing at all needs every write stored twice."),
                           unitMinutes()));
        q.push_back(number(qPrintable(QStringLiteral("general.rto.%1").arg(QLatin1String(key))), Section::Availability,
                           QCoreApplication::translate("Questionnaire", "How long may the system be down when %1 fails?").arg(lost),
                           QCoreApplication::translate("Questionnaire", "This is the recovery time objective (RTO): hours allow restoring by hand, minutes need a standby kept running, none means running in two places at once."),
                           unitMinutes()));
    }

    q.push_back(choice("general.compliance.pciDss", Section::Compliance, QCoreApplication::translate("Questionnaire", "Does the system store, process or transmit card data (PCI DSS)?"),
                       QCoreApplication::translate("Questionnaire", "Card data puts the systems that touch it in PCI DSS scope; a payment provider's hosted page keeps it out."),
                       yesNo()));
    q.push_back(choice("general.compliance.gdpr", Section::Compliance, QCoreApplication::translate("Questionnaire", "Does it hold personal data of people in the EU (GDPR)?"),
                       QCoreApplication::translate("Questionnaire", "GDPR asks for a lawful basis, deletion on request, breach reporting and care with transfers abroad."),
                       yesNo()));
    q.push_back(choice("general.compliance.hipaa", Section::Compliance, QCoreApplication::translate("Questionnaire", "Does it hold US health information (HIPAA)?"),
                       QCoreApplication::translate("Questionnaire", "Health information needs a business associate agreement with the provider and stricter audit trails."),
                       yesNo()));
    q.push_back(freeText("general.compliance.residency", Section::Compliance, QCoreApplication::translate("Questionnaire", "Must data stay in certain countries or regions?"),
                         QCoreApplication::translate("Questionnaire", "Data residency limits the regions, backups and third parties the design may use.")));
    q.push_back(choice("general.auth.sso", Section::Compliance, QCoreApplication::translate("Questionnaire", "Must users sign in with single sign-on (SSO)?"),
                       QCoreApplication::translate("Questionnaire", "Single sign-on ties the system to an identity provider (SAML or OpenID Connect)."), yesNo()));
    q.push_back(choice("general.auth.mfa", Section::Compliance, QCoreApplication::translate("Questionnaire", "Is multi-factor authentication needed?"),
                       QCoreApplication::translate("Questionnaire", "MFA protects accounts against stolen passwords; required MFA changes the sign-in flow."),
                       {QStringLiteral("required"), QStringLiteral("optional"), QStringLiteral("admins-only"), QStringLiteral("no")}));
    q.push_back(choice("general.data.classification", Section::Compliance,
                       QCoreApplication::translate("Questionnaire", "What is the most sensitive data the system holds?"),
                       QCoreApplication::translate("Questionnaire", "The classification decides encryption, who may see the data, what is logged about access and whether the data may leave the company."),
                       {QStringLiteral("public"), QStringLiteral("internal"), QStringLiteral("confidential"), QStringLiteral("restricted")}));
    q.push_back(choice("general.encryption.keys", Section::Compliance, QCoreApplication::translate("Questionnaire", "Who must control the encryption keys?"),
                       QCoreApplication::translate("Questionnaire", "Customer-managed keys in a key management service can be revoked and their use audited; provider-managed keys need no work; "
                          "keys held outside the cloud need a hardware module of your own."),
                       {QStringLiteral("provider-managed"), QStringLiteral("customer-managed"), QStringLiteral("hold-your-own-key"), QStringLiteral("not-sure")}));
    q.push_back(choice("general.security.audits", Section::Compliance,
                       QCoreApplication::translate("Questionnaire", "How often must the system pass a security audit or penetration test?"),
                       QCoreApplication::translate("Questionnaire", "Audits and penetration tests need an environment like production, logs that can be shown, and time planned before releases."),
                       {QStringLiteral("every-release"), QStringLiteral("yearly"), QStringLiteral("on-request"), QStringLiteral("none"), QStringLiteral("not-sure")}));
    q.push_back(freeText("general.edge.protection", Section::Compliance,
                         QCoreApplication::translate("Questionnaire", "What must protect the public entry points (web application firewall, DDoS protection, bot and rate limits)?"),
                         QCoreApplication::translate("Questionnaire", "Protection at the edge stops attacks before they reach the services; the drawing shows whether a WAF is in front of every entry point.")));

    Question budget;
    budget.id = QStringLiteral("general.budget.monthly");
    budget.section = Section::Operations;
    budget.text = QCoreApplication::translate("Questionnaire", "What may running the system cost per month?");
    budget.help = QCoreApplication::translate("Questionnaire", "The budget decides between managed services and self-hosting, and how much redundancy is affordable.");
    budget.type = AnswerType::Range;
    budget.unit = perMonth;
    budget.minimum = 0;
    q.push_back(budget);
    q.push_back(choice("general.cloud.policy", Section::Operations, QCoreApplication::translate("Questionnaire", "What is the cloud policy?"),
                       QCoreApplication::translate("Questionnaire", "One provider keeps things simple; multi-cloud or hybrid must be designed in from the start."),
                       {QStringLiteral("one-provider"), QStringLiteral("multi-cloud"), QStringLiteral("hybrid"),
                        QStringLiteral("on-premises"), QStringLiteral("undecided")}));
    q.push_back(freeText("general.team.skills", Section::Operations, QCoreApplication::translate("Questionnaire", "What does the team know well (languages, platforms, databases)?"),
                         QCoreApplication::translate("Questionnaire", "A design the team can run beats a better one it cannot; new technology needs time to learn.")));
    q.push_back(choice("general.team.onCall", Section::Operations, QCoreApplication::translate("Questionnaire", "Who answers alerts, and when?"),
                       QCoreApplication::translate("Questionnaire", "Without round-the-clock on-call, the design must heal itself at night or accept the downtime."),
                       {QStringLiteral("24x7"), QStringLiteral("business-hours"), QStringLiteral("none")}));

    q.push_back(freeText("general.alerting.pages", Section::Reliability,
                         QCoreApplication::translate("Questionnaire", "What must wake someone up at night, and what can wait until working hours?"),
                         QCoreApplication::translate("Questionnaire", "Only alerts that need action now should page; paging for everything causes alert fatigue, and the real problem gets missed.")));
    q.push_back(choice("general.testing.load", Section::Reliability, QCoreApplication::translate("Questionnaire", "How often is the system load-tested at the expected peak?"),
                       QCoreApplication::translate("Questionnaire", "A load test at the peak shows whether the sizing holds and which part gives way first."),
                       {QStringLiteral("before-every-peak"), QStringLiteral("regularly"), QStringLiteral("once"), QStringLiteral("never")}));
    q.push_back(choice("general.testing.drDrills", Section::Reliability,
                       QCoreApplication::translate("Questionnaire", "How often are restores and failovers rehearsed (disaster recovery drills)?"),
                       QCoreApplication::translate("Questionnaire", "A backup never restored and a failover never tried prove nothing: drills show the recovery times are real."),
                       {QStringLiteral("quarterly"), QStringLiteral("yearly"), QStringLiteral("never"), QStringLiteral("not-sure")}));
    q.push_back(choice("general.release.method", Section::Reliability, QCoreApplication::translate("Questionnaire", "How are new versions released?"),
                       QCoreApplication::translate("Questionnaire", "Canary and blue-green releases limit the harm of a bad version; recreating everything at once means downtime at each release."),
                       {QStringLiteral("rolling"), QStringLiteral("blue-green"), QStringLiteral("canary"), QStringLiteral("recreate"), QStringLiteral("manual")}));
    q.push_back(number("general.release.rollbackMinutes", Section::Reliability, QCoreApplication::translate("Questionnaire", "How fast must a bad release be rolled back?"),
                       QCoreApplication::translate("Questionnaire", "The rollback time is the longest a bad release hurts users; it decides whether the old version stays deployed and how database changes are made."),
                       unitMinutes()));
    q.push_back(freeText("general.errorBudget.policy", Section::Reliability,
                         QCoreApplication::translate("Questionnaire", "When the system was down for longer than agreed, should new features wait until it is reliable again?"),
                         QCoreApplication::translate("Questionnaire", "An error budget policy agrees in advance what happens when availability falls below its goal, so it is not argued about during an incident.")));

    // Who answers each question, and which parts of a drawing its answer changes.
    struct Reach {
        const char *id;
        Audience audience;
        const char *affects; ///< space-separated selectors (see AffectedItems)
    };
    constexpr Audience po = Audience::ProductOwner, eng = Audience::Engineering;
    static const Reach reach[] = {
        {"general.dau.now", po, "load:users"},
        {"general.dau.future", po, "load:users"},
        {"general.growth.horizonMonths", po, "load:users"},
        {"general.peak.concurrent", po, "load:users"},
        {"general.session.requestsPerMinute", eng, "load:users"},
        {"general.session.minutes", po, "load:users kind:cache"},
        {"general.latency.p95", eng, "role:compute kind:cache kind:cdn"},
        {"general.uploads.kinds", po, "kind:object-storage kind:cdn"},
        {"general.uploads.sizeMb", po, "kind:object-storage"},
        {"general.uploads.perUserPerDay", po, "kind:object-storage"},
        {"general.journeys.main", po, "role:entry role:compute"},
        {"general.journeys.critical", po, "role:compute role:third-party"},
        {"general.quality.scenarios", po, ""},
        {"general.peak.window", po, "load:users"},
        {"general.peak.events", po, "role:compute role:third-party"},
        {"general.peak.multiplier", po, "load:users role:queue"},
        {"general.availability.slo", po, ""},
        {"general.rpo.component", po, "role:datastore"},
        {"general.rto.component", po, "role:compute role:datastore"},
        {"general.rpo.zone", po, "role:datastore zone:availability-zone"},
        {"general.rto.zone", po, "role:compute role:datastore zone:availability-zone"},
        {"general.rpo.region", po, "role:datastore zone:region"},
        {"general.rto.region", po, "role:compute role:datastore zone:region"},
        {"general.compliance.pciDss", po, "kind:payment-gateway role:datastore"},
        {"general.compliance.gdpr", po, "role:datastore role:third-party"},
        {"general.compliance.hipaa", po, "role:datastore"},
        {"general.compliance.residency", po, "zone:region role:third-party"},
        {"general.auth.sso", po, "kind:identity-provider role:entry"},
        {"general.auth.mfa", po, "kind:identity-provider role:entry"},
        {"general.data.classification", po, "role:datastore role:queue"},
        {"general.encryption.keys", eng, "kind:key-management kind:secrets-manager role:datastore"},
        {"general.security.audits", po, ""},
        {"general.edge.protection", eng, "role:edge role:entry"},
        {"general.budget.monthly", po, ""},
        {"general.cloud.policy", po, "zone:cloud zone:region"},
        {"general.team.skills", eng, ""},
        {"general.team.onCall", po, "role:observability"},
        {"general.alerting.pages", eng, "role:observability"},
        {"general.testing.load", eng, "role:compute role:datastore"},
        {"general.testing.drDrills", eng, "role:datastore zone:region"},
        {"general.release.method", eng, "role:compute"},
        {"general.release.rollbackMinutes", eng, "role:compute role:datastore"},
        {"general.errorBudget.policy", po, ""},
    };
    for (Question &question : q) {
        const auto it = std::find_if(std::begin(reach), std::end(reach),
                                     [&](const Reach &r) { return question.id == QLatin1String(r.id); });
        if (it == std::end(reach))
            continue;
        question.audience = it->audience;
        question.affects = QString::fromLatin1(it->affects).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }
    return q;
}

std::vector<Question> componentQuestions(const Component &component, const Catalog &catalog)
{
    std::vector<Question> result;
    const KindSpec *kind = catalog.kind(component.kind);
    if (!kind)
        return result;
    const QString name = component.name.isEmpty() ? component.id : component.name;
    const QString prefix = QStringLiteral("component.");
    auto add = [&](Question q) { result.push_back(about(std::move(q), prefix, component.id)); };
    // How long data is kept, how much may be lost and what happens when a provider is down are
    // business decisions; the rest of a component's questions are for its engineers.
    auto business = [&] { result.back().audience = Audience::ProductOwner; };

    if (kind->hasRole(QStringLiteral("compute")) && !kind->hasRole(QStringLiteral("scheduled")) && !kind->container) {
        add(number("service.peakRps", Section::Services, QCoreApplication::translate("Questionnaire", "%1: how many requests per second reach it at the peak?").arg(name),
                   QCoreApplication::translate("Questionnaire", "When it is known, it replaces the estimate from the peak users; not every request reaches every service."),
                   QCoreApplication::translate("Questionnaire", "requests per second")));
        add(number("service.serviceTimeMs", Section::Services, QCoreApplication::translate("Questionnaire", "%1: how much CPU time does one request take on average?").arg(name),
                   QCoreApplication::translate("Questionnaire", "Requests per second times the time each one keeps a CPU busy gives the CPUs, and so the replicas, needed."),
                   QCoreApplication::translate("Questionnaire", "ms")));
        add(number("service.latencyMs", Section::Services, QCoreApplication::translate("Questionnaire", "%1: what response time must it keep (95th percentile)?").arg(name),
                   QCoreApplication::translate("Questionnaire", "A latency target below what its own calls take cannot be met; it also sets timeouts for callers."),
                   QCoreApplication::translate("Questionnaire", "ms")));
        add(number("service.payloadKb", Section::Services, QCoreApplication::translate("Questionnaire", "%1: how large is a typical request or response?").arg(name),
                   QCoreApplication::translate("Questionnaire", "Large payloads (uploads, documents) need streaming, bigger limits and more network than small API calls."),
                   QCoreApplication::translate("Questionnaire", "KiB")));
    }
    if (kind->hasRole(QStringLiteral("datastore"))) {
        add(number("data.sizeNow", Section::Data, QCoreApplication::translate("Questionnaire", "%1: how much data does it hold today?").arg(name),
                   QCoreApplication::translate("Questionnaire", "The starting size, with the growth, gives the storage to provision and the time a restore takes."),
                   QCoreApplication::translate("Questionnaire", "GiB")));
        add(number("data.growthPerMonth", Section::Data, QCoreApplication::translate("Questionnaire", "%1: how much does the data grow per month?").arg(name),
                   QCoreApplication::translate("Questionnaire", "Growth decides the storage after 24 months, and when archiving or partitioning becomes necessary."),
                   QCoreApplication::translate("Questionnaire", "GiB per month")));
        add(number("data.readsPerWrite", Section::Data, QCoreApplication::translate("Questionnaire", "%1: how many reads are there for each write?").arg(name),
                   QCoreApplication::translate("Questionnaire", "Read-heavy data benefits from read replicas and caches; write-heavy data needs a bigger primary or sharding."),
                   QCoreApplication::translate("Questionnaire", "reads per write")));
        add(number("data.retentionMonths", Section::Data, QCoreApplication::translate("Questionnaire", "%1: how long must the data be kept?").arg(name),
                   QCoreApplication::translate("Questionnaire", "Retention rules set when data is deleted or archived, and how long backups must go back."),
                   QCoreApplication::translate("Questionnaire", "months")));
        business();
        add(number("data.rpoMinutes", Section::Data, QCoreApplication::translate("Questionnaire", "%1: how much recent data may be lost when it fails?").arg(name),
                   QCoreApplication::translate("Questionnaire", "Minutes of acceptable loss choose between daily backups, point-in-time recovery and synchronous replicas."),
                   unitMinutes()));
        business();
    }
    if (kind->hasRole(QStringLiteral("queue"))) {
        add(number("queue.messagesPerSecond", Section::Queues, QCoreApplication::translate("Questionnaire", "%1: how many messages per second pass through at the peak?").arg(name),
                   QCoreApplication::translate("Questionnaire", "The message rate sizes the brokers or partitions and the consumers behind them."),
                   QCoreApplication::translate("Questionnaire", "messages per second")));
        add(number("queue.messageKb", Section::Queues, QCoreApplication::translate("Questionnaire", "%1: how large is a typical message?").arg(name),
                   QCoreApplication::translate("Questionnaire", "Brokers limit message size; large payloads belong in object storage with a reference in the message."),
                   QCoreApplication::translate("Questionnaire", "KiB")));
        add(choice("queue.ordering", Section::Queues, QCoreApplication::translate("Questionnaire", "%1: must messages be handled in order?").arg(name),
                   QCoreApplication::translate("Questionnaire", "Ordering limits parallel consumers: per key it scales with partitions, strict order does not scale."),
                   {QStringLiteral("none"), QStringLiteral("per-key"), QStringLiteral("strict")}));
        add(choice("queue.delivery", Section::Queues, QCoreApplication::translate("Questionnaire", "%1: what delivery guarantee is needed?").arg(name),
                   QCoreApplication::translate("Questionnaire", "At-least-once needs idempotent consumers; exactly-once needs transactions or deduplication end to end."),
                   {QStringLiteral("at-most-once"), QStringLiteral("at-least-once"), QStringLiteral("exactly-once")}));
    }
    if (kind->hasRole(QStringLiteral("third-party")) && !kind->hasRole(QStringLiteral("entry"))) {
        add(number("thirdParty.slaPercent", Section::ThirdParty, QCoreApplication::translate("Questionnaire", "%1: what availability does its provider promise (SLA)?").arg(name),
                   QCoreApplication::translate("Questionnaire", "A dependency called on every request caps the system's availability at its own SLA unless there is a fallback."),
                   QStringLiteral("%"), 100));
        add(freeText("thirdParty.fallback", Section::ThirdParty, QCoreApplication::translate("Questionnaire", "%1: what happens when it is unavailable?").arg(name),
                     QCoreApplication::translate("Questionnaire", "A fallback (queue and retry later, a second provider, a degraded mode) keeps an outage there from becoming ours.")));
        business();
    }
    return result;
}

std::vector<Question> zoneQuestions(const Zone &zone)
{
    static const QStringList asked = {QStringLiteral("cloud"), QStringLiteral("region"), QStringLiteral("availability-zone"),
                                      QStringLiteral("datacenter")};
    if (!asked.contains(zone.kind))
        return {};
    const QString name = zone.name.isEmpty() ? zone.id : zone.name;
    QString text;
    if (zone.kind == QLatin1String("cloud"))
        text = QCoreApplication::translate("Questionnaire", "%1: why this provider?").arg(name);
    else if (zone.kind == QLatin1String("region"))
        text = QCoreApplication::translate("Questionnaire", "%1: why this region?").arg(name);
    else if (zone.kind == QLatin1String("availability-zone"))
        text = QCoreApplication::translate("Questionnaire", "%1: why this availability zone, and why this number of zones?").arg(name);
    else
        text = QCoreApplication::translate("Questionnaire", "%1: why this data centre?").arg(name);
    return {about(freeText("why", Section::Zones, text,
                           QCoreApplication::translate("Questionnaire", "Provider and location choices follow from latency to users, data residency, price and the team's experience; "
                              "writing the reason down lets others revisit it.")),
                  QStringLiteral("zone."), zone.id)};
}

std::optional<Edition> editionFromName(const QString &name)
{
    for (const Edition e : {Edition::Full, Edition::ProductOwner, Edition::Engineering})
        if (name == editionName(e))
            return e;
    return std::nullopt;
}

QString editionName(Edition edition)
{
    switch (edition) {
    case Edition::Full: return QStringLiteral("full");
    case Edition::ProductOwner: return QStringLiteral("product-owner");
    case Edition::Engineering: return QStringLiteral("engineering");
    }
    return {};
}

QString editionTitle(Edition edition)
{
    switch (edition) {
    case Edition::Full: return QCoreApplication::translate("Questionnaire", "All questions");
    case Edition::ProductOwner: return QCoreApplication::translate("Questionnaire", "Product owner edition");
    case Edition::Engineering: return QCoreApplication::translate("Questionnaire", "Engineering worksheet");
    }
    return {};
}

bool inEdition(const Question &question, Edition edition)
{
    switch (edition) {
    case Edition::Full: return true;
    case Edition::ProductOwner: return question.audience == Audience::ProductOwner;
    case Edition::Engineering: return question.audience == Audience::Engineering;
    }
    return false;
}

AffectedItems::AffectedItems(const Design &design, const Catalog &catalog)
    : AffectedItems(design, catalog, estimateCapacity(design, catalog))
{
}

AffectedItems::AffectedItems(const Design &design, const Catalog &catalog, const CapacityEstimate &capacity)
{
    const QString kindPrefix = QStringLiteral("kind:"), rolePrefix = QStringLiteral("role:");
    const QString users = QStringLiteral("load:users");
    for (const Component &c : design.components()) {
        Item item{c.id, c.name.isEmpty() ? c.id : c.name, {kindPrefix + c.kind}};
        if (const KindSpec *kind = catalog.kind(c.kind)) {
            for (const QString &role : kind->roles)
                item.selectors.append(rolePrefix + role);
            // What the users' traffic reaches: the services sized from the entry points or their queues.
            const auto source = capacity.loadSources.find(c.id);
            if (kind->hasRole(QStringLiteral("compute")) && !kind->container && source != capacity.loadSources.end()
                && (source->second == LoadSource::Propagated || source->second == LoadSource::Queues))
                item.selectors.append(users);
        }
        m_items.push_back(std::move(item));
    }
    for (const Zone &z : design.zones())
        m_items.push_back({z.id, z.name.isEmpty() ? z.id : z.name, {QStringLiteral("zone:") + z.kind}});
    for (size_t i = 0; i < m_items.size(); ++i)
        m_index.emplace(m_items[i].id, i);
}

QStringList AffectedItems::of(const Question &question) const
{
    if (!question.itemId.isEmpty())
        return {question.itemId};
    QStringList result;
    if (question.affects.isEmpty())
        return result;
    for (const Item &item : m_items) {
        const bool hit = std::any_of(item.selectors.begin(), item.selectors.end(),
                                     [&](const QString &selector) { return question.affects.contains(selector); });
        if (hit)
            result.append(item.id);
    }
    return result;
}

QString AffectedItems::text(const Question &question) const
{
    if (question.itemId.isEmpty() && question.affects.isEmpty())
        return QCoreApplication::translate("Questionnaire", "the whole system");
    const QStringList ids = of(question);
    if (ids.isEmpty())
        return QCoreApplication::translate("Questionnaire", "nothing drawn yet");
    // A handout names a few; the rest are counted.
    constexpr qsizetype kShown = 6;
    QStringList names;
    for (qsizetype i = 0; i < ids.size() && i < kShown; ++i) {
        const auto at = m_index.find(ids[i]);
        names.append(at == m_index.end() ? ids[i] : m_items[at->second].name);
    }
    QString text = names.join(QStringLiteral(", "));
    if (ids.size() > kShown)
        text = QCoreApplication::translate("Questionnaire", "%1 and %2 more").arg(text).arg(ids.size() - kShown);
    return text;
}

std::vector<Question> designQuestions(const Design &design, const Catalog &catalog)
{
    std::vector<Question> all = generalQuestions();
    for (const Component &c : design.components())
        for (Question &q : componentQuestions(c, catalog))
            all.push_back(std::move(q));
    for (const Zone &z : design.zones())
        for (Question &q : zoneQuestions(z))
            all.push_back(std::move(q));
    // Form order: by section; within one, general questions and then items as they came (by id).
    std::stable_sort(all.begin(), all.end(),
                     [](const Question &a, const Question &b) { return int(a.section) < int(b.section); });
    return all;
}

QString itemIdOfQuestion(const QString &questionId)
{
    for (const QLatin1String prefix : {QLatin1String("component."), QLatin1String("zone.")}) {
        if (!questionId.startsWith(prefix))
            continue;
        // Item ids may contain dots; the question name after the id has one or two parts
        // (component.<id>.data.sizeNow, zone.<id>.why).
        const QString rest = questionId.mid(prefix.size());
        const int tail = prefix == QLatin1String("zone.") ? 1 : 2;
        qsizetype cut = rest.size();
        for (int i = 0; i < tail && cut > 0; ++i)
            cut = rest.lastIndexOf(QLatin1Char('.'), cut - 1);
        return cut > 0 ? rest.left(cut) : QString();
    }
    return {};
}

QVariant normalizeAnswerValue(const Question &question, const QVariant &value, QString *problem)
{
    auto fail = [&](const QString &why) {
        if (problem)
            *problem = why;
        return QVariant();
    };
    auto inBounds = [&](double d, QString *why) {
        if (question.minimum && d < *question.minimum) {
            *why = QCoreApplication::translate("Questionnaire", "%1 is below the smallest allowed value %2").arg(groupedNumber(d), groupedNumber(*question.minimum));
            return false;
        }
        if (question.maximum && d > *question.maximum) {
            *why = QCoreApplication::translate("Questionnaire", "%1 is above the largest allowed value %2").arg(groupedNumber(d), groupedNumber(*question.maximum));
            return false;
        }
        return true;
    };
    const QString expected = QCoreApplication::translate("Questionnaire", "%1 expects %2, not %3");
    switch (question.type) {
    case AnswerType::Number: {
        const auto d = toNumber(value);
        if (!d)
            return fail(expected.arg(question.id, question.typeDescription(), describeValue(value)));
        QString why;
        if (!inBounds(*d, &why))
            return fail(QCoreApplication::translate("Questionnaire", "%1: %2").arg(question.id, why));
        return *d;
    }
    case AnswerType::Range: {
        const QVariantList list = value.typeId() == QMetaType::QVariantList ? value.toList() : QVariantList();
        const auto low = list.size() == 2 ? toNumber(list[0]) : std::nullopt;
        const auto high = list.size() == 2 ? toNumber(list[1]) : std::nullopt;
        if (!low || !high)
            return fail(expected.arg(question.id, question.typeDescription(), describeValue(value)));
        QString why;
        if (!inBounds(*low, &why) || !inBounds(*high, &why))
            return fail(QCoreApplication::translate("Questionnaire", "%1: %2").arg(question.id, why));
        if (*low > *high)
            return fail(QCoreApplication::translate("Questionnaire", "%1: the range starts above its end (%2 > %3)").arg(question.id, groupedNumber(*low), groupedNumber(*high)));
        return QVariantList{*low, *high};
    }
    case AnswerType::Choice: {
        QString text;
        if (value.typeId() == QMetaType::Bool && question.choices.contains(QLatin1String("yes")))
            text = value.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
        else if (value.typeId() == QMetaType::QString)
            text = value.toString().trimmed();
        if (!question.choices.contains(text))
            return fail(expected.arg(question.id, question.typeDescription(), describeValue(value)));
        return text;
    }
    case AnswerType::Text: {
        if (value.typeId() == QMetaType::QString) {
            const QString text = value.toString().trimmed();
            if (text.isEmpty())
                return fail(QCoreApplication::translate("Questionnaire", "%1 expects text, not an empty answer").arg(question.id));
            return text;
        }
        if (toNumber(value) || value.typeId() == QMetaType::Bool)
            return value.toString(); // "24" or "true" is still a readable answer to a free question
        return fail(expected.arg(question.id, question.typeDescription(), describeValue(value)));
    }
    case AnswerType::TimeWindow: {
        if (value.typeId() != QMetaType::QString)
            return fail(expected.arg(question.id, question.typeDescription(), describeValue(value)));
        const QRegularExpressionMatch m = timeWindowPattern().match(value.toString().trimmed());
        if (!m.hasMatch())
            return fail(QCoreApplication::translate("Questionnaire", "%1 expects a time window like 09:00-17:00 America/New_York, not '%2'")
                            .arg(question.id, value.toString()));
        const QString zone = m.captured(7);
        // 12-hour times: 12 AM is midnight, 12 PM noon; a 12-hour hour above 12 is no time.
        auto hour = [&](int h, const QString &half, bool *ok) {
            *ok = true;
            if (half.isEmpty())
                return h;
            if (h < 1 || h > 12)
                *ok = false;
            const bool pm = half.compare(QLatin1String("pm"), Qt::CaseInsensitive) == 0;
            return (h % 12) + (pm ? 12 : 0);
        };
        bool startOk = true, endOk = true;
        const int startHour = hour(m.captured(1).toInt(), m.captured(3), &startOk);
        int endHour = hour(m.captured(4).toInt(), m.captured(6), &endOk);
        if (!m.captured(6).isEmpty() && endHour == 0 && m.captured(5) == QLatin1String("00"))
            endHour = 24; // "... - 12:00 AM" ends at midnight
        if (!startOk || !endOk)
            return fail(QCoreApplication::translate("Questionnaire", "%1 expects a time window like 09:00-17:00 America/New_York, not '%2'")
                            .arg(question.id, value.toString()));
        // Aliases tzdata keeps (US/Eastern, EST) are not in Qt's list of ids but load as zones.
        if (!zone.isEmpty() && !QTimeZone::isTimeZoneIdAvailable(zone.toUtf8()) && !QTimeZone(zone.toUtf8()).isValid())
            return fail(QCoreApplication::translate("Questionnaire", "%1: unknown time zone '%2' (use an IANA name such as Europe/Berlin, or UTC)").arg(question.id, zone));
        QString canonical = QStringLiteral("%1:%2-%3:%4")
                                .arg(startHour, 2, 10, QLatin1Char('0'))
                                .arg(m.captured(2))
                                .arg(endHour, 2, 10, QLatin1Char('0'))
                                .arg(m.captured(5));
        if (!zone.isEmpty())
            canonical += QLatin1Char(' ') + zone;
        return canonical;
    }
    }
    return fail(QCoreApplication::translate("Questionnaire", "%1: unknown answer type").arg(question.id));
}

QString formatAnswerValue(const Question &question, const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return {};
    const QString unit = question.unit.isEmpty() ? QString() : (question.unit == QLatin1String("%") ? question.unit : QLatin1Char(' ') + question.unit);
    if (value.typeId() == QMetaType::QVariantList) {
        const QVariantList list = value.toList();
        if (list.size() == 2 && toNumber(list[0]) && toNumber(list[1]))
            return QCoreApplication::translate("Questionnaire", "%1 to %2").arg(groupedNumber(list[0].toDouble()), groupedNumber(list[1].toDouble())) + unit;
    }
    if (const auto d = toNumber(value))
        return groupedNumber(*d) + unit;
    return value.toString();
}

QString unaskedReason(const QString &questionId, const Design &design)
{
    const QString item = itemIdOfQuestion(questionId);
    if (!item.isEmpty() && !design.hasItem(item))
        return QCoreApplication::translate("Questionnaire", "'%1' is no longer in the design").arg(item);
    if (!item.isEmpty())
        return QCoreApplication::translate("Questionnaire", "'%1' no longer raises this question (its kind changed)").arg(item);
    return QCoreApplication::translate("Questionnaire", "no such question in this version of Stackdraft");
}

// --- Questionnaire -----------------------------------------------------------------

Questionnaire::Questionnaire(const Design &design, const Catalog &catalog)
    : m_questions(designQuestions(design, catalog))
{
    m_index.reserve(m_questions.size());
    m_statuses.reserve(m_questions.size());
    for (const Question &q : m_questions) {
        m_index.emplace(q.id, m_statuses.size());
        QuestionStatus s;
        s.question = &q;
        s.answer = design.answer(q.id);
        if (s.answer && s.answer->value.isValid() && !s.answer->value.isNull()) {
            s.answered = normalizeAnswerValue(q, s.answer->value, &s.problem).isValid();
        }
        m_statuses.push_back(s);
    }
    for (const Answer &a : design.answers()) {
        if (m_index.count(a.question))
            continue;
        m_orphans.push_back({&a, unaskedReason(a.question, design)});
    }
}

const Question *Questionnaire::question(const QString &id) const
{
    const auto it = m_index.find(id);
    return it == m_index.end() ? nullptr : &m_questions[it->second];
}

const QuestionStatus *Questionnaire::status(const QString &id) const
{
    const auto it = m_index.find(id);
    return it == m_index.end() ? nullptr : &m_statuses[it->second];
}

int Questionnaire::answeredCount(Edition edition) const
{
    return int(std::count_if(m_statuses.begin(), m_statuses.end(),
                             [&](const QuestionStatus &s) { return s.answered && inEdition(*s.question, edition); }));
}

int Questionnaire::count(Edition edition) const
{
    return int(std::count_if(m_questions.begin(), m_questions.end(), [&](const Question &q) { return inEdition(q, edition); }));
}

QString Questionnaire::progressText(Edition edition) const
{
    return QCoreApplication::translate("Questionnaire", "%1 of %2 answered").arg(answeredCount(edition)).arg(count(edition));
}

} // namespace sd
