// SPDX-License-Identifier: MIT
// Issue 19 in the studio (offscreen): Design > Compare With… against another file and against a
// git revision of the open file, in a real temporary repository. What is checked is what a user
// sees: the coloured marks drawn on the canvas, the removed items' ghosts where they were, the
// change list selecting items, the findings delta naming the new finding, errors that change
// nothing, and leaving that gives back the normal canvas, with the undo history untouched.
#include "canvasitems.h"
#include "canvasscene.h"
#include "canvasview.h"
#include "catalog.h"
#include "commands.h"
#include "comparechangelist.h"
#include "comparemode.h"
#include "modebanner.h"
#include "compareoverlay.h"
#include "designio.h"
#include "document.h"
#include "files.h"
#include "findingsdeltaview.h"
#include "mainwindow.h"
#include "gitrepo.h"
#include "process.h"
#include "translations.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QPainter>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QTreeWidget>

using namespace sd;
using sd::test::contentsOf;
using sd::test::Repo;

namespace {

const QString kShop = QStringLiteral(":/examples/e-commerce.stackdraft.yaml");

Design loadFile(const QString &path)
{
    const LoadResult r = loadDesign(path, Catalog::builtin());
    if (!r.ok())
        qFatal("%s does not load", qPrintable(path));
    return *r.design;
}

bool save(const Design &d, const QString &path)
{
    QString error;
    return saveDesign(d, path, DesignFormat::Yaml, &error);
}

/**
 * The change under review: the e-mail service and its connection go, an audit log comes, the
 * order service drops to one replica (a new single-replica finding) and the dashboards move.
 */
Design changedShop()
{
    Design d = loadFile(kShop);
    d.removeConnection(QStringLiteral("fulfilment-to-email"));
    d.removeComponent(QStringLiteral("email"));
    Component audit = *d.component(QStringLiteral("logs"));
    audit.id = QStringLiteral("audit");
    audit.name = QStringLiteral("Audit log");
    audit.position += QPointF(0, 140);
    audit.properties.clear();
    d.addComponent(audit);
    d.mutableComponent(QStringLiteral("orders"))->properties[QStringLiteral("replicas")] = qint64(1);
    d.mutableComponent(QStringLiteral("dashboards"))->position += QPointF(60, 0);
    return d;
}


/// The two sides of the review as files: the shop as it was, and with the change.
struct ReviewFiles {
    QTemporaryDir dir;
    QString before = dir.filePath(QStringLiteral("shop-v1.stackdraft.yaml"));
    QString after = dir.filePath(QStringLiteral("shop.stackdraft.yaml"));
    bool write() { return save(loadFile(kShop), before) && save(changedShop(), after); }
};

/// Pixels near `colour` in what the canvas draws over `sceneRect` (as the view shows it, at 1:1).
int pixelsOfColour(CanvasScene *scene, const QRectF &sceneRect, const QColor &colour)
{
    QImage image(sceneRect.size().toSize(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    scene->render(&painter, QRectF(QPointF(), sceneRect.size()), sceneRect);
    painter.end();
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (qAbs(c.red() - colour.red()) + qAbs(c.green() - colour.green()) + qAbs(c.blue() - colour.blue()) < 60)
                ++count;
        }
    return count;
}

int ghostItems(CanvasScene *scene)
{
    int n = 0;
    for (QGraphicsItem *item : scene->items())
        if (item->type() == CompareGhostItemType)
            ++n;
    return n;
}

int indexOfChange(const Comparison &c, const QString &id)
{
    for (size_t i = 0; i < c.diff.changes.size(); ++i)
        if (c.diff.changes[i].id == id)
            return int(i);
    return -1;
}

/// Answers compare mode's questions as the test says, and keeps what it was told.
struct ScriptedUser {
    std::optional<CompareTarget> target;
    QStringList errors;
    ComparePrompts prompts()
    {
        ComparePrompts p;
        p.chooseTarget = [this](const QString &) { return target; };
        p.showError = [this](const QString &text, const QString &) { errors << text; };
        return p;
    }
};

} // namespace

class TestCompare : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void compareWithFileShowsChanges();
    void compareWithGitRevision();
    void editingWhileComparingRefreshes();
    void errorsChangeNothing();

private:
    /// Checks everything a user sees of the review in `window` (compared with the unchanged shop).
    void checkReview(MainWindow &window);
    /// Leaves compare mode by Esc on the canvas and checks nothing of it is left.
    void checkLeave(MainWindow &window);
    QTemporaryDir m_settingsDir;
};

