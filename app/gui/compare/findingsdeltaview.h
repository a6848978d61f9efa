// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace sd {

struct FindingsDelta;

/**
 * Compare mode's part of the Findings dock: how the findings changed since the compared design —
 * new, resolved, severity changed, accepted or no longer accepted (accepted ones greyed and marked
 * so), and the single points of failure gained or lost. Activating a row shows its components.
 */
class FindingsDeltaView : public QWidget
{
    Q_OBJECT

public:
    explicit FindingsDeltaView(QWidget *parent = nullptr);

    /// Shows the delta against the design named `otherLabel` ("HEAD", "shop-v1.stackdraft.yaml").
    void setDelta(const FindingsDelta &delta, const QString &otherLabel);

    QTreeWidget *list() const { return m_list; }
    /// "Findings since HEAD: 2 new, 1 resolved" (for tests and the accessible name).
    QString summary() const { return m_summaryText; }

Q_SIGNALS:
    void componentsActivated(const QStringList &componentIds);

private:
    QLabel *m_summary;
    QTreeWidget *m_list;
    QString m_summaryText;
};

} // namespace sd
