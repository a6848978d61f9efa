// SPDX-License-Identifier: MIT
#include "designsource.h"

#include "clicommands.h"
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

/// Runs git in the current folder. Arguments are passed as a list, never through a shell.
GitRun git(const QStringList &args)
{
    GitRun run;
    QProcess process;
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

std::optional<DesignSource> loadDesignSource(const QString &spec, CliContext &context)
{
    DesignSource source;
    source.spec = spec;
    source.path = spec;
    const auto loaded = [&](LoadResult result) -> std::optional<DesignSource> {
        for (const Diagnostic &d : result.diagnostics)
            context.err << d.toString() << '\n';
        if (!result.ok())
            return std::nullopt;
        source.design = std::move(result.design);
        source.fileVersion = result.fileVersion;
        source.sourceMarks = std::move(result.sourceMarks);
        return source;
    };
    const qsizetype colon = spec.indexOf(QLatin1Char(':'));
    if (QFileInfo::exists(spec) || colon <= 0)
        return loaded(loadDesign(spec, context.catalog));
    source.revision = spec.left(colon);
    source.path = spec.mid(colon + 1);
    if (source.path.isEmpty() || source.revision.startsWith(QLatin1Char('-'))) {
        context.err << QCoreApplication::translate("Cli", "%1: give a file, or REV:PATH for a file at a git revision\n").arg(spec);
        return std::nullopt;
    }
    const GitRun commit = git({QStringLiteral("rev-parse"), QStringLiteral("--verify"), QStringLiteral("--quiet"),
                               QStringLiteral("--end-of-options"), source.revision + QStringLiteral("^{commit}")});
    if (!commit.started) {
        context.err << QCoreApplication::translate("Cli", "%1: git could not be run, so the revision cannot be read\n").arg(spec);
        return std::nullopt;
    }
    if (commit.code != 0) {
        context.err << QCoreApplication::translate("Cli", "%1: no such file, and '%2' is not a git revision here\n").arg(spec, source.revision);
        return std::nullopt;
    }
    const QString object = source.revision + QLatin1Char(':') + source.path;
    const GitRun exists = git({QStringLiteral("cat-file"), QStringLiteral("-e"), QStringLiteral("--end-of-options"), object});
    if (exists.code != 0) {
        // The design is new (or gone) at that revision: compare with nothing.
        source.missing = true;
        source.design = Design();
        return source;
    }
    const GitRun shown = git({QStringLiteral("cat-file"), QStringLiteral("blob"), object});
    if (shown.code != 0) {
        context.err << QCoreApplication::translate("Cli", "%1: git cannot read it: %2\n").arg(spec, shown.err);
        return std::nullopt;
    }
    if (shown.out.size() > kMaxDesignFileBytes) {
        context.err << QCoreApplication::translate("Cli", "%1: the file is larger than %2 MiB\n").arg(spec).arg(kMaxDesignFileBytes / (1024 * 1024));
        return std::nullopt;
    }
    return loaded(readDesign(shown.out.toStdString(), formatForPath(source.path), spec, context.catalog));
}

} // namespace sd
