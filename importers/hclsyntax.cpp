// SPDX-License-Identifier: MIT
// A recursive-descent parser for the HCL native syntax, after hclsyntax/spec.md: the scanner is
// folded into the parser because templates switch the lexical mode ("${" inside a string starts
// an expression, "}" ends it). Newlines end attributes; inside ( ) and [ ] they are ignored, inside
// { } they separate object items, as the spec says.
#include "hclsyntax.h"

#include "importreport.h"

#include <QSet>

#include <climits>

namespace sd::hcl {

std::optional<QString> Expr::literalString() const
{
    if (kind == Kind::Literal && value.typeId() == QMetaType::QString)
        return value.toString();
    if (kind == Kind::Template && children.size() == 1 && children[0].kind == Kind::Literal)
        return children[0].value.toString();
    if (kind == Kind::Template && children.empty())
        return QString();
    return std::nullopt;
}

const Attribute *Block::attribute(const QString &attributeName) const
{
    for (const Attribute &a : attributes)
        if (a.name == attributeName)
            return &a;
    return nullptr;
}

std::vector<const Block *> Block::blocksOfType(const QString &blockType) const
{
    std::vector<const Block *> found;
    for (const Block &b : blocks)
        if (b.type == blockType)
            found.push_back(&b);
    return found;
}

QString Reference::toString() const
{
    QString text;
    for (const QString &part : parts) {
        if (!text.isEmpty() && !part.startsWith(QLatin1Char('[')))
            text += QLatin1Char('.');
        text += part;
    }
    return text;
}

namespace {

/// Thrown inside the parser only, caught by parse(): the first error ends the parse.
struct Failure {
    SyntaxError error;
};

bool isIdStart(QChar c) { return c.isLetter() || c == QLatin1Char('_'); }
bool isIdContinue(QChar c) { return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('-'); }

class Parser
{
public:
    Parser(const QString &text, const Limits &limits) : m_text(text), m_limits(limits) {}

    Block file()
    {
        Block body;
        parseBody(body, /*closing=*/false);
        return body;
    }

private:
    // --- characters and positions -------------------------------------------------------------
    QChar peek(qsizetype ahead = 0) const
    {
        const qsizetype at = m_at + ahead;
        return at < m_text.size() ? m_text.at(at) : QChar();
    }
    bool atEnd() const { return m_at >= m_text.size(); }
    bool lookingAt(const char *s) const
    {
        for (qsizetype i = 0; s[i]; ++i)
            if (peek(i) != QLatin1Char(s[i]))
                return false;
        return true;
    }
    void advance(qsizetype n = 1)
    {
        for (qsizetype i = 0; i < n && m_at < m_text.size(); ++i) {
            if (m_text.at(m_at) == QLatin1Char('\n')) {
                ++m_line;
                m_column = 1;
            } else if (!m_text.at(m_at).isLowSurrogate()) {
                ++m_column;
            }
            ++m_at;
        }
    }
    Position here() const { return {m_line, m_column}; }

