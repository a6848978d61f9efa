// SPDX-License-Identifier: MIT
#include "k8snames.h"

#include "design.h"

namespace sd::k8s {

namespace {
QString trimDashes(QString s)
{
    while (s.endsWith(QLatin1Char('-')))
        s.chop(1);
    return s;
}
} // namespace

QString dns1035Label(const QString &text, int maxLength, const QString &fallback)
{
    // slugify keeps ASCII letters and digits, lowercases them and joins runs with '-'.
    QString name = Design::slugify(text);
    if (name == QLatin1String("item") && !text.contains(QLatin1String("item"), Qt::CaseInsensitive))
        name = fallback;
    if (!name.isEmpty() && !name.front().isLetter())
        name.prepend(fallback.front() + QStringLiteral("-"));
    name = trimDashes(name.left(maxLength));
    return name.isEmpty() ? fallback : name;
}

QString NameAllocator::allocate(const QString &text)
{
    const QString stem = dns1035Label(text);
    QString candidate = stem;
    for (int n = 2; m_taken.contains(candidate); ++n) {
        const QString suffix = QLatin1Char('-') + QString::number(n);
        candidate = trimDashes(stem.left(kMaxBaseName - int(suffix.size()))) + suffix;
    }
    m_taken.insert(candidate);
    return candidate;
}

} // namespace sd::k8s
