// SPDX-License-Identifier: MIT
#include "sourcetree.h"

#include <QCoreApplication>

#include <libfyaml.h>
#include <nlohmann/json.hpp>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <istream>
#include <map>
#include <memory>
#include <streambuf>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace sd {

const SourceNode *SourceNode::find(std::string_view key) const
{
    for (const auto &entry : entries)
        if (entry.first == key)
            return &entry.second;
    return nullptr;
}

SourceNode *SourceNode::find(std::string_view key)
{
    return const_cast<SourceNode *>(std::as_const(*this).find(key));
}

QString SourceNode::typeName() const
{
    switch (type) {
    case Type::Null:
        return QCoreApplication::translate("SourceNode", "nothing");
    case Type::Scalar:
        return quoted ? QCoreApplication::translate("SourceNode", "text")
                      : QCoreApplication::translate("SourceNode", "a value");
    case Type::Sequence:
        return QCoreApplication::translate("SourceNode", "a list");
    case Type::Map:
        return QCoreApplication::translate("SourceNode", "a mapping");
    }
    return {};
}

namespace {

/// Measured on `stackdraft-cli generate --components 10000 --seed 7` (keys count as values here).
constexpr int kValuesPer10kComponents = 330000;
constexpr int kLargestListPer10kComponents = 14467; // its connections

/// Thrown from inside a parser callback to stop at the first structural problem.
struct StopParsing {
    ParseError error;
};

/**
 * Builds SourceNodes from a stream of events. Shared by the YAML and JSON parsers:
 * open a container, add scalars, close it; map keys are the odd scalars of a map.
 */
class TreeBuilder
{
public:
    TreeBuilder(SourceNode &root, const ParseLimits &limits) : m_root(root), m_limits(limits) {}

    static constexpr size_t kItemKeys = 8;

    void open(SourceNode::Type type, SourceMark mark, YAML::anchor_t anchor = YAML::NullAnchor)
    {
        if (int(m_stack.size()) >= m_limits.maxDepth)
            throw StopParsing{{mark, QCoreApplication::translate("SourceNode",
                                       "nesting deeper than %1 levels").arg(m_limits.maxDepth)}};
        SourceNode &node = place(mark);
        node.type = type;
        m_stack.push_back(&node);
        m_keySets.emplace_back();
        m_openAnchors.push_back(anchor);
    }

    void close()
    {
        SourceNode &node = *m_stack.back();
        if (node.entries.capacity() == kItemKeys && node.entries.size() < kItemKeys / 2)
            node.entries.shrink_to_fit(); // a small mapping in a list keeps no room it was given
        if (node.isMap() && m_limits.maxAliasNodes > 0)
            mergeKeys(node);
        if (m_openAnchors.back() != YAML::NullAnchor)
            remember(m_openAnchors.back(), node);
        m_stack.pop_back();
        m_keySets.pop_back();
        m_openAnchors.pop_back();
    }

    /// An alias: a copy of the anchored node, within the expansion budget and the depth limit.
    void alias(SourceMark mark, YAML::anchor_t anchor)
    {
        if (m_limits.maxAliasNodes <= 0)
            throw StopParsing{{mark, QCoreApplication::translate("SourceNode",
                                     "YAML aliases (*name) are not supported in design files")}};
        const auto found = m_anchors.find(anchor);
        if (found == m_anchors.end())
            throw StopParsing{{mark, QCoreApplication::translate("SourceNode", "an alias refers to an anchor that is not defined before it")}};
        const Anchored &anchored = found->second;
        m_aliasNodes += anchored.nodes;
        if (m_aliasNodes > m_limits.maxAliasNodes)
            throw StopParsing{{mark, QCoreApplication::translate("SourceNode",
                                     "YAML aliases expand to more than %1 nodes").arg(m_limits.maxAliasNodes)}};
        if (int(m_stack.size()) + anchored.depth > m_limits.maxDepth)
            throw StopParsing{{mark, QCoreApplication::translate("SourceNode",
                                     "nesting deeper than %1 levels").arg(m_limits.maxDepth)}};
        if (expectsKey()) {
            if (!anchored.node.isScalar())
                throw StopParsing{{mark, QCoreApplication::translate("SourceNode", "a key must be plain text, not a list or mapping")}};
            scalar(mark, anchored.node.text, anchored.node.quoted);
            return;
        }
        place(mark) = anchored.node;
    }

