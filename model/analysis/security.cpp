// SPDX-License-Identifier: MIT
// Security exposure rules: public entries without WAF, exposed data stores, unencrypted data,
// secrets in plain properties.
#include "analysiscontext.h"
#include "design.h"

#include <QCoreApplication>

namespace sd {

namespace {
// Texts are marked with QT_TRANSLATE_NOOP so that lupdate files them under "Validation";
// validationText() looks them up (cached). A call named tr() would hide them from lupdate.

bool isKind(const ComponentProfile &p, const char *kind) { return p.component->kind == QLatin1String(kind); }

void publicWithoutWaf(const AnalysisContext &context)
{
    // Walk from the traffic sources through the edge, stopping at WAFs; flag what is public or
    // called straight from outside. A component exposed to the internet with nothing drawn in
    // front takes internet traffic itself. "Traffic starts here" (a load generator, a scheduler)
    // exposes nothing and is not flagged.
    const int n = context.graph.vertexCount();
    std::vector<char> seen(size_t(n), 0);
    std::vector<int> stack;
    std::vector<int> flagged;
    for (int v = 0; v < n; ++v) {
        const ComponentProfile &p = context.profile(v);
        const bool bareExposed = p.isPublic && context.graph.predecessors(v).empty() && !isKind(p, "waf")
            && !isKind(p, "dns") && !p.is(Role::ThirdParty | Role::Security | Role::Observability);
        if (p.trafficSource || bareExposed) {
            seen[size_t(v)] = 1;
            stack.push_back(v);
        }
        if (bareExposed && !p.trafficSource)
            flagged.push_back(v);
    }
    while (!stack.empty()) {
        const int v = stack.back();
        stack.pop_back();
        const bool fromSource = context.profile(v).trafficSource;
        for (int w : context.graph.successors(v)) {
            const ComponentProfile &p = context.profile(w);
            if (seen[size_t(w)] || isKind(p, "waf") || isKind(p, "dns") || p.trafficSource
                || p.is(Role::ThirdParty | Role::Security | Role::Observability))
                continue;
            seen[size_t(w)] = 1;
            if (p.isPublic || fromSource)
                flagged.push_back(w);
            if (p.is(Role::Edge))
                stack.push_back(w);
        }
    }
    std::sort(flagged.begin(), flagged.end());
    for (int v : flagged) {
        if (context.profile(v).is(Role::Datastore))
            continue; // security.exposed-datastore speaks for it
        context.addFor("security.no-waf", FindingSeverity::Warning, v,
                       validationText(QT_TRANSLATE_NOOP("Validation", "%1 takes traffic from the internet with no WAF in front.")).arg(context.name(v)),
                       validationText(QT_TRANSLATE_NOOP("Validation", "Public endpoints are probed constantly; a WAF blocks injection, known exploits and "
                          "abusive request rates before they reach the service.")),
                       validationText(QT_TRANSLATE_NOOP("Validation", "Put a WAF in front of %1 and route the traffic sources through it.")).arg(context.name(v)));
    }
}

void exposedDatastore(const AnalysisContext &context, int v)
{
    const ComponentProfile &p = context.profile(v);
    if (!p.is(Role::Datastore) || p.observability)
        return;
    const Component &c = context.component(v);
    std::vector<int> callers;
    for (int u : context.graph.predecessors(v)) {
        const ComponentProfile &caller = context.profile(u);
        // A CDN in front of object storage is the normal way to serve static files.
        if (caller.trafficSource || (caller.is(Role::Edge) && !isKind(caller, "cdn")))
            callers.push_back(u);
    }
    const bool isPublic = context.props.boolValue(c, keys::isPublic);
    // A private bucket written straight from outside uses signed URLs: access is checked per request.
    if (!isPublic && c.kind == kinds::objectStorage)
        callers.clear();
    if (!isPublic && callers.empty())
        return;
    const QString name = context.name(v);
    context.addFor("security.exposed-datastore", FindingSeverity::Error, v,
                   isPublic ? validationText(QT_TRANSLATE_NOOP("Validation", "%1 is public: reachable from the internet.")).arg(name)
                            : validationText(QT_TRANSLATE_NOOP("Validation", "%1 is called directly by %2.")).arg(name, context.names(callers, 3)),
                   validationText(QT_TRANSLATE_NOOP("Validation", "A data store reachable from outside is one leaked credential or one misconfiguration away "
                      "from a data breach.")),
                   validationText(QT_TRANSLATE_NOOP("Validation", "Make %1 private and reach it only through a service that checks who asks.")).arg(name));
}

bool looksLikeSecretKey(const QString &key)
{
    static const char *const words[] = {"password", "passwd", "secret", "token", "apikey", "api_key", "api-key",
                                        "privatekey", "private_key", "credential"};
    for (const char *w : words)
        if (key.contains(QLatin1String(w), Qt::CaseInsensitive))
            return true;
    return false;
}

/// References to a secret store are fine: "arn:...", "vault:...", "${VAR}", "secretsmanager://..."
bool isReference(const QString &value)
{
    static const char *const prefixes[] = {"arn:", "vault:", "${", "secret://", "secretsmanager:", "ref:",
                                           "projects/", "https://", "env:"};
    for (const char *prefix : prefixes)
        if (value.startsWith(QLatin1String(prefix)))
            return true;
    return false;
}

/// Why a value looks like a secret, or "" when it does not.
QString secretPattern(const QString &value)
{
    if (value.contains(QLatin1String("-----BEGIN")))
        return validationText(QT_TRANSLATE_NOOP("Validation", "a private key"));
    const int akia = value.indexOf(QLatin1String("AKIA"));
    if (akia >= 0 && value.size() - akia >= 20) {
        bool allUpper = true;
        for (int i = akia + 4; i < akia + 20; ++i)
            allUpper = allUpper && (value.at(i).isUpper() || value.at(i).isDigit());
        if (allUpper)
            return validationText(QT_TRANSLATE_NOOP("Validation", "an AWS access key"));
    }
    const int scheme = value.indexOf(QLatin1String("://"));
    if (scheme > 0) {
        const int at = value.indexOf(QLatin1Char('@'), scheme + 3);
        const int slash = value.indexOf(QLatin1Char('/'), scheme + 3);
        const int colon = value.indexOf(QLatin1Char(':'), scheme + 3);
        if (at > 0 && (slash < 0 || at < slash) && colon > 0 && colon < at)
            return validationText(QT_TRANSLATE_NOOP("Validation", "a password in a URL"));
    }
    for (const char *assignment : {"password=", "passwd=", "pwd=", "secret=", "token="})
        if (value.contains(QLatin1String(assignment), Qt::CaseInsensitive))
            return validationText(QT_TRANSLATE_NOOP("Validation", "a password assignment"));
    return {};
}

void plainSecrets(const AnalysisContext &context, int v)
{
    const Component &c = context.component(v);
    QStringList where;
    for (auto it = c.properties.constBegin(); it != c.properties.constEnd(); ++it) {
        if (it.value().typeId() != QMetaType::QString)
            continue;
        const QString value = it.value().toString();
        if (value.isEmpty())
            continue;
        QString why = secretPattern(value);
        if (why.isEmpty() && looksLikeSecretKey(it.key()) && !isReference(value))
            why = validationText(QT_TRANSLATE_NOOP("Validation", "a secret value"));
        if (!why.isEmpty())
            where.append(validationText(QT_TRANSLATE_NOOP("Validation", "%1 (%2)")).arg(it.key(), why));
    }
    if (where.isEmpty())
        return;
    const QString name = context.name(v);
    context.addFor("security.plain-secret", FindingSeverity::Error, v,
                   validationText(QT_TRANSLATE_NOOP("Validation", "%1 has what looks like a secret in plain properties: %2.")).arg(name, where.join(QStringLiteral(", "))),
                   validationText(QT_TRANSLATE_NOOP("Validation", "Design files live in git and in exported code; a secret written there is leaked to everyone "
                      "who can read them, forever (history keeps it).")),
                   validationText(QT_TRANSLATE_NOOP("Validation", "Remove it, rotate it, keep it in a secrets manager and refer to it by name.")));
}

} // namespace

void checkSecurity(const AnalysisContext &context)
{
    publicWithoutWaf(context);
    for (int v = 0; v < context.graph.vertexCount(); ++v) {
        const ComponentProfile &p = context.profile(v);
        exposedDatastore(context, v);
        const QVariant encrypted = context.props.value(*p.component, keys::encryptionAtRest);
        if (encrypted.isValid() && !encrypted.toBool())
            context.addFor("security.unencrypted", FindingSeverity::Error, v,
                           validationText(QT_TRANSLATE_NOOP("Validation", "%1 stores data unencrypted.")).arg(context.name(v)),
                           validationText(QT_TRANSLATE_NOOP("Validation", "Disks, snapshots and backups of unencrypted stores can be read by anyone who gets a "
                              "copy; most compliance regimes forbid it.")),
                           validationText(QT_TRANSLATE_NOOP("Validation", "Enable encryption at rest on %1 (with a managed key).")).arg(context.name(v)));
        if (!p.component->properties.isEmpty())
            plainSecrets(context, v);
    }
}

} // namespace sd
