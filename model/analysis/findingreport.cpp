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

#include <algorithm>

namespace sd {

namespace {
using Json = nlohmann::ordered_json;

std::string utf8(const QString &s) { return s.toStdString(); }

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

} // namespace

// Shared with the diff report (diffreport.cpp), whose findings carry the same keys.
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
    if (!f.note.isEmpty())
        j["note"] = utf8(f.note);
    j["accepted"] = f.accepted;
    if (f.accepted)
        j["justification"] = utf8(f.justification);
    return j;
}

namespace {

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

/// The structural object: ids everywhere, names in a map of their own (names are neither unique nor
/// free of commas, so nothing refers to a component by name).
Json structuralJson(const StructuralReport &s)
{
    Json j;
    Json cuts = Json::array();
    for (const QString &id : s.cutVertices)
        cuts.push_back(utf8(id));
    j["cutVertices"] = std::move(cuts);
    Json bridges = Json::array();
    for (const auto &[a, b] : s.bridges)
        bridges.push_back(Json::array({utf8(a), utf8(b)}));
    j["bridges"] = std::move(bridges);
    Json dominators = Json::object();
    for (const StructuralReport::EntryDominators &e : s.dominators) {
        Json immediate = Json::object();
        for (const auto &[v, d] : e.immediate)
            immediate[utf8(v)] = utf8(d);
        Json dominating = Json::array();
        for (const auto &[v, count] : e.dominating)
            dominating.push_back({{"id", utf8(v)}, {"cutsOff", count}});
        dominators[utf8(e.entry)] = {{"immediate", std::move(immediate)}, {"dominating", std::move(dominating)}};
    }
    j["dominators"] = std::move(dominators);
    Json names = Json::object();
    for (const auto &[id, name] : s.names)
        names[utf8(id)] = utf8(name);
    j["names"] = std::move(names);
    return j;
}

QString structuralName(const StructuralReport &s, const QString &id)
{
    const auto it = std::lower_bound(s.names.begin(), s.names.end(), std::make_pair(id, QString()));
    return it != s.names.end() && it->first == id ? it->second : id;
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
    if (context.structural)
        root["structural"] = structuralJson(*context.structural);
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
        const QString note = f.note.isEmpty() ? QString() : QLatin1Char(' ') + QCoreApplication::translate("Validation", "Note: %1").arg(f.note);
        result["message"] = {{"text", utf8(f.message + note + QLatin1Char(' ') + QCoreApplication::translate("Validation", "Fix: %1").arg(f.fix))}};
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
    if (context.structural)
        run["properties"] = {{"structural", structuralJson(*context.structural)}};
    Json root;
    root["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json";
    root["version"] = "2.1.0";
    root["runs"] = Json::array({run});
    return QByteArray::fromStdString(root.dump(2)) + '\n';
}

/// The one escaping path for CSV cells. A cell that starts with = + - @ (or a tab or carriage
/// return) is a formula to a spreadsheet: it gets a leading apostrophe, so a component named
/// "=HYPERLINK(...)" is shown, never run.
QString csvField(const QString &text)
{
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    const bool formula = !text.isEmpty() && formulaStarts.contains(text.front());
    if (!formula && !text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n'))
        && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = formula ? QLatin1Char('\'') + text : text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

/// "Name (id)", for texts that must name a component unambiguously.
QString labelled(const StructuralReport &s, const QString &id)
{
    const QString name = structuralName(s, id);
    return name == id ? id : QStringLiteral("%1 (%2)").arg(name, id);
}

/// CSV rows for the structural report, in the findings' columns; the severity stays empty (they
/// are facts about the graph, not findings) and ids start with "structural.".
std::vector<QStringList> structuralRows(const StructuralReport &s, const ReportContext &context)
{
    std::vector<QStringList> rows;
    auto row = [&](const QString &rule, const QString &subject, const QStringList &ids, const QString &message) {
        const SourceLine l = context.lines.value(ids.value(0));
        rows.push_back({rule + QLatin1Char('/') + subject, rule, QString(), QString(), ids.join(QLatin1Char(' ')),
                        l.line > 0 ? QString::number(l.line) : QString(), message, QString(), QString(), QString(), QString()});
    };
    for (const QString &id : s.cutVertices)
        row(QStringLiteral("structural.cut-vertex"), id, {id},
            QCoreApplication::translate("Validation", "%1 is a cut vertex: removing it splits the design in two.").arg(labelled(s, id)));
    for (const auto &[a, b] : s.bridges)
        row(QStringLiteral("structural.bridge"), a + QLatin1Char('+') + b, {a, b},
            QCoreApplication::translate("Validation", "%1 - %2 is a bridge: the only link between two parts of the design.")
                .arg(labelled(s, a), labelled(s, b)));
    for (const StructuralReport::EntryDominators &e : s.dominators)
        for (const auto &[id, count] : e.dominating)
            row(QStringLiteral("structural.dominator"), e.entry + QLatin1Char('+') + id, {id, e.entry},
                QCoreApplication::translate("Validation", "Every request from %1 to %2 other components passes through %3.")
                    .arg(labelled(s, e.entry))
                    .arg(count)
                    .arg(labelled(s, id)));
    return rows;
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
                                 f.justification,
                                 f.note};
        QStringList fields;
        for (const QString &field : row)
            fields.append(csvField(field));
        out += fields.join(QLatin1Char(',')) + QLatin1String("\r\n");
    }
    if (context.structural)
        for (const QStringList &row : structuralRows(*context.structural, context)) {
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
        if (!f.note.isEmpty())
            out += QStringLiteral("    %1 %2\n").arg(QCoreApplication::translate("Validation", "note:"), f.note);
        out += QStringLiteral("    %1 %2\n").arg(QCoreApplication::translate("Validation", "fix:"), f.fix);
        if (f.accepted)
            out += QStringLiteral("    %1 %2\n").arg(QCoreApplication::translate("Validation", "accepted:"), f.justification);
    }
    out += QCoreApplication::translate("Validation", "%1: %2\n").arg(context.file, countsText(findings));
    return out.toUtf8();
}

void writeStructuralHtml(QTextStream &out, const StructuralReport &s)
{
    auto esc = [](const QString &text) { return text.toHtmlEscaped(); };
    auto cell = [&](const QString &id) {
        return QStringLiteral("%1 <code>%2</code>").arg(esc(structuralName(s, id)), esc(id));
    };
    auto none = [&] { return QStringLiteral("<p>%1</p>\n").arg(esc(QCoreApplication::translate("Validation", "None."))); };
    out << "<h2>" << esc(QCoreApplication::translate("Validation", "Structural single points of failure")) << "</h2>\n<p>"
        << esc(QCoreApplication::translate("Validation", "The shape of the dependency graph, whatever the redundancy of the components."))
        << "</p>\n<h3>" << esc(QCoreApplication::translate("Validation", "Cut vertices (removing one splits the design in two)")) << "</h3>\n";
    if (s.cutVertices.isEmpty())
        out << none();
    else {
        out << "<ul>\n";
        for (const QString &id : s.cutVertices)
            out << "<li>" << cell(id) << "</li>\n";
        out << "</ul>\n";
    }
    out << "<h3>" << esc(QCoreApplication::translate("Validation", "Bridges (the only link between two parts)")) << "</h3>\n";
    if (s.bridges.empty())
        out << none();
    else {
        out << "<ul>\n";
        for (const auto &[a, b] : s.bridges)
            out << "<li>" << cell(a) << " &ndash; " << cell(b) << "</li>\n";
        out << "</ul>\n";
    }
    out << "<h3>" << esc(QCoreApplication::translate("Validation", "Dominators (every request from an entry point passes through them)"))
        << "</h3>\n<table><thead><tr><th>" << esc(QCoreApplication::translate("Validation", "Entry point")) << "</th><th>"
        << esc(QCoreApplication::translate("Validation", "Passes through (components cut off when it fails)")) << "</th></tr></thead><tbody>\n";
    for (const StructuralReport::EntryDominators &e : s.dominators) {
        QStringList through;
        for (const auto &[id, count] : e.dominating)
            through.append(QStringLiteral("%1 (%2)").arg(cell(id)).arg(count));
        out << "<tr><td>" << cell(e.entry) << "</td><td>"
            << (through.isEmpty() ? esc(QCoreApplication::translate("Validation", "nothing: every component it reaches has a second path"))
                                  : through.join(QStringLiteral(", ")))
            << "</td></tr>\n";
    }
    out << "</tbody></table>\n";
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
        if (!f.note.isEmpty())
            out << "<br><small>" << esc(QCoreApplication::translate("Validation", "Note: %1").arg(f.note)) << "</small>";
        if (f.accepted)
            out << "<br><small>" << esc(QCoreApplication::translate("Validation", "Accepted: %1").arg(f.justification)) << "</small>";
        out << "<br><code>" << esc(f.id) << "</code></td><td>" << esc(f.fix) << "</td><td>"
            << esc(f.componentIds.join(QStringLiteral(", "))) << "</td></tr>\n";
    }
    out << "</tbody></table>\n";
    if (context.structural)
        writeStructuralHtml(out, *context.structural);
    out << "</body></html>\n";
    out.flush();
    return html.toUtf8();
}

} // namespace

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
            QStringLiteral("justification"), QStringLiteral("note")};
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
