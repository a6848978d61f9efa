// SPDX-License-Identifier: MIT
// One-click fixes (issue 13): for every fixable rule, a design that raises the finding; the fix
// is offered, the fixed design passes `check` (written and read back), re-validation shows the
// finding gone and no new error, the undo command applies it as one step and undoes it exactly,
// and `stackdraft-cli fix` does the same to a file (with --dry-run writing nothing). The unified
// diff is checked with GNU patch.
#include "catalog.h"
#include "designchangecommand.h"
#include "designio.h"
#include "document.h"
#include "fixes.h"
#include "textdiff.h"
#include "validation.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <random>
#include <set>

#include "designbuilder.h"

using namespace sd;
using sd::test::Builder;
using sd::test::eventStream;

namespace {

struct FixCase {
    const char *rule;
    const char *what;
    std::function<Builder()> build;
    const char *component = nullptr; ///< the finding's first component, when the rule raises several
};

std::vector<FixCase> fixCases()
{
    using B = Builder;
    return {
        {"redundancy.single-replica", "one API replica", [] { return B::good().set("api", "replicas", qint64(1)); }},
        {"redundancy.single-replica", "one API replica in a zone: a second one in another zone",
         [] { return B::good().set("api", "replicas", qint64(1)).move("api", "az-a"); }},
        {"redundancy.single-replica", "autoscaling with a minimum of one",
         [] { return B::good().set("api", "replicas", qint64(1)).set("api", "autoscaling", true).set("api", "minReplicas", qint64(1)); }},
        {"redundancy.single-replica", "a single cache node",
         [] { return B::good().comp("cache", "cache", "r1").conn("api", "cache"); }},
        {"redundancy.no-load-balancer", "WAF calls the replicas directly",
         [] { return B::good().drop("waf", "lb").drop("lb", "api").conn("waf", "api"); }},
        {"redundancy.no-load-balancer", "exposed to the internet with nothing in front",
         [] {
             return B::good()
                 .comp("partner-api", "microservice", "r1", {{"public", true}, {"replicas", qint64(2)}})
                 .conn("partner-api", "db").conn("partner-api", "metrics", true).conn("partner-api", "logs", true);
         }, "partner-api"},
        {"redundancy.chokepoint", "single-zone load balancer", [] { return B::good().set("lb", "multiAz", false); }},
        {"redundancy.quorum", "two brokers", [] { return eventStream(2); }},
        {"redundancy.quorum", "four brokers", [] { return eventStream(4); }},
        {"spread.single-zone", "three replicas in eu-west-1a", [] { return B::good().move("api", "az-a"); }},
        {"spread.zone-loss", "all API replicas in eu-west-1a", [] { return B::good().move("api", "az-a"); }},
        {"spread.zone-loss", "everything single in the only zone (Sock Shop)",
         [] {
             return B::good().set("api", "replicas", qint64(1)).move("api", "az-a").set("db", "multiAz", false).move("db", "az-a");
         }},
        {"data.no-standby", "single database", [] { return B::good().set("db", "multiAz", false); }},
        {"data.backups-off", "backups off", [] { return B::good().set("db", "backups", false); }},
        {"data.backups-off", "backups off with 2 days kept",
         [] { return B::good().set("db", "backups", false).set("db", "backupRetentionDays", qint64(2)); }},
        {"data.short-retention", "3 days", [] { return B::good().set("db", "backupRetentionDays", qint64(3)); }},
        {"data.no-versioning", "bucket without versioning",
         [] { return B::good().comp("bucket", "object-storage", "r1", {{"versioning", false}}).conn("api", "bucket"); }},
        {"data.no-dead-letter", "queue without a dead-letter queue",
         [] {
             return B::good().comp("jobs", "message-queue", "r1", {{"deadLetterQueue", false}})
                 .comp("worker", "microservice", "r1", {{"replicas", qint64(2)}})
                 .conn("api", "jobs", true).conn("jobs", "worker", true).conn("worker", "metrics", true).conn("worker", "logs", true);
         }},
        {"security.no-waf", "users straight to the load balancer",
         [] { return B::good().drop("users", "waf").drop("waf", "lb").conn("users", "lb"); }},
        {"security.no-waf", "a CDN in front of the load balancer, no WAF",
         [] { return B::good().comp("cdn", "cdn", "").drop("users", "waf").drop("waf", "lb").conn("users", "cdn").conn("cdn", "lb"); }},
        {"security.no-waf", "exposed to the internet with nothing in front",
         [] {
             return B::good()
                 .comp("partner-lb", "load-balancer", "r1", {{"public", true}, {"multiAz", true}})
                 .conn("partner-lb", "api");
         }, "partner-lb"},
        {"security.unencrypted", "encryption off", [] { return B::good().set("db", "encryptionAtRest", false); }},
    };
}

const Finding *findingFor(const std::vector<Finding> &findings, const FixCase &c)
{
    for (const Finding &f : findings)
        if (f.ruleId == QLatin1String(c.rule) && (!c.component || f.componentIds.value(0) == QLatin1String(c.component)))
            return &f;
    return nullptr;
}

std::set<QString> errorIds(const std::vector<Finding> &findings)
{
    std::set<QString> ids;
    for (const Finding &f : findings)
        if (f.severity == FindingSeverity::Error && !f.accepted)
            ids.insert(f.id);
    return ids;
}

struct Run {
    int code = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(CLI_EXECUTABLE), args);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestFixes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyFixableRuleIsCovered();
    void fixRemovesTheFindingInTheLibrary();
    void fixIsOneUndoStep();
    void fixThroughTheCli();
    void noFixWhereItIsNotMechanical();
    void cliRefusesWhatItCannotDo();
    void unifiedDiffAppliesWithPatch();
};

