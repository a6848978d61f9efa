// SPDX-License-Identifier: MIT
// The docks driven through their real widgets (found by object name), with assertions on the
// document: palette search and drag data, property editing, undo granularity, refusals.
#include "canvasscene.h"
#include "canvasview.h"
#include "catalog.h"
#include "commands.h"
#include "designio.h"
#include "document.h"
#include "newdesigndialog.h"
#include "overviewmap.h"
#include "palettewidget.h"
#include "propertyeditor.h"

#include <QApplication>
#include <QDir>
#include <QPushButton>
#include <QScrollBar>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace sd;

namespace {

const QString kDb = QStringLiteral("db");
const QString kDb2 = QStringLiteral("db2");
const QString kCache = QStringLiteral("cache");
const QString kApi = QStringLiteral("api");
const QString kConnection = QStringLiteral("api-db");

Design sampleDesign()
{
    Design d;
    d.name = QStringLiteral("Docks test");
    d.addZone(Zone{QStringLiteral("aws"), QStringLiteral("cloud"), QStringLiteral("AWS"), {}, QPointF(0, 0),
                   QSizeF(1000, 600), {{QStringLiteral("provider"), QStringLiteral("aws")}}});
    auto add = [&](const QString &id, const char *kind, const char *name, PropertyMap properties = {}) {
        Component c;
        c.id = id;
        c.kind = QString::fromLatin1(kind);
        c.name = QString::fromLatin1(name);
        c.zone = QStringLiteral("aws");
        c.position = QPointF(40, 40 + 100 * d.components().size());
        c.properties = properties;
        QVERIFY(d.addComponent(c));
    };
    add(kApi, "microservice", "API");
    add(kDb, "relational-database", "DB", {{QStringLiteral("replicas"), qint64(2)}});
    add(kDb2, "relational-database", "Reporting DB");
    add(kCache, "cache", "Cache");
    d.addConnection(Connection{kConnection, kApi, kDb, QStringLiteral("postgresql"), 5432, ConnectionMode::Sync, {}, {}});
    return d;
}

template<typename T>
T *field(QWidget *editor, const QString &name)
{
    T *widget = editor->findChild<T *>(name);
    if (!widget)
        qWarning("no field %s", qPrintable(name));
    return widget;
}

QVariant stored(const Document &doc, const QString &id, const char *key)
{
    if (const Component *c = doc.design().component(id))
        return c->properties.value(QLatin1String(key));
    if (const Zone *z = doc.design().zone(id))
        return z->properties.value(QLatin1String(key));
    return {};
}

} // namespace

class TestDocks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void paletteFilter();
    void paletteDragAndActivate();
    void spinBoxEditAndUndo();
    void resetToDefault();
    void nameTypingIsOneStep();
    void multiSelectionEdit();
    void outOfRangeRefused();
    void undoRefreshesInPlace();
    void connectionFields();
    void designInfo();
    void removedItemLeavesSelection();
    void newDesignDialog();
    void overviewMap();
    void overviewMapRedrawsOnlyWhatChanged();
    void screenshots();

private:
    const Catalog *m_catalog = nullptr;
};

void TestDocks::initTestCase()
{
    m_catalog = &Catalog::builtin();
    QVERIFY(m_catalog->kind(QStringLiteral("relational-database")));
    QVERIFY(m_catalog->kind(QStringLiteral("cache")));
}

