// SPDX-License-Identifier: MIT
#pragma once

#include "diff.h"
#include "findingreport.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace sd {

/// Everything `stackdraft-cli diff` reports, and what the studio's compare mode shows.
struct DiffReport {
    QString before;      ///< how the user named the old side: "shop.yaml", "origin/main:shop.yaml"
    QString after;
    QString afterFile;   ///< the new side's file (PATH of REV:PATH): SARIF's artifact
    QString designName;  ///< of the new side (the old one when the new side is gone)
    /// Things to know before reading the changes: a side migrated from an older format, a side
    /// missing at its revision, designs that share nothing.
    QStringList notes;
    DesignDiff design;
    std::optional<FindingsDelta> findings; ///< unset when not computed (--no-findings)
    std::optional<ExportsDelta> exports;   ///< unset when not computed (--no-exports)
    SourceLines lines;   ///< of the new side, for SARIF regions (may be empty)
};

enum class DiffFormat { Text, Json, Markdown, Sarif };
/// Parses text|json|markdown|sarif.
bool parseDiffFormat(const QString &text, DiffFormat *format);

/**
 * The report in one format. Text and Markdown are for people (translated); JSON holds all of it
 * with stable keys; SARIF holds only the findings the change adds, each with baselineState "new".
 * Markdown is made for a pull-request comment: a summary line, then collapsible sections, cut to
 * about `maxLines` lines (the summary always says how much there is).
 */
QByteArray writeDiffReport(const DiffReport &report, DiffFormat format, int maxLines = 60);

/// Findings as SARIF (writeReport), each result marked `baselineState: "new"`: what `diff` and
/// `validate --baseline` give code-scanning tools, which then show only what a change introduced.
QByteArray writeNewFindingsSarif(const std::vector<Finding> &findings, const ReportContext &context);

/// The words the reports use, for people (translated): the studio's compare mode says it the same way.
/// "zone", "component"...
QString diffTypeLabel(DiffItemType type);
/// An item change that moved something and changed nothing else.
bool isLayoutOnly(const ItemChange &change);
/// "added", "removed", "changed", "moved", "renamed from api".
QString itemChangeHeadline(const ItemChange &change);
/// "replicas: 2 → 3" for each field.
QStringList itemFieldLines(const ItemChange &change);
/// "new", "new, accepted", "resolved", "severity warning → error", "now accepted".
QString findingChangeHeadline(const FindingChange &change);
/// "components: 1 added, 2 changed; zones: 1 removed; ..." (layout-only changes count as moved).
QStringList designChangeSummary(const DesignDiff &diff);

} // namespace sd