void TestCompare::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("StackdraftTest"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    qputenv("STACKDRAFT_RECOVERY_DIR", (m_settingsDir.path() + QStringLiteral("/recovery")).toUtf8());
    installTranslations(QLocale(QLocale::English));
    if (!sd::test::isolateGit())
        QFAIL("git is needed for these tests");
}

void TestCompare::checkReview(MainWindow &window)
{
    CompareMode *compare = window.compareMode();
    CanvasScene *scene = window.scene();
    QVERIFY(compare->isActive());
    QVERIFY(compare->toggleAction()->isChecked());
    QVERIFY(compare->banner()->isVisible());
    QVERIFY(compare->dock()->isVisible());

    // Marks on the items of the open design: green added, amber changed, dashed amber moved.
    QCOMPARE(scene->compareMark(QStringLiteral("audit")), CompareMark::Added);
    QCOMPARE(scene->compareMark(QStringLiteral("orders")), CompareMark::Changed);
    QCOMPARE(scene->compareMark(QStringLiteral("dashboards")), CompareMark::Moved);
    QCOMPARE(scene->compareMark(QStringLiteral("cdn")), CompareMark::None);
    // ... and drawn: the added card has a green frame, the changed one an amber frame.
    const QRectF auditArea = scene->componentItem(QStringLiteral("audit"))->sceneBoundingRect();
    QVERIFY2(pixelsOfColour(scene, auditArea, CompareStyle::colour(CompareMark::Added)) > 100, "no green frame on the added card");
    const QRectF ordersArea = scene->componentItem(QStringLiteral("orders"))->sceneBoundingRect();
    QVERIFY2(pixelsOfColour(scene, ordersArea, CompareStyle::colour(CompareMark::Changed)) > 100, "no amber frame on the changed card");

    // The removed service is a ghost where it was in the other design, with its connection;
    // ghosts are no model items: a click there does not find them.
    const Design before = loadFile(kShop);
    QGraphicsItem *ghost = compare->overlay()->ghost(QStringLiteral("email"));
    QVERIFY(ghost);
    QCOMPARE(ghost->scenePos(), before.scenePosition(QStringLiteral("email")));
    QVERIFY(compare->overlay()->ghost(QStringLiteral("fulfilment-to-email")));
    QCOMPARE(ghostItems(scene), 2);
    QVERIFY(!scene->componentItem(QStringLiteral("email")));
    QVERIFY(scene->idAt(ghost->sceneBoundingRect().center()) != QStringLiteral("email"));
    QVERIFY2(pixelsOfColour(scene, ghost->sceneBoundingRect(), CompareStyle::colour(CompareMark::Removed)) > 100,
             "no red frame on the ghost");

    // The change list: clicking the added component's row selects it.
    const Comparison *c = compare->comparison();
    QVERIFY(c);
    QTreeWidget *list = compare->changeList()->list();
    QTreeWidgetItem *row = compare->changeList()->rowOf(indexOfChange(*c, QStringLiteral("audit")));
    QVERIFY(row);
    QVERIFY(row->text(1).contains(QStringLiteral("Audit log")));
    list->scrollToItem(row);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(row).center());
    QCOMPARE(scene->selectedIds(), QStringList{QStringLiteral("audit")});
    // The changed one lists what changed.
    QTreeWidgetItem *orders = compare->changeList()->rowOf(indexOfChange(*c, QStringLiteral("orders")));
    QVERIFY(orders && orders->childCount() >= 1);
    QVERIFY2(orders->child(0)->text(1).contains(QStringLiteral("replicas")), qPrintable(orders->child(0)->text(1)));
    // The removed one centres its ghost and selects nothing.
    compare->showChange(indexOfChange(*c, QStringLiteral("email")));
    QVERIFY(scene->selectedIds().isEmpty());

    // The Findings dock says what the change adds: a finding about the one order service.
    FindingsDeltaView *delta = compare->findingsDelta();
    QVERIFY(delta->isVisible());
    const std::vector<Finding> added = c->findings.newFindings();
    const auto single = std::find_if(added.begin(), added.end(), [](const Finding &f) {
        return f.componentIds.contains(QStringLiteral("orders"));
    });
    QVERIFY2(single != added.end(), "no new finding about the order service");
    QVERIFY(!delta->list()->findItems(single->message, Qt::MatchExactly, 2).isEmpty());
    QTreeWidgetItem *newRow = delta->list()->findItems(single->message, Qt::MatchExactly, 2).first();
    QCOMPARE(newRow->text(0), QStringLiteral("new"));
    QVERIFY2(delta->summary().contains(QStringLiteral("%1 new").arg(std::count_if(c->findings.changes.begin(), c->findings.changes.end(),
                                                                                     [](const FindingChange &f) { return f.kind == FindingChange::Kind::Appeared; }))),
             qPrintable(delta->summary()));
}

