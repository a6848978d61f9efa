// SPDX-License-Identifier: MIT
// Issue 13 in the studio, driven through the real widgets: a multi-AZ store drawn in a zone (tick
// the box: the zone-loss error goes; simulate the zone: the store stays up, with a failover note),
// the Findings dock's details (Why and Fix visible, names in the Components column) and its
// one-click fixes from the dock and from a component's context menu, each one undo step.
#include "canvasitems.h"
#include "canvasscene.h"
#include "canvasview.h"
#include "catalog.h"
#include "document.h"
#include "findingspanel.h"
#include "mainwindow.h"
#include "modebanner.h"
#include "propertyeditor.h"
#include "translations.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

#include <memory>

using namespace sd;

namespace {

/// users -> lb -> api (3 replicas, in the region) -> Orders DB (PostgreSQL with a read replica,
/// drawn in us-east-1a as AWS diagrams draw a primary); multi-AZ off at first.
Design shopDesign()
{
    Design d;
    d.name = QStringLiteral("Multi-AZ shop");
    auto zone = [&](const char *id, const char *kind, const char *name, const char *parent, QPointF pos, QSizeF size,
                    PropertyMap props) {
        d.addZone(Zone{QString::fromLatin1(id), QString::fromLatin1(kind), QString::fromLatin1(name), QString::fromLatin1(parent),
                       pos, size, props});
    };
    zone("aws", "cloud", "AWS", "", QPointF(0, 0), QSizeF(1200, 700), {{QStringLiteral("provider"), QStringLiteral("aws")}});
    zone("r1", "region", "US East", "aws", QPointF(40, 40), QSizeF(1100, 600), {{QStringLiteral("region"), QStringLiteral("us-east-1")}});
    zone("az-a", "availability-zone", "us-east-1a", "r1", QPointF(600, 60), QSizeF(300, 300), {{QStringLiteral("zone"), QStringLiteral("us-east-1a")}});
    zone("az-b", "availability-zone", "us-east-1b", "r1", QPointF(600, 380), QSizeF(300, 200), {{QStringLiteral("zone"), QStringLiteral("us-east-1b")}});
    auto add = [&](const char *id, const char *kind, const char *name, const char *zoneId, QPointF pos, PropertyMap props = {}) {
        Component c;
        c.id = QString::fromLatin1(id);
        c.kind = QString::fromLatin1(kind);
        c.name = QString::fromLatin1(name);
        c.zone = QString::fromLatin1(zoneId);
        c.position = pos;
        c.properties = props;
        d.addComponent(c);
    };
    add("users", "users", "Shoppers", "", QPointF(-300, 200));
    add("lb", "load-balancer", "Shop LB", "r1", QPointF(40, 160), {{QStringLiteral("multiAz"), true}});
    add("api", "microservice", "Shop API", "r1", QPointF(300, 160), {{QStringLiteral("replicas"), qint64(3)}});
    add("db", "relational-database", "Orders DB", "az-a", QPointF(60, 100), {{QStringLiteral("replicas"), qint64(2)}});
    auto connect = [&](const char *from, const char *to) {
        d.addConnection(Connection{QStringLiteral("%1-%2").arg(QLatin1String(from), QLatin1String(to)), QString::fromLatin1(from),
                                   QString::fromLatin1(to), QStringLiteral("https"), 443, ConnectionMode::Sync, {}, {}});
    };
    connect("users", "lb");
    connect("lb", "api");
    connect("api", "db");
    return d;
}

const Finding *findingOf(const FindingsPanel *panel, const QString &id)
{
    for (const Finding &f : panel->findings())
        if (f.id == id)
            return &f;
    return nullptr;
}

QModelIndex rowFor(QTreeView *list, const QString &findingId)
{
    const QAbstractItemModel *model = list->model();
    for (int i = 0; i < model->rowCount(); ++i)
        if (model->index(i, 1).data(Qt::ToolTipRole).toString().contains(findingId))
            return model->index(i, 0);
    return {};
}

} // namespace

class TestFindingsFix : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void multiAzStoreInAZoneFailsOver();
    void detailsShowWhyFixAndNames();
    void fixFromTheDockIsOneUndoStep();
    void fixFromTheComponentMenu();

private:
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_settingsDir;
};

void TestFindingsFix::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("StackdraftTest"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    MainWindow::setNonInteractive(true);
    qputenv("STACKDRAFT_RECOVERY_DIR", (m_settingsDir.path() + QStringLiteral("/recovery")).toUtf8());
    installTranslations(QLocale(QLocale::English));
}

void TestFindingsFix::init()
{
    m_window = std::make_unique<MainWindow>(Catalog::builtin());
    m_window->resize(1500, 920);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->document()->reset(shopDesign());
    m_window->findingsPanel()->revalidate();
}

