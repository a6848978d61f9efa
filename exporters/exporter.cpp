// SPDX-License-Identifier: MIT
#include "exporter.h"

#include "builtinexporters.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

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
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(file.contents) != file.contents.size() || !out.commit()) {
        if (error)
            *error = QCoreApplication::translate("Export", "%1: %2").arg(path, out.errorString());
        return false;
    }
    return true;
}

bool writeExport(const ExportResult &result, const QString &directory, QString *error)
{
    const QDir root(directory);
    if (!QDir().mkpath(directory)) {
        if (error)
            *error = QCoreApplication::translate("Export", "%1: cannot create the folder").arg(directory);
        return false;
    }
    const QString rootPath = QDir::cleanPath(root.absolutePath());
    for (const ExportedFile &file : result.files) {
        const QString target = QDir::cleanPath(root.absoluteFilePath(file.path));
        if (!target.startsWith(rootPath + QLatin1Char('/'))) {
            if (error)
                *error = QCoreApplication::translate("Export", "%1: refused, it is outside the export folder").arg(file.path);
            return false;
        }
        if (!QDir().mkpath(QFileInfo(target).absolutePath())) {
            if (error)
                *error = QCoreApplication::translate("Export", "%1: cannot create the folder").arg(QFileInfo(target).absolutePath());
            return false;
        }
        if (!writeExportFile(file, target, error))
            return false;
    }
    return true;
}

} // namespace sd
