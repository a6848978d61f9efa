// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <vector>

namespace sd {

class Catalog;

/// Exit codes of stackdraft-cli.
enum ExitCode { ExitOk = 0, ExitProblems = 1, ExitUsage = 2 };

/// Streams and services a subcommand works with (tests pass string streams).
struct CliContext {
    QTextStream &out;
    QTextStream &err;
    const Catalog &catalog;
};

/// One subcommand: `stackdraft-cli NAME ARGS...`.
struct CliCommand {
    QString name;
    QString summary; ///< one line for the overview
    std::function<int(const QStringList &args, CliContext &context)> run;
};

/// Runs the CLI on `arguments` (without the program name). Returns the exit code.
int runCli(const QStringList &arguments, CliContext &context);

/// All subcommands, in the order --help lists them.
const std::vector<CliCommand> &cliCommands();

} // namespace sd