void TestCompare::checkLeave(MainWindow &window)
{
    CompareMode *compare = window.compareMode();
    CanvasScene *scene = window.scene();
    const QRectF auditArea = scene->componentItem(QStringLiteral("audit"))->sceneBoundingRect();
    const int greenWhileComparing = pixelsOfColour(scene, auditArea, CompareStyle::colour(CompareMark::Added));
    window.view()->setFocus();
    QTest::keyClick(window.view(), Qt::Key_Escape);
    QVERIFY(!compare->isActive());
    QVERIFY(!compare->toggleAction()->isChecked());
    QCOMPARE(ghostItems(scene), 0);
    for (const QString &id : {QStringLiteral("audit"), QStringLiteral("orders"), QStringLiteral("dashboards")})
        QCOMPARE(scene->compareMark(id), CompareMark::None);
    QVERIFY(pixelsOfColour(scene, auditArea, CompareStyle::colour(CompareMark::Added)) < greenWhileComparing / 4);
    QVERIFY(!compare->banner()->isVisible());
    QVERIFY(!compare->dock()->isVisible());
    QVERIFY(!compare->findingsDelta()->isVisible());
}

void TestCompare::compareWithFileShowsChanges()
{
    ReviewFiles files;
    QVERIFY(files.write());
    const QString &before = files.before;
    const QString &after = files.after;
    MainWindow window(Catalog::builtin());
    ScriptedUser user;
    window.compareMode()->setPrompts(user.prompts());
    window.show();
    QVERIFY(window.openFile(after));
    // An edit before comparing: the overlay must leave the history exactly as it finds it.
    window.document()->undoStack()->push(new RenameItem(window.document(), QStringLiteral("gateway"), QStringLiteral("Edge API")));
    const int undoCount = window.document()->undoStack()->count();
    const int undoIndex = window.document()->undoStack()->index();
    const QByteArray onDisk = contentsOf(after);

    // Through the menu, as a user does it.
    user.target = CompareTarget{{}, before};
    window.action(QStringLiteral("compareWith"))->trigger();
    QVERIFY2(user.errors.isEmpty(), qPrintable(user.errors.join(QLatin1Char('\n'))));
    checkReview(window);
    QCOMPARE(window.compareMode()->otherLabel(), QStringLiteral("shop-v1.stackdraft.yaml"));
    QCOMPARE(window.scene()->compareMark(QStringLiteral("gateway")), CompareMark::Changed); // the unsaved rename counts

    QCOMPARE(window.document()->undoStack()->count(), undoCount);
    QCOMPARE(window.document()->undoStack()->index(), undoIndex);
    QVERIFY(window.document()->isModified()); // still (the rename), not more, not less
    window.document()->undoStack()->undo();
    QVERIFY(!window.document()->isModified());
    QTRY_COMPARE(window.scene()->compareMark(QStringLiteral("gateway")), CompareMark::None);
    QVERIFY(!window.document()->isModified());
    QCOMPARE(contentsOf(after), onDisk);

    checkLeave(window);
    QCOMPARE(window.document()->undoStack()->count(), undoCount);
    QVERIFY(!window.document()->isModified());

    // The menu item toggles: on again, then off leaves.
    window.action(QStringLiteral("compareWith"))->trigger();
    QVERIFY(window.compareMode()->isActive());
    window.action(QStringLiteral("compareWith"))->trigger();
    QVERIFY(!window.compareMode()->isActive());
    QCOMPARE(ghostItems(window.scene()), 0);
}

