// SPDX-License-Identifier: MIT
#include "importdialog.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <array>

namespace sd {

ImportDialog::ImportDialog(const Importer &importer, const Catalog &catalog, QWidget *parent)
    : QDialog(parent), m_importer(importer), m_catalog(catalog)
{
    setWindowTitle(tr("Import %1").arg(importer.displayName()));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Files and folders to read (folders are read with everything in them):"), this));
    auto *pathsRow = new QHBoxLayout;
    m_paths = new QListWidget(this);
    m_paths->setObjectName(QStringLiteral("importPaths"));
    m_paths->setMaximumHeight(110);
    pathsRow->addWidget(m_paths, 1);
    auto *pathButtons = new QVBoxLayout;
    auto *files = new QPushButton(tr("Add &Files…"), this);
    auto *folder = new QPushButton(tr("Add F&older…"), this);
    m_removeButton = new QPushButton(tr("&Remove"), this);
    pathButtons->addWidget(files);
    pathButtons->addWidget(folder);
    pathButtons->addWidget(m_removeButton);
    pathButtons->addStretch();
    pathsRow->addLayout(pathButtons);
    layout->addLayout(pathsRow);

    m_importButton = new QPushButton(tr("&Import"), this);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    auto *importRow = new QHBoxLayout;
    importRow->addWidget(m_importButton);
    m_summary = new QLabel(tr("Nothing imported yet."), this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    importRow->addWidget(m_summary, 1);
    layout->addLayout(importRow);

    m_report = new QTreeWidget(this);
    m_report->setObjectName(QStringLiteral("importReport"));
    m_report->setHeaderLabels({tr("What"), tr("Where")});
    m_report->setRootIsDecorated(true);
    m_report->setUniformRowHeights(false);
    m_report->setWordWrap(true);
    m_report->header()->setStretchLastSection(false);
    m_report->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_report->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_report->header()->setMinimumSectionSize(120);
    layout->addWidget(m_report, 1);

    auto *buttons = new QDialogButtonBox(this);
    m_openButton = buttons->addButton(tr("&Open as New Design"), QDialogButtonBox::AcceptRole);
    m_openButton->setObjectName(QStringLiteral("openImported"));
    m_mergeButton = buttons->addButton(tr("&Merge into This Design"), QDialogButtonBox::ActionRole);
    m_mergeButton->setObjectName(QStringLiteral("mergeImported"));
    m_mergeButton->setToolTip(tr("Items whose names are already in the open design are updated; the rest is added and placed "
                                 "beside what is there. One undo step."));
    buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);

    connect(files, &QPushButton::clicked, this, &ImportDialog::addFiles);
    connect(folder, &QPushButton::clicked, this, &ImportDialog::addFolder);
    connect(m_removeButton, &QPushButton::clicked, this, [this] {
        delete m_paths->currentItem();
        updateButtons();
    });
    connect(m_paths, &QListWidget::currentRowChanged, this, &ImportDialog::updateButtons);
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::runImport);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        m_merge = false;
        accept();
    });
    connect(m_mergeButton, &QPushButton::clicked, this, [this] {
        m_merge = true;
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(860, 600);
    updateButtons();
}

void ImportDialog::setPaths(const QStringList &paths)
{
    m_paths->clear();
    m_paths->addItems(paths);
    m_result = {};
    updateButtons();
}

QStringList ImportDialog::paths() const
{
    QStringList list;
    for (int i = 0; i < m_paths->count(); ++i)
        list.append(m_paths->item(i)->text());
    return list;
}

void ImportDialog::addFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Add Files"), QString(), m_importer.fileFilter());
    m_paths->addItems(files);
    updateButtons();
}

void ImportDialog::addFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Add Folder"));
    if (!folder.isEmpty())
        m_paths->addItem(folder);
    updateButtons();
}

bool ImportDialog::runImport()
{
    m_result = m_importer.import(paths(), m_catalog);
    showResult();
    updateButtons();
    return m_result.ok();
}

void ImportDialog::showResult()
{
    m_report->clear();
    if (!m_result.ok()) {
        m_summary->setText(tr("Nothing was imported: the files have problems. Fix them and import again."));
        auto *errors = new QTreeWidgetItem(m_report, {tr("Errors (%1)").arg(m_result.errors.size())});
        for (const Diagnostic &d : m_result.errors)
            addNote(errors, d.message, {d.file, d.line});
        errors->setExpanded(true);
        return;
    }
    m_summary->setText(tr("%1 components and %2 connections. %3. Read what was guessed and dropped before you rely on the design.")
                           .arg(m_result.design->components().size())
                           .arg(m_result.design->connections().size())
                           .arg(m_result.report.summary()));
    const std::array<std::pair<ImportNote::Kind, QString>, 4> sections = {{
        {ImportNote::Kind::Unresolved, tr("Hosts nothing defines, not connected (%1)")},
        {ImportNote::Kind::Guessed, tr("Guessed: check these (%1)")},
        {ImportNote::Kind::Dropped, tr("Dropped (%1)")},
        {ImportNote::Kind::Mapped, tr("Mapped (%1)")},
    }};
    for (const auto &[kind, title] : sections) {
        auto *section = new QTreeWidgetItem(m_report, {title.arg(m_result.report.count(kind))});
        for (const ImportNote &n : m_result.report.notes())
            if (n.kind == kind)
                addNote(section, n.subject + QStringLiteral(": ") + n.message, n.source);
        // The lines to act on are open; what was simply mapped is there to look up.
        section->setExpanded(kind != ImportNote::Kind::Mapped);
    }
}

/// A line of the report: the message in full (wrapped), where it came from as file name and line,
/// the whole path in the tooltip.
void ImportDialog::addNote(QTreeWidgetItem *section, const QString &text, const SourceRef &source)
{
    const SourceRef shortRef{QFileInfo(source.file).fileName(), source.line};
    auto *item = new QTreeWidgetItem(section, {text, shortRef.toString()});
    item->setToolTip(0, text);
    item->setToolTip(1, source.toString());
}

void ImportDialog::updateButtons()
{
    m_importButton->setEnabled(m_paths->count() > 0);
    m_removeButton->setEnabled(m_paths->currentItem() != nullptr);
    m_openButton->setEnabled(m_result.ok());
    m_mergeButton->setEnabled(m_result.ok());
}

} // namespace sd
