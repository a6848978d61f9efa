// SPDX-License-Identifier: MIT
#pragma once

#include <nlohmann/json.hpp>

#include <concepts>
#include <string>
#include <string_view>
#include <vector>

namespace sd {

namespace yaml {
/// What a YamlWriter is told besides scalars. Key and Value only document the reading: the
/// position in a mapping (key, value, key, ...) decides what a node is.
enum Token { BeginMap, EndMap, BeginSeq, EndSeq, Key, Value, Flow, DoubleQuoted };

/**
 * A comment. A trailing one goes at the end of the current line ("ingress: []  # admits nobody");
 * an own-line one stands on a line of its own, indented like the line after it, which it describes.
 * The text always goes through yamlCommentText, so no name can end the comment.
 */
struct Comment {
    explicit Comment(std::string commentText, bool onItsOwnLine = false)
        : text(std::move(commentText)), ownLine(onItsOwnLine) {}
    std::string text;
    bool ownLine = false;
};
} // namespace yaml

/**
 * The streaming YAML writer behind every YAML file Stackdraft writes (designs, Kubernetes,
 * Compose, monitoring): block mappings and sequences indented by two, flow collections on one
 * line, comments. One pass, appending to one string, no node tree and no regular expressions.
 *
 * The layout is the one yaml-cpp's YAML::Emitter gave (which wrote these files before, and whose
 * look the golden files keep): a sequence under a key is indented, an empty block collection is
 * written in flow style on the next line, a comment is preceded by two spaces. Text written with
 * `<<` is plain unless YAML syntax would read it differently (an indicator first, ": " or " #"
 * inside, control characters...); scalar() also quotes what would resolve as another type.
 */
class YamlWriter
{
public:
    YamlWriter();

    YamlWriter &operator<<(yaml::Token token);
    YamlWriter &operator<<(const yaml::Comment &comment);
    YamlWriter &operator<<(std::string_view text);
    YamlWriter &operator<<(const std::string &text) { return *this << std::string_view(text); }
    YamlWriter &operator<<(const char *text) { return *this << std::string_view(text); }
    YamlWriter &operator<<(bool flag);
    template<std::integral T>
        requires(!std::same_as<T, bool> && !std::same_as<T, char>)
    YamlWriter &operator<<(T number)
    {
        return writeRaw(std::to_string(number));
    }

    /// A string scalar, quoted when YAML 1.1 or 1.2 would read it as anything but this text ("8080", "yes").
    YamlWriter &scalar(std::string_view text);
    /// A multi-line string as a literal block ("|"), when it reads back exactly; else as scalar().
    YamlWriter &literal(const std::string &text);
    /// Written as is: a number or a null formatted by the caller.
    YamlWriter &writeRaw(std::string_view text);

    /// The document so far, every line ending in a newline (own-line comments still waiting go last).
    std::string text() const;

private:
    enum class Child { None, Scalar, BlockSeq, BlockMap };
    struct Group {
        bool map = false;
        bool flow = false;
        size_t indent = 0; ///< column of the group's entries
        size_t count = 0;  ///< nodes written in it (a mapping counts keys and values)
    };

    void beginGroup(bool map);
    void endGroup(bool map);
    void prepare(Child child);
    void started();
    void newline();
    void indentTo(size_t column);
    void spaceOrIndentTo(bool requireSpace, size_t column);
    void write(std::string_view text);
    size_t lastIndent() const;

    std::string m_out;
    size_t m_col = 0;
    bool m_lineHasComment = false; ///< the current line ends in a comment: the next node needs a new line
    bool m_commentSinceNode = false;
    bool m_nextFlow = false;
    bool m_nextQuoted = false;
    size_t m_topNodes = 0;
    std::vector<Group> m_groups;
    std::vector<std::string> m_ownLineComments; ///< waiting for the next line
};

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
