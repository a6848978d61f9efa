// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "notepainter.h"

#include "actionicons.h"
#include "questionnaireview.h"
#include "findingspanel.h"
#include "dependencygraph.h"
#include "failuremodel.h"
#include "placement.h"

#include "canvasitems.h"
#include "canvasscene.h"
#include "canvasview.h"
#include "heatlegend.h"
#include "modebanner.h"
#include "startpage.h"
#include "comparemode.h"
#include "catalog.h"
#include "commands.h"
#include "document.h"
#include "diagramexport.h"
#include "diagramstyle.h"
#include "diskwatcher.h"
#include "exportdialog.h"
#include "conflictsdialog.h"
#include "importdialog.h"
#include "importmerge.h"
#include "exporter.h"
#include "layout.h"
#include "newdesigndialog.h"
#include "newitem.h"
#include "overviewmap.h"
#include "palettewidget.h"
#include "printingexporter.h"
#include "propertyeditor.h"
#include "recovery.h"

#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QCompleter>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QScopedValueRollback>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QStringListModel>
#include <QToolBar>
#include <QToolButton>
#include <QTranslator>
#include <QUndoView>

#include <algorithm>

namespace sd {

namespace {
bool g_nonInteractive = false;
constexpr int kMaxRecent = 10;
constexpr char kFragmentMime[] = "application/x-stackdraft-fragment";

/// Adds named actions to a menu or tool bar; nullptr stands for a separator.
template<typename Target>
void fill(const MainWindow *window, Target *target, std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        if (name)
            target->addAction(window->action(QLatin1String(name)));
        else
            target->addSeparator();
    }
}

QString fileFilter()
{
    return MainWindow::tr("Stackdraft designs (*.stackdraft.yaml *.stackdraft.json *.yaml *.yml *.json);;All files (*)");
}
} // namespace

void MainWindow::setNonInteractive(bool on) { g_nonInteractive = on; }
bool MainWindow::isNonInteractive() { return g_nonInteractive; }

MainWindow::MainWindow(const Catalog &catalog, QWidget *parent)
    : QMainWindow(parent), m_document(new Document(catalog, this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true);
    m_scene = new CanvasScene(m_document, this);
    m_diagramExport = new DiagramExport(m_document, m_scene, this);
    connect(m_diagramExport, &DiagramExport::failed, this, [this](const QString &title, const QString &text) { showError(title, text); });
    connect(m_diagramExport, &DiagramExport::message, this, [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    m_view = new CanvasView(m_scene, this);
    connect(m_view, &CanvasView::escapePressed, this, [this] {
        if (!m_simulated.isEmpty())
            simulateFailure(QString());
    });
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](QPoint pos) {
        QMenu *menu = canvasContextMenu(pos);
        menu->exec(m_view->viewport()->mapToGlobal(pos));
        menu->deleteLater();
    });
    // The diagram and the workshop's questionnaire share the centre as tabs: a workshop
    // wants the form large, and switching back to the picture is one click.
    m_questionnaire = new QuestionnaireView(m_document, m_document->catalog(), this);
    m_centre = new QTabWidget(this);
    m_centre->setObjectName(QStringLiteral("centreTabs"));
    m_centre->setDocumentMode(true);
    m_centre->setTabPosition(QTabWidget::South);
    m_centre->addTab(m_view, tr("Diagram"));
    m_centre->addTab(m_questionnaire, tr("Questionnaire"));
    setCentralWidget(m_centre);

    createActions();
    createMenus();
    createToolBars();
    createDocks();
    m_compare = new CompareMode(this, m_document, m_scene, m_view, m_findings);
    m_simulationBanner = new ModeBanner(tr("Failure simulation"), QStringLiteral("simulationBanner"),
                                        ModeBanner::Tone::Simulation, this);
    m_simulationBanner->addAction(action(QStringLiteral("clearSimulation")));
    auto *start = new StartPage(m_document, m_view->viewport());
    connect(start, &StartPage::newRequested, this, &MainWindow::onNew);
    connect(start, &StartPage::openRequested, this, &MainWindow::onOpen);
    connect(start, &StartPage::openFileRequested, this, [this](const QString &path) { openFile(path); });
    connect(start, &StartPage::exampleRequested, this, [this](const Design &example) { newDesign(example); });
    m_designMenu->addSeparator();
    m_designMenu->addAction(m_compare->toggleAction());
    // What `stackdraft-cli merge` could not decide, resolved here (enabled while the design lists any).
    QAction *conflicts = m_designMenu->addAction(tr("Resolve Merge &Conflicts…"));
    conflicts->setObjectName(QStringLiteral("resolveConflicts"));
    const auto updateConflicts = [this, conflicts] {
        const size_t n = m_document->design().conflicts.size();
        conflicts->setEnabled(n > 0);
        conflicts->setText(n > 0 ? tr("Resolve Merge &Conflicts (%1)…").arg(n) : tr("Resolve Merge &Conflicts…"));
    };
    connect(m_document, &Document::changed, this, updateConflicts);
    updateConflicts();
    connect(conflicts, &QAction::triggered, this, [this] {
        ConflictsDialog dialog(m_document, this);
        dialog.exec();
    });
    connect(m_centre, &QTabWidget::currentChanged, this, [this] {
        action(QStringLiteral("questionnaire"))->setChecked(m_centre->currentWidget() == m_questionnaire);
    });

    m_zoomLabel = new QLabel(this);
    m_selectionLabel = new QLabel(this);
    m_selectionLabel->setObjectName(QStringLiteral("selectionStatus"));
    statusBar()->addPermanentWidget(m_selectionLabel);
    statusBar()->addPermanentWidget(m_zoomLabel);

    connect(m_document, &Document::changed, this, [this] { updateTitle(); updateStatus(); });
    connect(m_document, &Document::fileNameChanged, this, &MainWindow::updateTitle);
    connect(m_document, &Document::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_scene, &QGraphicsScene::selectionChanged, this, [this] {
        m_properties->setSelection(m_scene->selectedIds());
        updateActions();
        updateStatus();
    });
    // A refused gesture is explained in the status bar: a modal box for a slip of the mouse
    // would be worse than the slip.
    connect(m_scene, &CanvasScene::message, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_scene, &CanvasScene::renameRequested, this, [this](const QString &id) { onRename(id); });
    connect(m_view, &CanvasView::zoomChanged, this, [this] { updateStatus(); });
    connect(m_view, &CanvasView::kindDropped, this, [this](const QString &kind, QPointF pos) { addKind(kind, pos); });
    connect(m_view, &CanvasView::filesDropped, this, [this](const QStringList &paths) {
        if (maybeSave())
            openFile(paths.first());
    });

    m_recovery = new RecoveryManager(m_document, this);
    m_diskWatcher = new DiskWatcher(m_document, this);
    connect(m_diskWatcher, &DiskWatcher::changedOnDisk, this, &MainWindow::onChangedOnDisk);
    m_prompts = FilePrompts::dialogs(this);
    if (g_nonInteractive) {
        // Without a user to ask, nothing is ever overwritten or dropped.
        m_prompts.saveConflict = [](const QString &) { return SaveConflictChoice::Cancel; };
        m_prompts.reloadOverUnsavedChanges = [](const QString &) { return false; };
    }
    m_editPrompts = EditPrompts::dialogs(this);
    if (g_nonInteractive) // the default button: the user asked for the delete, and undo brings it back
        m_editPrompts.deleteZoneContents = [](const QStringList &, int) { return true; };
    m_prompts.saveAsPath = [this](const QString &suggestion) {
        return QFileDialog::getSaveFileName(this, tr("Save Design As"), suggestion, fileFilter());
    };
    readSettings();
    updateTitle();
    updateActions();
    updateStatus();
}

MainWindow::~MainWindow()
{
    // The document is a child that outlives this object's members: it must not signal
    // into a window that is half destroyed (title, actions, docks are already gone).
    m_document->disconnect(this);
    m_scene->disconnect(this);
    if (m_recovery)
        m_recovery->disconnect(this);
    if (m_diskWatcher)
        m_diskWatcher->disconnect(this);
}

