// SPDX-License-Identifier: MIT
#include "findingdetails.h"

#include <QDialogButtonBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace sd {

namespace {
QString paragraph(const QString &label, const QString &text)
{
    return QStringLiteral("<p><b>%1</b> %2</p>").arg(label.toHtmlEscaped(), text.toHtmlEscaped());
}
} // namespace

FindingDetails::FindingDetails(QWidget *parent)
    : QWidget(parent), m_text(new QTextBrowser(this)), m_fixBox(new QFrame(this)), m_fixTitle(new QLabel(m_fixBox)),
      m_fixPreview(new QLabel(m_fixBox)), m_apply(new QPushButton(tr("Apply Fix"), this)), m_accept(new QPushButton(this))
{
    setObjectName(QStringLiteral("findingDetails"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_text->setObjectName(QStringLiteral("findingDetailsText"));
    m_text->setOpenLinks(false);
    m_text->setFrameShape(QFrame::StyledPanel);
    layout->addWidget(m_text, 1);

    // The fix: its title and what it changes, compact, under the text; the buttons in one row below.
    m_fixBox->setObjectName(QStringLiteral("findingFix"));
    m_fixBox->setFrameShape(QFrame::StyledPanel);
    auto *fixLayout = new QVBoxLayout(m_fixBox);
    fixLayout->setContentsMargins(6, 4, 6, 4);
    fixLayout->setSpacing(2);
    m_fixTitle->setObjectName(QStringLiteral("findingFixTitle"));
    m_fixTitle->setWordWrap(true);
    m_fixPreview->setObjectName(QStringLiteral("findingFixPreview"));
    m_fixPreview->setWordWrap(true);
    m_fixPreview->setTextFormat(Qt::PlainText);
    fixLayout->addWidget(m_fixTitle);
    fixLayout->addWidget(m_fixPreview);
    layout->addWidget(m_fixBox);

    m_apply->setObjectName(QStringLiteral("findingApplyFix"));
    m_apply->setToolTip(tr("Apply the fix as one step (Edit > Undo takes it back)"));
    m_accept->setObjectName(QStringLiteral("findingAccept"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_accept);
    buttons->addWidget(m_apply);
    layout->addLayout(buttons);

    connect(m_apply, &QPushButton::clicked, this, [this] { Q_EMIT applyRequested(m_findingId); });
    connect(m_accept, &QPushButton::clicked, this, [this] {
        if (m_accepted)
            Q_EMIT unacceptRequested(m_findingId);
        else
            Q_EMIT acceptRequested(m_findingId);
    });
    showFinding(nullptr, {}, std::nullopt);
}

void FindingDetails::showFinding(const Finding *f, const std::function<QString(const QString &)> &nameOf,
                                 const std::optional<FindingFix> &fix)
{
    m_findingId = f ? f->id : QString();
    m_accepted = f && f->accepted;
    m_accept->setVisible(f != nullptr);
    m_accept->setText(m_accepted ? tr("Un-accept") : tr("Accept…"));
    if (!f) {
        m_text->setHtml(QStringLiteral("<p style=\"color:gray\">%1</p>")
                            .arg(tr("Select a finding to see why it matters and how to fix it.").toHtmlEscaped()));
        m_fixBox->hide();
        m_apply->hide();
        return;
    }
    QString html = QStringLiteral("<p><b>%1:</b> %2</p>").arg(severityLabel(f->severity).toHtmlEscaped(), f->message.toHtmlEscaped());
    html += paragraph(tr("Why:"), f->reason);
    html += paragraph(tr("Fix:"), f->fix);
    if (!f->note.isEmpty())
        html += paragraph(tr("Note:"), f->note);
    if (f->accepted)
        html += paragraph(tr("Accepted:"), f->justification);
    if (!f->componentIds.isEmpty()) {
        QStringList names;
        for (const QString &id : f->componentIds) {
            const QString name = nameOf ? nameOf(id) : id;
            names.append(name == id ? id : QStringLiteral("%1 (%2)").arg(name, id));
        }
        html += paragraph(tr("Components:"), names.join(QStringLiteral(", ")));
    }
    html += QStringLiteral("<p style=\"color:gray\"><code>%1</code></p>").arg(f->id.toHtmlEscaped());
    m_text->setHtml(html);
    const bool offered = fix.has_value() && !f->accepted;
    m_fixBox->setVisible(offered);
    m_apply->setVisible(offered);
    if (offered) {
        m_fixTitle->setText(QStringLiteral("<b>%1</b>").arg(tr("Fix: %1").arg(fix->title).toHtmlEscaped()));
        QStringList lines;
        for (const QString &line : fix->preview)
            lines.append(QStringLiteral("• ") + line);
        m_fixPreview->setText(lines.join(QLatin1Char('\n')));
    }
}

void FindingDetails::showApplied(const QString &title)
{
    m_findingId.clear();
    m_accept->hide();
    m_fixBox->hide();
    m_apply->hide();
    m_text->setHtml(QStringLiteral("<p>%1</p>").arg(tr("Applied: %1. Edit > Undo takes it back.").arg(title).toHtmlEscaped()));
}

// --- AcceptFindingDialog

AcceptFindingDialog::AcceptFindingDialog(const Finding &finding, QWidget *parent)
    : QDialog(parent), m_justification(new QLineEdit(this))
{
    setObjectName(QStringLiteral("acceptFindingDialog"));
    setWindowTitle(tr("Accept finding"));
    auto *layout = new QVBoxLayout(this);
    auto *what = new QLabel(QStringLiteral("<p><b>%1</b></p><p><code>%2</code></p>")
                                .arg(finding.message.toHtmlEscaped(), finding.id.toHtmlEscaped()),
                            this);
    what->setObjectName(QStringLiteral("acceptFindingMessage"));
    what->setWordWrap(true);
    what->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(what);
    auto *ask = new QLabel(tr("Why is this acceptable? The justification is stored in the design file with the acceptance."), this);
    ask->setWordWrap(true);
    layout->addWidget(ask);
    m_justification->setObjectName(QStringLiteral("acceptFindingJustification"));
    m_justification->setPlaceholderText(tr("e.g. One Redis node is fine for launch; a replica is planned for Q3."));
    layout->addWidget(m_justification);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Accept"));
    ok->setEnabled(false);
    connect(m_justification, &QLineEdit::textChanged, ok, [ok](const QString &text) { ok->setEnabled(!text.trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

QString AcceptFindingDialog::justification() const { return m_justification->text().trimmed(); }

} // namespace sd