void TestFindingsFix::cleanup() { m_window.reset(); }

void TestFindingsFix::multiAzStoreInAZoneFailsOver()
{
    FindingsPanel *panel = m_window->findingsPanel();
    // Two replicas all in us-east-1a, multi-AZ off: losing the zone loses the database.
    QVERIFY(findingOf(panel, QStringLiteral("spread.zone-loss/az-a")));

    // Tick Multi-AZ in the Properties dock, as a user does.
    m_window->scene()->selectIds({QStringLiteral("db")});
    auto *box = m_window->propertyEditor()->findChild<QCheckBox *>(QStringLiteral("prop:multiAz"));
    QVERIFY(box);
    QVERIFY(!box->isChecked());
    // The tooltip says what the box means for a store drawn in a zone.
    QVERIFY2(box->toolTip().contains(QStringLiteral("Drawn inside an availability zone, that zone holds the primary")),
             qPrintable(box->toolTip()));
    box->click();
    QCOMPARE(m_window->document()->design().component(QStringLiteral("db"))->properties.value(QStringLiteral("multiAz")), QVariant(true));
    panel->revalidate();
    QVERIFY(!findingOf(panel, QStringLiteral("spread.zone-loss/az-a")));
    QVERIFY(!findingOf(panel, QStringLiteral("spread.single-zone/db")));
    // The finding about the region notes that the store survives its zone, not its region.
    const Finding *region = findingOf(panel, QStringLiteral("spread.single-region/r1"));
    QVERIFY(region);
    QVERIFY2(region->note.contains(QStringLiteral("Orders DB: multi-AZ with the primary drawn in one zone")), qPrintable(region->note));

    // Simulate the zone: the store stays up, and the simulation's banner says why.
    const QStringList lost = m_window->simulateFailure(QStringLiteral("zone:az-a"));
    QVERIFY2(!lost.contains(QStringLiteral("db")), qPrintable(lost.join(QLatin1Char(','))));
    QVERIFY(!m_window->scene()->isLost(QStringLiteral("db")));
    const auto *banner = m_window->findChild<ModeBanner *>(QStringLiteral("simulationBanner"));
    QVERIFY(banner && banner->isVisible());
    const QString status = banner->text();
    QVERIFY2(status.contains(QStringLiteral("Orders DB (multi-AZ) fails over to its standby in another availability zone of us-east-1 and stays up.")),
             qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("every entry point still works")), qPrintable(status));
    // Its card's tooltip says so too, and only while the simulation runs.
    const QString failoverText = QStringLiteral("fails over to its standby in another availability zone of us-east-1");
    const QString tip = m_window->scene()->componentItem(QStringLiteral("db"))->toolTip();
    QVERIFY2(tip.startsWith(QStringLiteral("Orders DB")) && tip.contains(failoverText), qPrintable(tip));
    m_window->simulateFailure(QString());
    QVERIFY(!m_window->scene()->componentItem(QStringLiteral("db"))->toolTip().contains(failoverText));
}

void TestFindingsFix::detailsShowWhyFixAndNames()
{
    FindingsPanel *panel = m_window->findingsPanel();
    auto *list = panel->findChild<QTreeView *>(QStringLiteral("findingsList"));
    const QString id = QStringLiteral("spread.zone-loss/az-a");
    const QModelIndex row = rowFor(list, id);
    QVERIFY(row.isValid());
    // Names in the Components column, not ids.
    QCOMPARE(row.siblingAtColumn(2).data().toString(), QStringLiteral("Orders DB"));
    list->setCurrentIndex(row);
    auto *text = panel->findChild<QTextBrowser *>(QStringLiteral("findingDetailsText"));
    QVERIFY(text && text->isVisible());
    const Finding *f = findingOf(panel, id);
    const QString shown = text->toPlainText();
    QVERIFY2(shown.contains(QStringLiteral("Why: ") + f->reason), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("Fix: ") + f->fix), qPrintable(shown));
    QVERIFY(shown.contains(QStringLiteral("Orders DB (db)")));
    auto *title = panel->findChild<QLabel *>(QStringLiteral("findingFixTitle"));
    QVERIFY(title && title->isVisible());
    QCOMPARE(title->text(), QStringLiteral("<b>Fix: Keep Orders DB up when us-east-1a fails</b>"));
    auto *preview = panel->findChild<QLabel *>(QStringLiteral("findingFixPreview"));
    QVERIFY2(preview->text().contains(QStringLiteral("Orders DB: Multi-AZ off → on")), qPrintable(preview->text()));
    if (const QString shots = qEnvironmentVariable("STACKDRAFT_TEST_SHOTS"); !shots.isEmpty())
        m_window->grab().save(shots + QStringLiteral("/findings-details.png"));
    // The list keeps at least eight rows in view at the studio's default size.
    const int rowHeight = list->sizeHintForRow(0);
    QVERIFY2(list->viewport()->height() >= 8 * rowHeight,
             qPrintable(QStringLiteral("%1 px for rows of %2 px").arg(list->viewport()->height()).arg(rowHeight)));
}

