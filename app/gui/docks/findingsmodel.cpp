// SPDX-License-Identifier: MIT
#include "findingsmodel.h"

#include <QApplication>
#include <QPalette>

#include <algorithm>

namespace sd {

// The texts keep the panel's translation context ("sd::FindingsPanel"): they are its words,
// translated before the model was split out of it.

FindingsModel::FindingsModel(QObject *parent) : QAbstractTableModel(parent) {}

void FindingsModel::setFindings(std::vector<Finding> findings, QHash<QString, QString> names)
{
    beginResetModel();
    m_findings = std::move(findings);
    m_names = std::move(names);
    endResetModel();
}

QString FindingsModel::componentNames(const Finding &f) const
{
    QStringList names;
    names.reserve(f.componentIds.size());
    for (const QString &id : f.componentIds)
        names.append(nameOf(id));
    return names.join(QStringLiteral(", "));
}

const Finding *FindingsModel::finding(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || size_t(index.row()) >= m_findings.size())
        return nullptr;
    return &m_findings[size_t(index.row())];
}

int FindingsModel::rowOf(const QString &findingId) const
{
    for (size_t i = 0; i < m_findings.size(); ++i)
        if (m_findings[i].id == findingId)
            return int(i);
    return -1;
}

void FindingsModel::setSeverityIcons(const QIcon &error, const QIcon &warning, const QIcon &info)
{
    m_icons[int(FindingSeverity::Error)] = error;
    m_icons[int(FindingSeverity::Warning)] = warning;
    m_icons[int(FindingSeverity::Info)] = info;
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    const Finding *f = finding(index);
    if (!f)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return f->accepted ? QCoreApplication::translate("sd::FindingsPanel", "%1 (accepted)").arg(severityLabel(f->severity)) : severityLabel(f->severity);
        case MessageColumn:
            return f->accepted ? QCoreApplication::translate("sd::FindingsPanel", "%1 — accepted: %2").arg(f->message, f->justification) : f->message;
        case ComponentsColumn:
            return componentNames(*f);
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == SeverityColumn)
            return m_icons[int(f->severity)];
        break;
    case Qt::ToolTipRole:
        return toolTip(*f);
    case Qt::ForegroundRole:
        if (f->accepted)
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        break;
    }
    return {};
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return QCoreApplication::translate("sd::FindingsPanel", "Severity");
    case MessageColumn:
        return QCoreApplication::translate("sd::FindingsPanel", "Finding");
    case ComponentsColumn:
        return QCoreApplication::translate("sd::FindingsPanel", "Components");
    }
    return {};
}

QString FindingsModel::toolTip(const Finding &f) const
{
    QString tip = QStringLiteral("<p><b>%1</b></p><p>%2</p><p><b>%3</b> %4</p>")
                      .arg(f.message.toHtmlEscaped(), f.reason.toHtmlEscaped(), QCoreApplication::translate("sd::FindingsPanel", "Fix:").toHtmlEscaped(),
                           f.fix.toHtmlEscaped());
    if (!f.note.isEmpty())
        tip += QStringLiteral("<p><b>%1</b> %2</p>").arg(QCoreApplication::translate("sd::FindingsPanel", "Note:").toHtmlEscaped(), f.note.toHtmlEscaped());
    tip += QStringLiteral("<p><code>%1</code></p>").arg(f.id.toHtmlEscaped());
    if (f.accepted)
        tip += QStringLiteral("<p><b>%1</b> %2</p>").arg(QCoreApplication::translate("sd::FindingsPanel", "Accepted:").toHtmlEscaped(), f.justification.toHtmlEscaped());
    return tip;
}

// --- FindingsFilter

void FindingsFilter::setSeverityShown(FindingSeverity severity, bool shown)
{
    m_shown[int(severity)] = shown;
    invalidateFilter();
}

void FindingsFilter::setSearchText(const QString &text)
{
    m_needle = text.trimmed();
    invalidateFilter();
}

bool FindingsFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *model = qobject_cast<const FindingsModel *>(sourceModel());
    if (!model || sourceParent.isValid() || size_t(sourceRow) >= model->findings().size())
        return false;
    const Finding &f = model->findings()[size_t(sourceRow)];
    if (!m_shown[int(f.severity)])
        return false;
    if (m_needle.isEmpty())
        return true;
    const bool nameMatches = std::any_of(f.componentIds.begin(), f.componentIds.end(), [&](const QString &id) {
        return model->nameOf(id).contains(m_needle, Qt::CaseInsensitive);
    });
    return f.message.contains(m_needle, Qt::CaseInsensitive) || f.id.contains(m_needle, Qt::CaseInsensitive)
        || f.componentIds.join(QLatin1Char(' ')).contains(m_needle, Qt::CaseInsensitive) || nameMatches
        || f.justification.contains(m_needle, Qt::CaseInsensitive);
}

} // namespace sd
