// SPDX-License-Identifier: MIT
// The studio driven like a user drives it: real widgets, real mouse and key events,
// assertions on the document (the truth), not only on item positions.
#include "alignmentguides.h"
#include "canvasitems.h"
#include "canvasscene.h"
#include "canvasview.h"
#include "heatlegend.h"
#include "modebanner.h"
#include "diagrampainter.h"
#include "analysis/dependencygraph.h"
#include "analysis/failuremodel.h"
#include "connecthandles.h"
#include "diagramstyle.h"
#include "routing.h"
#include "catalog.h"
#include "commands.h"
#include "document.h"
#include "mainwindow.h"
#include "findingspanel.h"
#include "questionnaireview.h"
#include "palettewidget.h"
#include "translations.h"
#include "recovery.h"
#include "designio.h"
#include "layoutcheck.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QUndoStack>
#include <QFile>
#include <QLineEdit>
#include <QMimeData>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QLabel>
#include <QMenu>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

#include <memory>

using namespace sd;

namespace {

Design sampleDesign()
{
    Design d;
    d.name = QStringLiteral("Canvas test");
    d.addZone(Zone{QStringLiteral("aws"), QStringLiteral("cloud"), QStringLiteral("AWS"), {}, QPointF(0, 0), QSizeF(1000, 600),
                   {{QStringLiteral("provider"), QStringLiteral("aws")}}});
    d.addZone(Zone{QStringLiteral("az-a"), QStringLiteral("availability-zone"), QStringLiteral("eu-west-1a"), QStringLiteral("aws"),
                   QPointF(40, 60), QSizeF(400, 400), {{QStringLiteral("zone"), QStringLiteral("eu-west-1a")}}});
    auto add = [&](const char *id, const char *kind, QPointF pos, const char *zone) {
        Component c;
        c.id = QString::fromLatin1(id);
        c.kind = QString::fromLatin1(kind);
        c.name = c.id.toUpper();
        c.position = pos;
        c.zone = QString::fromLatin1(zone);
        d.addComponent(c);
    };
    add("api", "microservice", QPointF(40, 60), "az-a");
    add("db", "relational-database", QPointF(40, 240), "az-a");
    add("lb", "load-balancer", QPointF(-400, 100), "");
    add("cache", "cache", QPointF(-400, 400), "");
    d.addConnection(Connection{QStringLiteral("api-db"), QStringLiteral("api"), QStringLiteral("db"), QStringLiteral("postgresql"), 5432, ConnectionMode::Sync, {}, {}});
    return d;
}

QByteArray serialized(const Document *doc) { return writeDesign(doc->design(), DesignFormat::Yaml); }

void sendMouse(QWidget *viewport, QEvent::Type type, QPoint pos, Qt::MouseButton button, Qt::MouseButtons buttons,
               Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QMouseEvent event(type, pos, viewport->mapToGlobal(pos), button, buttons, modifiers);
    QApplication::sendEvent(viewport, &event);
}

/// A press-move-release drag in scene coordinates, in small steps as a hand would.
void drag(CanvasView *view, QPointF fromScene, QPointF toScene, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *vp = view->viewport();
    const QPoint from = view->mapFromScene(fromScene);
    const QPoint to = view->mapFromScene(toScene);
    sendMouse(vp, QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton, modifiers);
    for (int i = 1; i <= 8; ++i)
        sendMouse(vp, QEvent::MouseMove, from + (to - from) * i / 8, Qt::NoButton, Qt::LeftButton, modifiers);
    sendMouse(vp, QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton, modifiers);
}

void click(CanvasView *view, QPointF scenePos, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    const QPoint p = view->mapFromScene(scenePos);
    sendMouse(view->viewport(), QEvent::MouseButtonPress, p, Qt::LeftButton, Qt::LeftButton, modifiers);
    sendMouse(view->viewport(), QEvent::MouseButtonRelease, p, Qt::LeftButton, Qt::NoButton, modifiers);
}

QPointF centreOf(CanvasScene *scene, const QString &id) { return scene->boundsOf({id}).center(); }

void dropKind(CanvasView *view, const QString &kind, QPointF scenePos)
{
    auto *mime = new QMimeData;
    mime->setData(QLatin1String(kKindMimeType), kind.toUtf8());
    const QPoint p = view->mapFromScene(scenePos);
    QDragEnterEvent enter(p, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &enter);
    QDropEvent drop(QPointF(p), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &drop);
    delete mime;
}

} // namespace

class TestCanvas : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // issue 16
    void shiftClickExtendsTheSelection();
    void ctrlYRedoes();
    void autoLayoutKeepsZonesInTheStudio_data();
    void autoLayoutKeepsZonesInTheStudio();
    void initTestCase();
    void init();
    void cleanup();
    void sceneMirrorsTheDocument();
    void statusCountsUseEnglishPlurals();
    void contextMenuAsksAboutAComponent();
    void findingsSimulationAndHeatOnTheCanvas();
    void dropFromPaletteCreatesComponentAtDropPoint();
    void dropIntoZoneMakesItAMember();
    void connectByDraggingFromTheHandle();
    void connectingToItselfIsRefused();
    void dragIsOneUndoStep();
    void dragOutOfZoneReparents();
    void arrowKeysNudge();
    void pasteKeepsInternalConnections();
    void deleteAndUndoRestoreEverything();
    void renameInPlace();
    void resizeZoneByHandle();
    void saveAndReopen();
    void brokenFileKeepsDocument();
    void titleShowsModifiedMarker();
    void autoLayoutIsOneUndoStep();
    void recoveryAfterCrash();
    void longConnectionsShowWhereTheyCrossTheView();
    void draggingAConnectionBendsItThroughAWaypoint();
    void escCancelsADragAndEndsASimulation();
    void droppedZoneFitsWhereItIsDropped();
    void movingAChildToTheEdgeGrowsItsZones();
    void resizingAZonePastItsParentGrowsTheParent();
    void pastedAvailabilityZoneGetsAFreshZone();
    void deletingAZoneWithContentsAsksFirst();
    void newZonesAreNamedFromTheirProperties();
    void rubberBandSelectsWhatItEnclosesOrWithAltWhatItTouches();
    void sendToBackAndBringToFrontAreSavedAndUndoable();
    void duplicateConnectionIsRefusedInTheStatusBarByName();
    void paletteDoubleClickPlacesBesideTheSelectionAndConnects();
    void paletteDoubleClickWithoutSelectionAvoidsCards();
    void dragFromEachSideHandleConnects_data();
    void dragFromEachSideHandleConnects();
    void hoverHandlesFollowACardMovedWithoutTheMouse();
    void connectDroppedOnNothingAddsAConnectedComponent();
    void connectDroppedOnNothingCancelledChangesNothing();
    void dragSnapsToAnotherCardsEdgeUnlessAltIsHeld();
    void guidesTakeTheNearestMatchingEdgeOnEachAxis();

private:
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_settingsDir;
};

void TestCanvas::statusCountsUseEnglishPlurals()
{
    auto *status = m_window->findChild<QLabel *>(QStringLiteral("selectionStatus"));
    QVERIFY(status);
    m_window->scene()->selectIds({QStringLiteral("cache")});
    QCOMPARE(status->text(), QStringLiteral("Selected: 1 component"));
    m_window->scene()->selectIds({QStringLiteral("cache"), QStringLiteral("api")});
    QCOMPARE(status->text(), QStringLiteral("Selected: 2 components"));
}

void TestCanvas::contextMenuAsksAboutAComponent()
{
    CanvasScene *scene = m_window->scene();
    const QPoint where = m_window->view()->mapFromScene(centreOf(scene, QStringLiteral("db")));
    std::unique_ptr<QMenu> menu(m_window->canvasContextMenu(where));
    QCOMPARE(scene->selectedIds(), QStringList{QStringLiteral("db")}); // right-click selects
    QAction *ask = nullptr;
    for (QAction *a : menu->actions())
        if (a->objectName() == QLatin1String("askAbout"))
            ask = a;
    QVERIFY(ask && ask->isEnabled());
    ask->trigger();
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("centreTabs"));
    QCOMPARE(tabs->currentWidget(), static_cast<QWidget *>(m_window->questionnaire()));
    QVERIFY(m_window->action(QStringLiteral("questionnaire"))->isChecked());
    // On the bare canvas the menu offers canvas actions, not item ones.
    m_window->showQuestionnaire(false);
    std::unique_ptr<QMenu> bare(m_window->canvasContextMenu(QPoint(2, 2)));
    QVERIFY(!bare->actions().contains(m_window->action(QStringLiteral("delete"))));
    QVERIFY(bare->actions().contains(m_window->action(QStringLiteral("autoLayout"))));
}

