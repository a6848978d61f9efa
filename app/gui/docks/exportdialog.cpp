// SPDX-License-Identifier: MIT
#include "exportdialog.h"

#include "exportwriter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

namespace sd {

ExportDialog::ExportDialog(const Exporter &exporter, const Design &design, const Catalog &catalog, QWidget *parent)
    : QDialog(parent), m_exporter(exporter), m_design(design), m_catalog(catalog)
{
    setWindowTitle(tr("Export %1").arg(exporter.displayName()));
    setObjectName(QStringLiteral("exportDialog"));
    resize(1000, 680);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(exporter.description(), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    for (const ExportOptionSpec &spec : exporter.options()) {
        QWidget *widget = nullptr;
        if (spec.values.isEmpty()) {
            auto *check = new QCheckBox(spec.description, this);
            check->setChecked(spec.defaultValue == QLatin1String("true"));
            connect(check, &QCheckBox::toggled, this, &ExportDialog::regenerate);
            form->addRow(QString(), check);
            widget = check;
        } else {
            auto *combo = new QComboBox(this);
            combo->addItems(spec.values);
            combo->setCurrentText(spec.defaultValue);
            combo->setToolTip(spec.description);
            connect(combo, &QComboBox::currentTextChanged, this, &ExportDialog::regenerate);
            form->addRow(spec.description, combo);
            widget = combo;
        }
        widget->setObjectName(QStringLiteral("option:") + spec.key);
        widget->setAccessibleName(spec.description);
        m_optionWidgets.emplace_back(spec, widget);
    }
    layout->addLayout(form);

    auto *splitter = new QSplitter(this);
    m_files = new QListWidget(splitter);
    m_files->setObjectName(QStringLiteral("exportFiles"));
    m_files->setAccessibleName(tr("Files to export"));
    m_preview = new QPlainTextEdit(splitter);
    m_preview->setObjectName(QStringLiteral("exportPreview"));
    m_preview->setAccessibleName(tr("Preview"));
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    splitter->addWidget(m_files);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({240, 760});
    layout->addWidget(splitter, 1);
    connect(m_files, &QListWidget::currentRowChanged, this, &ExportDialog::showFile);

    m_messages = new QLabel(this);
    m_messages->setWordWrap(true);
    m_messages->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_messages);

    auto *targetRow = new QHBoxLayout;
    m_target = new QLineEdit(this);
    m_target->setObjectName(QStringLiteral("exportTarget"));
    m_target->setAccessibleName(tr("Export to"));
    auto *browse = new QToolButton(this);
    browse->setText(tr("Browse…"));
    connect(browse, &QToolButton::clicked, this, [this] {
        const bool single = m_exporter.writesSingleFile(options());
        const QString chosen = single ? QFileDialog::getSaveFileName(this, tr("Export to File"), m_target->text())
                                      : QFileDialog::getExistingDirectory(this, tr("Export to Folder"), m_target->text());
        if (!chosen.isEmpty())
            m_target->setText(chosen);
    });
    targetRow->addWidget(new QLabel(tr("Export to:"), this));
    targetRow->addWidget(m_target, 1);
    targetRow->addWidget(browse);
    layout->addLayout(targetRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_exportButton = buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (write())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_target, &QLineEdit::textChanged, this, [this] { m_exportButton->setEnabled(m_result.ok() && !target().isEmpty()); });
    layout->addWidget(buttons);
    regenerate();
}

QVariantMap ExportDialog::options() const
{
    QVariantMap options;
    for (const auto &[spec, widget] : m_optionWidgets) {
        if (auto *check = qobject_cast<QCheckBox *>(widget))
            options.insert(spec.key, check->isChecked());
        else if (auto *combo = qobject_cast<QComboBox *>(widget))
            options.insert(spec.key, combo->currentText());
    }
    return options;
}

QString ExportDialog::target() const { return m_target->text().trimmed(); }
void ExportDialog::setTarget(const QString &path) { m_target->setText(path); }

void ExportDialog::setDesignFile(const QString &path, const QString &fallbackFolder)
{
    m_designFile = path;
    m_fallbackFolder = fallbackFolder;
    m_defaultTarget = defaultExportTarget(m_exporter, options(), m_result, m_designFile, m_design.name, m_fallbackFolder);
    m_target->setText(m_defaultTarget);
}

void ExportDialog::regenerate()
{
    m_result = m_exporter.generate(m_design, m_catalog, options());
    const QString current = m_files->currentItem() ? m_files->currentItem()->text() : QString();
    m_files->clear();
    for (const ExportedFile &f : m_result.files)
        m_files->addItem(f.path);
    QStringList notes;
    if (!m_result.ok())
        notes << QStringLiteral("<b>%1</b>").arg(m_result.error.toHtmlEscaped());
    for (const Diagnostic &d : m_result.messages)
        notes << d.message.toHtmlEscaped();
    m_messages->setText(notes.join(QStringLiteral("<br>")));
    m_messages->setVisible(!notes.isEmpty());
    const auto found = m_files->findItems(current, Qt::MatchExactly);
    m_files->setCurrentRow(found.isEmpty() ? 0 : m_files->row(found.first()));
    if (!m_defaultTarget.isEmpty() && target() == m_defaultTarget) {
        m_defaultTarget = defaultExportTarget(m_exporter, options(), m_result, m_designFile, m_design.name, m_fallbackFolder);
        m_target->setText(m_defaultTarget);
    }
    m_exportButton->setEnabled(m_result.ok() && !target().isEmpty());
}

void ExportDialog::showFile(int row)
{
    if (row < 0 || row >= int(m_result.files.size())) {
        m_preview->clear();
        return;
    }
    const QByteArray &contents = m_result.files[size_t(row)].contents;
    if (contents.startsWith("%PDF-")) { // a printed page has no text to preview
        m_preview->setPlainText(tr("A PDF document of %1 KiB. Export it, then open it to read it.")
                                    .arg(QLocale().toString(double(contents.size()) / 1024, 'f', 1)));
        return;
    }
    m_preview->setPlainText(QString::fromUtf8(contents));
}

bool ExportDialog::write()
{
    ExportWriteOptions writeOptions;
    if (!m_designFile.isEmpty())
        writeOptions.inputs = {m_designFile};
    ExportWriteReport report = writeExportTo(m_exporter, options(), m_result, target(), writeOptions);
    if (!report && !report.conflicts.isEmpty()) {
        QStringList shown = report.conflicts.mid(0, 12);
        if (report.conflicts.size() > shown.size())
            shown << tr("… and %n more", nullptr, int(report.conflicts.size() - shown.size()));
        const auto answer = QMessageBox::question(
            this, windowTitle(),
            tr("These files in %1 were edited by hand since the last export, or were not written by it:\n\n%2\n\n"
               "Replace them with the exported files?").arg(target(), shown.join(QLatin1Char('\n'))),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return false;
        writeOptions.force = true;
        report = writeExportTo(m_exporter, options(), m_result, target(), writeOptions);
    }
    if (!report) {
        QMessageBox::warning(this, windowTitle(), report.error.isEmpty() ? tr("Nothing to write.") : report.error);
        return false;
    }
    return true;
}

} // namespace sd