void TestDocks::paletteFilter()
{
    PaletteWidget palette(*m_catalog);
    QTreeWidget *tree = palette.tree();
    QTreeWidgetItem *db = palette.kindItem(QStringLiteral("relational-database"));
    QTreeWidgetItem *service = palette.kindItem(QStringLiteral("microservice"));
    QTreeWidgetItem *cloud = palette.kindItem(QStringLiteral("cloud"));
    QVERIFY(db && service && cloud);
    QVERIFY(db->parent()->isExpanded());

    // By description, case-insensitively ("PostgreSQL or MySQL...").
    palette.setFilter(QStringLiteral("POSTGRES"));
    QVERIFY(!db->isHidden());
    QVERIFY(service->isHidden());
    QVERIFY(!db->parent()->isHidden());
    QVERIFY(cloud->parent()->isHidden()); // a category without a match disappears
    QCOMPARE(palette.findChild<QLineEdit *>()->text(), QStringLiteral("POSTGRES"));

    // By id and by display name.
    palette.setFilter(QStringLiteral("api-gateway"));
    QVERIFY(!palette.kindItem(QStringLiteral("api-gateway"))->isHidden());
    QVERIFY(db->isHidden());
    palette.setFilter(QStringLiteral("microserv"));
    QVERIFY(!service->isHidden());
    QVERIFY(db->parent()->isHidden());

    // Typing in the search field filters too; clearing shows everything.
    auto *search = palette.findChild<QLineEdit *>();
    search->clear();
    QTest::keyClicks(search, QStringLiteral("zzzz-no-such-kind"));
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        QVERIFY(tree->topLevelItem(i)->isHidden());
    search->clear();
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        QVERIFY(!tree->topLevelItem(i)->isHidden());
    QVERIFY(!db->isHidden() && !service->isHidden());
}

void TestDocks::paletteDragAndActivate()
{
    PaletteWidget palette(*m_catalog);
    QTreeWidget *tree = palette.tree();
    QTreeWidgetItem *cache = palette.kindItem(kCache);
    QVERIFY(cache);
    QVERIFY(cache->flags() & Qt::ItemIsDragEnabled);
    QVERIFY(!(cache->parent()->flags() & Qt::ItemIsDragEnabled));
    QVERIFY(!cache->icon(0).isNull());
    QVERIFY(cache->toolTip(0).contains(m_catalog->kind(kCache)->description.toHtmlEscaped()));

    const QModelIndex index = tree->indexFromItem(cache);
    std::unique_ptr<QMimeData> mime(tree->model()->mimeData({index}));
    QVERIFY(mime);
    QVERIFY(mime->hasFormat(QLatin1String(kKindMimeType)));
    QCOMPARE(QString::fromUtf8(mime->data(QLatin1String(kKindMimeType))), kCache);

    QSignalSpy activated(&palette, &PaletteWidget::kindActivated);
    tree->setCurrentItem(cache);
    QTest::keyClick(tree, Qt::Key_Return);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).at(0).toString(), kCache);

    // Enter in the search field adds the first match.
    palette.setFilter(QStringLiteral("relational"));
    QTest::keyClick(palette.findChild<QLineEdit *>(), Qt::Key_Return);
    QCOMPARE(activated.count(), 2);
    QCOMPARE(activated.at(1).at(0).toString(), QStringLiteral("relational-database"));
}

void TestDocks::spinBoxEditAndUndo()
{
    Document doc(*m_catalog);
    doc.reset(sampleDesign());
    PropertyEditor editor(&doc);
    editor.show();
    editor.setSelection({kDb2});

    auto *replicas = field<QSpinBox>(&editor, QStringLiteral("prop:replicas"));
    QVERIFY(replicas);
    QCOMPARE(replicas->value(), 1); // the catalog default, not stored
    QCOMPARE(replicas->minimum(), 1);
    QCOMPARE(replicas->maximum(), 1000);
    QVERIFY(!stored(doc, kDb2, "replicas").isValid());

    replicas->selectAll();
    QTest::keyClicks(replicas, QStringLiteral("3"));
    QCOMPARE(stored(doc, kDb2, "replicas"), QVariant(qint64(3)));
    QCOMPARE(doc.undoStack()->count(), 1);

    doc.undoStack()->undo();
    QVERIFY(!stored(doc, kDb2, "replicas").isValid());
    QCOMPARE(replicas->value(), 1);
    doc.undoStack()->redo();
    QCOMPARE(replicas->value(), 3);

    // Units become suffixes; enums are combo boxes; bools check boxes.
    auto *retention = field<QSpinBox>(&editor, QStringLiteral("prop:backupRetentionDays"));
    QVERIFY(retention);
    QCOMPARE(retention->suffix(), QStringLiteral(" days"));
    auto *engine = field<QComboBox>(&editor, QStringLiteral("prop:engine"));
    QVERIFY(engine);
    // The user reads the value's name; the design stores the value.
    QCOMPARE(engine->currentText(), QStringLiteral("PostgreSQL"));
    QCOMPARE(engine->currentData().toString(), QStringLiteral("postgresql"));
    engine->setCurrentIndex(engine->findData(QStringLiteral("mysql")));
    QCOMPARE(stored(doc, kDb2, "engine"), QVariant(QStringLiteral("mysql")));
    auto *multiAz = field<QCheckBox>(&editor, QStringLiteral("prop:multiAz"));
    QVERIFY(multiAz);
    QTest::mouseClick(multiAz, Qt::LeftButton);
    QCOMPARE(stored(doc, kDb2, "multiAz"), QVariant(true));
    QCOMPARE(doc.undoStack()->count(), 3);
}

