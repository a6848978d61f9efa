// SPDX-License-Identifier: MIT
#pragma once

#include <QSet>
#include <QString>

namespace sd::k8s {

/// Longest base name we hand out: leaves room for "-headless", pod ordinals and
/// the controller's hash suffixes within the 63-character label limit.
inline constexpr int kMaxBaseName = 40;

/**
 * Turns arbitrary text into a DNS-1035 label (lowercase letters, digits and '-',
 * starting with a letter, ending with a letter or digit, at most `maxLength`).
 * DNS-1035 is the strictest rule Kubernetes applies to names (Services), so the
 * result is also a valid DNS-1123 label and subdomain.
 */
QString dns1035Label(const QString &text, int maxLength = kMaxBaseName, const QString &fallback = QStringLiteral("app"));

/// Hands out DNS-1035 names that are unique among the names it has given.
class NameAllocator
{
public:
    /// A unique name derived from `text`; "orders", then "orders-2", "orders-3"...
    QString allocate(const QString &text);
    /// Marks a name as taken without deriving it (e.g. fixed names like "default-deny").
    void reserve(const QString &name) { m_taken.insert(name); }

private:
    QSet<QString> m_taken;
};

} // namespace sd::k8s
