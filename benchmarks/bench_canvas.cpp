// SPDX-License-Identifier: MIT
// The studio at scale: a generated design of 5,000 components and ~7,500 connections
// loaded into the scene, then painted at 100 % and at zoom-to-fit, and one component
// dragged with its connections. Run under the offscreen platform:
//   QT_QPA_PLATFORM=offscreen build/benchmarks/bench_canvas
#include "canvasitems.h"
#include "canvasscene.h"
#include "canvasview.h"
#include "catalog.h"
#include "commands.h"
#include "comparechangelist.h"
#include "compareoverlay.h"
#include "comparison.h"
#include "designio.h"
#include "document.h"
#include "findingsdeltaview.h"
#include "findingspanel.h"
#include "overviewmap.h"
#include "questionnaireview.h"
#include "validation.h"
#include "generator.h"
#include "mainwindow.h"

#include <QApplication>
#include <QMouseEvent>
#include <QFile>
#include <QHBoxLayout>
#include <QEventLoop>
#include <QTimer>
#include <QScrollBar>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <cmath>

#include <malloc.h>
#include <time.h>

using namespace sd;

namespace {

Design largeDesign(int components)
{
    GeneratorOptions options;
    options.components = components;
    return generateDesign(options, Catalog::builtin());
}

/// Resident memory in KiB from /proc (Linux), for the memory counter.
long residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    return 0;
}

/// CPU seconds of the whole process, every thread.
double processCpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) * 1e-9;
}

/// Bytes the allocator has handed out and not had back (small blocks and mmapped ones).
size_t heapInUse()
{
    const struct mallinfo2 info = mallinfo2();
    return info.uordblks + info.hblkhd;
}

void BM_BuildScene(benchmark::State &state)
{
    const Design design = largeDesign(int(state.range(0)));
    for (auto _ : state) {
        Document document(Catalog::builtin());
        document.reset(design);
        const long before = residentKiB();
        CanvasScene scene(&document);
        benchmark::DoNotOptimize(scene.items().size());
        state.counters["sceneKiB"] = double(residentKiB() - before);
    }
    state.counters["components"] = double(design.components().size());
    state.counters["connections"] = double(design.connections().size());
}

/// Opening a design as the studio does: the design becomes the document, the scene is built,
/// the view fits it and draws its first frame. Counts resident memory once that frame is drawn
/// (per component, all-in: the design, the document, the scene and its index).
void BM_OpenToFirstFrame(benchmark::State &state)
{
    const Design design = largeDesign(int(state.range(0)));
    size_t held = 0;
    for (auto _ : state) {
        const size_t before = heapInUse();
        Document document(Catalog::builtin());
        document.reset(design);
        CanvasScene scene(&document);
        CanvasView view(&scene);
        view.resize(1280, 800);
        view.show();
        view.zoomToFit();
        view.viewport()->repaint();
        held = heapInUse() - before;
    }
    // The design is counted once more: the document holds its own copy, as after opening a file.
    state.counters["KiBPerComponent"] = double(held) / 1024.0 / double(design.components().size());
    state.counters["components"] = double(design.components().size());
}

/// Ends an event loop once the widget it watches has painted.
class PaintWatcher : public QObject
{
public:
    explicit PaintWatcher(QEventLoop *loop) : m_loop(loop) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // The filter sees the event before the paint: quit from the loop's next turn, after it.
        if (event->type() == QEvent::Paint)
            QTimer::singleShot(0, m_loop, &QEventLoop::quit);
        return QObject::eventFilter(watched, event);
    }

private:
    QEventLoop *m_loop;
};

