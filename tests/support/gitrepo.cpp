// SPDX-License-Identifier: MIT
#include "gitrepo.h"

namespace sd::test {

bool isolateGit()
{
    qputenv("GIT_AUTHOR_NAME", "Stackdraft Test");
    qputenv("GIT_AUTHOR_EMAIL", "test@example.com");
    qputenv("GIT_COMMITTER_NAME", "Stackdraft Test");
    qputenv("GIT_COMMITTER_EMAIL", "test@example.com");
    qputenv("GIT_CONFIG_NOSYSTEM", "1");
    qputenv("GIT_CONFIG_GLOBAL", "/dev/null");
    return runProcess(QStringLiteral("git"), {QStringLiteral("--version")}).code == 0;
}

Repo::Repo()
{
    git({QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("main")});
}

Run Repo::git(const QStringList &args) const
{
    return runProcess(QStringLiteral("git"), QStringList{QStringLiteral("-C"), m_dir.path()} + args);
}

bool Repo::commit(const QString &message)
{
    return git({QStringLiteral("add"), QStringLiteral("-A")}).code == 0
           && git({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), message}).code == 0;
}

} // namespace sd::test
