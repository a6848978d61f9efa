// SPDX-License-Identifier: MIT
// Text notes in the studio (issue 16), driven like a user drives them: the Add Note action and the
// context menu, writing in place with real keys (Esc cancels, a click outside commits, one undo
// step), Delete, moving with the selection, save and reload. Assertions are on the document.
#include "canvasscene.h"
#include "canvasview.h"
#include "catalog.h"
#include "commands.h"
#include "designio.h"
#include "document.h"
#include "mainwindow.h"
#include "noteitem.h"
#include "palettewidget.h"
#include "notepainter.h"
#include "translations.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace sd;

namespace {

Design sampleDesign()
{
    Design d;
    d.name = QStringLiteral("Notes test");
    d.addZone(Zone{QStringLiteral("aws"), QStringLiteral("cloud"), QStringLiteral("AWS"), {}, QPointF(0, 0), QSizeF(900, 560),
                   {{QStringLiteral("provider"), QStringLiteral("aws")}}});
    Component api;
    api.id = QStringLiteral("api");
    api.kind = QStringLiteral("microservice");
    api.name = QStringLiteral("Orders API");
    api.zone = QStringLiteral("aws");
    api.position = QPointF(60, 80);
    d.addComponent(api);
    return d;
}

} // namespace

class TestNotes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup() { m_window.reset(); }
    void addNoteWriteInPlaceAndUndo();
    void escapeCancelsTheEditing();
    void doubleClickEditsAndKeysStayInTheNote();
    void contextMenuAddsANoteAtTheCursorInsideItsZone();
    void deleteAndMoveWithTheSelection();
    void resizeGripResizesInOneStep();
    void savedAndReloaded();
    void copyPasteAndDuplicate();
    void paletteDropAddsANote();

private:
    Document *doc() const { return m_window->document(); }
    CanvasScene *scene() const { return m_window->scene(); }
    QWidget *viewport() const { return m_window->view()->viewport(); }
    QPoint viewPoint(QPointF scenePos) const { return m_window->view()->mapFromScene(scenePos); }
    /// A click on empty canvas, away from every item: what ends writing a note.
    void clickOutside() { QTest::mouseClick(viewport(), Qt::LeftButton, {}, viewPoint(QPointF(-600, 700))); }

    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_settingsDir;
};

void TestNotes::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("StackdraftTest"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    MainWindow::setNonInteractive(true);
    qputenv("STACKDRAFT_RECOVERY_DIR", (m_settingsDir.path() + QStringLiteral("/recovery")).toUtf8());
    installTranslations(QLocale(QLocale::English));
}

void TestNotes::init()
{
    m_window = std::make_unique<MainWindow>(Catalog::builtin());
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    // Typed keys reach the note's editor only in the active window (Xvfb has no window manager to activate it).
    m_window->activateWindow();
    (void)QTest::qWaitForWindowActive(m_window.get());
    doc()->reset(sampleDesign());
    m_window->view()->setZoom(1.0);
    m_window->view()->centerOn(QPointF(200, 300));
    m_window->view()->setFocus();
}

