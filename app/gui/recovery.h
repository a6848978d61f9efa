// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <memory>

class QLockFile;

namespace sd {

class Document;

/// A recovery file left behind by a session that did not end cleanly.
struct RecoveryEntry {
    QString designPath;   ///< the autosaved design
    QString originalFile; ///< the file the user was editing ("" for an unsaved design)
    QByteArray originalSha256; ///< that file's content the work was based on (FileStamp::sha256)
    QDateTime savedAt;
    QString sessionId;
};

/**
 * Autosaves the whole document to a recovery file a few seconds after the last change, and at
 * least every half minute while changes keep coming (continuous editing never pauses for the
 * quiet delay), and removes it when the work is saved or closed cleanly. A lock file held while
 * the session runs tells a crashed session's files from those of a running one.
 */
class RecoveryManager : public QObject
{
    Q_OBJECT

public:
    explicit RecoveryManager(Document *document, QObject *parent = nullptr);
    ~RecoveryManager() override;

    /// Folder of recovery files: $STACKDRAFT_RECOVERY_DIR, or the app's local data folder.
    static QString directory();
    /// Recovery files of sessions that are no longer running, newest first.
    static QList<RecoveryEntry> pendingRecoveries();
    /// Deletes a recovery entry (after it was restored or declined).
    static void discard(const RecoveryEntry &entry);

    /// Quiet time after the last change before a snapshot (default 3 s).
    void setDelay(int milliseconds) { m_timer.setInterval(milliseconds); }
    /// Longest time unsaved changes go without a snapshot while editing continues (default 30 s).
    void setMaximumInterval(int milliseconds) { m_deadline.setInterval(milliseconds); }
    /// Writes the recovery file now, if there are unsaved changes.
    void saveNow();
    /// Removes this session's recovery file (after a save, or on a clean exit).
    void clear();

private:
    QString path(const char *suffix) const;

    Document *m_document;
    QString m_sessionId;
    QTimer m_timer;    ///< restarted by each change
    QTimer m_deadline; ///< started by the first change after a snapshot, never restarted
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace sd
