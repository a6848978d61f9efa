// SPDX-License-Identifier: MIT
#pragma once

#include "diagramrender.h"

#include <QDialog>
#include <QObject>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QSpinBox;

namespace sd {

class CanvasScene;
class Document;

/// The options of an image export: scale (PNG), margin, background, grid, selection only, labels.
class DiagramExportDialog : public QDialog
{
    Q_OBJECT

public:
    DiagramExportDialog(DiagramFormat format, bool hasSelection, QWidget *parent = nullptr);
    DiagramOptions options(const QStringList &selection) const;

private:
    DiagramFormat m_format;
    QDoubleSpinBox *m_scale = nullptr;
    QSpinBox *m_margin;
    QCheckBox *m_transparent = nullptr;
    QCheckBox *m_grid;
    QCheckBox *m_selectionOnly;
    QComboBox *m_labels;
};

/**
 * The studio's diagram export (PNG, SVG, PDF) and printing, through the one DiagramRenderer
 * that stackdraft-cli uses too: the picture is painted from the design, not grabbed from the
 * scene, so it shows neither selection nor handles nor the grid unless asked.
 */
class DiagramExport : public QObject
{
    Q_OBJECT

public:
    DiagramExport(Document *document, CanvasScene *scene, QWidget *window);

    /// Asks for options and a file name, then writes the picture.
    void exportAs(DiagramFormat format);
    /// Asks for a printer, then prints the diagram on one page.
    void print();
    /// Writes the picture without asking (tests, and exportAs once it knows where).
    bool write(DiagramFormat format, const DiagramOptions &options, const QString &path, QString *error) const;

Q_SIGNALS:
    void failed(const QString &title, const QString &text);
    void message(const QString &text);

private:
    Document *m_document;
    CanvasScene *m_scene;
    QWidget *m_window;
};

} // namespace sd
