// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>

namespace sd {

/// CPU as millicores: Kubernetes "500m", "2", "0.5"; compose `cpus: "0.50"`. Nothing for anything else.
std::optional<qint64> parseMillicores(const QString &text);

enum class MemoryUnits {
    Kubernetes, ///< Ki Mi Gi Ti binary, k M G T decimal, plain bytes
    Compose,    ///< b k m g (any case, optional trailing b) all binary, plain bytes
};
/// Memory in MiB, rounded up (a limit rounded down would be tighter than the source's).
std::optional<qint64> parseMebibytes(const QString &text, MemoryUnits units);

} // namespace sd
