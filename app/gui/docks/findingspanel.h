// SPDX-License-Identifier: MIT
#pragma once

#include "validation.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTimer;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace sd {

class Catalog;
class Document;

/**
 * The validation findings of the open design: severity icons, counts per severity (which are also
 * the severity filters), a search field, accepted findings greyed with their justification, and
 * "Accept…" / "Un-accept" in the context menu (through the undo stack). Re-validates a moment after
 * the document changes (debounced), so typing and dragging never wait for it.
 */
class FindingsPanel : public QWidget
{
    Q_OBJECT

public:
    FindingsPanel(Document *document, const Catalog &catalog, QWidget *parent = nullptr);

    const std::vector<Finding> &findings() const { return m_findings; }

    /// Validates now (the debounce timer calls this; tests and "Validate now" may too).
    void revalidate();
    /// Accepts a finding with a justification, as one undoable step. Ignores empty justifications.
    void acceptFinding(const QString &findingId, const QString &justification);
    /// Removes the acceptance of a finding, as one undoable step.
    void unacceptFinding(const QString &findingId);

    /// How long after the last change the panel re-validates.
    static constexpr int kDebounceMs = 150;

Q_SIGNALS:
    /// A finding was activated (clicked, or Enter): show these components.
    void findingActivated(const QStringList &componentIds);
    /// The findings were recomputed.
    void findingsUpdated();

private:
    void scheduleRevalidation();
    void rebuildList();
    void applyFilter();
    void showContextMenu(const QPoint &pos);
    void askAndAccept(const QString &findingId);
    const Finding *findingOf(const QTreeWidgetItem *item) const;

    Document *m_document;
    const Catalog &m_catalog;
    std::vector<Finding> m_findings;
    QTimer *m_debounce;
    QToolButton *m_filters[3] = {}; ///< indexed by FindingSeverity
    QLabel *m_accepted;
    QLineEdit *m_search;
    QTreeWidget *m_list;
};

} // namespace sd