QAction *MainWindow::action(const QString &name) const { return findChild<QAction *>(name); }

void MainWindow::createActions()
{
    auto make = [this](const char *name, const QString &text, const QKeySequence &shortcut, auto slot,
                       const QString &iconName = {}) {
        auto *a = new QAction(text, this);
        a->setObjectName(QLatin1String(name));
        if (!shortcut.isEmpty())
            a->setShortcut(shortcut);
        if (!iconName.isEmpty())
            a->setIcon(actionIcon(iconName, QWidget::palette()));
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    QUndoStack *stack = m_document->undoStack();

    make("new", tr("&New…"), QKeySequence::New, &MainWindow::onNew, QStringLiteral("document-new"));
    make("open", tr("&Open…"), QKeySequence::Open, &MainWindow::onOpen, QStringLiteral("document-open"));
    make("save", tr("&Save"), QKeySequence::Save, [this] { onSave(); }, QStringLiteral("document-save"));
    make("saveAs", tr("Save &As…"), QKeySequence::SaveAs, [this] { onSaveAs(); }, QStringLiteral("document-save-as"));
    make("revert", tr("Re&vert to Saved"), QKeySequence(), &MainWindow::onRevert, QStringLiteral("document-revert"));
    make("exportPng", tr("Diagram as &PNG…"), QKeySequence(), [this] { m_diagramExport->exportAs(DiagramFormat::Png); });
    make("exportSvg", tr("Diagram as &SVG…"), QKeySequence(), [this] { m_diagramExport->exportAs(DiagramFormat::Svg); });
    make("exportPdf", tr("Diagram as P&DF…"), QKeySequence(), [this] { m_diagramExport->exportAs(DiagramFormat::Pdf); });
    make("print", tr("&Print…"), QKeySequence::Print, [this] { m_diagramExport->print(); }, QStringLiteral("document-print"));
    make("close", tr("&Quit"), QKeySequence::Quit, &QWidget::close, QStringLiteral("application-exit"));

    QAction *undo = stack->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(actionIcon(QStringLiteral("edit-undo"), QWidget::palette()));
    QAction *redo = stack->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redo"));
    // Ctrl+Y as well, wherever the platform's Redo is only Ctrl+Shift+Z.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Y)))
        redoKeys.append(QKeySequence(Qt::CTRL | Qt::Key_Y));
    redo->setShortcuts(redoKeys);
    redo->setIcon(actionIcon(QStringLiteral("edit-redo"), QWidget::palette()));
    make("cut", tr("Cu&t"), QKeySequence::Cut, &MainWindow::onCut, QStringLiteral("edit-cut"));
    make("copy", tr("&Copy"), QKeySequence::Copy, &MainWindow::onCopy, QStringLiteral("edit-copy"));
    make("paste", tr("&Paste"), QKeySequence::Paste, &MainWindow::onPaste, QStringLiteral("edit-paste"));
    make("duplicate", tr("D&uplicate"), QKeySequence(Qt::CTRL | Qt::Key_D), &MainWindow::onDuplicate);
    make("delete", tr("&Delete"), QKeySequence::Delete, &MainWindow::onDelete, QStringLiteral("edit-delete"));
    make("selectAll", tr("Select &All"), QKeySequence::SelectAll, [this] {
        QStringList ids;
        for (const Zone &z : m_document->design().zones())
            ids.append(z.id);
        for (const Component &c : m_document->design().components())
            ids.append(c.id);
        for (const Connection &c : m_document->design().connections())
            ids.append(c.id);
        for (const Note &n : m_document->design().notes())
            ids.append(n.id);
        m_scene->selectIds(ids);
    }, QStringLiteral("edit-select-all"));
    make("rename", tr("Re&name"), QKeySequence(Qt::Key_F2), [this] { onRename(); });
    // A note where the user looks: the middle of the view (the context menu puts it at the cursor).
    QAction *addNote = make("addNote", tr("Add &Note"), QKeySequence(Qt::Key_N), [this] {
        m_centre->setCurrentWidget(m_view);
        m_scene->addNoteAt(m_view->mapToScene(m_view->viewport()->rect().center()) - QPointF(100, 60));
    }, QStringLiteral("note-add"));
    addNote->setToolTip(tr("Add a text note to the diagram (N)"));
    make("find", tr("&Find Component…"), QKeySequence::Find, &MainWindow::onFind, QStringLiteral("edit-find"));

    make("zoomIn", tr("Zoom &In"), QKeySequence::ZoomIn, [this] { m_view->zoomIn(); }, QStringLiteral("zoom-in"));
    make("zoomOut", tr("Zoom &Out"), QKeySequence::ZoomOut, [this] { m_view->zoomOut(); }, QStringLiteral("zoom-out"));
    make("zoomFit", tr("Zoom to &Fit"), QKeySequence(Qt::CTRL | Qt::Key_0), [this] { m_view->zoomToFit(); }, QStringLiteral("zoom-fit-best"));
    make("zoomSelection", tr("Zoom to &Selection"), QKeySequence(Qt::CTRL | Qt::Key_3), [this] { m_view->zoomToSelection(); }, QStringLiteral("zoom-select"));
    make("zoomActual", tr("&Actual Size (100 %)"), QKeySequence(Qt::CTRL | Qt::Key_1), [this] { m_view->zoomToActualSize(); }, QStringLiteral("zoom-original"));
    QAction *snap = make("snap", tr("S&nap to Grid"), QKeySequence(Qt::CTRL | Qt::Key_Apostrophe), [this](bool on) { m_scene->setSnapToGrid(on); });
    snap->setCheckable(true);
    snap->setChecked(true);

    auto *tools = new QActionGroup(this);
    QAction *select = make("selectTool", tr("&Select Tool"), QKeySequence(Qt::Key_V), [this] { m_scene->setTool(CanvasScene::Tool::Select); }, QStringLiteral("tool-select"));
    QAction *connectTool = make("connectTool", tr("&Connect Tool"), QKeySequence(Qt::Key_C), [this] { m_scene->setTool(CanvasScene::Tool::Connect); }, QStringLiteral("tool-connect"));
    for (QAction *a : {select, connectTool}) {
        a->setCheckable(true);
        tools->addAction(a);
    }
    select->setChecked(true);
    select->setToolTip(tr("Select and move (V)"));
    connectTool->setToolTip(tr("Drag from one component to another to connect them (C)"));

    const std::pair<const char *, QString> aligns[] = {
        {"alignLeft", tr("Align &Left")}, {"alignRight", tr("Align &Right")}, {"alignTop", tr("Align &Top")},
        {"alignBottom", tr("Align &Bottom")}, {"alignHCenter", tr("Align Centres &Horizontally")},
        {"alignVCenter", tr("Align Centres &Vertically")}};
    for (int i = 0; i < 6; ++i)
        make(aligns[i].first, aligns[i].second, QKeySequence(), [this, i] { onAlign(i); });
    make("distributeH", tr("Distribute Hori&zontally"), QKeySequence(), [this] { onDistribute(Qt::Horizontal); });
    make("distributeV", tr("Distribute V&ertically"), QKeySequence(), [this] { onDistribute(Qt::Vertical); });
    make("bringToFront", tr("Bring to &Front"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_BracketRight),
         [this] { onStack(SetZOrder::Where::Front); });
    make("sendToBack", tr("Send to &Back"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_BracketLeft),
         [this] { onStack(SetZOrder::Where::Back); });
    make("autoLayout", tr("Auto-&Layout"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L), &MainWindow::onAutoLayout, QStringLiteral("auto-layout"));
    make("pin", tr("&Pin in Place"), QKeySequence(), [this] { onPin(true); });
    make("unpin", tr("&Unpin"), QKeySequence(), [this] { onPin(false); });
    make("simulateFailure", tr("Simulate &Failure"), QKeySequence(), [this] {
        simulateFailure(failureSpecFor(m_scene->selectedIds().value(0)));
    }, QStringLiteral("simulate-failure"));
    make("clearSimulation", tr("&End Failure Simulation"), QKeySequence(), [this] { simulateFailure(QString()); });
    QAction *heat = make("heatView", tr("Blast Radius &Heat View"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H),
                         [this](bool on) { setHeatView(on); }, QStringLiteral("view-heatmap"));
    heat->setCheckable(true);
    heat->setToolTip(tr("Colours each component by how much of the design fails with it (Ctrl+Shift+H)"));
    make("validateNow", tr("&Validate Now"), QKeySequence(Qt::Key_F7), [this] { m_findings->revalidate(); },
         QStringLiteral("validate"));
    QAction *questionnaire = make("questionnaire", tr("&Questionnaire"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q),
                                  [this](bool on) { showQuestionnaire(on); }, QStringLiteral("questionnaire"));
    questionnaire->setCheckable(true);
    questionnaire->setToolTip(tr("The requirements questionnaire for workshops with product owners (Ctrl+Shift+Q)"));
    make("askAbout", tr("&Ask About This"), QKeySequence(), [this] { askAbout(m_scene->selectedIds().value(0)); },
         QStringLiteral("questionnaire"));
    make("importAnswers", tr("&Import Answers…"), QKeySequence(), [this] {
        showQuestionnaire(true);
        m_questionnaire->importAnswersWithDialog();
    });
    make("applySuggestions", tr("Apply &Sizing Suggestions…"), QKeySequence(), [this] {
        showQuestionnaire(true);
        m_questionnaire->applySuggestions();
    });
    make("about", tr("&About Stackdraft"), QKeySequence(), [this] {
        QMessageBox::about(this, tr("About Stackdraft"),
                           tr("<h3>Stackdraft %1</h3><p>An architecture design studio that checks designs for single "
                              "points of failure and writes starter infrastructure as code.</p>")
                               .arg(QCoreApplication::applicationVersion()));
    });
    for (QAction *a : findChildren<QAction *>())
        if (!a->toolTip().isEmpty() && !a->shortcut().isEmpty() && !a->toolTip().contains(QLatin1Char('(')))
            a->setToolTip(QStringLiteral("%1 (%2)").arg(a->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")),
                                                       a->shortcut().toString(QKeySequence::NativeText)));
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(action(QStringLiteral("new")));
    file->addAction(action(QStringLiteral("open")));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    file->addAction(action(QStringLiteral("save")));
    file->addAction(action(QStringLiteral("saveAs")));
    file->addAction(action(QStringLiteral("revert")));
    file->addSeparator();
    file->addAction(action(QStringLiteral("importAnswers")));
    m_exportMenu = file->addMenu(tr("&Export"));
    m_exportMenu->addAction(action(QStringLiteral("exportPng")));
    m_exportMenu->addAction(action(QStringLiteral("exportSvg")));
    m_exportMenu->addAction(action(QStringLiteral("exportPdf")));
    const auto exporters = printingExporters().all();
    if (!exporters.empty())
        m_exportMenu->addSeparator();
    for (const Exporter *e : exporters) {
        auto *a = m_exportMenu->addAction(e->displayName() + QStringLiteral("…"));
        a->setObjectName(QStringLiteral("export:") + e->id());
        a->setToolTip(e->description());
        const QString id = e->id();
        connect(a, &QAction::triggered, this, [this, id] { onExport(id); });
    }
    QMenu *importMenu = file->addMenu(tr("&Import"));
    for (const Importer *importer : importers()) {
        auto *a = importMenu->addAction(importer->displayName() + QStringLiteral("…"));
        a->setObjectName(QStringLiteral("import:") + importer->id());
        connect(a, &QAction::triggered, this, [this, importer] { onImport(*importer); });
    }
    file->addAction(action(QStringLiteral("print")));
    file->addSeparator();
    file->addAction(action(QStringLiteral("close")));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    fill(this, edit, {"undo", "redo", nullptr, "cut", "copy", "paste", "duplicate", "delete", nullptr, "selectAll", "rename", "find",
                      nullptr, "addNote"});

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    fill(this, m_viewMenu, {"zoomIn", "zoomOut", "zoomFit", "zoomSelection", "zoomActual", nullptr, "snap", nullptr, "selectTool", "connectTool"});
    m_viewMenu->addSeparator();

    fill(this, m_viewMenu, {"questionnaire", nullptr});

    QMenu *arrange = menuBar()->addMenu(tr("&Arrange"));
    fill(this, arrange, {"alignLeft", "alignRight", "alignTop", "alignBottom", "alignHCenter", "alignVCenter",
                         nullptr, "distributeH", "distributeV", nullptr, "bringToFront", "sendToBack", nullptr, "autoLayout", "pin", "unpin"});

    QMenu *design = menuBar()->addMenu(tr("&Design"));
    fill(this, design, {"validateNow", "simulateFailure", "clearSimulation", "heatView", nullptr, "questionnaire", "askAbout",
                        "applySuggestions"});
    m_designMenu = design;

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(action(QStringLiteral("about")));
    updateRecentMenu();
}

void MainWindow::createToolBars()
{
    QToolBar *file = addToolBar(tr("File"));
    file->setObjectName(QStringLiteral("fileToolBar"));
    fill(this, file, {"new", "open", "save", nullptr, "undo", "redo"});
    QToolBar *canvas = addToolBar(tr("Canvas"));
    canvas->setObjectName(QStringLiteral("canvasToolBar"));
    canvas->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    fill(this, canvas, {"selectTool", "connectTool", "addNote", nullptr, "zoomOut", "zoomIn", "zoomFit", nullptr, "autoLayout", nullptr,
                        "heatView", "questionnaire"});
    // The zoom buttons are known by their icons (their tooltips name them); without their
    // labels the toolbar and the find field still fit one row in German, French and Spanish.
    for (const char *name : {"zoomOut", "zoomIn", "zoomFit", "addNote"})
        if (auto *button = qobject_cast<QToolButton *>(canvas->widgetForAction(action(QLatin1String(name)))))
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    QToolBar *find = addToolBar(tr("Find"));
    find->setObjectName(QStringLiteral("findToolBar"));
    m_findField = new QLineEdit(find);
    m_findField->setObjectName(QStringLiteral("findField"));
    m_findField->setPlaceholderText(tr("Find component (Ctrl+F)"));
    m_findField->setAccessibleName(tr("Find component"));
    m_findField->setClearButtonEnabled(true);
    m_findField->setMaximumWidth(260);
    m_findField->setMinimumWidth(180);
    auto *completer = new QCompleter(new QStringListModel(this), m_findField);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_findField->setCompleter(completer);
    find->addWidget(m_findField);
    auto reveal = [this] {
        const QString text = m_findField->text().trimmed();
        if (text.isEmpty())
            return;
        for (const Component &c : m_document->design().components())
            if (c.name.compare(text, Qt::CaseInsensitive) == 0 || c.id == text) {
                m_view->revealItem(c.id);
                return;
            }
        for (const Component &c : m_document->design().components())
            if (c.name.contains(text, Qt::CaseInsensitive)) {
                m_view->revealItem(c.id);
                return;
            }
        statusBar()->showMessage(tr("No component named “%1”").arg(text), 4000);
    };
    connect(m_findField, &QLineEdit::returnPressed, this, reveal);
    connect(completer, QOverload<const QString &>::of(&QCompleter::activated), this, reveal);
}

void MainWindow::createDocks()
{
    auto dock = [this](const char *name, const QString &title, QWidget *widget, Qt::DockWidgetArea area) {
        auto *d = new QDockWidget(title, this);
        d->setObjectName(QLatin1String(name));
        d->setWidget(widget);
        addDockWidget(area, d);
        m_viewMenu->addAction(d->toggleViewAction());
        return d;
    };
    m_palette = new PaletteWidget(m_document->catalog(), this);
    connect(m_palette, &PaletteWidget::kindActivated, this, &MainWindow::placeFromPalette);
    QDockWidget *paletteDock = dock("paletteDock", tr("Palette"), m_palette, Qt::LeftDockWidgetArea);
    m_overview = new OverviewMap(m_view, this);
    QDockWidget *overviewDock = dock("overviewDock", tr("Overview"), m_overview, Qt::LeftDockWidgetArea);
    splitDockWidget(paletteDock, overviewDock, Qt::Vertical);

    m_properties = new PropertyEditor(m_document, this);
    QDockWidget *propertiesDock = dock("propertiesDock", tr("Properties"), m_properties, Qt::RightDockWidgetArea);
    m_history = new QUndoView(m_document->undoStack(), this);
    m_history->setEmptyLabel(tr("<opened design>"));
    m_history->setAccessibleName(tr("Undo history"));
    QDockWidget *historyDock = dock("historyDock", tr("History"), m_history, Qt::RightDockWidgetArea);
    tabifyDockWidget(propertiesDock, historyDock);

    m_findings = new FindingsPanel(m_document, m_document->catalog(), this);
    QDockWidget *findingsDock = dock("findingsDock", tr("Findings"), m_findings, Qt::BottomDockWidgetArea);
    findingsDock->setToolTip(tr("Single points of failure and resilience gaps, checked as you draw"));
    connect(m_findings, &FindingsPanel::findingActivated, this, [this](const QStringList &ids) {
        showQuestionnaire(false);
        m_scene->selectIds(ids);
        if (!ids.isEmpty())
            m_view->revealItem(ids.first());
    });
    connect(m_findings, &FindingsPanel::findingsUpdated, this, [this] {
        updateFindingBadges();
        refreshAnalysisOverlays();
    });
    // The findings dock opens at FindingsPanel::sizeHint(): about ten findings beside their details.
    propertiesDock->raise();
    resizeDocks({paletteDock, propertiesDock}, {std::max(250, m_palette->sizeHint().width()), 320}, Qt::Horizontal);
    resizeDocks({paletteDock, overviewDock}, {520, 180}, Qt::Vertical);
}

// --- titles, status, settings ---------------------------------------------------------

void MainWindow::updateTitle()
{
    setWindowTitle(QStringLiteral("%1[*] — %2 — Stackdraft").arg(m_document->displayName(), m_document->design().name));
    setWindowModified(m_document->isModified());
    action(QStringLiteral("revert"))->setEnabled(!m_document->fileName().isEmpty() && m_document->isModified());
}

void MainWindow::updateActions()
{
    const QStringList selected = m_scene->selectedIds();
    bool items = false, notes = false;
    int components = 0;
    for (const QString &id : selected) {
        if (m_document->design().component(id)) {
            items = true;
            ++components;
        } else if (m_document->design().zone(id)) {
            items = true;
        } else if (m_document->design().note(id)) {
            notes = true;
        }
    }
    for (const char *name : {"cut", "copy", "duplicate"})
        action(QLatin1String(name))->setEnabled(items || notes);
    for (const char *name : {"bringToFront", "sendToBack"})
        action(QLatin1String(name))->setEnabled(items);
    action(QStringLiteral("askAbout"))->setEnabled(items && selected.size() == 1);
    action(QStringLiteral("simulateFailure"))->setEnabled(selected.size() == 1 && !failureSpecFor(selected.first()).isEmpty());
    action(QStringLiteral("clearSimulation"))->setEnabled(!m_simulated.isEmpty());
    action(QStringLiteral("delete"))->setEnabled(!selected.isEmpty());
    action(QStringLiteral("rename"))->setEnabled(selected.size() == 1 && (items || notes)); // a note: write in place
    for (const char *name : {"alignLeft", "alignRight", "alignTop", "alignBottom", "alignHCenter", "alignVCenter"})
        action(QLatin1String(name))->setEnabled(selected.size() >= 2);
    action(QStringLiteral("distributeH"))->setEnabled(selected.size() >= 3);
    action(QStringLiteral("distributeV"))->setEnabled(selected.size() >= 3);
    action(QStringLiteral("pin"))->setEnabled(components > 0);
    action(QStringLiteral("unpin"))->setEnabled(components > 0);
    action(QStringLiteral("zoomSelection"))->setEnabled(!selected.isEmpty());
}

void MainWindow::updateStatus()
{
    m_zoomLabel->setText(tr("Zoom %1 %").arg(qRound(m_view->zoom() * 100)));
    int components = 0, zones = 0, connections = 0, notes = 0;
    for (const QString &id : m_scene->selectedIds()) {
        if (m_document->design().component(id))
            ++components;
        else if (m_document->design().zone(id))
            ++zones;
        else if (m_document->design().note(id))
            ++notes;
        else
            ++connections;
    }
    const Design &d = m_document->design();
    // Counts say "1 component", "2 components": plural forms come from the translations.
    auto counts = [this](int c, int k, int z, bool skipZero) {
        QStringList parts;
        if (c || !skipZero)
            parts << tr("%n component(s)", nullptr, c);
        if (k || !skipZero)
            parts << tr("%n connection(s)", nullptr, k);
        if (z || !skipZero)
            parts << tr("%n zone(s)", nullptr, z);
        return parts.join(QStringLiteral(" · "));
    };
    if (components + zones + connections + notes == 0) {
        m_selectionLabel->setText(counts(int(d.components().size()), int(d.connections().size()), int(d.zones().size()), false));
    } else {
        QString selected = counts(components, connections, zones, true);
        if (notes > 0)
            selected = (selected.isEmpty() ? QString() : selected + QStringLiteral(" · ")) + tr("%n note(s)", nullptr, notes);
        m_selectionLabel->setText(tr("Selected: %1").arg(selected));
    }
    if (auto *model = qobject_cast<QStringListModel *>(m_findField->completer()->model())) {
        QStringList names;
        for (const Component &c : d.components())
            names.append(c.name);
        if (model->stringList() != names)
            model->setStringList(names);
    }
}

void MainWindow::readSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        // First run: most of the screen, since a canvas is only useful when it is large.
        if (const QScreen *screen = QGuiApplication::primaryScreen()) {
            const QRect available = screen->availableGeometry();
            resize(available.size() * 0.85);
            move(available.center() - rect().center());
        }
    }
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    const bool snap = settings.value(QStringLiteral("canvas/snap"), true).toBool();
    action(QStringLiteral("snap"))->setChecked(snap);
    m_scene->setSnapToGrid(snap);
}

