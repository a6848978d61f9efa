// SPDX-License-Identifier: MIT
// Renders the studio's main states to PNG files, for looking at the GUI as a user
// does and for the README. Usage: stackdraft-screenshots OUTDIR [--dark] [--lang de]
// With --scale DESIGN it opens one (large) design instead, fits, pans at 100 %, saves a copy,
// and prints how long each step took, with a screenshot after each.
#include "canvasscene.h"
#include "canvasview.h"
#include "comparemode.h"
#include "compareprompts.h"
#include "catalog.h"
#include "document.h"
#include "fileprompts.h"
#include "generator.h"
#include "kindpicker.h"
#include "designio.h"
#include "findingspanel.h"
#include "mainwindow.h"
#include "merge.h"
#include "palettewidget.h"
#include "translations.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QPalette>
#include <QTemporaryDir>
#include <QStyleFactory>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace sd;

namespace {

/// Lets the window finish what it does a moment after a change: the findings' background
/// validation, the overview's redraw (OverviewMap::kRefreshDelayMs after the scene settles).
void settle()
{
    for (int i = 0; i < 10; ++i) {
        QCoreApplication::processEvents();
        QTest::qWait(60);
    }
}

void shoot(QWidget &window, const QString &dir, const QString &name)
{
    settle();
    const QString path = QDir(dir).filePath(name + QStringLiteral(".png"));
    if (!window.grab().save(path))
        qFatal("cannot write %s", qPrintable(path));
    qInfo("%s", qPrintable(path));
}

/// Shoots the modal dialog that `open` shows, then closes it (as Escape would).
void shootDialog(const QString &dir, const QString &name, const std::function<void()> &open)
{
    QTimer::singleShot(100, [dir, name] {
        QWidget *dialog = QApplication::activeModalWidget();
        if (!dialog)
            qFatal("no dialog for %s", qPrintable(name));
        shoot(*dialog, dir, name);
        dialog->close();
    });
    open();
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(45, 45, 48));
    p.setColor(QPalette::WindowText, QColor(230, 230, 230));
    p.setColor(QPalette::Base, QColor(32, 32, 34));
    p.setColor(QPalette::AlternateBase, QColor(45, 45, 48));
    p.setColor(QPalette::Text, QColor(230, 230, 230));
    p.setColor(QPalette::Button, QColor(53, 53, 56));
    p.setColor(QPalette::ButtonText, QColor(230, 230, 230));
    p.setColor(QPalette::Highlight, QColor(47, 128, 237));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(53, 53, 56));
    p.setColor(QPalette::ToolTipText, QColor(230, 230, 230));
    p.setColor(QPalette::PlaceholderText, QColor(150, 150, 150));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(120, 120, 120));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(120, 120, 120));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(120, 120, 120));
    return p;
}

/**
 * Compare mode (issue 19) on the pull request of the diff's golden comment: one availability zone
 * is enough for now. us-east-1b goes, the fulfilment worker moves to us-east-1a, the order service
 * drops to one replica, the database loses its standby, and an audit log comes.
 */
void shootCompare(MainWindow &window, const QString &example, const QString &out)
{
    Design d = *loadDesign(example, Catalog::builtin()).design;
    d.setParentZone(QStringLiteral("fulfilment"), QStringLiteral("us-east-1a"));
    d.mutableZone(QStringLiteral("us-east-1a"))->size = QSizeF(260, 262); // room for the worker below the cache
    d.mutableComponent(QStringLiteral("fulfilment"))->position = QPointF(40, 176);
    d.removeZone(QStringLiteral("us-east-1b"));
    d.mutableComponent(QStringLiteral("orders"))->properties[QStringLiteral("replicas")] = qint64(1);
    d.mutableComponent(QStringLiteral("shop-db"))->properties[QStringLiteral("multiAz")] = false;
    Component audit = *d.component(QStringLiteral("logs"));
    audit.id = QStringLiteral("audit-log");
    audit.name = QStringLiteral("Audit log");
    audit.position += QPointF(-200, 0); // the free room left of the logs
    audit.properties.clear();
    d.addComponent(audit);
    QTemporaryDir dir;
    const QString changed = dir.filePath(QStringLiteral("e-commerce.stackdraft.yaml"));
    QString error;
    if (!saveDesign(d, changed, DesignFormat::Yaml, &error) || !window.openFile(changed))
        qFatal("cannot write the changed shop: %s", qPrintable(error));
    settle();
    window.view()->zoomToFit();
    if (!window.compareMode()->compareWithFile(example))
        qFatal("cannot compare with %s", qPrintable(example));
    shoot(window, out, QStringLiteral("e-commerce-compare"));
    shootDialog(out, QStringLiteral("compare-dialog"), [&] { ComparePrompts::dialogs(&window).chooseTarget(changed); });
    window.compareMode()->leave();

    // A file `stackdraft-cli merge` left with conflicts, and the dialog that resolves them.
    const LoadResult shop = loadDesign(example, window.document()->catalog());
    Design ours = *shop.design, theirs = *shop.design;
    ours.mutableComponent(QStringLiteral("orders"))->properties[QStringLiteral("replicas")] = qint64(3);
    theirs.mutableComponent(QStringLiteral("orders"))->properties[QStringLiteral("replicas")] = qint64(5);
    ours.mutableComponent(QStringLiteral("email"))->name = QStringLiteral("Mailer");
    theirs.mutableComponent(QStringLiteral("email"))->name = QStringLiteral("Post office");
    theirs.removeComponent(QStringLiteral("session-cache"));
    ours.mutableComponent(QStringLiteral("session-cache"))->properties[QStringLiteral("replicas")] = qint64(3);
    const QString merged = dir.filePath(QStringLiteral("merged.stackdraft.yaml"));
    if (!saveDesign(DesignMerge::merge(*shop.design, ours, theirs).merged, merged, DesignFormat::Yaml, &error) || !window.openFile(merged))
        qFatal("cannot write the merged shop: %s", qPrintable(error));
    shootDialog(out, QStringLiteral("merge-conflicts"), [&] { window.findChild<QAction *>(QStringLiteral("resolveConflicts"))->trigger(); });
    if (!window.openFile(example))
        qFatal("cannot open %s", qPrintable(example));
}