    void scalar(SourceMark mark, std::string text, bool quoted, bool isNull = false,
                YAML::anchor_t anchor = YAML::NullAnchor)
    {
        SourceNode *parent = m_stack.empty() ? nullptr : m_stack.back();
        if (parent && parent->isMap() && !m_keyPending) {
            // This scalar is a key.
            if (isNull)
                throw StopParsing{{mark, QCoreApplication::translate("SourceNode", "a key is empty")}};
            if (isDuplicateKey(parent->entries, text))
                throw StopParsing{{mark, QCoreApplication::translate("SourceNode",
                                           "the key '%1' appears twice").arg(QString::fromStdString(text))}};
            count(mark);
            countItem(parent->entries.size(), mark);
            // The items of a list (zones, components, connections) are mappings of 5 to 10 keys:
            // room for 8 at once instead of growing 1, 2, 4, 8. close() gives back what stays unused,
            // so a list of one-key mappings costs no more memory than before.
            if (parent->entries.empty() && m_stack.size() >= 2 && m_stack[m_stack.size() - 2]->isSequence())
                parent->entries.reserve(kItemKeys);
            parent->entries.push_back(SourceEntry{std::move(text), SourceNode{}});
            parent->entries.back().second.mark = mark;
            m_keyPending = true;
            return;
        }
        SourceNode &node = place(mark);
        node.type = isNull ? SourceNode::Type::Null : SourceNode::Type::Scalar;
        node.text = std::move(text);
        node.quoted = quoted;
        if (anchor != YAML::NullAnchor)
            remember(anchor, node);
    }

    /// A map key given as a separate event (JSON).
    void key(SourceMark mark, std::string text) { scalar(mark, std::move(text), true); }

    bool expectsKey() const
    {
        return !m_stack.empty() && m_stack.back()->isMap() && !m_keyPending;
    }

private:
    /// Small maps are scanned; from kHashedKeys entries on the open map keeps its keys in a set, so a
    /// file of 100,000 keys is not 5 billion comparisons (it took 19 s for 1 MB, hours for 64 MiB).
    bool isDuplicateKey(const std::vector<SourceEntry> &entries, const std::string &key)
    {
        constexpr size_t kHashedKeys = 32;
        std::unique_ptr<std::unordered_set<std::string>> &keys = m_keySets.back();
        if (entries.size() < kHashedKeys)
            return std::any_of(entries.begin(), entries.end(), [&](const SourceEntry &e) { return e.first == key; });
        if (!keys) {
            keys = std::make_unique<std::unordered_set<std::string>>();
            for (const SourceEntry &e : entries)
                keys->insert(e.first);
        }
        return !keys->insert(key).second;
    }

    /// One list or mapping that grows past maxItems: refused before its array is reallocated to a
    /// size that alone outgrows a modest memory limit (one list of 7 million zeros did).
    void countItem(size_t itemsBefore, SourceMark mark) const
    {
        if (itemsBefore >= m_limits.maxItems)
            throw StopParsing{{mark, QCoreApplication::translate("SourceNode",
                                       "a list or mapping holds more than %L1 items; files that large are refused "
                                       "(a design of 10,000 components has about %L2 in its largest list)")
                                       .arg(qulonglong(m_limits.maxItems)).arg(kLargestListPer10kComponents)}};
    }

    void count(SourceMark mark)
    {
        if (++m_nodes > m_limits.maxNodes)
            throw StopParsing{{mark, QCoreApplication::translate("SourceNode",
                                       "the file holds more than %L1 values; files that large are refused "
                                       "(a design of 10,000 components has about %L2)")
                                       .arg(qulonglong(m_limits.maxNodes)).arg(kValuesPer10kComponents)}};
    }

    struct Anchored {
        SourceNode node;
        int nodes = 0; ///< nodes in the tree, what one expansion costs
        int depth = 0; ///< levels of the tree
    };

