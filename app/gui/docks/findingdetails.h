// SPDX-License-Identifier: MIT
#pragma once

#include "fixes.h"
#include "validation.h"

#include <QDialog>
#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTextBrowser;
class QFrame;

namespace sd {

/**
 * The selected finding in full, beside the list: what is wrong, why it matters, the fix in words,
 * what the model assumed (the note), the components by name, and, when the rule has a mechanical
 * fix, "Fix: …" with a preview of every change and an Apply button (one undo step).
 */
class FindingDetails : public QWidget
{
    Q_OBJECT

public:
    explicit FindingDetails(QWidget *parent = nullptr);

    /// Shows a finding (nullptr: a hint to select one); `nameOf` gives the names of its component ids.
    void showFinding(const Finding *finding, const std::function<QString(const QString &)> &nameOf,
                     const std::optional<FindingFix> &fix);
    /// Shows that a fix was applied (until the next selection).
    void showApplied(const QString &title);

Q_SIGNALS:
    void applyRequested(const QString &findingId);
    void acceptRequested(const QString &findingId);
    void unacceptRequested(const QString &findingId);

private:
    QTextBrowser *m_text;
    QFrame *m_fixBox;
    QLabel *m_fixTitle;
    QLabel *m_fixPreview;
    QPushButton *m_apply;
    QPushButton *m_accept;
    QString m_findingId;
    bool m_accepted = false;
};

/// Asks why a finding is acceptable, naming the finding; OK only with a justification.
class AcceptFindingDialog : public QDialog
{
    Q_OBJECT

public:
    AcceptFindingDialog(const Finding &finding, QWidget *parent = nullptr);
    QString justification() const;
    QLineEdit *justificationField() const { return m_justification; }

private:
    QLineEdit *m_justification;
};

} // namespace sd
