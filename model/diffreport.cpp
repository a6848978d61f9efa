// SPDX-License-Identifier: MIT
#include "diffreport.h"

#include "markdowntext.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace sd {

bool parseDiffFormat(const QString &text, DiffFormat *format)
{
    static const std::pair<const char *, DiffFormat> names[] = {
        {"text", DiffFormat::Text}, {"json", DiffFormat::Json}, {"markdown", DiffFormat::Markdown}, {"sarif", DiffFormat::Sarif}};
    for (const auto &[name, value] : names) {
        if (text == QLatin1String(name)) {
            *format = value;
            return true;
        }
    }
    return false;
}

namespace {

using Json = nlohmann::ordered_json;

std::string utf8(const QString &s) { return s.toStdString(); }

Json variantJson(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::UnknownType:
        return nullptr;
    case QMetaType::Bool:
        return v.toBool();
    case QMetaType::Int:
    case QMetaType::LongLong:
        return v.toLongLong();
    case QMetaType::Double:
        return v.toDouble();
    case QMetaType::QPointF:
        return Json::array({v.toPointF().x(), v.toPointF().y()});
    case QMetaType::QSizeF:
        return Json::array({v.toSizeF().width(), v.toSizeF().height()});
    case QMetaType::QVariantList: {
        Json list = Json::array();
        for (const QVariant &item : v.toList())
            list.push_back(variantJson(item));
        return list;
    }
    default:
        return utf8(v.toString());
    }
}

} // namespace

QString diffTypeLabel(DiffItemType type)
{
    switch (type) {
    case DiffItemType::Design: return DiffText::tr("design");
    case DiffItemType::Zone: return DiffText::tr("zone");
    case DiffItemType::Component: return DiffText::tr("component");
    case DiffItemType::Connection: return DiffText::tr("connection");
    case DiffItemType::Note: return DiffText::tr("note");
    }
    return {};
}

namespace {

QString typePluralLabel(DiffItemType type)
{
    switch (type) {
    case DiffItemType::Design: return DiffText::tr("design");
    case DiffItemType::Zone: return DiffText::tr("zones");
    case DiffItemType::Component: return DiffText::tr("components");
    case DiffItemType::Connection: return DiffText::tr("connections");
    case DiffItemType::Note: return DiffText::tr("notes");
    }
    return {};
}

QString kindLabel(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Added: return DiffText::tr("added");
    case ChangeKind::Removed: return DiffText::tr("removed");
    case ChangeKind::Changed: return DiffText::tr("changed");
    case ChangeKind::Renamed: return DiffText::tr("renamed");
    }
    return {};
}

} // namespace

bool isLayoutOnly(const ItemChange &c) { return c.kind == ChangeKind::Changed && !c.semantic(); }

namespace {

int resolvedCount(const FindingsDelta &d)
{
    return int(std::count_if(d.changes.begin(), d.changes.end(),
                             [](const FindingChange &c) { return c.kind == FindingChange::Kind::Disappeared && !c.before.accepted; }));
}

} // namespace

QStringList designChangeSummary(const DesignDiff &diff)
{
    QStringList parts;
    for (DiffItemType type : {DiffItemType::Design, DiffItemType::Zone, DiffItemType::Component, DiffItemType::Connection,
                              DiffItemType::Note}) {
        int added = 0, removed = 0, changed = 0, renamed = 0, moved = 0;
        for (const ItemChange &c : diff.changes) {
            if (c.type != type)
                continue;
            switch (c.kind) {
            case ChangeKind::Added: ++added; break;
            case ChangeKind::Removed: ++removed; break;
            case ChangeKind::Renamed: ++renamed; break;
            case ChangeKind::Changed: ++(isLayoutOnly(c) ? moved : changed); break;
            }
        }
        QStringList counts;
        if (added)
            counts << DiffText::tr("%1 added").arg(added);
        if (removed)
            counts << DiffText::tr("%1 removed").arg(removed);
        if (renamed)
            counts << DiffText::tr("%1 renamed").arg(renamed);
        if (changed)
            counts << DiffText::tr("%1 changed").arg(changed);
        if (moved)
            counts << DiffText::tr("%1 moved").arg(moved);
        if (!counts.isEmpty())
            parts << QStringLiteral("%1: %2").arg(typePluralLabel(type), counts.join(QStringLiteral(", ")));
    }
    return parts;
}

