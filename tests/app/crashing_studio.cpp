// SPDX-License-Identifier: MIT
// Test helper: a studio session that makes an unsaved edit, waits until the autosave
// has written it, and then dies without cleaning up, as a crash would.
#include "catalog.h"
#include "commands.h"
#include "document.h"
#include "mainwindow.h"
#include "recovery.h"

#include <QApplication>
#include <QFile>
#include <QTimer>

#include <csignal>
#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc < 2)
        return 2;
    sd::MainWindow::setNonInteractive(true);
    sd::MainWindow window(sd::Catalog::builtin());
    if (!window.openFile(QString::fromLocal8Bit(argv[1])))
        return 3;
    window.recovery()->setDelay(50);
    const QString id = window.document()->design().components().front().id;
    window.document()->undoStack()->push(new sd::RenameItem(window.document(), id, QStringLiteral("Renamed before the crash")));
    QTimer::singleShot(1000, [] {
        std::printf("autosaved\n");
        std::fflush(stdout);
        std::raise(SIGKILL); // no destructors, no clean-up: the recovery file stays
    });
    return app.exec();
}
