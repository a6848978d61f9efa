// SPDX-License-Identifier: MIT
// stackdraft-cli diff, validate --baseline and merge (issue 19), as CI and git run them: real
// processes, a real git repository, real `git merge` with the merge driver.
#include "catalog.h"
#include "designio.h"
#include "golden.h"
#include "gitrepo.h"
#include "process.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

using sd::test::Repo;
using sd::test::Run;
using sd::test::runCli;

const QString kShop = QStringLiteral(SOURCE_DIR "/resources/examples/e-commerce.stackdraft.yaml");

sd::Design loadFile(const QString &path)
{
    const sd::LoadResult r = sd::loadDesign(path, sd::Catalog::builtin());
    if (!r.ok())
        qFatal("%s does not load", qPrintable(path));
    return *r.design;
}

bool save(const sd::Design &d, const QString &path)
{
    QString error;
    return sd::saveDesign(d, path, sd::DesignFormat::Yaml, &error);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/**
 * The realistic pull request of the golden comment: "one availability zone is enough for now".
 * us-east-1b goes, the fulfilment worker moves to us-east-1a, the order service drops to one
 * replica and the database's standby is turned off to save its cost.
 */
sd::Design oneZoneShop()
{
    sd::Design d = loadFile(kShop);
    d.setParentZone(QStringLiteral("fulfilment"), QStringLiteral("us-east-1a"));
    d.mutableComponent(QStringLiteral("fulfilment"))->position = QPointF(40, 120);
    d.removeZone(QStringLiteral("us-east-1b"));
    d.mutableComponent(QStringLiteral("orders"))->properties[QStringLiteral("replicas")] = qint64(1);
    d.mutableComponent(QStringLiteral("shop-db"))->properties[QStringLiteral("multiAz")] = false;
    return d;
}


/// Runs the CLI with the repository as its working folder, as CI does.
Run cliIn(const Repo &repo, const QStringList &args)
{
    const QString was = QDir::currentPath();
    QDir::setCurrent(repo.path());
    const Run r = runCli(args);
    QDir::setCurrent(was);
    return r;
}

QStringList conflictItems(const QString &file)
{
    QStringList items;
    for (const sd::MergeConflict &c : loadFile(file).conflicts)
        items << QStringLiteral("%1 %2").arg(c.item, c.field).trimmed();
    return items;
}

} // namespace

class TestDiffCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!sd::test::isolateGit())
            QFAIL("git is needed for these tests");
    }

    void sameFileHasNoChanges()
    {
        const Run r = runCli({QStringLiteral("diff"), kShop, kShop});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("no changes to the design")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("findings: 0 new (errors 0, warnings 0), 0 resolved")));
        QVERIFY(r.out.contains(QStringLiteral("exported files that change: 0")));
    }

    void goldenMarkdownForTheOneZonePullRequest()
    {
        Repo repo;
        QVERIFY(save(loadFile(kShop), repo.path(QStringLiteral("shop.stackdraft.yaml"))));
        QVERIFY(repo.commit(QStringLiteral("shop")));
        QVERIFY(save(oneZoneShop(), repo.path(QStringLiteral("shop.stackdraft.yaml"))));
        QVERIFY(repo.commit(QStringLiteral("one availability zone is enough for now")));
        const Run r = cliIn(repo, {QStringLiteral("diff"), QStringLiteral("HEAD~1:shop.stackdraft.yaml"), QStringLiteral("HEAD:shop.stackdraft.yaml"),
                                   QStringLiteral("--format"), QStringLiteral("markdown")});
        QCOMPARE(r.code, 1); // it adds errors
        // What the reviewer must be told: the zone-loss and single-replica findings are new.
        QVERIFY2(r.out.contains(QStringLiteral("`redundancy.single-replica/orders`")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("`data.no-standby/shop-db`")));
        QVERIFY(r.out.contains(QStringLiteral("**removed** zone `us-east-1b`")));
        QVERIFY(r.out.split(u'\n').size() <= 62);
        const QString mismatch = sd::test::goldenMismatch(QStringLiteral(SOURCE_DIR "/tests/cli/golden/e-commerce-one-az.md"), r.out.toUtf8());
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
        // --fail-on error passes a change that only adds warnings; this one adds errors.
        const Run json = cliIn(repo, {QStringLiteral("diff"), QStringLiteral("HEAD~1:shop.stackdraft.yaml"), QStringLiteral("shop.stackdraft.yaml"),
                                      QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(json.code, 1);
        const QJsonObject j = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(j.value(u"summary").toObject().value(u"zones").toObject().value(u"removed").toInt(), 1);
        QVERIFY(!j.value(u"exports").toObject().value(u"files").toArray().isEmpty());
    }

    void everyFormat_data()
    {
        QTest::addColumn<QString>("format");
        for (const char *f : {"text", "json", "markdown", "sarif"})
            QTest::newRow(f) << QString::fromLatin1(f);
    }
    void everyFormat()
    {
        QFETCH(QString, format);
        QTemporaryDir dir;
        const QString changed = dir.filePath(QStringLiteral("new.stackdraft.yaml"));
        QVERIFY(save(oneZoneShop(), changed));
        const Run r = runCli({QStringLiteral("diff"), kShop, changed, QStringLiteral("--format"), format});
        QCOMPARE(r.code, 1);
        if (format == QLatin1String("json") || format == QLatin1String("sarif")) {
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
            QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
            if (format == QLatin1String("sarif")) {
                const QJsonArray results = doc.object().value(u"runs").toArray().first().toObject().value(u"results").toArray();
                QVERIFY(!results.isEmpty());
                QStringList ids;
                for (const QJsonValue &v : results) {
                    QCOMPARE(v.toObject().value(u"baselineState").toString(), QStringLiteral("new"));
                    ids << v.toObject().value(u"partialFingerprints").toObject().value(u"stackdraftFindingId/v1").toString();
                }
                // Only the new findings: the old single-replica finding of fulfilment is not new.
                QVERIFY(ids.contains(QStringLiteral("redundancy.single-replica/orders")));
                QVERIFY(!ids.contains(QStringLiteral("redundancy.single-replica/fulfilment")));
                QVERIFY(doc.object().value(u"runs").toArray().first().toObject().value(u"artifacts").toArray().first()
                            .toObject().value(u"location").toObject().value(u"uri").toString().endsWith(QLatin1String("new.stackdraft.yaml")));
            }
        } else {
            QVERIFY(r.out.contains(QStringLiteral("us-east-1b")));
            QVERIFY(r.out.contains(QStringLiteral("redundancy.single-replica/orders")));
        }
        // --fail-on is about what the change adds: nothing is added the other way round but
        // findings resolved, so the reverse diff passes whatever the threshold.
        const Run reverse = runCli({QStringLiteral("diff"), changed, kShop, QStringLiteral("--format"), format, QStringLiteral("--fail-on"), QStringLiteral("info")});
        QVERIFY2(reverse.code == 0, qPrintable(reverse.err + reverse.out.left(2000)));
    }

    void fileMissingAtARevisionIsAddedOrRemoved()
    {
        Repo repo;
        QFile::copy(kShop, repo.path(QStringLiteral("readme.txt")));
        QVERIFY(repo.commit(QStringLiteral("nothing yet")));
        QVERIFY(save(loadFile(kShop), repo.path(QStringLiteral("shop.stackdraft.yaml"))));
        const Run added = cliIn(repo, {QStringLiteral("diff"), QStringLiteral("HEAD:shop.stackdraft.yaml"), QStringLiteral("shop.stackdraft.yaml"),
                                       QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--no-exports")});
        QVERIFY2(added.code == 1 || added.code == 0, qPrintable(added.err));
        const QJsonObject j = QJsonDocument::fromJson(added.out.toUtf8()).object();
        QCOMPARE(j.value(u"summary").toObject().value(u"components").toObject().value(u"added").toInt(), 20);
        QVERIFY(j.value(u"notes").toArray().first().toString().contains(QStringLiteral("does not exist at revision HEAD")));
        const Run removed = cliIn(repo, {QStringLiteral("diff"), QStringLiteral("shop.stackdraft.yaml"), QStringLiteral("HEAD:shop.stackdraft.yaml"), QStringLiteral("--no-exports")});
        QCOMPARE(removed.code, 0);
        QVERIFY2(removed.out.contains(QStringLiteral("components: 20 removed")), qPrintable(removed.out));
    }

    void brokenSidesExitTwoNamingThem()
    {
        QTemporaryDir dir;
        const QString broken = dir.filePath(QStringLiteral("broken.stackdraft.yaml"));
        QFile f(broken);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("formatVersion: 2\nname: Broken\ncomponents:\n  - id: a\n    kind: no-such-kind\n    name: A\n");
        f.close();
        Run r = runCli({QStringLiteral("diff"), kShop, broken});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(broken + QStringLiteral(":5:")), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("the new side %1 cannot be compared").arg(broken)));
        r = runCli({QStringLiteral("diff"), broken, kShop});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("the old side")));
        r = runCli({QStringLiteral("diff"), dir.filePath(QStringLiteral("nothing.yaml")), kShop});
        QCOMPARE(r.code, 2);
        Repo repo;
        QVERIFY(save(loadFile(kShop), repo.path(QStringLiteral("shop.stackdraft.yaml"))));
        QVERIFY(repo.commit(QStringLiteral("shop")));
        r = cliIn(repo, {QStringLiteral("diff"), QStringLiteral("no-such-branch:shop.stackdraft.yaml"), QStringLiteral("shop.stackdraft.yaml")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("'no-such-branch' is not a git revision")), qPrintable(r.err));
        r = cliIn(repo, {QStringLiteral("diff"), QStringLiteral("--format"), QStringLiteral("yaml"), kShop, kShop});
        QCOMPARE(r.code, 2);
    }

    void olderFormatVersionsDiffAfterMigration()
    {
        const QString v1 = QStringLiteral(SOURCE_DIR "/tests/model/data/v1-shop.stackdraft.yaml");
        const QString v2 = QStringLiteral(SOURCE_DIR "/tests/model/data/v2-shop.stackdraft.yaml");
        const Run r = runCli({QStringLiteral("diff"), v1, v2, QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--no-exports")});
        QVERIFY2(r.code == 0 || r.code == 1, qPrintable(r.err));
        const QJsonObject j = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY(j.value(u"notes").toArray().first().toString().contains(QStringLiteral("format version 1")));
        QVERIFY(!j.value(u"unrelated").toBool());
        // The migration itself is no change: kinds and positions read the same.
        for (const QJsonValue &c : j.value(u"changes").toArray())
            for (const QJsonValue &f : c.toObject().value(u"fields").toArray())
                QVERIFY2(f.toObject().value(u"field").toString() != QLatin1String("kind"), qPrintable(c.toObject().value(u"id").toString()));
    }

    void unrelatedDesignsSaySo()
    {
        const Run r = runCli({QStringLiteral("diff"), kShop, QStringLiteral(SOURCE_DIR "/resources/examples/fintech-p2p.stackdraft.yaml"), QStringLiteral("--no-exports")});
        QVERIFY(r.code == 0 || r.code == 1);
        QVERIFY2(r.out.contains(QStringLiteral("Note: the two designs have different names and share only")), qPrintable(r.out.left(500)));
    }

    void validateAgainstABaseline()
    {
        QTemporaryDir dir;
        const QString changed = dir.filePath(QStringLiteral("shop.stackdraft.yaml"));
        QVERIFY(save(oneZoneShop(), changed));
        // Without a baseline the shop fails on its old errors already ...
        const Run all = runCli({QStringLiteral("validate"), kShop});
        QCOMPARE(all.code, 1);
        // ... against itself nothing is new ...
        const Run same = runCli({QStringLiteral("validate"), kShop, QStringLiteral("--baseline"), kShop, QStringLiteral("--fail-on"), QStringLiteral("info")});
        QCOMPARE(same.code, 0);
        QVERIFY2(same.out.contains(QStringLiteral("Baseline %1: 0 of the").arg(kShop)), qPrintable(same.out));
        // ... and the one-zone change reports only what it adds.
        const Run json = runCli({QStringLiteral("validate"), changed, QStringLiteral("--baseline"), kShop, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(json.code, 1);
        QStringList ids;
        for (const QJsonValue &v : QJsonDocument::fromJson(json.out.toUtf8()).object().value(u"findings").toArray())
            ids << v.toObject().value(u"id").toString();
        QVERIFY2(ids.contains(QStringLiteral("redundancy.single-replica/orders")), qPrintable(ids.join(u' ')));
        QVERIFY(!ids.contains(QStringLiteral("redundancy.single-replica/fulfilment")));
        QVERIFY(!ids.contains(QStringLiteral("data.no-dead-letter/order-queue")));
        const Run sarif = runCli({QStringLiteral("validate"), changed, QStringLiteral("--baseline"), kShop, QStringLiteral("--format"), QStringLiteral("sarif")});
        QCOMPARE(sarif.code, 1);
        QVERIFY(sarif.out.contains(QStringLiteral("\"baselineState\": \"new\"")));
        const Run missing = runCli({QStringLiteral("validate"), changed, QStringLiteral("--baseline"), dir.filePath(QStringLiteral("none.yaml"))});
        QCOMPARE(missing.code, 2);
    }

    // --- merge driver through real git merge ---------------------------------------

    void mergeDriverMergesAndRecordsConflicts_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<int>("gitCode");
        QTest::addColumn<QStringList>("conflicts");
        QTest::newRow("both add components") << QStringLiteral("add") << 0 << QStringList();
        QTest::newRow("one moves, the other edits") << QStringLiteral("move-edit") << 0 << QStringList();
        QTest::newRow("both edit the same property") << QStringLiteral("same-property") << 1 << QStringList{QStringLiteral("orders properties.replicas")};
        QTest::newRow("delete versus edit") << QStringLiteral("delete-edit") << 1 << QStringList{QStringLiteral("email")};
        // Independent edits that together make no valid design: resolved for ours, recorded, loadable.
        QTest::newRow("zones moved into each other") << QStringLiteral("zone-cycle") << 1 << QStringList{QStringLiteral("us-east-1b parent")};
        QTest::newRow("one id, a zone and a component") << QStringLiteral("id-clash") << 1
                                                        << QStringList{QStringLiteral("audit"), QStringLiteral("orders-to-audit")};
    }
    void mergeDriverMergesAndRecordsConflicts()
    {
        QFETCH(QString, scenario);
        QFETCH(int, gitCode);
        QFETCH(QStringList, conflicts);
        Repo repo;
        QFile attributes(repo.path(QStringLiteral(".gitattributes")));
        QVERIFY(attributes.open(QIODevice::WriteOnly));
        attributes.write("*.stackdraft.yaml merge=stackdraft\n");
        attributes.close();
        QCOMPARE(repo.git({QStringLiteral("config"), QStringLiteral("merge.stackdraft.driver"),
                           QStringLiteral("'%1' merge %O %A %B -o %A").arg(QStringLiteral(CLI_EXECUTABLE))}).code, 0);
        const QString file = repo.path(QStringLiteral("shop.stackdraft.yaml"));
        const sd::Design base = loadFile(kShop);
        QVERIFY(save(base, file));
        QVERIFY(repo.commit(QStringLiteral("base")));

        sd::Design ours = base, theirs = base;
        sd::Component extra;
        extra.kind = QStringLiteral("cache");
        extra.zone = QStringLiteral("us-east-1");
        if (scenario == QLatin1String("add")) {
            extra.id = QStringLiteral("catalog-cache");
            extra.name = QStringLiteral("Catalog cache");
            ours.addComponent(extra);
            extra.id = QStringLiteral("cart-cache");
            extra.name = QStringLiteral("Cart cache");
            extra.position = QPointF(1240, 540);
            theirs.addComponent(extra);
        } else if (scenario == QLatin1String("move-edit")) {
            ours.mutableComponent(QStringLiteral("orders"))->position = QPointF(760, 600);
            theirs.mutableComponent(QStringLiteral("orders"))->properties[QStringLiteral("replicas")] = qint64(3);
        } else if (scenario == QLatin1String("same-property")) {
            ours.mutableComponent(QStringLiteral("orders"))->properties[QStringLiteral("replicas")] = qint64(3);
            theirs.mutableComponent(QStringLiteral("orders"))->properties[QStringLiteral("replicas")] = qint64(4);
        } else if (scenario == QLatin1String("zone-cycle")) {
            QVERIFY(ours.setParentZone(QStringLiteral("us-east-1a"), QStringLiteral("us-east-1b")));
            QVERIFY(theirs.setParentZone(QStringLiteral("us-east-1b"), QStringLiteral("us-east-1a")));
        } else if (scenario == QLatin1String("id-clash")) {
            sd::Zone az;
            az.id = QStringLiteral("audit");
            az.kind = QStringLiteral("availability-zone");
            az.name = QStringLiteral("Audit AZ");
            az.parent = QStringLiteral("us-east-1");
            QVERIFY(ours.addZone(az));
            extra.id = QStringLiteral("audit");
            extra.name = QStringLiteral("Audit cache");
            QVERIFY(theirs.addComponent(extra));
            QVERIFY(theirs.addConnection({QStringLiteral("orders-to-audit"), QStringLiteral("orders"), QStringLiteral("audit"),
                                          QStringLiteral("redis"), 6379, sd::ConnectionMode::Sync, {}, {}}));
        } else {
            ours.mutableComponent(QStringLiteral("email"))->properties[QStringLiteral("vendor")] = QStringLiteral("Postmark");
            theirs.removeConnection(QStringLiteral("fulfilment-to-email"));
            theirs.removeComponent(QStringLiteral("email"));
        }
        QCOMPARE(repo.git({QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("theirs")}).code, 0);
        QVERIFY(save(theirs, file));
        QVERIFY(repo.commit(QStringLiteral("their change")));
        QCOMPARE(repo.git({QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("main")}).code, 0);
        QVERIFY(save(ours, file));
        QVERIFY(repo.commit(QStringLiteral("our change")));

        const Run merge = repo.git({QStringLiteral("merge"), QStringLiteral("--no-edit"), QStringLiteral("theirs")});
        QVERIFY2(merge.code == gitCode, qPrintable(merge.out + merge.err));
        const QByteArray merged = readAll(file);
        QVERIFY(!merged.contains("<<<<<<<"));
        QVERIFY(!merged.contains(">>>>>>>"));
        // The result loads (conflicts are a warning), and holds both sides' work.
        const Run check = runCli({QStringLiteral("check"), file});
        QVERIFY2(check.code == 0, qPrintable(check.err));
        QCOMPARE(conflictItems(file), conflicts);
        const sd::Design result = loadFile(file);
        if (scenario == QLatin1String("add")) {
            QVERIFY(result.component(QStringLiteral("catalog-cache")) && result.component(QStringLiteral("cart-cache")));
            QVERIFY(!check.err.contains(QStringLiteral("conflict")));
        } else if (scenario == QLatin1String("move-edit")) {
            QCOMPARE(result.component(QStringLiteral("orders"))->position, QPointF(760, 600));
            QCOMPARE(result.component(QStringLiteral("orders"))->properties.value(QStringLiteral("replicas")).toLongLong(), 3);
        } else if (scenario == QLatin1String("same-property")) {
            QVERIFY(merge.out.contains(QStringLiteral("conflict")) || merge.err.contains(QStringLiteral("conflict")));
            QVERIFY(check.err.contains(QStringLiteral("1 unresolved merge conflict")));
            QCOMPARE(result.component(QStringLiteral("orders"))->properties.value(QStringLiteral("replicas")).toLongLong(), 3);
        } else if (scenario == QLatin1String("zone-cycle")) {
            QCOMPARE(result.zone(QStringLiteral("us-east-1a"))->parent, QStringLiteral("us-east-1b")); // our move
            QCOMPARE(result.zone(QStringLiteral("us-east-1b"))->parent, QStringLiteral("us-east-1"));  // theirs undone
            const sd::MergeConflict &c = result.conflicts.front();
            QCOMPARE(c.ours, std::optional(QStringLiteral("us-east-1")));
            QCOMPARE(c.theirs, std::optional(QStringLiteral("us-east-1a")));
            QCOMPARE(c.kept, QStringLiteral("ours"));
        } else if (scenario == QLatin1String("id-clash")) {
            QVERIFY(result.zone(QStringLiteral("audit")));
            QVERIFY(!result.component(QStringLiteral("audit")));
            QVERIFY(!result.connection(QStringLiteral("orders-to-audit")));
            QVERIFY(result.component(QStringLiteral("orders")));
        } else {
            QCOMPARE(result.component(QStringLiteral("email"))->properties.value(QStringLiteral("vendor")).toString(), QStringLiteral("Postmark"));
        }
        if (gitCode == 0)
            QCOMPARE(repo.git({QStringLiteral("status"), QStringLiteral("--porcelain")}).out, QString());
    }

    void mergeRefusesBrokenInputAndWritesNothing()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("out.stackdraft.yaml"));
        QFile f(dir.filePath(QStringLiteral("broken.yaml")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("formatVersion: 2\nname: [\n");
        f.close();
        const Run r = runCli({QStringLiteral("merge"), kShop, kShop, f.fileName(), QStringLiteral("-o"), out});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(f.fileName()), qPrintable(r.err));
        QVERIFY(!QFile::exists(out));
        const Run same = runCli({QStringLiteral("merge"), kShop, kShop, kShop, QStringLiteral("-o"), out});
        QCOMPARE(same.code, 0);
        QCOMPARE(loadFile(out), loadFile(kShop));
    }
};

QTEST_GUILESS_MAIN(TestDiffCli)
#include "tst_diffcli.moc"
