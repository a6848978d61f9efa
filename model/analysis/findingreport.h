// SPDX-License-Identifier: MIT
#pragma once

#include "sourcetree.h"
#include "structural.h"
#include "validation.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <nlohmann/json.hpp>

#include <vector>

namespace sd {

class Design;

/// Where components and zones start in a design file (1-based lines and columns), by id:
/// LoadResult::sourceMarks, from the parse that loaded the design.
using SourceLine = SourceMark;
using SourceLines = QHash<QString, SourceMark>;

/// Everything a report shows besides the findings.
struct ReportContext {
    QString designName;
    QString file;      ///< as given by the user; SARIF uses it as the artifact URI
    SourceLines lines; ///< may be empty: then findings point at the file only
    /// Cut vertices, bridges and dominators: JSON's `structural` object, SARIF's run properties,
    /// CSV rows after the findings, an HTML section. Not shown when null (and never in text).
    const StructuralReport *structural = nullptr;
};

enum class ReportFormat { Text, Json, Sarif, Csv, Html };
/// Parses text|json|sarif|csv|html.
bool parseReportFormat(const QString &text, ReportFormat *format);

/// The findings in one of the report formats. Text and CSV end with a newline; JSON and SARIF are indented.
QByteArray writeReport(const std::vector<Finding> &findings, const ReportContext &context, ReportFormat format);

/// One finding as the JSON report holds it (id, ruleId, severity, message, reason, fix, componentIds...).
nlohmann::ordered_json findingJson(const Finding &finding);

/// CSV column names, in order.
QStringList reportCsvColumns();

} // namespace sd