void TestFixes::everyFixableRuleIsCovered()
{
    std::set<QString> covered;
    for (const FixCase &c : fixCases())
        covered.insert(QLatin1String(c.rule));
    for (const QString &rule : FixPlanner::fixableRules()) {
        QVERIFY2(validationRule(rule), qPrintable(rule));
        QVERIFY2(covered.count(rule), qPrintable(rule));
    }
    // The seven fixes the issue names are all there.
    for (const char *rule : {"redundancy.single-replica", "data.no-standby", "redundancy.no-load-balancer", "data.no-dead-letter",
                             "data.backups-off", "security.unencrypted", "security.no-waf"})
        QVERIFY(FixPlanner::fixableRules().contains(QLatin1String(rule)));
}

void TestFixes::fixRemovesTheFindingInTheLibrary()
{
    const Catalog &catalog = Catalog::builtin();
    for (const FixCase &c : fixCases()) {
        const QByteArray what = QByteArray(c.rule) + " / " + c.what;
        const Builder b = c.build();
        const std::vector<Finding> before = validateDesign(b.d, catalog);
        const Finding *f = findingFor(before, c);
        QVERIFY2(f, what.constData());
        const std::optional<FindingFix> fix = FixPlanner(b.d, catalog).fixFor(*f);
        QVERIFY2(fix, what.constData());
        QVERIFY2(!fix->title.isEmpty() && !fix->preview.isEmpty(), what.constData());
        Design fixed = b.d;
        QString error;
        QVERIFY2(applyDesignChange(fixed, fix->change, &error), qPrintable(what + ": " + error.toUtf8()));
        // What `check` does: the file written from the fixed design loads without a problem.
        const LoadResult reloaded = readDesign(writeDesign(fixed, DesignFormat::Yaml).toStdString(), DesignFormat::Yaml,
                                               QStringLiteral("fixed.stackdraft.yaml"), catalog);
        QVERIFY2(reloaded.ok(), what.constData());
        const std::vector<Finding> after = validateDesign(*reloaded.design, catalog);
        QVERIFY2(std::none_of(after.begin(), after.end(), [&](const Finding &g) { return g.id == f->id; }), what.constData());
        // And it breaks nothing else: no error that was not there before.
        const std::set<QString> was = errorIds(before);
        for (const QString &id : errorIds(after))
            QVERIFY2(was.count(id), qPrintable(what + ": new error " + id.toUtf8()));
    }
}

void TestFixes::fixIsOneUndoStep()
{
    const Catalog &catalog = Catalog::builtin();
    for (const FixCase &c : fixCases()) {
        const QByteArray what = QByteArray(c.rule) + " / " + c.what;
        const Builder b = c.build();
        Document document(catalog);
        document.reset(b.d);
        const std::vector<Finding> findings = validateDesign(b.d, catalog);
        const Finding *f = findingFor(findings, c);
        QVERIFY2(f, what.constData());
        const Finding finding = *f;
        const std::optional<FindingFix> fix = FixPlanner(document.design(), catalog).fixFor(finding);
        QVERIFY2(fix, what.constData());
        Design expected = b.d;
        QVERIFY(applyDesignChange(expected, fix->change));
        document.undoStack()->push(new ApplyDesignChange(&document, fix->change, fix->title));
        QCOMPARE(document.undoStack()->count(), 1);
        QVERIFY2(writeDesign(document.design(), DesignFormat::Yaml) == writeDesign(expected, DesignFormat::Yaml), what.constData());
        document.undoStack()->undo();
        QVERIFY2(writeDesign(document.design(), DesignFormat::Yaml) == writeDesign(b.d, DesignFormat::Yaml), what.constData());
        document.undoStack()->redo();
        QVERIFY2(writeDesign(document.design(), DesignFormat::Yaml) == writeDesign(expected, DesignFormat::Yaml), what.constData());
    }
}