    static void measure(const SourceNode &node, int level, int &nodes, int &depth)
    {
        ++nodes;
        depth = std::max(depth, level);
        for (const SourceNode &item : node.items)
            measure(item, level + 1, nodes, depth);
        for (const SourceEntry &entry : node.entries)
            measure(entry.second, level + 1, nodes, depth);
    }

    void remember(YAML::anchor_t anchor, const SourceNode &node)
    {
        if (m_limits.maxAliasNodes <= 0)
            return; // aliases are refused anyway: keep no copies
        Anchored anchored{node, 0, 0};
        measure(node, 1, anchored.nodes, anchored.depth);
        m_anchors[anchor] = std::move(anchored);
    }

    /// `<<: *base` or `<<: [*a, *b]`: the merged maps' entries the map does not set itself, in order.
    static void mergeKeys(SourceNode &map)
    {
        auto merge = std::find_if(map.entries.begin(), map.entries.end(), [](const SourceEntry &e) { return e.first == "<<"; });
        if (merge == map.entries.end())
            return;
        SourceNode sources = std::move(merge->second);
        map.entries.erase(merge);
        std::vector<const SourceNode *> maps;
        if (sources.isMap())
            maps.push_back(&sources);
        for (const SourceNode &item : sources.items)
            if (item.isMap())
                maps.push_back(&item);
        if (maps.empty() && !sources.isNull())
            throw StopParsing{{sources.mark, QCoreApplication::translate("SourceNode", "the merge key '<<' needs a mapping or a list of mappings")}};
        for (const SourceNode *source : maps)
            for (const SourceEntry &entry : source->entries)
                if (!map.find(entry.first))
                    map.entries.push_back(entry);
    }

    SourceNode &place(SourceMark mark)
    {
        count(mark);
        if (m_stack.empty()) {
            m_root = SourceNode{};
            m_root.mark = mark;
            return m_root;
        }
        SourceNode *parent = m_stack.back();
        if (parent->isSequence()) {
            countItem(parent->items.size(), mark);
            parent->items.emplace_back();
            parent->items.back().mark = mark;
            return parent->items.back();
        }
        if (!m_keyPending)
            throw StopParsing{{mark, QCoreApplication::translate("SourceNode",
                                       "a key must be plain text, not a list or mapping")}};
        m_keyPending = false;
        return parent->entries.back().second;
    }

    SourceNode &m_root;
    const ParseLimits &m_limits;
    std::vector<SourceNode *> m_stack;
    std::vector<std::unique_ptr<std::unordered_set<std::string>>> m_keySets; ///< per open node, for large maps
    std::vector<YAML::anchor_t> m_openAnchors;
    std::map<YAML::anchor_t, Anchored> m_anchors;
    int m_aliasNodes = 0;
    bool m_keyPending = false;
    size_t m_nodes = 0;
};

SourceMark toMark(const YAML::Mark &m) { return {m.line + 1, m.column + 1}; }

/// Lets yaml-cpp read the text where it is: a std::istringstream would copy a 60 MB file once more.
class MemoryBuffer : public std::streambuf
{
public:
    explicit MemoryBuffer(std::string_view text)
    {
        char *begin = const_cast<char *>(text.data()); // only read: the get area is never written through
        setg(begin, begin, begin + text.size());
    }
};

class YamlEvents : public YAML::EventHandler
{
public:
    explicit YamlEvents(TreeBuilder &builder) : m_builder(builder) {}

    void OnDocumentStart(const YAML::Mark &) override {}
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        m_builder.scalar(toMark(mark), {}, false, true, anchor);
    }
    void OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        // Aliases let a small file expand into a huge tree: refused, or expanded within a budget.
        m_builder.alias(toMark(mark), anchor);
    }
    void OnScalar(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                  const std::string &value) override
    {
        // yaml-cpp tags plain scalars "?" and quoted or block scalars "!".
        const bool quoted = tag == "!";
        const bool isNull = !quoted && (value == "~" || value == "null" || value == "Null"
                                        || value == "NULL");
        m_builder.scalar(toMark(mark), value, quoted, isNull, anchor);
    }
    void OnSequenceStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override
    {
        m_builder.open(SourceNode::Type::Sequence, toMark(mark), anchor);
    }
    void OnSequenceEnd() override { m_builder.close(); }
    void OnMapStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override
    {
        m_builder.open(SourceNode::Type::Map, toMark(mark), anchor);
    }
    void OnMapEnd() override { m_builder.close(); }

