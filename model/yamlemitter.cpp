// SPDX-License-Identifier: MIT
#include "yamlemitter.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <string_view>

namespace sd {
namespace {

bool isPlainSafe(std::string_view s)
{
    if (s.empty() || s.size() > 200)
        return false;
    // Words YAML 1.1 or 1.2 read as booleans or null, in any case.
    static const std::array<std::string_view, 11> special = {"true", "false", "yes", "no", "on", "off",
                                                             "y", "n", "null", "~", "<<"};
    for (std::string_view word : special)
        if (s.size() == word.size()
            && std::equal(s.begin(), s.end(), word.begin(), [](char a, char b) {
                   return std::tolower(static_cast<unsigned char>(a)) == b;
               }))
            return false;
    const char first = s.front();
    if (!(std::isalpha(static_cast<unsigned char>(first)) || first == '/' || first == '_'))
        return false; // digits, signs, dots and indicators may read as numbers or syntax
    if (s.back() == ' ' || s.back() == ':')
        return false;
    for (size_t i = 0; i < s.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if (c < 0x20 || c == 0x7f || c >= 0x80)
            return false; // keep the file plain ASCII-safe; non-ASCII goes quoted as UTF-8
        switch (c) {
        case '#':
        case '\'':
        case '"':
        case '`':
        case '{':
        case '}':
        case '[':
        case ']':
        case ',':
        case '&':
        case '*':
        case '!':
        case '|':
        case '>':
        case '%':
        case '@':
        case '\\':
            return false;
        case ':':
            if (i + 1 == s.size() || s[i + 1] == ' ')
                return false;
            break;
        default:
            break;
        }
    }
    // A plain scalar that still reads as a number (e.g. "e5" is fine, "inf" is not an issue
    // since it starts with a letter but ".inf" would not).
    return true;
}

void appendQuoted(std::string &out, std::string_view s)
{
    out += '"';
    for (size_t i = 0; i < s.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            if (c < 0x20 || c == 0x7f) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\x%02X", c);
                out += buf;
            } else if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x85) {
                out += "\\u0085"; // a line break to YAML (\u, not \N, which yaml-cpp decodes to a lone byte)
                ++i;
            } else if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80
                       && (static_cast<unsigned char>(s[i + 2]) == 0xA8 || static_cast<unsigned char>(s[i + 2]) == 0xA9)) {
                out += static_cast<unsigned char>(s[i + 2]) == 0xA8 ? "\\u2028" : "\\u2029"; // line and paragraph separators
                i += 2;
            } else if (c == 0xEF && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xBB
                       && static_cast<unsigned char>(s[i + 2]) == 0xBF) {
                out += "\\uFEFF"; // a byte order mark, which YAML readers may drop
                i += 2;
            } else {
                out += char(c); // UTF-8 passes through
            }
        }
    }
    out += '"';
}

bool isLiteralBlockFriendly(const std::string &s)
{
    // Multi-line text reads best as a literal block; only when it round-trips exactly.
    if (s.find('\n') == std::string::npos || s.front() == ' ' || s.front() == '\n')
        return false;
    if (s.size() >= 2 && s[s.size() - 1] == '\n' && s[s.size() - 2] == '\n')
        return false;
    for (unsigned char c : s)
        if ((c < 0x20 && c != '\n') || c == 0x7f)
            return false;
    // Unicode line breaks would be read as line breaks, not as the characters they are.
    if (s.find("\xC2\x85") != std::string::npos || s.find("\xE2\x80\xA8") != std::string::npos
        || s.find("\xE2\x80\xA9") != std::string::npos || s.find("\xEF\xBB\xBF") != std::string::npos)
        return false;
    // Lines after the first must not start with spaces past the block's indentation... they may,
    // but a line of only spaces would be lost; refuse those.
    size_t start = 0;
    while (start < s.size()) {
        size_t end = s.find('\n', start);
        if (end == std::string::npos)
            end = s.size();
        const std::string line = s.substr(start, end - start);
        if (!line.empty() && line.find_first_not_of(' ') == std::string::npos)
            return false;
        if (!line.empty() && line.back() == ' ')
            return false;
        start = end + 1;
    }
    return true;
}

