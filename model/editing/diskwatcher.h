// SPDX-License-Identifier: MIT
#pragma once

#include "filestamp.h"

#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

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
 */
class DiskWatcher : public QObject
{
    Q_OBJECT

public:
    explicit DiskWatcher(Document *document, QObject *parent = nullptr);

    /// How long the file has to be quiet before it is compared (default 300 ms).
    void setDelay(int milliseconds) { m_debounce.setInterval(milliseconds); }
    /// Compares the file with the document's stamp now, instead of after the next event.
    void checkNow();

Q_SIGNALS:
    /// The file on disk differs from what the document last read or wrote (once per new content).
    void changedOnDisk(sd::DiskState state);

private:
    void watch();

    Document *m_document;
    QFileSystemWatcher m_watcher;
    QTimer m_debounce;
    QByteArray m_reported; ///< the content (hash, or "removed") last reported, so one change asks once
};

} // namespace sd
