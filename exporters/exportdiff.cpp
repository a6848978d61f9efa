// SPDX-License-Identifier: MIT
#include "exportdiff.h"

#include "exporter.h"

#include <QCoreApplication>

#include <map>
#include <unordered_map>

namespace sd {

namespace {

QVariantMap defaultOptions(const Exporter &exporter)
{
    QVariantMap options;
    for (const ExportOptionSpec &spec : exporter.options()) {
        if (spec.values.isEmpty())
            options.insert(spec.key, false);
        else if (!spec.defaultValue.isEmpty())
            options.insert(spec.key, spec.defaultValue);
    }
    return options;
}

/// Lines only in `a`, counted as a multiset: what a line diff would show as removed (or added).
int linesOnlyIn(const QByteArray &a, const QByteArray &b)
{
    std::unordered_map<QByteArray, int> counts;
    for (const QByteArray &line : b.split('\n'))
        ++counts[line];
    int only = 0;
    for (const QByteArray &line : a.split('\n')) {
        auto it = counts.find(line);
        if (it == counts.end() || it->second == 0)
            ++only;
        else
            --it->second;
    }
    return only;
}

} // namespace

ExportsDelta diffExports(const Design &before, const Design &after, const Catalog &catalog, const ExporterRegistry &registry)
{
    ExportsDelta delta;
    for (const Exporter *exporter : registry.all()) {
        const QVariantMap options = defaultOptions(*exporter);
        const ExportResult old = exporter->generate(before, catalog, options);
        const ExportResult now = exporter->generate(after, catalog, options);
        delta.exporters.append(exporter->id());
        if (!old.ok())
            delta.problems.append(QCoreApplication::translate("DesignDiff", "%1: old side: %2").arg(exporter->id(), old.error));
        if (!now.ok())
            delta.problems.append(QCoreApplication::translate("DesignDiff", "%1: new side: %2").arg(exporter->id(), now.error));
        std::map<QString, const QByteArray *> was, is;
        for (const ExportedFile &f : old.files)
            was.emplace(f.path, &f.contents);
        for (const ExportedFile &f : now.files)
            is.emplace(f.path, &f.contents);
        auto a = was.begin();
        auto b = is.begin();
        // Both maps are sorted by path: one merge walk.
        while (a != was.end() || b != is.end()) {
            ExportFileChange change;
            change.exporter = exporter->id();
            if (b == is.end() || (a != was.end() && a->first < b->first)) {
                change.path = a->first;
                change.kind = ChangeKind::Removed;
                change.linesRemoved = int(a->second->count('\n'));
                ++a;
            } else if (a == was.end() || b->first < a->first) {
                change.path = b->first;
                change.kind = ChangeKind::Added;
                change.linesAdded = int(b->second->count('\n'));
                ++b;
            } else {
                const bool same = *a->second == *b->second;
                change.path = a->first;
                change.linesRemoved = same ? 0 : linesOnlyIn(*a->second, *b->second);
                change.linesAdded = same ? 0 : linesOnlyIn(*b->second, *a->second);
                ++a;
                ++b;
                if (same)
                    continue;
            }
            delta.files.push_back(std::move(change));
        }
    }
    return delta;
}

} // namespace sd
