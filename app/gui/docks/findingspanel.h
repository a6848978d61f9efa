// SPDX-License-Identifier: MIT
#pragma once

#include "validation.h"

#include <QFutureWatcher>
#include <QThreadPool>
#include <QWidget>

class QLabel;
class QLineEdit;
class QTimer;
class QToolButton;
class QTreeView;

namespace sd {

class Catalog;
class Document;
class FindingsFilter;
class FindingsModel;

/**
 * The validation findings of the open design: severity icons, counts per severity (which are also
 * the severity filters), a search field, accepted findings greyed with their justification, and
 * "Accept…" / "Un-accept" in the context menu (through the undo stack).
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

    /// Validates now, on this thread ("Validate Now", accepting a finding, tests).
    void revalidate();
    /// True while a validation runs in the background.
    bool isValidating() const { return m_running.isRunning(); }
    /// Accepts a finding with a justification, as one undoable step. Ignores empty justifications.
    void acceptFinding(const QString &findingId, const QString &justification);
    /// Removes the acceptance of a finding, as one undoable step.
    void unacceptFinding(const QString &findingId);

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
    void updateCounts();
    void showContextMenu(const QPoint &pos);
    void askAndAccept(const QString &findingId);
    const Finding *findingAt(const QModelIndex &viewIndex) const;

    Document *m_document;
    const Catalog &m_catalog;
    QTimer *m_debounce;
    QToolButton *m_filters[3] = {}; ///< indexed by FindingSeverity
    QLabel *m_accepted;
    QLineEdit *m_search;
    FindingsModel *m_model;
    FindingsFilter *m_filter;
    QTreeView *m_list;
    QThreadPool m_worker;                            ///< one thread: validations run one after another
    QFutureWatcher<std::vector<Finding>> m_running;  ///< the newest background validation
    quint64 m_revision = 0;        ///< counts the document's changes
    quint64 m_runningRevision = 0; ///< the revision the background validation works on
};

} // namespace sd
