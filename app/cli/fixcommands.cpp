// SPDX-License-Identifier: MIT
#include "fixcommands.h"

#include "clicommands.h"
#include "fixes.h"
#include "textdiff.h"
#include "validation.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace sd {

namespace {

/// The subjects of a finding: the ids after the rule ("zone-loss/az-a" -> az-a), joined by '+'.
QStringList subjectsOf(const Finding &f) { return f.id.section(QLatin1Char('/'), 1).split(QLatin1Char('+'), Qt::SkipEmptyParts); }

QStringList lines(const QByteArray &text)
{
    QStringList out = QString::fromUtf8(text).split(QLatin1Char('\n'));
    if (!out.isEmpty() && out.last().isEmpty())
        out.removeLast();
    return out;
}

int runFix(const QStringList &args, CliContext &context)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("rule"), QCoreApplication::translate("Cli", "The rule whose findings to fix, e.g. data.no-standby."),
                      QCoreApplication::translate("Cli", "ID")});
    parser.addOption({QStringLiteral("component"),
                      QCoreApplication::translate("Cli", "Fix only the finding about this component (or zone) id; without it, every open finding of the rule."),
                      QCoreApplication::translate("Cli", "ID")});
    parser.addOption({QStringLiteral("dry-run"), QCoreApplication::translate("Cli", "Print what would change and the diff; write nothing.")});
    if (auto stop = parseArguments(parser, QStringLiteral("fix"), QStringLiteral("DESIGN"), args, context, 1, 1))
        return *stop;
    const QString rule = parser.value(QStringLiteral("rule"));
    if (rule.isEmpty()) {
        context.err << QCoreApplication::translate("Cli", "stackdraft-cli fix: --rule is required; rules with a fix: %1\n")
                           .arg(FixPlanner::fixableRules().join(QStringLiteral(", ")));
        return ExitUsage;
    }
    if (!validationRule(rule)) {
        context.err << QCoreApplication::translate("Cli", "stackdraft-cli fix: unknown rule '%1'\n").arg(rule);
        return ExitUsage;
    }
    if (!FixPlanner::fixableRules().contains(rule)) {
        context.err << QCoreApplication::translate("Cli", "stackdraft-cli fix: rule '%1' has no one-click fix; rules with a fix: %2\n")
                           .arg(rule, FixPlanner::fixableRules().join(QStringLiteral(", ")));
        return ExitUsage;
    }
    const QString path = parser.positionalArguments().first();
    FileStamp read;
    auto loaded = loadForCli(path, context, nullptr, nullptr, &read);
    if (!loaded)
        return ExitUsage;
    Design design = std::move(*loaded);
    const QString component = parser.value(QStringLiteral("component"));
    if (!component.isEmpty() && !design.hasItem(component)) {
        context.err << QCoreApplication::translate("Cli", "stackdraft-cli fix: no component or zone with id '%1'\n").arg(component);
        return ExitUsage;
    }

    // The open findings to fix, by id; each is planned on the design as the fixes before it left it.
    QStringList targets;
    for (const Finding &f : validateDesign(design, context.catalog))
        if (f.ruleId == rule && !f.accepted
            && (component.isEmpty() || f.componentIds.contains(component) || subjectsOf(f).contains(component)))
            targets.append(f.id);
    if (targets.isEmpty()) {
        context.out << (component.isEmpty()
                            ? QCoreApplication::translate("Cli", "Nothing to fix: no open %1 finding.\n").arg(rule)
                            : QCoreApplication::translate("Cli", "Nothing to fix: no open %1 finding about %2.\n").arg(rule, component));
        return ExitOk;
    }
    const Design before = design;
    int fixed = 0, unfixable = 0;
    for (const QString &id : targets) {
        const std::vector<Finding> findings = validateDesign(design, context.catalog);
        const auto it = std::find_if(findings.begin(), findings.end(), [&id](const Finding &f) { return f.id == id; });
        if (it == findings.end())
            continue; // an earlier fix took care of it
        const std::optional<FindingFix> fix = FixPlanner(design, context.catalog).fixFor(*it);
        if (!fix) {
            ++unfixable;
            context.out << QCoreApplication::translate("Cli", "No mechanical fix for %1: %2\n").arg(id, it->fix);
            continue;
        }
        QString error;
        if (!applyDesignChange(design, fix->change, &error)) {
            context.err << QCoreApplication::translate("Cli", "stackdraft-cli fix: %1: %2\n").arg(id, error);
            return ExitUsage;
        }
        ++fixed;
        context.out << QCoreApplication::translate("Cli", "Fix: %1 [%2]\n").arg(fix->title, id);
        for (const QString &line : fix->preview)
            context.out << QStringLiteral("  %1\n").arg(line);
    }
    if (fixed > 0) {
        // The diff of the design as Stackdraft writes it, so it shows what the fixes change and nothing else.
        const DesignFormat format = formatForPath(path);
        const QByteArray oldText = writeDesign(before, format);
        const QByteArray newText = writeDesign(design, format);
        const QString name = QFileInfo(path).fileName();
        context.out << unifiedDiff(lines(oldText), lines(newText), QStringLiteral("a/") + name, QStringLiteral("b/") + name);
        QFile original(path);
        if (original.open(QIODevice::ReadOnly) && original.readAll() != oldText)
            context.out << QCoreApplication::translate("Cli", "Note: %1 is written in Stackdraft's own layout (comments and formatting of the file are not kept).\n")
                               .arg(path);
        if (!parser.isSet(QStringLiteral("dry-run"))) {
            QString error;
            if (!saveDesignIfUnchanged(design, path, format, read, &error)) {
                context.err << QCoreApplication::translate("Cli", "%1: cannot write: %2\n").arg(path, error);
                return ExitUsage;
            }
            context.out << QCoreApplication::translate("Cli", "wrote %1\n").arg(path);
        }
    }
    return unfixable > 0 ? ExitProblems : ExitOk;
}

} // namespace

std::vector<CliCommand> fixCommands()
{
    return {{QStringLiteral("fix"), QCoreApplication::translate("Cli", "Apply the one-click fix of findings to a design file and print the diff."), runFix}};
}

} // namespace sd
