// SPDX-License-Identifier: MIT
#pragma once

#include "design.h"
#include "diagnostic.h"
#include "sourcetree.h"

#include <QString>

#include <optional>

namespace sd {

class Catalog;

/// One side of a comparison: a design file, or `REV:PATH`, a file at a git revision.
struct DesignSource {
    QString spec;         ///< as the user gave it
    QString path;         ///< the file: spec itself, or PATH of REV:PATH
    QString revision;     ///< REV of REV:PATH; empty for a plain file
    std::optional<Design> design; ///< set when it loaded (an empty design when missing)
    bool missing = false; ///< the file does not exist at that revision: everything counts as added or removed
    int fileVersion = 0;  ///< format version in the file, before migration
    QHash<QString, SourceMark> sourceMarks; ///< where each component and zone starts, from the parse
    Diagnostics diagnostics; ///< what the parse reported (warnings, or the errors that stopped it)
    /// Why it could not be read, naming `spec`, when that was not the parse (unknown revision,
    /// git missing, too large). Ends with a newline, as the CLI prints it.
    QString error;

    bool ok() const { return design.has_value(); }
};

/**
 * Loads a design file, or with `REV:PATH` the file as `git show REV:PATH` gives it. Git runs in
 * `gitFolder` (the current folder when empty), so PATH is relative to the top of that repository,
 * or to the folder with "./". An existing file always wins over the REV:PATH reading. A file
 * missing at an existing revision is `missing` with an empty design; anything else that fails
 * leaves `design` unset with `error` or error `diagnostics` saying why. The CLI (diff, validate
 * --baseline) and the studio's Compare With… both read their other side here.
 */
DesignSource loadDesignSource(const QString &spec, const Catalog &catalog, const QString &gitFolder = {});

/// Whether `folder` lies inside a git work tree (and git can be run at all).
bool isInGitWorkTree(const QString &folder);

/// The branches and tags of the repository `folder` lies in, newest commit first (for a picker).
QStringList gitRevisionNames(const QString &folder, int limit = 30);

} // namespace sd
