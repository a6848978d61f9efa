// SPDX-License-Identifier: MIT
#include "quantities.h"

#include <QRegularExpression>

#include <cmath>

namespace sd {

std::optional<qint64> parseMillicores(const QString &text)
{
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(QStringLiteral("([0-9]+(\\.[0-9]+)?)(m?)")));
    const QRegularExpressionMatch m = pattern.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const double value = m.captured(1).toDouble();
    const double milli = m.captured(3).isEmpty() ? value * 1000.0 : value;
    if (!std::isfinite(milli) || milli > 1e9)
        return std::nullopt;
    return qint64(std::ceil(milli));
}

std::optional<qint64> parseMebibytes(const QString &text, MemoryUnits units)
{
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(QStringLiteral("([0-9]+(\\.[0-9]+)?)\\s*([A-Za-z]*)")));
    const QRegularExpressionMatch m = pattern.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const double value = m.captured(1).toDouble();
    const QString unit = m.captured(3);
    double bytes = 0;
    auto power = [](double base, int n) { return std::pow(base, n); };
    if (units == MemoryUnits::Kubernetes) {
        static const QStringList binary = {QStringLiteral("Ki"), QStringLiteral("Mi"), QStringLiteral("Gi"), QStringLiteral("Ti"), QStringLiteral("Pi")};
        static const QStringList decimal = {QStringLiteral("k"), QStringLiteral("M"), QStringLiteral("G"), QStringLiteral("T"), QStringLiteral("P")};
        if (unit.isEmpty())
            bytes = value;
        else if (const qsizetype b = binary.indexOf(unit); b >= 0)
            bytes = value * power(1024.0, int(b) + 1);
        else if (const qsizetype d = decimal.indexOf(unit); d >= 0)
            bytes = value * power(1000.0, int(d) + 1);
        else
            return std::nullopt;
    } else {
        QString u = unit.toLower();
        if (u.size() == 2 && u.endsWith(QLatin1Char('b')))
            u.chop(1);
        static const QStringList steps = {QStringLiteral("k"), QStringLiteral("m"), QStringLiteral("g"), QStringLiteral("t")};
        if (u.isEmpty() || u == QLatin1String("b"))
            bytes = value;
        else if (const qsizetype s = steps.indexOf(u); s >= 0)
            bytes = value * power(1024.0, int(s) + 1);
        else
            return std::nullopt;
    }
    const double mib = std::ceil(bytes / (1024.0 * 1024.0));
    if (!std::isfinite(mib) || mib > 1e12)
        return std::nullopt;
    return qint64(mib);
}

} // namespace sd
