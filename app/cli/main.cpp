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
    // The arguments as given, not QCoreApplication::arguments(): QGuiApplication takes Qt's own
    // options out of argv, and one of them is "-style" (the widget style), which would swallow
    // `export diagram --style straight` without a word.
    const int code = sd::runCli(early, context);
    out.flush();
    err.flush();
    return code;
}