void TestFixes::fixThroughTheCli()
{
    QTemporaryDir dir;
    int n = 0;
    for (const FixCase &c : fixCases()) {
        const QByteArray what = QByteArray(c.rule) + " / " + c.what;
        const Builder b = c.build();
        const QString path = dir.filePath(QStringLiteral("case-%1.stackdraft.yaml").arg(n++));
        QString error;
        QVERIFY2(saveDesign(b.d, path, DesignFormat::Yaml, &error), qPrintable(error));
        const std::vector<Finding> findings0 = validateDesign(b.d, Catalog::builtin());
        const Finding *f = findingFor(findings0, c);
        QVERIFY2(f, what.constData());
        const QString findingId = f->id;
        QStringList args{QStringLiteral("fix"), path, QStringLiteral("--rule"), QLatin1String(c.rule)};
        if (c.component)
            args << QStringLiteral("--component") << QLatin1String(c.component);
        // --dry-run prints the change and leaves the file alone.
        const QByteArray original = readAll(path);
        const Run dry = cli(args + QStringList{QStringLiteral("--dry-run")});
        QVERIFY2(dry.code == 0, qPrintable(what + ": " + dry.out.toUtf8() + dry.err.toUtf8()));
        QVERIFY2(dry.out.contains(QStringLiteral("Fix: ")) && dry.out.contains(QStringLiteral("\n+++ b/")), what.constData());
        QCOMPARE(readAll(path), original);
        const Run run = cli(args);
        QVERIFY2(run.code == 0, qPrintable(what + ": " + run.out.toUtf8() + run.err.toUtf8()));
        QVERIFY2(run.out.contains(QStringLiteral("wrote ") + path), what.constData());
        QVERIFY2(readAll(path) != original, what.constData());
        const Run check = cli({QStringLiteral("check"), path});
        QVERIFY2(check.code == 0, qPrintable(what + ": " + check.out.toUtf8() + check.err.toUtf8()));
        const Run validate = cli({QStringLiteral("validate"), path, QStringLiteral("--format"), QStringLiteral("json")});
        const QJsonArray findings = QJsonDocument::fromJson(validate.out.toUtf8()).object()[QStringLiteral("findings")].toArray();
        QVERIFY2(!findings.isEmpty(), what.constData());
        for (const QJsonValue &v : findings)
            QVERIFY2(v[QStringLiteral("id")].toString() != findingId, what.constData());
        // Run again: nothing left to fix.
        const Run again = cli(args);
        QCOMPARE(again.code, 0);
        QVERIFY2(again.out.startsWith(QStringLiteral("Nothing to fix")), what.constData());
    }
}

void TestFixes::noFixWhereItIsNotMechanical()
{
    // A single stateful service: a second replica would split its state.
    const Builder stateful = Builder::good().set("api", "replicas", qint64(1)).set("api", "stateful", true);
    const std::vector<Finding> findings = validateDesign(stateful.d, Catalog::builtin());
    const auto single = std::find_if(findings.begin(), findings.end(),
                                     [](const Finding &f) { return f.id == QLatin1String("redundancy.single-replica/api"); });
    QVERIFY(single != findings.end());
    QVERIFY(!FixPlanner(stateful.d, Catalog::builtin()).fixFor(*single));
    // Rules with no mechanical fix offer none.
    for (const Finding &f : validateDesign(sd::test::loopWithoutEntry().d, Catalog::builtin()))
        if (!FixPlanner::fixableRules().contains(f.ruleId))
            QVERIFY(!FixPlanner(sd::test::loopWithoutEntry().d, Catalog::builtin()).fixFor(f));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("stateful.stackdraft.yaml"));
    QVERIFY(saveDesign(stateful.d, path, DesignFormat::Yaml, nullptr));
    const QByteArray original = readAll(path);
    const Run r = cli({QStringLiteral("fix"), path, QStringLiteral("--rule"), QStringLiteral("redundancy.single-replica")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.contains(QStringLiteral("No mechanical fix for redundancy.single-replica/api")), qPrintable(r.out));
    QCOMPARE(readAll(path), original);
}

