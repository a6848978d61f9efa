// SPDX-License-Identifier: MIT
#include "catalog.h"
#include "cli.h"
#include "diagramcommand.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    // Only painting a diagram needs fonts, hence a GUI application; it runs on the offscreen
    // platform unless the user chose one, so that CI needs no display.
    QStringList early;
    for (int i = 1; i < argc; ++i)
        early.append(QString::fromLocal8Bit(argv[i]));
    std::unique_ptr<QCoreApplication> app;
    if (sd::wantsGui(early)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
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
