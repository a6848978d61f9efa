// SPDX-License-Identifier: MIT
#include "process.h"

#include <QProcess>

namespace sd::test {

Run runProcess(const QString &program, const QStringList &args, const QByteArray &input)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForStarted(30000))
        return {-1, {}, QStringLiteral("cannot start %1: %2").arg(program, p.errorString())};
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(300000)) {
        p.kill();
        p.waitForFinished(5000);
        return {-1, QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError()) + QStringLiteral("\n%1 did not finish within five minutes").arg(program)};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

Run runCli(const QStringList &args, const QByteArray &input)
{
    return runProcess(QStringLiteral(CLI_EXECUTABLE), args, input);
}

Run runPython(const QStringList &args, const QByteArray &input)
{
    return runProcess(QStringLiteral(PYTHON_EXECUTABLE), args, input);
}

} // namespace sd::test