void TestDocks::resetToDefault()
{
    Document doc(*m_catalog);
    doc.reset(sampleDesign());
    PropertyEditor editor(&doc);
    editor.show();
    editor.setSelection({kDb});

    auto *reset = field<QToolButton>(&editor, QStringLiteral("reset:replicas"));
    auto *replicas = field<QSpinBox>(&editor, QStringLiteral("prop:replicas"));
    QVERIFY(reset && replicas);
    QLabel *label = nullptr;
    for (QLabel *l : editor.findChildren<QLabel *>())
        if (l->buddy() == replicas)
            label = l;
    QVERIFY(label);
    QVERIFY(reset->isVisible()); // db stores replicas: 2
    QVERIFY(label->font().bold());
    QVERIFY(!field<QToolButton>(&editor, QStringLiteral("reset:multiAz"))->isVisible());

    QTest::mouseClick(reset, Qt::LeftButton);
    QVERIFY(!stored(doc, kDb, "replicas").isValid());
    QVERIFY(!reset->isVisible());
    QVERIFY(!label->font().bold());
    QCOMPARE(replicas->value(), 1);
    doc.undoStack()->undo();
    QCOMPARE(stored(doc, kDb, "replicas"), QVariant(qint64(2)));
    QVERIFY(reset->isVisible());
}

void TestDocks::nameTypingIsOneStep()
{
    Document doc(*m_catalog);
    doc.reset(sampleDesign());
    PropertyEditor editor(&doc);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    editor.setSelection({kDb});

    auto *name = field<QLineEdit>(&editor, QStringLiteral("name"));
    QVERIFY(name);
    QCOMPARE(name->text(), QStringLiteral("DB"));
    name->setFocus();
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Orders DB"));
    QCOMPARE(doc.design().component(kDb)->name, QStringLiteral("Orders DB"));
    QCOMPARE(doc.undoStack()->count(), 1);
    // The refresh after each keystroke never moved the cursor or rebuilt the field.
    QCOMPARE(name->cursorPosition(), 9);
    QCOMPARE(field<QLineEdit>(&editor, QStringLiteral("name")), name);

    // Typing in the middle keeps the cursor where it is.
    name->setCursorPosition(6);
    QTest::keyClicks(name, QStringLiteral("-x"));
    QCOMPARE(name->text(), QStringLiteral("Orders-x DB"));
    QCOMPARE(name->cursorPosition(), 8);
    QCOMPARE(doc.undoStack()->count(), 1);

    doc.undoStack()->undo();
    QCOMPARE(doc.design().component(kDb)->name, QStringLiteral("DB"));
    QCOMPARE(name->text(), QStringLiteral("DB"));

    // An empty name is refused with a message, and the last good name stays.
    name->selectAll();
    QTest::keyClick(name, Qt::Key_Backspace);
    QCOMPARE(doc.design().component(kDb)->name, QStringLiteral("DB"));
    auto *error = field<QLabel>(&editor, QStringLiteral("error"));
    QVERIFY(error->isVisible());
    QVERIFY(!error->text().isEmpty());
}

