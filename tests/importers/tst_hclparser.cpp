// SPDX-License-Identifier: MIT
// The HCL native-syntax parser of the Terraform import (importers/hclsyntax.h): each syntax element,
// the references expressions make, the values the import can know, exact places in errors, and
// hostile input that must end in an error, never a crash or a hang.
#include "hclsyntax.h"
#include "hclvalue.h"

#include <QTest>

using namespace sd;
using namespace sd::hcl;

namespace {

std::optional<QVariant> noScope(const QStringList &) { return std::nullopt; }

QStringList refs(const Expr &e)
{
    QStringList out;
    for (const Reference &r : referencesOf(e))
        out.append(r.toString());
    return out;
}

const Attribute &attr(const ParseResult &p, const char *name)
{
    const Attribute *a = p.body.attribute(QString::fromLatin1(name));
    Q_ASSERT(a);
    return *a;
}

QString errorOf(const QByteArray &text, const Limits &limits = {})
{
    const ParseResult p = parse(text, limits);
    if (p.ok())
        return QStringLiteral("no error");
    return QStringLiteral("%1:%2: %3").arg(p.error->pos.line).arg(p.error->pos.column).arg(p.error->message);
}

} // namespace

class TestHclParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void blocksAndLabels();
    void literals();
    void templatesAndEscapes();
    void heredocs();
    void collectionsAndNewlines();
    void operatorsAndConditionals();
    void forExpressions();
    void splatsAndIndexes();
    void functionCalls();
    void comments();
    void referencesLeaveIterationVariablesOut();
    void errors_data();
    void errors();
    void deepNestingIsRefused();
    void hugeAndBinaryInput();
};

void TestHclParser::blocksAndLabels()
{
    const ParseResult p = parse("resource \"aws_instance\" \"web\" {\n  ami = \"ami-1\"\n  ebs_block_device {\n    size = 8\n  }\n}\n"
                                "locals { one = 1 }\nterraform {}\n");
    QVERIFY(p.ok());
    QCOMPARE(p.body.blocks.size(), size_t(3));
    const Block &r = p.body.blocks[0];
    QCOMPARE(r.type, QStringLiteral("resource"));
    QCOMPARE(r.labels, (QStringList{QStringLiteral("aws_instance"), QStringLiteral("web")}));
    QCOMPARE(r.pos.line, 1);
    QCOMPARE(r.attribute(QStringLiteral("ami"))->pos.line, 2);
    QCOMPARE(r.attribute(QStringLiteral("ami"))->pos.column, 3);
    QCOMPARE(r.blocks[0].type, QStringLiteral("ebs_block_device"));
    QCOMPARE(evaluate(r.blocks[0].attribute(QStringLiteral("size"))->value, noScope)->toLongLong(), 8);
    QCOMPARE(p.body.blocks[1].attribute(QStringLiteral("one"))->value.value.toLongLong(), 1); // one-line block
}

void TestHclParser::literals()
{
    const ParseResult p = parse("a = 42\nb = 1.5e3\nc = true\nd = false\ne = null\nf = -7\ng = \"x\"\n");
    QVERIFY2(p.ok(), qPrintable(errorOf("")));
    QCOMPARE(evaluate(attr(p, "a").value, noScope)->toLongLong(), 42);
    QCOMPARE(evaluate(attr(p, "b").value, noScope)->toDouble(), 1500.0);
    QCOMPARE(evaluate(attr(p, "c").value, noScope)->toBool(), true);
    QCOMPARE(evaluate(attr(p, "d").value, noScope)->toBool(), false);
    QVERIFY(evaluate(attr(p, "e").value, noScope).has_value());
    QVERIFY(!evaluate(attr(p, "e").value, noScope)->isValid()); // a known null
    QCOMPARE(evaluate(attr(p, "f").value, noScope)->toLongLong(), -7);
    QCOMPARE(evaluate(attr(p, "g").value, noScope)->toString(), QStringLiteral("x"));
}

