// SPDX-License-Identifier: MIT
#pragma once

#include "importer.h"

namespace sd {

/**
 * docker compose files (Compose Specification; version 2 and 3 files; `include`, `extends`,
 * profiles, `${VAR:-default}` interpolation with the project's .env) to a design.
 * Mapping and guessing rules: docs/import.md.
 */
class ComposeImporter : public Importer
{
public:
    QString id() const override { return QStringLiteral("compose"); }
    QString displayName() const override;
    QString fileFilter() const override;
    ImportResult import(const QStringList &paths, const Catalog &catalog) const override;
};

} // namespace sd
