// SPDX-License-Identifier: MIT
#include "filestamp.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace sd {

FileStamp FileStamp::ofBytes(const QString &path, const QByteArray &bytes)
{
    const QFileInfo info(path);
    FileStamp stamp;
    stamp.exists = info.exists();
    stamp.modified = info.lastModified();
    stamp.size = bytes.size();
    stamp.sha256 = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    return stamp;
}

FileStamp FileStamp::ofFile(const QString &path)
{
    const QFileInfo info(path);
    FileStamp stamp;
    if (!info.isFile())
        return stamp;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return stamp;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return stamp;
    stamp.exists = true;
    stamp.modified = info.lastModified();
    stamp.size = file.size();
    stamp.sha256 = hash.result().toHex();
    return stamp;
}

bool FileStamp::sameContentAs(const FileStamp &other) const
{
    return exists && other.exists && size == other.size && !sha256.isEmpty() && sha256 == other.sha256;
}

DiskState diskStateOf(const QString &path, const FileStamp &stamp)
{
    if (path.isEmpty() || stamp.isNull())
        return DiskState::Unchanged;
    // Always the hash, never time and size alone: two saves within one clock tick of the file
    // system, with the same length, would otherwise look like one.
    const FileStamp now = FileStamp::ofFile(path);
    if (!now.exists)
        return DiskState::Removed;
    return now.sameContentAs(stamp) ? DiskState::Unchanged : DiskState::Changed;
}

} // namespace sd
