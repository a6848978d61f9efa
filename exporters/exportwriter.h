// SPDX-License-Identifier: MIT
#pragma once

#include "exporter.h"

#include <QString>
#include <QStringList>

namespace sd {

/// File name of the manifest an export leaves in its folder, one per exporter.
QString exportManifestName(const QString &exporterId);

struct ExportWriteOptions {
    QString exporterId = QStringLiteral("export"); ///< whose manifest: exports of different formats may share a folder
    QStringList inputs; ///< files the export was made from (the design): never written onto, even with force
    bool force = false; ///< replace generated files that were edited by hand, and files the export did not write
};

/// What a folder export did, or why it did nothing.
struct ExportWriteReport {
    bool ok = false;
    QString error;          ///< translated, names the file
    QStringList conflicts;  ///< files refused because they were edited by hand or are not ours (force replaces them)
    QStringList written;    ///< relative paths
    QStringList removed;    ///< our stale files from an earlier export
    QStringList keptEdited; ///< our stale files that were edited by hand, so left in place
    explicit operator bool() const { return ok; }
};

/**
 * Writes an export folder as a whole, without ever writing over what it does not own.
 *
 * The folder gets a manifest (exportManifestName) listing every generated file with its SHA-256.
 * On re-export, a file is replaced only if the manifest lists it and it is unchanged since; our own
 * files that the new export no longer has are deleted; a generated file edited by hand, or a file
 * the export did not write, is refused by name unless `force`. Symlinks are never followed (one in
 * the way of a generated file is a conflict). An input file is never written onto.
 *
 * The new set is built in a temporary sibling folder (the user's other files in it are hard links
 * to the originals) and swapped in with one rename, so a failure at any point (full disk, read-only
 * file) leaves the old folder exactly as it was.
 */
ExportWriteReport writeExportFolder(const ExportResult &result, const QString &directory, const ExportWriteOptions &options);

/// Writes a single-file export: never onto an input file, never through a symlink; verified and atomic.
ExportWriteReport writeExportSingle(const ExportedFile &file, const QString &path, const ExportWriteOptions &options);

/**
 * The one "a file or a folder" rule, shared by the export dialog and the CLI: an exporter that
 * writes one file writes it to `target`, or into `target` when that is an existing folder; any other
 * exporter writes a folder, and refuses a target that is an existing file.
 */
ExportWriteReport writeExportTo(const Exporter &exporter, const QVariantMap &options, const ExportResult &result,
                                const QString &target, ExportWriteOptions writeOptions);

/**
 * Where an export goes unless the user says otherwise: beside the design file, named after the
 * file (else after the design): "shop-terraform/" for a folder, "shop-docker-compose.yaml" or
 * "shop-questionnaire.html" for one file, so the extension is always the file's own.
 */
QString defaultExportTarget(const Exporter &exporter, const QVariantMap &options, const ExportResult &result,
                            const QString &designFile, const QString &designName, const QString &fallbackFolder);

} // namespace sd