    [[noreturn]] void fail(const QString &message, std::optional<Position> at = std::nullopt) const
    {
        throw Failure{{at.value_or(here()), message}};
    }
    QString describeHere() const
    {
        if (atEnd())
            return ImportText::tr("the end of the file");
        const QChar c = peek();
        if (c == QLatin1Char('\n'))
            return ImportText::tr("a new line");
        if (c.isPrint())
            return QStringLiteral("'%1'").arg(c);
        return ImportText::tr("the character U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
    }

    /// Depth of blocks and expressions: a guard against stack exhaustion by nesting.
    class Nesting
    {
    public:
        explicit Nesting(Parser &p) : m_p(p)
        {
            if (++m_p.m_depth > m_p.m_limits.maxDepth)
                m_p.fail(ImportText::tr("nested more than %1 levels deep").arg(m_p.m_limits.maxDepth));
        }
        ~Nesting() { --m_p.m_depth; }
        Nesting(const Nesting &) = delete;
        Nesting &operator=(const Nesting &) = delete;

    private:
        Parser &m_p;
    };

    /// Skips blanks and comments; newlines too unless they are significant here.
    void skip(bool newlines)
    {
        while (!atEnd()) {
            const QChar c = peek();
            if (c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\r')) {
                advance();
            } else if (c == QLatin1Char('\n') && newlines) {
                advance();
            } else if (c == QLatin1Char('#') || lookingAt("//")) {
                while (!atEnd() && peek() != QLatin1Char('\n'))
                    advance();
            } else if (lookingAt("/*")) {
                const Position start = here();
                advance(2);
                while (!atEnd() && !lookingAt("*/"))
                    advance();
                if (atEnd())
                    fail(ImportText::tr("unterminated comment: '/*' without '*/'"), start);
                advance(2);
            } else if (c == QChar(0)) {
                fail(ImportText::tr("binary data (a NUL byte): not an HCL text file"));
            } else {
                break;
            }
        }
    }
    /// Skips within an expression: newlines count only at the top of a body or object.
    void skipInExpr() { skip(m_newlinesIgnored > 0); }

    void expect(QChar c, const QString &what)
    {
        skipInExpr();
        if (peek() != c)
            fail(ImportText::tr("expected %1, found %2").arg(what, describeHere()));
        advance();
    }

    QString identifier()
    {
        if (!isIdStart(peek()))
            fail(ImportText::tr("expected a name, found %1").arg(describeHere()));
        const qsizetype start = m_at;
        while (isIdContinue(peek()))
            advance();
        return m_text.mid(start, m_at - start);
    }

    // --- bodies ---------------------------------------------------------------------------------
    void parseBody(Block &into, bool closing)
    {
        QSet<QString> seen;
        for (;;) {
            skip(true);
            if (atEnd()) {
                if (closing)
                    fail(ImportText::tr("unterminated block: '{' at line %1 without '}'").arg(into.pos.line));
                return;
            }
            if (closing && peek() == QLatin1Char('}')) {
                advance();
                return;
            }
            const Position start = here();
            const QString name = identifier();
            skip(false);
            if (peek() == QLatin1Char('=') && peek(1) != QLatin1Char('=')) {
                advance();
                if (seen.contains(name))
                    fail(ImportText::tr("the attribute '%1' is set twice").arg(name), start);
                seen.insert(name);
                Attribute a;
                a.name = name;
                a.pos = start;
                a.value = expression();
                into.attributes.push_back(std::move(a));
                endOfItem();
                continue;
            }
            Block b;
            b.type = name;
            b.pos = start;
            for (;;) {
                skip(false);
                if (peek() == QLatin1Char('"')) {
                    const Expr label = quotedTemplate();
                    const std::optional<QString> text = label.literalString();
                    if (!text)
                        fail(ImportText::tr("a block label cannot contain interpolations"), label.pos);
                    b.labels.append(*text);
                } else if (isIdStart(peek())) {
                    b.labels.append(identifier());
                } else {
                    break;
                }
            }
            if (peek() != QLatin1Char('{'))
                fail(ImportText::tr("expected '=' or a block's '{' after '%1', found %2").arg(name, describeHere()));
            advance();
            {
                Nesting guard(*this);
                const int saved = m_newlinesIgnored;
                m_newlinesIgnored = 0;
                skip(false);
                // A one-line block `b { a = 1 }` ends right after its attribute.
                parseBody(b, true);
                m_newlinesIgnored = saved;
            }
            into.blocks.push_back(std::move(b));
            endOfItem();
        }
    }

    /// After an attribute or block: a newline, a comment, the end, or a closing brace.
    void endOfItem()
    {
        skip(false);
        if (atEnd() || peek() == QLatin1Char('\n') || peek() == QLatin1Char('}'))
            return;
        fail(ImportText::tr("expected a new line after the item, found %1").arg(describeHere()));
    }

    // --- expressions ---------------------------------------------------------------------------
    Expr expression()
    {
        Nesting guard(*this);
        Expr condition = binary(0);
        skipInExpr();
        if (peek() != QLatin1Char('?'))
            return condition;
        Expr e;
        e.kind = Expr::Kind::Conditional;
        e.pos = condition.pos;
        advance();
        e.children.push_back(std::move(condition));
        e.children.push_back(expression());
        expect(QLatin1Char(':'), QStringLiteral("':'"));
        e.children.push_back(expression());
        return e;
    }

    /// The binary operator here, if any, and its precedence (higher binds tighter).
    std::optional<std::pair<QString, int>> binaryOperator()
    {
        skipInExpr();
        static const std::pair<const char *, int> ops[] = {{"||", 1}, {"&&", 2}, {"==", 3}, {"!=", 3}, {"<=", 4}, {">=", 4},
                                                            {"<", 4},  {">", 4},  {"+", 5},  {"-", 5},  {"*", 6},  {"/", 6}, {"%", 6}};
        for (const auto &[op, precedence] : ops)
            if (lookingAt(op)) {
                // "=>" of a for-expression and "/*" or "//" comments are not operators.
                if ((op[0] == '>' || op[0] == '<') && op[1] == 0 && peek(1) == QLatin1Char('='))
                    continue;
                return std::make_pair(QString::fromLatin1(op), precedence);
            }
        return std::nullopt;
    }

    Expr binary(int minPrecedence)
    {
        Expr left = unary();
        for (;;) {
            const auto op = binaryOperator();
            if (!op || op->second <= minPrecedence)
                return left;
            Nesting guard(*this);
            advance(op->first.size());
            Expr e;
            e.kind = Expr::Kind::Binary;
            e.pos = left.pos;
            e.name = op->first;
            e.children.push_back(std::move(left));
            e.children.push_back(binary(op->second));
            left = std::move(e);
        }
    }

    Expr unary()
    {
        skipInExpr();
        if (peek() == QLatin1Char('!') || peek() == QLatin1Char('-')) {
            Nesting guard(*this);
            Expr e;
            e.kind = Expr::Kind::Unary;
            e.pos = here();
            e.name = peek();
            advance();
            e.children.push_back(unary());
            return e;
        }
        return postfix(primary());
    }

    Expr postfix(Expr e)
    {
        for (;;) {
            // A newline ends the expression in a body: `a = b` then `[x]` on the next line is not an index.
            skipInExpr();
            if (peek() == QLatin1Char('.') && peek(1) != QLatin1Char('.')) {
                const Position at = here();
                advance();
                if (peek() == QLatin1Char('*')) {
                    advance();
                    e = splat(std::move(e), at, /*attributeOnly=*/true);
                    continue;
                }
                Expr next;
                next.pos = at;
                if (peek().isDigit()) { // legacy index: list.0
                    next.kind = Expr::Kind::Index;
                    Expr key;
                    key.pos = here();
                    key.value = number();
                    next.children.push_back(std::move(e));
                    next.children.push_back(std::move(key));
                    e = std::move(next);
                } else {
                    e = attributeStep(std::move(e), at);
                }
            } else if (peek() == QLatin1Char('[')) {
                const Position at = here();
                advance();
                ++m_newlinesIgnored;
                skipInExpr();
                if (peek() == QLatin1Char('*')) {
                    advance();
                    expect(QLatin1Char(']'), QStringLiteral("']'"));
                    --m_newlinesIgnored;
                    e = splat(std::move(e), at, false);
                    continue;
                }
                e = indexStep(std::move(e), at);
            } else {
                return e;
            }
        }
    }

    /// `of[key]`, after the "[" (newlines ignored until the "]"): the key and the closing bracket.
    Expr indexStep(Expr of, Position at)
    {
        Expr next;
        next.kind = Expr::Kind::Index;
        next.pos = at;
        next.children.push_back(std::move(of));
        next.children.push_back(expression());
        expect(QLatin1Char(']'), QStringLiteral("']'"));
        --m_newlinesIgnored;
        return next;
    }

    /// `of.name`, at the name.
    Expr attributeStep(Expr of, Position at)
    {
        Expr next;
        next.kind = Expr::Kind::GetAttr;
        next.pos = at;
        next.name = identifier();
        next.children.push_back(std::move(of));
        return next;
    }

    /// A splat, then the attribute (and, for [*], index) steps that apply to each element.
    Expr splat(Expr source, Position at, bool attributeOnly)
    {
        Nesting guard(*this);
        Expr each;
        each.kind = Expr::Kind::SplatItem;
        each.pos = at;
        for (;;) {
            if (peek() == QLatin1Char('.') && isIdStart(peek(1))) {
                const Position p = here();
                advance();
                each = attributeStep(std::move(each), p);
            } else if (!attributeOnly && peek() == QLatin1Char('[')) {
                const Position p = here();
                advance();
                ++m_newlinesIgnored;
                each = indexStep(std::move(each), p);
            } else {
                break;
            }
        }
        Expr e;
        e.kind = Expr::Kind::Splat;
        e.pos = at;
        e.children.push_back(std::move(source));
        e.children.push_back(std::move(each));
        return e;
    }

    QVariant number()
    {
        const Position start = here();
        const qsizetype from = m_at;
        while (peek().isDigit())
            advance();
        bool fractional = false;
        if (peek() == QLatin1Char('.') && peek(1).isDigit()) {
            fractional = true;
            advance();
            while (peek().isDigit())
                advance();
        }
        if ((peek() == QLatin1Char('e') || peek() == QLatin1Char('E'))
            && (peek(1).isDigit() || ((peek(1) == QLatin1Char('+') || peek(1) == QLatin1Char('-')) && peek(2).isDigit()))) {
            fractional = true;
            advance(2);
            while (peek().isDigit())
                advance();
        }
        const QString text = m_text.mid(from, m_at - from);
        bool ok = false;
        if (!fractional) {
            const qlonglong n = text.toLongLong(&ok);
            if (ok)
                return n;
        }
        const double d = text.toDouble(&ok);
        if (!ok)
            fail(ImportText::tr("the number %1 is out of range").arg(text.left(40)), start);
        return d;
    }

    Expr primary()
    {
        skipInExpr();
        Expr e;
        e.pos = here();
        const QChar c = peek();
        if (c.isDigit()) {
            e.value = number();
            return e;
        }
        if (c == QLatin1Char('"'))
            return quotedTemplate();
        if (lookingAt("<<"))
            return heredoc();
        if (c == QLatin1Char('['))
            return tupleOrFor();
        if (c == QLatin1Char('{'))
            return objectOrFor();
        if (c == QLatin1Char('(')) {
            Nesting guard(*this);
            advance();
            ++m_newlinesIgnored;
            e.kind = Expr::Kind::Parens;
            e.children.push_back(expression());
            expect(QLatin1Char(')'), QStringLiteral("')'"));
            --m_newlinesIgnored;
            return e;
        }
        if (isIdStart(c)) {
            QString name = identifier();
            // Provider-defined functions: provider::aws::arn_parse(...)
            while (lookingAt("::") && isIdStart(peek(2))) {
                advance(2);
                name += QStringLiteral("::") + identifier();
            }
            skip(false);
            if (peek() == QLatin1Char('('))
                return call(name, e.pos);
            if (name == QLatin1String("true") || name == QLatin1String("false")) {
                e.value = name == QLatin1String("true");
                return e;
            }
            if (name == QLatin1String("null"))
                return e;
            e.kind = Expr::Kind::Variable;
            e.name = name;
            return e;
        }
        if (atEnd())
            fail(ImportText::tr("expected an expression, found the end of the file"));
        fail(ImportText::tr("expected an expression, found %1").arg(describeHere()));
    }

    Expr call(const QString &name, Position at)
    {
        Nesting guard(*this);
        Expr e;
        e.kind = Expr::Kind::Call;
        e.pos = at;
        e.name = name;
        advance(); // (
        ++m_newlinesIgnored;
        skipInExpr();
        while (peek() != QLatin1Char(')')) {
            e.children.push_back(expression());
            skipInExpr();
            if (lookingAt("...")) {
                advance(3);
                e.expandFinal = true;
                skipInExpr();
                if (peek() == QLatin1Char(','))
                    advance();
                skipInExpr();
                if (peek() != QLatin1Char(')'))
                    fail(ImportText::tr("'...' may only follow the last argument of %1()").arg(name));
                break;
            }
            if (peek() == QLatin1Char(',')) {
                advance();
                skipInExpr();
            } else if (peek() != QLatin1Char(')')) {
                fail(ImportText::tr("expected ',' or ')' in the arguments of %1(), found %2").arg(name, describeHere()));
            }
        }
        advance();
        --m_newlinesIgnored;
        return e;
    }

    /// The one or two names of a for-expression or template for directive (`k, v` or `v`), up to `in`.
    void forNames(Expr &e)
    {
        skipInExpr();
        e.forNames.append(identifier());
        skipInExpr();
        if (peek() == QLatin1Char(',')) {
            advance();
            skipInExpr();
            e.forNames.append(identifier());
            skipInExpr();
        }
    }

    /// After `[for` or `{for`: the names, `in`, the collection and `:`.
    void forHead(Expr &e)
    {
        forNames(e);
        if (!lookingAt("in") || isIdContinue(peek(2)))
            fail(ImportText::tr("expected 'in' in the for-expression, found %1").arg(describeHere()));
        advance(2);
        e.children.push_back(expression());
        expect(QLatin1Char(':'), QStringLiteral("':'"));
    }

    /// The optional `if` of a for-expression, then the closing bracket.
    void forTail(Expr &e, QChar close)
    {
        skipInExpr();
        if (lookingAt("...")) // grouping mode of object for-expressions
            advance(3);
        skipInExpr();
        if (lookingAt("if") && !isIdContinue(peek(2))) {
            advance(2);
            e.children.push_back(expression());
        } else {
            e.children.push_back(Expr{}); // no condition: a null literal in its place
        }
        expect(close, QStringLiteral("'%1'").arg(close));
    }

    bool lookingAtFor() const { return lookingAt("for") && !isIdContinue(peek(3)); }

    Expr tupleOrFor()
    {
        Nesting guard(*this);
        Expr e;
        e.pos = here();
        advance(); // [
        ++m_newlinesIgnored;
        skipInExpr();
        if (lookingAtFor()) {
            advance(3);
            e.kind = Expr::Kind::For;
            e.name = QStringLiteral("tuple");
            forHead(e);
            e.children.push_back(expression());
            e.children.push_back(Expr{}); // no key expression in a tuple for
            forTail(e, QLatin1Char(']'));
            --m_newlinesIgnored;
            return e;
        }
        e.kind = Expr::Kind::Tuple;
        while (peek() != QLatin1Char(']')) {
            if (atEnd())
                fail(ImportText::tr("unterminated list: '[' at line %1 without ']'").arg(e.pos.line), e.pos);
            e.children.push_back(expression());
            skipInExpr();
            if (peek() == QLatin1Char(',')) {
                advance();
                skipInExpr();
            } else if (atEnd()) {
                fail(ImportText::tr("unterminated list: '[' at line %1 without ']'").arg(e.pos.line), e.pos);
            } else if (peek() != QLatin1Char(']')) {
                fail(ImportText::tr("expected ',' or ']' in the list, found %1").arg(describeHere()));
            }
        }
        advance();
        --m_newlinesIgnored;
        return e;
    }

    Expr objectOrFor()
    {
        Nesting guard(*this);
        Expr e;
        e.pos = here();
        advance(); // {
        const int saved = m_newlinesIgnored;
        m_newlinesIgnored = 1;
        skipInExpr();
        if (lookingAtFor()) {
            advance(3);
            e.kind = Expr::Kind::For;
            e.name = QStringLiteral("object");
            forHead(e);
            Expr key = expression();
            skipInExpr();
            if (!lookingAt("=>"))
                fail(ImportText::tr("expected '=>' in the object for-expression, found %1").arg(describeHere()));
            advance(2);
            Expr value = expression();
            e.children.push_back(std::move(value));
            e.children.push_back(std::move(key));
            forTail(e, QLatin1Char('}'));
            m_newlinesIgnored = saved;
            return e;
        }
        e.kind = Expr::Kind::Object;
        // Items are separated by commas or newlines; newlines inside an item's value end it.
        m_newlinesIgnored = 0;
        for (;;) {
            skip(true);
            if (peek() == QLatin1Char('}'))
                break;
            if (atEnd())
                fail(ImportText::tr("unterminated object: '{' at line %1 without '}'").arg(e.pos.line), e.pos);
            Expr key = expression();
            skip(false);
            if (peek() != QLatin1Char('=') && peek() != QLatin1Char(':'))
                fail(ImportText::tr("expected '=' or ':' after the object key, found %1").arg(describeHere()));
            advance();
            Expr value = expression();
            e.children.push_back(std::move(key));
            e.children.push_back(std::move(value));
            skip(false);
            if (peek() == QLatin1Char(','))
                advance();
            else if (peek() != QLatin1Char('\n') && peek() != QLatin1Char('}'))
                fail(ImportText::tr("expected ',', a new line or '}' after the object item, found %1").arg(describeHere()));
        }
        advance();
        m_newlinesIgnored = saved;
        return e;
    }

    // --- templates ------------------------------------------------------------------------------
    /// A quoted string: literal parts with escapes, interpolations and directives, up to the closing quote.
    /// A node of the kind, placed here.
    Expr node(Expr::Kind kind) const
    {
        Expr e;
        e.kind = kind;
        e.pos = here();
        return e;
    }

    Expr quotedTemplate()
    {
        Nesting guard(*this);
        Expr e = node(Expr::Kind::Template);
        advance(); // "
        templateParts(e.children, /*heredocEnd=*/{}, /*quoted=*/true, e.pos);
        return e;
    }

    /// Reads template parts until the end of the string (or heredoc), or a directive keyword that
    /// closes an enclosing directive (returned so the caller can check it).
    QString templateParts(std::vector<Expr> &parts, const QString &heredocEnd, bool quoted, Position start)
    {
        QString literal;
        Position literalStart = here();
        const auto flush = [&] {
            if (!literal.isEmpty()) {
                Expr l;
                l.pos = literalStart;
                l.value = literal;
                parts.push_back(std::move(l));
                literal.clear();
            }
        };
        for (;;) {
            if (atEnd()) {
                if (quoted)
                    fail(ImportText::tr("unterminated string: the quote at line %1, column %2 is never closed").arg(start.line).arg(start.column), start);
                fail(ImportText::tr("unterminated heredoc: no line '%1' closes the heredoc of line %2").arg(heredocEnd).arg(start.line), start);
            }
            const QChar c = peek();
            if (quoted && c == QLatin1Char('"')) {
                advance();
                flush();
                return {};
            }
            if (quoted && c == QLatin1Char('\n'))
                fail(ImportText::tr("unterminated string: the line ends inside the quotes (use a heredoc for several lines)"), start);
            if (!quoted && c == QLatin1Char('\n')) {
                // A line holding only the delimiter (and, for <<-, blanks) ends the heredoc.
                advance();
                qsizetype ahead = 0;
                while (peek(ahead) == QLatin1Char(' ') || peek(ahead) == QLatin1Char('\t'))
                    ++ahead;
                if (m_text.mid(m_at + ahead, heredocEnd.size()) == heredocEnd) {
                    const QChar after = peek(ahead + heredocEnd.size());
                    if (after.isNull() || after == QLatin1Char('\n') || after == QLatin1Char('\r')) {
                        literal += QLatin1Char('\n');
                        flush();
                        advance(ahead + heredocEnd.size());
                        return {};
                    }
                }
                literal += QLatin1Char('\n');
                continue;
            }
            if (quoted && c == QLatin1Char('\\')) {
                literal += escape();
                continue;
            }
            if ((c == QLatin1Char('$') || c == QLatin1Char('%')) && peek(1) == c && peek(2) == QLatin1Char('{')) {
                literal += c;
                literal += QLatin1Char('{');
                advance(3);
                continue;
            }
            if (c == QLatin1Char('$') && peek(1) == QLatin1Char('{')) {
                flush();
                advance(2);
                parts.push_back(interpolation());
                literalStart = here();
                continue;
            }
            if (c == QLatin1Char('%') && peek(1) == QLatin1Char('{')) {
                flush();
                const Position at = here();
                advance(2);
                const QString keyword = directiveKeyword();
                if (keyword == QLatin1String("if") || keyword == QLatin1String("for")) {
                    parts.push_back(directive(keyword, at, heredocEnd, quoted, start));
                    literalStart = here();
                    continue;
                }
                return keyword; // else / endif / endfor: the enclosing directive checks it
            }
            literal += c;
            advance();
        }
    }

    QString escape()
    {
        const Position at = here();
        advance(); // backslash
        const QChar c = peek();
        advance();
        switch (c.unicode()) {
        case 'n': return QStringLiteral("\n");
        case 'r': return QStringLiteral("\r");
        case 't': return QStringLiteral("\t");
        case '"': return QStringLiteral("\"");
        case '\\': return QStringLiteral("\\");
        case 'u':
        case 'U': {
            const int digits = c == QLatin1Char('u') ? 4 : 8;
            const QString hex = m_text.mid(m_at, digits);
            bool ok = false;
            const uint code = hex.toUInt(&ok, 16);
            if (!ok || hex.size() != digits || code > 0x10FFFF)
                fail(ImportText::tr("invalid escape \\%1: expected %2 hexadecimal digits").arg(c).arg(digits), at);
            advance(digits);
            const char32_t ch = code;
            return QString::fromUcs4(&ch, 1);
        }
        default:
            fail(ImportText::tr("invalid escape sequence '\\%1' in a string").arg(c), at);
        }
    }

    /// `${ expr }` with optional strip markers `~`.
    Expr interpolation()
    {
        const int saved = m_newlinesIgnored;
        m_newlinesIgnored = 1;
        skipInExpr();
        if (peek() == QLatin1Char('~'))
            advance();
        Expr e = expression();
        skipInExpr();
        if (peek() == QLatin1Char('~'))
            advance();
        expect(QLatin1Char('}'), QStringLiteral("'}' closing the interpolation"));
        m_newlinesIgnored = saved;
        return e;
    }

    QString directiveKeyword()
    {
        skip(true);
        if (peek() == QLatin1Char('~'))
            advance();
        skip(true);
        const Position at = here();
        const QString keyword = isIdStart(peek()) ? identifier() : QString();
        static const QStringList known = {QStringLiteral("if"), QStringLiteral("else"), QStringLiteral("endif"), QStringLiteral("for"),
                                          QStringLiteral("endfor")};
        if (!known.contains(keyword))
            fail(ImportText::tr("expected if, else, endif, for or endfor after '%{', found %1").arg(keyword.isEmpty() ? describeHere() : keyword), at);
        return keyword;
    }

    void closeDirectiveTag()
    {
        skip(true);
        if (peek() == QLatin1Char('~'))
            advance();
        expect(QLatin1Char('}'), QStringLiteral("'}' closing the directive"));
    }

    /// `%{ if c }...%{ else }...%{ endif }` or `%{ for x in c }...%{ endfor }`.
    Expr directive(const QString &keyword, Position at, const QString &heredocEnd, bool quoted, Position start)
    {
        Nesting guard(*this);
        Expr e = node(Expr::Kind::Directive);
        e.pos = at;
        e.name = keyword;
        const int saved = m_newlinesIgnored;
        m_newlinesIgnored = 1;
        if (keyword == QLatin1String("for")) {
            forNames(e);
            if (!lookingAt("in") || isIdContinue(peek(2)))
                fail(ImportText::tr("expected 'in' in the template for directive, found %1").arg(describeHere()));
            advance(2);
        }
        e.children.push_back(expression());
        closeDirectiveTag();
        m_newlinesIgnored = saved;
        const QString end = keyword == QLatin1String("if") ? QStringLiteral("endif") : QStringLiteral("endfor");
        for (bool elseSeen = false;;) {
            Expr branch;
            branch.kind = Expr::Kind::Template;
            branch.pos = here();
            const QString closing = templateParts(branch.children, heredocEnd, quoted, start);
            e.children.push_back(std::move(branch));
            if (closing.isEmpty())
                fail(ImportText::tr("the %{%1} directive is never closed with %{%2}").arg(keyword, end), at);
            if (closing == QLatin1String("else") && keyword == QLatin1String("if") && !elseSeen) {
                elseSeen = true;
                closeDirectiveTag();
                continue;
            }
            if (closing != end)
                fail(ImportText::tr("%{%1} does not close %{%2}").arg(closing, keyword));
            closeDirectiveTag();
            return e;
        }
    }

    /// `<<EOF` or `<<-EOF`, the delimiter line, and its lines; <<- strips the common indent.
    Expr heredoc()
    {
        Nesting guard(*this);
        Expr e = node(Expr::Kind::Template);
        advance(2);
        const bool indented = peek() == QLatin1Char('-');
        if (indented)
            advance();
        if (!isIdStart(peek()))
            fail(ImportText::tr("expected the heredoc's delimiter after '<<', found %1").arg(describeHere()));
        const QString delimiter = identifier();
        skip(false);
        if (peek() != QLatin1Char('\n'))
            fail(ImportText::tr("expected a new line after the heredoc's delimiter %1, found %2").arg(delimiter, describeHere()));
        advance();
        // An empty heredoc: the delimiter right on the next line.
        qsizetype ahead = 0;
        while (peek(ahead) == QLatin1Char(' ') || peek(ahead) == QLatin1Char('\t'))
            ++ahead;
        if (m_text.mid(m_at + ahead, delimiter.size()) == delimiter && !isIdContinue(peek(ahead + delimiter.size()))) {
            advance(ahead + delimiter.size());
            return e;
        }
        templateParts(e.children, delimiter, false, e.pos);
        if (indented)
            stripIndent(e.children);
        return e;
    }

    /// <<- removes the smallest indent of the heredoc's lines from each of them (literal parts only).
    static void stripIndent(std::vector<Expr> &parts)
    {
        int common = INT_MAX;
        bool lineStart = true;
        for (const Expr &p : parts) {
            if (p.kind != Expr::Kind::Literal) {
                if (lineStart)
                    common = 0;
                lineStart = false;
                continue;
            }
            const QString text = p.value.toString();
            for (qsizetype i = 0; i < text.size(); ++i) {
                if (lineStart) {
                    int n = 0;
                    while (i + n < text.size() && (text.at(i + n) == QLatin1Char(' ') || text.at(i + n) == QLatin1Char('\t')))
                        ++n;
                    if (i + n < text.size() && text.at(i + n) != QLatin1Char('\n'))
                        common = std::min(common, n);
                    lineStart = false;
                }
                if (text.at(i) == QLatin1Char('\n'))
                    lineStart = true;
            }
        }
        if (common == INT_MAX || common == 0)
            return;
        lineStart = true;
        for (Expr &p : parts) {
            if (p.kind != Expr::Kind::Literal) {
                lineStart = false;
                continue;
            }
            const QString text = p.value.toString();
            QString out;
            for (qsizetype i = 0; i < text.size(); ++i) {
                if (lineStart) {
                    int n = 0;
                    while (n < common && i < text.size() && (text.at(i) == QLatin1Char(' ') || text.at(i) == QLatin1Char('\t'))) {
                        ++i;
                        ++n;
                    }
                    lineStart = false;
                    if (i >= text.size())
                        break;
                }
                out += text.at(i);
                if (text.at(i) == QLatin1Char('\n'))
                    lineStart = true;
            }
            p.value = out;
        }
    }

    const QString &m_text;
    const Limits &m_limits;
    qsizetype m_at = 0;
    int m_line = 1;
    int m_column = 1;
    int m_depth = 0;
    int m_newlinesIgnored = 0; ///< > 0 inside ( ) and [ ]: newlines are blanks there
};

void collectReferences(const Expr &e, QSet<QString> &bound, std::vector<Reference> &out, int depth);

/// A traversal from a variable by attributes and literal indexes, or nothing.
std::optional<Reference> traversal(const Expr &e)
{
    switch (e.kind) {
    case Expr::Kind::Variable:
        return Reference{{e.name}, e.pos};
    case Expr::Kind::GetAttr:
        if (auto r = traversal(e.children[0])) {
            r->parts.append(e.name);
            return r;
        }
        return std::nullopt;
    case Expr::Kind::Index:
        if (auto r = traversal(e.children[0])) {
            const Expr &key = e.children[1];
            if (key.kind == Expr::Kind::Literal && key.value.isValid())
                r->parts.append(key.value.typeId() == QMetaType::QString ? QStringLiteral("[\"%1\"]").arg(key.value.toString())
                                                                          : QStringLiteral("[%1]").arg(key.value.toString()));
            else if (const std::optional<QString> s = key.literalString())
                r->parts.append(QStringLiteral("[\"%1\"]").arg(*s));
            else
                r->parts.append(QStringLiteral("[?]"));
            return r;
        }
        return std::nullopt;
    case Expr::Kind::Splat:
        if (auto r = traversal(e.children[0])) {
            r->parts.append(QStringLiteral("[*]"));
            // The attribute steps after the splat ("[*].id") belong to the same reference.
            std::vector<QString> steps;
            for (const Expr *step = &e.children[1]; step->kind != Expr::Kind::SplatItem; step = &step->children[0])
                steps.push_back(step->kind == Expr::Kind::GetAttr ? step->name : QStringLiteral("[?]"));
            for (auto it = steps.rbegin(); it != steps.rend(); ++it)
                r->parts.append(*it);
            return r;
        }
        return std::nullopt;
    default:
        return std::nullopt;
    }
}

void collectReferences(const Expr &e, QSet<QString> &bound, std::vector<Reference> &out, int depth)
{
    if (depth > 512)
        return; // the parser's limits keep trees far shallower; a guard all the same
    if (e.kind == Expr::Kind::Variable || e.kind == Expr::Kind::GetAttr || e.kind == Expr::Kind::Index || e.kind == Expr::Kind::Splat) {
        if (std::optional<Reference> r = traversal(e)) {
            if (!bound.contains(r->parts.first()))
                out.push_back(std::move(*r));
            // Index keys may hold references of their own: a[var.k].
            for (const Expr *step = &e; step->kind == Expr::Kind::Index || step->kind == Expr::Kind::GetAttr || step->kind == Expr::Kind::Splat;
                 step = &step->children[0])
                if (step->kind == Expr::Kind::Index)
                    collectReferences(step->children[1], bound, out, depth + 1);
            return;
        }
    }
    if (e.kind == Expr::Kind::For || (e.kind == Expr::Kind::Directive && e.name == QLatin1String("for"))) {
        collectReferences(e.children[0], bound, out, depth + 1);
        QSet<QString> inner = bound;
        for (const QString &n : e.forNames)
            inner.insert(n);
        for (size_t i = 1; i < e.children.size(); ++i)
            collectReferences(e.children[i], inner, out, depth + 1);
        return;
    }
    if (e.kind == Expr::Kind::Object) {
        // A bare word as a key is the key's name ({Name = x}), not a variable.
        for (size_t i = 0; i < e.children.size(); ++i)
            if (i % 2 == 1 || e.children[i].kind != Expr::Kind::Variable)
                collectReferences(e.children[i], bound, out, depth + 1);
        return;
    }
    for (const Expr &child : e.children)
        collectReferences(child, bound, out, depth + 1);
}

} // namespace

std::vector<Reference> referencesOf(const Expr &expr)
{
    std::vector<Reference> refs;
    QSet<QString> bound;
    collectReferences(expr, bound, refs, 0);
    return refs;
}

ParseResult parse(const QByteArray &text, const Limits &limits)
{
    ParseResult result;
    if (text.size() > limits.maxBytes) {
        result.error = SyntaxError{{1, 1}, ImportText::tr("the file is larger than %1 MiB").arg(limits.maxBytes / (1024 * 1024))};
        return result;
    }
    QByteArray bytes = text;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    const QString decoded = QString::fromUtf8(bytes);
    Parser parser(decoded, limits);
    try {
        result.body = parser.file();
    } catch (const Failure &failure) {
        result.error = failure.error;
        result.body = {};
    }
    return result;
}

} // namespace sd::hcl