void TestHclParser::templatesAndEscapes()
{
    const ParseResult p = parse(R"(a = "tab\there \"q\" \\ \u00e9 $${literal} %%{x}"
b = "${var.name}-web"
c = "%{ if var.on }yes%{ else }no%{ endif }"
d = "%{ for s in var.list }${s},%{ endfor }"
e = "${~ var.x ~}"
)");
    QVERIFY(p.ok());
    QCOMPARE(evaluate(attr(p, "a").value, noScope)->toString(), QStringLiteral("tab\there \"q\" \\ \u00e9 ${literal} %{x}"));
    const Resolver scope = [](const QStringList &parts) -> std::optional<QVariant> {
        if (parts == QStringList{QStringLiteral("var"), QStringLiteral("name")})
            return QStringLiteral("shop");
        return std::nullopt;
    };
    QCOMPARE(evaluate(attr(p, "b").value, scope)->toString(), QStringLiteral("shop-web"));
    QCOMPARE(refs(attr(p, "c").value), QStringList{QStringLiteral("var.on")});
    QCOMPARE(refs(attr(p, "d").value), QStringList{QStringLiteral("var.list")}); // s is the loop's, not a reference
    QCOMPARE(refs(attr(p, "e").value), QStringList{QStringLiteral("var.x")});
}

void TestHclParser::heredocs()
{
    const ParseResult p = parse("a = <<EOF\nline ${var.x}\n  two\nEOF\nb = <<-EOT\n    indented\n      more\n    EOT\nc = 1\n");
    QVERIFY2(p.ok(), qPrintable(errorOf("a = <<EOF\nline ${var.x}\n  two\nEOF\nb = <<-EOT\n    indented\n      more\n    EOT\nc = 1\n")));
    QCOMPARE(refs(attr(p, "a").value), QStringList{QStringLiteral("var.x")});
    QCOMPARE(evaluate(attr(p, "b").value, noScope)->toString(), QStringLiteral("indented\n  more\n"));
    QCOMPARE(attr(p, "c").pos.line, 9);
}

void TestHclParser::collectionsAndNewlines()
{
    const ParseResult p = parse("a = [\n  1,\n  2\n]\nb = {\n  x = 1\n  \"y\" = 2, z: 3\n}\nc = (\n  1 +\n  2\n)\n");
    QVERIFY(p.ok());
    QCOMPARE(evaluate(attr(p, "a").value, noScope)->toList().size(), 2);
    const QVariantMap b = evaluate(attr(p, "b").value, noScope)->toMap();
    QCOMPARE(b.value(QStringLiteral("x")).toLongLong(), 1);
    QCOMPARE(b.value(QStringLiteral("y")).toLongLong(), 2);
    QCOMPARE(b.value(QStringLiteral("z")).toLongLong(), 3);
    QCOMPARE(evaluate(attr(p, "c").value, noScope)->toLongLong(), 3);
}

void TestHclParser::operatorsAndConditionals()
{
    const ParseResult p = parse("a = 1 + 2 * 3\nb = !true || 2 >= 2 && 1 != 2\nc = 5 % 3 == 2 ? \"yes\" : \"no\"\nd = (1 + 2) * 3\n");
    QVERIFY(p.ok());
    QCOMPARE(evaluate(attr(p, "a").value, noScope)->toLongLong(), 7);
    QCOMPARE(evaluate(attr(p, "b").value, noScope)->toBool(), true);
    QCOMPARE(evaluate(attr(p, "c").value, noScope)->toString(), QStringLiteral("yes"));
    QCOMPARE(evaluate(attr(p, "d").value, noScope)->toLongLong(), 9);
}

void TestHclParser::forExpressions()
{
    const ParseResult p = parse("a = [for s in [1, 2, 3] : s * 2 if s > 1]\nb = {\n  for k, v in {x = 1} :\n  k => v + 1\n}\nc = {for s in var.l : s => s...}\n");
    QVERIFY2(p.ok(), qPrintable(errorOf("c = {for s in var.l : s => s...}\n")));
    QCOMPARE(evaluate(attr(p, "a").value, noScope)->toList(), (QVariantList{qlonglong(4), qlonglong(6)}));
    QCOMPARE(evaluate(attr(p, "b").value, noScope)->toMap().value(QStringLiteral("x")).toLongLong(), 2);
    QCOMPARE(refs(attr(p, "c").value), QStringList{QStringLiteral("var.l")});
}