/// Runs the event loop for `ms` milliseconds, asleep while there is nothing to do.
void runEventLoop(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

/// The whole studio opening a design file, as a user does: from File > Open to the canvas's first
/// frame (manual time, wall clock), then until the studio settles (the overview drawn, the findings
/// in). Reports the CPU seconds of all threads until settled, and resident memory then (all-in).
void BM_StudioOpen(benchmark::State &state)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("design.stackdraft.yaml"));
    const Design design = largeDesign(int(state.range(0)));
    QString error;
    if (!saveDesign(design, path, DesignFormat::Yaml, &error)) {
        state.SkipWithError(qPrintable(error));
        return;
    }
    double settledCpu = 0;
    long settledKiB = 0;
    for (auto _ : state) {
        state.PauseTiming();
        auto window = std::make_unique<MainWindow>(Catalog::builtin());
        window->resize(1600, 1000);
        window->show();
        QCoreApplication::processEvents();
        QEventLoop untilPainted;
        PaintWatcher watcher(&untilPainted);
        state.ResumeTiming();
        const auto start = std::chrono::steady_clock::now();
        const double cpuAtStart = processCpuSeconds();
        window->openFile(path);
        window->view()->viewport()->installEventFilter(&watcher);
        untilPainted.exec();
        state.SetIterationTime(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
        state.PauseTiming();
        // Settled: the overview is drawn a moment after the last change, the findings come from
        // a thread. Wait until a fifth of a second passes with (almost) no CPU used.
        for (double last = processCpuSeconds();;) {
            runEventLoop(200);
            const double now = processCpuSeconds();
            if (now - last < 0.01)
                break;
            last = now;
        }
        settledCpu = processCpuSeconds() - cpuAtStart;
        settledKiB = residentKiB();
        window.reset();
        QCoreApplication::processEvents();
        state.ResumeTiming();
    }
    state.counters["cpuToSettle"] = settledCpu;
    state.counters["settledRssMiB"] = double(settledKiB) / 1024.0;
    state.counters["components"] = double(design.components().size());
}

/// A generated design loaded into a document, its scene and a 1280x800 view on screen.
struct ShownDesign {
    explicit ShownDesign(int components) : design(largeDesign(components)), scene(loaded()), view(&scene)
    {
        view.resize(1280, 800);
        view.show();
        QCoreApplication::processEvents();
    }
    Document *loaded()
    {
        document.reset(design);
        return &document;
    }
    const Design design;
    Document document{Catalog::builtin()};
    CanvasScene scene;
    CanvasView view;
};

/// One frame of the view's viewport through its own paint event, into the window's backing
/// store, as on screen. (QGraphicsView::render() into an image takes another path through
/// the scene and hid a frame that took seconds.)
void paintFrame(benchmark::State &state, bool fit)
{
    ShownDesign shown(int(state.range(0)));
    CanvasView &view = shown.view;
    if (fit)
        view.zoomToFit();
    else
        view.zoomToActualSize();
    for (auto _ : state)
        view.viewport()->repaint();
    state.counters["zoomPercent"] = view.zoom() * 100;
    state.counters["itemsInView"] = double(shown.scene.items(view.mapToScene(view.viewport()->rect())).size());
}

void BM_FrameAt100(benchmark::State &state) { paintFrame(state, false); }
void BM_FrameFit(benchmark::State &state) { paintFrame(state, true); }

/// What the pointer costs as it moves over the canvas: the scene finds the item under it
/// (hover handles, tooltips, clicks), at points spread over the whole design.
void BM_HitTest(benchmark::State &state)
{
    const Design design = largeDesign(int(state.range(0)));
    Document document(Catalog::builtin());
    document.reset(design);
    CanvasScene scene(&document);
    const QRectF bounds = scene.itemsBoundingRect();
    int found = 0, step = 0;
    for (auto _ : state) {
        // A fixed walk over the design (a Weyl sequence), the same for every run.
        const qreal x = std::fmod(step * 0.6180339887, 1.0), y = std::fmod(step * 0.7548776662, 1.0);
        ++step;
        const QPointF at(bounds.left() + x * bounds.width(), bounds.top() + y * bounds.height());
        found += scene.itemAt(at, QTransform()) != nullptr;
    }
    state.counters["hitRatio"] = double(found) / double(std::max(step, 1));
}

