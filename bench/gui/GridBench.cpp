// SPDX-License-Identifier: MIT
#include "GridBench.h"

#include "AppOptions.h"
#include "AppServices.h"
#include "BenchWait.h"

#include "MainWindow.h"
#include "models/AssetGridModel.h"
#include "pages/AssetsPage.h"

#include <QElapsedTimer>
#include <QListView>
#include <QMetaEnum>
#include <QScrollBar>
#include <QTimer>

#include <algorithm>
#include <ctime>
#include <vector>

namespace stardeck::bench {

namespace {

//! CPU time the calling thread has used, in ms (tells a stall of ours from the thread being preempted
//! on a busy machine).
double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

//! One heartbeat gap: wall time, and the GUI thread's CPU time within it.
struct Gap {
    double wallMs = 0;
    double cpuMs = 0;
};

//! Rows whose real image (not the placeholder) is in the model's cache.
int loadedImages(QAbstractItemModel *model)
{
    int loaded = 0;
    for (int row = 0; row < model->rowCount(); ++row)
        loaded += model->index(row, 0).data(ui::AssetGridModel::ImageLoadedRole).toBool() ? 1 : 0;
    return loaded;
}

//! Scrolls `view` from top to bottom, one step per frame (16 ms), while a 1 ms heartbeat timer
//! records the gaps between its ticks.
std::vector<Gap> scrollWithHeartbeat(QListView *view, int *steps, int *stepPx, int timeoutMs)
{
    QScrollBar *bar = view->verticalScrollBar();
    const int range = bar->maximum() - bar->minimum();
    // Half a screen per frame, as a fast wheel or a fling scrolls; bigger steps past 2,000 frames.
    *stepPx = std::max(bar->pageStep() / 2, range / 2000 + 1);
    std::vector<Gap> gaps;
    gaps.reserve(200000);
    QElapsedTimer clock;
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    heartbeat.setInterval(1);
    qint64 last = 0;
    double lastCpu = threadCpuMs();
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        const double cpu = threadCpuMs();
        gaps.push_back({double(now - last) / 1e6, cpu - lastCpu});
        last = now;
        lastCpu = cpu;
    });
    QTimer driver;
    driver.setTimerType(Qt::PreciseTimer);
    driver.setInterval(16);
    bool bottom = false;
    QObject::connect(&driver, &QTimer::timeout, [&] {
        bar->setValue(std::min(bar->maximum(), bar->value() + *stepPx));
        ++*steps;
        if (bar->value() >= bar->maximum()) {
            bottom = true;
            driver.stop();
        }
    });
    bar->setValue(bar->minimum());
    clock.start();
    heartbeat.start();
    driver.start();
    waitUntil([&] { return bottom; }, timeoutMs);
    waitUntil([] { return false; }, 500); // the last screen's images and paints
    heartbeat.stop();
    return gaps;
}

} // namespace