void TestCompare::compareWithGitRevision()
{
    Repo repo;
    const QString file = repo.path(QStringLiteral("shop.stackdraft.yaml"));
    QVERIFY(save(loadFile(kShop), file));
    QVERIFY(repo.commit(QStringLiteral("the shop")));
    QVERIFY(save(changedShop(), file)); // the change, not committed yet
    MainWindow window(Catalog::builtin());
    ScriptedUser user;
    window.compareMode()->setPrompts(user.prompts());
    window.show();
    QVERIFY(window.openFile(file));

    user.target = CompareTarget{QStringLiteral("HEAD"), {}};
    window.action(QStringLiteral("compareWith"))->trigger();
    QVERIFY2(user.errors.isEmpty(), qPrintable(user.errors.join(QLatin1Char('\n'))));
    QCOMPARE(window.compareMode()->otherLabel(), QStringLiteral("HEAD"));
    checkReview(window);
    QCOMPARE(window.document()->undoStack()->count(), 0);
    QVERIFY(!window.document()->isModified());

    // Committed, the change is no change since HEAD, but still one since HEAD~1.
    QVERIFY(repo.commit(QStringLiteral("one replica, an audit log")));
    QVERIFY(window.compareMode()->compareWithRevision(QStringLiteral("HEAD")));
    QVERIFY(window.compareMode()->comparison()->diff.empty());
    QCOMPARE(ghostItems(window.scene()), 0);
    QVERIFY(window.compareMode()->compareWithRevision(QStringLiteral("HEAD~1")));
    checkReview(window);
    checkLeave(window);

    // Opening another design leaves compare mode: the comparison was about the design open then.
    QVERIFY(window.compareMode()->compareWithRevision(QStringLiteral("HEAD~1")));
    QVERIFY(window.openFile(file));
    QTRY_VERIFY(!window.compareMode()->isActive());
    QCOMPARE(ghostItems(window.scene()), 0);
}

void TestCompare::editingWhileComparingRefreshes()
{
    ReviewFiles files;
    QVERIFY(files.write());
    const QString &before = files.before;
    const QString &after = files.after;
    MainWindow window(Catalog::builtin());
    window.compareMode()->setPrompts(ScriptedUser().prompts());
    QVERIFY(window.openFile(after));
    QVERIFY(window.compareMode()->compareWithFile(before));
    // Deleting the added component: it is no change any more, and its mark goes with it.
    window.scene()->selectIds({QStringLiteral("audit")});
    window.action(QStringLiteral("delete"))->trigger();
    QVERIFY(!window.scene()->componentItem(QStringLiteral("audit")));
    // The edit does not wait for the comparison: it is made a moment later, in the background.
    QVERIFY(indexOfChange(*window.compareMode()->comparison(), QStringLiteral("audit")) >= 0);
    QTRY_COMPARE(indexOfChange(*window.compareMode()->comparison(), QStringLiteral("audit")), -1);
    // Undo brings it back, marked again.
    window.document()->undoStack()->undo();
    QTRY_COMPARE(window.scene()->compareMark(QStringLiteral("audit")), CompareMark::Added);
    QVERIFY(window.compareMode()->isActive());
    QCOMPARE(ghostItems(window.scene()), 2);

    // Leaving while a comparison after an edit is pending or running: nothing of it comes back.
    window.document()->undoStack()->redo();
    window.compareMode()->leave();
    QTest::qWait(CompareMode::kRefreshDelayMs * 3);
    QTRY_VERIFY(!window.compareMode()->isRefreshing());
    QCOMPARE(ghostItems(window.scene()), 0);
    QCOMPARE(window.scene()->compareMark(QStringLiteral("orders")), CompareMark::None);
    QVERIFY(!window.compareMode()->comparison());
}