/// One step of panning at 100 % (a scroll bar moves 40 px), with the window's repaints: the
/// main view repaints the strip that scrolled in; with the overview map shown (argument 1),
/// the overview redraws its frame too.
void BM_PanStep(benchmark::State &state)
{
    const Design design = largeDesign(int(state.range(1)));
    Document document(Catalog::builtin());
    document.reset(design);
    CanvasScene scene(&document);
    QWidget window;
    auto *layout = new QHBoxLayout(&window);
    auto *view = new CanvasView(&scene);
    layout->addWidget(view, 4);
    if (state.range(0))
        layout->addWidget(new OverviewMap(view), 1);
    window.resize(1600, 800);
    window.show();
    view->zoomToActualSize();
    QCoreApplication::processEvents();
    int step = 40;
    std::vector<double> steps; // wall milliseconds of each step, for the 95th percentile
    for (auto _ : state) {
        const auto start = std::chrono::steady_clock::now();
        QScrollBar *bar = view->horizontalScrollBar();
        if (bar->value() + step > bar->maximum() || bar->value() + step < bar->minimum())
            step = -step;
        bar->setValue(bar->value() + step);
        QCoreApplication::processEvents(); // the window paints what the scroll exposed
        steps.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    }
    std::sort(steps.begin(), steps.end());
    if (!steps.empty())
        state.counters["p95ms"] = steps[std::min(steps.size() - 1, steps.size() * 95 / 100)];
    state.counters["components"] = double(design.components().size());
}

/// The hand's view of a drag: one mouse move over the viewport at 100 % while dragging the
/// busiest component, and the repaint the window does for it.
void BM_DragInView(benchmark::State &state)
{
    ShownDesign shown(5000);
    const Design &design = shown.design;
    CanvasScene &scene = shown.scene;
    CanvasView &view = shown.view;
    view.zoomToActualSize();
    // The busiest component whose card centre no connection covers (they are drawn above cards).
    std::vector<std::pair<size_t, QString>> byConnections;
    for (const Component &c : design.components())
        byConnections.emplace_back(design.connectionsOf(c.id).size(), c.id);
    std::sort(byConnections.rbegin(), byConnections.rend());
    QString busiest;
    size_t most = 0;
    QPointF grip;
    for (const auto &[count, id] : byConnections) {
        ComponentItem *item = scene.componentItem(id);
        grip = item->mapRectToScene(item->rect()).center();
        if (scene.itemAt(grip, QTransform()) == item) {
            busiest = id;
            most = count;
            break;
        }
    }
    view.centerOn(grip);
    QCoreApplication::processEvents();
    QWidget *vp = view.viewport();
    auto send = [&](QEvent::Type type, QPoint at, Qt::MouseButtons buttons) {
        const Qt::MouseButton button = type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton;
        QMouseEvent event(type, at, vp->mapToGlobal(at), button, buttons, Qt::NoModifier);
        QApplication::sendEvent(vp, &event);
    };
    const QPoint start = view.mapFromScene(grip);
    send(QEvent::MouseButtonPress, start, Qt::LeftButton);
    int dx = 20;
    for (auto _ : state) {
        send(QEvent::MouseMove, start + QPoint(dx, 0), Qt::LeftButton);
        dx = dx == 20 ? 40 : 20;
        QCoreApplication::processEvents(); // the repaint of what moved
    }
    send(QEvent::MouseButtonRelease, start + QPoint(dx, 0), Qt::NoButton);
    state.counters["connectionsMoved"] = double(most);
    if (busiest.isEmpty() || shown.document.design().component(busiest)->position == design.component(busiest)->position)
        state.SkipWithError("the drag did not move the component");
}

/// A drag step: the model moves one component; its item and connection items follow.
void BM_DragStep(benchmark::State &state)
{
    const Design design = largeDesign(int(state.range(0)));
    Document document(Catalog::builtin());
    document.reset(design);
    CanvasScene scene(&document);
    // The busiest component: most connections to re-route per step.
    QString busiest;
    size_t most = 0;
    for (const Component &c : design.components()) {
        const size_t n = design.connectionsOf(c.id).size();
        if (n > most) {
            most = n;
            busiest = c.id;
        }
    }
    qreal dx = 1;
    for (auto _ : state) {
        const Component *c = document.design().component(busiest);
        ItemPlacement before{busiest, c->zone, c->position};
        ItemPlacement after = before;
        after.position += QPointF(dx, 0);
        dx = -dx;
        document.undoStack()->push(new PlaceItems(&document, {before}, {after}, QStringLiteral("drag")));
    }
    state.counters["connectionsMoved"] = double(most);
}