void TestDocks::multiSelectionEdit()
{
    Document doc(*m_catalog);
    doc.reset(sampleDesign());
    PropertyEditor editor(&doc);
    editor.show();
    editor.setSelection({kCache, kDb});

    // Shared: replicas, multiAz... Not shared: engine (different values), backups (cache has none).
    QVERIFY(field<QSpinBox>(&editor, QStringLiteral("prop:replicas")));
    QVERIFY(editor.findChild<QWidget *>(QStringLiteral("prop:multiAz")));
    QVERIFY(!editor.findChild<QWidget *>(QStringLiteral("prop:engine")));
    QVERIFY(!editor.findChild<QWidget *>(QStringLiteral("prop:backups")));
    QVERIFY(!field<QLineEdit>(&editor, QStringLiteral("name"))->isEnabled());

    // db stores 2, cache uses the default 1: the values differ.
    auto *replicas = field<QSpinBox>(&editor, QStringLiteral("prop:replicas"));
    QCOMPARE(replicas->text(), QStringLiteral("—"));
    replicas->setValue(4);
    QCOMPARE(stored(doc, kDb, "replicas"), QVariant(qint64(4)));
    QCOMPARE(stored(doc, kCache, "replicas"), QVariant(qint64(4)));
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(replicas->text(), QStringLiteral("4"));
    doc.undoStack()->undo();
    QCOMPARE(stored(doc, kDb, "replicas"), QVariant(qint64(2)));
    QVERIFY(!stored(doc, kCache, "replicas").isValid());
    QCOMPARE(replicas->text(), QStringLiteral("—"));

    // A tri-state check box for differing bools; one click sets both.
    doc.undoStack()->push(new SetProperty(&doc, kDb, QStringLiteral("multiAz"), true));
    auto *multiAz = field<QCheckBox>(&editor, QStringLiteral("prop:multiAz"));
    QCOMPARE(multiAz->checkState(), Qt::PartiallyChecked);
    const int before = doc.undoStack()->count();
    QTest::mouseClick(multiAz, Qt::LeftButton);
    QCOMPARE(stored(doc, kCache, "multiAz"), QVariant(true));
    QCOMPARE(stored(doc, kDb, "multiAz"), QVariant(true));
    QCOMPARE(multiAz->checkState(), Qt::Checked);
    QVERIFY(!multiAz->isTristate());
    QCOMPARE(doc.undoStack()->count(), before + 1);

    // Two of the same kind share the enum too; a combo with differing values shows no current item.
    editor.setSelection({kDb, kDb2});
    doc.undoStack()->push(new SetProperty(&doc, kDb2, QStringLiteral("engine"), QStringLiteral("mysql")));
    auto *engine = field<QComboBox>(&editor, QStringLiteral("prop:engine"));
    QVERIFY(engine);
    QCOMPARE(engine->currentIndex(), -1);
    engine->setCurrentIndex(engine->findData(QStringLiteral("postgresql")));
    QCOMPARE(stored(doc, kDb, "engine"), QVariant(QStringLiteral("postgresql")));
    QCOMPARE(stored(doc, kDb2, "engine"), QVariant(QStringLiteral("postgresql")));
}

void TestDocks::outOfRangeRefused()
{
    Document doc(*m_catalog);
    doc.reset(sampleDesign());
    PropertyEditor editor(&doc);
    editor.show();
    editor.setSelection({kDb});

    auto *replicas = field<QSpinBox>(&editor, QStringLiteral("prop:replicas"));
    auto *error = field<QLabel>(&editor, QStringLiteral("error"));
    QVERIFY(replicas && error);
    QVERIFY(!error->isVisible());

    // Below the minimum (1): refused with a message, nothing pushed.
    replicas->selectAll();
    QTest::keyClicks(replicas, QStringLiteral("0"));
    QCOMPARE(stored(doc, kDb, "replicas"), QVariant(qint64(2)));
    QCOMPARE(doc.undoStack()->count(), 0);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QLatin1String("range")), qPrintable(error->text()));

    // Above the maximum (1000): the typed number stays visible and is explained, not swallowed.
    replicas->selectAll();
    QTest::keyClicks(replicas, QStringLiteral("5"));
    QCOMPARE(stored(doc, kDb, "replicas"), QVariant(qint64(5)));
    QVERIFY(!error->isVisible()); // a good value clears the message
    QTest::keyClicks(replicas, QStringLiteral("0000"));
    QVERIFY(replicas->text().startsWith(QLatin1String("50000")));
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(QLatin1String("50000")));
    QVERIFY(stored(doc, kDb, "replicas").toLongLong() <= 1000);
}