namespace {

QString summaryLine(const DiffReport &r)
{
    QStringList parts;
    if (r.findings) {
        const std::vector<Finding> added = r.findings->newFindings();
        const int errors = int(std::count_if(added.begin(), added.end(), [](const Finding &f) { return f.severity == FindingSeverity::Error; }));
        const int warnings = int(std::count_if(added.begin(), added.end(), [](const Finding &f) { return f.severity == FindingSeverity::Warning; }));
        parts << DiffText::tr("findings: %1 new (errors %2, warnings %3), %4 resolved")
                     .arg(added.size()).arg(errors).arg(warnings).arg(resolvedCount(*r.findings));
    }
    const QStringList changes = designChangeSummary(r.design);
    parts << (changes.isEmpty() ? DiffText::tr("no changes to the design") : changes.join(QStringLiteral("; ")));
    if (r.exports)
        parts << DiffText::tr("exported files that change: %1").arg(r.exports->files.size());
    return parts.join(QStringLiteral(" · "));
}

/// "zone: us-east-1b → us-east-1a" for each field; `quote` formats ids and values.
QStringList fieldLines(const ItemChange &c, const std::function<QString(const QString &)> &quote)
{
    QStringList lines;
    for (const FieldChange &f : c.fields)
        lines << QStringLiteral("%1: %2 → %3").arg(quote(f.field), quote(DiffText::value(f.before)), quote(DiffText::value(f.after)));
    return lines;
}

} // namespace

QStringList itemFieldLines(const ItemChange &c)
{
    return fieldLines(c, [](const QString &s) { return s; });
}

QString findingChangeHeadline(const FindingChange &c)
{
    const Finding &f = c.current();
    switch (c.kind) {
    case FindingChange::Kind::Appeared:
        return f.accepted ? DiffText::tr("new, accepted") : DiffText::tr("new");
    case FindingChange::Kind::Disappeared:
        return DiffText::tr("resolved");
    case FindingChange::Kind::SeverityChanged:
        return DiffText::tr("severity %1 → %2").arg(severityLabel(c.before.severity), severityLabel(c.after.severity));
    case FindingChange::Kind::AcceptanceChanged:
        return c.after.accepted ? DiffText::tr("now accepted") : DiffText::tr("no longer accepted");
    }
    return {};
}

QString itemChangeHeadline(const ItemChange &c)
{
    if (c.kind == ChangeKind::Renamed)
        return DiffText::tr("renamed from %1").arg(c.oldId);
    if (isLayoutOnly(c))
        return DiffText::tr("moved");
    return kindLabel(c.kind);
}