void MainWindow::writeSettings()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("canvas/snap"), m_scene->snapToGrid());
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    for (const QString &f : files) {
        QAction *a = m_recentMenu->addAction(QFileInfo(f).fileName());
        a->setToolTip(f);
        connect(a, &QAction::triggered, this, [this, f] {
            if (maybeSave())
                openFile(f);
        });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
    if (!files.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear Menu"), this, [this] {
            QSettings().remove(QStringLiteral("recentFiles"));
            updateRecentMenu();
        });
    }
}

void MainWindow::addRecentFile(const QString &path)
{
    QSettings settings;
    QStringList files = settings.value(QStringLiteral("recentFiles")).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > kMaxRecent)
        files.removeLast();
    settings.setValue(QStringLiteral("recentFiles"), files);
    updateRecentMenu();
}

void MainWindow::showError(const QString &title, const QString &text, const QString &details)
{
    statusBar()->showMessage(text, 8000);
    if (g_nonInteractive)
        return;
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    if (!details.isEmpty())
        box.setDetailedText(details);
    box.exec();
}

// --- files -----------------------------------------------------------------------------

bool MainWindow::openFile(const QString &path)
{
    Diagnostics diagnostics;
    if (!m_document->load(path, &diagnostics)) {
        QStringList lines;
        for (const Diagnostic &d : diagnostics)
            lines.append(d.toString());
        const QString first = lines.value(0);
        showError(tr("Cannot open design"),
                  tr("%1 could not be opened; the current design is unchanged.\n\n%2")
                      .arg(QFileInfo(path).fileName(), first),
                  lines.join(QLatin1Char('\n')));
        return false;
    }
    addRecentFile(path);
    for (const Diagnostic &d : diagnostics)
        statusBar()->showMessage(d.message, 8000);
    m_view->zoomToFit();
    return true;
}