void TestDocks::undoRefreshesInPlace()
{
    Document doc(*m_catalog);
    doc.reset(sampleDesign());
    PropertyEditor editor(&doc);
    editor.setSelection({kDb});
    auto *replicas = field<QSpinBox>(&editor, QStringLiteral("prop:replicas"));
    auto *versionField = field<QLineEdit>(&editor, QStringLiteral("prop:engineVersion"));
    QVERIFY(replicas && versionField);

    // A change from elsewhere (the canvas, a script) updates the same widgets.
    doc.undoStack()->push(new SetProperty(&doc, kDb, QStringLiteral("replicas"), qint64(7)));
    doc.undoStack()->push(new SetProperty(&doc, kDb, QStringLiteral("engineVersion"), QStringLiteral("15")));
    QCOMPARE(replicas->value(), 7);
    QCOMPARE(versionField->text(), QStringLiteral("15"));
    QCOMPARE(field<QSpinBox>(&editor, QStringLiteral("prop:replicas")), replicas);
    doc.undoStack()->undo();
    QCOMPARE(versionField->text(), QStringLiteral("16"));

    // Zones get their kind's properties the same way.
    editor.setSelection({QStringLiteral("aws")});
    auto *provider = field<QComboBox>(&editor, QStringLiteral("prop:provider"));
    QVERIFY(provider);
    QCOMPARE(provider->currentData().toString(), QStringLiteral("aws"));
    provider->setCurrentIndex(provider->findData(QStringLiteral("gcp")));
    QCOMPARE(stored(doc, QStringLiteral("aws"), "provider"), QVariant(QStringLiteral("gcp")));
}

void TestDocks::connectionFields()
{
    Document doc(*m_catalog);
    doc.reset(sampleDesign());
    PropertyEditor editor(&doc);
    editor.setSelection({kConnection});

    QCOMPARE(field<QLabel>(&editor, QStringLiteral("connection:from"))->text(), QStringLiteral("API"));
    QCOMPARE(field<QLabel>(&editor, QStringLiteral("connection:to"))->text(), QStringLiteral("DB"));
    auto *protocol = field<QComboBox>(&editor, QStringLiteral("connection:protocol"));
    auto *port = field<QSpinBox>(&editor, QStringLiteral("connection:port"));
    auto *mode = field<QComboBox>(&editor, QStringLiteral("connection:mode"));
    auto *label = field<QLineEdit>(&editor, QStringLiteral("connection:label"));
    QVERIFY(protocol && port && mode && label);
    QCOMPARE(protocol->currentText(), QStringLiteral("postgresql"));
    QCOMPARE(port->value(), 5432);

    port->setValue(6432);
    QCOMPARE(doc.design().connection(kConnection)->port, 6432);
    mode->setCurrentIndex(1);
    QCOMPARE(doc.design().connection(kConnection)->mode, ConnectionMode::Async);
    QTest::keyClicks(label, QStringLiteral("orders"));
    QCOMPARE(doc.design().connection(kConnection)->label, QStringLiteral("orders"));
    protocol->lineEdit()->selectAll();
    QTest::keyClicks(protocol->lineEdit(), QStringLiteral("TCP"));
    QCOMPARE(doc.design().connection(kConnection)->protocol, QStringLiteral("tcp"));
    port->setValue(0);
    QCOMPARE(port->text(), QStringLiteral("—"));
    QCOMPARE(doc.design().connection(kConnection)->port, 0);

    // The line: its style, and the bends dragged into it, each one undo step of its own.
    auto *style = field<QComboBox>(&editor, QStringLiteral("connection:style"));
    auto *clearBends = field<QPushButton>(&editor, QStringLiteral("connection:clearBends"));
    QVERIFY(style && clearBends);
    QCOMPARE(style->currentData().toInt(), int(ConnectionStyle::Orthogonal));
    QVERIFY(!clearBends->isEnabled()); // no bends yet
    int steps = doc.undoStack()->count();
    style->setCurrentIndex(style->findData(int(ConnectionStyle::Curved)));
    QCOMPARE(doc.design().connection(kConnection)->style, ConnectionStyle::Curved);
    QCOMPARE(doc.undoStack()->count(), steps + 1);
    doc.undoStack()->push(new SetWaypoints(&doc, kConnection, {QPointF(100, 40), QPointF(100, 200)}, QStringLiteral("Bend")));
    QVERIFY(clearBends->isEnabled());
    steps = doc.undoStack()->count();
    QTest::mouseClick(clearBends, Qt::LeftButton);
    QVERIFY(doc.design().connection(kConnection)->waypoints.empty());
    QCOMPARE(doc.design().connection(kConnection)->style, ConnectionStyle::Curved);
    QCOMPARE(doc.undoStack()->count(), steps + 1);
    QVERIFY(!clearBends->isEnabled());
    doc.undoStack()->undo();
    QCOMPARE(doc.design().connection(kConnection)->waypoints.size(), size_t(2));

    // Renaming an end shows at once.
    doc.undoStack()->push(new RenameItem(&doc, kApi, QStringLiteral("Orders API")));
    QCOMPARE(field<QLabel>(&editor, QStringLiteral("connection:from"))->text(), QStringLiteral("Orders API"));

    while (doc.undoStack()->canUndo())
        doc.undoStack()->undo();
    QCOMPARE(*doc.design().connection(kConnection), *sampleDesign().connection(kConnection));
    QCOMPARE(port->value(), 5432);
    QCOMPARE(mode->currentIndex(), 0);
    QCOMPARE(protocol->currentText(), QStringLiteral("postgresql"));
    QCOMPARE(style->currentData().toInt(), int(ConnectionStyle::Orthogonal));
}