namespace {

QString exportLine(const ExportFileChange &f)
{
    return QStringLiteral("%1 %2/%3 (+%4 −%5)").arg(kindLabel(f.kind), f.exporter, f.path).arg(f.linesAdded).arg(f.linesRemoved);
}

// --- text --------------------------------------------------------------------

QByteArray writeText(const DiffReport &r)
{
    QString out;
    out += DiffText::tr("Design diff %1 → %2 (%3)").arg(r.before, r.after, r.designName) + QLatin1Char('\n');
    out += summaryLine(r) + QLatin1Char('\n');
    for (const QString &note : r.notes)
        out += DiffText::tr("Note: %1").arg(note) + QLatin1Char('\n');
    const auto plain = [](const QString &s) { return s; };
    if (!r.design.changes.empty()) {
        out += QLatin1Char('\n') + DiffText::tr("Design changes:") + QLatin1Char('\n');
        for (const ItemChange &c : r.design.changes) {
            out += QStringLiteral("  %1 %2 %3").arg(itemChangeHeadline(c), diffTypeLabel(c.type), c.id.isEmpty() ? c.name : c.id);
            if (!c.id.isEmpty() && c.name != c.id)
                out += QStringLiteral(" (%1)").arg(c.name);
            out += QLatin1Char('\n');
            for (const QString &line : fieldLines(c, plain))
                out += QStringLiteral("      %1\n").arg(line);
        }
    }
    if (r.findings && !r.findings->changes.empty()) {
        out += QLatin1Char('\n') + DiffText::tr("Findings:") + QLatin1Char('\n');
        for (const FindingChange &c : r.findings->changes)
            out += QStringLiteral("  %1 %2 %3: %4\n").arg(findingChangeHeadline(c), severityLabel(c.current().severity), c.current().id, c.current().message);
    }
    if (r.findings && !r.findings->structural.empty()) {
        out += QLatin1Char('\n') + DiffText::tr("Single points of failure and blast radius:") + QLatin1Char('\n');
        for (const StructuralChange &s : r.findings->structural)
            out += QStringLiteral("  %1\n").arg(s.sentence());
    }
    if (r.exports && (!r.exports->files.empty() || !r.exports->problems.isEmpty())) {
        out += QLatin1Char('\n') + DiffText::tr("Exports affected:") + QLatin1Char('\n');
        for (const ExportFileChange &f : r.exports->files)
            out += QStringLiteral("  %1\n").arg(exportLine(f));
        for (const QString &p : r.exports->problems)
            out += QStringLiteral("  %1\n").arg(p);
    }
    return out.toUtf8();
}

// --- markdown ----------------------------------------------------------------

/// A collapsible section of a pull-request comment.
struct Section {
    QString title;
    QStringList lines;
    int shown = 0;
};

QByteArray writeMarkdown(const DiffReport &r, int maxLines)
{
    // Inside a code span nothing is markup (not even HTML), so only what would end the span or
    // the line is replaced.
    const auto code = [](QString s) {
        s.replace(QLatin1Char('`'), QLatin1Char('\'')).replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' '));
        return QStringLiteral("`%1`").arg(s);
    };
    const auto text = [](const QString &s) { return markdownLiteral(s); };
    std::vector<Section> sections;
    if (r.findings) {
        Section s{DiffText::tr("Findings: %1 new, %2 resolved").arg(r.findings->newFindings().size()).arg(resolvedCount(*r.findings)), {}};
        for (const FindingChange &c : r.findings->changes) {
            const Finding &f = c.current();
            QString line = QStringLiteral("- **%1** %2 `%3`: %4").arg(text(findingChangeHeadline(c)), text(severityLabel(f.severity)), f.id, text(f.message));
            if (f.accepted && !f.justification.isEmpty())
                line += QStringLiteral(" _(%1)_").arg(text(DiffText::tr("accepted: %1").arg(f.justification)));
            s.lines << line;
        }
        if (!s.lines.isEmpty())
            sections.push_back(std::move(s));
        Section spof{DiffText::tr("Single points of failure and blast radius"), {}};
        for (const StructuralChange &c : r.findings->structural)
            spof.lines << QStringLiteral("- %1").arg(text(c.sentence()));
        if (!spof.lines.isEmpty())
            sections.push_back(std::move(spof));
    }
    Section design{DiffText::tr("Design changes"), {}};
    // What it is before where it is drawn: moves last.
    std::vector<const ItemChange *> ordered;
    for (const ItemChange &c : r.design.changes)
        ordered.push_back(&c);
    std::stable_partition(ordered.begin(), ordered.end(), [](const ItemChange *c) { return !isLayoutOnly(*c); });
    for (const ItemChange *c : ordered) {
        QString line = QStringLiteral("- **%1** %2 %3").arg(text(itemChangeHeadline(*c)), text(diffTypeLabel(c->type)), c->id.isEmpty() ? text(c->name) : code(c->id));
        if (!c->id.isEmpty() && c->name != c->id)
            line += QStringLiteral(" (%1)").arg(text(c->name));
        const QStringList fields = fieldLines(*c, code);
        if (!fields.isEmpty())
            line += QStringLiteral(": ") + fields.join(QStringLiteral("; "));
        design.lines << line;
    }
    if (!design.lines.isEmpty())
        sections.push_back(std::move(design));
    if (r.exports) {
        Section exports{DiffText::tr("Exports affected"), {}};
        for (const ExportFileChange &f : r.exports->files)
            exports.lines << QStringLiteral("- %1 %2 (+%3 −%4)").arg(text(kindLabel(f.kind)), code(f.exporter + QLatin1Char('/') + f.path)).arg(f.linesAdded).arg(f.linesRemoved);
        for (const QString &p : r.exports->problems)
            exports.lines << QStringLiteral("- %1").arg(text(p));
        if (!exports.lines.isEmpty())
            sections.push_back(std::move(exports));
    }

    // The budget: a title, the summary, the notes, and per section <details>, <summary>, a blank
    // line and </details>; the rest is shared out, a section that needs less giving to the others.
    const int fixed = 3 + int(r.notes.size()) + 4 * int(sections.size());
    int budget = std::max(int(sections.size()) * 2, maxLines - fixed);
    std::vector<Section *> open;
    for (Section &s : sections)
        open.push_back(&s);
    while (!open.empty() && budget > 0) {
        const int share = std::max(1, budget / int(open.size()));
        std::vector<Section *> still;
        for (Section *s : open) {
            const int want = int(s->lines.size()) - s->shown;
            const int give = std::min({want, share, budget});
            s->shown += give;
            budget -= give;
            if (s->shown < int(s->lines.size()))
                still.push_back(s);
        }
        if (still.size() == open.size() && share == 1 && budget == 0)
            break;
        open = still;
    }

    QString out;
    out += QStringLiteral("### %1\n\n").arg(text(DiffText::tr("Stackdraft: %1").arg(r.designName)));
    out += QStringLiteral("%1\n").arg(text(summaryLine(r)));
    for (const QString &note : r.notes)
        out += QStringLiteral("> %1\n").arg(text(note));
    for (Section &s : sections) {
        // A section that was cut keeps one line to say so.
        const int hidden = int(s.lines.size()) - s.shown;
        if (hidden > 0 && s.shown > 0)
            --s.shown;
        out += QStringLiteral("\n<details><summary>%1</summary>\n\n").arg(text(s.title));
        for (int i = 0; i < s.shown; ++i)
            out += s.lines[i] + QLatin1Char('\n');
        if (s.shown < s.lines.size())
            out += QStringLiteral("- %1\n").arg(text(DiffText::tr("… and %1 more (stackdraft-cli diff --format text shows all)").arg(s.lines.size() - s.shown)));
        out += QStringLiteral("</details>\n");
    }
    return out.toUtf8();
}

