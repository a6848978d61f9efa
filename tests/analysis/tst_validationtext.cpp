// SPDX-License-Identifier: MIT
// Validation texts are filled in one pass (MessageTemplate) instead of chained QString::arg()
// calls; whatever the text and arguments, the result must be what those calls give. Each case
// compares the two, including the ones the fast fill hands back to QString::arg().
#include "analysiscontext.h"

#include <QTest>

using sd::MessageTemplate;
using sd::ValidationMessage;

class TestValidationText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneArgument_data();
    void oneArgument();
    void chainsAndMultiArgs();
    void numbers();
    void noArgumentsSharesTheText();
};

void TestValidationText::oneArgument_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("argument");
    const QString texts[] = {
        QStringLiteral("%1 runs alone."),
        QStringLiteral("Nothing to fill."), // more arguments than placeholders: arg() warns, keeps the text
        QStringLiteral("%2 before %1, %1 twice"),
        QStringLiteral("a 100 % target and %1"),
        QStringLiteral("%10 and %2 and %1"),
        QStringLiteral("%L1 localised"),
        QStringLiteral("%0 zero"),
        QStringLiteral("trailing %"),
        QStringLiteral("%%1 doubled"),
        QStringLiteral("%1%2%3"),
        QStringLiteral("%123 three digits"),
        QString::fromUtf8("%1\u00e4 umlaut after"),
        QString::fromUtf8("%\u0661 Arabic digit"),
        QString(),
    };
    const QString arguments[] = {QStringLiteral("Orders DB"), QString(), QStringLiteral("50%2 off"),
                                 QStringLiteral("%1"), QString::fromUtf8("Zahlung\u00e4")};
    int i = 0;
    for (const QString &text : texts)
        for (const QString &argument : arguments)
            QTest::addRow("%d", i++) << text << argument;
}

void TestValidationText::oneArgument()
{
    QFETCH(QString, text);
    QFETCH(QString, argument);
    const MessageTemplate t(text);
    QCOMPARE(ValidationMessage(t).arg(argument).toString(), text.arg(argument));
}

void TestValidationText::chainsAndMultiArgs()
{
    const QString texts[] = {QStringLiteral("Losing %1 breaks %2: %3 components become unreachable (%4)."),
                             QStringLiteral("%3 %2 %1"), QStringLiteral("%1 and %2 only"), QStringLiteral("%1, %1, %5")};
    const QString a = QStringLiteral("zone a"), b = QStringLiteral("Checkout"), c = QStringLiteral("x%2y"),
                  d = QStringLiteral("D");
    for (const QString &text : texts) {
        const MessageTemplate t(text);
        QCOMPARE(ValidationMessage(t).arg(a, b).arg(d).arg(b).toString(), text.arg(a, b).arg(d).arg(b));
        QCOMPARE(ValidationMessage(t).arg(a).arg(b).toString(), text.arg(a).arg(b));
        QCOMPARE(ValidationMessage(t).arg(c).arg(a).toString(), text.arg(c).arg(a));
        QCOMPARE(ValidationMessage(t).arg(a, c).toString(), text.arg(a, c));
        QCOMPARE(ValidationMessage(t).arg(a, b, c).toString(), text.arg(a, b, c));
        QCOMPARE(ValidationMessage(t).arg(a, b, d, a).toString(), text.arg(a, b, d, a));
    }
}

void TestValidationText::numbers()
{
    for (const QString &text : {QStringLiteral("%1 runs %2 replicas."), QStringLiteral("%L2 of %1"), QStringLiteral("%1")}) {
        const MessageTemplate t(text);
        QCOMPARE(ValidationMessage(t).arg(QStringLiteral("api")).arg(-3).toString(),
                 text.arg(QStringLiteral("api")).arg(-3));
        QCOMPARE(ValidationMessage(t).arg(12345).arg(static_cast<unsigned long>(7)).toString(),
                 text.arg(12345).arg(static_cast<unsigned long>(7)));
    }
}

void TestValidationText::noArgumentsSharesTheText()
{
    const QString text = QString::fromLatin1("Replicas in one zone protect against a crash, 100 %."); // on the heap: shared, not static
    const MessageTemplate t(text);
    const QString out = ValidationMessage(t);
    QCOMPARE(out, text);
    QVERIFY(out.isSharedWith(t.text()));
}

QTEST_GUILESS_MAIN(TestValidationText)
#include "tst_validationtext.moc"
