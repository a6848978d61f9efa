// SPDX-License-Identifier: MIT
#include "hcl.h"

namespace sd::tf {

QString quoted(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += QLatin1Char('"');
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const QChar next = i + 1 < text.size() ? text.at(i + 1) : QChar();
        switch (c.unicode()) {
        case '"': out += QLatin1String("\\\""); break;
        case '\\': out += QLatin1String("\\\\"); break;
        case '\n': out += QLatin1String("\\n"); break;
        case '\r': out += QLatin1String("\\r"); break;
        case '\t': out += QLatin1String("\\t"); break;
        case '$':
        case '%':
            // "${" and "%{" open templates; doubling the first character makes them literal.
            out += c;
            if (next == QLatin1Char('{'))
                out += c;
            break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.unicode() == 0x2028 || c.unicode() == 0x2029)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += QLatin1Char('"');
    return out;
}

bool isIdentifier(const QString &key)
{
    if (key.isEmpty() || !(key.at(0).isLetter() || key.at(0) == QLatin1Char('_')) || key.at(0).unicode() > 127)
        return false;
    // `{ for = "5m" }` would start a for expression: keywords are quoted as keys.
    for (const char *keyword : {"for", "in", "if", "true", "false", "null"})
        if (key == QLatin1String(keyword))
            return false;
    for (const QChar c : key)
        if (c.unicode() > 127 || !(c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('-')))
            return false;
    return true;
}

Value Value::raw(const QString &expression)
{
    Value v;
    v.m_text = expression;
    return v;
}

Value Value::str(const QString &text) { return raw(quoted(text)); }
Value Value::num(qint64 number) { return raw(QString::number(number)); }
Value Value::boolean(bool flag) { return raw(flag ? QStringLiteral("true") : QStringLiteral("false")); }

Value Value::list(std::vector<Value> items)
{
    Value v;
    v.m_kind = Kind::List;
    v.m_items = std::move(items);
    return v;
}

Value Value::strings(const QStringList &items)
{
    std::vector<Value> values;
    for (const QString &s : items)
        values.push_back(str(s));
    return list(std::move(values));
}

Value Value::object(std::vector<std::pair<QString, Value>> members)
{
    Value v;
    v.m_kind = Kind::Object;
    v.m_members = std::move(members);
    return v;
}

Value Value::call(const QString &function, Value argument)
{
    Value v;
    v.m_kind = Kind::Call;
    v.m_text = function;
    v.m_items.push_back(std::move(argument));
    return v;
}

bool Value::isMultiLine() const
{
    switch (m_kind) {
    case Kind::Raw: return m_text.contains(QLatin1Char('\n'));
    case Kind::Object: return !m_members.empty();
    case Kind::Call: return m_items.front().isMultiLine();
    case Kind::List:
        for (const Value &item : m_items)
            if (item.isMultiLine())
                return true;
        return false;
    }
    return false;
}

namespace {

QString spaces(int n) { return QString(n, QLatin1Char(' ')); }

QString keyText(const QString &key) { return isIdentifier(key) ? key : quoted(key); }

/// Writes `key = value` lines, aligning the '=' of consecutive one-line entries as terraform fmt does.
void renderAssignments(const std::vector<std::pair<QString, const Value *>> &entries, int indent, QString &out)
{
    size_t i = 0;
    while (i < entries.size()) {
        if (entries[i].second->isMultiLine()) {
            out += spaces(indent) + keyText(entries[i].first) + QStringLiteral(" = ")
                   + entries[i].second->render(indent) + QLatin1Char('\n');
            ++i;
            continue;
        }
        size_t end = i;
        qsizetype width = 0;
        while (end < entries.size() && !entries[end].second->isMultiLine()) {
            width = std::max(width, keyText(entries[end].first).toUtf8().size());
            ++end;
        }
        for (; i < end; ++i) {
            const QString key = keyText(entries[i].first);
            out += spaces(indent) + key + spaces(int(width - key.toUtf8().size()) + 1) + QStringLiteral("= ")
                   + entries[i].second->render(indent) + QLatin1Char('\n');
        }
    }
}

void renderComment(const QString &text, int indent, QString &out)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        QString clean = line;
        clean.remove(QLatin1Char('\r'));
        out += spaces(indent) + (clean.isEmpty() ? QStringLiteral("#") : QStringLiteral("# ") + clean) + QLatin1Char('\n');
    }
}

void renderBlock(const Block &block, int indent, QString &out);