// --- json --------------------------------------------------------------------

Json countsJson(const FindingCounts &c)
{
    return {{"errors", c.errors}, {"warnings", c.warnings}, {"infos", c.infos}, {"accepted", c.accepted}};
}

/// The finding as `validate --format json` gives it, with what changed.
Json findingChangeJson(const FindingChange &c)
{
    Json j;
    j["change"] = utf8(findingChangeKindName(c.kind));
    j["new"] = c.isNew();
    if (c.kind == FindingChange::Kind::SeverityChanged)
        j["previousSeverity"] = utf8(severityName(c.before.severity));
    j.update(findingJson(c.current()));
    return j;
}

QByteArray writeJson(const DiffReport &r)
{
    Json root;
    root["before"] = utf8(r.before);
    root["after"] = utf8(r.after);
    root["design"] = utf8(r.designName);
    Json notes = Json::array();
    for (const QString &n : r.notes)
        notes.push_back(utf8(n));
    root["notes"] = notes;
    root["unrelated"] = r.design.unrelated();

    Json summary;
    for (DiffItemType type : {DiffItemType::Zone, DiffItemType::Component, DiffItemType::Connection, DiffItemType::Note}) {
        // Notes are counted only when some changed: diffs of designs without notes read as before.
        if (type == DiffItemType::Note && std::none_of(r.design.changes.begin(), r.design.changes.end(),
                                                       [](const ItemChange &c) { return c.type == DiffItemType::Note; }))
            continue;
        Json counts;
        for (ChangeKind kind : {ChangeKind::Added, ChangeKind::Removed, ChangeKind::Changed, ChangeKind::Renamed})
            counts[utf8(changeKindName(kind))] = r.design.count(type, kind);
        summary[utf8(diffItemTypeName(type) + QLatin1Char('s'))] = counts;
    }
    if (r.findings) {
        summary["findings"] = {{"new", r.findings->newFindings().size()}, {"resolved", resolvedCount(*r.findings)},
                               {"before", countsJson(r.findings->before)}, {"after", countsJson(r.findings->after)}};
    }
    if (r.exports)
        summary["exportedFilesChanged"] = r.exports->files.size();
    root["summary"] = summary;

    Json changes = Json::array();
    for (const ItemChange &c : r.design.changes) {
        Json j;
        j["type"] = utf8(diffItemTypeName(c.type));
        j["change"] = utf8(changeKindName(c.kind));
        j["id"] = utf8(c.id);
        if (c.kind == ChangeKind::Renamed)
            j["oldId"] = utf8(c.oldId);
        j["name"] = utf8(c.name);
        j["semantic"] = c.semantic();
        Json fields = Json::array();
        for (const FieldChange &f : c.fields)
            fields.push_back({{"field", utf8(f.field)}, {"before", variantJson(f.before)}, {"after", variantJson(f.after)}, {"layout", f.layout}});
        j["fields"] = fields;
        changes.push_back(std::move(j));
    }
    root["changes"] = changes;

    if (r.findings) {
        Json findings = Json::array();
        for (const FindingChange &c : r.findings->changes)
            findings.push_back(findingChangeJson(c));
        root["findings"] = findings;
        Json structural = Json::array();
        for (const StructuralChange &s : r.findings->structural) {
            Json j{{"change", utf8(structuralChangeKindName(s.kind))}, {"subject", utf8(s.subject)}, {"name", utf8(s.name)}};
            if (s.kind == StructuralChange::Kind::BlastRadius) {
                j["before"] = s.before;
                j["after"] = s.after;
            }
            j["text"] = utf8(s.sentence());
            structural.push_back(std::move(j));
        }
        root["structural"] = structural;
    }
    if (r.exports) {
        Json exporters = Json::array();
        for (const QString &e : r.exports->exporters)
            exporters.push_back(utf8(e));
        Json files = Json::array();
        for (const ExportFileChange &f : r.exports->files)
            files.push_back({{"exporter", utf8(f.exporter)}, {"path", utf8(f.path)}, {"change", utf8(changeKindName(f.kind))},
                             {"linesAdded", f.linesAdded}, {"linesRemoved", f.linesRemoved}});
        Json problems = Json::array();
        for (const QString &p : r.exports->problems)
            problems.push_back(utf8(p));
        root["exports"] = {{"exporters", exporters}, {"files", files}, {"problems", problems}};
    }
    return QByteArray::fromStdString(root.dump(2)) + '\n';
}

// --- sarif -------------------------------------------------------------------

} // namespace

QByteArray writeDiffReport(const DiffReport &report, DiffFormat format, int maxLines)
{
    switch (format) {
    case DiffFormat::Text: return writeText(report);
    case DiffFormat::Json: return writeJson(report);
    case DiffFormat::Markdown: return writeMarkdown(report, maxLines);
    case DiffFormat::Sarif: {
        const std::vector<Finding> added = report.findings ? report.findings->newFindings() : std::vector<Finding>();
        return writeNewFindingsSarif(added, ReportContext{report.designName, report.afterFile.isEmpty() ? report.after : report.afterFile, report.lines});
    }
    }
    return {};
}

QByteArray writeNewFindingsSarif(const std::vector<Finding> &findings, const ReportContext &context)
{
    Json root = Json::parse(writeReport(findings, context, ReportFormat::Sarif).toStdString());
    for (Json &run : root["runs"])
        for (Json &result : run["results"])
            result["baselineState"] = "new";
    return QByteArray::fromStdString(root.dump(2)) + '\n';
}

} // namespace sd
