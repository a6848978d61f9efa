// SPDX-License-Identifier: MIT
#include "exporter.h"

#include "builtinexporters.h"
#include "exportwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace sd {

const ExporterRegistry &ExporterRegistry::builtin()
{
    static const ExporterRegistry registry = [] {
        ExporterRegistry r;
        registerBuiltinExporters(r);
        return r;
    }();
    return registry;
}

void ExporterRegistry::add(std::unique_ptr<Exporter> exporter) { m_exporters.push_back(std::move(exporter)); }

const Exporter *ExporterRegistry::find(const QString &id) const
{
    for (const auto &e : m_exporters)
        if (e->id() == id)
            return e.get();
    return nullptr;
}

std::vector<const Exporter *> ExporterRegistry::all() const
{
    std::vector<const Exporter *> result;
    for (const auto &e : m_exporters)
        result.push_back(e.get());
    return result;
}

bool writeExportFile(const ExportedFile &file, const QString &path, QString *error)
{
    const ExportWriteReport report = writeExportSingle(file, path, {});
    if (!report && error)
        *error = report.error;
    return report.ok;
}

bool writeExport(const ExportResult &result, const QString &directory, QString *error)
{
    const ExportWriteReport report = writeExportFolder(result, directory, {});
    if (!report && error)
        *error = report.error;
    return report.ok;
}

} // namespace sd