void TestCanvas::findingsSimulationAndHeatOnTheCanvas()
{
    QVERIFY(m_window->openFile(QStringLiteral(SOURCE_DIR "/resources/examples/e-commerce.stackdraft.yaml")));
    CanvasScene *scene = m_window->scene();
    // The findings panel badges the single fulfilment worker with an error.
    m_window->findingsPanel()->revalidate();
    QCOMPARE(scene->badge(QStringLiteral("fulfilment")).first, 2);
    QVERIFY(scene->badge(QStringLiteral("fulfilment")).second >= 1);
    // The accepted Redis finding carries no badge.
    QCOMPARE(scene->badge(QStringLiteral("session-cache")).second, 0);
    // Seen on the canvas: a red outline around the worker's card, none around the accepted cache.
    auto outlineRed = [&](const QString &id) {
        CanvasView *view = m_window->view();
        view->setZoom(1.0);
        ComponentItem *item = scene->componentItem(id);
        const QRectF card = item->mapRectToScene(item->rect());
        view->centerOn(card.center());
        const QImage frame = view->viewport()->grab().toImage();
        // Just left of the card, a quarter down (connections meet the edges' middles).
        const QPoint probe = view->mapFromScene(QPointF(card.left(), card.top() + card.height() * 0.25));
        for (int dx = -5; dx <= 0; ++dx) {
            const QColor c = frame.pixelColor(probe + QPoint(dx, 0));
            if (c.red() > 150 && c.green() < 110 && c.blue() < 110)
                return true;
        }
        return false;
    };
    QVERIFY(outlineRed(QStringLiteral("fulfilment")));
    QVERIFY(!outlineRed(QStringLiteral("session-cache")));

    // Losing the only queue takes the fulfilment worker behind it too; the checkout path survives.
    const QStringList lost = m_window->simulateFailure(QStringLiteral("order-queue"));
    QVERIFY(lost.contains(QStringLiteral("order-queue")));
    QVERIFY(lost.contains(QStringLiteral("fulfilment")));
    QVERIFY(!lost.contains(QStringLiteral("shop-db")));
    QVERIFY(scene->isLost(QStringLiteral("fulfilment")));
    // The cause is marked apart from what it cuts off, and a banner says what is simulated until it ends.
    QVERIFY(scene->isFailed(QStringLiteral("order-queue")));
    QVERIFY(!scene->isFailed(QStringLiteral("fulfilment")));
    auto *banner = m_window->findChild<ModeBanner *>(QStringLiteral("simulationBanner"));
    QVERIFY(banner && banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("Simulating: <b>")) && banner->text().contains(QStringLiteral("Fulfilment worker")),
             qPrintable(banner->text()));
    // A zone that fails is marked itself; everything drawn in it is lost.
    m_window->simulateFailure(QStringLiteral("zone:us-east-1b"));
    QVERIFY(scene->isFailed(QStringLiteral("us-east-1b")));
    QVERIFY(scene->isFailed(QStringLiteral("fulfilment")));
    QVERIFY(!scene->isFailed(QStringLiteral("order-queue")));
    // From the context menu of the queue.
    scene->selectIds({QStringLiteral("order-queue")});
    QVERIFY(m_window->action(QStringLiteral("simulateFailure"))->isEnabled());
    // The banner's End button ends it.
    QWidget *end = banner->widgetForAction(m_window->action(QStringLiteral("clearSimulation")));
    QVERIFY(end && end->isVisible() && end->isEnabled());
    QTest::mouseClick(end, Qt::LeftButton);
    QVERIFY(!banner->isVisible());
    QVERIFY(!scene->isLost(QStringLiteral("fulfilment")));
    QVERIFY(!scene->isFailed(QStringLiteral("us-east-1b")));

    // Heat: the API gateway, which every request passes, hurts more than a leaf such as the e-mail provider.
    // Far out (blocks instead of cards), the heat still colours the components.
    auto colourFarOut = [&](const QString &id) {
        CanvasView *view = m_window->view();
        view->setZoom(0.1);
        const QPointF centre = scene->componentItem(id)->sceneBoundingRect().center();
        view->centerOn(centre);
        return view->viewport()->grab().toImage().pixelColor(view->mapFromScene(centre));
    };
    const QColor gatewayPlain = colourFarOut(QStringLiteral("gateway"));
    m_window->setHeatView(true);
    QVERIFY(colourFarOut(QStringLiteral("gateway")) != gatewayPlain);
    QVERIFY(scene->heat(QStringLiteral("gateway")) > 3 * scene->heat(QStringLiteral("email")));
    QCOMPARE(scene->heat(QStringLiteral("shop-db")) <= 1.0, true);
    // Traffic sources are outside the system: not rated, so the shoppers are not painted as the worst risk.
    QCOMPARE(scene->heat(QStringLiteral("shoppers")), -1.0);
    QVERIFY2(scene->componentItem(QStringLiteral("gateway"))->toolTip().contains(QStringLiteral("Blast radius: it and ")),
             qPrintable(scene->componentItem(QStringLiteral("gateway"))->toolTip()));
    QVERIFY(scene->componentItem(QStringLiteral("email"))->toolTip().contains(QStringLiteral("Blast radius: only itself")));
    QVERIFY(!scene->componentItem(QStringLiteral("shoppers"))->toolTip().contains(QStringLiteral("Blast radius")));
    // The legend's scale ends at the largest blast radius of a rated component, and it is drawn on the canvas.
    {
        const Design &d = m_window->document()->design();
        const DependencyGraph graph = DependencyGraph::fromDesign(d);
        const FailureModel model(d, m_window->document()->catalog(), graph);
        int largest = 0;
        for (size_t v = 0; v < model.profiles().size(); ++v)
            if (!model.profiles()[v].trafficSource)
                largest = std::max(largest, model.blastRadius()[v]);
        auto *legend = m_window->view()->viewport()->findChild<HeatLegend *>(QStringLiteral("heatLegend"));
        QVERIFY(legend && legend->isVisible());
        QCOMPARE(legend->largest(), largest);
        QVERIFY(legend->lines().contains(QStringLiteral("%1 components lost").arg(largest)));
        QVERIFY(legend->geometry().bottom() < m_window->view()->viewport()->height());
        QCOMPARE(legend->geometry().left(), 12);
        // Both ends of the scale are on screen, in the cards' heat colours.
        const QImage shown = m_window->view()->viewport()->grab().toImage();
        auto drawn = [&](const QColor &want) {
            for (int y = legend->geometry().top(); y <= legend->geometry().bottom(); ++y)
                for (int x = legend->geometry().left(); x <= legend->geometry().right(); ++x) {
                    const QColor c = shown.pixelColor(x, y);
                    if (std::abs(c.red() - want.red()) + std::abs(c.green() - want.green()) + std::abs(c.blue() - want.blue()) < 12)
                        return true;
                }
            return false;
        };
        QVERIFY(drawn(DiagramPainter::heatColour(scene->theme(), 0.0)));
        QVERIFY(drawn(DiagramPainter::heatColour(scene->theme(), 1.0)));
        m_window->setHeatView(false);
        QVERIFY(!legend->isVisible());
    }
    QCOMPARE(scene->heat(QStringLiteral("shop-db")), -1.0);
    QVERIFY(!scene->componentItem(QStringLiteral("gateway"))->toolTip().contains(QStringLiteral("Blast radius")));

    // The fintech example has exactly one warning: the counts read as English, not "1 warnings".
    QVERIFY(m_window->openFile(QStringLiteral(SOURCE_DIR "/resources/examples/fintech-p2p.stackdraft.yaml")));
    m_window->findingsPanel()->revalidate();
    QStringList counts;
    for (const QToolButton *b : m_window->findingsPanel()->findChildren<QToolButton *>())
        counts << b->text();
    QVERIFY2(counts.contains(QStringLiteral("1 warning")), qPrintable(counts.join(QLatin1Char('|'))));
    QVERIFY2(counts.contains(QStringLiteral("0 errors")), qPrintable(counts.join(QLatin1Char('|'))));
}

