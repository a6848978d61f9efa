// SPDX-License-Identifier: MIT
#include "hclvalue.h"

#include <QRegularExpression>

#include <cmath>

namespace sd::hcl {

namespace {

using Value = std::optional<QVariant>;

bool isNumber(const QVariant &v)
{
    const int t = v.typeId();
    return t == QMetaType::LongLong || t == QMetaType::Int || t == QMetaType::Double;
}

QVariant numberValue(double d)
{
    if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9e15)
        return qlonglong(d);
    return d;
}

QString asText(const QVariant &v)
{
    if (v.typeId() == QMetaType::Bool)
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return v.toString();
}

Value call(const Expr &e, const Resolver &resolve)
{
    std::vector<QVariant> args;
    for (const Expr &a : e.children) {
        Value v = evaluate(a, resolve);
        if (!v)
            return std::nullopt;
        args.push_back(*v);
    }
    if (e.expandFinal && !args.empty()) {
        const QVariantList last = args.back().toList();
        args.pop_back();
        for (const QVariant &v : last)
            args.push_back(v);
    }
    const QString &f = e.name;
    const auto one = [&](int n) { return int(args.size()) == n; };
    if (f == QLatin1String("length") && one(1)) {
        const QVariant &v = args[0];
        if (v.typeId() == QMetaType::QVariantList)
            return qlonglong(v.toList().size());
        if (v.typeId() == QMetaType::QVariantMap)
            return qlonglong(v.toMap().size());
        return qlonglong(v.toString().size());
    }
    if ((f == QLatin1String("tostring")) && one(1))
        return asText(args[0]);
    if (f == QLatin1String("tonumber") && one(1)) {
        bool ok = false;
        const double d = args[0].toString().toDouble(&ok);
        return ok ? Value(numberValue(d)) : std::nullopt;
    }
    // jsonencode keeps the structure it encodes: the import reads into it (a task definition's
    // containers), and plan and state JSON give the same structure as JSON text (valueAtPath decodes it).
    if (f == QLatin1String("jsonencode") && one(1))
        return args[0];
    if ((f == QLatin1String("tolist") || f == QLatin1String("toset") || f == QLatin1String("tomap")) && one(1))
        return args[0];
    if (f == QLatin1String("lower") && one(1))
        return args[0].toString().toLower();
    if (f == QLatin1String("upper") && one(1))
        return args[0].toString().toUpper();
    if (f == QLatin1String("concat")) {
        QVariantList all;
        for (const QVariant &a : args)
            all.append(a.toList());
        return all;
    }
    if (f == QLatin1String("merge")) {
        QVariantMap all;
        for (const QVariant &a : args) {
            const QVariantMap m = a.toMap();
            for (auto it = m.cbegin(); it != m.cend(); ++it)
                all.insert(it.key(), it.value());
        }
        return all;
    }
    if (f == QLatin1String("join") && one(2)) {
        QStringList parts;
        for (const QVariant &v : args[1].toList())
            parts.append(asText(v));
        return parts.join(args[0].toString());
    }
    if (f == QLatin1String("split") && one(2)) {
        QVariantList parts;
        for (const QString &s : args[1].toString().split(args[0].toString()))
            parts.append(s);
        return parts;
    }
    if (f == QLatin1String("element") && one(2)) {
        const QVariantList list = args[0].toList();
        const qlonglong i = args[1].toLongLong();
        if (list.isEmpty())
            return std::nullopt;
        return list.at(qsizetype(((i % list.size()) + list.size()) % list.size()));
    }
    if (f == QLatin1String("lookup") && (one(2) || one(3))) {
        const QVariantMap m = args[0].toMap();
        if (m.contains(args[1].toString()))
            return m.value(args[1].toString());
        return one(3) ? Value(args[2]) : std::nullopt;
    }
    if (f == QLatin1String("coalesce")) {
        for (const QVariant &v : args)
            if (v.isValid() && !v.toString().isEmpty())
                return v;
        return std::nullopt;
    }
    if (f == QLatin1String("format") && !args.empty()) {
        // %s, %d and %% only: the forms configurations use for names.
        const QString pattern = args[0].toString();
        QString out;
        size_t next = 1;
        for (qsizetype i = 0; i < pattern.size(); ++i) {
            if (pattern.at(i) != QLatin1Char('%') || i + 1 >= pattern.size()) {
                out += pattern.at(i);
                continue;
            }
            const QChar verb = pattern.at(++i);
            if (verb == QLatin1Char('%'))
                out += verb;
            else if ((verb == QLatin1Char('s') || verb == QLatin1Char('d')) && next < args.size())
                out += asText(args[next++]);
            else
                return std::nullopt;
        }
        return out;
    }
    return std::nullopt; // other functions: not evaluated (the importer treats the value as unknown)
}

Value binary(const QString &op, const QVariant &a, const QVariant &b)
{
    if (op == QLatin1String("&&"))
        return a.toBool() && b.toBool();
    if (op == QLatin1String("||"))
        return a.toBool() || b.toBool();
    if (op == QLatin1String("=="))
        return a == b || (isNumber(a) && isNumber(b) && a.toDouble() == b.toDouble());
    if (op == QLatin1String("!="))
        return !(a == b || (isNumber(a) && isNumber(b) && a.toDouble() == b.toDouble()));
    bool okA = false, okB = false;
    const double x = a.toDouble(&okA), y = b.toDouble(&okB);
    if (!okA || !okB)
        return std::nullopt;
    if (op == QLatin1String("+"))
        return numberValue(x + y);
    if (op == QLatin1String("-"))
        return numberValue(x - y);
    if (op == QLatin1String("*"))
        return numberValue(x * y);
    if (op == QLatin1String("/"))
        return y == 0 ? std::nullopt : Value(numberValue(x / y));
    if (op == QLatin1String("%"))
        return y == 0 ? std::nullopt : Value(numberValue(std::fmod(x, y)));
    if (op == QLatin1String("<"))
        return x < y;
    if (op == QLatin1String(">"))
        return x > y;
    if (op == QLatin1String("<="))
        return x <= y;
    if (op == QLatin1String(">="))
        return x >= y;
    return std::nullopt;
}

/// The traversal of a Variable/GetAttr/Index chain with its index keys evaluated, or nothing.
std::optional<QStringList> traversalParts(const Expr &e, const Resolver &resolve)
{
    switch (e.kind) {
    case Expr::Kind::Variable:
        return QStringList{e.name};
    case Expr::Kind::GetAttr: {
        auto parts = traversalParts(e.children[0], resolve);
        if (parts)
            parts->append(e.name);
        return parts;
    }
    case Expr::Kind::Index: {
        auto parts = traversalParts(e.children[0], resolve);
        if (!parts)
            return std::nullopt;
        const Value key = evaluate(e.children[1], resolve);
        if (!key)
            return std::nullopt;
        parts->append(isNumber(*key) ? QStringLiteral("[%1]").arg(key->toLongLong()) : QStringLiteral("[\"%1\"]").arg(key->toString()));
        return parts;
    }
    default:
        return std::nullopt;
    }
}

} // namespace