bool MainWindow::saveFile(const QString &path)
{
    QString error;
    Document::SaveResult result = m_document->save(path, &error);
    if (result == Document::SaveResult::ChangedOnDisk) {
        // Someone else saved this file since we read it: never overwrite that without asking.
        const QScopedValueRollback<bool> asking(m_askingAboutDisk, true);
        switch (m_prompts.saveConflict(path)) {
        case SaveConflictChoice::Reload:
            return reloadFromDisk();
        case SaveConflictChoice::Overwrite:
            result = m_document->save(path, &error, Document::ChangesOnDisk::Overwrite);
            break;
        case SaveConflictChoice::SaveAs:
            return onSaveAs();
        case SaveConflictChoice::Cancel:
            statusBar()->showMessage(tr("Not saved: %1 was changed by another program").arg(QFileInfo(path).fileName()), 8000);
            return false;
        }
    }
    if (result != Document::SaveResult::Saved) {
        showError(tr("Cannot save design"), tr("%1 could not be saved: %2\nThe file on disk is unchanged.").arg(path, error));
        return false;
    }
    addRecentFile(path);
    statusBar()->showMessage(tr("Saved %1").arg(QFileInfo(path).fileName()), 4000);
    return true;
}

bool MainWindow::reloadFromDisk()
{
    Diagnostics diagnostics;
    if (!m_document->reloadFromDisk(&diagnostics)) {
        QStringList lines;
        for (const Diagnostic &d : diagnostics)
            lines.append(d.toString());
        showError(tr("Cannot reload design"),
                  tr("%1 could not be read again; your design here is unchanged.\n\n%2")
                      .arg(m_document->displayName(), lines.value(0)),
                  lines.join(QLatin1Char('\n')));
        return false;
    }
    statusBar()->showMessage(tr("Reloaded %1 from disk; Undo goes back to the version before").arg(m_document->displayName()), 8000);
    return true;
}