private:
    TreeBuilder &m_builder;
};

/**
 * Byte offsets (what nlohmann's lexer and libfyaml's marks give) to 1-based line and column,
 * counting '\n' only and columns in bytes, as yaml-cpp's marks did. Events come in file order, so
 * it walks forward from the last place it was asked for; a place before that starts from the top.
 */
class LineCursor
{
public:
    explicit LineCursor(std::string_view text) : m_text(text) {}

    SourceMark mark(size_t offset)
    {
        offset = std::min(offset, m_text.size());
        if (offset < m_offset) {
            m_offset = 0;
            m_line = 1;
            m_lineStart = 0;
        }
        const char *base = m_text.data();
        while (const void *found = std::memchr(base + m_offset, '\n', offset - m_offset)) {
            m_offset = size_t(static_cast<const char *>(found) - base) + 1;
            m_lineStart = m_offset;
            ++m_line;
        }
        m_offset = offset;
        return {m_line, int(offset - m_lineStart) + 1};
    }

private:
    std::string_view m_text;
    size_t m_offset = 0;
    size_t m_lineStart = 0;
    int m_line = 1;
};

/// A char iterator that tells how far the JSON lexer has read, so SAX events get positions.
class CountingIterator
{
public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = char;
    using difference_type = std::ptrdiff_t;
    using pointer = const char *;
    using reference = const char &;

    CountingIterator() = default;
    CountingIterator(const char *p, const char *base, size_t *consumed)
        : m_p(p), m_base(base), m_consumed(consumed) {}
    reference operator*() const { return *m_p; }
    CountingIterator &operator++()
    {
        ++m_p;
        *m_consumed = size_t(m_p - m_base);
        return *this;
    }
    CountingIterator operator++(int)
    {
        CountingIterator old = *this;
        ++*this;
        return old;
    }
    bool operator==(const CountingIterator &o) const { return m_p == o.m_p; }
    bool operator!=(const CountingIterator &o) const { return m_p != o.m_p; }

private:
    const char *m_p = nullptr;
    const char *m_base = nullptr;
    size_t *m_consumed = nullptr;
};

class JsonEvents : public nlohmann::json_sax<nlohmann::json>
{
public:
    JsonEvents(TreeBuilder &builder, LineCursor &lines, std::string_view text,
               const size_t &consumed)
        : m_builder(builder), m_lines(lines), m_text(text), m_consumed(consumed) {}

    bool null() override { return value("null", false, true); }
    bool boolean(bool v) override { return value(v ? "true" : "false", false); }
    bool number_integer(number_integer_t v) override { return value(std::to_string(v), false); }
    bool number_unsigned(number_unsigned_t v) override { return value(std::to_string(v), false); }
    bool number_float(number_float_t, const string_t &s) override { return value(s, false); }
    bool string(string_t &s) override { return value(std::move(s), true); }
    bool binary(binary_t &) override { return false; }
    bool start_object(std::size_t) override
    {
        m_builder.open(SourceNode::Type::Map, here());
        return true;
    }
    bool key(string_t &k) override
    {
        m_builder.key(here(), std::move(k));
        return true;
    }
    bool end_object() override
    {
        m_builder.close();
        return true;
    }
    bool start_array(std::size_t) override
    {
        m_builder.open(SourceNode::Type::Sequence, here());
        return true;
    }
    bool end_array() override
    {
        m_builder.close();
        return true;
    }
    bool parse_error(std::size_t position, const std::string &lastToken, const nlohmann::detail::exception &ex) override
    {
        const std::string what = ex.what();
        // "[json.exception.parse_error.101] parse error at line 3, column 25: syntax error while
        // parsing value - invalid string: missing closing quote; last read: '"microservi'": keep
        // the reason, between the place (ours is better: nlohmann counts columns from 0, and
        // after the token) and the last-read excerpt. The reason itself holds ": " too.
        std::string reason = what;
        if (const auto column = what.find(", column "); column != std::string::npos)
            if (const auto colon = what.find(": ", column); colon != std::string::npos)
                reason = what.substr(colon + 2);
        const std::string lastRead = "; last read: '" + lastToken + "'";
        if (const auto at = reason.find(lastRead); at != std::string::npos)
            reason.erase(at, lastRead.size());
        m_error = {errorMark(position, lastToken, reason), QString::fromStdString(reason)};
        return false;
    }