void TestHclParser::splatsAndIndexes()
{
    const ParseResult p = parse("a = aws_subnet.private[*].id\nb = aws_subnet.private[0].id\nc = var.m[\"k\"]\nd = var.list.0\ne = module.net.out.*.id\n");
    QVERIFY(p.ok());
    QCOMPARE(refs(attr(p, "a").value), QStringList{QStringLiteral("aws_subnet.private[*].id")});
    QCOMPARE(refs(attr(p, "b").value), QStringList{QStringLiteral("aws_subnet.private[0].id")});
    QCOMPARE(refs(attr(p, "c").value), QStringList{QStringLiteral("var.m[\"k\"]")});
    QCOMPARE(refs(attr(p, "d").value), QStringList{QStringLiteral("var.list[0]")});
    QCOMPARE(refs(attr(p, "e").value), QStringList{QStringLiteral("module.net.out[*].id")});
}

void TestHclParser::functionCalls()
{
    const ParseResult p = parse("a = length(concat([1], [2, 3]))\nb = merge({a = 1}, {b = 2})\nc = format(\"%s-%d\", \"x\", 3)\n"
                                "d = jsonencode({Resource = [aws_sqs_queue.jobs.arn]})\ne = max(var.list...)\nf = provider::aws::arn_parse(var.arn)\n");
    QVERIFY(p.ok());
    QCOMPARE(evaluate(attr(p, "a").value, noScope)->toLongLong(), 3);
    QCOMPARE(evaluate(attr(p, "b").value, noScope)->toMap().size(), 2);
    QCOMPARE(evaluate(attr(p, "c").value, noScope)->toString(), QStringLiteral("x-3"));
    QCOMPARE(refs(attr(p, "d").value), QStringList{QStringLiteral("aws_sqs_queue.jobs.arn")});
    QVERIFY(attr(p, "e").value.expandFinal);
    QCOMPARE(attr(p, "f").value.name, QStringLiteral("provider::aws::arn_parse"));
}

void TestHclParser::comments()
{
    const ParseResult p = parse("# hash\n// slashes\n/* block\n comment */ a = 1 # trailing\nb = 2 /* inline */\n");
    QVERIFY2(p.ok(), qPrintable(errorOf("# hash\n// slashes\n/* block\n comment */ a = 1 # trailing\nb = 2 /* inline */\n")));
    QCOMPARE(attr(p, "a").pos.line, 4);
    QCOMPARE(attr(p, "b").pos.line, 5);
}

void TestHclParser::referencesLeaveIterationVariablesOut()
{
    const ParseResult p = parse("a = [for s in aws_subnet.x : s.id if s.public != var.private]\n");
    QVERIFY(p.ok());
    QCOMPARE(refs(attr(p, "a").value), (QStringList{QStringLiteral("aws_subnet.x"), QStringLiteral("var.private")}));
}

