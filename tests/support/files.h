// SPDX-License-Identifier: MIT
// Reading and writing whole files in tests, where a helper's own failure must show as a test failure.
#pragma once

#include <QByteArray>
#include <QString>

namespace sd::test {

/// The bytes of a file, or "<missing>" when it cannot be read (so a comparison fails visibly).
QByteArray contentsOf(const QString &path);

/// Writes (replaces) a file with plain writes, as another program would; false when it could not.
[[nodiscard]] bool writeFile(const QString &path, const QByteArray &bytes);

} // namespace sd::test
