// SPDX-License-Identifier: MIT
// The start page (issue 16): on an untitled, empty design the canvas offers New, Open, the recent files and
// the bundled examples with a picture of each; it goes as soon as the design holds anything or has a file.
#include "catalog.h"
#include "canvasview.h"
#include "commands.h"
#include "design.h"
#include "designio.h"
#include "document.h"
#include "fragment.h"
#include "mainwindow.h"
#include "startpage.h"

#include <QDir>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

#include <set>

using namespace sd;

class TestStartPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void offersEveryExampleWithItsPicture();
    void anExampleBecomesAnUntitledDesign();
    void recentFilesOpen();
    void goesWhenTheDesignHoldsSomething();
    void aFileOpenedAtStartUpSkipsThePage();
};

namespace {
StartPage *startPageOf(MainWindow &window)
{
    return window.view()->viewport()->findChild<StartPage *>(QStringLiteral("startPage"));
}

QList<QToolButton *> buttons(StartPage *page, const QString &name)
{
    QList<QToolButton *> found;
    for (QToolButton *b : page->findChildren<QToolButton *>(name))
        found.append(b);
    return found;
}
} // namespace

void TestStartPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // recent files of the test, not of the user
    QSettings().remove(QStringLiteral("recentFiles"));
    MainWindow::setNonInteractive(true);
}

void TestStartPage::offersEveryExampleWithItsPicture()
{
    MainWindow window(Catalog::builtin());
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    StartPage *page = startPageOf(window);
    QVERIFY(page);
    QTRY_VERIFY(page->isVisible()); // decided once the event loop runs
    const QStringList bundled = QDir(QStringLiteral(SOURCE_DIR "/resources/examples"))
                                    .entryList({QStringLiteral("*.stackdraft.yaml")}, QDir::Files);
    const QList<QToolButton *> examples = buttons(page, QStringLiteral("startExample"));
    QCOMPARE(examples.size(), bundled.size());
    for (QToolButton *b : examples) {
        // A real picture of the design: many colours, not a blank or one-colour tile.
        const QImage image = b->icon().pixmap(b->iconSize()).toImage();
        std::set<QRgb> colours;
        for (int y = 0; y < image.height(); y += 2)
            for (int x = 0; x < image.width(); x += 2)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 20, qPrintable(b->toolTip()));
    }
    // The page fits the canvas and sits inside it.
    QVERIFY(window.view()->viewport()->rect().contains(page->geometry()));
    // No recent files yet: no "Recent" heading with nothing under it.
    QVERIFY(buttons(page, QStringLiteral("startRecent")).isEmpty());
}

void TestStartPage::anExampleBecomesAnUntitledDesign()
{
    MainWindow window(Catalog::builtin());
    StartPage *page = startPageOf(window);
    QVERIFY(page);
    QTRY_VERIFY(!buttons(page, QStringLiteral("startExample")).isEmpty());
    const QList<QToolButton *> examples = buttons(page, QStringLiteral("startExample"));
    const QString name = page->examples().front().name;
    QTest::mouseClick(examples.front(), Qt::LeftButton);
    QCOMPARE(window.document()->design().name, name);
    QVERIFY(window.document()->fileName().isEmpty()); // a copy: saving asks where
    QVERIFY(!window.document()->design().components().empty());
    QVERIFY(!page->isVisible());
}

void TestStartPage::recentFilesOpen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shop.stackdraft.yaml"));
    QVERIFY(QFile::copy(QStringLiteral(SOURCE_DIR "/resources/examples/e-commerce.stackdraft.yaml"), path));
    QSettings().setValue(QStringLiteral("recentFiles"), QStringList{path, dir.filePath(QStringLiteral("gone.stackdraft.yaml"))});
    MainWindow window(Catalog::builtin());
    window.show();
    StartPage *page = startPageOf(window);
    QVERIFY(page);
    QTRY_VERIFY(page->isVisible()); // decided once the event loop runs
    const QList<QToolButton *> recent = buttons(page, QStringLiteral("startRecent"));
    QCOMPARE(recent.size(), 1); // the file that no longer exists is not offered
    QVERIFY(recent.front()->text().startsWith(QStringLiteral("shop.stackdraft.yaml")));
    QTest::mouseClick(recent.front(), Qt::LeftButton);
    QCOMPARE(window.document()->fileName(), path);
    QVERIFY(!page->isVisible());
    QSettings().remove(QStringLiteral("recentFiles"));
}

void TestStartPage::goesWhenTheDesignHoldsSomething()
{
    MainWindow window(Catalog::builtin());
    window.show();
    StartPage *page = startPageOf(window);
    QVERIFY(page);
    QTRY_VERIFY(page->isVisible()); // decided once the event loop runs
    Document *doc = window.document();
    Component c;
    c.id = QStringLiteral("api");
    c.kind = QStringLiteral("microservice");
    c.name = QStringLiteral("API");
    DesignFragment added;
    added.components.push_back(c);
    doc->undoStack()->push(new AddItems(doc, added, QStringLiteral("Add API")));
    QVERIFY(!page->isVisible());
    doc->undoStack()->undo(); // empty again: the page is back
    QVERIFY(page->isVisible());
}

void TestStartPage::aFileOpenedAtStartUpSkipsThePage()
{
    // As main() does with a file on the command line: the page is never built, its examples never loaded.
    MainWindow window(Catalog::builtin());
    window.show();
    QVERIFY(window.openFile(QStringLiteral(SOURCE_DIR "/resources/examples/e-commerce.stackdraft.yaml")));
    QCoreApplication::processEvents();
    StartPage *page = startPageOf(window);
    QVERIFY(page && !page->isVisible());
    QVERIFY(page->examples().empty());
}

QTEST_MAIN(TestStartPage)
#include "tst_startpage.moc"
