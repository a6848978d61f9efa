// SPDX-License-Identifier: MIT
#include "hostmentions.h"

#include <QRegularExpression>
#include <QStringList>

namespace sd {

namespace {

/// A DNS name, one label or several (Kubernetes: svc.ns.svc.cluster.local), or an IPv4 address.
bool isHostName(const QString &text)
{
    static const QRegularExpression name(QRegularExpression::anchoredPattern(
        QStringLiteral("[a-z0-9]([a-z0-9_-]{0,62})(\\.[a-z0-9]([a-z0-9_-]{0,62}))*")));
    return text.size() <= 253 && name.match(text).hasMatch();
}

bool isNumber(const QString &text)
{
    static const QRegularExpression number(QRegularExpression::anchoredPattern(QStringLiteral("[0-9.]+")));
    return number.match(text).hasMatch();
}

bool isLoopbackOrWildcard(const QString &host)
{
    return host == QLatin1String("localhost") || host.startsWith(QLatin1String("127.")) || host == QLatin1String("0.0.0.0")
           || host == QLatin1String("::1") || host.endsWith(QLatin1String(".localhost"));
}

/// "host", "host:port" or "[user[:pw]@]host[:port]": the host and port, false when it is not that shape.
bool splitAuthority(QString authority, QString *host, int *port)
{
    if (const qsizetype at = authority.lastIndexOf(QLatin1Char('@')); at >= 0)
        authority = authority.mid(at + 1);
    *port = 0;
    if (const qsizetype colon = authority.lastIndexOf(QLatin1Char(':')); colon >= 0) {
        bool ok = false;
        const int p = authority.mid(colon + 1).toInt(&ok);
        if (!ok || p < 1 || p > 65535)
            return false;
        *port = p;
        authority = authority.left(colon);
    }
    *host = authority.toLower();
    return isHostName(*host);
}

void mentionsIn(QString piece, std::vector<HostMention> &out)
{
    if (piece.startsWith(QLatin1String("jdbc:"), Qt::CaseInsensitive))
        piece = piece.mid(5); // jdbc:postgresql://host:5432/db
    static const QRegularExpression url(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*)://([^/?#]*)(.*)$"));
    HostMention m;
    if (const QRegularExpressionMatch match = url.match(piece); match.hasMatch()) {
        const QString scheme = match.captured(1).toLower();
        QString authority = match.captured(2);
        if (scheme == QLatin1String("dns") && authority.isEmpty()) {
            // gRPC's dns:///host:port target: the host is the path.
            authority = match.captured(3).mid(1).section(QLatin1Char('/'), 0, 0);
        }
        // mongodb://a:1,b:2/db names several hosts in one authority.
        for (const QString &one : authority.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            HostMention each;
            if (!splitAuthority(one, &each.host, &each.port) || isNumber(each.host) || isLoopbackOrWildcard(each.host))
                continue;
            each.protocol = protocolForScheme(scheme);
            each.addressShaped = true;
            out.push_back(each);
        }
        return;
    }
    if (piece.contains(QLatin1Char('/')) || piece.contains(QLatin1Char('=')))
        return; // a path or an option, not a host
    if (!splitAuthority(piece, &m.host, &m.port) || isNumber(m.host) || isLoopbackOrWildcard(m.host))
        return;
    static const QStringList words = {QStringLiteral("true"), QStringLiteral("false"), QStringLiteral("yes"), QStringLiteral("no"),
                                      QStringLiteral("on"), QStringLiteral("off"), QStringLiteral("none"), QStringLiteral("null")};
    if (m.port == 0 && words.contains(m.host))
        return;
    m.addressShaped = m.port > 0;
    out.push_back(m);
}

} // namespace

std::vector<HostMention> hostMentions(const QString &value)
{
    std::vector<HostMention> out;
    const QString trimmed = value.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 4096)
        return out;
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    // A URL keeps its commas (mongodb://a,b/db); anything else is a list.
    const QStringList pieces = trimmed.contains(QLatin1String("://")) ? trimmed.split(QRegularExpression(QStringLiteral("[;\\s]+")), Qt::SkipEmptyParts)
                                                                      : trimmed.split(separators, Qt::SkipEmptyParts);
    for (const QString &piece : pieces)
        mentionsIn(piece, out);
    return out;
}

bool namesAnAddress(const QString &variable)
{
    static const QRegularExpression pattern(QStringLiteral(
        "(^|_)(HOST|HOSTS|HOSTNAME|ADDR|ADDRESS|ADDRESSES|URL|URI|URLS|SERVER|SERVERS|ENDPOINT|DSN|BROKERS?|BOOTSTRAP_SERVERS|"
        "CONNECTION|CONNECTION_STRING|SERVICE|UPSTREAM|BACKEND|TARGET)$"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern.match(variable).hasMatch();
}

QString protocolForScheme(const QString &scheme)
{
    const QString s = scheme.toLower();
    if (s == QLatin1String("postgres") || s == QLatin1String("postgresql") || s.startsWith(QLatin1String("postgresql+")))
        return QStringLiteral("postgresql");
    if (s == QLatin1String("mongodb+srv"))
        return QStringLiteral("mongodb");
    if (s == QLatin1String("rediss"))
        return QStringLiteral("redis");
    if (s == QLatin1String("amqps"))
        return QStringLiteral("amqp");
    if (s == QLatin1String("dns"))
        return QStringLiteral("grpc"); // dns:///host:port is how gRPC clients name a target
    if (s.startsWith(QLatin1String("mysql")))
        return QStringLiteral("mysql");
    if (s == QLatin1String("jdbc"))
        return {};
    return s;
}

} // namespace sd
