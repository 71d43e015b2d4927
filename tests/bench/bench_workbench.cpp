// Workbench responsiveness on 1,000,000 customers with 6 quasi-identifiers: the time from a
// level change (a slider released) to the charts showing its analysis and to their having
// been painted, and the longest stretch in which the GUI thread did not get to run its event
// loop (while opening the file, while adding quasi-identifiers, during the moves). Runs the
// real window offscreen.
#include "demo/customergenerator.h"
#include "mainwindow.h"

#include <QApplication>
#include <QChartView>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <map>
#include <string>
#include <vector>

using namespace dijkgraaf;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty()      ? 0
           : v.size() % 2 ? v[v.size() / 2]
                          : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

// True once the view shows the analysis of the configuration as it is now.
bool showsCurrent(MainWindow &w)
{
    return w.view() && w.view()->isUpToDate();
}

bool waitForCurrent(MainWindow &w, int timeoutMs = 60000)
{
    QElapsedTimer t;
    t.start();
    while (!showsCurrent(w)) {
        if (t.elapsed() > timeoutMs)
            return false;
        // wakes at least at every tick of the 1 ms timer; never spins
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

// Times the paint of every chart: the application notes when a chart's viewport has ended
// its paint event (all of it: the scroll area's filter, the view's painting).
class TimingApplication : public QApplication
{
public:
    using QApplication::QApplication;
    QElapsedTimer *clock = nullptr;
    qint64 lastEndNs = -1; // on the clock
    int count = 0;

    // BENCH_PROFILE: the GUI thread's time during the moves, per kind of event (outermost
    // events) and per widget painted (a paint event, with what it paints beneath it)
    bool profiling = false;
    struct Spent
    {
        double total = 0, longest = 0;
        int count = 0;
    };
    std::map<std::string, Spent> spent;
    int depth = 0;
    // the outermost events since the last tick of the pulse, for a long gap to be told
    std::vector<std::pair<std::string, double>> sinceTick;

    bool notify(QObject *receiver, QEvent *event) override
    {

        const bool chart = event->type() == QEvent::Paint && receiver->parent() &&
                           qobject_cast<QChartView *>(receiver->parent());
        const bool timed = profiling && (depth == 0 || event->type() == QEvent::Paint);
        std::string key; // named before the event: it may delete its receiver
        if (timed) {
            key = (depth == 0 ? "event " : "  paint ") + std::to_string(int(event->type())) +
                  " " + receiver->metaObject()->className();
            if (event->type() == QEvent::Paint && receiver->parent())
                key += std::string(" in ") + receiver->parent()->metaObject()->className();
        }
        QElapsedTimer t;
        if (timed)
            t.start();
        ++depth;
        const bool r = QApplication::notify(receiver, event);
        --depth;
        if (timed) {
            const double ms = static_cast<double>(t.nsecsElapsed()) / 1e6;
            if (depth == 0)
                sinceTick.emplace_back(key, ms);
            Spent &s = spent[key];
            s.total += ms;
            s.longest = std::max(s.longest, ms);
            ++s.count;
        }
        if (chart && clock) {
            lastEndNs = clock->nsecsElapsed();
            ++count;
        }
        return r;
    }
};
using ChartPaints = TimingApplication;

// After the view shows the current analysis: runs the event loop until no chart has painted
// for quietMs, and gives the milliseconds from the clock's start to the end of the last chart
// paint (or to now, where none painted).
double untilPainted(const QElapsedTimer &clock, ChartPaints &paints, int quietMs = 40)
{
    const int before = paints.count;
    QElapsedTimer quiet;
    quiet.start();
    int seen = paints.count;
    while (quiet.elapsed() < quietMs) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        if (paints.count != seen) {
            seen = paints.count;
            quiet.restart();
        }
    }
    return static_cast<double>(paints.count > before ? paints.lastEndNs : clock.nsecsElapsed()) /
           1e6;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    TimingApplication app(argc, argv);
    QApplication::setOrganizationName("DijkgraafBench");
    std::string path = "customers_1m.csv";
    bool openOnly = false; // --open-only: the time to open the file and show it, then stop
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--data") && i + 1 < argc)
            path = argv[++i];
        else if (!std::strcmp(argv[i], "--open-only"))
            openOnly = true;
    }
    if (!QFileInfo::exists(QString::fromStdString(path))) {
        std::printf("generating 1,000,000 customers into %s (seed 42)...\n", path.c_str());
        generateCustomers(path, 1000000, 42);
    }

    MainWindow window;
    window.resize(1600, 1000);
    window.show();
    // the event loop's pulse: the longest gap between two ticks of a 1 ms timer
    QElapsedTimer pulse;
    pulse.start();
    double longestGap = 0;
    QTimer tick;
    tick.setInterval(1);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const double gap = static_cast<double>(pulse.nsecsElapsed()) / 1e6;
        longestGap = std::max(longestGap, gap);
        pulse.restart();
        if (app.profiling && gap > 12) {
            double inEvents = 0;
            for (const auto &e : app.sinceTick)
                inEvents += e.second;
            std::printf("gap of %.1f ms, %.1f ms of it in %zu events:", gap, inEvents,
                        app.sinceTick.size());
            for (const auto &e : app.sinceTick)
                if (e.second >= 0.5)
                    std::printf(" [%s %.1f]", e.first.c_str(), e.second);
            std::printf("\n");
        }
        app.sinceTick.clear();
    });
    tick.start();
    QElapsedTimer clock;
    clock.start();
    app.clock = &clock;
    ChartPaints &paints = app;
    bool loaded = false;
    QObject::connect(&window, &MainWindow::loaded, [&] { loaded = true; });
    window.openData(QString::fromStdString(path));
    while (!loaded)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    if (!waitForCurrent(window))
        return 1;
    std::printf("open %s and show the first analysis: %.0f ms; longest GUI stall "
                "meanwhile %.1f ms (target <= 50 ms)\n",
                path.c_str(), static_cast<double>(clock.elapsed()), longestGap);
    if (openOnly)
        return 0;
    untilPainted(clock, paints, 200);
    longestGap = 0;

    Workbench *bench = window.workbench();
    const Dataset &data = bench->data();
    auto col = [&](const char *name) { return *data.columnIndex(name); };
    clock.restart();
    for (const char *name : {"contract_type", "start_date"})
        bench->setRole(col(name), AttributeRole::QuasiIdentifier);
    bench->setK(5);
    bench->setSuppressionLimit(0.02);
    if (!waitForCurrent(window))
        return 1;
    untilPainted(clock, paints);
    std::printf("6 quasi-identifiers (new BaseTable, ladder): %.0f ms; %zu combinations; longest "
                "GUI stall %.1f ms (target <= 50 ms)\n",
                static_cast<double>(clock.elapsed()),
                window.view()->shownResult()->baseTable->size(), longestGap);
    untilPainted(clock, paints, 200);
    longestGap = 0;

    // slider releases: one level change at a time, each waited for
    const std::vector<std::pair<const char *, int>> moves = {
        {"date_of_birth", 1}, {"date_of_birth", 2}, {"postcode", 1},      {"postcode", 2},
        {"postcode", 3},      {"start_date", 1},    {"start_date", 2},    {"date_of_birth", 3},
        {"municipality", 1},  {"postcode", 4},      {"date_of_birth", 2}, {"start_date", 3},
        {"postcode", 3},      {"municipality", 0},  {"date_of_birth", 1}};
    std::vector<double> latencies, painted;
    app.profiling = qEnvironmentVariableIsSet("BENCH_PROFILE");
    for (const auto &[name, level] : moves) {
        QSlider *slider = window.view()->attributes()->levelSlider(col(name));
        clock.restart();
        slider->setValue(level);
        if (!waitForCurrent(window))
            return 1;
        latencies.push_back(static_cast<double>(clock.nsecsElapsed()) / 1e6);
        const int before = paints.count;
        painted.push_back(untilPainted(clock, paints));
        if (qEnvironmentVariableIsSet("BENCH_VERBOSE")) // each move
            std::printf("  %s -> %d: updated %.1f ms, painted %.1f ms, %d chart paints\n", name,
                        level, latencies.back(), painted.back(), paints.count - before);
    }
    // a drag: three positions in a row, then the release; only the last is waited for
    std::vector<double> drags;
    for (int round = 0; round < 5; ++round) {
        QSlider *slider = window.view()->attributes()->levelSlider(col("postcode"));
        clock.restart();
        for (int level : {1, 2, 3, round % 2 ? 2 : 4}) {
            slider->setValue(level);
            QCoreApplication::processEvents();
        }
        if (!waitForCurrent(window))
            return 1;
        drags.push_back(untilPainted(clock, paints));
    }
    tick.stop();
    if (app.profiling) {
        std::vector<std::pair<std::string, TimingApplication::Spent>> rows(app.spent.begin(),
                                                                           app.spent.end());
        std::sort(rows.begin(), rows.end(),
                  [](const auto &a, const auto &b) { return a.second.total > b.second.total; });
        std::printf("GUI thread during the moves and drags (event type, receiver): total, "
                    "longest, count\n");
        for (std::size_t i = 0; i < rows.size() && i < 30; ++i)
            std::printf("  %-70s %8.1f ms %6.1f ms %5d\n", rows[i].first.c_str(),
                        rows[i].second.total, rows[i].second.longest, rows[i].second.count);
    }
    std::printf("slider release to charts updated, %zu moves: median %.1f ms, max %.1f ms\n",
                latencies.size(), median(latencies),
                *std::max_element(latencies.begin(), latencies.end()));
    std::printf("slider release to charts painted, %zu moves: median %.1f ms (target <= 50 ms), "
                "max %.1f ms (target <= 100 ms)\n",
                painted.size(), median(painted), *std::max_element(painted.begin(), painted.end()));
    std::printf("drag of 4 positions to charts painted, %zu drags: median %.1f ms, max %.1f ms\n",
                drags.size(), median(drags), *std::max_element(drags.begin(), drags.end()));
    std::printf(
        "longest the GUI thread went without running its event loop during the moves: %.1f ms "
        "(target <= 16 ms)\n",
        longestGap);
    return 0;
}
