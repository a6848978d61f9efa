// SPDX-License-Identifier: MIT
#pragma once

#include "cli.h"
#include "design.h"
#include "sourcetree.h"

#include <QString>

#include <optional>

namespace sd {

/// One side of a comparison: a design file, or `REV:PATH`, a file at a git revision.
struct DesignSource {
    QString spec;         ///< as the user gave it
    QString path;         ///< the file: spec itself, or PATH of REV:PATH
    QString revision;     ///< REV of REV:PATH; empty for a plain file
    std::optional<Design> design; ///< set when it loaded (an empty design when missing)
    bool missing = false; ///< the file does not exist at that revision: everything counts as added or removed
    int fileVersion = 0;  ///< format version in the file, before migration
    QHash<QString, SourceMark> sourceMarks; ///< where each component and zone starts, from the parse
};

/**
 * Loads a design file, or with `REV:PATH` the file as `git show REV:PATH` gives it (git runs in
 * the current folder, so PATH is relative to the top of the repository, or to here with "./").
 * An existing file always wins over the REV:PATH reading. A file missing at an existing revision
 * is `missing` with an empty design; anything else that fails (an unknown revision, a file that
 * does not load) prints why, naming `spec`, and returns nullopt (exit 2).
 */
std::optional<DesignSource> loadDesignSource(const QString &spec, CliContext &context);

} // namespace sd
