// SPDX-License-Identifier: MIT
#include "compareprompts.h"

#include "designsource.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace sd {

namespace {

/// "Compare With…": a revision of the open file (when it is saved inside a git work tree) or a file.
class CompareDialog : public QDialog
{
public:
    CompareDialog(const QString &openFile, QWidget *parent) : QDialog(parent)
    {
        setObjectName(QStringLiteral("compareDialog"));
        setWindowTitle(ComparePrompts::tr("Compare With"));
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(new QLabel(ComparePrompts::tr("Show what changed in the open design since:"), this));

        m_byRevision = new QRadioButton(ComparePrompts::tr("A git &revision of this file"), this);
        m_revision = new QComboBox(this);
        m_revision->setEditable(true);
        m_revision->setObjectName(QStringLiteral("compareRevision"));
        m_revision->setToolTip(ComparePrompts::tr("A commit, branch or tag: HEAD, HEAD~1, main, v1.2…"));
        const QString folder = openFile.isEmpty() ? QString() : QFileInfo(openFile).absolutePath();
        const bool inGit = !folder.isEmpty() && isInGitWorkTree(folder);
        if (inGit)
            m_revision->addItems(QStringList{QStringLiteral("HEAD"), QStringLiteral("HEAD~1")} + gitRevisionNames(folder));
        auto *revisionRow = new QHBoxLayout;
        revisionRow->addSpacing(24);
        revisionRow->addWidget(m_revision, 1);
        layout->addWidget(m_byRevision);
        layout->addLayout(revisionRow);
        if (!inGit) {
            auto *why = new QLabel(openFile.isEmpty() ? ComparePrompts::tr("The design is not saved yet, so it has no git history.")
                                                      : ComparePrompts::tr("%1 is not in a git work tree.").arg(QFileInfo(openFile).fileName()),
                                   this);
            why->setEnabled(false);
            revisionRow->addWidget(why);
            m_byRevision->setEnabled(false);
            m_revision->setEnabled(false);
        }

        m_byFile = new QRadioButton(ComparePrompts::tr("Another design &file"), this);
        m_file = new QLineEdit(this);
        m_file->setObjectName(QStringLiteral("compareFile"));
        auto *browse = new QPushButton(ComparePrompts::tr("&Browse…"), this);
        connect(browse, &QPushButton::clicked, this, [this, folder] {
            const QString chosen = QFileDialog::getOpenFileName(
                this, ComparePrompts::tr("Compare With"), folder,
                ComparePrompts::tr("Stackdraft designs (*.stackdraft.yaml *.stackdraft.json *.yaml *.yml *.json);;All files (*)"));
            if (!chosen.isEmpty()) {
                m_file->setText(chosen);
                m_byFile->setChecked(true);
            }
        });
        connect(m_file, &QLineEdit::textEdited, m_byFile, [this] { m_byFile->setChecked(true); });
        auto *fileRow = new QHBoxLayout;
        fileRow->addSpacing(24);
        fileRow->addWidget(m_file, 1);
        fileRow->addWidget(browse);
        layout->addWidget(m_byFile);
        layout->addLayout(fileRow);

        (inGit ? m_byRevision : m_byFile)->setChecked(true);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
        buttons->button(QDialogButtonBox::Ok)->setText(ComparePrompts::tr("&Compare"));
        connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        layout->addWidget(buttons);
        resize(520, sizeHint().height());
    }

    std::optional<CompareTarget> target() const
    {
        if (m_byRevision->isChecked() && !m_revision->currentText().trimmed().isEmpty())
            return CompareTarget{m_revision->currentText().trimmed(), {}};
        if (m_byFile->isChecked() && !m_file->text().trimmed().isEmpty())
            return CompareTarget{{}, m_file->text().trimmed()};
        return std::nullopt;
    }

private:
    QRadioButton *m_byRevision;
    QComboBox *m_revision;
    QRadioButton *m_byFile;
    QLineEdit *m_file;
};

} // namespace

ComparePrompts ComparePrompts::dialogs(QWidget *window)
{
    ComparePrompts prompts;
    prompts.chooseTarget = [window](const QString &openFile) -> std::optional<CompareTarget> {
        CompareDialog dialog(openFile, window);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.target();
    };
    prompts.showError = [window](const QString &text, const QString &details) {
        QMessageBox box(QMessageBox::Warning, tr("Cannot Compare"), text, QMessageBox::Ok, window);
        box.setDetailedText(details);
        box.exec();
    };
    return prompts;
}

} // namespace sd
