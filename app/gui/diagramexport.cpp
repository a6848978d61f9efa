// SPDX-License-Identifier: MIT
#include "diagramexport.h"

#include "canvasscene.h"
#include "document.h"
#include "exporter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QPrintDialog>
#include <QPrinter>
#include <QSpinBox>

namespace sd {

DiagramExportDialog::DiagramExportDialog(DiagramFormat format, bool hasSelection, QWidget *parent)
    : QDialog(parent), m_format(format), m_margin(new QSpinBox(this)), m_grid(new QCheckBox(tr("Show the &grid"), this)),
      m_selectionOnly(new QCheckBox(tr("&Selection only"), this)), m_labels(new QComboBox(this))
{
    setWindowTitle(format == DiagramFormat::Png   ? tr("Export Diagram as PNG")
                   : format == DiagramFormat::Svg ? tr("Export Diagram as SVG")
                                                  : tr("Export Diagram as PDF"));
    auto *form = new QFormLayout(this);
    if (format == DiagramFormat::Png) {
        m_scale = new QDoubleSpinBox(this);
        m_scale->setObjectName(QStringLiteral("scale"));
        m_scale->setRange(0.25, 8);
        m_scale->setSingleStep(0.5);
        m_scale->setValue(2);
        m_scale->setSuffix(QStringLiteral(" ×"));
        form->addRow(tr("S&cale:"), m_scale);
    }
    m_margin->setObjectName(QStringLiteral("margin"));
    m_margin->setRange(0, 400);
    m_margin->setValue(30);
    form->addRow(tr("&Margin:"), m_margin);
    if (format != DiagramFormat::Pdf) {
        m_transparent = new QCheckBox(tr("&Transparent background"), this);
        m_transparent->setObjectName(QStringLiteral("transparent"));
        form->addRow(QString(), m_transparent);
    }
    m_grid->setObjectName(QStringLiteral("grid"));
    form->addRow(QString(), m_grid);
    m_selectionOnly->setObjectName(QStringLiteral("selectionOnly"));
    m_selectionOnly->setEnabled(hasSelection);
    form->addRow(QString(), m_selectionOnly);
    m_labels->setObjectName(QStringLiteral("labels"));
    m_labels->addItem(tr("Connection label, else protocol:port"));
    m_labels->addItem(tr("Protocol:port"));
    form->addRow(tr("&Labels:"), m_labels);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

DiagramOptions DiagramExportDialog::options(const QStringList &selection) const
{
    DiagramOptions options;
    if (m_scale)
        options.scale = m_scale->value();
    options.margin = m_margin->value();
    options.transparent = m_transparent && m_transparent->isChecked();
    options.grid = m_grid->isChecked();
    if (m_selectionOnly->isEnabled() && m_selectionOnly->isChecked())
        options.only = selection;
    options.labels = m_labels->currentIndex() == 1 ? ConnectionLabelMode::Protocol : ConnectionLabelMode::UserLabel;
    return options;
}

DiagramExport::DiagramExport(Document *document, CanvasScene *scene, QWidget *window)
    : QObject(window), m_document(document), m_scene(scene), m_window(window)
{
}

void DiagramExport::exportAs(DiagramFormat format)
{
    QStringList selection;
    for (const QString &id : m_scene->selectedIds())
        if (m_document->design().component(id) || m_document->design().zone(id))
            selection.append(id);
    DiagramExportDialog dialog(format, !selection.isEmpty(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString extension = diagramFormatName(format);
    const QString filter = format == DiagramFormat::Png   ? tr("PNG images (*.png)")
                           : format == DiagramFormat::Svg ? tr("SVG images (*.svg)")
                                                          : tr("PDF documents (*.pdf)");
    QString path = QFileDialog::getSaveFileName(m_window, dialog.windowTitle(),
                                                Design::slugify(m_document->design().name) + QLatin1Char('.') + extension, filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1Char('.') + extension, Qt::CaseInsensitive))
        path += QLatin1Char('.') + extension;
    QString error;
    if (write(format, dialog.options(selection), path, &error))
        Q_EMIT message(tr("Exported the diagram to %1").arg(path));
    else
        Q_EMIT failed(dialog.windowTitle(), error);
}

bool DiagramExport::write(DiagramFormat format, const DiagramOptions &options, const QString &path, QString *error) const
{
    const DiagramRenderer renderer(m_document->design(), m_document->catalog(), DiagramTheme::light(), options);
    if (renderer.isEmpty()) {
        *error = tr("There is nothing to draw.");
        return false;
    }
    const QByteArray bytes = renderer.render(format, error);
    return !bytes.isEmpty() && writeExportFile(ExportedFile{QString(), bytes}, path, error);
}

void DiagramExport::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(m_document->design().name);
    QPrintDialog dialog(&printer, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    DiagramRenderer(m_document->design(), m_document->catalog(), DiagramTheme::light(), DiagramOptions()).paintPages(&printer);
}

} // namespace sd
