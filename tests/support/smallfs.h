// SPDX-License-Identifier: MIT
// A real, tiny file system for disk-full tests: a tmpfs mounted on a scratch folder.
#pragma once

#include <QString>
#include <QTemporaryDir>

namespace sd::test {

/**
 * Mounts a tmpfs of `kib` KiB (needs root, or CAP_SYS_ADMIN). When it cannot, `skipReason()`
 * says why, and the test skips with that reason printed rather than pretend to have run.
 * Unmounted on destruction.
 */
class SmallFileSystem
{
public:
    explicit SmallFileSystem(int kib);
    ~SmallFileSystem();
    SmallFileSystem(const SmallFileSystem &) = delete;
    SmallFileSystem &operator=(const SmallFileSystem &) = delete;

    bool mounted() const { return m_mounted; }
    QString skipReason() const { return m_reason; }
    QString path() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    /// Fills what is left with a ballast file, so the next write of more than `leftBytes` fails.
    void fill(qint64 leftBytes = 0);
    /// Frees the ballast again.
    void drain();

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
    QString m_reason;
};

} // namespace sd::test