void TestDocks::designInfo()
{
    Document doc(*m_catalog);
    doc.reset(sampleDesign());
    PropertyEditor editor(&doc);
    editor.setSelection({});
    auto *name = field<QLineEdit>(&editor, QStringLiteral("design:name"));
    auto *description = field<QPlainTextEdit>(&editor, QStringLiteral("design:description"));
    auto *counts = field<QLabel>(&editor, QStringLiteral("design:counts"));
    QVERIFY(name && description && counts);
    QCOMPARE(name->text(), QStringLiteral("Docks test"));
    QCOMPARE(counts->text(), QStringLiteral("4 components, 1 connection, 1 zone"));

    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Shop"));
    QCOMPARE(doc.design().name, QStringLiteral("Shop"));
    QTest::keyClicks(description, QStringLiteral("Sells"));
    QCOMPARE(doc.design().description, QStringLiteral("Sells"));
    doc.undoStack()->undo();
    QCOMPARE(doc.design().name, QStringLiteral("Docks test"));
    QCOMPARE(description->toPlainText(), QString());

    doc.undoStack()->push(new RemoveItems(&doc, {kCache}));
    QCOMPARE(counts->text(), QStringLiteral("3 components, 1 connection, 1 zone"));
}

void TestDocks::removedItemLeavesSelection()
{
    Document doc(*m_catalog);
    doc.reset(sampleDesign());
    PropertyEditor editor(&doc);
    editor.setSelection({kCache, kDb});
    doc.undoStack()->push(new RemoveItems(&doc, {kCache}));
    QCOMPARE(editor.selection(), QStringList{kDb});
    QTRY_VERIFY(field<QLineEdit>(&editor, QStringLiteral("name")) && field<QLineEdit>(&editor, QStringLiteral("name"))->isEnabled());
    QCOMPARE(field<QLineEdit>(&editor, QStringLiteral("name"))->text(), QStringLiteral("DB"));

    doc.reset(Design());
    QVERIFY(editor.selection().isEmpty());
    QVERIFY(field<QLineEdit>(&editor, QStringLiteral("design:name")));
}

void TestDocks::newDesignDialog()
{
    NewDesignDialog dialog(*m_catalog);
    QCOMPARE(dialog.windowTitle(), QStringLiteral("New Design"));
    auto *list = dialog.findChild<QListWidget *>();
    QVERIFY(list);
    QCOMPARE(list->count(), 1 + int(NewDesignDialog::examplePaths().size()));
    QCOMPARE(list->currentRow(), 0);
    const Design blank = dialog.design();
    QCOMPARE(blank.name, QStringLiteral("Untitled design"));
    QVERIFY(blank.components().empty());
    if (list->count() > 1) {
        list->setCurrentRow(1);
        const Design example = dialog.design();
        QVERIFY(!example.components().empty());
        QVERIFY(list->item(1)->text().startsWith(example.name));
    }
}