void TestCanvas::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Settings (window state, recent files) go to a scratch folder, not the user's.
    QCoreApplication::setOrganizationName(QStringLiteral("StackdraftTest"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    MainWindow::setNonInteractive(true);
    qputenv("STACKDRAFT_RECOVERY_DIR", (m_settingsDir.path() + QStringLiteral("/recovery")).toUtf8());
    installTranslations(QLocale(QLocale::English));
}

void TestCanvas::init()
{
    m_window = std::make_unique<MainWindow>(Catalog::builtin());
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->document()->reset(sampleDesign());
    m_window->view()->setZoom(1.0);
    m_window->view()->centerOn(QPointF(0, 250));
    QApplication::clipboard()->clear();
}

void TestCanvas::cleanup() { m_window.reset(); }

void TestCanvas::sceneMirrorsTheDocument()
{
    CanvasScene *scene = m_window->scene();
    QVERIFY(scene->componentItem(QStringLiteral("api")));
    QVERIFY(scene->zoneItem(QStringLiteral("az-a")));
    QVERIFY(scene->connectionItem(QStringLiteral("api-db")));
    // Members are child items of their zone, at their model position relative to it.
    QCOMPARE(scene->componentItem(QStringLiteral("api"))->parentItem(), scene->zoneItem(QStringLiteral("az-a")));
    QCOMPARE(scene->componentItem(QStringLiteral("api"))->scenePos(), m_window->document()->design().scenePosition(QStringLiteral("api")));
}

void TestCanvas::dropFromPaletteCreatesComponentAtDropPoint()
{
    CanvasView *view = m_window->view();
    const QPointF target(-300, 700); // bare canvas
    dropKind(view, QStringLiteral("cache"), target);
    const Design &d = m_window->document()->design();
    QCOMPARE(d.components().size(), size_t(5));
    const Component *added = nullptr;
    for (const Component &c : d.components())
        if (c.id != QLatin1String("cache") && c.kind == QLatin1String("cache"))
            added = &c;
    QVERIFY(added);
    QVERIFY(added->zone.isEmpty());
    const QRectF box(d.scenePosition(added->id), Catalog::builtin().kind(QStringLiteral("cache"))->defaultSize);
    // Centred on the drop point, up to the grid snap.
    QVERIFY2(QLineF(box.center(), target).length() <= 20, qPrintable(QStringLiteral("%1,%2").arg(box.center().x()).arg(box.center().y())));
    QCOMPARE(m_window->document()->undoStack()->count(), 1);
    QCOMPARE(m_window->scene()->selectedIds(), QStringList{added->id});
}

void TestCanvas::dropIntoZoneMakesItAMember()
{
    const QPointF inside = m_window->document()->design().scenePosition(QStringLiteral("az-a")) + QPointF(300, 200);
    dropKind(m_window->view(), QStringLiteral("message-queue"), inside);
    const Design &d = m_window->document()->design();
    const Component *queue = nullptr;
    for (const Component &c : d.components())
        if (c.kind == QLatin1String("message-queue"))
            queue = &c;
    QVERIFY(queue);
    QCOMPARE(queue->zone, QStringLiteral("az-a"));
    // Dropping a zone kind creates a zone, nested where it was dropped.
    dropKind(m_window->view(), QStringLiteral("subnet"), d.scenePosition(QStringLiteral("aws")) + QPointF(800, 300));
    bool nested = false;
    for (const Zone &z : m_window->document()->design().zones())
        if (z.kind == QLatin1String("subnet"))
            nested = z.parent == QLatin1String("aws");
    QVERIFY(nested);
}

void TestCanvas::connectByDraggingFromTheHandle()
{
    CanvasScene *scene = m_window->scene();
    ComponentItem *lb = scene->componentItem(QStringLiteral("lb"));
    const QPointF handle = lb->mapToScene(QPointF(lb->rect().right(), lb->rect().center().y()));
    drag(m_window->view(), handle, centreOf(scene, QStringLiteral("api")));
    const Design &d = m_window->document()->design();
    QCOMPARE(d.connections().size(), size_t(2));
    bool found = false;
    for (const Connection &c : d.connections())
        found = found || (c.from == QLatin1String("lb") && c.to == QLatin1String("api"));
    QVERIFY(found);
    QCOMPARE(m_window->document()->undoStack()->count(), 1);
    // Nothing moved while connecting.
    QCOMPARE(d.component(QStringLiteral("lb"))->position, QPointF(-400, 100));
}

void TestCanvas::connectingToItselfIsRefused()
{
    CanvasScene *scene = m_window->scene();
    QSignalSpy messages(scene, &CanvasScene::message);
    m_window->action(QStringLiteral("connectTool"))->trigger();
    drag(m_window->view(), centreOf(scene, QStringLiteral("api")), centreOf(scene, QStringLiteral("db")));
    QCOMPARE(m_window->document()->design().connections().size(), size_t(1)); // api->db exists already
    QCOMPARE(messages.count(), 1);
    QVERIFY(messages[0][0].toString().contains(QStringLiteral("already connects")));
    drag(m_window->view(), centreOf(scene, QStringLiteral("cache")), centreOf(scene, QStringLiteral("cache")) + QPointF(5, 5));
    QCOMPARE(messages.count(), 2);
    QVERIFY(messages[1][0].toString().contains(QStringLiteral("itself")));
    QCOMPARE(m_window->document()->undoStack()->count(), 0);
}

void TestCanvas::dragIsOneUndoStep()
{
    CanvasScene *scene = m_window->scene();
    const QByteArray before = serialized(m_window->document());
    click(m_window->view(), centreOf(scene, QStringLiteral("lb")));
    QCOMPARE(scene->selectedIds(), QStringList{QStringLiteral("lb")});
    drag(m_window->view(), centreOf(scene, QStringLiteral("lb")), centreOf(scene, QStringLiteral("lb")) + QPointF(100, -60));
    QCOMPARE(m_window->document()->undoStack()->count(), 1);
    QCOMPARE(m_window->document()->design().component(QStringLiteral("lb"))->position, QPointF(-300, 40));
    // The connection follows, and the item sits where the model says.
    QCOMPARE(scene->componentItem(QStringLiteral("lb"))->scenePos(), QPointF(-300, 40));
    m_window->document()->undoStack()->undo();
    QCOMPARE(serialized(m_window->document()), before);
    QCOMPARE(scene->componentItem(QStringLiteral("lb"))->scenePos(), QPointF(-400, 100));
}

void TestCanvas::dragOutOfZoneReparents()
{
    CanvasScene *scene = m_window->scene();
    click(m_window->view(), centreOf(scene, QStringLiteral("db")));
    const QPointF start = centreOf(scene, QStringLiteral("db"));
    ConnectionItem *link = scene->connectionItem(QStringLiteral("api-db"));
    const QPolygonF lineBefore = link->route();
    drag(m_window->view(), start, QPointF(-300, 700)); // onto the bare canvas
    const Component *db = m_window->document()->design().component(QStringLiteral("db"));
    QVERIFY(db->zone.isEmpty());
    QCOMPARE(scene->componentItem(QStringLiteral("db"))->parentItem(), nullptr);
    QVERIFY(link->route() != lineBefore);
    // And back into the zone.
    drag(m_window->view(), centreOf(scene, QStringLiteral("db")), start);
    QCOMPARE(m_window->document()->design().component(QStringLiteral("db"))->zone, QStringLiteral("az-a"));
    QCOMPARE(m_window->document()->undoStack()->count(), 2);
}

void TestCanvas::arrowKeysNudge()
{
    m_window->scene()->selectIds({QStringLiteral("cache")});
    m_window->view()->setFocus();
    QTest::keyClick(m_window->view(), Qt::Key_Right);
    QTest::keyClick(m_window->view(), Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(m_window->document()->design().component(QStringLiteral("cache"))->position, QPointF(-380, 401));
    QCOMPARE(m_window->document()->undoStack()->count(), 2);
}

void TestCanvas::pasteKeepsInternalConnections()
{
    m_window->scene()->selectIds({QStringLiteral("api"), QStringLiteral("db")});
    m_window->action(QStringLiteral("copy"))->trigger();
    m_window->action(QStringLiteral("paste"))->trigger();
    const Design &d = m_window->document()->design();
    QCOMPARE(d.components().size(), size_t(6));
    QCOMPARE(d.connections().size(), size_t(2));
    const QStringList pasted = m_window->scene()->selectedIds();
    QCOMPARE(pasted.size(), 2);
    for (const QString &id : pasted)
        QVERIFY(id != QLatin1String("api") && id != QLatin1String("db"));
    bool linked = false;
    for (const Connection &c : d.connections())
        linked = linked || (pasted.contains(c.from) && pasted.contains(c.to));
    QVERIFY(linked);
    QCOMPARE(m_window->document()->undoStack()->count(), 1);
    m_window->document()->undoStack()->undo();
    QCOMPARE(m_window->document()->design().components().size(), size_t(4));
}

void TestCanvas::deleteAndUndoRestoreEverything()
{
    const QByteArray before = serialized(m_window->document());
    m_window->scene()->selectIds({QStringLiteral("az-a")});
    m_window->action(QStringLiteral("delete"))->trigger();
    QVERIFY(!m_window->document()->design().component(QStringLiteral("api")));
    QVERIFY(!m_window->scene()->componentItem(QStringLiteral("api")));
    m_window->action(QStringLiteral("undo"))->trigger();
    QCOMPARE(serialized(m_window->document()), before);
    QVERIFY(m_window->scene()->connectionItem(QStringLiteral("api-db")));
    QCOMPARE(m_window->scene()->componentItem(QStringLiteral("api"))->parentItem(), m_window->scene()->zoneItem(QStringLiteral("az-a")));
}

void TestCanvas::renameInPlace()
{
    m_window->scene()->selectIds({QStringLiteral("cache")});
    m_window->action(QStringLiteral("rename"))->trigger();
    auto *editor = m_window->view()->viewport()->findChild<QLineEdit *>(QStringLiteral("renameEditor"));
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("Sessions"));
    QTest::keyClick(editor, Qt::Key_Return);
    QCOMPARE(m_window->document()->design().component(QStringLiteral("cache"))->name, QStringLiteral("Sessions"));
    QCOMPARE(m_window->document()->undoStack()->count(), 1);
}

void TestCanvas::resizeZoneByHandle()
{
    CanvasScene *scene = m_window->scene();
    scene->selectIds({QStringLiteral("az-a")});
    ZoneItem *zone = scene->zoneItem(QStringLiteral("az-a"));
    const QPointF corner = zone->mapToScene(zone->rect().bottomRight());
    drag(m_window->view(), corner, corner + QPointF(100, 60));
    const Zone *z = m_window->document()->design().zone(QStringLiteral("az-a"));
    QCOMPARE(z->size, QSizeF(500, 460));
    QCOMPARE(z->position, QPointF(40, 60));
    QCOMPARE(m_window->document()->undoStack()->count(), 1);
}

void TestCanvas::saveAndReopen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("saved.stackdraft.yaml"));
    m_window->document()->undoStack()->push(new RenameItem(m_window->document(), QStringLiteral("db"), QStringLiteral("Orders")));
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("[*]")));
    QVERIFY(m_window->isWindowModified());
    QVERIFY(m_window->saveFile(path));
    QVERIFY(!m_window->isWindowModified());
    QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("saved.stackdraft.yaml")));
    const QByteArray saved = serialized(m_window->document());

    MainWindow other(Catalog::builtin());
    QVERIFY(other.openFile(path));
    QCOMPARE(serialized(other.document()), saved);
    QCOMPARE(other.scene()->componentItem(QStringLiteral("db"))->scenePos(), m_window->scene()->componentItem(QStringLiteral("db"))->scenePos());
}