void TestCompare::errorsChangeNothing()
{
    QTemporaryDir plain; // not a git repository
    const QString file = plain.filePath(QStringLiteral("shop.stackdraft.yaml"));
    QVERIFY(save(changedShop(), file));
    const QString broken = plain.filePath(QStringLiteral("broken.stackdraft.yaml"));
    QVERIFY(sd::test::writeFile(broken, "schemaVersion: 2\ncomponents: [\n"));
    const QString other = plain.filePath(QStringLiteral("other.stackdraft.yaml"));
    QVERIFY(save(loadFile(kShop), other));

    MainWindow window(Catalog::builtin());
    ScriptedUser user;
    window.compareMode()->setPrompts(user.prompts());
    QVERIFY(window.openFile(file));
    QVERIFY(window.compareMode()->compareWithFile(other));
    const int changes = int(window.compareMode()->comparison()->diff.changes.size());

    // Each failure names what it could not read and why, and the comparison shown stays.
    QVERIFY(!window.compareMode()->compareWithRevision(QStringLiteral("HEAD")));
    QVERIFY2(user.errors.last().contains(QStringLiteral("HEAD")) && user.errors.last().contains(QStringLiteral("not in a git work tree")),
             qPrintable(user.errors.last()));
    QVERIFY(!window.compareMode()->compareWithFile(broken));
    QVERIFY2(user.errors.last().contains(QStringLiteral("broken.stackdraft.yaml")), qPrintable(user.errors.last()));
    QVERIFY(!window.compareMode()->compareWithFile(plain.filePath(QStringLiteral("gone.stackdraft.yaml"))));
    QVERIFY2(user.errors.last().contains(QStringLiteral("gone.stackdraft.yaml")), qPrintable(user.errors.last()));
    QCOMPARE(user.errors.size(), 3);
    QVERIFY(window.compareMode()->isActive());
    QCOMPARE(window.compareMode()->otherLabel(), QStringLiteral("other.stackdraft.yaml"));
    QCOMPARE(int(window.compareMode()->comparison()->diff.changes.size()), changes);
    QCOMPARE(ghostItems(window.scene()), 2);
    window.compareMode()->leave();

    // In a repository: a revision that does not exist, and a file the revision does not have.
    Repo repo;
    QVERIFY(save(loadFile(kShop), repo.path(QStringLiteral("shop.stackdraft.yaml"))));
    QVERIFY(repo.commit(QStringLiteral("the shop")));
    QVERIFY(save(changedShop(), repo.path(QStringLiteral("new.stackdraft.yaml"))));
    QVERIFY(window.openFile(repo.path(QStringLiteral("shop.stackdraft.yaml"))));
    QVERIFY(!window.compareMode()->compareWithRevision(QStringLiteral("no-such-branch")));
    QVERIFY2(user.errors.last().contains(QStringLiteral("'no-such-branch' is not a git revision")), qPrintable(user.errors.last()));
    QVERIFY(window.openFile(repo.path(QStringLiteral("new.stackdraft.yaml"))));
    QVERIFY(!window.compareMode()->compareWithRevision(QStringLiteral("HEAD")));
    QVERIFY2(user.errors.last().contains(QStringLiteral("new.stackdraft.yaml does not exist at that revision")), qPrintable(user.errors.last()));
    QVERIFY(!window.compareMode()->isActive());
    QCOMPARE(ghostItems(window.scene()), 0);
    QCOMPARE(window.document()->undoStack()->count(), 0);
}

QTEST_MAIN(TestCompare)
#include "tst_compare.moc"