bool isFlowList(const nlohmann::ordered_json &v)
{
    if (!v.is_array() || v.empty() || v.size() > 8)
        return false;
    for (const auto &item : v)
        if (!item.is_number() && !item.is_boolean())
            return false;
    return true;
}

/// Whether yaml-cpp's reader (and any YAML 1.2 reader) reads `s` written plain back as the same
/// text, syntax-wise: no indicator first, no ": " or " #" inside, nothing unprintable. Whether it
/// resolves as a string is not asked here (scalar() asks that).
bool readsBackPlain(std::string_view s, bool inFlow)
{
    if (s.empty() || s == "~" || s == "null" || s == "Null" || s == "NULL")
        return false;
    auto blankOrBreak = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    const char first = s.front();
    const bool endsAfterFirst = s.size() == 1;
    if (blankOrBreak(first))
        return false;
    if (inFlow) {
        if (std::string_view("?,[]{}#&*!|>'\"%@`").find(first) != std::string_view::npos)
            return false;
        if ((first == '-' || first == ':') && (endsAfterFirst || s[1] == ' ' || s[1] == '\t'))
            return false;
    } else {
        if (std::string_view(",[]{}#&*!|>'\"%@`").find(first) != std::string_view::npos)
            return false;
        if ((first == '-' || first == '?' || first == ':') && (endsAfterFirst || blankOrBreak(s[1])))
            return false;
    }
    if (s.back() == ' ')
        return false;
    for (size_t i = 0; i < s.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        const bool last = i + 1 == s.size();
        const unsigned char next = last ? 0 : static_cast<unsigned char>(s[i + 1]);
        if (c < 0x20 || c == 0x7f)
            return false; // tabs, line breaks and the other control characters
        if (c == ':' && (last || blankOrBreak(char(next)) || (inFlow && (next == ',' || next == ']' || next == '}'))))
            return false;
        if (inFlow && std::string_view(",?[]{}").find(char(c)) != std::string_view::npos)
            return false;
        if (c == ' ' && next == '#')
            return false;
        // U+0080..U+009F (NEL among them, a line break to YAML 1.1), U+2028/U+2029 and the byte order mark.
        if (c == 0xC2 && next >= 0x80 && next <= 0x9F)
            return false;
        if (c == 0xE2 && next == 0x80 && i + 2 < s.size()
            && (static_cast<unsigned char>(s[i + 2]) == 0xA8 || static_cast<unsigned char>(s[i + 2]) == 0xA9))
            return false;
        if (c == 0xEF && next == 0xBB && i + 2 < s.size() && static_cast<unsigned char>(s[i + 2]) == 0xBF)
            return false;
    }
    return true;
}

} // namespace

YamlWriter::YamlWriter() { m_out.reserve(4096); }

size_t YamlWriter::lastIndent() const
{
    return m_groups.size() <= 1 ? 0 : m_groups[m_groups.size() - 2].indent;
}

void YamlWriter::newline()
{
    // A line left empty (one that held only an own-line comment, which moved down) is not written.
    if (m_col > 0) {
        m_out += '\n';
        m_col = 0;
    }
    m_lineHasComment = false;
}

void YamlWriter::indentTo(size_t column)
{
    if (m_col == 0) {
        for (const std::string &comment : m_ownLineComments) {
            m_out.append(column, ' ');
            m_out += "# ";
            m_out += comment;
            m_out += '\n';
        }
        m_ownLineComments.clear();
    }
    if (m_col < column) {
        m_out.append(column - m_col, ' ');
        m_col = column;
    }
}

void YamlWriter::spaceOrIndentTo(bool requireSpace, size_t column)
{
    if (m_lineHasComment)
        newline();
    if (m_col > 0 && requireSpace)
        write(" ");
    indentTo(column);
}

void YamlWriter::write(std::string_view text)
{
    m_out.append(text);
    m_col += text.size();
}

