// SPDX-License-Identifier: MIT
#include "catalog.h"
#include "document.h"
#include "mainwindow.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Stackdraft"));
    QApplication::setOrganizationName(QStringLiteral("Stackdraft"));
    QApplication::setApplicationVersion(QStringLiteral(STACKDRAFT_VERSION));

    // The language setting wins over the system locale; Qt's own strings follow too.
    sd::installTranslations(sd::preferredLocale());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Stackdraft architecture design studio"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("design"), QApplication::translate("main", "Design file to open."));
    parser.process(app);

    sd::MainWindow window(sd::Catalog::builtin());
    window.show();
    const QStringList files = parser.positionalArguments();
    QTimer::singleShot(0, &window, [&window, files] {
        window.offerRecovery();
        if (!files.isEmpty() && !window.document()->isModified())
            window.openFile(files.first());
    });
    return app.exec();
}