void TestCanvas::brokenFileKeepsDocument()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.stackdraft.yaml"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("formatVersion: 2\nname: X\ncomponents:\n  - id: a\n    kind: cache\n    name: A\n    position: [0, oops]\n");
    f.close();
    m_window->document()->undoStack()->push(new RenameItem(m_window->document(), QStringLiteral("db"), QStringLiteral("Unsaved")));
    const QByteArray before = serialized(m_window->document());
    QVERIFY(!m_window->openFile(path));
    QCOMPARE(serialized(m_window->document()), before);
    QVERIFY(m_window->document()->isModified());
    QVERIFY(m_window->scene()->componentItem(QStringLiteral("db")));
}

void TestCanvas::titleShowsModifiedMarker()
{
    QVERIFY(!m_window->isWindowModified());
    m_window->scene()->selectIds({QStringLiteral("cache")});
    m_window->action(QStringLiteral("delete"))->trigger();
    QVERIFY(m_window->isWindowModified());
    m_window->action(QStringLiteral("undo"))->trigger();
    QVERIFY(!m_window->isWindowModified());
}

void TestCanvas::autoLayoutIsOneUndoStep()
{
    const QByteArray before = serialized(m_window->document());
    m_window->action(QStringLiteral("autoLayout"))->trigger();
    QCOMPARE(m_window->document()->undoStack()->count(), 1);
    const Design &d = m_window->document()->design();
    // Callers end up left of their callees.
    QVERIFY(d.scenePosition(QStringLiteral("api")).x() < d.scenePosition(QStringLiteral("db")).x());
    m_window->document()->undoStack()->undo();
    QCOMPARE(serialized(m_window->document()), before);
}

void TestCanvas::recoveryAfterCrash()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("work.stackdraft.yaml"));
    QString error;
    QVERIFY(saveDesign(sampleDesign(), path, DesignFormat::Yaml, &error));
    const QByteArray onDisk = [&] { QFile f(path); f.open(QIODevice::ReadOnly); return f.readAll(); }();

    QProcess crashing;
    crashing.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
    crashing.start(QStringLiteral(CRASHING_STUDIO), {path});
    QVERIFY(crashing.waitForFinished(60000));
    QCOMPARE(crashing.exitStatus(), QProcess::CrashExit);

    const QList<RecoveryEntry> pending = RecoveryManager::pendingRecoveries();
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.front().originalFile, path);

    MainWindow next(Catalog::builtin());
    next.offerRecovery(); // non-interactive: accepts
    const Design &d = next.document()->design();
    QVERIFY(d.component(QStringLiteral("api")));
    bool renamed = false;
    for (const Component &c : d.components())
        renamed = renamed || c.name == QLatin1String("Renamed before the crash");
    QVERIFY(renamed);
    QCOMPARE(next.document()->fileName(), path);
    QVERIFY(next.document()->isModified()); // restored work is unsaved until the user saves
    QVERIFY(RecoveryManager::pendingRecoveries().isEmpty());
    // The file on disk was never touched by the crash or the recovery.
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), onDisk);
    // Undo gives back the file as it was saved.
    next.document()->undoStack()->undo();
    QCOMPARE(writeDesign(next.document()->design(), DesignFormat::Yaml), writeDesign(sampleDesign(), DesignFormat::Yaml));
}


void TestCanvas::longConnectionsShowWhereTheyCrossTheView()
{
    // Both ends far off screen: only the stretch in view is stroked (a frame with a thousand
    // such lines took seconds otherwise); the user must still see the line, dashed if async.
    Design d;
    auto add = [&](const char *id, QPointF pos) {
        Component c;
        c.id = QString::fromLatin1(id);
        c.kind = QStringLiteral("microservice");
        c.name = c.id;
        c.position = pos;
        QVERIFY(d.addComponent(c));
    };
    add("west", QPointF(-8000, 1000));
    add("east", QPointF(8000, 1000));
    add("west2", QPointF(-8000, 1400));
    add("east2", QPointF(8000, 1400));
    QVERIFY(d.addConnection(Connection{QStringLiteral("sync"), QStringLiteral("west"), QStringLiteral("east"), QStringLiteral("https"), 443, ConnectionMode::Sync, {}, {}}));
    QVERIFY(d.addConnection(Connection{QStringLiteral("async"), QStringLiteral("west2"), QStringLiteral("east2"), QStringLiteral("amqp"), 5672, ConnectionMode::Async, {}, {}}));
    m_window->document()->reset(d);
    CanvasView *view = m_window->view();
    view->setZoom(1.0);
    const qreal syncY = m_window->scene()->connectionItem(QStringLiteral("sync"))->boundingRect().center().y();
    const qreal asyncY = m_window->scene()->connectionItem(QStringLiteral("async"))->boundingRect().center().y();
    view->centerOn(QPointF(-2000, (syncY + asyncY) / 2));
    const QImage frame = view->viewport()->grab().toImage();
    const QRgb background = frame.pixel(5, 5);
    auto inkAlong = [&](qreal sceneY) {
        // Pixels of a row that differ from the background, over the view's middle third.
        const int y = view->mapFromScene(QPointF(-2000, sceneY)).y();
        int ink = 0;
        for (int x = frame.width() / 3; x < 2 * frame.width() / 3; ++x)
            for (int dy = -1; dy <= 1; ++dy)
                if (frame.pixel(x, y + dy) != background) {
                    ++ink;
                    break;
                }
        return ink;
    };
    const int third = frame.width() / 3;
    QVERIFY2(inkAlong(syncY) > third * 9 / 10, "the synchronous line is solid across the view");
    const int dashed = inkAlong(asyncY);
    QVERIFY2(dashed > third / 4 && dashed < third * 9 / 10, qPrintable(QStringLiteral("dashed: %1 of %2").arg(dashed).arg(third)));
}

// --- issue 16 ------------------------------------------------------------------------

void TestCanvas::shiftClickExtendsTheSelection()
{
    CanvasScene *scene = m_window->scene();
    CanvasView *view = m_window->view();
    click(view, centreOf(scene, QStringLiteral("api")));
    QCOMPARE(scene->selectedIds(), QStringList{QStringLiteral("api")});
    click(view, centreOf(scene, QStringLiteral("db")), Qt::ShiftModifier);
    QStringList both{QStringLiteral("api"), QStringLiteral("db")};
    QCOMPARE(scene->selectedIds(), both);
    click(view, centreOf(scene, QStringLiteral("db")));
    QCOMPARE(scene->selectedIds(), QStringList{QStringLiteral("db")}); // a plain click selects one
}

void TestCanvas::ctrlYRedoes()
{
    QAction *redo = m_window->action(QStringLiteral("redo"));
    QVERIFY(redo->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Y)));
    QUndoStack *stack = m_window->document()->undoStack();
    stack->push(new RenameItem(m_window->document(), QStringLiteral("api"), QStringLiteral("Renamed")));
    stack->undo();
    QCOMPARE(m_window->document()->design().component(QStringLiteral("api"))->name == QLatin1String("Renamed"), false);
    m_window->view()->setFocus();
    QTest::keyClick(m_window->view(), Qt::Key_Y, Qt::ControlModifier);
    QCOMPARE(m_window->document()->design().component(QStringLiteral("api"))->name, QStringLiteral("Renamed"));
}

void TestCanvas::autoLayoutKeepsZonesInTheStudio_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(SOURCE_DIR "/resources/examples"));
    for (const QString &f : dir.entryList({QStringLiteral("*.stackdraft.yaml")}, QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(f)) << dir.filePath(f);
}

void TestCanvas::autoLayoutKeepsZonesInTheStudio()
{
    QFETCH(QString, path);
    auto loaded = loadDesign(path, Catalog::builtin());
    QVERIFY(loaded.design);
    m_window->document()->reset(*loaded.design);
    const QByteArray before = writeDesign(m_window->document()->design(), DesignFormat::Yaml);
    m_window->scene()->clearSelection();
    m_window->action(QStringLiteral("autoLayout"))->trigger();
    const Design &laid = m_window->document()->design();
    const QStringList problems = test::layoutProblems(laid, Catalog::builtin());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    // The scene follows: every card is drawn inside its zone's item.
    for (const Component &c : laid.components()) {
        if (c.zone.isEmpty())
            continue;
        const QRectF card = m_window->scene()->componentItem(c.id)->sceneBoundingRect();
        const QRectF zone = m_window->scene()->zoneItem(c.zone)->sceneBoundingRect();
        QVERIFY2(zone.contains(card.adjusted(5, 20, -10, -5)), qPrintable(c.id)); // boundingRect has badge room
    }
    // One undo step puts everything back.
    m_window->document()->undoStack()->undo();
    QCOMPARE(writeDesign(m_window->document()->design(), DesignFormat::Yaml), before);
}


