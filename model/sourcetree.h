// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QVariant>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sd {

/// Where a node starts in its file, 1-based.
struct SourceMark {
    int line = 0;
    int column = 0;
};

/**
 * A parsed YAML or JSON document that remembers where each node came from, so
 * that every later complaint can name the file, line and column. Both formats
 * parse into this one shape, and one decoder reads it.
 */
struct SourceEntry;

struct SourceNode {
    enum class Type : std::uint8_t { Null, Scalar, Sequence, Map };

    Type type = Type::Null;
    /// For scalars: true when the text was quoted (a string for sure), false for
    /// plain YAML scalars and JSON numbers and booleans, whose type comes from the text.
    bool quoted = false;
    SourceMark mark;
    std::string text;
    std::vector<SourceNode> items;                         ///< sequence elements
    std::vector<SourceEntry> entries; ///< map entries in file order

    bool isNull() const { return type == Type::Null; }
    bool isScalar() const { return type == Type::Scalar; }
    bool isSequence() const { return type == Type::Sequence; }
    bool isMap() const { return type == Type::Map; }

    /// The value of a map key, or nullptr.
    const SourceNode *find(std::string_view key) const;
    SourceNode *find(std::string_view key);
    /// Human name of the node's type for messages ("a list", "a mapping", "text"...).
    QString typeName() const;
};

/// One key and value of a mapping (a struct, not std::pair: the value's type is still incomplete above).
struct SourceEntry {
    std::string first;
    SourceNode second;
};

/// A parse failure with its place.
struct ParseError {
    SourceMark mark;
    QString message;
};

/// Limits that protect against absurd input (a bomb, not a big design).
struct ParseLimits {
    int maxDepth = 64;
    /// Values (scalars, lists, mappings) in one file. Each costs about 100 (JSON) to 150 (YAML)
    /// bytes while parsing, so this bounds a parse near 700 MB whatever the file holds (a 60 MB
    /// list of zeros is 30 million values, and peaked at 3.4 GB before anything refused it).
    /// A real design has about 33 values per component: 4.5 million admits about 135,000
    /// components (100,000 is 3.3 million values and 35 MB of YAML).
    size_t maxNodes = 4'500'000;
    /// Items of one list or mapping: a design's largest list (its connections) stays far below;
    /// a single huge list would otherwise reallocate its array past a modest memory limit.
    size_t maxItems = 1'000'000;
    /// Nodes that YAML aliases (*name) may add in all, counting each expansion in full; 0 refuses
    /// aliases. Design files need none; imported compose files use anchors and `<<` merge keys,
    /// and the budget keeps a "billion laughs" file from expanding into gigabytes.
    int maxAliasNodes = 0;
};

/// Parses one YAML document (comments allowed; aliases refused) with libfyaml. Returns false and
/// fills `error` on failure.
bool parseYaml(std::string_view text, SourceNode &root, ParseError &error,
               const ParseLimits &limits = {});
/**
 * The same through yaml-cpp's event API, the parser design files were read with before libfyaml
 * (four times slower on a large design). Kept as the reference the equivalence test holds parseYaml
 * to: the same tree, the same places.
 */
bool parseYamlWithYamlCpp(std::string_view text, SourceNode &root, ParseError &error,
                          const ParseLimits &limits = {});
/**
 * Parses every document of a YAML stream (Kubernetes manifests: "---" between objects) into
 * `documents`, empty documents included as null nodes. With `limits.maxAliasNodes` above 0,
 * aliases are expanded and `<<` merge keys (YAML 1.1, as docker compose reads them) merged.
 */
bool parseYamlDocuments(const std::string &text, std::vector<SourceNode> &documents, ParseError &error,
                        const ParseLimits &limits = {});
/// Parses JSON. Returns false and fills `error` on failure.
bool parseJson(std::string_view text, SourceNode &root, ParseError &error,
               const ParseLimits &limits = {});

} // namespace sd

namespace sd {

/// Reads scalars the YAML 1.2 core way (JSON's too): "true"/"false", integers, floats.
/// Quoted text is never a number or a boolean.
std::optional<qint64> scalarToInt(const SourceNode &node);
std::optional<double> scalarToDouble(const SourceNode &node);
std::optional<bool> scalarToBool(const SourceNode &node);
/// The natural value of a scalar: bool, qint64, double or QString.
QVariant scalarToVariant(const SourceNode &node);

} // namespace sd
