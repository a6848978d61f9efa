// SPDX-License-Identifier: MIT
#include "golden.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <algorithm>

namespace sd::test {

namespace {

QString write(const QString &path, const QByteArray &contents)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return QStringLiteral("%1: cannot create its folder").arg(path);
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(contents) != contents.size() || !out.flush())
        return QStringLiteral("%1: cannot be written: %2").arg(path, out.errorString());
    qInfo("wrote golden file %s", qPrintable(path));
    return {};
}

/// The first line where two texts differ, as "path:line: expected '...', got '...'".
QString firstDifference(const QString &path, const QByteArray &expected, const QByteArray &actual)
{
    const QList<QByteArray> want = expected.split('\n');
    const QList<QByteArray> got = actual.split('\n');
    for (qsizetype i = 0; i < std::max(want.size(), got.size()); ++i)
        if (i >= want.size() || i >= got.size() || want[i] != got[i])
            return QStringLiteral("%1:%2: expected '%3', got '%4' (STACKDRAFT_UPDATE_GOLDEN=1 rewrites the golden files)")
                .arg(path)
                .arg(i + 1)
                .arg(i < want.size() ? QString::fromUtf8(want[i]) : QStringLiteral("<end of file>"),
                     i < got.size() ? QString::fromUtf8(got[i]) : QStringLiteral("<end of file>"));
    return {};
}

} // namespace

bool updatingGoldenFiles() { return qEnvironmentVariableIntValue("STACKDRAFT_UPDATE_GOLDEN") == 1; }

QString goldenMismatch(const QString &path, const QByteArray &actual)
{
    if (updatingGoldenFiles())
        return write(path, actual);
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return QStringLiteral("%1: golden file missing (STACKDRAFT_UPDATE_GOLDEN=1 writes it)").arg(path);
    const QByteArray expected = in.readAll();
    return expected == actual ? QString() : firstDifference(path, expected, actual);
}

QString goldenFolderMismatch(const QString &folder, const QMap<QString, QByteArray> &files)
{
    if (updatingGoldenFiles()) {
        QDir(folder).removeRecursively();
        for (auto it = files.cbegin(); it != files.cend(); ++it)
            if (const QString problem = write(folder + QLatin1Char('/') + it.key(), it.value()); !problem.isEmpty())
                return problem;
        return {};
    }
    QStringList expected;
    for (QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories); it.hasNext();)
        expected.append(QDir(folder).relativeFilePath(it.next()));
    expected.sort();
    const QStringList produced = files.keys(); // sorted
    if (produced != expected)
        return QStringLiteral("%1: the export writes %2, the golden folder holds %3 (STACKDRAFT_UPDATE_GOLDEN=1 rewrites it)")
            .arg(folder, produced.join(QLatin1String(", ")), expected.join(QLatin1String(", ")));
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        if (const QString problem = goldenMismatch(folder + QLatin1Char('/') + it.key(), it.value()); !problem.isEmpty())
            return problem;
    return {};
}

} // namespace sd::test