void TestCanvas::draggingAConnectionBendsItThroughAWaypoint()
{
    CanvasScene *scene = m_window->scene();
    Document *doc = m_window->document();
    ConnectionItem *link = scene->connectionItem(QStringLiteral("api-db"));
    const QPolygonF before = link->route();
    const QByteArray saved = serialized(doc);
    QVERIFY(before.size() >= 2);
    // Pull the middle of the line 200 units to the right: the route now goes through there.
    const QPointF middle = (before[0] + before[1]) / 2;
    const QPointF pulled = middle + QPointF(200, 0);
    drag(m_window->view(), middle, pulled);
    QCOMPARE(doc->undoStack()->count(), 1);
    const std::vector<QPointF> waypoints = doc->design().connection(QStringLiteral("api-db"))->waypoints;
    QCOMPARE(waypoints.size(), size_t(1));
    QVERIFY(QLineF(waypoints[0], pulled).length() <= DiagramStyle::kGrid); // snapped to the grid
    const QPolygonF bent = link->route();
    bool throughWaypoint = false;
    for (int i = 0; i + 1 < bent.size(); ++i)
        throughWaypoint = throughWaypoint || QRectF(bent[i], bent[i + 1]).normalized().adjusted(-0.01, -0.01, 0.01, 0.01).contains(waypoints[0]);
    QVERIFY2(throughWaypoint, "the route passes through the waypoint");
    for (const QString &card : {QStringLiteral("api"), QStringLiteral("db")}) {
        const ComponentItem *item = scene->componentItem(card);
        QVERIFY(!routeCrosses(bent, item->mapRectToScene(item->rect())));
    }
    QVERIFY(serialized(doc).contains("waypoints:"));

    // Dragging the waypoint moves it (one more step); double-clicking it removes it.
    QVERIFY(link->isSelected());
    drag(m_window->view(), waypoints[0], waypoints[0] + QPointF(0, 100));
    QCOMPARE(doc->undoStack()->count(), 2);
    const QPointF moved = doc->design().connection(QStringLiteral("api-db"))->waypoints.at(0);
    QCOMPARE(moved, waypoints[0] + QPointF(0, 100));
    const QPoint at = m_window->view()->mapFromScene(moved);
    sendMouse(m_window->view()->viewport(), QEvent::MouseButtonPress, at, Qt::LeftButton, Qt::LeftButton);
    sendMouse(m_window->view()->viewport(), QEvent::MouseButtonRelease, at, Qt::LeftButton, Qt::NoButton);
    sendMouse(m_window->view()->viewport(), QEvent::MouseButtonDblClick, at, Qt::LeftButton, Qt::LeftButton);
    sendMouse(m_window->view()->viewport(), QEvent::MouseButtonRelease, at, Qt::LeftButton, Qt::NoButton);
    QCOMPARE(doc->undoStack()->count(), 3);
    QVERIFY(doc->design().connection(QStringLiteral("api-db"))->waypoints.empty());
    QCOMPARE(link->route(), before);

    // Each gesture undoes on its own; all three undone, the file is as it was.
    doc->undoStack()->undo();
    QCOMPARE(doc->design().connection(QStringLiteral("api-db"))->waypoints.at(0), moved);
    doc->undoStack()->undo();
    QCOMPARE(doc->design().connection(QStringLiteral("api-db"))->waypoints, waypoints);
    QCOMPARE(link->route(), bent);
    doc->undoStack()->undo();
    QCOMPARE(serialized(doc), saved);
    QCOMPARE(link->route(), before);
}

void TestCanvas::escCancelsADragAndEndsASimulation()
{
    CanvasScene *scene = m_window->scene();
    CanvasView *view = m_window->view();
    Document *doc = m_window->document();
    click(view, centreOf(scene, QStringLiteral("lb")));
    const QPointF start = scene->componentItem(QStringLiteral("lb"))->scenePos();
    const QPoint from = view->mapFromScene(centreOf(scene, QStringLiteral("lb")));
    sendMouse(view->viewport(), QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
    for (int i = 1; i <= 6; ++i)
        sendMouse(view->viewport(), QEvent::MouseMove, from + QPoint(30 * i, 10 * i), Qt::NoButton, Qt::LeftButton);
    QVERIFY(scene->componentItem(QStringLiteral("lb"))->scenePos() != start); // it follows the mouse
    QTest::keyClick(view, Qt::Key_Escape);
    QCOMPARE(scene->componentItem(QStringLiteral("lb"))->scenePos(), start);
    sendMouse(view->viewport(), QEvent::MouseButtonRelease, from + QPoint(180, 60), Qt::LeftButton, Qt::NoButton);
    QCOMPARE(doc->undoStack()->count(), 0);
    QCOMPARE(scene->componentItem(QStringLiteral("lb"))->scenePos(), start);

    // With no drag, Esc ends a failure simulation.
    m_window->simulateFailure(QStringLiteral("db"));
    QVERIFY(scene->isLost(QStringLiteral("db")));
    QTest::keyClick(view, Qt::Key_Escape);
    QVERIFY(!scene->isLost(QStringLiteral("db")));
}

namespace {
/// Whether an item lies inside its zone (in the zone's coordinates), with the zone's sizes resolved.
bool insideItsZone(const Design &d, const QString &id)
{
    const Catalog &catalog = Catalog::builtin();
    auto sizeOf = [&](const QString &item) {
        if (const Component *c = d.component(item))
            return c->size.isEmpty() ? catalog.kind(c->kind)->defaultSize : c->size;
        const Zone *z = d.zone(item);
        return z->size.isEmpty() ? catalog.kind(z->kind)->defaultSize : z->size;
    };
    const Component *c = d.component(id);
    const Zone *z = d.zone(id);
    const QString parent = c ? c->zone : z->parent;
    if (parent.isEmpty())
        return true;
    const QRectF rect(c ? c->position : z->position, sizeOf(id));
    return QRectF(QPointF(), sizeOf(parent)).contains(rect);
}
} // namespace

void TestCanvas::droppedZoneFitsWhereItIsDropped()
{
    Document *doc = m_window->document();
    const QRectF az(doc->design().scenePosition(QStringLiteral("az-a")), QSizeF(400, 400));
    // An availability zone (520 x 360 by default) dropped into a 400 x 400 zone fits inside it.
    dropKind(m_window->view(), QStringLiteral("availability-zone"), az.center() + QPointF(120, 100));
    QString added;
    for (const Zone &z : doc->design().zones())
        if (z.kind == QLatin1String("availability-zone") && z.id != QLatin1String("az-a"))
            added = z.id;
    QVERIFY(!added.isEmpty());
    const Zone *zone = doc->design().zone(added);
    QCOMPARE(zone->parent, QStringLiteral("az-a"));
    QVERIFY2(insideItsZone(doc->design(), added), qPrintable(QStringLiteral("%1,%2 %3x%4").arg(zone->position.x()).arg(zone->position.y())
                                                             .arg(zone->size.width()).arg(zone->size.height())));
    QCOMPARE(doc->design().zone(QStringLiteral("az-a"))->size, QSizeF(400, 400)); // nothing had to grow
    QCOMPARE(doc->undoStack()->count(), 1);
    // A region dropped near the cloud's right edge is shifted in, not hanging out.
    const QRectF cloud(doc->design().scenePosition(QStringLiteral("aws")), QSizeF(1000, 600));
    dropKind(m_window->view(), QStringLiteral("region"), QPointF(cloud.right() - 30, cloud.bottom() - 30));
    for (const Zone &z : doc->design().zones())
        if (z.kind == QLatin1String("region")) {
            QCOMPARE(z.parent, QStringLiteral("aws"));
            QVERIFY(insideItsZone(doc->design(), z.id));
        }
    QCOMPARE(doc->design().zone(QStringLiteral("aws"))->size, QSizeF(1000, 600));
}

void TestCanvas::movingAChildToTheEdgeGrowsItsZones()
{
    CanvasScene *scene = m_window->scene();
    Document *doc = m_window->document();
    const QByteArray before = serialized(doc);
    const QPointF apiScene = scene->componentItem(QStringLiteral("api"))->scenePos();
    // db (180 wide) dragged right until its edge is past az-a's (centre still inside): az-a grows.
    click(m_window->view(), centreOf(scene, QStringLiteral("db")));
    drag(m_window->view(), centreOf(scene, QStringLiteral("db")), centreOf(scene, QStringLiteral("db")) + QPointF(240, 0));
    QCOMPARE(doc->undoStack()->count(), 1);
    QCOMPARE(doc->design().component(QStringLiteral("db"))->zone, QStringLiteral("az-a"));
    QVERIFY(doc->design().zone(QStringLiteral("az-a"))->size.width() > 400);
    QVERIFY(insideItsZone(doc->design(), QStringLiteral("db")));
    QVERIFY(insideItsZone(doc->design(), QStringLiteral("az-a")));
    QCOMPARE(scene->zoneItem(QStringLiteral("az-a"))->rect().size(), doc->design().zone(QStringLiteral("az-a"))->size);
    doc->undoStack()->undo();
    QCOMPARE(serialized(doc), before);

    // Out over the left edge: az-a grows left (it moves, its members shift back), and so does the
    // cloud around it; nothing else moves on the canvas.
    drag(m_window->view(), centreOf(scene, QStringLiteral("db")), centreOf(scene, QStringLiteral("db")) - QPointF(100, 0));
    QCOMPARE(doc->undoStack()->count(), 1);
    const Design &d = doc->design();
    QCOMPARE(d.component(QStringLiteral("db"))->zone, QStringLiteral("az-a"));
    for (const QString &id : {QStringLiteral("db"), QStringLiteral("api"), QStringLiteral("az-a")})
        QVERIFY2(insideItsZone(d, id), qPrintable(id));
    QCOMPARE(d.scenePosition(QStringLiteral("api")), apiScene);
    QCOMPARE(scene->componentItem(QStringLiteral("api"))->scenePos(), apiScene);
    QCOMPARE(d.scenePosition(QStringLiteral("db")), scene->componentItem(QStringLiteral("db"))->scenePos());
    QVERIFY(d.zone(QStringLiteral("aws"))->position.x() < 0);
    doc->undoStack()->undo();
    QCOMPARE(serialized(doc), before);
}

void TestCanvas::resizingAZonePastItsParentGrowsTheParent()
{
    CanvasScene *scene = m_window->scene();
    Document *doc = m_window->document();
    const QByteArray before = serialized(doc);
    scene->selectIds({QStringLiteral("az-a")});
    ZoneItem *zone = scene->zoneItem(QStringLiteral("az-a"));
    const QPointF corner = zone->mapToScene(zone->rect().bottomRight());
    drag(m_window->view(), corner, corner + QPointF(100, 300)); // past the cloud's bottom (600)
    QCOMPARE(doc->undoStack()->count(), 1);
    QCOMPARE(doc->design().zone(QStringLiteral("az-a"))->size, QSizeF(500, 700));
    QVERIFY(doc->design().zone(QStringLiteral("aws"))->size.height() >= 60 + 700 + 20);
    QVERIFY(insideItsZone(doc->design(), QStringLiteral("az-a")));
    doc->undoStack()->undo();
    QCOMPARE(serialized(doc), before);
}

void TestCanvas::pastedAvailabilityZoneGetsAFreshZone()
{
    Document *doc = m_window->document();
    m_window->scene()->selectIds({QStringLiteral("az-a")});
    m_window->view()->setFocus();
    QTest::keyClick(m_window->view(), Qt::Key_C, Qt::ControlModifier);
    QTest::keyClick(m_window->view(), Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(doc->undoStack()->count(), 1);
    QStringList zones;
    QStringList names;
    for (const Zone &z : doc->design().zones())
        if (z.kind == QLatin1String("availability-zone")) {
            zones.append(z.id);
            names.append(z.properties.value(QStringLiteral("zone")).toString());
        }
    QCOMPARE(zones.size(), 2);
    QCOMPARE(zones.removeDuplicates(), 0);
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("eu-west-1a"), QStringLiteral("eu-west-1b")}));
    const QString pasted = zones.at(0) == QLatin1String("az-a") ? zones.at(1) : zones.at(0);
    QCOMPARE(doc->design().zone(pasted)->name, QStringLiteral("eu-west-1b")); // it was named after its zone
    QCOMPARE(m_window->scene()->selectedIds().contains(pasted), true);
}