void MainWindow::onChangedOnDisk(DiskState state)
{
    if (m_askingAboutDisk)
        return; // the open question already covers it
    const QScopedValueRollback<bool> asking(m_askingAboutDisk, true);
    if (state == DiskState::Removed) {
        statusBar()->showMessage(tr("%1 was deleted or moved on disk; saving writes it again").arg(m_document->displayName()), 8000);
        return;
    }
    // With nothing unsaved here, taking the new version loses nothing (and Undo still goes back).
    if (m_document->isModified() && !m_prompts.reloadOverUnsavedChanges(m_document->fileName())) {
        statusBar()->showMessage(tr("%1 was changed by another program; your unsaved changes are kept").arg(m_document->displayName()), 8000);
        return;
    }
    reloadFromDisk();
}

bool MainWindow::newDesign(const Design &design)
{
    if (!maybeSave())
        return false;
    m_document->reset(design);
    m_view->zoomToFit();
    return true;
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    if (g_nonInteractive)
        return true;
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved changes"), tr("“%1” has unsaved changes. Save them first?").arg(m_document->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return onSave();
    return answer == QMessageBox::Discard;
}

void MainWindow::onNew()
{
    NewDesignDialog dialog(m_document->catalog(), this);
    if (dialog.exec() == QDialog::Accepted)
        newDesign(dialog.design());
}

void MainWindow::onOpen()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Design"), QString(), fileFilter());
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::onSave()
{
    if (m_document->fileName().isEmpty() || m_document->fileName().startsWith(QLatin1Char(':')))
        return onSaveAs();
    return saveFile(m_document->fileName());
}

bool MainWindow::onSaveAs()
{
    QString suggestion = m_document->fileName();
    if (suggestion.isEmpty() || suggestion.startsWith(QLatin1Char(':')))
        suggestion = Design::slugify(m_document->design().name) + QStringLiteral(".stackdraft.yaml");
    QString path = m_prompts.saveAsPath(suggestion);
    if (path.isEmpty())
        return false;
    if (!path.contains(QLatin1Char('.')))
        path += QStringLiteral(".stackdraft.yaml");
    return saveFile(path);
}

void MainWindow::onRevert()
{
    if (m_document->fileName().isEmpty())
        return;
    if (!g_nonInteractive
        && QMessageBox::question(this, tr("Revert"), tr("Discard all changes since the last save?")) != QMessageBox::Yes)
        return;
    openFile(m_document->fileName());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    writeSettings();
    m_recovery->clear();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile()) {
            if (maybeSave())
                openFile(url.toLocalFile());
            event->acceptProposedAction();
            return;
        }
    }
}

void MainWindow::offerRecovery()
{
    const QList<RecoveryEntry> entries = RecoveryManager::pendingRecoveries();
    for (const RecoveryEntry &entry : entries) {
        const QString what = entry.originalFile.isEmpty() ? tr("an unsaved design") : QFileInfo(entry.originalFile).fileName();
        QMessageBox::StandardButton answer = QMessageBox::Yes;
        if (!g_nonInteractive)
            answer = QMessageBox::question(
                this, tr("Recover unsaved work?"),
                tr("Stackdraft did not close properly. Unsaved changes to %1 from %2 were kept.\n\nRestore them?")
                    .arg(what, QLocale().toString(entry.savedAt.toLocalTime(), QLocale::ShortFormat)),
                QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::Yes);
        if (answer == QMessageBox::Cancel)
            return; // ask again next time
        if (answer == QMessageBox::Yes) {
            if (restoreRecovery(entry))
                RecoveryManager::discard(entry);
            return; // one window holds one design
        }
        RecoveryManager::discard(entry);
    }
}

bool MainWindow::restoreRecovery(const RecoveryEntry &entry)
{
    const LoadResult result = loadDesign(entry.designPath, m_document->catalog());
    if (!result.ok()) {
        showError(tr("Cannot recover"), tr("The recovery file could not be read."), result.diagnostics.empty() ? QString() : result.diagnostics.front().toString());
        return false;
    }
    // The restored work is unsaved: put it in as one undoable step over the original file.
    if (!entry.originalFile.isEmpty() && QFileInfo::exists(entry.originalFile)) {
        m_document->load(entry.originalFile, nullptr);
        // Changed on disk after the crash (another instance, the CLI): the recovered work was
        // based on the older file, so the next save must ask instead of overwriting the newer one.
        if (!entry.originalSha256.isEmpty() && entry.originalSha256 != m_document->diskStamp().sha256) {
            FileStamp basis = m_document->diskStamp();
            basis.sha256 = entry.originalSha256;
            m_document->setDiskStamp(basis);
        }
    } else {
        m_document->reset(Design{});
    }
    // The recovery file is the whole design as it was: what was deleted before the crash stays
    // deleted (components, answers, accepted findings), whatever the original file still has.
    m_document->undoStack()->push(new ReplaceDesign(m_document, *result.design, tr("Recover unsaved changes")));
    m_view->zoomToFit();
    return true;
}

// --- adding, clipboard, editing ---------------------------------------------------------

QString MainWindow::addKind(const QString &kindId, QPointF scenePos)
{
    if (kindId == QLatin1String(kNotePaletteId)) // the palette's Note: its top-left where it is dropped
        return m_scene->addNoteAt(scenePos);
    const std::optional<NewItem> item = newItemAt(*m_scene, kindId, scenePos);
    if (!item)
        return {};
    m_document->undoStack()->push(item->command(m_document, tr("Add %1").arg(item->name)));
    m_scene->selectIds({item->id});
    return item->id;
}

