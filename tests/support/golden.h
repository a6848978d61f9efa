// SPDX-License-Identifier: MIT
// One way for every test to compare output with reviewed golden files.
#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

namespace sd::test {

/// True when STACKDRAFT_UPDATE_GOLDEN=1: the golden files are rewritten from the output instead of
/// compared with it (the comparison then passes). Read the diff before committing them.
bool updatingGoldenFiles();

/**
 * Compares `actual` with the golden file at `path`. Returns an empty string when they are equal,
 * else a message naming the file and the first line that differs (or that the file is missing).
 * When updating, writes `actual` to `path` and returns an empty string.
 */
QString goldenMismatch(const QString &path, const QByteArray &actual);

/**
 * The same for a folder of generated files (relative path -> contents): the golden folder must hold
 * exactly these files, each equal. When updating, the golden folder is replaced by these files.
 */
QString goldenFolderMismatch(const QString &folder, const QMap<QString, QByteArray> &files);

} // namespace sd::test
