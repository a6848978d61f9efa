// SPDX-License-Identifier: MIT
#pragma once

#include "importer.h"

#include <QDialog>

#include <optional>

class QLabel;
class QListWidget;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace sd {

/**
 * File > Import > (Docker Compose, Kubernetes manifests): the files and folders to read, then the
 * import's report (mapped, guessed with file and line, dropped with why, hosts nothing defines) or
 * its errors. The result opens as a new design only when the user asks for it, after reading that.
 * The CLI's `import` runs the same importer.
 */
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(const Importer &importer, const Catalog &catalog, QWidget *parent = nullptr);

    void setPaths(const QStringList &paths);
    QStringList paths() const;
    /// Imports the listed paths and shows the report. Returns whether a design came out.
    bool runImport();
    /// The imported design, once runImport() succeeded.
    const std::optional<Design> &design() const { return m_result.design; }
    const ImportResult &result() const { return m_result; }
    /// Whether the user chose to merge the import into the open design (else: open it as a new one).
    bool mergeRequested() const { return m_merge; }

private:
    void addFiles();
    void addFolder();
    void showResult();
    void updateButtons();
    void addNote(QTreeWidgetItem *section, const QString &text, const SourceRef &source);

    const Importer &m_importer;
    const Catalog &m_catalog;
    ImportResult m_result;
    QListWidget *m_paths;
    QPushButton *m_importButton;
    QPushButton *m_openButton;
    QPushButton *m_mergeButton;
    bool m_merge = false;
    QPushButton *m_removeButton;
    QLabel *m_summary;
    QTreeWidget *m_report;
};

} // namespace sd