/// What the studio does a moment after an edit: validate the design and show the findings
/// (list and canvas badges). Split so the note can say which part costs what.
void BM_ValidateOnly(benchmark::State &state)
{
    const Design design = largeDesign(int(state.range(0)));
    for (auto _ : state)
        benchmark::DoNotOptimize(validateDesign(design, Catalog::builtin()).size());
}

void BM_RevalidatePanel(benchmark::State &state)
{
    const Design design = largeDesign(int(state.range(0)));
    Document document(Catalog::builtin());
    document.reset(design);
    FindingsPanel panel(&document, Catalog::builtin());
    for (auto _ : state)
        panel.revalidate();
    state.counters["findings"] = double(panel.findings().size());
}

/// Opening the Questionnaire tab on a large design: every question row is built up front.
void BM_QuestionnaireView(benchmark::State &state)
{
    const Design design = largeDesign(int(state.range(0)));
    Document document(Catalog::builtin());
    document.reset(design);
    for (auto _ : state) {
        QuestionnaireView view(&document, Catalog::builtin());
        view.resize(1000, 700);
        view.show();
        QCoreApplication::processEvents();
    }
}

/// The open design and the one compare mode compares it with (issue 19): 1 % of the components
/// differ: properties changed, and a tenth of those removed there (so the open design has them as added).
std::pair<Design, Design> comparedPair(int components)
{
    std::pair<Design, Design> p{largeDesign(components), Design()};
    Design &other = p.second = p.first;
    int changed = 0;
    for (size_t i = 0; i < p.first.components().size(); i += 100, ++changed) {
        const QString id = p.first.components()[i].id;
        other.mutableComponent(id)->properties[QStringLiteral("replicas")] = qint64(5);
        if (changed % 10 == 0) {
            std::vector<QString> joined;
            for (const Connection &c : other.connections())
                if (c.from == id || c.to == id)
                    joined.push_back(c.id);
            for (const QString &c : joined)
                other.removeConnection(c);
            other.removeComponent(id);
        }
    }
    return p;
}

/// What a comparison costs where it is made: on the worker after an edit (on the GUI thread when
/// compare mode starts): the design diff and the findings delta.
void BM_CompareCompute(benchmark::State &state)
{
    const auto [open, other] = comparedPair(int(state.range(0)));
    size_t changes = 0;
    for (auto _ : state)
        changes = Comparison::of(other, open, Catalog::builtin()).diff.changes.size();
    state.counters["changes"] = double(changes);
}

/// What showing a comparison costs on the GUI thread: marks, ghosts, the change list, the findings delta.
void BM_CompareShow(benchmark::State &state)
{
    const auto [open, other] = comparedPair(int(state.range(0)));
    Document document(Catalog::builtin());
    document.reset(open);
    CanvasScene scene(&document);
    CompareOverlay overlay(&scene);
    CompareChangeList list;
    FindingsDeltaView delta;
    const Comparison comparison = Comparison::of(other, open, Catalog::builtin());
    for (auto _ : state) {
        overlay.show(other, comparison);
        list.setDiff(comparison.diff, QStringLiteral("HEAD"));
        delta.setDelta(comparison.findings, QStringLiteral("HEAD"));
    }
    state.counters["marks"] = double(comparison.marks.size());
}

} // namespace

BENCHMARK(BM_CompareCompute)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CompareShow)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_QuestionnaireView)->Arg(1000)->Arg(5000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ValidateOnly)->Arg(5000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_RevalidatePanel)->Arg(5000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_StudioOpen)->Arg(1000)->Arg(10000)->Arg(100000)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_OpenToFirstFrame)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_HitTest)->Arg(1000)->Arg(10000)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_BuildScene)->Arg(1000)->Arg(5000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_FrameAt100)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_FrameFit)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_PanStep)->Args({0, 5000})->Args({1, 5000})->Args({0, 10000})->Args({1, 10000})->Unit(benchmark::kMillisecond);
BENCHMARK(BM_DragInView)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_DragStep)->Arg(5000)->Unit(benchmark::kMicrosecond);

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
