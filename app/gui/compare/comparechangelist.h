// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace sd {

struct DesignDiff;

/**
 * The list of changes of compare mode: one row per zone, component and connection added, removed,
 * changed, renamed or moved (in the canvas's colours), with what changed in each field below it.
 * Activating a row asks to show its items (changeActivated with its index in DesignDiff::changes).
 */
class CompareChangeList : public QWidget
{
    Q_OBJECT

public:
    explicit CompareChangeList(QWidget *parent = nullptr);

    void setDiff(const DesignDiff &diff, const QString &otherLabel);
    void clear();

    QTreeWidget *list() const { return m_list; }
    /// The row of the change at this index of DesignDiff::changes (tests click it).
    QTreeWidgetItem *rowOf(int changeIndex) const;

Q_SIGNALS:
    void changeActivated(int changeIndex);

private:
    QLabel *m_summary;
    QTreeWidget *m_list;
};

} // namespace sd