void sendMouse(QWidget *viewport, QEvent::Type type, QPoint pos, Qt::MouseButtons buttons)
{
    const Qt::MouseButton button = type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton;
    QMouseEvent event(type, pos, viewport->mapToGlobal(pos), button, buttons, Qt::NoModifier);
    QApplication::sendEvent(viewport, &event);
}

/// The canvas gestures of issue 16 at Fit, as the examples open: the connect handles of the card
/// under the mouse, and the guide a card dragged under `anchorId` lines up with (then Esc).
void shootGestures(MainWindow &window, const QString &out, const QString &cardId, const QString &anchorId)
{
    CanvasView *view = window.view();
    CanvasScene *scene = window.scene();
    view->zoomToFit();
    const QRectF card = scene->componentItem(cardId)->sceneCard();
    const QRectF anchor = scene->componentItem(anchorId)->sceneCard();
    sendMouse(view->viewport(), QEvent::MouseMove, view->mapFromScene(card.center()), Qt::NoButton);
    shoot(window, out, QStringLiteral("canvas-hover-handles"));
    scene->selectIds({cardId});
    // Grabbed off-centre, away from the handles; dropped under the anchor, a little off its left edge.
    const QPointF grab = card.center() + QPointF(card.width() / 4, 0);
    const QPointF to = grab + QPointF(anchor.left() + 3 - card.left(), anchor.bottom() + 60 - card.top());
    const QPoint from = view->mapFromScene(grab);
    sendMouse(view->viewport(), QEvent::MouseButtonPress, from, Qt::LeftButton);
    for (int i = 1; i <= 8; ++i)
        sendMouse(view->viewport(), QEvent::MouseMove, from + (view->mapFromScene(to) - from) * i / 8, Qt::LeftButton);
    shoot(window, out, QStringLiteral("canvas-guides"));
    QTest::keyClick(view, Qt::Key_Escape);
    sendMouse(view->viewport(), QEvent::MouseButtonRelease, view->mapFromScene(to), Qt::NoButton);
    scene->selectIds({});

    // The picker a connection dropped on nothing offers (grabbed while it is open, then closed).
    QTimer::singleShot(400, &window, [&window, out] {
        if (QWidget *menu = QApplication::activePopupWidget()) {
            QPixmap shot(menu->size() + QSize(24, 24));
            shot.fill(menu->palette().color(QPalette::Window));
            menu->render(&shot, QPoint(12, 12));
            shot.save(QDir(out).filePath(QStringLiteral("connect-picker.png")));
            menu->close();
        }
    });
    const Design &design = window.document()->design();
    KindMenu::popup(window.document()->catalog(), &window)(kindsMostCommonFirst(design, window.document()->catalog()),
                                                           view->mapToGlobal(view->rect().center()));
}