void TestCanvas::deletingAZoneWithContentsAsksFirst()
{
    Document *doc = m_window->document();
    const QByteArray before = serialized(doc);
    QStringList askedAbout;
    int askedContents = 0;
    bool answer = false;
    EditPrompts prompts;
    prompts.deleteZoneContents = [&](const QStringList &zones, int contents) {
        askedAbout = zones;
        askedContents = contents;
        return answer;
    };
    m_window->setEditPrompts(prompts);
    m_window->scene()->selectIds({QStringLiteral("az-a")});
    m_window->view()->setFocus();
    QTest::keyClick(m_window->view(), Qt::Key_Delete);
    QCOMPARE(askedAbout, QStringList{QStringLiteral("eu-west-1a")});
    QCOMPARE(askedContents, 2); // api and db
    QCOMPARE(serialized(doc), before); // declined: nothing gone
    QCOMPARE(doc->undoStack()->count(), 0);
    answer = true;
    QTest::keyClick(m_window->view(), Qt::Key_Delete);
    QVERIFY(!doc->design().zone(QStringLiteral("az-a")));
    QVERIFY(!doc->design().component(QStringLiteral("api")));
    QCOMPARE(doc->undoStack()->count(), 1);
    // A component or an empty zone goes without a question.
    askedAbout.clear();
    m_window->scene()->selectIds({QStringLiteral("cache")});
    QTest::keyClick(m_window->view(), Qt::Key_Delete);
    QVERIFY(askedAbout.isEmpty());
    QVERIFY(!doc->design().component(QStringLiteral("cache")));
}

void TestCanvas::newZonesAreNamedFromTheirProperties()
{
    Document *doc = m_window->document();
    const Design &d = doc->design();
    const QString cloud = m_window->addKind(QStringLiteral("cloud"), QPointF(-2400, 0));
    QCOMPARE(d.zone(cloud)->name, QStringLiteral("AWS 2")); // the provider's default, numbered: "AWS" is taken
    doc->undoStack()->push(new SetProperty(doc, cloud, QStringLiteral("provider"), QStringLiteral("azure")));
    QCOMPARE(d.zone(cloud)->name, QStringLiteral("Azure"));
    doc->undoStack()->undo();
    QCOMPARE(d.zone(cloud)->name, QStringLiteral("AWS 2"));
    QCOMPARE(d.zone(cloud)->properties.value(QStringLiteral("provider")), QVariant());
    doc->undoStack()->redo();

    const QPointF inCloud = d.scenePosition(cloud) + QPointF(300, 250);
    const QString region = m_window->addKind(QStringLiteral("region"), inCloud);
    QCOMPARE(d.zone(region)->parent, cloud);
    QCOMPARE(d.zone(region)->name, QStringLiteral("Region"));
    // Typing the region's name in the property editor: one step, and the zone follows.
    for (const QString &typed : {QStringLiteral("w"), QStringLiteral("west"), QStringLiteral("westeurope")})
        doc->undoStack()->push(new SetProperty(doc, region, QStringLiteral("region"), typed));
    QCOMPARE(d.zone(region)->name, QStringLiteral("westeurope"));
    const int steps = doc->undoStack()->count();
    const QPointF inRegion = d.scenePosition(region) + QPointF(200, 150);
    const QString first = m_window->addKind(QStringLiteral("availability-zone"), inRegion);
    const QString second = m_window->addKind(QStringLiteral("availability-zone"), inRegion);
    QCOMPARE(d.zone(first)->parent, region);
    QCOMPARE(d.zone(first)->properties.value(QStringLiteral("zone")).toString(), QStringLiteral("1")); // Azure numbers them
    QCOMPARE(d.zone(first)->name, QStringLiteral("Zone 1"));
    QCOMPARE(d.zone(second)->name, QStringLiteral("Zone 2"));
    QCOMPARE(doc->undoStack()->count(), steps + 2);

    // A name the user gave stays.
    doc->undoStack()->push(new RenameItem(doc, region, QStringLiteral("Primary")));
    doc->undoStack()->push(new SetProperty(doc, region, QStringLiteral("region"), QStringLiteral("northeurope")));
    QCOMPARE(d.zone(region)->name, QStringLiteral("Primary"));
}

void TestCanvas::rubberBandSelectsWhatItEnclosesOrWithAltWhatItTouches()
{
    CanvasScene *scene = m_window->scene();
    const QRectF lb = scene->componentItem(QStringLiteral("lb"))->sceneBoundingRect();
    const QRectF cache = scene->componentItem(QStringLiteral("cache"))->sceneBoundingRect();
    // From bare canvas above-left of lb, around all of lb, over the top of cache and into the cloud.
    const QPointF from = lb.topLeft() - QPointF(40, 40);
    const QPointF to(60, cache.top() + 20);
    QVERIFY(scene->idAt(from).isEmpty());
    drag(m_window->view(), from, to);
    QCOMPARE(scene->selectedIds(), QStringList{QStringLiteral("lb")});
    scene->clearSelection();
    drag(m_window->view(), from, to, Qt::AltModifier);
    const QStringList touched = scene->selectedIds();
    for (const QString &id : {QStringLiteral("lb"), QStringLiteral("cache"), QStringLiteral("aws")})
        QVERIFY2(touched.contains(id), qPrintable(touched.join(QLatin1Char(','))));
    QCOMPARE(m_window->document()->undoStack()->count(), 0); // selecting changes nothing
}