void TestNotes::addNoteWriteInPlaceAndUndo()
{
    const QByteArray original = writeDesign(doc()->design(), DesignFormat::Yaml);
    m_window->action(QStringLiteral("addNote"))->trigger();
    QCOMPARE(doc()->design().notes().size(), size_t(1));
    const QString id = doc()->design().notes().front().id;
    QVERIFY2(scene()->isEditingText(), "a new note opens for writing");
    QCOMPARE(scene()->selectedIds(), QStringList{id});
    auto *status = m_window->findChild<QLabel *>(QStringLiteral("selectionStatus"));
    QVERIFY(status);
    // "1 note" once the English catalogue has the plural of the new string; "1 note(s)" before.
    QVERIFY2(status->text().startsWith(QStringLiteral("Selected: 1 note")), qPrintable(status->text()));
    // Letters that are shortcuts elsewhere (N, V, C) are text here.
    QTest::keyClicks(viewport(), QStringLiteral("Check capacity: N V C"));
    QTest::keyClick(viewport(), Qt::Key_Return);
    QTest::keyClicks(viewport(), QStringLiteral("second line"));
    QCOMPARE(doc()->design().notes().size(), size_t(1)); // N added no other note
    QCOMPARE(doc()->design().note(id)->text, QString()); // nothing is stored while typing
    clickOutside();
    QVERIFY(!scene()->isEditingText());
    QCOMPARE(doc()->design().note(id)->text, QStringLiteral("Check capacity: N V C\nsecond line"));
    QCOMPARE(doc()->undoStack()->count(), 2); // add, then the text: one step each
    doc()->undoStack()->undo();
    QCOMPARE(doc()->design().note(id)->text, QString());
    doc()->undoStack()->undo();
    QCOMPARE(writeDesign(doc()->design(), DesignFormat::Yaml), original);
    doc()->undoStack()->redo();
    doc()->undoStack()->redo();
    QCOMPARE(doc()->design().note(id)->text, QStringLiteral("Check capacity: N V C\nsecond line"));
    // The item grew to show both lines: nothing is cut off.
    NoteItem *item = scene()->noteItem(id);
    QVERIFY(item);
    QVERIFY(item->rect().height() >= NotePainter::kPadding * 2 + 2 * 14);
}

void TestNotes::escapeCancelsTheEditing()
{
    m_window->action(QStringLiteral("addNote"))->trigger();
    const QString id = doc()->design().notes().front().id;
    QTest::keyClicks(viewport(), QStringLiteral("never mind"));
    QTest::keyClick(viewport(), Qt::Key_Escape);
    QVERIFY(!scene()->isEditingText());
    QCOMPARE(doc()->design().note(id)->text, QString());
    QCOMPARE(doc()->undoStack()->count(), 1);
}