    ParseError m_error;

private:
    bool value(std::string text, bool quoted, bool isNull = false)
    {
        m_builder.scalar(here(), std::move(text), quoted, isNull);
        return true;
    }
    /// The lexer has read the whole token (and at most one character more):
    /// step back over it to the token's first character.
    SourceMark here()
    {
        size_t pos = std::min(m_consumed, m_text.size());
        while (pos > 0 && isSpace(m_text[pos - 1]))
            --pos;
        size_t start = pos > 0 ? pos - 1 : 0;
        if (start < m_text.size() && m_text[start] == '"') {
            // A string token: walk back to its opening quote.
            size_t i = start;
            while (i > 0) {
                --i;
                if (m_text[i] == '"' && (i == 0 || m_text[i - 1] != '\\'))
                    break;
            }
            start = i;
        } else {
            while (start > 0 && !isSpace(m_text[start - 1]) && !isDelimiter(m_text[start - 1])
                   && !isDelimiter(m_text[start]))
                --start;
        }
        return m_lines.mark(start);
    }
    /**
     * Where the offending token starts. `position` is one past the last character the lexer read
     * (one more at the end of the input). An unterminated or broken string is shown at its opening
     * quote; the end of the input at the end; anything else at the word or character that stopped
     * the parser (nlohmann's own column is 0-based and points past the token).
     */
    SourceMark errorMark(size_t position, const std::string &lastToken, const std::string &reason)
    {
        const size_t end = std::min(position, m_text.size());
        if (reason.find("unexpected end of input") != std::string::npos)
            return m_lines.mark(m_text.size());
        const bool stringToken = reason.find("invalid string") != std::string::npos
                                 || reason.find("unexpected string literal") != std::string::npos;
        if (stringToken && !lastToken.empty() && lastToken.front() == '"') {
            // The token text spells control characters as <U+000A>; count each as the one byte it was.
            size_t raw = 0;
            for (size_t i = 0; i < lastToken.size(); ++raw) {
                const bool spelled = lastToken.compare(i, 3, "<U+") == 0 && i + 8 <= lastToken.size() && lastToken[i + 7] == '>';
                i += spelled ? 8 : 1;
            }
            return m_lines.mark(end >= raw ? end - raw : 0);
        }
        size_t at = end > 0 ? end - 1 : 0;
        if (at < m_text.size() && (isSpace(m_text[at]) || isDelimiter(m_text[at])) && at > 0 && isWordChar(m_text[at - 1]))
            --at; // stopped by what follows a literal such as `tru `: show the literal
        while (at > 0 && at < m_text.size() && isWordChar(m_text[at]) && isWordChar(m_text[at - 1]))
            --at;
        return m_lines.mark(at);
    }
    static bool isWordChar(char c)
    {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.';
    }
    static bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
    static bool isDelimiter(char c) { return c == ',' || c == ':' || c == '[' || c == '{' || c == ']' || c == '}'; }

    TreeBuilder &m_builder;
    LineCursor &m_lines;
    std::string_view m_text;
    const size_t &m_consumed;
};

/**
 * Feeds libfyaml's events of one YAML document into a TreeBuilder (the design file parser: it reads
 * a 10,000-component design about four times faster than yaml-cpp's scanner). The text is parsed
 * where it is; errors come from libfyaml's collected diagnostics, with the place of their token.
 */
class FyamlEvents
{
public:
    FyamlEvents(std::string_view text, TreeBuilder &builder) : m_text(text), m_builder(builder), m_lines(text) {}

