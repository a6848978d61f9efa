// SPDX-License-Identifier: MIT
#pragma once

#include "design.h"
#include "diagnostic.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <memory>
#include <vector>

namespace sd {

class Catalog;

/// One generated file, in memory until someone decides to write it.
struct ExportedFile {
    QString path; ///< relative to the export folder, '/'-separated
    QByteArray contents;
};

/// An option an exporter understands, for the CLI's --help and the GUI's export dialog.
struct ExportOptionSpec {
    QString key;          ///< e.g. "provider", used as --key in the CLI
    QString description;
    QStringList values;   ///< allowed values; empty for a yes/no flag
    QString defaultValue;
};

struct ExportResult {
    std::vector<ExportedFile> files;
    Diagnostics messages; ///< warnings about the design (e.g. a kind with no counterpart)
    QString error;        ///< set when nothing could be generated

    bool ok() const { return error.isEmpty(); }
};

/**
 * Turns a design into files. Exporters generate in memory; `writeExport` puts the
 * files on disk. The GUI's Export actions and the CLI call the same exporters.
 */
class Exporter
{
public:
    virtual ~Exporter() = default;
    virtual QString id() const = 0;          ///< "terraform", "kubernetes", ...
    virtual QString displayName() const = 0; ///< translated
    virtual QString description() const = 0; ///< translated, one sentence
    virtual std::vector<ExportOptionSpec> options() const { return {}; }
    /// Whether the result is one file (written to a file path) rather than a folder.
    virtual bool writesSingleFile(const QVariantMap &options) const { Q_UNUSED(options) return false; }
    virtual ExportResult generate(const Design &design, const Catalog &catalog, const QVariantMap &options) const = 0;
};

/// The exporters built into Stackdraft, by id.
class ExporterRegistry
{
public:
    static const ExporterRegistry &builtin();

    void add(std::unique_ptr<Exporter> exporter);
    const Exporter *find(const QString &id) const;
    std::vector<const Exporter *> all() const;

private:
    std::vector<std::unique_ptr<Exporter>> m_exporters;
};

/// writeExportFolder (exportwriter.h) with default options: the whole set or nothing, never over files it does not own.
bool writeExport(const ExportResult &result, const QString &directory, QString *error);
/// writeExportSingle (exportwriter.h) with default options.
bool writeExportFile(const ExportedFile &file, const QString &path, QString *error);

/**
 * A sentence written into exported files (comments, descriptions, READMEs): English whatever
 * the studio's language, so that two people exporting the same design get the same files.
 * (A translated security-group description would even make Terraform replace the group.)
 * Messages to the user about the export (warnings, errors) are translated as usual.
 */
inline QString fileText(const char *text) { return QString::fromUtf8(text); }

} // namespace sd
