// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace sd {

/**
 * What a file on disk was when Stackdraft last read or wrote it: modification time, size and
 * SHA-256 of the bytes. Comparing it with the file as it is now tells whether someone else (a
 * second studio, `stackdraft-cli answers import`, an editor, git) changed the file since, so a
 * save never silently overwrites their work (issue 14, lost update between two instances).
 *
 * The hash decides: a file that was only touched, or rewritten with the same bytes, is unchanged.
 */
struct FileStamp {
    bool exists = false;
    QDateTime modified;
    qint64 size = -1;
    QByteArray sha256; ///< hex; empty when the file could not be read

    /// The stamp of bytes just read from or written to `path` (their hash; the file's time).
    static FileStamp ofBytes(const QString &path, const QByteArray &bytes);
    /// Reads and hashes the file as it is now; a missing or unreadable file gives exists == false.
    static FileStamp ofFile(const QString &path);

    /// Never stamped: nothing was read from or written to a file yet.
    bool isNull() const { return !exists && sha256.isEmpty(); }
    /// Same bytes as `other` (both exist and the hashes match).
    bool sameContentAs(const FileStamp &other) const;
};

/// How the file on disk compares with what the document last read or wrote.
enum class DiskState {
    Unchanged,  ///< same bytes (or the document has no file yet)
    Changed,    ///< someone else wrote different bytes
    Removed,    ///< the file is gone (deleted, or renamed away)
};

/// Compares the file at `path` now with `stamp`; a null stamp means there is nothing to compare.
DiskState diskStateOf(const QString &path, const FileStamp &stamp);

} // namespace sd