void MainWindow::placeFromPalette(const QString &kindId)
{
    if (kindId == QLatin1String(kNotePaletteId)) {
        action(QStringLiteral("addNote"))->trigger();
        return;
    }
    const KindSpec *kind = m_document->catalog().kind(kindId);
    if (!kind)
        return;
    // Beside the selected components (to their right), or in the middle of the view; in either
    // case moved to the nearest place where it covers no card.
    QStringList callers;
    QRectF anchor;
    for (const QString &id : m_scene->selectedIds())
        if (const ComponentItem *item = m_scene->componentItem(id)) {
            callers.append(id);
            anchor = anchor.united(item->mapRectToScene(item->rect()));
        }
    const QSizeF size = kind->defaultSize;
    const QPointF centre = callers.isEmpty()
                               ? m_view->mapToScene(m_view->viewport()->rect().center())
                               : QPointF(anchor.right() + 100 + size.width() / 2, anchor.center().y());
    std::vector<QRectF> taken = m_scene->occupiedRects();
    // Room for the new connection to show: not right against the selection.
    if (!callers.isEmpty())
        taken.push_back(anchor.adjusted(-60, -20, 60, 20));
    const QRectF spot = nearestFreeRect(QRectF(m_scene->snapped(centre - QPointF(size.width() / 2, size.height() / 2)), size),
                                        taken, 20, DiagramStyle::kGrid);
    if (kind->container || callers.isEmpty()) {
        addKind(kindId, spot.center());
        return;
    }
    // Selection -> new, as draw.io's "add and connect": the add and its connections are one step.
    QUndoStack *stack = m_document->undoStack();
    stack->beginMacro(tr("Add %1 and connect it").arg(kind->displayText()));
    const QString added = addKind(kindId, spot.center());
    DesignFragment links;
    for (const QString &caller : std::as_const(callers))
        if (m_scene->connectionRefusal(caller, added).isEmpty())
            links.connections.push_back(m_scene->newConnection(caller, added));
    if (!links.isEmpty())
        stack->push(new AddItems(m_document, links, tr("Connect %n component(s)", nullptr, static_cast<int>(links.connections.size()))));
    stack->endMacro();
    m_scene->selectIds({added});
}

void MainWindow::onCopy()
{
    const DesignFragment fragment = extractStandalone(m_document->design(), m_scene->selectedIds());
    if (fragment.isEmpty())
        return;
    const QByteArray yaml = writeDesign(fragmentAsDesign(fragment, tr("Clipboard")), DesignFormat::Yaml);
    auto *mime = new QMimeData;
    mime->setData(QLatin1String(kFragmentMime), yaml);
    mime->setText(QString::fromUtf8(yaml));
    QApplication::clipboard()->setMimeData(mime);
    m_pasteCount = 0;
}

void MainWindow::onCut()
{
    onCopy();
    if (!m_scene->selectedIds().isEmpty()) {
        auto *command = new RemoveItems(m_document, m_scene->selectedIds());
        command->setText(tr("Cut"));
        m_document->undoStack()->push(command);
    }
}

void MainWindow::onPaste()
{
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    QByteArray yaml;
    if (mime && mime->hasFormat(QLatin1String(kFragmentMime)))
        yaml = mime->data(QLatin1String(kFragmentMime));
    else if (mime && mime->hasText())
        yaml = mime->text().toUtf8(); // a design pasted as text from an editor works too
    if (yaml.isEmpty())
        return;
    ++m_pasteCount;
    pasteFragment(yaml, QPointF(40, 40) * m_pasteCount, tr("Paste"));
}

void MainWindow::onDuplicate()
{
    const DesignFragment fragment = extractStandalone(m_document->design(), m_scene->selectedIds());
    if (fragment.isEmpty())
        return;
    // The fragment travels as a design file, and a design file needs a name to read back.
    pasteFragment(writeDesign(fragmentAsDesign(fragment, tr("Clipboard")), DesignFormat::Yaml), QPointF(40, 40), tr("Duplicate"));
}

void MainWindow::pasteFragment(const QByteArray &yaml, QPointF offset, const QString &text)
{
    const LoadResult loaded = readDesign(yaml.toStdString(), DesignFormat::Yaml, tr("clipboard"), m_document->catalog());
    if (!loaded.ok()) {
                statusBar()->showMessage(tr("The clipboard holds no Stackdraft design"), 4000);
        return;
    }
    DesignFragment pasted = prepareForPaste(designAsFragment(*loaded.design), *loaded.design, m_document->design(), offset);
    freshAvailabilityZones(pasted, m_document->design(), m_document->catalog());
    m_document->undoStack()->push(new AddItems(m_document, pasted, text));
    QStringList ids;
    for (const Zone &z : pasted.zones)
        ids.append(z.id);
    for (const Component &c : pasted.components)
        ids.append(c.id);
    for (const Note &n : pasted.notes)
        ids.append(n.id);
    m_scene->selectIds(ids);
}

void MainWindow::onDelete()
{
    const QStringList ids = m_scene->selectedIds();
    if (ids.isEmpty())
        return;
    // Zones that hold more than was selected: ask before their contents go with them.
    const Design &d = m_document->design();
    QStringList zoneNames;
    for (const QString &id : ids)
        if (const Zone *z = d.zone(id); z && (!d.childZones(id).empty() || !d.memberComponents(id).empty() || !d.zoneNotes(id).empty()))
            zoneNames.append(z->name);
    if (!zoneNames.isEmpty()) {
        const DesignFragment removed = extractForRemoval(d, ids);
        int contents = 0;
        for (const Zone &z : removed.zones)
            contents += ids.contains(z.id) ? 0 : 1;
        for (const Component &c : removed.components)
            contents += ids.contains(c.id) ? 0 : 1;
        for (const Note &n : removed.notes)
            contents += ids.contains(n.id) ? 0 : 1;
        if (contents > 0 && !m_editPrompts.deleteZoneContents(zoneNames, contents))
            return;
    }
    auto *command = new RemoveItems(m_document, ids);
    if (command->isEmpty()) {
        delete command;
        return;
    }
    m_document->undoStack()->push(command);
}

void MainWindow::onRename(const QString &requested)
{
    const QString id = requested.isEmpty() ? m_scene->selectedIds().value(0) : requested;
    ModelItem *item = m_scene->itemFor(id);
    if (!item || item->type() == ConnectionItemType)
        return;
    if (m_scene->editNote(id)) // a note is written in place
        return;
    const Design &d = m_document->design();
    const QString current = d.component(id) ? d.component(id)->name : d.zone(id)->name;
    // In place: a line edit over the item, committed with Enter or focus-out, cancelled with Escape.
    auto *editor = new QLineEdit(current, m_view->viewport());
    editor->setObjectName(QStringLiteral("renameEditor"));
    editor->setAccessibleName(tr("New name"));
    const QRect where = m_view->mapFromScene(item->sceneBoundingRect()).boundingRect();
    editor->setGeometry(where.left() + 8, where.top() + std::max(4, where.height() / 2 - 14), std::max(160, where.width() - 16), 28);
    editor->selectAll();
    editor->show();
    editor->setFocus();
    auto commit = [this, editor, id, current] {
        const QString name = editor->text().trimmed();
        editor->deleteLater();
        if (!name.isEmpty() && name != current)
            m_document->undoStack()->push(new RenameItem(m_document, id, name));
        m_view->setFocus();
    };
    connect(editor, &QLineEdit::editingFinished, this, commit, Qt::SingleShotConnection);
    auto *escape = new QAction(editor);
    escape->setShortcut(Qt::Key_Escape);
    editor->addAction(escape);
    connect(escape, &QAction::triggered, editor, [this, editor] {
        editor->blockSignals(true);
        editor->deleteLater();
        m_view->setFocus();
    });
}

void MainWindow::onFind()
{
    m_findField->setFocus();
    m_findField->selectAll();
}

// --- arrange ---------------------------------------------------------------------------

namespace {
/// Current placement of an item, for building move commands.
std::optional<ItemPlacement> placementOfItem(const Design &d, const QString &id)
{
    if (const Component *c = d.component(id))
        return ItemPlacement{id, c->zone, c->position};
    if (const Zone *z = d.zone(id))
        return ItemPlacement{id, z->parent, z->position};
    return std::nullopt;
}
} // namespace

void MainWindow::onAlign(int how)
{
    std::vector<ItemPlacement> before, after;
    QList<QRectF> rects;
    QStringList ids;
    for (const QString &id : m_scene->selectedIds()) {
        ModelItem *item = m_scene->itemFor(id);
        if (!item || item->type() == ConnectionItemType)
            continue;
        ids.append(id);
        rects.append(item->type() == ComponentItemType ? item->mapRectToScene(static_cast<ComponentItem *>(item)->rect())
                                                       : item->mapRectToScene(static_cast<ZoneItem *>(item)->rect()));
    }
    if (ids.size() < 2)
        return;
    QRectF bounds;
    for (const QRectF &r : rects)
        bounds = bounds.united(r);
    for (int i = 0; i < ids.size(); ++i) {
        const QRectF &r = rects[i];
        QPointF delta;
        switch (how) {
        case 0: delta.setX(bounds.left() - r.left()); break;
        case 1: delta.setX(bounds.right() - r.right()); break;
        case 2: delta.setY(bounds.top() - r.top()); break;
        case 3: delta.setY(bounds.bottom() - r.bottom()); break;
        case 4: delta.setY(bounds.center().y() - r.center().y()); break;
        case 5: delta.setX(bounds.center().x() - r.center().x()); break;
        }
        auto p = placementOfItem(m_document->design(), ids[i]);
        before.push_back(*p);
        p->position += delta;
        after.push_back(*p);
    }
    m_document->undoStack()->push(new PlaceItems(m_document, before, after, tr("Align")));
}

