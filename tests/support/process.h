// SPDX-License-Identifier: MIT
// One way for every test to run a program: the CLI as a user runs it, or an independent tool.
#pragma once

#include <QByteArray>
#include <QFileInfo>
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

#ifdef SHARED_TOOLS_DIR
/// Skips the rest of a test function when a validator of ../shared/tools (beside the project) is absent, as in
/// a clone made elsewhere. CI's clone sits beside the tools; everything the test checked before still counts.
#define SD_SKIP_WITHOUT_SHARED_TOOL(name)                                                                        \
    do {                                                                                                         \
        if (!QFileInfo(QStringLiteral(SHARED_TOOLS_DIR "/" name)).isExecutable())                                \
            QSKIP("the independent check needs " name ", which is not in " SHARED_TOOLS_DIR                     \
                  " (the shared tools beside the project)");                                                     \
    } while (false)
#endif
