// SPDX-License-Identifier: MIT
#include "smallfs.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/mount.h>
#include <sys/statvfs.h>
#include <unistd.h>

namespace sd::test {

namespace {
constexpr const char *kBallast = ".ballast";
}

SmallFileSystem::SmallFileSystem(int kib)
{
    if (!m_dir.isValid()) {
        m_reason = QStringLiteral("no scratch folder");
        return;
    }
    if (::geteuid() != 0) {
        m_reason = QStringLiteral("mounting a small tmpfs needs root; the fault-injection seam covers this case instead");
        return;
    }
    const QByteArray options = QByteArray("size=") + QByteArray::number(kib) + "k,mode=0777";
    if (::mount("tmpfs", QFile::encodeName(m_dir.path()).constData(), "tmpfs", MS_NOSUID | MS_NODEV, options.constData()) != 0) {
        m_reason = QStringLiteral("cannot mount a tmpfs here: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        return;
    }
    m_mounted = true;
}

SmallFileSystem::~SmallFileSystem()
{
    if (m_mounted)
        ::umount2(QFile::encodeName(m_dir.path()).constData(), MNT_DETACH);
}

void SmallFileSystem::fill(qint64 leftBytes)
{
    const QByteArray ballast = QFile::encodeName(filePath(QString::fromLatin1(kBallast)));
    const int fd = ::open(ballast.constData(), O_WRONLY | O_CREAT | O_APPEND, 0600);
    if (fd < 0)
        return;
    const QByteArray block(4096, 'x');
    for (;;) {
        struct statvfs fs {};
        if (::fstatvfs(fd, &fs) != 0)
            break;
        const qint64 free = qint64(fs.f_bavail) * qint64(fs.f_frsize);
        if (free <= leftBytes)
            break;
        const qint64 chunk = std::min<qint64>(block.size(), free - leftBytes);
        if (::write(fd, block.constData(), size_t(chunk)) <= 0)
            break;
    }
    ::fsync(fd);
    ::close(fd);
}

void SmallFileSystem::drain() { ::unlink(QFile::encodeName(filePath(QString::fromLatin1(kBallast))).constData()); }

} // namespace sd::test
