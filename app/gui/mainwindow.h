// SPDX-License-Identifier: MIT
#pragma once

#include "commands.h"
#include "design.h"
#include "editprompts.h"
#include "fileprompts.h"
#include "filestamp.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QActionGroup;
class QLabel;
class QLineEdit;
class QMenu;
class QTabWidget;
class QUndoView;

namespace sd {

class DiagramExport;

class CanvasScene;
class CanvasView;
class HeatLegend;
struct FailureScenario;
class ModeBanner;
class CompareMode;
class Catalog;
class Document;
class DiskWatcher;
class Importer;
class OverviewMap;
class PaletteWidget;
class PropertyEditor;
class FindingsPanel;
class QuestionnaireView;
class RecoveryManager;
struct RecoveryEntry;

/**
 * The studio's window: canvas in the centre, palette, properties, findings, history
 * and overview in docks, menus and toolbars for every action. It owns one Document.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const Catalog &catalog, QWidget *parent = nullptr);
    ~MainWindow() override;

    Document *document() const { return m_document; }
    CanvasScene *scene() const { return m_scene; }
    CanvasView *view() const { return m_view; }
    PaletteWidget *palette() const { return m_palette; }
    PropertyEditor *propertyEditor() const { return m_properties; }
    RecoveryManager *recovery() const { return m_recovery; }
    DiskWatcher *diskWatcher() const { return m_diskWatcher; }
    QuestionnaireView *questionnaire() const { return m_questionnaire; }
    FindingsPanel *findingsPanel() const { return m_findings; }
    /// Design > Compare With…: the open design against a revision or another file.
    CompareMode *compareMode() const { return m_compare; }
    /**
     * "Simulate failure": greys out what a failure takes down and lists it. `spec` is a
     * component id, or zone:ID, region:ID, provider:NAME. Returns the ids lost (failed or
     * unreachable); an empty spec clears the simulation.
     */
    QStringList simulateFailure(const QString &spec);
    /// The blast-radius heat view on the canvas: red where a failure hurts most.
    void setHeatView(bool on);
    /// The diagram or the questionnaire, as tabs in the centre.
    void showQuestionnaire(bool on);
    /// "Ask about this": the questionnaire at the questions about a component or zone.
    bool askAbout(const QString &id);
    /// The canvas's context menu for what is at `viewPos` (built fresh, for tests too).
    QMenu *canvasContextMenu(QPoint viewPos);
    /// The colours a selected note can take (its context menu).
    void addNoteColourMenu(QMenu *menu);
    /// An action by object name (tests and menus share them).
    QAction *action(const QString &name) const;

    /// Opens a file; on failure shows the error (with lines) and keeps the current document.
    bool openFile(const QString &path);
    bool saveFile(const QString &path);
    /// Replaces the document with a new design (asks about unsaved changes first).
    bool newDesign(const Design &design);
    /// Asks about unsaved changes: true when it is fine to discard or replace the document.
    bool maybeSave();
    /// Offers to restore autosaved work of crashed sessions.
    void offerRecovery();
    /// Restores one recovery entry into this window (as modified, unsaved work).
    bool restoreRecovery(const RecoveryEntry &entry);

    /// Adds a kind at a scene position (drop) into the zone under it; returns the new id.
    QString addKind(const QString &kindId, QPointF scenePos);
    /**
     * Adds a kind picked in the palette (double-click, Enter): beside the selected components and
     * connected from them, or in the middle of the view when none is selected; never on a card
     * or across a zone's edge.
     */
    void placeFromPalette(const QString &kindId);

    /// The questions about the file on disk (tests answer them; see FilePrompts).
    void setFilePrompts(const FilePrompts &prompts) { m_prompts = prompts; }

    /// The questions before an edit that takes more than was selected (tests answer them).
    void setEditPrompts(const EditPrompts &prompts) { m_editPrompts = prompts; }

    /// Message boxes are skipped and their default taken (tests set this).
    static void setNonInteractive(bool on);
    static bool isNonInteractive();

    /// The diagram export (PNG, SVG, PDF) and printing.
    DiagramExport *diagramExport() const { return m_diagramExport; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBars();
    void createDocks();
    void updateTitle();
    void updateActions();
    void updateFindingBadges();
    void refreshAnalysisOverlays();
    QString failureSpecFor(const QString &id) const;
    /// The zones a scenario takes down themselves: its zone or region, or the provider's clouds.
    QSet<QString> failingZones(const FailureScenario &scenario) const;
    void updateStatus();
    void updateRecentMenu();
    void addRecentFile(const QString &path);
    void readSettings();
    void writeSettings();
    void showError(const QString &title, const QString &text, const QString &details = {});
    /// Another program changed or removed the open file (DiskWatcher).
    void onChangedOnDisk(DiskState state);
    bool reloadFromDisk();

    // File
    void onNew();
    void onOpen();
    bool onSave();
    bool onSaveAs();
    void onRevert();
    void onImport(const Importer &importer);
    void onExport(const QString &exporterId);
    // Edit
    void onCut();
    void onCopy();
    void onPaste();
    void onDuplicate();
    void onDelete();
    void onRename(const QString &id = {});
    void onFind();
    // Arrange
    void onAlign(int how);
    void onDistribute(Qt::Orientation orientation);
    void onStack(SetZOrder::Where where);
    void onAutoLayout();
    void onPin(bool pinned);

    void pasteFragment(const QByteArray &yaml, QPointF offset, const QString &text);

    Document *m_document;
    CanvasScene *m_scene;
    DiagramExport *m_diagramExport = nullptr;
    CanvasView *m_view;
    ModeBanner *m_simulationBanner = nullptr; ///< says what is simulated, with End
    HeatLegend *m_heatLegend = nullptr; ///< made when the heat view is first shown
    PaletteWidget *m_palette = nullptr;
    PropertyEditor *m_properties = nullptr;
    OverviewMap *m_overview = nullptr;
    QUndoView *m_history = nullptr;
    RecoveryManager *m_recovery = nullptr;
    DiskWatcher *m_diskWatcher = nullptr;
    FilePrompts m_prompts;
    EditPrompts m_editPrompts;
    bool m_askingAboutDisk = false; ///< a question about the file on disk is open: do not stack another
    QLabel *m_zoomLabel = nullptr;
    QLabel *m_selectionLabel = nullptr;
    QLineEdit *m_findField = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_exportMenu = nullptr;
    QMenu *m_designMenu = nullptr;
    QuestionnaireView *m_questionnaire = nullptr;
    FindingsPanel *m_findings = nullptr;
    CompareMode *m_compare = nullptr;
    QString m_simulated; ///< the failure being simulated, re-run after each edit
    QTabWidget *m_centre = nullptr;
    int m_pasteCount = 0;
};

} // namespace sd
