// SPDX-License-Identifier: MIT
#pragma once

#include "fixes.h"
#include "validation.h"

#include <QFutureWatcher>
#include <QThreadPool>
#include <QWidget>

class QLabel;
class QLineEdit;
class QMenu;
class QTimer;
class QToolButton;
class QTreeView;

namespace sd {

class Catalog;
class Document;
class FindingDetails;
class FindingsFilter;
class FindingsModel;

/**
 * The validation findings of the open design: severity icons, counts per severity (which are also
 * the severity filters), a search field, accepted findings greyed with their justification, and
 * "Accept…" / "Un-accept" in the context menu (through the undo stack). Beside the list, the
 * selected finding in full (why, fix, note, components by name) with its one-click fix: "Fix: …",
 * a preview of what changes, and Apply as one undo step. The same fixes are offered on a
 * component's context menu (addFixActions()).
 *
 * Re-validates a moment after the document changes (debounced), on a worker thread with a copy
 * of the design, and shows the result in one step when it arrives: typing and dragging never
 * wait for it, and a result that a newer edit has already overtaken is dropped.
 */
class FindingsPanel : public QWidget
{
    Q_OBJECT

public:
    FindingsPanel(Document *document, const Catalog &catalog, QWidget *parent = nullptr);
    ~FindingsPanel() override;

    const std::vector<Finding> &findings() const;
    /// Tall enough for about ten findings beside their details, where the dock first opens.
    QSize sizeHint() const override { return {900, 300}; }

    /// Validates now, on this thread ("Validate Now", accepting a finding, tests).
    void revalidate();
    /// True while a validation runs in the background.
    bool isValidating() const { return m_running.isRunning(); }
    /// Accepts a finding with a justification, as one undoable step. Ignores empty justifications.
    void acceptFinding(const QString &findingId, const QString &justification);
    /// Removes the acceptance of a finding, as one undoable step.
    void unacceptFinding(const QString &findingId);

    /// The one-click fix of a current finding, planned on the document's design (nullopt: none).
    std::optional<FindingFix> fixFor(const QString &findingId) const;
    /// Applies the fix of a finding as one undo step and re-validates. False when there is none.
    bool applyFix(const QString &findingId);
    /// Adds "Fix: …" for every open finding about a component that has a one-click fix, each with
    /// its preview as the tooltip (the canvas calls this for the component's context menu).
    void addFixActions(QMenu *menu, const QString &componentId);

    /// Compare mode shows how the findings changed above the list (the panel takes `view` into its
    /// layout; the caller shows and hides it).
    void addDeltaView(QWidget *view);

    /// How long after the last change the panel re-validates, by default.
    static constexpr int kDebounceMs = 150;
    void setDebounceInterval(int milliseconds);

Q_SIGNALS:
    /// A finding was activated (clicked, or Enter): show these components.
    void findingActivated(const QStringList &componentIds);
    /// The findings were recomputed.
    void findingsUpdated();

private:
    void scheduleRevalidation();
    void validateInBackground();
    void showFindings(std::vector<Finding> findings);
    /// The accepted marks of the design on the findings shown (after Accept or Un-accept).
    void showAcceptance();
    void updateCounts();
    void showContextMenu(const QPoint &pos);
    void askAndAccept(const QString &findingId);
    const Finding *findingAt(const QModelIndex &viewIndex) const;
    const Finding *finding(const QString &findingId) const;
    void updateDetails();
    QHash<QString, QString> itemNames() const;

    Document *m_document;
    const Catalog &m_catalog;
    QTimer *m_debounce;
    QToolButton *m_filters[3] = {}; ///< indexed by FindingSeverity
    QLabel *m_accepted;
    QLineEdit *m_search;
    FindingsModel *m_model;
    FindingsFilter *m_filter;
    QTreeView *m_list;
    FindingDetails *m_details;
    QThreadPool m_worker;                            ///< one thread: validations run one after another
    QFutureWatcher<std::vector<Finding>> m_running;  ///< the newest background validation
    quint64 m_revision = 0;        ///< counts the document's changes
    /// The fix the details show, planned once per finding and design revision (planning validates).
    struct CachedFix {
        QString findingId;
        quint64 revision = 0;
        std::optional<FindingFix> fix;
    };
    mutable std::optional<CachedFix> m_cachedFix;
    quint64 m_runningRevision = 0; ///< the revision the background validation works on
};

} // namespace sd