void MainWindow::onDistribute(Qt::Orientation orientation)
{
    struct Entry { QString id; QRectF rect; };
    std::vector<Entry> entries;
    for (const QString &id : m_scene->selectedIds()) {
        ModelItem *item = m_scene->itemFor(id);
        if (item && item->type() == ComponentItemType)
            entries.push_back({id, item->mapRectToScene(static_cast<ComponentItem *>(item)->rect())});
        else if (item && item->type() == ZoneItemType)
            entries.push_back({id, item->mapRectToScene(static_cast<ZoneItem *>(item)->rect())});
    }
    if (entries.size() < 3)
        return;
    const bool h = orientation == Qt::Horizontal;
    std::sort(entries.begin(), entries.end(), [h](const Entry &a, const Entry &b) {
        return h ? a.rect.center().x() < b.rect.center().x() : a.rect.center().y() < b.rect.center().y();
    });
    const qreal first = h ? entries.front().rect.center().x() : entries.front().rect.center().y();
    const qreal last = h ? entries.back().rect.center().x() : entries.back().rect.center().y();
    const qreal step = (last - first) / qreal(entries.size() - 1);
    std::vector<ItemPlacement> before, after;
    for (size_t i = 0; i < entries.size(); ++i) {
        const qreal target = first + step * qreal(i);
        const qreal current = h ? entries[i].rect.center().x() : entries[i].rect.center().y();
        auto p = placementOfItem(m_document->design(), entries[i].id);
        before.push_back(*p);
        p->position += h ? QPointF(target - current, 0) : QPointF(0, target - current);
        after.push_back(*p);
    }
    m_document->undoStack()->push(new PlaceItems(m_document, before, after, tr("Distribute")));
}

void MainWindow::onStack(SetZOrder::Where where)
{
    // Stacking is saved in the design (zOrder), so it is an undo step like any edit.
    auto *command = new SetZOrder(m_document, m_scene->selectedIds(), where);
    if (command->isEmpty()) {
        delete command;
        return;
    }
    m_document->undoStack()->push(command);
}

void MainWindow::onAutoLayout()
{
    QStringList scope;
    for (const QString &id : m_scene->selectedIds())
        if (m_document->design().component(id))
            scope.append(id);
    // The whole design: a compound layout, zone by zone, that also grows zones to fit.
    // A selection: its components are rearranged inside their zones.
    LayoutPlacements placements;
    if (scope.isEmpty())
        placements = compoundLayout(m_document->design(), m_document->catalog());
    else
        placements.positions = layeredLayout(m_document->design(), m_document->catalog(), scope);
    std::vector<ItemPlacement> before, after;
    for (const auto &[id, position] : placements.positions) {
        if (placements.sizes.count(id))
            continue; // moved by its ResizeItem below
        auto p = placementOfItem(m_document->design(), id);
        if (!p || p->position == position)
            continue;
        before.push_back(*p);
        p->position = position;
        after.push_back(*p);
    }
    if (after.empty() && placements.sizes.empty()) {
        statusBar()->showMessage(tr("The layout is already tidy"), 3000);
        return;
    }
    // One undo step: zones resized (and moved) first, then the rest placed.
    auto *command = new QUndoCommand(scope.isEmpty() ? tr("Auto-layout") : tr("Auto-layout selection"));
    for (const auto &[id, size] : placements.sizes) {
        const auto moved = placements.positions.find(id);
        const Zone *zone = m_document->design().zone(id);
        new ResizeItem(m_document, id, moved != placements.positions.end() ? moved->second : zone->position, size, command);
    }
    if (!after.empty())
        new PlaceItems(m_document, before, after, command->text(), command);
    m_document->undoStack()->push(command);
}

void MainWindow::onPin(bool pinned)
{
    QStringList ids;
    for (const QString &id : m_scene->selectedIds())
        if (m_document->design().component(id))
            ids.append(id);
    if (!ids.isEmpty())
        m_document->undoStack()->push(new SetPinned(m_document, ids, pinned));
}

void MainWindow::onImport(const Importer &importer)
{
    ImportDialog dialog(importer, m_document->catalog(), this);
    if (dialog.exec() != QDialog::Accepted || !dialog.design())
        return;
    if (dialog.mergeRequested()) {
        // By name into the open design, the new items placed beside what is there: one undo step.
        const ImportMerge merge = mergeImport(m_document->design(), *dialog.design());
        CompoundLayoutOptions newOnly;
        newOnly.newOnly = true;
        Design laidOut = applyPlacements(merge.merged, compoundLayout(merge.merged, m_document->catalog(), newOnly));
        m_document->undoStack()->push(new ReplaceDesign(m_document, std::move(laidOut), tr("Import %1 into the Design").arg(importer.displayName())));
        statusBar()->showMessage(tr("Merged %1: %2 added, %3 updated, %4 connections added").arg(importer.displayName())
                                     .arg(merge.added).arg(merge.updated).arg(merge.connections), 8000);
        if (!merge.notes.isEmpty())
            statusBar()->setToolTip(merge.notes.join(QLatin1Char('\n')));
        return;
    }
    if (newDesign(*dialog.design()))
        statusBar()->showMessage(tr("Imported %1: %2").arg(importer.displayName(), dialog.result().report.summary()), 8000);
}

void MainWindow::onExport(const QString &exporterId)
{
    const Exporter *exporter = printingExporters().find(exporterId);
    if (!exporter)
        return;
    ExportDialog dialog(*exporter, m_document->design(), m_document->catalog(), this);
    dialog.setDesignFile(m_document->fileName(), QDir::homePath());
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Exported %1 to %2").arg(exporter->displayName(), dialog.target()), 5000);
}

} // namespace sd

namespace sd {

// --- questionnaire and context menu -----------------------------------------------------

void MainWindow::showQuestionnaire(bool on)
{
    m_centre->setCurrentWidget(on ? static_cast<QWidget *>(m_questionnaire) : m_view);
}

bool MainWindow::askAbout(const QString &id)
{
    if (id.isEmpty())
        return false;
    showQuestionnaire(true);
    if (m_questionnaire->showQuestionsFor(id))
        return true;
    statusBar()->showMessage(tr("The questionnaire asks nothing about this item"), 5000);
    return false;
}

void MainWindow::addNoteColourMenu(QMenu *menu)
{
    QStringList notes;
    for (const QString &id : m_scene->selectedIds())
        if (m_document->design().note(id))
            notes.append(id);
    QMenu *colours = menu->addMenu(tr("Note &Colour"));
    colours->setObjectName(QStringLiteral("noteColourMenu"));
    const QString names[] = {tr("Yellow"), tr("Blue"), tr("Green"), tr("Pink"), tr("Grey")};
    for (NoteColour colour : noteColours()) {
        QPixmap swatch(16, 16);
        swatch.fill(NotePainter::fill(colour, false));
        QAction *a = colours->addAction(QIcon(swatch), names[int(colour)]);
        a->setObjectName(QStringLiteral("noteColour:") + noteColourName(colour));
        connect(a, &QAction::triggered, this, [this, notes, colour] {
            m_document->undoStack()->push(new SetNoteColour(m_document, notes, colour));
        });
    }
}

QMenu *MainWindow::canvasContextMenu(QPoint viewPos)
{
    // Right-clicking an item that is not selected makes it the selection, as file managers do.
    const QString id = m_scene->idAt(m_view->mapToScene(viewPos));
    if (!id.isEmpty() && !m_scene->selectedIds().contains(id))
        m_scene->selectIds({id});
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("canvasContextMenu"));
    const bool onItem = !id.isEmpty();
    const char *itemActions[] = {"cut", "copy", "paste", "duplicate", "delete", nullptr, "rename", "bringToFront", "sendToBack", "pin",
                                 "unpin", nullptr, "simulateFailure", "clearSimulation", "askAbout"};
    const char *canvasActions[] = {"paste", "selectAll", nullptr, "autoLayout", "zoomFit", nullptr, "clearSimulation",
                                   "heatView"};
    auto addAll = [this, menu](auto &names) {
        for (const char *name : names) {
            if (name)
                menu->addAction(action(QLatin1String(name)));
            else
                menu->addSeparator();
        }
    };
    if (onItem) {
        addAll(itemActions);
        m_findings->addFixActions(menu, id); // "Fix: ..." for the component's findings (issue 13)
    } else {
        addAll(canvasActions);
    }
    if (!onItem || !m_document->design().note(id)) {
        // At the cursor, not in the middle of the view as the menu bar's Add Note.
        const QPointF at = m_view->mapToScene(viewPos);
        QAction *note = menu->addAction(action(QStringLiteral("addNote"))->icon(), tr("Add &Note Here"));
        note->setObjectName(QStringLiteral("addNoteHere"));
        connect(note, &QAction::triggered, this, [this, at] { m_scene->addNoteAt(at); });
    } else {
        addNoteColourMenu(menu);
    }
    return menu;
}

} // namespace sd

