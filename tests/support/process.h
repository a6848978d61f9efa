// SPDX-License-Identifier: MIT
// One way for every test to run a program: the CLI as a user runs it, or an independent tool.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace sd::test {

/// How a program ended and what it printed.
struct Run {
    int code = -1; ///< exit code; -1 when it did not start, crashed or timed out
    QString out;
    QString err;   ///< standard error, or why the program could not be run
};

/// Runs `program` with `args`, writes `input` to its standard input and waits up to five minutes.
/// The environment is inherited (STACKDRAFT_VALIDATORS_CACHE and the like pass through).
Run runProcess(const QString &program, const QStringList &args, const QByteArray &input = {});

/// stackdraft-cli of this build.
Run runCli(const QStringList &args, const QByteArray &input = {});

/// The python3 that CMake found (with PyYAML, networkx, jsonschema): the independent reference.
Run runPython(const QStringList &args, const QByteArray &input = {});

} // namespace sd::test