void TestFindingsFix::fixFromTheDockIsOneUndoStep()
{
    FindingsPanel *panel = m_window->findingsPanel();
    auto *list = panel->findChild<QTreeView *>(QStringLiteral("findingsList"));
    const QString id = QStringLiteral("spread.zone-loss/az-a");
    list->setCurrentIndex(rowFor(list, id));
    const QByteArray before = writeDesign(m_window->document()->design(), DesignFormat::Yaml);
    const int steps = m_window->document()->undoStack()->count();
    auto *apply = panel->findChild<QPushButton *>(QStringLiteral("findingApplyFix"));
    QVERIFY(apply && apply->isVisible());
    QTest::mouseClick(apply, Qt::LeftButton);
    QCOMPARE(m_window->document()->undoStack()->count(), steps + 1);
    QCOMPARE(m_window->document()->undoStack()->undoText(), QStringLiteral("Fix: Keep Orders DB up when us-east-1a fails"));
    QVERIFY(m_window->document()->design().component(QStringLiteral("db"))->properties.value(QStringLiteral("multiAz")).toBool());
    QVERIFY(!findingOf(panel, id));
    m_window->document()->undoStack()->undo();
    QCOMPARE(writeDesign(m_window->document()->design(), DesignFormat::Yaml), before);
    panel->revalidate();
    QVERIFY(findingOf(panel, id));
}

void TestFindingsFix::fixFromTheComponentMenu()
{
    // A WAF calls the API directly, and the API has no load balancer in front: the API's menu offers it.
    Document *document = m_window->document();
    Design d = document->design();
    d.removeConnection(QStringLiteral("users-lb"));
    d.removeConnection(QStringLiteral("lb-api"));
    d.removeComponent(QStringLiteral("lb"));
    Component waf;
    waf.id = QStringLiteral("waf");
    waf.kind = QStringLiteral("waf");
    waf.name = QStringLiteral("Shop WAF");
    waf.zone = QStringLiteral("r1");
    waf.position = QPointF(40, 160);
    d.addComponent(waf);
    d.addConnection(Connection{QStringLiteral("users-waf"), QStringLiteral("users"), QStringLiteral("waf"), QStringLiteral("https"), 443, ConnectionMode::Sync, {}, {}});
    d.addConnection(Connection{QStringLiteral("waf-api"), QStringLiteral("waf"), QStringLiteral("api"), QStringLiteral("https"), 443, ConnectionMode::Sync, {}, {}});
    document->reset(d);
    m_window->findingsPanel()->revalidate();
    QVERIFY(findingOf(m_window->findingsPanel(), QStringLiteral("redundancy.no-load-balancer/api")));

    CanvasScene *scene = m_window->scene();
    const QPoint where = m_window->view()->mapFromScene(scene->boundsOf({QStringLiteral("api")}).center());
    std::unique_ptr<QMenu> menu(m_window->canvasContextMenu(where));
    QAction *fix = nullptr;
    for (QAction *a : menu->actions())
        if (a->objectName() == QLatin1String("fix:redundancy.no-load-balancer/api"))
            fix = a;
    QVERIFY(fix);
    QCOMPARE(fix->text(), QStringLiteral("Fix: Put a load balancer in front of Shop API"));
    QVERIFY2(fix->toolTip().contains(QStringLiteral("Shop WAF → Shop API now goes Shop WAF → Shop API load balancer → Shop API")),
             qPrintable(fix->toolTip()));
    const int steps = document->undoStack()->count();
    fix->trigger();
    QCOMPARE(document->undoStack()->count(), steps + 1);
    const Design &fixed = document->design();
    QVERIFY(fixed.component(QStringLiteral("shop-api-load-balancer")));
    QVERIFY(!fixed.connection(QStringLiteral("waf-api")));
    QVERIFY(scene->componentItem(QStringLiteral("shop-api-load-balancer")));
    QVERIFY(!findingOf(m_window->findingsPanel(), QStringLiteral("redundancy.no-load-balancer/api")));
    document->undoStack()->undo();
    QVERIFY(!document->design().component(QStringLiteral("shop-api-load-balancer")));
    QVERIFY(document->design().connection(QStringLiteral("waf-api")));
}

QTEST_MAIN(TestFindingsFix)
#include "tst_findingsfix.moc"
