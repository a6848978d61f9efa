// SPDX-License-Identifier: MIT
#pragma once

#include "validation.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QSortFilterProxyModel>

#include <vector>

namespace sd {

/**
 * The findings of one validation as a table (severity, finding, components). Rows are built
 * on demand by the view: a 5,000-component design has ~7,000 findings, and building a widget
 * item with tooltips for each took longer than the validation itself.
 */
class FindingsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SeverityColumn, MessageColumn, ComponentsColumn, ColumnCount };

    explicit FindingsModel(QObject *parent = nullptr);

    /// Replaces every finding in one reset; `names` gives the names of the component (and zone)
    /// ids the Components column shows.
    void setFindings(std::vector<Finding> findings, QHash<QString, QString> names = {});
    /// The name of a component or zone id of the findings (the id when it has none).
    QString nameOf(const QString &id) const { return m_names.value(id, id); }
    const std::vector<Finding> &findings() const { return m_findings; }
    const Finding *finding(const QModelIndex &index) const;
    /// The row of a finding id, -1 when it is gone.
    int rowOf(const QString &findingId) const;

    /// Icons per severity, from the style (set by the panel, which knows its widget).
    void setSeverityIcons(const QIcon &error, const QIcon &warning, const QIcon &info);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString toolTip(const Finding &finding) const;

    QString componentNames(const Finding &finding) const;

    std::vector<Finding> m_findings;
    QHash<QString, QString> m_names;
    QIcon m_icons[3]; ///< indexed by FindingSeverity
};

/// Severity switches and a search text over a FindingsModel.
class FindingsFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setSeverityShown(FindingSeverity severity, bool shown);
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_shown[3] = {true, true, true};
    QString m_needle;
};

} // namespace sd
