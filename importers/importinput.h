// SPDX-License-Identifier: MIT
#pragma once

#include "diagnostic.h"
#include "importreport.h"
#include "sourcetree.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace sd {

/// The limits of an import, as for design files: a bomb is refused, a big system is not.
struct InputLimits {
    qint64 maxFileBytes = 64LL * 1024 * 1024; ///< per file (kMaxDesignFileBytes)
    qint64 maxTotalBytes = 512LL * 1024 * 1024;
    int maxFiles = 100000;
    int maxDepth = 64;           ///< nesting of one document
    int maxAliasNodes = 1000000; ///< nodes YAML aliases may add per document
};

/// One parsed input file: every YAML document in it (one for JSON).
struct InputFile {
    QString path; ///< as given, or folder + relative path for files found in a folder
    std::vector<SourceNode> documents;
};

/**
 * The files of an import. Folders are walked recursively (sorted, hidden entries and symlinks to
 * folders skipped) for files ending in one of `suffixes`; files named directly are read whatever
 * their name. A file that cannot be read, is too large or does not parse is an error with file,
 * line and column, and the import stops: it never goes on without a file the user asked for.
 */
struct InputSet {
    std::vector<InputFile> files;
    Diagnostics errors;

    bool ok() const { return errors.empty(); }
};

InputSet readInputs(const QStringList &paths, const QStringList &suffixes, const InputLimits &limits = {});
/// Parses one file's text (tests, and `include` of compose files).
bool parseInput(const QString &path, const std::string &text, InputFile &file, Diagnostics &errors,
                const InputLimits &limits = {});
/// Reads and parses one file, within the limits.
bool readInputFile(const QString &path, InputFile &file, Diagnostics &errors, const InputLimits &limits = {});

/// An error at a node of an input file.
Diagnostic inputError(const QString &file, const SourceNode &at, const QString &message);

/// The scalar text of a node, or empty for anything else.
QString scalarText(const SourceNode *node);
/// A report reference to a node.
inline SourceRef refOf(const QString &file, const SourceNode &node) { return {file, node.mark.line}; }

} // namespace sd