    bool run(ParseError &error)
    {
        fy_diag_cfg diagConfig;
        fy_diag_cfg_default(&diagConfig);
        diagConfig.fp = nullptr;
        diagConfig.output_fn = [](fy_diag *, void *, const char *, size_t) {}; // collected, never printed
        std::unique_ptr<fy_diag, decltype(&fy_diag_destroy)> diag(fy_diag_create(&diagConfig), &fy_diag_destroy);
        if (!diag)
            throw std::bad_alloc();
        fy_diag_set_collect_errors(diag.get(), true);
        fy_parse_cfg config{};
        // Our own depth limit (ParseLimits::maxDepth) speaks first, with our message.
        config.flags = fy_parse_cfg_flags(FYPCF_QUIET | FYPCF_DEFAULT_VERSION_1_2 | FYPCF_JSON_NONE
                                          | FYPCF_DISABLE_DEPTH_LIMIT | FYPCF_DISABLE_MMAP_OPT);
        config.diag = diag.get();
        std::unique_ptr<fy_parser, decltype(&fy_parser_destroy)> parser(fy_parser_create(&config), &fy_parser_destroy);
        if (!parser || fy_parser_set_string(parser.get(), m_text.data(), m_text.size()) != 0)
            throw std::bad_alloc();
        m_parser = parser.get();
        int documents = 0;
        while (fy_event *raw = fy_parser_parse(m_parser)) {
            const Event event(m_parser, raw);
            switch (raw->type) {
            case FYET_DOCUMENT_START:
                // A second document in one file is a mistake we would otherwise ignore silently.
                // It is shown where its content starts (after "---"), as yaml-cpp showed it.
                if (++documents > 1) {
                    size_t at = startOffset(raw);
                    if (fy_event *next = fy_parser_parse(m_parser)) {
                        const Event content(m_parser, next);
                        if (next->type != FYET_DOCUMENT_END)
                            at = startOffset(next);
                    }
                    error = {m_lines.mark(at), QCoreApplication::translate("SourceNode",
                                                   "the file holds more than one YAML document")};
                    return false;
                }
                break;
            case FYET_SCALAR:
                scalar(raw->scalar);
                break;
            case FYET_ALIAS:
                // Aliases let a small file expand into a huge tree: refused, or expanded within a budget.
                m_builder.alias(m_lines.mark(backTo('*', startOffset(raw))), anchorId(raw->alias.anchor));
                break;
            case FYET_SEQUENCE_START:
                m_builder.open(SourceNode::Type::Sequence, m_lines.mark(startOffset(raw)),
                               anchorId(raw->sequence_start.anchor));
                break;
            case FYET_MAPPING_START:
                m_builder.open(SourceNode::Type::Map, m_lines.mark(startOffset(raw)),
                               anchorId(raw->mapping_start.anchor));
                break;
            case FYET_SEQUENCE_END:
            case FYET_MAPPING_END:
                m_builder.close();
                break;
            default:
                break;
            }
        }
        if (fy_parser_get_stream_error(m_parser)) {
            error = firstError(diag.get());
            return false;
        }
        return true;
    }

private:
    /// An event, handed back to its parser when done with.
    struct Event {
        Event(fy_parser *parser, fy_event *event) : parser(parser), event(event) {}
        ~Event() { fy_parser_event_free(parser, event); }
        Event(const Event &) = delete;
        Event &operator=(const Event &) = delete;
        fy_parser *parser;
        fy_event *event;
    };

    void scalar(const fy_event_scalar_data &data)
    {
        size_t length = 0;
        const char *chars = fy_token_get_text(data.value, &length);
        std::string value(chars ? chars : "", chars ? length : 0);
        // Plain scalars get their type from their text; quoted and block scalars are text (yaml-cpp
        // tagged those "!", and a "!" tag given by hand says the same).
        bool quoted = fy_token_scalar_style(data.value) != FYSS_PLAIN;
        if (data.tag) {
            size_t tagLength = 0;
            const char *tag = fy_token_get_text(data.tag, &tagLength);
            quoted = quoted || (tag && std::string_view(tag, tagLength) == "!");
        }
        const bool isNull = !quoted && (value.empty() || value == "~" || value == "null" || value == "Null"
                                        || value == "NULL");
        if (isNull)
            value.clear(); // a null has no text, as yaml-cpp's OnNull gave none
        const fy_mark *mark = fy_token_start_mark(data.value);
        size_t at = mark ? mark->input_pos : m_lastOffset;
        // A quoted scalar in a flow collection starts after its quote in libfyaml: show the quote.
        const fy_scalar_style style = fy_token_scalar_style(data.value);
        if (style == FYSS_DOUBLE_QUOTED)
            at = backTo('"', at);
        else if (style == FYSS_SINGLE_QUOTED)
            at = backTo('\'', at);
        else if (style == FYSS_LITERAL || style == FYSS_FOLDED)
            at = blockIndicator(at);
        m_builder.scalar(m_lines.mark(at), std::move(value), quoted, isNull, anchorId(data.anchor));
    }