namespace sd {

// --- validation on the canvas -----------------------------------------------------------

void MainWindow::updateFindingBadges()
{
    // One badge per component: the worst open severity and how many open findings name it first.
    QHash<QString, QPair<int, int>> badges;
    for (const Finding &f : m_findings->findings()) {
        if (f.accepted || f.componentIds.isEmpty())
            continue;
        const int severity = f.severity == FindingSeverity::Error ? 2 : f.severity == FindingSeverity::Warning ? 1 : 0;
        QPair<int, int> &b = badges[f.componentIds.first()];
        if (b.second == 0)
            b = {severity, 0};
        b.first = std::max(b.first, severity);
        ++b.second;
    }
    m_scene->setBadges(badges);
}

QString MainWindow::failureSpecFor(const QString &id) const
{
    const Design &d = m_document->design();
    if (d.component(id))
        return id;
    const Zone *zone = d.zone(id);
    if (!zone)
        return {};
    if (zone->kind == QLatin1String("availability-zone"))
        return QStringLiteral("zone:") + id;
    if (zone->kind == QLatin1String("region"))
        return QStringLiteral("region:") + id;
    if (zone->kind == QLatin1String("cloud")) {
        const QString provider = placementOf(d, m_document->catalog(), id).provider;
        return provider.isEmpty() ? QString() : QStringLiteral("provider:") + provider;
    }
    return {};
}

QSet<QString> MainWindow::failingZones(const FailureScenario &scenario) const
{
    switch (scenario.scope) {
    case FailureScope::Component:
        return {};
    case FailureScope::Zone:
    case FailureScope::Region:
        return {scenario.target};
    case FailureScope::Provider:
        break;
    }
    const Design &d = m_document->design();
    QSet<QString> clouds;
    for (const Zone &z : d.zones())
        if (z.kind == QLatin1String("cloud") && placementOf(d, m_document->catalog(), z.id).provider == scenario.target)
            clouds.insert(z.id);
    return clouds;
}

QStringList MainWindow::simulateFailure(const QString &spec)
{
    m_simulated = spec;
    QStringList lostIds;
    QSet<QString> failedIds;
    QHash<QString, QString> failoverNotes;
    if (!spec.isEmpty()) {
        const Design &d = m_document->design();
        const DependencyGraph graph = DependencyGraph::fromDesign(d);
        const FailureModel model(d, m_document->catalog(), graph);
        QString error;
        const auto domain = model.resolve(spec, &error);
        if (!domain) {
            m_simulated.clear(); // what was simulated is gone (deleted or renamed)
            statusBar()->showMessage(error, 6000);
        } else {
            const SimulationResult result = model.simulate(domain->scenario, domain->failed);
            // What fails directly, then what is cut off (lost also lists the failed ones).
            for (int v : result.failed) {
                lostIds.append(model.profile(v).component->id);
                failedIds.insert(model.profile(v).component->id);
            }
            failedIds.unite(failingZones(domain->scenario));
            std::vector<int> unreachable;
            for (int v : result.lost)
                if (!std::binary_search(result.failed.begin(), result.failed.end(), v)) {
                    unreachable.push_back(v);
                    lostIds.append(model.profile(v).component->id);
                }
            // Multi-AZ primaries in a failed zone stay up: say so (issue 13).
            const QString failover = model.failoverNote(domain->failingOver);
            for (int v : domain->failingOver)
                failoverNotes.insert(model.profile(v).component->id, model.failoverText(v));
            const QString failed = result.failed.empty() ? tr("nothing") : model.nameList(result.failed);
            // The banner stays while the simulation does (a status-bar message was gone after the next hover).
            const QString label = QStringLiteral("<b>%1</b>").arg(domain->scenario.label.toHtmlEscaped());
            m_simulationBanner->setText(
                tr("Simulating: %1 fails.").arg(label) + QLatin1Char(' ')
                + (result.breaksEntries()
                       ? tr("It takes down %1 and cuts off %2.")
                             .arg(failed.toHtmlEscaped(),
                                  unreachable.empty() ? tr("nothing else") : model.nameList(unreachable).toHtmlEscaped())
                       : tr("It takes down %1; every entry point still works.").arg(failed.toHtmlEscaped()))
                + (failover.isEmpty() ? QString() : QLatin1Char(' ') + failover.toHtmlEscaped()));
        }
    }
    m_simulationBanner->setVisible(!m_simulated.isEmpty());
    m_scene->setFailed(failedIds);
    m_scene->setLost(QSet<QString>(lostIds.begin(), lostIds.end()));
    m_scene->setFailoverNotes(failoverNotes);
    updateActions();
    return lostIds;
}

void MainWindow::setHeatView(bool on)
{
    action(QStringLiteral("heatView"))->setChecked(on);
    if (!m_heatLegend)
        m_heatLegend = new HeatLegend(m_view->viewport());
    if (!on) {
        m_scene->setHeat({});
        m_heatLegend->hide();
        return;
    }
    const Design &d = m_document->design();
    const DependencyGraph graph = DependencyGraph::fromDesign(d);
    const FailureModel model(d, m_document->catalog(), graph);
    // Users and partner APIs are outside the system: nothing of ours fails with them, so they are not rated
    // (colouring them would paint the start of every request as the worst risk).
    int largest = 0;
    for (size_t v = 0; v < model.profiles().size(); ++v)
        if (!model.profiles()[v].trafficSource)
            largest = std::max(largest, model.blastRadius()[v]);
    QHash<QString, double> heat;
    QHash<QString, QString> notes;
    for (size_t v = 0; v < model.profiles().size(); ++v) {
        const ComponentProfile &profile = model.profiles()[v];
        if (profile.trafficSource)
            continue;
        // The radius counts the component itself: 1 is the least a failure costs, and green.
        const int others = std::max(0, model.blastRadius()[v] - 1);
        heat.insert(profile.component->id, largest > 1 ? double(others) / (largest - 1) : 0.0);
        notes.insert(profile.component->id, others > 0 ? tr("Blast radius: it and %n other component(s) are lost if it fails", nullptr, others)
                                                       : tr("Blast radius: only itself is lost if it fails"));
    }
    m_scene->setHeat(heat, notes);
    m_heatLegend->showScale(largest, m_scene->theme());
}

void MainWindow::refreshAnalysisOverlays()
{
    // Edits change what fails: the simulation and heat view follow the design.
    if (!m_simulated.isEmpty())
        simulateFailure(m_simulated);
    if (action(QStringLiteral("heatView"))->isChecked())
        setHeatView(true);
}

} // namespace sd