void TestCanvas::sendToBackAndBringToFrontAreSavedAndUndoable()
{
    CanvasScene *scene = m_window->scene();
    Document *doc = m_window->document();
    // cache laid half over lb.
    doc->undoStack()->push(new PlaceItems(doc, {{QStringLiteral("cache"), {}, QPointF(-400, 400)}},
                                          {{QStringLiteral("cache"), {}, QPointF(-320, 130)}}, QStringLiteral("overlap")));
    const QPointF overlap(-300, 150);
    const QPointF lbOnly(-390, 110);
    const QString first = scene->idAt(overlap);
    const QString other = first == QLatin1String("lb") ? QStringLiteral("cache") : QStringLiteral("lb");
    click(m_window->view(), first == QLatin1String("lb") ? lbOnly : overlap + QPointF(120, 40));
    QCOMPARE(scene->selectedIds(), QStringList{first});
    // Send to Back from the item's context menu: the other card is on top now, and saved so.
    std::unique_ptr<QMenu> menu(m_window->canvasContextMenu(m_window->view()->mapFromScene(scene->boundsOf({first}).center())));
    QAction *sendToBack = m_window->action(QStringLiteral("sendToBack"));
    QVERIFY(menu->actions().contains(sendToBack));
    QVERIFY(sendToBack->isEnabled());
    sendToBack->trigger();
    QCOMPARE(scene->idAt(overlap), other);
    QVERIFY(doc->design().component(first)->zOrder < doc->design().component(other)->zOrder);
    QCOMPARE(doc->undoStack()->count(), 2);
    const QByteArray saved = serialized(doc);
    QVERIFY(saved.contains("zOrder: -1"));
    // Undo puts it back; redo again; a file saved and read back stacks the same way.
    doc->undoStack()->undo();
    QCOMPARE(scene->idAt(overlap), first);
    QCOMPARE(doc->design().component(first)->zOrder, 0);
    doc->undoStack()->redo();
    const LoadResult reread = readDesign(saved.toStdString(), DesignFormat::Yaml, QStringLiteral("t"), Catalog::builtin());
    QVERIFY(reread.ok());
    doc->reset(*reread.design);
    QCOMPARE(scene->idAt(overlap), other);
    // Bring to Front brings it back over; already in front, it is no step at all.
    scene->selectIds({first});
    m_window->action(QStringLiteral("bringToFront"))->trigger();
    QCOMPARE(scene->idAt(overlap), first);
    QCOMPARE(doc->undoStack()->count(), 1);
    m_window->action(QStringLiteral("bringToFront"))->trigger();
    QCOMPARE(doc->undoStack()->count(), 1);
}

void TestCanvas::duplicateConnectionIsRefusedInTheStatusBarByName()
{
    CanvasScene *scene = m_window->scene();
    Document *doc = m_window->document();
    doc->undoStack()->push(new RenameItem(doc, QStringLiteral("api"), QStringLiteral("Orders API")));
    doc->undoStack()->push(new RenameItem(doc, QStringLiteral("db"), QStringLiteral("Orders DB")));
    ComponentItem *api = scene->componentItem(QStringLiteral("api"));
    const QPointF handle = api->mapToScene(QPointF(api->rect().right(), api->rect().center().y()));
    drag(m_window->view(), handle, centreOf(scene, QStringLiteral("db"))); // api -> db exists
    QCOMPARE(doc->design().connections().size(), size_t(1));
    QCOMPARE(doc->undoStack()->count(), 2);
    const QString shown = m_window->statusBar()->currentMessage();
    QVERIFY2(shown.contains(QStringLiteral("“Orders API” already connects to “Orders DB”")), qPrintable(shown));
    QVERIFY2(!shown.contains(QStringLiteral("api-db")), qPrintable(shown)); // no ids
    QCOMPARE(QApplication::activeModalWidget(), nullptr);
}

namespace {
/// Double-clicks a kind in the palette as a hand does.
void doubleClickPalette(MainWindow *window, const QString &kind)
{
    QTreeWidgetItem *item = window->palette()->kindItem(kind);
    QVERIFY(item);
    QTreeWidget *tree = window->palette()->tree();
    tree->scrollToItem(item);
    const QPoint at = tree->visualItemRect(item).center();
    QWidget *viewport = tree->viewport();
    sendMouse(viewport, QEvent::MouseButtonPress, at, Qt::LeftButton, Qt::LeftButton);
    sendMouse(viewport, QEvent::MouseButtonRelease, at, Qt::LeftButton, Qt::NoButton);
    sendMouse(viewport, QEvent::MouseButtonDblClick, at, Qt::LeftButton, Qt::LeftButton);
    sendMouse(viewport, QEvent::MouseButtonRelease, at, Qt::LeftButton, Qt::NoButton);
}

/// Components that overlap another component's card, or lie across a zone's edge.
QStringList overlappingCards(CanvasScene *scene)
{
    QStringList overlapping;
    const Design &d = scene->design();
    for (const Component &a : d.components())
        for (const Component &b : d.components()) {
            const ComponentItem *ia = scene->componentItem(a.id), *ib = scene->componentItem(b.id);
            if (a.id < b.id && ia->mapRectToScene(ia->rect()).intersects(ib->mapRectToScene(ib->rect())))
                overlapping << a.id + QLatin1Char('/') + b.id;
        }
    // Nor does a card lie across a zone's edge: inside it or outside it.
    for (const Component &c : d.components())
        for (const Zone &z : d.zones()) {
            const QRectF card = scene->componentItem(c.id)->mapRectToScene(scene->componentItem(c.id)->rect());
            const ZoneItem *zone = scene->zoneItem(z.id);
            const QRectF frame = zone->mapRectToScene(zone->rect());
            if (frame.intersects(card) && !frame.contains(card))
                overlapping << c.id + QStringLiteral(" across ") + z.id;
        }
    return overlapping;
}
} // namespace

void TestCanvas::paletteDoubleClickPlacesBesideTheSelectionAndConnects()
{
    CanvasScene *scene = m_window->scene();
    Document *doc = m_window->document();
    const QByteArray before = serialized(doc);
    click(m_window->view(), centreOf(scene, QStringLiteral("lb")));
    QCOMPARE(scene->selectedIds(), QStringList{QStringLiteral("lb")});
    doubleClickPalette(m_window.get(), QStringLiteral("microservice"));
    QCOMPARE(doc->undoStack()->count(), 1); // the add and the connection are one step
    QCOMPARE(doc->design().components().size(), size_t(5));
    const QStringList selected = scene->selectedIds();
    QCOMPARE(selected.size(), 1);
    const QString added = selected.first();
    QCOMPARE(doc->design().component(added)->kind, QStringLiteral("microservice"));
    bool connected = false;
    for (const Connection &c : doc->design().connections())
        connected = connected || (c.from == QLatin1String("lb") && c.to == added);
    QVERIFY(connected);
    const QRectF lb = scene->componentItem(QStringLiteral("lb"))->sceneBoundingRect();
    const QRectF card = scene->boundsOf({added});
    QVERIFY2(card.left() > lb.right(), "beside the selection, to its right");
    QVERIFY(card.center().y() > lb.top() - 100 && card.center().y() < lb.bottom() + 100);
    QVERIFY2(overlappingCards(scene).isEmpty(), qPrintable(overlappingCards(scene).join(QLatin1Char(' '))));
    // Again: the next one does not land on the first.
    scene->selectIds({QStringLiteral("lb")});
    doubleClickPalette(m_window.get(), QStringLiteral("microservice"));
    QCOMPARE(doc->design().components().size(), size_t(6));
    QVERIFY2(overlappingCards(scene).isEmpty(), qPrintable(overlappingCards(scene).join(QLatin1Char(' '))));
    doc->undoStack()->undo();
    doc->undoStack()->undo();
    QCOMPARE(serialized(doc), before);
}

void TestCanvas::paletteDoubleClickWithoutSelectionAvoidsCards()
{
    CanvasScene *scene = m_window->scene();
    Document *doc = m_window->document();
    scene->clearSelection();
    m_window->view()->centerOn(centreOf(scene, QStringLiteral("api"))); // the middle of the view is on a card
    const size_t connections = doc->design().connections().size();
    doubleClickPalette(m_window.get(), QStringLiteral("cache"));
    QCOMPARE(doc->design().components().size(), size_t(5));
    QCOMPARE(doc->design().connections().size(), connections); // nothing selected, nothing connected
    QVERIFY2(overlappingCards(scene).isEmpty(), qPrintable(overlappingCards(scene).join(QLatin1Char(' '))));
    const QString added = scene->selectedIds().value(0);
    QVERIFY(QLineF(centreOf(scene, added), centreOf(scene, QStringLiteral("api"))).length() < 400); // near where it was asked
}

void TestCanvas::dragFromEachSideHandleConnects_data()
{
    QTest::addColumn<qreal>("zoom"); // 0: zoom to fit, as the examples open
    QTest::addColumn<int>("side");
    const std::pair<const char *, qreal> zooms[] = {{"fit", 0}, {"45%", 0.45}, {"30%", 0.3}};
    const std::pair<const char *, ConnectSide> sides[] = {{"left", ConnectSide::Left}, {"top", ConnectSide::Top},
                                                          {"right", ConnectSide::Right}, {"bottom", ConnectSide::Bottom}};
    for (const auto &[zoomName, zoom] : zooms)
        for (const auto &[sideName, side] : sides)
            QTest::addRow("%s %s", zoomName, sideName) << zoom << int(side);
}

