// SPDX-License-Identifier: MIT
#include "catalog.h"
#include "cli.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("stackdraft-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STACKDRAFT_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    sd::CliContext context{out, err, sd::Catalog::builtin()};
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    const int code = sd::runCli(arguments, context);
    out.flush();
    err.flush();
    return code;
}
