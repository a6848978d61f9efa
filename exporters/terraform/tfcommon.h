// SPDX-License-Identifier: MIT
// Small helpers shared by the provider mappers.
#pragma once

#include "catalogids.h"
#include "exporter.h"
#include "tfmodule.h"

#include <algorithm>

namespace sd::tf {

using namespace Qt::StringLiterals;

inline Value R(const QString &expression) { return Value::raw(expression); }
inline Value S(const QString &text) { return Value::str(text); }
inline Value N(qint64 number) { return Value::num(number); }
inline Value B(bool flag) { return Value::boolean(flag); }
inline Value obj(std::vector<std::pair<QString, Value>> members) { return Value::object(std::move(members)); }
inline Value list(std::vector<Value> items) { return Value::list(std::move(items)); }
inline Value json(Value v) { return Value::call(u"jsonencode"_s, std::move(v)); }
/// `text` as a quoted template expression, for strings that interpolate: tmpl("${local.name}-x").
inline QString tmpl(const QString &text) { return u"\""_s + text + u"\""_s; }
inline QString hyphens(QString text) { return text.replace(u'_', u'-'); }


/// Whether a unit's kind is one of `kindIds` (constants of catalogids.h).
inline bool isKind(const Unit &u, std::initializer_list<QString> kindIds)
{
    return std::find(kindIds.begin(), kindIds.end(), u.component->kind) != kindIds.end();
}

/// Category of the unit's kind, which picks the file it is written to.
inline QString fileFor(const Unit &u)
{
    const QString category = u.kind ? u.kind->category : QString();
    if (category == QLatin1String("edge"))
        return u"edge.tf"_s;
    if (category == QLatin1String("data"))
        return u"data.tf"_s;
    if (category == QLatin1String("observability"))
        return u"observability.tf"_s;
    if (category == QLatin1String("security"))
        return u"security.tf"_s;
    return u"compute.tf"_s;
}

/// Index 0..4 of the instanceSize enum (small..2xlarge); 1 (medium) when the kind has none.
inline int sizeIndex(const QString &size)
{
    static const QStringList sizes = {u"small"_s, u"medium"_s, u"large"_s, u"xlarge"_s, u"2xlarge"_s};
    const int i = int(sizes.indexOf(size));
    return i < 0 ? 1 : i;
}

/// The CloudWatch-style retention value at or above `days` (also a sane bucket for other providers).
inline int retentionAtLeast(qint64 days)
{
    static const int allowed[] = {1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653};
    for (int a : allowed)
        if (a >= days)
            return a;
    return 3653;
}

/// Name of a component for descriptions: its design name, or its id.
inline QString label(const Unit &u) { return u.component->name.isEmpty() ? u.component->id : u.component->name; }

} // namespace sd::tf
