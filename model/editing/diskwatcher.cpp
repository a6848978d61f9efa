// SPDX-License-Identifier: MIT
#include "diskwatcher.h"

#include "document.h"

#include <QFileInfo>

namespace sd {

DiskWatcher::DiskWatcher(Document *document, QObject *parent)
    : DiskWatcher([document] { return document->fileName(); }, [document] { return document->diskStamp(); }, parent)
{
    connect(document, &Document::fileNameChanged, this, &DiskWatcher::rewatch);
}

DiskWatcher::DiskWatcher(std::function<QString()> path, std::function<FileStamp()> stamp, QObject *parent)
    : QObject(parent), m_path(std::move(path)), m_stamp(std::move(stamp))
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(300);
    connect(&m_debounce, &QTimer::timeout, this, &DiskWatcher::checkNow);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, [this] { m_debounce.start(); });
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] { m_debounce.start(); });
    watch();
}

void DiskWatcher::rewatch()
{
    m_reported.clear();
    const QStringList old = m_watcher.files() + m_watcher.directories();
    if (!old.isEmpty())
        m_watcher.removePaths(old);
    watch();
}

void DiskWatcher::watch()
{
    const QString path = m_path();
    if (path.isEmpty() || path.startsWith(QLatin1Char(':'))) // unsaved, or a bundled example
        return;
    const QFileInfo info(path);
    const QString folder = info.absolutePath();
    if (!m_watcher.directories().contains(folder))
        m_watcher.addPath(folder);
    if (info.exists() && !m_watcher.files().contains(path))
        m_watcher.addPath(path); // again after a rename replaced the file we watched
}

void DiskWatcher::checkNow()
{
    m_debounce.stop();
    watch();
    const FileStamp mine = m_stamp();
    if (mine.isNull())
        return;
    const FileStamp now = FileStamp::ofFile(m_path());
    if (now.sameContentAs(mine)) {
        m_reported.clear();
        return;
    }
    const DiskState state = now.exists ? DiskState::Changed : DiskState::Removed;
    const QByteArray what = now.exists ? now.sha256 : QByteArrayLiteral("removed");
    if (what == m_reported)
        return;
    m_reported = what;
    Q_EMIT changedOnDisk(state);
}

} // namespace sd
