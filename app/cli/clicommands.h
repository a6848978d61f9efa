// SPDX-License-Identifier: MIT
#pragma once

#include "cli.h"
#include "designio.h"
#include "designsource.h"

#include <QCommandLineParser>

#include <optional>

namespace sd {

/// new, info, convert, check, generate, examples: working with design files.
std::vector<CliCommand> designCommands();

/**
 * Parses a subcommand's arguments. Handles --help itself. Returns an exit code
 * when the command should stop now (help shown, or a usage error reported).
 */
std::optional<int> parseArguments(QCommandLineParser &parser, const QString &command, const QString &synopsis,
                                  const QStringList &args, CliContext &context, int minPositional,
                                  int maxPositional);

/// Loads a design, printing its diagnostics to stderr. Returns nullopt on errors and sets
/// `failureCode` to ExitUsage for I/O errors, ExitProblems for problems in the file; `sourceMarks`
/// (when given) to where each component and zone starts in the file; `stamp` to the bytes read.
std::optional<Design> loadForCli(const QString &path, CliContext &context, int *failureCode = nullptr,
                                 QHash<QString, SourceMark> *sourceMarks = nullptr, FileStamp *stamp = nullptr);

/// Loads one side of a comparison (a file or REV:PATH, see model/designsource.h), printing its
/// diagnostics and errors to stderr. Returns nullopt when it could not be read (exit 2).
std::optional<DesignSource> loadDesignSource(const QString &spec, CliContext &context);

/// Bundled example designs (":/examples/NAME.stackdraft.yaml") by short name.
QStringList exampleNames();
QString examplePath(const QString &name);

} // namespace sd