/// A large design as a user meets it: open, fit, pan at 100 %, save. Returns the exit code.
int shootScale(MainWindow &window, const QString &design, const QString &out)
{
    QElapsedTimer clock;
    clock.start();
    if (!window.openFile(design))
        qFatal("cannot open %s", qPrintable(design));
    const qint64 opened = clock.elapsed();
    QCoreApplication::processEvents(); // the first frame
    const qint64 firstFrame = clock.elapsed();
    const size_t components = window.document()->design().components().size();
    qInfo("opened %lld components in %lld ms, first frame at %lld ms", qlonglong(components), opened, firstFrame);
    window.view()->zoomToFit();
    shoot(window, out, QStringLiteral("scale-fit"));

    window.view()->zoomToActualSize();
    window.view()->centerOn(window.scene()->itemsBoundingRect().center());
    QScrollBar *horizontal = window.view()->horizontalScrollBar();
    clock.restart();
    for (int step = 0; step < 40; ++step) {
        horizontal->setValue(horizontal->value() + 40);
        QCoreApplication::processEvents(); // the strip that scrolled in is painted
    }
    qInfo("40 pan steps at 100 %% in %lld ms", clock.elapsed());
    shoot(window, out, QStringLiteral("scale-100-panned"));

    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("copy.stackdraft.yaml"));
    clock.restart();
    if (!window.saveFile(copy))
        qFatal("cannot save %s", qPrintable(copy));
    qInfo("saved in %lld ms", clock.elapsed());
    const LoadResult reloaded = loadDesign(copy, Catalog::builtin());
    if (!reloaded.ok() || reloaded.design->components().size() != components)
        qFatal("the saved copy does not hold the %lld components", qlonglong(components));
    qInfo("the saved copy holds all %lld components", qlonglong(components));
    shoot(window, out, QStringLiteral("scale-saved"));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Stackdraft-screenshots"));
    QApplication::setOrganizationName(QStringLiteral("Stackdraft"));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const int lang = QApplication::arguments().indexOf(QStringLiteral("--lang"));
    installTranslations(lang > 0 ? QLocale(QApplication::arguments().value(lang + 1)) : QLocale(QLocale::English));
    const QStringList args = QApplication::arguments();
    if (args.size() < 2)
        qFatal("usage: stackdraft-screenshots OUTDIR [--dark] [--lang L] [--scale DESIGN]");
    const QString out = args.at(1);
    QDir().mkpath(out);
    if (args.contains(QStringLiteral("--dark")))
        QApplication::setPalette(darkPalette());
    MainWindow::setNonInteractive(true);

    MainWindow window(Catalog::builtin());
    window.resize(1500, 920);
    window.show();
    if (const int scale = args.indexOf(QStringLiteral("--scale")); scale > 0)
        return shootScale(window, args.value(scale + 1), out);
    shoot(window, out, QStringLiteral("empty"));
    {
        // The whole palette at the dock's width: every kind name, in the longest languages too.
        PaletteWidget palette(Catalog::builtin());
        palette.resize(window.findChild<PaletteWidget *>()->width(), 1250);
        palette.show();
        shoot(palette, out, QStringLiteral("palette"));
    }

    const QDir examples(QStringLiteral(SOURCE_DIR "/resources/examples"));
    for (const QString &file : examples.entryList({QStringLiteral("*.stackdraft.yaml")}, QDir::Files, QDir::Name)) {
        if (!window.openFile(examples.filePath(file)))
            qFatal("cannot open %s", qPrintable(file));
        const QString base = file.section(QLatin1Char('.'), 0, 0);
        settle();
        window.view()->zoomToFit();
        shoot(window, out, base);
        // After Auto-Layout (issue 16), at fit and at 100 %, then back to the example's own layout.
        window.action(QStringLiteral("autoLayout"))->trigger();
        settle();
        window.view()->zoomToFit();
        shoot(window, out, base + QStringLiteral("-layout"));
        window.view()->zoomToActualSize();
        shoot(window, out, base + QStringLiteral("-layout-100"));
        window.document()->undoStack()->undo();
        settle();
        window.view()->zoomToFit();
        if (base == QLatin1String("e-commerce")) {
            window.scene()->selectIds({window.document()->design().components().front().id});
            for (const Component &c : window.document()->design().components())
                if (c.kind == QLatin1String("relational-database"))
                    window.scene()->selectIds({c.id});
            window.view()->zoomToActualSize();
            window.view()->zoomToSelection();
            window.view()->zoomToActualSize();
            shoot(window, out, base + QStringLiteral("-selection"));
            window.showQuestionnaire(true);
            shoot(window, out, base + QStringLiteral("-questionnaire"));
            window.showQuestionnaire(false);
            window.view()->zoomToFit();
            window.scene()->selectIds({});
            window.simulateFailure(QStringLiteral("zone:us-east-1a"));
            shoot(window, out, base + QStringLiteral("-simulate-zone"));
            window.simulateFailure(QString());
            window.setHeatView(true);
            shoot(window, out, base + QStringLiteral("-heat"));
            window.setHeatView(false);
            shootCompare(window, examples.filePath(file), out);
            shootGestures(window, out, QStringLiteral("orders"), QStringLiteral("email"));
        }
    }

    // The questions about a file another program changed (issue 14), as the user meets them.
    const FilePrompts prompts = FilePrompts::dialogs(&window);
    const QString fileName = window.document()->fileName();
    shootDialog(out, QStringLiteral("save-conflict"), [&] { prompts.saveConflict(fileName); });
    shootDialog(out, QStringLiteral("changed-on-disk"), [&] { prompts.reloadOverUnsavedChanges(fileName); });

    GeneratorOptions large;
    large.components = 5000;
    Design big = generateDesign(large, Catalog::builtin());
    window.newDesign(big);
    settle();
    window.view()->zoomToFit();
    shoot(window, out, QStringLiteral("large-5000"));
    window.document()->undoStack()->setClean(); // leave without the unsaved-changes question
    return 0;
}
