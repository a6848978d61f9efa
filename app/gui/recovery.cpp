// SPDX-License-Identifier: MIT
#include "recovery.h"

#include "atomicfile.h"
#include "document.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

namespace sd {

RecoveryManager::RecoveryManager(Document *document, QObject *parent)
    : QObject(parent), m_document(document), m_sessionId(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    QDir().mkpath(directory());
    m_lock = std::make_unique<QLockFile>(path(".lock"));
    m_lock->setStaleLockTime(0); // only a dead owner makes it stale, never age
    m_lock->tryLock(0);
    m_timer.setSingleShot(true);
    m_timer.setInterval(3000);
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(30000);
    connect(&m_timer, &QTimer::timeout, this, &RecoveryManager::saveNow);
    connect(&m_deadline, &QTimer::timeout, this, &RecoveryManager::saveNow);
    connect(document, &Document::changed, this, [this] {
        m_timer.start();
        if (!m_deadline.isActive())
            m_deadline.start();
    });
    connect(document, &Document::modifiedChanged, this, [this](bool modified) {
        if (!modified)
            clear();
    });
}

RecoveryManager::~RecoveryManager()
{
    // Reaching here is a clean exit: whatever the user chose about unsaved work is final.
    clear();
    m_lock->unlock();
}

QString RecoveryManager::directory()
{
    const QString env = qEnvironmentVariable("STACKDRAFT_RECOVERY_DIR");
    if (!env.isEmpty())
        return env;
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/recovery");
}

QString RecoveryManager::path(const char *suffix) const
{
    return directory() + QLatin1Char('/') + m_sessionId + QLatin1String(suffix);
}

void RecoveryManager::saveNow()
{
    m_timer.stop();
    m_deadline.stop();
    if (!m_document->isModified())
        return;
    QString error;
    if (!saveDesign(m_document->design(), path(".stackdraft.yaml"), DesignFormat::Yaml, &error))
        return; // the next change tries again; autosave must never interrupt the user
    const QJsonObject o{{QStringLiteral("originalFile"), m_document->fileName()},
                        {QStringLiteral("originalSha256"), QString::fromLatin1(m_document->diskStamp().sha256)},
                        {QStringLiteral("savedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
    writeFileAtomically(path(".json"), QJsonDocument(o).toJson()); // without it the entry still recovers, unnamed
}

void RecoveryManager::clear()
{
    m_timer.stop();
    m_deadline.stop();
    QFile::remove(path(".stackdraft.yaml"));
    QFile::remove(path(".json"));
}

QList<RecoveryEntry> RecoveryManager::pendingRecoveries()
{
    QList<RecoveryEntry> entries;
    const QDir dir(directory());
    for (const QString &name : dir.entryList({QStringLiteral("*.stackdraft.yaml")}, QDir::Files)) {
        const QString session = name.section(QLatin1Char('.'), 0, 0);
        // A session that still runs holds its lock; skip its files.
        QLockFile lock(dir.filePath(session + QStringLiteral(".lock")));
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0)) {
            if (lock.error() != QLockFile::LockFailedError || !lock.removeStaleLockFile() || !lock.tryLock(0))
                continue;
        }
        lock.unlock();
        RecoveryEntry e;
        e.sessionId = session;
        e.designPath = dir.filePath(name);
        QFile info(dir.filePath(session + QStringLiteral(".json")));
        if (info.open(QIODevice::ReadOnly)) {
            const QJsonObject o = QJsonDocument::fromJson(info.readAll()).object();
            e.originalFile = o.value(QStringLiteral("originalFile")).toString();
            e.originalSha256 = o.value(QStringLiteral("originalSha256")).toString().toLatin1();
            e.savedAt = QDateTime::fromString(o.value(QStringLiteral("savedAt")).toString(), Qt::ISODate);
        }
        if (!e.savedAt.isValid())
            e.savedAt = QFileInfo(e.designPath).lastModified();
        entries.append(e);
    }
    std::sort(entries.begin(), entries.end(), [](const RecoveryEntry &a, const RecoveryEntry &b) { return a.savedAt > b.savedAt; });
    return entries;
}

void RecoveryManager::discard(const RecoveryEntry &entry)
{
    const QDir dir(directory());
    QFile::remove(entry.designPath);
    QFile::remove(dir.filePath(entry.sessionId + QStringLiteral(".json")));
    QFile::remove(dir.filePath(entry.sessionId + QStringLiteral(".lock")));
}

} // namespace sd