void YamlWriter::prepare(Child child)
{
    if (m_groups.empty()) {
        if (child == Child::Scalar)
            spaceOrIndentTo(false, 0);
        else if (child != Child::None && m_commentSinceNode)
            newline();
        return;
    }
    Group &g = m_groups.back();
    if (!g.flow && !g.map) {
        if (child == Child::None)
            return;
        if (g.count > 0 || m_lineHasComment)
            newline();
        indentTo(g.indent);
        write("-");
        if (child == Child::Scalar)
            spaceOrIndentTo(false, g.indent + 2);
        else if (child == Child::BlockSeq)
            newline();
        return;
    }
    if (!g.flow) { // a block mapping
        if (g.count % 2 == 0) {
            if (child == Child::None)
                return;
            if (!m_commentSinceNode && g.count > 0)
                newline();
            spaceOrIndentTo(false, g.indent); // keys are scalars: collections as keys are not written
        } else {
            if (!m_commentSinceNode)
                write(":");
            if (child == Child::Scalar)
                spaceOrIndentTo(true, g.indent + 2);
            else if (child != Child::None)
                newline();
        }
        return;
    }
    // A flow collection: "[a, b]", "{k: v}" on the current line.
    const size_t at = lastIndent();
    const bool key = !g.map || g.count % 2 == 0;
    if (!m_commentSinceNode) {
        if (m_lineHasComment)
            newline();
        indentTo(at);
        write(key ? (g.count == 0 ? (g.map ? "{" : "[") : ",") : ":");
    }
    if (child != Child::None)
        spaceOrIndentTo(!key || g.count > 0, at);
}

void YamlWriter::started()
{
    if (m_groups.empty())
        ++m_topNodes;
    else
        ++m_groups.back().count;
    m_commentSinceNode = false;
    m_nextQuoted = false;
    m_nextFlow = false;
}

void YamlWriter::beginGroup(bool map)
{
    const bool flow = m_nextFlow || (!m_groups.empty() && m_groups.back().flow);
    prepare(flow ? Child::Scalar : map ? Child::BlockMap : Child::BlockSeq);
    const size_t indent = m_groups.empty() ? 0 : m_groups.back().indent + 2;
    started();
    m_groups.push_back({map, flow, indent, 0});
}

void YamlWriter::endGroup(bool map)
{
    if (m_groups.empty() || m_groups.back().map != map)
        return; // unbalanced: a bug of the caller, which the golden tests show
    const Group g = m_groups.back();
    if (g.flow || g.count == 0) {
        // An empty block collection is written in flow style, where it would have started.
        if (m_lineHasComment)
            newline();
        indentTo(g.indent);
        if (!g.flow || (g.count == 0 && !m_commentSinceNode))
            write(map ? "{" : "[");
        write(map ? "}" : "]");
    }
    m_groups.pop_back();
    m_commentSinceNode = false;
}

YamlWriter &YamlWriter::operator<<(yaml::Token token)
{
    switch (token) {
    case yaml::BeginMap:
        beginGroup(true);
        break;
    case yaml::EndMap:
        endGroup(true);
        break;
    case yaml::BeginSeq:
        beginGroup(false);
        break;
    case yaml::EndSeq:
        endGroup(false);
        break;
    case yaml::Flow:
        m_nextFlow = true;
        break;
    case yaml::DoubleQuoted:
        m_nextQuoted = true;
        break;
    case yaml::Key:
    case yaml::Value:
        break;
    }
    return *this;
}

YamlWriter &YamlWriter::operator<<(const yaml::Comment &comment)
{
    prepare(Child::None);
    m_lineHasComment = true;
    m_commentSinceNode = true;
    if (comment.ownLine) {
        // Its line is written when the next one starts; the current line keeps no trailing blanks.
        while (m_col > 0 && m_out.back() == ' ') {
            m_out.pop_back();
            --m_col;
        }
        m_ownLineComments.push_back(yamlCommentText(comment.text));
        return *this;
    }
    if (m_col > 0)
        write("  ");
    write("# ");
    write(yamlCommentText(comment.text));
    return *this;
}

