// SPDX-License-Identifier: MIT
#pragma once

#include "filestamp.h"

#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

#include <functional>

namespace sd {

class Document;

/**
 * Notices when another program changes or removes the document's file while it is open: a second
 * studio saving, `stackdraft-cli answers import`, an editor, a `git checkout`.
 *
 * Watches the file and its folder. Atomic writers (ours included) replace the file by renaming a
 * new one over it, which ends a watch on the file itself; the folder's watch sees the rename and
 * the file is watched again. Bursts of events are debounced, and the file's hash is compared with
 * the document's stamp, so our own saves, a mere `touch` and a change already reported stay quiet.
 * The same watch serves any other file read into the document, such as an imported answers file.
 */
class DiskWatcher : public QObject
{
    Q_OBJECT

public:
    /// Watches the document's file, against the document's stamp, again when it is saved elsewhere.
    explicit DiskWatcher(Document *document, QObject *parent = nullptr);
    /**
     * Watches any file: `path` gives the file now (empty or ":..." for none), `stamp` what its
     * owner last read or wrote (a null stamp compares with nothing). Call rewatch() after the
     * path changes.
     */
    DiskWatcher(std::function<QString()> path, std::function<FileStamp()> stamp, QObject *parent = nullptr);

    /// Watches the file `path` gives now, forgetting what was reported about the one before.
    void rewatch();

    /// How long the file has to be quiet before it is compared (default 300 ms).
    void setDelay(int milliseconds) { m_debounce.setInterval(milliseconds); }
    /// Compares the file with the stamp now, instead of after the next event.
    void checkNow();

Q_SIGNALS:
    /// The file on disk differs from what its owner last read or wrote (once per new content).
    void changedOnDisk(sd::DiskState state);

private:
    void watch();

    std::function<QString()> m_path;
    std::function<FileStamp()> m_stamp;
    QFileSystemWatcher m_watcher;
    QTimer m_debounce;
    QByteArray m_reported; ///< the content (hash, or "removed") last reported, so one change asks once
};

} // namespace sd
