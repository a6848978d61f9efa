// SPDX-License-Identifier: MIT
#include "findingreport.h"

#include "sourcetree.h"

#include <QCoreApplication>
#include <QFile>
#include <QDir>
#include <QFileInfo>
#include <QUrl>
#include <QTextStream>

#include <nlohmann/json.hpp>

namespace sd {

namespace {
using Json = nlohmann::ordered_json;

std::string utf8(const QString &s) { return s.toStdString(); }

void collectIds(const SourceNode *list, SourceLines &lines)
{
    if (!list || !list->isSequence())
        return;
    for (const SourceNode &item : list->items)
        if (const SourceNode *id = item.isMap() ? item.find("id") : nullptr; id && id->isScalar())
            lines.insert(QString::fromStdString(id->text), {item.mark.line, item.mark.column});
}

SourceLine lineOf(const ReportContext &context, const Finding &f)
{
    for (const QString &id : f.componentIds)
        if (auto it = context.lines.constFind(id); it != context.lines.constEnd())
            return *it;
    // Findings about a zone, region or provider carry its id after the rule id.
    const QString subject = f.id.section(QLatin1Char('/'), 1).section(QLatin1Char('+'), 0, 0);
    return context.lines.value(subject);
}

QString sarifLevel(FindingSeverity s)
{
    return s == FindingSeverity::Error ? QStringLiteral("error")
        : s == FindingSeverity::Warning ? QStringLiteral("warning")
                                        : QStringLiteral("note");
}

Json findingJson(const Finding &f)
{
    Json j;
    j["id"] = utf8(f.id);
    j["ruleId"] = utf8(f.ruleId);
    j["severity"] = utf8(severityName(f.severity));
    j["message"] = utf8(f.message);
    j["reason"] = utf8(f.reason);
    j["fix"] = utf8(f.fix);
    Json ids = Json::array();
    for (const QString &id : f.componentIds)
        ids.push_back(utf8(id));
    j["componentIds"] = ids;
    j["accepted"] = f.accepted;
    if (f.accepted)
        j["justification"] = utf8(f.justification);
    return j;
}

Json countsJson(const std::vector<Finding> &findings)
{
    const FindingCounts c = countFindings(findings);
    Json j;
    j["error"] = c.errors;
    j["warning"] = c.warnings;
    j["info"] = c.infos;
    j["accepted"] = c.accepted;
    return j;
}

QByteArray writeJson(const std::vector<Finding> &findings, const ReportContext &context)
{
    Json root;
    root["design"] = utf8(context.designName);
    root["file"] = utf8(context.file);
    root["counts"] = countsJson(findings);
    Json list = Json::array();
    for (const Finding &f : findings) {
        Json j = findingJson(f);
        if (const SourceLine l = lineOf(context, f); l.line > 0)
            j["line"] = l.line;
        list.push_back(std::move(j));
    }
    root["findings"] = std::move(list);
    return QByteArray::fromStdString(root.dump(2)) + '\n';
}

/// SARIF wants a URI: a relative path stays relative (to the checkout, as CI runs it), an absolute one becomes file://.
std::string artifactUri(const QString &file)
{
    if (QDir::isAbsolutePath(file))
        return utf8(QUrl::fromLocalFile(file).toString());
    return utf8(QDir::fromNativeSeparators(file));
}

QByteArray writeSarif(const std::vector<Finding> &findings, const ReportContext &context)
{
    Json rules = Json::array();
    QHash<QString, int> ruleIndex;
    for (const RuleInfo &r : validationRules()) {
        ruleIndex.insert(QLatin1String(r.id), int(rules.size()));
        Json rule;
        rule["id"] = r.id;
        rule["shortDescription"] = {{"text", utf8(QCoreApplication::translate("Validation", r.title))}};
        rule["help"] = {{"text", utf8(QCoreApplication::translate("Validation", "See docs/validation.md for what triggers it and how to fix it."))}};
        rule["defaultConfiguration"] = {{"level", utf8(sarifLevel(r.severity))}};
        rules.push_back(std::move(rule));
    }
    Json results = Json::array();
    for (const Finding &f : findings) {
        Json result;
        result["ruleId"] = utf8(f.ruleId);
        if (auto it = ruleIndex.constFind(f.ruleId); it != ruleIndex.constEnd())
            result["ruleIndex"] = *it;
        result["level"] = utf8(sarifLevel(f.severity));
        result["message"] = {{"text", utf8(f.message + QLatin1Char(' ') + QCoreApplication::translate("Validation", "Fix: %1").arg(f.fix))}};
        Json physical;
        physical["artifactLocation"] = {{"uri", artifactUri(context.file)}};
        if (const SourceLine l = lineOf(context, f); l.line > 0) {
            Json region;
            region["startLine"] = l.line;
            if (l.column > 0)
                region["startColumn"] = l.column;
            physical["region"] = region;
        }
        Json location;
        location["physicalLocation"] = physical;
        if (!f.componentIds.isEmpty()) {
            Json logical = Json::array();
            for (const QString &id : f.componentIds)
                logical.push_back({{"name", utf8(id)}, {"kind", "resource"}});
            location["logicalLocations"] = logical;
        }
        result["locations"] = Json::array({location});
        result["partialFingerprints"] = {{"stackdraftFindingId/v1", utf8(f.id)}};
        if (f.accepted)
            result["suppressions"] = Json::array({{{"kind", "inSource"}, {"justification", utf8(f.justification)}}});
        results.push_back(std::move(result));
    }
    Json driver;
    driver["name"] = "stackdraft";
    driver["rules"] = std::move(rules);
    Json run;
    run["tool"] = {{"driver", driver}};
    run["artifacts"] = Json::array({{{"location", {{"uri", artifactUri(context.file)}}}}});
    run["results"] = std::move(results);
    Json root;
    root["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json";
    root["version"] = "2.1.0";
    root["runs"] = Json::array({run});
    return QByteArray::fromStdString(root.dump(2)) + '\n';
}

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QByteArray writeCsv(const std::vector<Finding> &findings, const ReportContext &context)
{
    QString out = reportCsvColumns().join(QLatin1Char(',')) + QLatin1String("\r\n");
    for (const Finding &f : findings) {
        const SourceLine l = lineOf(context, f);
        const QStringList row = {f.id,
                                 f.ruleId,
                                 severityName(f.severity),
                                 f.accepted ? QStringLiteral("yes") : QStringLiteral("no"),
                                 f.componentIds.join(QLatin1Char(' ')),
                                 l.line > 0 ? QString::number(l.line) : QString(),
                                 f.message,
                                 f.reason,
                                 f.fix,
                                 f.justification};
        QStringList fields;
        for (const QString &field : row)
            fields.append(csvField(field));
        out += fields.join(QLatin1Char(',')) + QLatin1String("\r\n");
    }
    return out.toUtf8();
}

QString countsText(const std::vector<Finding> &findings)
{
    const FindingCounts c = countFindings(findings);
    return QCoreApplication::translate("Validation", "%1 errors, %2 warnings, %3 info, %4 accepted").arg(c.errors).arg(c.warnings).arg(c.infos).arg(c.accepted);
}

QByteArray writeText(const std::vector<Finding> &findings, const ReportContext &context)
{
    QString out;
    for (const Finding &f : findings) {
        const SourceLine l = lineOf(context, f);
        const QString place = l.line > 0 ? QStringLiteral("%1:%2").arg(context.file).arg(l.line) : context.file;
        const QString severity = f.accepted ? QCoreApplication::translate("Validation", "accepted %1").arg(severityName(f.severity)) : severityName(f.severity);
        out += QStringLiteral("%1: %2: %3 [%4]\n").arg(place, severity, f.message, f.id);
        out += QStringLiteral("    %1 %2\n").arg(QCoreApplication::translate("Validation", "why:"), f.reason);
        out += QStringLiteral("    %1 %2\n").arg(QCoreApplication::translate("Validation", "fix:"), f.fix);
        if (f.accepted)
            out += QStringLiteral("    %1 %2\n").arg(QCoreApplication::translate("Validation", "accepted:"), f.justification);
    }
    out += QCoreApplication::translate("Validation", "%1: %2\n").arg(context.file, countsText(findings));
    return out.toUtf8();
}

QByteArray writeHtml(const std::vector<Finding> &findings, const ReportContext &context)
{
    auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    QString html;
    QTextStream out(&html);
    out << "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>"
        << esc(QCoreApplication::translate("Validation", "Validation of %1").arg(context.designName)) << "</title>\n<style>\n"
        << "body{font-family:system-ui,sans-serif;margin:2em;color:#222}table{border-collapse:collapse;width:100%}\n"
        << "td,th{border-bottom:1px solid #ddd;padding:.4em;text-align:left;vertical-align:top}\n"
        << ".error{color:#b00020;font-weight:bold}.warning{color:#a15c00;font-weight:bold}.info{color:#1565c0}\n"
        << "tr.accepted{color:#888}small{color:#555}code{font-size:90%}\n</style></head><body>\n";
    out << "<h1>" << esc(QCoreApplication::translate("Validation", "Validation of %1").arg(context.designName)) << "</h1>\n<p>" << esc(context.file)
        << " &mdash; " << esc(countsText(findings)) << "</p>\n";
    out << "<table><thead><tr><th>" << esc(QCoreApplication::translate("Validation", "Severity")) << "</th><th>" << esc(QCoreApplication::translate("Validation", "Finding")) << "</th><th>"
        << esc(QCoreApplication::translate("Validation", "Fix")) << "</th><th>" << esc(QCoreApplication::translate("Validation", "Components")) << "</th></tr></thead><tbody>\n";
    for (const Finding &f : findings) {
        out << "<tr" << (f.accepted ? " class=\"accepted\"" : "") << "><td class=\"" << severityName(f.severity)
            << "\">" << esc(severityLabel(f.severity)) << (f.accepted ? esc(QCoreApplication::translate("Validation", " (accepted)")) : QString())
            << "</td><td>" << esc(f.message) << "<br><small>" << esc(f.reason) << "</small>";
        if (f.accepted)
            out << "<br><small>" << esc(QCoreApplication::translate("Validation", "Accepted: %1").arg(f.justification)) << "</small>";
        out << "<br><code>" << esc(f.id) << "</code></td><td>" << esc(f.fix) << "</td><td>"
            << esc(f.componentIds.join(QStringLiteral(", "))) << "</td></tr>\n";
    }
    out << "</tbody></table>\n</body></html>\n";
    out.flush();
    return html.toUtf8();
}

} // namespace

SourceLines designSourceLines(const QString &path)
{
    SourceLines lines;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return lines;
    const std::string text = file.readAll().toStdString();
    SourceNode root;
    ParseError error;
    const bool json = path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
    if (!(json ? parseJson(text, root, error) : parseYaml(text, root, error)) || !root.isMap())
        return lines;
    collectIds(root.find("zones"), lines);
    collectIds(root.find("components"), lines);
    return lines;
}

bool parseReportFormat(const QString &text, ReportFormat *format)
{
    static const std::pair<const char *, ReportFormat> names[] = {{"text", ReportFormat::Text},
                                                                  {"json", ReportFormat::Json},
                                                                  {"sarif", ReportFormat::Sarif},
                                                                  {"csv", ReportFormat::Csv},
                                                                  {"html", ReportFormat::Html}};
    for (const auto &[name, value] : names)
        if (text == QLatin1String(name)) {
            *format = value;
            return true;
        }
    return false;
}

QStringList reportCsvColumns()
{
    return {QStringLiteral("id"),      QStringLiteral("rule"),    QStringLiteral("severity"),
            QStringLiteral("accepted"), QStringLiteral("components"), QStringLiteral("line"),
            QStringLiteral("message"), QStringLiteral("reason"),  QStringLiteral("fix"),
            QStringLiteral("justification")};
}

QByteArray writeReport(const std::vector<Finding> &findings, const ReportContext &context, ReportFormat format)
{
    switch (format) {
    case ReportFormat::Json:
        return writeJson(findings, context);
    case ReportFormat::Sarif:
        return writeSarif(findings, context);
    case ReportFormat::Csv:
        return writeCsv(findings, context);
    case ReportFormat::Html:
        return writeHtml(findings, context);
    case ReportFormat::Text:
        break;
    }
    return writeText(findings, context);
}

} // namespace sd
