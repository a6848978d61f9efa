// SPDX-License-Identifier: MIT
#pragma once

#include "exporter.h"

#include <QDialog>
#include <QVariantMap>

class QComboBox;
class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace sd {

/**
 * File > Export > (Terraform, Kubernetes, ...): the exporter's options, a preview of
 * every file it will write, and the folder (or file) to write to. Nothing is written
 * until the user presses Export; what is written is exactly what was previewed.
 */
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(const Exporter &exporter, const Design &design, const Catalog &catalog, QWidget *parent = nullptr);

    QVariantMap options() const;
    const ExportResult &result() const { return m_result; }
    QString target() const;
    void setTarget(const QString &path);
    /// The design's file: the default target is named after it, and the export never writes onto it.
    void setDesignFile(const QString &path, const QString &fallbackFolder);
    /// Writes the previewed files; shows errors itself. Returns true on success.
    bool write();

private:
    void regenerate();
    void showFile(int row);

    const Exporter &m_exporter;
    const Design &m_design;
    const Catalog &m_catalog;
    QString m_designFile;
    QString m_fallbackFolder;
    QString m_defaultTarget; ///< follows the options (questionnaire.html or .md) until the user types a target
    ExportResult m_result;
    std::vector<std::pair<ExportOptionSpec, QWidget *>> m_optionWidgets;
    QListWidget *m_files;
    QPlainTextEdit *m_preview;
    QLabel *m_messages;
    QLineEdit *m_target;
    QPushButton *m_exportButton;
};

} // namespace sd
