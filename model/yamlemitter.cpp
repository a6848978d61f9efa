// SPDX-License-Identifier: MIT
#include "yamlemitter.h"

#include <array>
#include <charconv>
#include <cmath>

namespace sd {
namespace {

bool isPlainSafe(const std::string &s)
{
    if (s.empty() || s.size() > 200)
        return false;
    // Words YAML 1.1 or 1.2 read as booleans or null, in any case.
    static const std::array<const char *, 11> special = {"true", "false", "yes", "no", "on", "off",
                                                         "y", "n", "null", "~", "<<"};
    std::string lower;
    for (char c : s)
        lower += char(std::tolower(static_cast<unsigned char>(c)));
    for (const char *word : special)
        if (lower == word)
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

void appendQuoted(std::string &out, const std::string &s)
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

void indent(std::string &out, int level) { out.append(size_t(level) * 2, ' '); }

bool isFlowList(const nlohmann::ordered_json &v)
{
    if (!v.is_array() || v.empty() || v.size() > 8)
        return false;
    for (const auto &item : v)
        if (!item.is_number() && !item.is_boolean())
            return false;
    return true;
}

void emitScalar(std::string &out, const nlohmann::ordered_json &v, int level);

void emitValue(std::string &out, const nlohmann::ordered_json &v, int level, bool inSequence);

void emitScalar(std::string &out, const nlohmann::ordered_json &v, int level)
{
    if (v.is_null()) {
        out += "~";
    } else if (v.is_boolean()) {
        out += v.get<bool>() ? "true" : "false";
    } else if (v.is_number_integer()) {
        out += v.dump();
    } else if (v.is_number_float()) {
        out += formatNumber(v.get<double>());
    } else if (v.is_string()) {
        const std::string &s = v.get_ref<const std::string &>();
        if (isLiteralBlockFriendly(s)) {
            out += s.back() == '\n' ? "|" : "|-";
            size_t start = 0;
            while (start < s.size()) {
                size_t end = s.find('\n', start);
                if (end == std::string::npos)
                    end = s.size();
                out += '\n';
                if (end > start) {
                    indent(out, level + 1);
                    out.append(s, start, end - start);
                }
                start = end + 1;
            }
        } else {
            out += yamlScalar(s);
        }
    }
}

void emitMap(std::string &out, const nlohmann::ordered_json &v, int level, bool firstInline)
{
    bool first = true;
    for (auto it = v.begin(); it != v.end(); ++it) {
        if (!(first && firstInline))
            indent(out, level);
        first = false;
        out += yamlScalar(it.key());
        out += ':';
        emitValue(out, it.value(), level, false);
    }
}

void emitValue(std::string &out, const nlohmann::ordered_json &v, int level, bool)
{
    if (v.is_object()) {
        if (v.empty()) {
            out += " {}\n";
            return;
        }
        out += '\n';
        emitMap(out, v, level + 1, false);
    } else if (v.is_array()) {
        if (v.empty()) {
            out += " []\n";
        } else if (isFlowList(v)) {
            out += " [";
            for (size_t i = 0; i < v.size(); ++i) {
                if (i)
                    out += ", ";
                emitScalar(out, v[i], level);
            }
            out += "]\n";
        } else {
            out += '\n';
            for (const auto &item : v) {
                indent(out, level + 1);
                out += "- ";
                if (item.is_object() && !item.empty()) {
                    emitMap(out, item, level + 2, true);
                } else if (isFlowList(item)) {
                    // A list of points (a connection's waypoints): each point on a line of its
                    // own, written like a position.
                    out += '[';
                    for (size_t i = 0; i < item.size(); ++i) {
                        if (i)
                            out += ", ";
                        emitScalar(out, item[i], level + 1);
                    }
                    out += "]\n";
                } else if (item.is_array()) {
                    // Other nested lists are rare in designs; flow style keeps them on one line.
                    out += item.dump();
                    out += '\n';
                } else {
                    emitScalar(out, item, level + 1);
                    out += '\n';
                }
            }
        }
    } else {
        out += ' ';
        emitScalar(out, v, level);
        out += '\n';
    }
}

} // namespace

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

std::string emitYaml(const nlohmann::ordered_json &value)
{
    std::string out;
    out.reserve(1 << 16);
    if (value.is_object())
        emitMap(out, value, 0, false);
    else
        emitValue(out, value, -1, false);
    return out;
}

} // namespace sd
