// SPDX-License-Identifier: MIT
// What the import tests read off an imported design, the way a user would check it.
#pragma once

#include "catalog.h"
#include "design.h"
#include "designio.h"
#include "dependencygraph.h"
#include "failuremodel.h"
#include "importer.h"
#include "structural.h"

#include <QSet>
#include <QStringList>

namespace sd::test {

/// "from->to" for every connection.
inline QSet<QString> edgesOf(const Design &design)
{
    QSet<QString> edges;
    for (const Connection &c : design.connections())
        edges.insert(c.from + QStringLiteral("->") + c.to);
    return edges;
}

inline QStringList idsOf(const Design &design)
{
    QStringList ids;
    for (const Component &c : design.components())
        ids.append(c.id);
    return ids;
}

/// Writes the design as the CLI does and reads it back as `check` does; the problems, if any.
inline QString checkProblems(const Design &design)
{
    const QByteArray bytes = writeDesign(design, DesignFormat::Yaml);
    const LoadResult reread = readDesign(bytes.toStdString(), DesignFormat::Yaml, QStringLiteral("imported.yaml"), Catalog::builtin());
    QStringList problems;
    for (const Diagnostic &d : reread.diagnostics)
        problems.append(d.toString());
    if (reread.ok() && !(*reread.design == design))
        problems.append(QStringLiteral("the design read back differs from the one written"));
    return problems.join(QLatin1Char('\n'));
}

inline StructuralReport structureOf(const Design &design)
{
    const DependencyGraph graph = DependencyGraph::fromDesign(design);
    const FailureModel model(design, Catalog::builtin(), graph);
    return structuralReport(model);
}

inline QStringList bridgesOf(const StructuralReport &report)
{
    QStringList bridges;
    for (const auto &[a, b] : report.bridges)
        bridges.append(a + QStringLiteral("--") + b);
    return bridges;
}

inline QString errorsOf(const ImportResult &result)
{
    QStringList lines;
    for (const Diagnostic &d : result.errors)
        lines.append(d.toString());
    return lines.join(QLatin1Char('\n'));
}

} // namespace sd::test
