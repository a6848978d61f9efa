// SPDX-License-Identifier: MIT
#pragma once

#include "design.h"
#include "diagnostic.h"
#include "filestamp.h"
#include "sourcetree.h"

#include <QByteArray>
#include <QHash>
#include <QIODevice>
#include <QString>

#include <optional>
#include <string>
#include <string_view>

namespace sd {

class Catalog;

/// The format version this build writes; older ones are migrated on load.
constexpr int kDesignFormatVersion = 2;
/// Files larger than this are refused before parsing.
constexpr qint64 kMaxDesignFileBytes = 64LL * 1024 * 1024;

enum class DesignFormat { Yaml, Json };

/// YAML unless the path ends in .json.
DesignFormat formatForPath(const QString &path);

struct LoadResult {
    std::optional<Design> design; ///< set only when the file loaded without errors
    Diagnostics diagnostics;      ///< errors, and warnings that did not stop the load
    int fileVersion = 0;          ///< version found in the file (before migration)
    bool ioError = false;         ///< the file could not be read at all (missing, unreadable, too large)
    FileStamp stamp;              ///< loadDesign: the bytes that were read, to notice later changes on disk
    /// Where each zone and component starts in the file, by id (1-based), as the one parse found it:
    /// what reports point findings at.
    QHash<QString, SourceMark> sourceMarks;

    bool ok() const { return design.has_value(); }
};

/**
 * Reads a design from text. Every problem is reported with `fileName`, line and
 * column; a design with any error is not returned at all, so nobody works on a
 * half-loaded design believing it whole.
 */
LoadResult readDesign(std::string_view text, DesignFormat format, const QString &fileName,
                      const Catalog &catalog);
/**
 * The bytes of an open file, at most `limit` + 1 of them (more than `limit` means too large).
 * Allocates for `expectedSize` (the file's size when it was checked), not for the limit.
 */
QByteArray readAtMost(QIODevice &file, qint64 expectedSize, qint64 limit);
/// Reads a design file, refusing unreadable and absurdly large files.
LoadResult loadDesign(const QString &path, const Catalog &catalog);

/// The design as text: fixed key order, lists sorted by id, byte-stable.
QByteArray writeDesign(const Design &design, DesignFormat format);

/**
 * Writes atomically and verified (writeFileAtomically): a failed write leaves the old file as
 * it was. Returns false and sets `error` to the operating system's reason on failure; on success
 * `written` (when given) is the stamp of the bytes now on disk.
 */
bool saveDesign(const Design &design, const QString &path, DesignFormat format, QString *error,
                FileStamp *written = nullptr);

/**
 * saveDesign, but only while `path` still holds the bytes `read` is the stamp of (LoadResult::stamp):
 * a save by another program between reading and writing is not overwritten. Returns false with
 * `changedOnDisk` set (and `error` saying so) when the file changed; nothing is written then.
 */
bool saveDesignIfUnchanged(const Design &design, const QString &path, DesignFormat format, const FileStamp &read,
                           QString *error, bool *changedOnDisk = nullptr);

} // namespace sd