YamlWriter &YamlWriter::operator<<(std::string_view text)
{
    const bool quoted = m_nextQuoted || !readsBackPlain(text, !m_groups.empty() && m_groups.back().flow);
    prepare(Child::Scalar);
    if (quoted) {
        const size_t before = m_out.size();
        appendQuoted(m_out, text);
        m_col += m_out.size() - before;
    } else {
        write(text);
    }
    started();
    return *this;
}

YamlWriter &YamlWriter::operator<<(bool flag) { return writeRaw(flag ? "true" : "false"); }

YamlWriter &YamlWriter::scalar(std::string_view text)
{
    if (!isPlainSafe(text))
        m_nextQuoted = true;
    return *this << text;
}

YamlWriter &YamlWriter::literal(const std::string &text)
{
    if ((!m_groups.empty() && m_groups.back().flow) || !isLiteralBlockFriendly(text))
        return scalar(text);
    prepare(Child::Scalar);
    const size_t column = m_groups.empty() ? 0 : m_groups.back().indent + 2;
    write(text.back() == '\n' ? "|" : "|-");
    for (size_t start = 0; start < text.size();) {
        size_t end = text.find('\n', start);
        if (end == std::string::npos)
            end = text.size();
        m_out += '\n';
        m_col = 0;
        if (end > start) {
            m_out.append(column, ' ');
            m_out.append(text, start, end - start);
            m_col = column + (end - start);
        }
        start = end + 1;
    }
    started();
    return *this;
}

YamlWriter &YamlWriter::writeRaw(std::string_view text)
{
    prepare(Child::Scalar);
    write(text);
    started();
    return *this;
}

std::string YamlWriter::text() const
{
    std::string all = m_out;
    if (m_col > 0)
        all += '\n';
    for (const std::string &comment : m_ownLineComments)
        all += "# " + comment + '\n';
    return all;
}


std::string yamlScalar(const std::string &text)
{
    if (isPlainSafe(text))
        return text;
    std::string out;
    appendQuoted(out, text);
    return out;
}

std::string yamlCommentText(const std::string &text)
{
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if ((c < 0x20 && c != '\t') || c == 0x7f) {
            out += ' ';
        } else if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x85) {
            out += ' ';
            ++i;
        } else if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80
                   && (static_cast<unsigned char>(text[i + 2]) == 0xA8 || static_cast<unsigned char>(text[i + 2]) == 0xA9)) {
            out += ' ';
            i += 2;
        } else {
            out += char(c);
        }
    }
    return out;
}

std::string formatNumber(double value)
{
    if (std::isfinite(value) && value == std::floor(value) && std::abs(value) < 1e15) {
        return std::to_string(static_cast<long long>(value));
    }
    char buf[64];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, value);
    if (ec != std::errc())
        return "0";
    return std::string(buf, end);
}

namespace {

void emitNode(YamlWriter &out, const nlohmann::ordered_json &v)
{
    if (v.is_object()) {
        if (v.empty())
            out << yaml::Flow;
        out << yaml::BeginMap;
        for (auto it = v.begin(); it != v.end(); ++it) {
            out << yaml::Key;
            out.scalar(it.key());
            out << yaml::Value;
            emitNode(out, it.value());
        }
        out << yaml::EndMap;
    } else if (v.is_array()) {
        // Short lists of numbers read best on one line ([40, 60]); so do the rare nested lists.
        if (v.empty() || isFlowList(v))
            out << yaml::Flow;
        out << yaml::BeginSeq;
        for (const auto &item : v) {
            if (item.is_array())
                out << yaml::Flow;
            emitNode(out, item);
        }
        out << yaml::EndSeq;
    } else if (v.is_null()) {
        out.writeRaw("~");
    } else if (v.is_boolean()) {
        out << v.get<bool>();
    } else if (v.is_number_integer()) {
        out.writeRaw(v.dump());
    } else if (v.is_number_float()) {
        out.writeRaw(formatNumber(v.get<double>()));
    } else if (v.is_string()) {
        out.literal(v.get_ref<const std::string &>());
    }
}

} // namespace

std::string emitYaml(const nlohmann::ordered_json &value)
{
    if (value.is_object() && value.empty())
        return {};
    YamlWriter out;
    emitNode(out, value);
    return out.text();
}

} // namespace sd