void TestHclParser::errors_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unterminated string") << QByteArray("a = 1\nb = \"open\n") << QStringLiteral("2:5: unterminated string: the line ends inside the quotes");
    QTest::newRow("unterminated string at end") << QByteArray("b = \"open") << QStringLiteral("1:5: unterminated string");
    QTest::newRow("unterminated heredoc") << QByteArray("x = 1\nb = <<EOF\nno end\n") << QStringLiteral("2:5: unterminated heredoc");
    QTest::newRow("unterminated block") << QByteArray("resource \"a\" \"b\" {\n  x = 1\n") << QStringLiteral("unterminated block: '{' at line 1");
    QTest::newRow("unterminated comment") << QByteArray("a = 1\n  /* never") << QStringLiteral("2:3: unterminated comment");
    QTest::newRow("missing value") << QByteArray("a =\n") << QStringLiteral("1:4: expected an expression, found a new line");
    QTest::newRow("two attributes on a line") << QByteArray("a = 1 b = 2\n") << QStringLiteral("1:7: expected a new line after the item");
    QTest::newRow("duplicate attribute") << QByteArray("a = 1\na = 2\n") << QStringLiteral("2:1: the attribute 'a' is set twice");
    QTest::newRow("bad escape") << QByteArray("a = \"\\q\"\n") << QStringLiteral("1:6: invalid escape sequence");
    QTest::newRow("unclosed list") << QByteArray("a = [1, 2\n") << QStringLiteral("unterminated list");
    QTest::newRow("label interpolation") << QByteArray("resource \"${x}\" \"b\" {}\n") << QStringLiteral("1:10: a block label cannot contain interpolations");
    QTest::newRow("unclosed directive") << QByteArray("a = \"%{ if x }yes\"\n") << QStringLiteral("never closed with %{endif}");
    QTest::newRow("stray closing brace") << QByteArray("}\n") << QStringLiteral("1:1: expected a name");
    QTest::newRow("a number out of range") << QByteArray("a = 1e999999\n") << QStringLiteral("1:5: the number");
    QTest::newRow("a value where a name belongs") << QByteArray("\"a\" = 1\n") << QStringLiteral("1:1: expected a name, found '\"'");
}

void TestHclParser::errors()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, expected);
    const QString got = errorOf(text);
    QVERIFY2(got.contains(expected), qPrintable(got));
}

void TestHclParser::deepNestingIsRefused()
{
    // 10,000 levels of lists, objects, parentheses and blocks: an error at the limit, not a stack overflow.
    for (const auto &[open, close] : {std::pair<QByteArray, QByteArray>{"[", "]"}, {"{a = ", "}"}, {"(", ")"}, {"\"${", "}\""}}) {
        const QByteArray text = "a = " + open.repeated(10000) + "1" + close.repeated(10000) + "\n";
        const QString got = errorOf(text);
        QVERIFY2(got.contains(QLatin1String("nested more than 64 levels deep")), qPrintable(got.left(200)));
    }
    const QByteArray blocks = QByteArray("b {\n").repeated(10000) + QByteArray("}\n").repeated(10000);
    QVERIFY(errorOf(blocks).contains(QLatin1String("nested more than 64")));
    const QByteArray unary = "a = " + QByteArray("!").repeated(10000) + "true\n";
    QVERIFY(errorOf(unary).contains(QLatin1String("nested more than 64")));
    const QByteArray binary = "a = 1" + QByteArray(" + 1").repeated(100000) + "\n"; // long, but flat: fine
    QVERIFY(parse(binary).ok());
}

void TestHclParser::hugeAndBinaryInput()
{
    Limits small;
    small.maxBytes = 1024 * 1024;
    const QByteArray huge = QByteArray("a = 1\n").repeated(200000); // 1.2 MB
    QVERIFY(errorOf(huge, small).contains(QLatin1String("larger than 1 MiB")));
    // 200,000 attributes within the default limits parse.
    QByteArray many;
    for (int i = 0; i < 200000; ++i)
        many += "a" + QByteArray::number(i) + " = " + QByteArray::number(i) + "\n";
    QVERIFY(parse(many).ok());
    QByteArray junk(4096, '\0');
    for (int i = 0; i < junk.size(); ++i)
        junk[i] = char((i * 7919) % 256);
    const QString got = errorOf(junk);
    QVERIFY2(got != QLatin1String("no error"), qPrintable(got));
    QVERIFY(errorOf(QByteArray("a = 1\n\0\0\0", 9)).contains(QLatin1String("binary data")));
    // Wrong types do not parse into something they are not: an object key without a value, a call without ")".
    QVERIFY(errorOf("a = {b}\n").contains(QLatin1String("expected '=' or ':'")));
    QVERIFY(errorOf("a = f(1\n").contains(QLatin1String("expected ',' or ')'")));
}

QTEST_GUILESS_MAIN(TestHclParser)
#include "tst_hclparser.moc"
