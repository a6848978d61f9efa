// SPDX-License-Identifier: MIT
#include "designsource.h"

#include "designio.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QProcess>

namespace sd {

namespace {

struct GitRun {
    bool started = false;
    int code = -1;
    QByteArray out;
    QString err;
};

/// Runs git in `folder` (or the current one). Arguments are passed as a list, never through a shell.
GitRun git(const QStringList &args, const QString &folder)
{
    GitRun run;
    QProcess process;
    if (!folder.isEmpty())
        process.setWorkingDirectory(folder);
    process.start(QStringLiteral("git"), args);
    if (!process.waitForStarted(10'000))
        return run;
    run.started = true;
    process.closeWriteChannel();
    // Read as it comes, so that a huge blob is cut at the size limit instead of filling memory.
    while (process.state() != QProcess::NotRunning) {
        process.waitForReadyRead(60'000);
        run.out += process.readAllStandardOutput();
        if (run.out.size() > kMaxDesignFileBytes) {
            process.kill();
            process.waitForFinished();
            break;
        }
    }
    run.out += process.readAllStandardOutput();
    run.err = QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
    run.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return run;
}

} // namespace

// The messages keep the "Cli" context they had when this lived in app/cli: the CLI prints them
// unchanged, and their translations carry over.
DesignSource loadDesignSource(const QString &spec, const Catalog &catalog, const QString &gitFolder)
{
    DesignSource source;
    source.spec = spec;
    source.path = spec;
    const auto loaded = [&](LoadResult result) {
        source.diagnostics = std::move(result.diagnostics);
        if (!result.ok())
            return source;
        source.design = std::move(result.design);
        source.fileVersion = result.fileVersion;
        source.sourceMarks = std::move(result.sourceMarks);
        return source;
    };
    const auto failed = [&](const QString &error) {
        source.error = error;
        return source;
    };
    const qsizetype colon = spec.indexOf(QLatin1Char(':'));
    if (QFileInfo::exists(spec) || colon <= 0)
        return loaded(loadDesign(spec, catalog));
    source.revision = spec.left(colon);
    source.path = spec.mid(colon + 1);
    if (source.path.isEmpty() || source.revision.startsWith(QLatin1Char('-')))
        return failed(QCoreApplication::translate("Cli", "%1: give a file, or REV:PATH for a file at a git revision\n").arg(spec));
    const GitRun commit = git({QStringLiteral("rev-parse"), QStringLiteral("--verify"), QStringLiteral("--quiet"),
                               QStringLiteral("--end-of-options"), source.revision + QStringLiteral("^{commit}")},
                              gitFolder);
    if (!commit.started)
        return failed(QCoreApplication::translate("Cli", "%1: git could not be run, so the revision cannot be read\n").arg(spec));
    if (commit.code != 0)
        return failed(QCoreApplication::translate("Cli", "%1: no such file, and '%2' is not a git revision here\n").arg(spec, source.revision));
    const QString object = source.revision + QLatin1Char(':') + source.path;
    const GitRun exists = git({QStringLiteral("cat-file"), QStringLiteral("-e"), QStringLiteral("--end-of-options"), object}, gitFolder);
    if (exists.code != 0) {
        // The design is new (or gone) at that revision: compare with nothing.
        source.missing = true;
        source.design = Design();
        return source;
    }
    const GitRun shown = git({QStringLiteral("cat-file"), QStringLiteral("blob"), object}, gitFolder);
    if (shown.code != 0)
        return failed(QCoreApplication::translate("Cli", "%1: git cannot read it: %2\n").arg(spec, shown.err));
    if (shown.out.size() > kMaxDesignFileBytes)
        return failed(QCoreApplication::translate("Cli", "%1: the file is larger than %2 MiB\n").arg(spec).arg(kMaxDesignFileBytes / (1024 * 1024)));
    return loaded(readDesign(shown.out.toStdString(), formatForPath(source.path), spec, catalog));
}

bool isInGitWorkTree(const QString &folder)
{
    const GitRun run = git({QStringLiteral("rev-parse"), QStringLiteral("--is-inside-work-tree")}, folder);
    return run.code == 0 && run.out.trimmed() == "true";
}

QStringList gitRevisionNames(const QString &folder, int limit)
{
    const GitRun run = git({QStringLiteral("for-each-ref"), QStringLiteral("--sort=-committerdate"), QStringLiteral("--count=%1").arg(limit),
                            QStringLiteral("--format=%(refname:short)"), QStringLiteral("refs/heads"), QStringLiteral("refs/tags")},
                           folder);
    if (run.code != 0)
        return {};
    return QString::fromUtf8(run.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace sd