QJsonObject GridBench::run(const QUrl &sandboxUrl, int expectedNfts, int timeoutMs)
{
    QJsonObject out;
    app::AppOptions options;
    options.settings.environment = QStringLiteral("local");
    options.settings.sandboxUrl = sandboxUrl.toString();
    app::AppServices services(options);
    QElapsedTimer clock;
    double readyMs = -1;
    double firstRowsMs = -1;
    qint64 hwmAtReady = -1;
    QJsonObject stateTimes; // ms from start() to each state of the account
    QObject::connect(&services, &app::AppServices::stateChanged, [&](app::AppServices::State state) {
        stateTimes.insert(
            QString::fromLatin1(QMetaEnum::fromType<app::AppServices::State>().valueToKey(int(state))),
            double(clock.nsecsElapsed()) / 1e6);
        if (state != app::AppServices::State::Ready)
            return;
        // The user opens the Assets page as the wallet appears; its NFTs are being paged in.
        readyMs = double(clock.nsecsElapsed()) / 1e6;
        hwmAtReady = procStatusKb("VmHWM"); // the wallet before its NFTs arrive
        services.window()->showSection(ui::MainWindow::AssetsSection);
    });
    QString error;
    clock.start();
    if (!services.start(&error)) {
        out.insert(QStringLiteral("error"), error);
        return out;
    }
    services.window()->resize(1200, 760);
    QObject::connect(services.assets(), &QAbstractItemModel::rowsInserted, [&] {
        if (firstRowsMs < 0)
            firstRowsMs = double(clock.nsecsElapsed()) / 1e6;
    });
    QListView *view = services.window()->assetsPage()->view();
    const bool loaded = waitUntil(
        [&] {
            return readyMs >= 0 && !services.assets()->isLoading() && services.assets()->rowCount() > 0 &&
                   services.window()->currentPage() == services.window()->assetsPage();
        },
        timeoutMs);
    if (!loaded) {
        out.insert(QStringLiteral("error"), QStringLiteral("the grid did not load (state %1, %2 rows)")
                                                .arg(int(services.state()))
                                                .arg(services.assets()->rowCount()));
        return out;
    }
    view->viewport()->repaint(); // shown, not only in the model
    const double paintedMs = double(clock.nsecsElapsed()) / 1e6;
    const int rows = services.assets()->rowCount();
    out.insert(QStringLiteral("rows"), rows);
    out.insert(QStringLiteral("proxy_rows"), view->model()->rowCount());
    out.insert(QStringLiteral("ready_ms"), readyMs);
    out.insert(QStringLiteral("states_ms"), stateTimes);
    out.insert(QStringLiteral("first_rows_ms"), firstRowsMs - readyMs);
    out.insert(QStringLiteral("load_ms"), paintedMs - readyMs);
    out.insert(QStringLiteral("vmhwm_at_ready_kb"), hwmAtReady);
    out.insert(QStringLiteral("vmhwm_after_load_kb"), procStatusKb("VmHWM"));
    if (rows < expectedNfts) {
        out.insert(QStringLiteral("error"), QStringLiteral("only %1 of %2 NFTs").arg(rows).arg(expectedNfts));
        return out;
    }

    waitUntil([] { return false; }, 1000); // the first screen's images
    int steps = 0;
    int stepPx = 0;
    std::vector<Gap> gaps = scrollWithHeartbeat(view, &steps, &stepPx, timeoutMs);
    std::vector<double> wall;
    std::vector<double> cpu;
    for (const Gap &gap : gaps) {
        wall.push_back(gap.wallMs);
        cpu.push_back(gap.cpuMs);
    }
    const auto longest = std::max_element(gaps.begin(), gaps.end(),
                                          [](const Gap &a, const Gap &b) { return a.wallMs < b.wallMs; });
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    const auto percentile = [](const std::vector<double> &sorted, double p) {
        return sorted.empty() ? 0.0 : sorted[std::min(sorted.size() - 1, size_t(p * double(sorted.size())))];
    };
    const auto over16 = [](const std::vector<double> &sorted) {
        return qint64(sorted.end() - std::upper_bound(sorted.begin(), sorted.end(), 16.0));
    };
    out.insert(QStringLiteral("scroll_steps"), steps);
    out.insert(QStringLiteral("scroll_step_px"), stepPx);
    out.insert(QStringLiteral("scroll_range_px"), view->verticalScrollBar()->maximum());
    out.insert(QStringLiteral("heartbeats"), qint64(gaps.size()));
    // Wall time: what the user sees, including time the busy 2-core machine gave to other processes.
    out.insert(QStringLiteral("max_stall_ms"), wall.empty() ? 0.0 : wall.back());
    out.insert(QStringLiteral("max_stall_cpu_of_it_ms"), longest == gaps.end() ? 0.0 : longest->cpuMs);
    out.insert(QStringLiteral("p99_gap_ms"), percentile(wall, 0.99));
    out.insert(QStringLiteral("p999_gap_ms"), percentile(wall, 0.999));
    out.insert(QStringLiteral("gaps_over_16ms"), over16(wall));
    // GUI-thread CPU time within one gap: the work our code did without returning to the event loop.
    out.insert(QStringLiteral("max_busy_ms"), cpu.empty() ? 0.0 : cpu.back());
    out.insert(QStringLiteral("p99_busy_ms"), percentile(cpu, 0.99));
    out.insert(QStringLiteral("busy_over_16ms"), over16(cpu));
    out.insert(QStringLiteral("images_loaded"), loadedImages(services.assets()));
    out.insert(QStringLiteral("vmhwm_kb"), procStatusKb("VmHWM"));
    out.insert(QStringLiteral("vmrss_kb"), procStatusKb("VmRSS"));
    return out;
}

} // namespace stardeck::bench
