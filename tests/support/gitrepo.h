// SPDX-License-Identifier: MIT
// A real git repository for the tests of diff, merge and compare: commits in a temporary folder.
#pragma once

#include "process.h"

#include <QTemporaryDir>

namespace sd::test {

/// Commits need an author, and nobody's own git configuration may change what the tests see:
/// call once before any Repo (initTestCase). False when git cannot be run.
bool isolateGit();

/// A git repository in a temporary folder (branch "main"); git runs with -C on it.
class Repo
{
public:
    Repo();
    QString path(const QString &name = {}) const { return name.isEmpty() ? m_dir.path() : m_dir.filePath(name); }
    Run git(const QStringList &args) const;
    /// Adds everything and commits it.
    bool commit(const QString &message);

private:
    QTemporaryDir m_dir;
};

} // namespace sd::test