void TestDocks::overviewMap()
{
    Document doc(*m_catalog);
    doc.reset(sampleDesign());
    CanvasScene scene(&doc);
    CanvasView view(&scene);
    view.resize(400, 300);
    view.show();
    OverviewMap map(&view);
    map.resize(240, 160);
    map.show();
    QVERIFY(QTest::qWaitForWindowExposed(&map));
    QCOMPARE(map.scene(), view.scene());
    QVERIFY(!map.accessibleName().isEmpty());

    // The overview shows the whole design.
    const QRectF bounds = scene.itemsBoundingRect();
    const QRectF shown(map.toScene(QPointF(0, 0)), map.toScene(QPointF(map.width(), map.height())));
    QVERIFY(shown.contains(bounds));
    QVERIFY(map.shownSceneRect().contains(bounds));

    // It draws the design: the picture is not just background where the components are.
    const QImage picture = map.grab().toImage();
    const QPoint db = map.fromScene(scene.componentItem(QStringLiteral("db"))->sceneBoundingRect().center()).toPoint();
    QVERIFY(picture.pixel(db) != picture.pixel(1, 1));

    // A click centres the main view on that spot; a drag follows the mouse.
    const QPointF target = bounds.topLeft() + QPointF(bounds.width() * 0.8, bounds.height() * 0.7);
    QTest::mouseClick(&map, Qt::LeftButton, {}, map.fromScene(target).toPoint());
    const QPointF centre = view.mapToScene(view.viewport()->rect().center());
    const qreal scenePerPixel = map.shownSceneRect().width() / map.width();
    QVERIFY2(QLineF(centre, target).length() < 20 * scenePerPixel,
             qPrintable(QStringLiteral("centre %1,%2 target %3,%4").arg(centre.x()).arg(centre.y()).arg(target.x()).arg(target.y())));

    // An edit shows in the overview once the scene settles, not on every change.
    const QRectF before = map.shownSceneRect();
    Component far;
    far.id = QStringLiteral("far");
    far.kind = QStringLiteral("cache");
    far.name = QStringLiteral("Far");
    far.position = bounds.bottomRight() + QPointF(2000, 2000);
    DesignFragment fragment;
    fragment.components.push_back(far);
    doc.undoStack()->push(new AddItems(&doc, fragment, QStringLiteral("add")));
    QCOMPARE(map.shownSceneRect(), before);
    QTRY_VERIFY(map.shownSceneRect().contains(far.position));
}

void TestDocks::overviewMapRedrawsOnlyWhatChanged()
{
    // Zones under cards: drawing a part again must not let a zone cover what lies on it.
    LoadResult loaded = loadDesign(QStringLiteral(SOURCE_DIR "/resources/examples/e-commerce.stackdraft.yaml"), *m_catalog);
    QVERIFY(loaded.ok());
    Document doc(*m_catalog);
    doc.reset(*loaded.design);
    CanvasScene scene(&doc);
    CanvasView view(&scene);
    view.resize(400, 300);
    view.show();
    OverviewMap map(&view);
    map.resize(480, 320);
    map.show();
    QVERIFY(QTest::qWaitForWindowExposed(&map));
    QTRY_COMPARE(map.fullRedraws(), 1);
    QTest::qWait(OverviewMap::kRefreshDelayMs + 50);
    const int full = map.fullRedraws();

    // A card inside its zone moves a little, as in a drag: the bounds of the design stay.
    const QRectF shown = map.shownSceneRect();
    const Component *moved = nullptr;
    for (const Component &c : doc.design().components())
        if (!c.zone.isEmpty() && !moved)
            moved = &c;
    QVERIFY(moved);
    const ItemPlacement before{moved->id, moved->zone, moved->position};
    ItemPlacement after = before;
    after.position += QPointF(24, 16);
    doc.undoStack()->push(new PlaceItems(&doc, {before}, {after}, QStringLiteral("drag")));
    QTRY_COMPARE(map.partialRedraws(), 1);
    QCOMPARE(map.shownSceneRect(), shown);
    QCOMPARE(map.fullRedraws(), full);
    const QImage patched = map.grab().toImage().convertToFormat(QImage::Format_RGB32);

    // The same as the picture drawn whole afresh.
    OverviewMap fresh(&view);
    fresh.resize(map.size());
    fresh.show();
    QVERIFY(QTest::qWaitForWindowExposed(&fresh));
    QTRY_COMPARE(fresh.fullRedraws(), 2); // drawn at its first size, then at this one
    const QImage whole = fresh.grab().toImage().convertToFormat(QImage::Format_RGB32);
    QCOMPARE(patched.size(), whole.size());
    int differing = 0;
    for (int y = 0; y < whole.height(); ++y)
        for (int x = 0; x < whole.width(); ++x) {
            const QRgb a = patched.pixel(x, y), b = whole.pixel(x, y);
            differing += std::max({std::abs(qRed(a) - qRed(b)), std::abs(qGreen(a) - qGreen(b)), std::abs(qBlue(a) - qBlue(b))}) > 48;
        }
    QVERIFY2(differing < 20, qPrintable(QStringLiteral("%1 pixels differ").arg(differing)));
    // And the move shows: the picture is not the one from before the edit.
    doc.undoStack()->undo();
    QTRY_COMPARE(map.partialRedraws(), 2);
    const QImage undone = map.grab().toImage().convertToFormat(QImage::Format_RGB32);
    QVERIFY(undone != patched);
}

