// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>
#include <vector>

namespace sd::hcl {

/// A place in a file: 1-based line and column (columns count characters, not bytes).
struct Position {
    int line = 1;
    int column = 1;
};

/// One node of an expression of the HCL native syntax (github.com/hashicorp/hcl, hclsyntax/spec.md).
struct Expr {
    enum class Kind {
        Literal,      ///< number, bool, null or a string without interpolation: `value`
        Template,     ///< "a ${x} b", heredocs: children are the parts (literals and interpolations)
        Directive,    ///< %{ if }/%{ for } inside a template: children are the condition/collection and the branches
        Variable,     ///< the root of a traversal: `name` (aws_instance, var, local, module, count...)
        GetAttr,      ///< children[0].`name`
        Index,        ///< children[0][children[1]]
        Splat,        ///< children[0][*] or children[0].*, then children[1] applied to each (or none)
        SplatItem,    ///< the element inside a splat's continuation
        Call,         ///< `name`(children...); `expandFinal` when the last argument ends in ...
        Tuple,        ///< [children...]
        Object,       ///< {k = v, ...}: children are key, value, key, value...
        For,          ///< [for k, v in children[0] : children[1]] / {for ... : children[1] => children[2]}; children[3] the if
        Conditional,  ///< children[0] ? children[1] : children[2]
        Unary,        ///< `name` ("!" or "-") children[0]
        Binary,       ///< children[0] `name` children[1]
        Parens,       ///< (children[0])
    };
    Kind kind = Kind::Literal;
    Position pos;
    QVariant value;  ///< Literal: the value (invalid QVariant = null)
    QString name;    ///< Variable, GetAttr, Call, operators; For: "object" or "tuple"
    QStringList forNames; ///< For: the key and value names (one when only a value is named); Directive: the for names
    bool expandFinal = false;
    std::vector<Expr> children;

    /// The literal string of a plain string or a one-part template, else nothing.
    std::optional<QString> literalString() const;
};

struct Body;

struct Attribute {
    QString name;
    Position pos;
    Expr value;
};

struct Block {
    QString type;
    QStringList labels;
    Position pos;
    std::vector<Attribute> attributes;
    std::vector<Block> blocks;

    const Attribute *attribute(const QString &name) const;
    std::vector<const Block *> blocksOfType(const QString &type) const;
};

/// A reference an expression makes: `aws_security_group.app.id` is {"aws_security_group", "app", "id"};
/// an index is "[0]" or "[\"key\"]", a splat "[*]". Iteration variables of for-expressions are left out.
struct Reference {
    QStringList parts;
    Position pos;

    QString toString() const;
};

std::vector<Reference> referencesOf(const Expr &expr);

/// Limits that keep hostile input from exhausting the stack or the memory.
struct Limits {
    int maxDepth = 64;                     ///< nesting of blocks and expressions
    qint64 maxBytes = 64LL * 1024 * 1024;  ///< per file
};

/// A syntax error with its place.
struct SyntaxError {
    Position pos;
    QString message; ///< translated
};

/// A parsed file: its top-level attributes and blocks (as a Block without type), or the first error.
struct ParseResult {
    Block body;
    std::optional<SyntaxError> error;

    bool ok() const { return !error.has_value(); }
};

/**
 * Parses a file of the HCL native syntax: blocks with labels, attributes, and every expression
 * form (templates with interpolations and directives, heredocs, numbers, bools, null, tuples,
 * objects, function calls, for-expressions, conditionals, operators, index, attribute access and
 * splats), skipping `#`, `//` and block comments. It stops at the first error, naming its line
 * and column; it never throws and never recurses deeper than the limits allow.
 */
ParseResult parse(const QByteArray &text, const Limits &limits = {});

} // namespace sd::hcl