std::optional<QVariant> navigate(QVariant value, const QStringList &parts, qsizetype from)
{
    static const QRegularExpression indexPattern(QStringLiteral(R"(^\[(\d+)\]$)"));
    static const QRegularExpression keyPattern(QStringLiteral(R"x(^\["(.*)"\]$)x"));
    for (qsizetype i = from; i < parts.size(); ++i) {
        const QString &part = parts.at(i);
        if (const auto m = indexPattern.match(part); m.hasMatch()) {
            const QVariantList list = value.toList();
            const qsizetype n = m.captured(1).toLongLong();
            if (value.typeId() != QMetaType::QVariantList || n >= list.size())
                return std::nullopt;
            value = list.at(n);
            continue;
        }
        const QString key = keyPattern.match(part).hasMatch() ? keyPattern.match(part).captured(1) : part;
        if (value.typeId() != QMetaType::QVariantMap)
            return std::nullopt;
        const QVariantMap map = value.toMap();
        const auto it = map.constFind(key);
        if (it == map.cend())
            return std::nullopt;
        value = *it;
    }
    return value;
}

std::optional<QVariant> evaluate(const Expr &e, const Resolver &resolve)
{
    switch (e.kind) {
    case Expr::Kind::Literal:
        return e.value;
    case Expr::Kind::Parens:
        return evaluate(e.children[0], resolve);
    case Expr::Kind::Template: {
        if (e.children.size() == 1 && e.children[0].kind != Expr::Kind::Literal)
            return evaluate(e.children[0], resolve); // "${x}" is x itself, whatever its type
        QString text;
        for (const Expr &part : e.children) {
            const Value v = evaluate(part, resolve);
            if (!v || (part.kind != Expr::Kind::Literal && (v->typeId() == QMetaType::QVariantList || v->typeId() == QMetaType::QVariantMap)))
                return std::nullopt;
            text += asText(*v);
        }
        return text;
    }
    case Expr::Kind::Directive:
        return std::nullopt;
    case Expr::Kind::Variable:
    case Expr::Kind::GetAttr:
    case Expr::Kind::Index: {
        if (const std::optional<QStringList> parts = traversalParts(e, resolve))
            if (const Value v = resolve(*parts))
                return v;
        // An index or attribute of a computed value: [for ...][0], {a = 1}.a
        if (e.kind == Expr::Kind::Variable)
            return std::nullopt;
        const Value base = evaluate(e.children[0], resolve);
        if (!base)
            return std::nullopt;
        if (e.kind == Expr::Kind::GetAttr)
            return navigate(*base, {e.name});
        const Value key = evaluate(e.children[1], resolve);
        if (!key)
            return std::nullopt;
        return navigate(*base, {isNumber(*key) ? QStringLiteral("[%1]").arg(key->toLongLong()) : QStringLiteral("[\"%1\"]").arg(key->toString())});
    }
    case Expr::Kind::Tuple: {
        QVariantList list;
        for (const Expr &item : e.children) {
            const Value v = evaluate(item, resolve);
            if (!v)
                return std::nullopt;
            list.append(*v);
        }
        return list;
    }
    case Expr::Kind::Object: {
        QVariantMap map;
        for (size_t i = 0; i + 1 < e.children.size(); i += 2) {
            const Expr &keyExpr = e.children[i];
            // A bare word is the key itself, not a variable: {Name = "x"}.
            const Value key = keyExpr.kind == Expr::Kind::Variable ? Value(keyExpr.name) : evaluate(keyExpr, resolve);
            const Value v = evaluate(e.children[i + 1], resolve);
            if (!key)
                return std::nullopt;
            if (v)
                map.insert(asText(*key), *v);
        }
        return map;
    }
    case Expr::Kind::Call:
        return call(e, resolve);
    case Expr::Kind::Conditional: {
        const Value c = evaluate(e.children[0], resolve);
        if (!c)
            return std::nullopt;
        return evaluate(e.children[c->toBool() ? 1 : 2], resolve);
    }
    case Expr::Kind::Unary: {
        const Value v = evaluate(e.children[0], resolve);
        if (!v)
            return std::nullopt;
        if (e.name == QLatin1String("!"))
            return !v->toBool();
        bool ok = false;
        const double d = v->toDouble(&ok);
        return ok ? Value(numberValue(-d)) : std::nullopt;
    }
    case Expr::Kind::Binary: {
        const Value a = evaluate(e.children[0], resolve);
        const Value b = evaluate(e.children[1], resolve);
        if (!a || !b)
            return std::nullopt;
        return binary(e.name, *a, *b);
    }
    case Expr::Kind::For: {
        const Value collection = evaluate(e.children[0], resolve);
        if (!collection)
            return std::nullopt;
        std::vector<std::pair<QVariant, QVariant>> items;
        if (collection->typeId() == QMetaType::QVariantMap) {
            const QVariantMap m = collection->toMap();
            for (auto it = m.cbegin(); it != m.cend(); ++it)
                items.emplace_back(it.key(), it.value());
        } else {
            const QVariantList l = collection->toList();
            for (qsizetype i = 0; i < l.size(); ++i)
                items.emplace_back(qlonglong(i), l.at(i));
        }
        const bool object = e.name == QLatin1String("object");
        QVariantList list;
        QVariantMap map;
        for (const auto &item : items) {
            // Named, not bound: lambdas cannot capture structured bindings before C++20's P1091 (clang 15).
            const QVariant &key = item.first;
            const QVariant &value = item.second;
            const QString keyName = e.forNames.size() == 2 ? e.forNames[0] : QString();
            const QString valueName = e.forNames.size() == 2 ? e.forNames[1] : e.forNames.value(0);
            const Resolver inner = [&](const QStringList &parts) -> std::optional<QVariant> {
                if (!keyName.isEmpty() && parts.first() == keyName)
                    return navigate(key, parts, 1);
                if (parts.first() == valueName)
                    return navigate(value, parts, 1);
                return resolve(parts);
            };
            const Expr &condition = e.children[3];
            if (condition.kind != Expr::Kind::Literal || condition.value.isValid()) {
                const Value keep = evaluate(condition, inner);
                if (!keep)
                    return std::nullopt;
                if (!keep->toBool())
                    continue;
            }
            const Value v = evaluate(e.children[1], inner);
            if (!v)
                return std::nullopt;
            if (object) {
                const Value k = evaluate(e.children[2], inner);
                if (!k)
                    return std::nullopt;
                map.insert(asText(*k), *v);
            } else {
                list.append(*v);
            }
        }
        return object ? QVariant(map) : QVariant(list);
    }
    case Expr::Kind::Splat: {
        const Value source = evaluate(e.children[0], resolve);
        if (!source)
            return std::nullopt;
        QVariantList each = source->typeId() == QMetaType::QVariantList ? source->toList() : QVariantList{*source};
        QVariantList out;
        for (const QVariant &item : each) {
            const Resolver inner = resolve;
            // Apply the continuation (GetAttr/Index steps over SplatItem) to each element.
            std::vector<const Expr *> steps;
            for (const Expr *step = &e.children[1]; step->kind != Expr::Kind::SplatItem; step = &step->children[0])
                steps.push_back(step);
            QVariant v = item;
            for (auto it = steps.rbegin(); it != steps.rend(); ++it) {
                Value next;
                if ((*it)->kind == Expr::Kind::GetAttr) {
                    next = navigate(v, {(*it)->name});
                } else {
                    const Value key = evaluate((*it)->children[1], inner);
                    if (key)
                        next = navigate(v, {QStringLiteral("[%1]").arg(key->toLongLong())});
                }
                if (!next)
                    return std::nullopt;
                v = *next;
            }
            out.append(v);
        }
        return out;
    }
    case Expr::Kind::SplatItem:
        return std::nullopt;
    }
    return std::nullopt;
}

QVariantMap evaluateBody(const Block &body, const Resolver &resolve)
{
    QVariantMap values;
    for (const Attribute &a : body.attributes)
        if (const std::optional<QVariant> v = evaluate(a.value, resolve))
            values.insert(a.name, *v);
    for (const Block &b : body.blocks) {
        if (b.type == QLatin1String("dynamic"))
            continue; // its content depends on a collection per element: not a value we can know
        QVariantList list = values.value(b.type).toList();
        list.append(evaluateBody(b, resolve));
        values.insert(b.type, list);
    }
    return values;
}

} // namespace sd::hcl
