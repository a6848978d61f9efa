// SPDX-License-Identifier: MIT
#pragma once

#include "hclsyntax.h"

#include <QVariant>

#include <functional>
#include <optional>

namespace sd::hcl {

/**
 * What the import can know of an expression without running Terraform: literals, templates,
 * collections, operators, conditionals, for-expressions, splats and a few pure functions (length,
 * concat, merge, format, lower, upper, join, split, element, lookup, coalesce, tostring, tonumber,
 * tolist, toset, tomap; jsonencode gives the structure it encodes). Traversals go to a resolver (variables, locals, other resources); whatever
 * it cannot know is nullopt, so the importer treats the value as unknown rather than guessing.
 * A known null is an invalid QVariant inside the optional.
 */
using Resolver = std::function<std::optional<QVariant>(const QStringList &parts)>;

std::optional<QVariant> evaluate(const Expr &expr, const Resolver &resolve);

/// The value at `parts` (attribute names, "[0]", "[\"key\"]") inside a known value, or nullopt.
std::optional<QVariant> navigate(QVariant value, const QStringList &parts, qsizetype from = 0);

/// A block body as a value: attributes evaluated (unknown ones left out), nested blocks as lists of maps.
QVariantMap evaluateBody(const Block &body, const Resolver &resolve);

} // namespace sd::hcl
