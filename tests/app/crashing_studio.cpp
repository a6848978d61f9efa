// SPDX-License-Identifier: MIT
// Test helper: a studio session that makes unsaved edits, waits until the autosave has written
// them, and then dies without cleaning up, as a crash would.
//   crashing_studio FILE                  renames the first component
//   crashing_studio FILE --deletes STATE  also deletes an answer, an accepted finding and a
//                                         component, changes an answer, and writes the design as it
//                                         was at the crash to STATE, for the test to compare with
#include "catalog.h"
#include "commands.h"
#include "designio.h"
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
    sd::Document *document = window.document();
    QUndoStack *stack = document->undoStack();
    const QString id = document->design().components().front().id;
    stack->push(new sd::RenameItem(document, id, QStringLiteral("Renamed before the crash")));
    if (argc == 4 && qstrcmp(argv[2], "--deletes") == 0) {
        const sd::Design &d = document->design();
        if (d.answers().size() < 2 || d.acceptedFindings().empty())
            return 4;
        stack->push(new sd::SetAnswer(document, d.answers().front().question, std::nullopt));
        sd::Answer changed = d.answers().front();
        changed.value = qint64(123456);
        changed.note = QStringLiteral("changed before the crash");
        stack->push(new sd::SetAnswer(document, changed.question, changed));
        stack->push(new sd::SetAcceptedFinding(document, d.acceptedFindings().front().finding, std::nullopt));
        stack->push(new sd::RemoveItems(document, {d.components().back().id}));
        QFile state(QString::fromLocal8Bit(argv[3]));
        if (!state.open(QIODevice::WriteOnly) || state.write(sd::writeDesign(d, sd::DesignFormat::Yaml)) < 0)
            return 5;
    }
    QTimer::singleShot(1000, [] {
        std::printf("autosaved\n");
        std::fflush(stdout);
        std::raise(SIGKILL); // no destructors, no clean-up: the recovery file stays
    });
    return app.exec();
}