/// Not a check: with STACKDRAFT_DOCKS_SCREENSHOTS=<dir>, saves how the docks look, for a human to judge.
void TestDocks::screenshots()
{
    const QString dir = qEnvironmentVariable("STACKDRAFT_DOCKS_SCREENSHOTS");
    if (dir.isEmpty())
        QSKIP("set STACKDRAFT_DOCKS_SCREENSHOTS=<dir> to save screenshots");
    QDir().mkpath(dir);
    Document doc(*m_catalog);
    const QStringList examples = NewDesignDialog::examplePaths();
    if (!examples.isEmpty())
        QVERIFY(doc.load(examples.first(), nullptr));
    else
        doc.reset(sampleDesign());
    doc.reset(doc.design());
    auto save = [&](QWidget *w, const char *name) { QVERIFY(w->grab().save(dir + QLatin1Char('/') + QLatin1String(name))); };

    PaletteWidget palette(*m_catalog);
    palette.resize(260, 700);
    palette.show();
    save(&palette, "palette.png");
    palette.setFilter(QStringLiteral("data"));
    save(&palette, "palette-filtered.png");

    PropertyEditor editor(&doc);
    editor.resize(340, 700);
    editor.show();
    QString db, second;
    for (const Component &c : doc.design().components()) {
        if (c.kind == QLatin1String("relational-database") && db.isEmpty())
            db = c.id;
        else if (c.kind == QLatin1String("cache") && second.isEmpty())
            second = c.id;
    }
    if (db.isEmpty())
        db = kDb;
    editor.setSelection({db});
    QApplication::processEvents();
    save(&editor, "properties-database.png");
    if (auto *replicas = editor.findChild<QSpinBox *>(QStringLiteral("prop:replicas"))) {
        replicas->selectAll();
        QTest::keyClicks(replicas, QStringLiteral("0"));
        save(&editor, "properties-error.png");
    }
    if (!second.isEmpty()) {
        editor.setSelection({db, second});
        save(&editor, "properties-multi.png");
    }
    if (!doc.design().connections().empty()) {
        editor.setSelection({doc.design().connections().front().id});
        save(&editor, "properties-connection.png");
    }
    if (!doc.design().zones().empty()) {
        editor.setSelection({doc.design().zones().front().id});
        save(&editor, "properties-zone.png");
    }
    editor.setSelection({});
    save(&editor, "properties-design.png");

    NewDesignDialog dialog(*m_catalog);
    dialog.show();
    if (dialog.findChild<QListWidget *>()->count() > 1)
        dialog.findChild<QListWidget *>()->setCurrentRow(1);
    save(&dialog, "new-design.png");

    CanvasScene scene(&doc);
    CanvasView view(&scene);
    view.resize(900, 600);
    view.show();
    view.setZoom(0.8);
    OverviewMap map(&view);
    map.resize(260, 180);
    map.show();
    QTest::qWait(250);
    save(&map, "overview.png");
}

QTEST_MAIN(TestDocks)
#include "tst_docks.moc"