void TestCanvas::dragFromEachSideHandleConnects()
{
    QFETCH(qreal, zoom);
    QFETCH(int, side);
    CanvasScene *scene = m_window->scene();
    CanvasView *view = m_window->view();
    if (zoom > 0) {
        view->setZoom(zoom);
        view->centerOn(centreOf(scene, QStringLiteral("lb")));
    } else {
        view->zoomToFit();
    }
    const QRectF lb = scene->componentItem(QStringLiteral("lb"))->sceneCard();
    const QPointF handle = ConnectHandles::anchor(lb, ConnectSide(side));
    // Hovering the card shows its handles, at any zoom.
    sendMouse(view->viewport(), QEvent::MouseMove, view->mapFromScene(lb.center()), Qt::NoButton, Qt::NoButton);
    QCOMPARE(scene->hoveredCard(), QStringLiteral("lb"));
    // Pressed 3 view pixels outside the card (where only the handle is), dropped on another card.
    const QPointF outward = (handle - lb.center()) / QLineF(handle, lb.center()).length() * (3 / view->zoom());
    drag(view, handle + outward, centreOf(scene, QStringLiteral("cache")));
    const Design &d = m_window->document()->design();
    QCOMPARE(d.connections().size(), size_t(2));
    int found = 0;
    for (const Connection &c : d.connections())
        found += c.from == QLatin1String("lb") && c.to == QLatin1String("cache");
    QCOMPARE(found, 1);
    QCOMPARE(m_window->document()->undoStack()->count(), 1);
    QCOMPARE(d.component(QStringLiteral("lb"))->position, QPointF(-400, 100)); // connecting moved nothing
}

void TestCanvas::hoverHandlesFollowACardMovedWithoutTheMouse()
{
    CanvasScene *scene = m_window->scene();
    CanvasView *view = m_window->view();
    Document *doc = m_window->document();
    view->zoomToFit();
    auto handles = [scene]() -> const ConnectHandlesItem * {
        for (QGraphicsItem *item : scene->items())
            if (const auto *h = dynamic_cast<const ConnectHandlesItem *>(item))
                return h;
        return nullptr;
    };
    const QRectF before = scene->componentItem(QStringLiteral("lb"))->sceneCard();
    sendMouse(view->viewport(), QEvent::MouseMove, view->mapFromScene(before.center()), Qt::NoButton, Qt::NoButton);
    QVERIFY(handles() && handles()->card() == before);
    // Moved by an edit, not by the mouse (as arrow keys and undo do): the handles go with the card.
    const Component *lb = doc->design().component(QStringLiteral("lb"));
    doc->undoStack()->push(new PlaceItems(doc, {{lb->id, lb->zone, lb->position}}, {{lb->id, lb->zone, lb->position + QPointF(200, 200)}},
                                          QStringLiteral("Move")));
    const QRectF moved = scene->componentItem(QStringLiteral("lb"))->sceneCard();
    QVERIFY(moved != before);
    QVERIFY(handles() && handles()->card() == moved);
    doc->undoStack()->undo();
    QVERIFY(handles() && handles()->card() == before);
    // Deleted while hovered: no handles are left around nothing.
    doc->undoStack()->push(new RemoveItems(doc, {QStringLiteral("lb")}));
    QVERIFY(!handles());
    QVERIFY(scene->hoveredCard().isEmpty());
}

void TestCanvas::connectDroppedOnNothingAddsAConnectedComponent()
{
    CanvasScene *scene = m_window->scene();
    Document *doc = m_window->document();
    const QByteArray before = serialized(doc);
    QStringList offered;
    scene->setKindPicker([&](const QStringList &kinds, QPoint) {
        offered = kinds;
        return QStringLiteral("cache");
    });
    m_window->view()->zoomToFit();
    const QRectF api = scene->componentItem(QStringLiteral("api"))->sceneCard();
    const QPointF drop(700, 300); // in the cloud zone "aws", away from every card
    drag(m_window->view(), ConnectHandles::anchor(api, ConnectSide::Right), drop);
    QVERIFY(offered.contains(QStringLiteral("microservice")));
    QVERIFY(!offered.contains(QStringLiteral("subnet"))); // components only, not zones
    const Design &d = doc->design();
    QCOMPARE(d.components().size(), size_t(5));
    const Component *added = nullptr;
    for (const Component &c : d.components())
        if (c.kind == QLatin1String("cache") && c.id != QLatin1String("cache"))
            added = &c;
    QVERIFY(added);
    const QString addedId = added->id;
    QCOMPARE(added->zone, QStringLiteral("aws"));
    const QRectF box(d.scenePosition(addedId), Catalog::builtin().kind(QStringLiteral("cache"))->defaultSize);
    QVERIFY2(QLineF(box.center(), drop).length() <= 20, qPrintable(QStringLiteral("%1,%2").arg(box.center().x()).arg(box.center().y())));
    QCOMPARE(d.connections().size(), size_t(2));
    int links = 0;
    for (const Connection &c : d.connections())
        links += c.from == QLatin1String("api") && c.to == addedId;
    QCOMPARE(links, 1);
    QCOMPARE(doc->undoStack()->count(), 1);
    const QByteArray after = serialized(doc);
    doc->undoStack()->undo();
    QCOMPARE(serialized(doc), before); // both gone
    doc->undoStack()->redo();
    QCOMPARE(serialized(doc), after); // both back, with the same ids
    QVERIFY(scene->componentItem(addedId));
}

void TestCanvas::connectDroppedOnNothingCancelledChangesNothing()
{
    CanvasScene *scene = m_window->scene();
    Document *doc = m_window->document();
    const QByteArray before = serialized(doc);
    int asked = 0;
    scene->setKindPicker([&](const QStringList &, QPoint) {
        ++asked;
        return QString(); // Esc
    });
    const QRectF lb = scene->componentItem(QStringLiteral("lb"))->sceneCard();
    drag(m_window->view(), ConnectHandles::anchor(lb, ConnectSide::Bottom), QPointF(-300, 700)); // bare canvas
    QCOMPARE(asked, 1);
    QCOMPARE(serialized(doc), before);
    QCOMPARE(doc->undoStack()->count(), 0);
}

void TestCanvas::dragSnapsToAnotherCardsEdgeUnlessAltIsHeld()
{
    // lb's left edge off the grid, so only a guide can put cache's there.
    Design design = sampleDesign();
    design.mutableComponent(QStringLiteral("lb"))->position = QPointF(-393, 100);
    Document *doc = m_window->document();
    CanvasScene *scene = m_window->scene();
    CanvasView *view = m_window->view();
    for (const bool alt : {false, true}) {
        doc->reset(design);
        click(view, centreOf(scene, QStringLiteral("cache")));
        QCOMPARE(scene->selectedIds(), QStringList{QStringLiteral("cache")});
        const Qt::KeyboardModifiers modifiers = alt ? Qt::AltModifier : Qt::NoModifier;
        // Moved by (9, 40): the grid alone says x = -400, the guide x = -393.
        const QPoint from = view->mapFromScene(centreOf(scene, QStringLiteral("cache")));
        const QPoint to = view->mapFromScene(centreOf(scene, QStringLiteral("cache")) + QPointF(9, 40));
        sendMouse(view->viewport(), QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton, modifiers);
        for (int i = 1; i <= 8; ++i)
            sendMouse(view->viewport(), QEvent::MouseMove, from + (to - from) * i / 8, Qt::NoButton, Qt::LeftButton, modifiers);
        const std::vector<QLineF> guides = scene->guideLines();
        sendMouse(view->viewport(), QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton, modifiers);
        QCOMPARE(doc->undoStack()->count(), 1);
        QCOMPARE(doc->design().component(QStringLiteral("cache"))->position, QPointF(alt ? -400 : -393, 440));
        if (alt) {
            QVERIFY(guides.empty());
        } else {
            // A vertical guide along both left edges, gone after the drop.
            QVERIFY(std::any_of(guides.cbegin(), guides.cend(), [](const QLineF &l) {
                return l.x1() == -393 && l.x2() == -393 && l.y1() <= 100 && l.y2() >= 512;
            }));
        }
        QVERIFY(scene->guideLines().empty());
        doc->undoStack()->undo();
        QCOMPARE(doc->design().component(QStringLiteral("cache"))->position, QPointF(-400, 400));
    }
}

void TestCanvas::guidesTakeTheNearestMatchingEdgeOnEachAxis()
{
    const QRectF moving(103, 500, 180, 72);
    // Left edges 3 and 2 apart (the nearer wins); a centre 4 away vertically; one too far.
    const std::vector<QRectF> others = {QRectF(100, 0, 180, 72), QRectF(105, 200, 100, 50), QRectF(600, 504 + 36 - 20, 100, 40),
                                        QRectF(120, 900, 180, 72)};
    const GuideSnap snap = snapToGuides(moving, others, 6);
    QVERIFY(snap.dx && snap.dy);
    QCOMPARE(*snap.dx, 2.0);
    QCOMPARE(*snap.dy, 4.0);
    // A vertical line along x = 105 from the other card to the moved one, a horizontal one at its middle.
    QVERIFY(std::any_of(snap.lines.cbegin(), snap.lines.cend(),
                        [](const QLineF &l) { return l.x1() == 105 && l.x2() == 105 && l.y1() == 200 && l.y2() == 576; }));
    QVERIFY(std::any_of(snap.lines.cbegin(), snap.lines.cend(), [](const QLineF &l) { return l.y1() == 540 && l.y2() == 540; }));
    // Nothing within reach: no snap, no line.
    const GuideSnap none = snapToGuides(moving.translated(2000, 2000), others, 6);
    QVERIFY(!none.dx && !none.dy && none.lines.empty());
}

QTEST_MAIN(TestCanvas)
#include "tst_canvas.moc"
