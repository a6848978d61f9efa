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
    QDateTime savedAt;
    QString sessionId;
};

/**
 * Autosaves the document to a recovery file a few seconds after each change, and
 * removes it when the work is saved or closed cleanly. A lock file held while the
 * session runs tells a crashed session's files from those of a running one.
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

    void setDelay(int milliseconds) { m_timer.setInterval(milliseconds); }
    /// Writes the recovery file now, if there are unsaved changes.
    void saveNow();
    /// Removes this session's recovery file (after a save, or on a clean exit).
    void clear();

private:
    QString path(const char *suffix) const;

    Document *m_document;
    QString m_sessionId;
    QTimer m_timer;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace sd
