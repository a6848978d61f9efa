// SPDX-License-Identifier: MIT
#pragma once

#include <nlohmann/json.hpp>

#include <string>

namespace sd {

/**
 * Writes a JSON value as block-style YAML with a stable look: keys in the
 * value's order, short lists of scalars in flow style ([40, 60]), strings
 * quoted only when YAML would read them as something else. Fast enough for
 * 10,000-component designs, and without yaml-cpp's node tree.
 */
std::string emitYaml(const nlohmann::ordered_json &value);

/// How a string must be written as a YAML scalar (plain when it is safe, else double-quoted).
std::string yamlScalar(const std::string &text);

/**
 * Text made safe for a YAML comment ("# " + this): every line break YAML knows (\n, \r, U+0085,
 * U+2028, U+2029) and every other control character becomes a space, so that a name holding
 * "\n---\nkind: ClusterRoleBinding" stays inside its comment instead of becoming a document.
 * The one escaping path for comments in every YAML file Stackdraft writes (UTF-8 in and out).
 */
std::string yamlCommentText(const std::string &text);

/// Shortest text that reads back as the same double ("40" for 40.0).
std::string formatNumber(double value);

} // namespace sd