void renderBody(const std::vector<Item> &items, int indent, bool topLevel, QString &out)
{
    const Item *previous = nullptr;
    std::vector<std::pair<QString, const Value *>> pending;
    auto flush = [&] {
        renderAssignments(pending, indent, out);
        pending.clear();
    };
    for (const Item &item : items) {
        if (previous && previous->kind != Item::Kind::Comment && previous->kind != Item::Kind::Blank
            && item.kind != Item::Kind::Blank) {
            const bool separate = topLevel || item.kind == Item::Kind::Block || item.kind == Item::Kind::Comment
                                  || previous->kind == Item::Kind::Block;
            if (separate) {
                flush();
                out += QLatin1Char('\n');
            }
        }
        switch (item.kind) {
        case Item::Kind::Attribute:
            pending.emplace_back(item.name, &item.value);
            break;
        case Item::Kind::Block:
            flush();
            renderBlock(*item.block, indent, out);
            break;
        case Item::Kind::Comment:
            flush();
            renderComment(item.name, indent, out);
            break;
        case Item::Kind::Blank:
            flush();
            if (previous && previous->kind != Item::Kind::Blank)
                out += QLatin1Char('\n');
            break;
        }
        previous = &item;
    }
    flush();
}

void renderBlock(const Block &block, int indent, QString &out)
{
    out += spaces(indent) + block.type;
    for (const QString &label : block.labels)
        out += QLatin1Char(' ') + quoted(label);
    if (block.items.empty()) {
        out += QStringLiteral(" {}\n");
        return;
    }
    out += QStringLiteral(" {\n");
    renderBody(block.items, indent + 2, false, out);
    out += spaces(indent) + QStringLiteral("}\n");
}

} // namespace

QString Value::render(int indent) const
{
    switch (m_kind) {
    case Kind::Raw:
        return m_text;
    case Kind::Call:
        return m_text + QLatin1Char('(') + m_items.front().render(indent) + QLatin1Char(')');
    case Kind::List: {
        QStringList parts;
        if (!isMultiLine()) {
            for (const Value &item : m_items)
                parts.append(item.render(indent));
            return QLatin1Char('[') + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
        }
        QString out = QStringLiteral("[\n");
        for (const Value &item : m_items)
            out += spaces(indent + 2) + item.render(indent + 2) + QStringLiteral(",\n");
        return out + spaces(indent) + QLatin1Char(']');
    }
    case Kind::Object: {
        if (m_members.empty())
            return QStringLiteral("{}");
        std::vector<std::pair<QString, const Value *>> entries;
        for (const auto &[key, value] : m_members)
            entries.emplace_back(key, &value);
        QString out = QStringLiteral("{\n");
        renderAssignments(entries, indent + 2, out);
        return out + spaces(indent) + QLatin1Char('}');
    }
    }
    return {};
}

Block &Block::set(const QString &name, Value value)
{
    Item item;
    item.kind = Item::Kind::Attribute;
    item.name = name;
    item.value = std::move(value);
    items.push_back(std::move(item));
    return *this;
}

Block &Block::add(const QString &blockType, const QStringList &blockLabels)
{
    Item item;
    item.kind = Item::Kind::Block;
    item.block = std::make_unique<Block>(blockType, blockLabels);
    Block &child = *item.block;
    items.push_back(std::move(item));
    return child;
}

Block &Block::comment(const QString &text)
{
    Item item;
    item.kind = Item::Kind::Comment;
    item.name = text;
    items.push_back(std::move(item));
    return *this;
}

Block &Block::blank()
{
    items.push_back(Item{});
    return *this;
}

QByteArray renderFile(const Block &topLevel)
{
    QString out;
    renderBody(topLevel.items, 0, true, out);
    return out.toUtf8();
}

} // namespace sd::tf

namespace sd::tf {

Value fromJson(const nlohmann::ordered_json &value)
{
    if (value.is_object()) {
        std::vector<std::pair<QString, Value>> members;
        for (auto it = value.begin(); it != value.end(); ++it)
            members.emplace_back(QString::fromStdString(it.key()), fromJson(it.value()));
        return Value::object(std::move(members));
    }
    if (value.is_array()) {
        std::vector<Value> items;
        for (const auto &item : value)
            items.push_back(fromJson(item));
        return Value::list(std::move(items));
    }
    if (value.is_string())
        return Value::str(QString::fromStdString(value.get<std::string>()));
    if (value.is_boolean())
        return Value::boolean(value.get<bool>());
    if (value.is_null())
        return Value::raw(QStringLiteral("null"));
    return Value::raw(QString::fromStdString(value.dump())); // a number, as JSON writes it
}

} // namespace sd::tf
