// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

namespace sd {

/// How the writer treats a symlink at the target path.
enum class SymlinkPolicy {
    WriteThrough, ///< a saved design that is a symlink stays one: its target is replaced
    Refuse,       ///< exports never follow a symlink, so nothing lands outside their folder
};

/// What happened to one write; `error` is the operating system's reason (strerror), never "Unknown error".
struct WriteOutcome {
    bool ok = false;
    QString error;
    explicit operator bool() const { return ok; }
};

/**
 * The one atomic writer for every file Stackdraft writes (designs, exports, answers, recovery
 * files, questionnaire PDFs).
 *
 * Why not QSaveFile: Qt 6.4.2's QSaveFile::commit() returns true on a full disk for writes of up
 * to 16 KiB (its buffer is flushed in commit, and the error is only in error()), which left 0-byte
 * design files behind a "Saved". This writer puts the bytes into a temporary sibling with write(2),
 * checks every call, fsync()s, closes, checks the size and reads the file back before it renames it
 * over the target and fsync()s the folder. Whatever fails, the original file is left as it was and
 * the temporary file is removed.
 *
 * A target that exists must be a regular file (or, with WriteThrough, a symlink to one); the
 * permissions of an existing file are kept.
 *
 * Test seam: STACKDRAFT_FAULT_INJECT_WRITE=ENOSPC|EIO|EACCES|SHORT[:substring] makes writes to paths
 * containing the substring (all paths without one) fail at write(2) with that error, or (SHORT)
 * silently store half the bytes, as a full disk does behind a buffered writer; the verification
 * has to catch that. Used by the CLI and GUI tests when no small real filesystem can be mounted.
 */
WriteOutcome writeFileAtomically(const QString &path, const QByteArray &bytes,
                                 SymlinkPolicy symlinks = SymlinkPolicy::WriteThrough);

} // namespace sd
