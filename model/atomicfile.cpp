// SPDX-License-Identifier: MIT
#include "atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace sd {

namespace {

QString osError(int code) { return QString::fromLocal8Bit(std::strerror(code)); }

WriteOutcome failed(const QString &reason) { return {false, reason}; }

/// The injected failure for `path`, if the test seam asks for one: an errno, or -1 for "short".
int injectedFault(const QString &path)
{
    const QByteArray spec = qgetenv("STACKDRAFT_FAULT_INJECT_WRITE");
    if (spec.isEmpty())
        return 0;
    const qsizetype colon = spec.indexOf(':');
    const QByteArray name = colon < 0 ? spec : spec.left(colon);
    const QString match = colon < 0 ? QString() : QString::fromUtf8(spec.mid(colon + 1));
    if (!match.isEmpty() && !path.contains(match))
        return 0;
    if (name == "ENOSPC")
        return ENOSPC;
    if (name == "EIO")
        return EIO;
    if (name == "EACCES")
        return EACCES;
    if (name == "SHORT")
        return -1;
    return 0;
}

/// write(2) until every byte is out; a short count with no error is retried, as POSIX allows it.
int writeAll(int fd, const char *data, qint64 size)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size_t(size));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return errno;
        }
        if (n == 0)
            return EIO;
        data += n;
        size -= n;
    }
    return 0;
}

/// Reads the temporary file back: what is on disk must be exactly what we meant to write.
QString verify(const QByteArray &tempName, const QByteArray &bytes)
{
    struct stat st {};
    if (::stat(tempName.constData(), &st) != 0)
        return osError(errno);
    if (st.st_size != bytes.size())
        return QCoreApplication::translate("AtomicFile", "only %1 of %2 bytes reached the disk").arg(qint64(st.st_size)).arg(bytes.size());
    const int fd = ::open(tempName.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return osError(errno);
    QByteArray back(bytes.size(), Qt::Uninitialized);
    qint64 done = 0;
    while (done < back.size()) {
        const ssize_t n = ::read(fd, back.data() + done, size_t(back.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        done += n;
    }
    ::close(fd);
    if (done != bytes.size() || back != bytes)
        return QCoreApplication::translate("AtomicFile", "the file read back differs from what was written");
    return {};
}

/// The folder's entry for the renamed file must reach the disk too, or a crash can undo the rename.
void syncFolder(const QString &folder)
{
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd); // some file systems refuse fsync on folders (EINVAL); the rename is done either way
        ::close(fd);
    }
}

} // namespace

WriteOutcome writeFileAtomically(const QString &path, const QByteArray &bytes, SymlinkPolicy symlinks)
{
    QString target = QFileInfo(path).absoluteFilePath();
    const QByteArray encoded = QFile::encodeName(target);
    struct stat existing {};
    bool exists = false;
    if (::lstat(encoded.constData(), &existing) == 0) {
        exists = true;
        if (S_ISLNK(existing.st_mode)) {
            if (symlinks == SymlinkPolicy::Refuse)
                return failed(QCoreApplication::translate("AtomicFile", "it is a symbolic link; Stackdraft does not write through links here"));
            const QString resolved = QFileInfo(target).canonicalFilePath();
            if (resolved.isEmpty())
                return failed(QCoreApplication::translate("AtomicFile", "it is a symbolic link to nothing"));
            target = resolved;
            if (::stat(QFile::encodeName(target).constData(), &existing) != 0)
                return failed(osError(errno));
        }
        if (!S_ISREG(existing.st_mode))
            return failed(QCoreApplication::translate("AtomicFile", "it exists and is not a regular file"));
    } else if (errno != ENOENT) {
        return failed(osError(errno));
    }

    const QFileInfo targetInfo(target);
    const QString folder = targetInfo.absolutePath();
    const QString tempPath = QStringLiteral("%1/.%2.%3.tmp").arg(folder, targetInfo.fileName())
                                 .arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
    const QByteArray tempName = QFile::encodeName(tempPath);
    const int fd = ::open(tempName.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd < 0)
        return failed(osError(errno));
    auto abandon = [&](const QString &reason) {
        ::unlink(tempName.constData());
        return failed(reason);
    };
    if (exists)
        ::fchmod(fd, existing.st_mode & 07777); // keep the file's permissions; best effort, like QSaveFile

    const int fault = injectedFault(target);
    int code = 0;
    if (fault > 0)
        code = fault;
    else
        code = writeAll(fd, bytes.constData(), fault < 0 ? bytes.size() / 2 : bytes.size());
    if (code == 0 && ::fsync(fd) != 0)
        code = errno; // delayed allocation reports a full disk here
    if (::close(fd) != 0 && code == 0)
        code = errno;
    if (code != 0)
        return abandon(osError(code));
    const QString mismatch = verify(tempName, bytes);
    if (!mismatch.isEmpty())
        return abandon(mismatch);
    if (::rename(tempName.constData(), QFile::encodeName(target).constData()) != 0)
        return abandon(osError(errno));
    syncFolder(folder);
    return {true, {}};
}

} // namespace sd
