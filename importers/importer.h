// SPDX-License-Identifier: MIT
#pragma once

#include "design.h"
#include "diagnostic.h"
#include "importreport.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace sd {

class Catalog;

/// What an import gives back: a design (laid out, passing `check`) and its report, or errors.
struct ImportResult {
    std::optional<Design> design; ///< set only when nothing stopped the import
    ImportReport report;
    Diagnostics errors;           ///< broken or foreign input, with file and line: no design then

    bool ok() const { return design.has_value(); }
};

/**
 * Turns files that describe running systems (docker compose, Kubernetes manifests) into a design.
 * The CLI's `import` and the studio's File > Import… call the same importers. An importer never
 * returns half a design: a file it cannot read is an error naming file and line, and whatever
 * it reads but cannot map is in the report as dropped, with why.
 */
class Importer
{
public:
    virtual ~Importer() = default;
    virtual QString id() const = 0;          ///< "compose", "kubernetes": the CLI's word
    virtual QString displayName() const = 0; ///< translated
    /// File-dialog filter, e.g. "Compose files (*.yaml *.yml)", translated.
    virtual QString fileFilter() const = 0;
    /// Imports files and folders (folders are read recursively).
    virtual ImportResult import(const QStringList &paths, const Catalog &catalog) const = 0;
};

/// The built-in importers, in the order the CLI and the dialog list them.
const std::vector<const Importer *> &importers();
const Importer *findImporter(const QString &id);

} // namespace sd
