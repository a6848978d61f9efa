// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <memory>
#include <utility>
#include <vector>

namespace sd::tf {

/// A Terraform string literal with every special sequence escaped: quotes, backslashes,
/// control characters, and the template openers `${` and `%{`.
QString quoted(const QString &text);
/// True when `key` can stand unquoted as an HCL identifier (object key, attribute name).
bool isIdentifier(const QString &key);

/**
 * An HCL expression. Scalars and references render on one line; objects (and lists
 * holding objects) render over several lines, the way `terraform fmt` lays them out.
 */
class Value
{
public:
    Value() = default;
    static Value raw(const QString &expression);      ///< a reference or a function call, written as is
    static Value str(const QString &text);            ///< a quoted, escaped string
    static Value num(qint64 number);
    static Value boolean(bool flag);
    static Value list(std::vector<Value> items);
    static Value strings(const QStringList &items);   ///< a list of quoted strings
    static Value object(std::vector<std::pair<QString, Value>> members);
    /// `name(arg)` where the argument may be a multi-line object, e.g. jsonencode({...}).
    static Value call(const QString &function, Value argument);

    bool isMultiLine() const;
    /// Renders at an indentation of `indent` spaces (used for continuation lines).
    QString render(int indent) const;

private:
    enum class Kind { Raw, List, Object, Call };
    Kind m_kind = Kind::Raw;
    QString m_text;
    std::vector<Value> m_items;
    std::vector<std::pair<QString, Value>> m_members;
};

struct Block;

/// One line-level thing inside a body: an attribute, a nested block, a comment or a blank line.
struct Item {
    enum class Kind { Attribute, Block, Comment, Blank };
    Kind kind = Kind::Blank;
    QString name; ///< attribute name, or comment text
    Value value;
    std::unique_ptr<Block> block;
};

/// A block (`resource "aws_vpc" "main" { ... }`) or a file's top level (no type).
struct Block {
    QString type;
    QStringList labels;
    std::vector<Item> items;

    Block() = default;
    Block(QString blockType, QStringList blockLabels)
        : type(std::move(blockType)), labels(std::move(blockLabels)) {}

    Block &set(const QString &name, Value value);
    Block &set(const QString &name, const QString &expression) { return set(name, Value::raw(expression)); }
    Block &setStr(const QString &name, const QString &text) { return set(name, Value::str(text)); }
    Block &setNum(const QString &name, qint64 number) { return set(name, Value::num(number)); }
    Block &setBool(const QString &name, bool flag) { return set(name, Value::boolean(flag)); }
    /// Adds a nested block and returns it.
    Block &add(const QString &blockType, const QStringList &blockLabels = {});
    /// Adds a comment line (without the leading '#').
    Block &comment(const QString &text);
    Block &blank();
    bool empty() const { return items.empty(); }
};

/// Renders top-level blocks, separated by blank lines, formatted as `terraform fmt` would.
QByteArray renderFile(const Block &topLevel);

/// An HCL value with the JSON's structure (objects, lists, strings escaped for HCL), e.g. for yamlencode().
Value fromJson(const nlohmann::ordered_json &value);

} // namespace sd::tf