void TestFixes::cliRefusesWhatItCannotDo()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("good.stackdraft.yaml"));
    QVERIFY(saveDesign(Builder::good().d, path, DesignFormat::Yaml, nullptr));
    auto fix = [&](const QStringList &extra) { return cli(QStringList{QStringLiteral("fix"), path} + extra); };
    QCOMPARE(fix({}).code, 2); // --rule is required
    const Run unknown = fix({QStringLiteral("--rule"), QStringLiteral("no.such-rule")});
    QCOMPARE(unknown.code, 2);
    QVERIFY(unknown.err.contains(QStringLiteral("no.such-rule")));
    const Run notFixable = fix({QStringLiteral("--rule"), QStringLiteral("hygiene.sync-cycle")});
    QCOMPARE(notFixable.code, 2);
    QVERIFY(notFixable.err.contains(QStringLiteral("security.unencrypted"))); // lists what can be fixed
    QCOMPARE(fix({QStringLiteral("--rule"), QStringLiteral("data.no-standby"), QStringLiteral("--component"), QStringLiteral("ghost")}).code, 2);
    const Run nothing = fix({QStringLiteral("--rule"), QStringLiteral("data.no-standby")});
    QCOMPARE(nothing.code, 0);
    QVERIFY(nothing.out.startsWith(QStringLiteral("Nothing to fix")));
    QCOMPARE(cli({QStringLiteral("fix"), dir.filePath(QStringLiteral("missing.yaml")), QStringLiteral("--rule"), QStringLiteral("data.no-standby")}).code, 2);
    // With several findings of the rule and no --component, all are fixed in one write.
    Builder two = Builder::good().set("db", "encryptionAtRest", false)
                      .comp("bucket", "object-storage", "r1", {{"encryptionAtRest", false}}).conn("api", "bucket");
    QVERIFY(saveDesign(two.d, path, DesignFormat::Yaml, nullptr));
    const Run both = fix({QStringLiteral("--rule"), QStringLiteral("security.unencrypted")});
    QCOMPARE(both.code, 0);
    QCOMPARE(both.out.count(QStringLiteral("Fix: Turn on encryption at rest")), 2);
    QVERIFY(!cli({QStringLiteral("validate"), path}).out.contains(QStringLiteral("security.unencrypted")));
}

void TestFixes::unifiedDiffAppliesWithPatch()
{
    const QString patch = QStandardPaths::findExecutable(QStringLiteral("patch"));
    std::mt19937 rng(77);
    QTemporaryDir dir;
    for (int round = 0; round < 200; ++round) {
        QStringList before;
        const int n = int(rng() % 40);
        for (int i = 0; i < n; ++i)
            before << QStringLiteral("line %1").arg(rng() % 12); // repeats make the alignment non-trivial
        QStringList after = before;
        const int edits = int(rng() % 6);
        for (int e = 0; e < edits; ++e) {
            const int at = after.isEmpty() ? 0 : int(rng() % unsigned(after.size() + 1));
            switch (rng() % 3) {
            case 0:
                after.insert(at, QStringLiteral("new %1").arg(rng() % 5));
                break;
            case 1:
                if (at < after.size())
                    after.removeAt(at);
                break;
            default:
                if (at < after.size())
                    after[at] = QStringLiteral("changed %1").arg(rng() % 5);
            }
        }
        const QString diff = unifiedDiff(before, after, QStringLiteral("a/x"), QStringLiteral("b/x"));
        QCOMPARE(diff.isEmpty(), before == after);
        if (diff.isEmpty() || patch.isEmpty())
            continue;
        const QString file = dir.filePath(QStringLiteral("x"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write((before.join(QLatin1Char('\n')) + (before.isEmpty() ? QString() : QStringLiteral("\n"))).toUtf8());
        f.close();
        QProcess p;
        p.start(patch, {QStringLiteral("-s"), QStringLiteral("--no-backup-if-mismatch"), QStringLiteral("-F0"), file});
        p.write(diff.toUtf8());
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(30000));
        QVERIFY2(p.exitCode() == 0, qPrintable(diff + QString::fromUtf8(p.readAll())));
        const QString patched = QString::fromUtf8(readAll(file));
        QCOMPARE(patched, after.join(QLatin1Char('\n')) + (after.isEmpty() ? QString() : QStringLiteral("\n")));
    }
    if (patch.isEmpty())
        QSKIP("GNU patch is not installed (apt-get install patch): the diffs were not applied");
}

QTEST_GUILESS_MAIN(TestFixes)
#include "tst_fixes.moc"
