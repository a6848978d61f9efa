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