void TestNotes::doubleClickEditsAndKeysStayInTheNote()
{
    doc()->undoStack()->push(addNoteCommand(doc(), Note{QStringLiteral("n"), QStringLiteral("Old text"), {}, QPointF(-400, 100),
                                                        QSizeF(), NoteColour::Blue}));
    const QPoint centre = viewPoint(scene()->boundsOf({QStringLiteral("n")}).center());
    QTest::mouseClick(viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(viewport(), Qt::LeftButton, {}, centre);
    QVERIFY(scene()->isEditingText());
    // Select all and Delete are the editor's: the note itself is not deleted.
    QTest::keyClick(viewport(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(viewport(), Qt::Key_Delete);
    QVERIFY(doc()->design().note(QStringLiteral("n")));
    QTest::keyClicks(viewport(), QStringLiteral("New text"));
    // Ctrl+Enter commits too.
    QTest::keyClick(viewport(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(!scene()->isEditingText());
    QCOMPARE(doc()->design().note(QStringLiteral("n"))->text, QStringLiteral("New text"));
    QCOMPARE(doc()->undoStack()->count(), 2);
    QCOMPARE(doc()->undoStack()->undoText(), QStringLiteral("Edit note"));
}

void TestNotes::contextMenuAddsANoteAtTheCursorInsideItsZone()
{
    const QPointF at(400, 300); // inside the AWS zone, on no card
    std::unique_ptr<QMenu> menu(m_window->canvasContextMenu(viewPoint(at)));
    QAction *here = menu->findChild<QAction *>(QStringLiteral("addNoteHere"));
    QVERIFY(here);
    here->trigger();
    QCOMPARE(doc()->design().notes().size(), size_t(1));
    const Note &n = doc()->design().notes().front();
    QCOMPARE(n.zone, QStringLiteral("aws"));
    QVERIFY(QLineF(doc()->design().scenePosition(n.id), at).length() < 30);
    clickOutside();
    // The note's own menu offers its colours.
    std::unique_ptr<QMenu> noteMenu(m_window->canvasContextMenu(viewPoint(scene()->boundsOf({n.id}).center())));
    QAction *green = noteMenu->findChild<QAction *>(QStringLiteral("noteColour:green"));
    QVERIFY(green);
    green->trigger();
    QCOMPARE(doc()->design().notes().front().colour, NoteColour::Green);
}

void TestNotes::deleteAndMoveWithTheSelection()
{
    doc()->undoStack()->push(addNoteCommand(doc(), Note{QStringLiteral("n"), QStringLiteral("Moves with the API"), QStringLiteral("aws"),
                                                        QPointF(300, 80), QSizeF(), NoteColour::Yellow}));
    scene()->selectIds({QStringLiteral("n"), QStringLiteral("api")});
    const QPointF notePos = doc()->design().note(QStringLiteral("n"))->position;
    const QPointF apiPos = doc()->design().component(QStringLiteral("api"))->position;
    // A drag of the selection, grabbed by the note, moves both as one step.
    const QPoint from = viewPoint(scene()->boundsOf({QStringLiteral("n")}).center());
    QTest::mousePress(viewport(), Qt::LeftButton, {}, from);
    for (int i = 1; i <= 5; ++i)
        QTest::mouseMove(viewport(), from + QPoint(12 * i, 8 * i));
    QTest::mouseRelease(viewport(), Qt::LeftButton, {}, from + QPoint(60, 40));
    QCOMPARE(doc()->design().note(QStringLiteral("n"))->position, notePos + QPointF(60, 40));
    QCOMPARE(doc()->design().component(QStringLiteral("api"))->position, apiPos + QPointF(60, 40));
    QCOMPARE(doc()->design().note(QStringLiteral("n"))->zone, QStringLiteral("aws"));
    QCOMPARE(doc()->undoStack()->count(), 2);
    scene()->selectIds({QStringLiteral("n")});
    QTest::keyClick(viewport(), Qt::Key_Delete);
    QVERIFY(!doc()->design().note(QStringLiteral("n")));
    QVERIFY(!scene()->noteItem(QStringLiteral("n")));
    doc()->undoStack()->undo();
    QVERIFY(scene()->noteItem(QStringLiteral("n")));
    QCOMPARE(doc()->design().note(QStringLiteral("n"))->text, QStringLiteral("Moves with the API"));
}

void TestNotes::resizeGripResizesInOneStep()
{
    doc()->undoStack()->push(addNoteCommand(doc(), Note{QStringLiteral("n"), QStringLiteral("Wide"), {}, QPointF(-400, 100),
                                                        QSizeF(200, 120), NoteColour::Yellow}));
    scene()->selectIds({QStringLiteral("n")});
    const QPoint grip = viewPoint(QPointF(-400 + 200 - 3, 100 + 120 - 3));
    QTest::mousePress(viewport(), Qt::LeftButton, {}, grip);
    for (int i = 1; i <= 4; ++i)
        QTest::mouseMove(viewport(), grip + QPoint(20 * i, 10 * i));
    QTest::mouseRelease(viewport(), Qt::LeftButton, {}, grip + QPoint(80, 40));
    const Note *n = doc()->design().note(QStringLiteral("n"));
    QCOMPARE(n->position, QPointF(-400, 100));
    QVERIFY2(n->size.width() >= 260 && n->size.width() <= 300, qPrintable(QString::number(n->size.width())));
    QCOMPARE(doc()->undoStack()->count(), 2);
}

void TestNotes::savedAndReloaded()
{
    m_window->action(QStringLiteral("addNote"))->trigger();
    QTest::keyClicks(viewport(), QStringLiteral("Saved with the design"));
    clickOutside();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.stackdraft.yaml"));
    QString error;
    QCOMPARE(doc()->save(path, &error), Document::SaveResult::Saved);
    Document reloaded(Catalog::builtin());
    Diagnostics diagnostics;
    QVERIFY(reloaded.load(path, &diagnostics));
    QCOMPARE(reloaded.design(), doc()->design());
    QCOMPARE(reloaded.design().notes().front().text, QStringLiteral("Saved with the design"));
    // A picture for people to look at (STACKDRAFT_NOTES_SCREENSHOT=file.png).
    if (const QByteArray shot = qgetenv("STACKDRAFT_NOTES_SCREENSHOT"); !shot.isEmpty()) {
        doc()->undoStack()->push(addNoteCommand(doc(), Note{QStringLiteral("n-blue"), QStringLiteral("Orders API scales on queue depth, not CPU: see the runbook before changing the limits."),
                                                            QStringLiteral("aws"), QPointF(320, 80), QSizeF(220, 100), NoteColour::Blue}));
        doc()->undoStack()->push(addNoteCommand(doc(), Note{QStringLiteral("n-pink"), QStringLiteral("Open question:\nwho owns the DNS zone?"),
                                                            {}, QPointF(-380, 120), QSizeF(), NoteColour::Pink}));
        scene()->selectIds({QStringLiteral("n-blue")});
        QApplication::processEvents();
        m_window->grab().save(QString::fromLocal8Bit(shot));
    }
}

void TestNotes::copyPasteAndDuplicate()
{
    doc()->undoStack()->push(addNoteCommand(doc(), Note{QStringLiteral("n"), QStringLiteral("Copy me"), QStringLiteral("aws"),
                                                        QPointF(300, 80), QSizeF(240, 90), NoteColour::Pink}));
    scene()->selectIds({QStringLiteral("n")});
    m_window->action(QStringLiteral("copy"))->trigger();
    m_window->action(QStringLiteral("paste"))->trigger();
    QCOMPARE(doc()->design().notes().size(), size_t(2));
    QCOMPARE(scene()->selectedIds().size(), 1);
    QVERIFY(m_window->action(QStringLiteral("duplicate"))->isEnabled());
    m_window->action(QStringLiteral("duplicate"))->trigger();
    QCOMPARE(doc()->design().notes().size(), size_t(3));
    for (const Note &n : doc()->design().notes()) {
        QCOMPARE(n.text, QStringLiteral("Copy me"));
        QCOMPARE(n.colour, NoteColour::Pink);
        QCOMPARE(n.size, QSizeF(240, 90));
        QVERIFY(scene()->noteItem(n.id));
    }
    // Duplicate works for cards too (it read back a nameless design and pasted nothing before).
    scene()->selectIds({QStringLiteral("api")});
    m_window->action(QStringLiteral("duplicate"))->trigger();
    QCOMPARE(doc()->design().components().size(), size_t(2));
    doc()->undoStack()->undo();
    doc()->undoStack()->undo();
    doc()->undoStack()->undo();
    QCOMPARE(doc()->design().notes().size(), size_t(1));
}

void TestNotes::paletteDropAddsANote()
{
    // The palette's Note is dragged like a kind: dropped on the canvas, a note starts there.
    auto *mime = new QMimeData;
    mime->setData(QLatin1String(kKindMimeType), QByteArray(kNotePaletteId));
    const QPoint p = viewPoint(QPointF(-500, 100));
    QDragEnterEvent enter(p, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport(), &enter);
    QDropEvent drop(QPointF(p), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport(), &drop);
    delete mime;
    QCOMPARE(doc()->design().notes().size(), size_t(1));
    QVERIFY(QLineF(doc()->design().notes().front().position, QPointF(-500, 100)).length() < 30);
    QVERIFY(scene()->isEditingText());
    auto *palette = m_window->findChild<PaletteWidget *>();
    QVERIFY(palette && palette->kindItem(QString::fromLatin1(kNotePaletteId)));
}

QTEST_MAIN(TestNotes)
#include "tst_notes.moc"