    /// A block scalar (| or >) is shown at its indicator, as yaml-cpp showed it, not where its text starts.
    size_t blockIndicator(size_t contentStart) const
    {
        size_t end = std::min(contentStart, m_text.size());
        while (end > 0 && (m_text[end - 1] == ' ' || m_text[end - 1] == '\t' || m_text[end - 1] == '\n' || m_text[end - 1] == '\r'))
            --end;
        for (size_t i = end; i > 0 && m_text[i - 1] != '\n'; --i)
            if (m_text[i - 1] == '|' || m_text[i - 1] == '>')
                return i - 1;
        return contentStart;
    }

    /// `offset`, or the one before it when that holds `indicator` and `offset` does not.
    size_t backTo(char indicator, size_t offset) const
    {
        if (offset > 0 && offset <= m_text.size() && m_text[offset - 1] == indicator
            && (offset == m_text.size() || m_text[offset] != indicator))
            return offset - 1;
        return offset;
    }

    size_t startOffset(fy_event *event)
    {
        if (const fy_mark *mark = fy_event_start_mark(event))
            m_lastOffset = mark->input_pos;
        return m_lastOffset;
    }

    /// Anchors by name, numbered from 1 as yaml-cpp numbered them (0: none).
    YAML::anchor_t anchorId(fy_token *anchor)
    {
        if (!anchor)
            return YAML::NullAnchor;
        size_t length = 0;
        const char *name = fy_token_get_text(anchor, &length);
        std::string key(name ? name : "", name ? length : 0);
        const auto [it, inserted] = m_anchors.try_emplace(std::move(key), m_anchors.size() + 1);
        return it->second;
    }

    /// The first error libfyaml reported, at its token when it names one.
    ParseError firstError(fy_diag *diag)
    {
        void *iterator = nullptr;
        while (fy_diag_error *e = fy_diag_errors_iterate(diag, &iterator)) {
            if (e->type < FYET_ERROR)
                continue;
            const fy_mark *mark = e->fyt ? fy_token_start_mark(e->fyt) : nullptr;
            // A plain scalar over several lines that turned out to be a key (a line indented too
            // far) is wrong where it ends, at its ':', not where it starts.
            if (const fy_mark *end = e->fyt ? fy_token_end_mark(e->fyt) : nullptr;
                mark && end && end->line > mark->line && end->input_pos < m_text.size() && m_text[end->input_pos] == ':'
                && m_text[mark->input_pos] != '\'' && m_text[mark->input_pos] != '"')
                mark = end;
            const SourceMark place = mark ? m_lines.mark(mark->input_pos) : SourceMark{std::max(e->line, 0) + 1, std::max(e->column, 0) + 1};
            return {place, QString::fromUtf8(e->msg ? e->msg : "")};
        }
        // libfyaml reports every stream error it stops at; should one come without, say it in its
        // words, untranslated like all of its messages.
        return {m_lines.mark(m_text.size()), QStringLiteral("invalid YAML")};
    }

    std::string_view m_text;
    TreeBuilder &m_builder;
    LineCursor m_lines;
    fy_parser *m_parser = nullptr;
    size_t m_lastOffset = 0;
    std::unordered_map<std::string, YAML::anchor_t> m_anchors;
};

/// Runs `parse` on a yaml-cpp parser of `text`, turning what it throws into `error`.
template<typename Parse>
bool runYamlParser(std::string_view text, ParseError &error, Parse parse)
{
    try {
        MemoryBuffer buffer(text);
        std::istream stream(&buffer);
        YAML::Parser parser(stream);
        return parse(parser);
    } catch (const StopParsing &stop) {
        error = stop.error;
        return false;
    } catch (const YAML::Exception &ex) {
        error = {toMark(ex.mark), QString::fromStdString(ex.msg)};
        return false;
    }
}

} // namespace

