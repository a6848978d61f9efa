// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <vector>

namespace sd {

/// A problem found in a file, with its place: what `check` prints and the GUI shows.
struct Diagnostic {
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    QString file;
    int line = 0;   ///< 1-based; 0 when the problem has no single place
    int column = 0; ///< 1-based; 0 when unknown
    QString message;

    /// "file:line:column: error: message", the form compilers and editors understand.
    QString toString() const;
};

using Diagnostics = std::vector<Diagnostic>;

bool hasErrors(const Diagnostics &diagnostics);

} // namespace sd