bool parseYamlWithYamlCpp(std::string_view text, SourceNode &root, ParseError &error, const ParseLimits &limits)
{
    root = SourceNode{};
    TreeBuilder builder(root, limits);
    YamlEvents events(builder);
    return runYamlParser(text, error, [&](YAML::Parser &parser) {
        if (!parser.HandleNextDocument(events)) {
            root = SourceNode{}; // an empty file is an empty document
            return true;
        }
        // A second document in one file is a mistake we would otherwise ignore silently.
        SourceNode ignored;
        TreeBuilder secondBuilder(ignored, limits);
        YamlEvents secondEvents(secondBuilder);
        if (parser.HandleNextDocument(secondEvents)) {
            error = {ignored.mark, QCoreApplication::translate("SourceNode",
                                   "the file holds more than one YAML document")};
            return false;
        }
        return true;
    });
}

bool parseYaml(std::string_view text, SourceNode &root, ParseError &error, const ParseLimits &limits)
{
    root = SourceNode{};
    TreeBuilder builder(root, limits);
    FyamlEvents events(text, builder);
    try {
        return events.run(error);
    } catch (const StopParsing &stop) {
        error = stop.error;
        return false;
    }
}

bool parseYamlDocuments(const std::string &text, std::vector<SourceNode> &documents, ParseError &error,
                        const ParseLimits &limits)
{
    documents.clear();
    return runYamlParser(text, error, [&](YAML::Parser &parser) {
        for (;;) {
            SourceNode document;
            TreeBuilder builder(document, limits); // anchors are per document, as YAML says
            YamlEvents events(builder);
            if (!parser.HandleNextDocument(events))
                return true;
            documents.push_back(std::move(document));
        }
    });
}

bool parseJson(std::string_view text, SourceNode &root, ParseError &error, const ParseLimits &limits)
{
    root = SourceNode{};
    TreeBuilder builder(root, limits);
    LineCursor lines(text);
    size_t consumed = 0;
    JsonEvents events(builder, lines, text, consumed);
    try {
        CountingIterator first(text.data(), text.data(), &consumed);
        CountingIterator last(text.data() + text.size(), text.data(), &consumed);
        if (!nlohmann::json::sax_parse(first, last, &events)) {
            error = events.m_error;
            return false;
        }
    } catch (const StopParsing &stop) {
        error = stop.error;
        return false;
    } catch (const nlohmann::json::exception &ex) {
        error = {{1, 1}, QString::fromUtf8(ex.what())};
        return false;
    }
    return true;
}

} // namespace sd

namespace sd {

std::optional<qint64> scalarToInt(const SourceNode &node)
{
    if (!node.isScalar() || node.quoted || node.text.empty())
        return std::nullopt;
    const std::string &t = node.text;
    qint64 value = 0;
    const char *begin = t.data() + (t[0] == '+' ? 1 : 0);
    auto [end, ec] = std::from_chars(begin, t.data() + t.size(), value);
    if (ec != std::errc() || end != t.data() + t.size())
        return std::nullopt;
    return value;
}

std::optional<double> scalarToDouble(const SourceNode &node)
{
    if (!node.isScalar() || node.quoted || node.text.empty())
        return std::nullopt;
    const std::string &t = node.text;
    double value = 0;
    const char *begin = t.data() + (t[0] == '+' ? 1 : 0);
    auto [end, ec] = std::from_chars(begin, t.data() + t.size(), value);
    if (ec != std::errc() || end != t.data() + t.size() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<bool> scalarToBool(const SourceNode &node)
{
    if (!node.isScalar() || node.quoted)
        return std::nullopt;
    if (node.text == "true" || node.text == "True" || node.text == "TRUE")
        return true;
    if (node.text == "false" || node.text == "False" || node.text == "FALSE")
        return false;
    return std::nullopt;
}

QVariant scalarToVariant(const SourceNode &node)
{
    if (!node.isScalar())
        return {};
    if (auto b = scalarToBool(node))
        return *b;
    if (auto i = scalarToInt(node))
        return *i;
    if (auto d = scalarToDouble(node))
        return *d;
    return QString::fromStdString(node.text);
}

} // namespace sd
