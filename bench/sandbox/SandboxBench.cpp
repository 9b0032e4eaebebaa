// SPDX-License-Identifier: MIT
#include "SandboxBench.h"

#include "Latency.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSysInfo>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>

#include <unistd.h>

#include <algorithm>
#include <cstdio>

namespace stardeck::bench {

namespace {

using crypto::UInt256;

constexpr double kTransferTarget = 1000;        // per second, issue #3
constexpr double kPageTarget = 3000;            // per second, issue #3
constexpr const char *kAmountWei = "100000000"; // one ETH quantum (1e8 wei) per transfer
const QString kClientId = QStringLiteral("stardeck-desktop");
const QString kRedirect = QStringLiteral("stardeck://callback");

QString readFileLine(const QString &path, const QByteArray &prefix = {})
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    // /proc files report size 0, so read them whole rather than testing atEnd().
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (prefix.isEmpty())
            return QString::fromUtf8(line).trimmed();
        if (line.startsWith(prefix))
            return QString::fromUtf8(line.mid(line.indexOf(':') + 1)).trimmed();
    }
    return {};
}

QString loadAverage()
{
    return readFileLine(QStringLiteral("/proc/loadavg")).section(QLatin1Char(' '), 0, 2);
}

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

//! The ETH balance of an owner in a /__sandbox/state answer (zero if it has none).
UInt256 ethBalance(const QJsonObject &state, const QString &owner)
{
    for (const auto &v : state.value(QStringLiteral("balances")).toArray()) {
        const QJsonObject b = v.toObject();
        if (b.value(QStringLiteral("owner")).toString() == owner &&
            b.value(QStringLiteral("token_address")).toString().isEmpty()) {
            const auto parsed =
                UInt256::fromDecimal(b.value(QStringLiteral("balance")).toString().toStdString());
            return parsed ? *parsed : UInt256();
        }
    }
    return UInt256();
}

qint64 counter(const QJsonObject &object, const QString &group, const QString &name)
{
    return qint64(object.value(group).toObject().value(name).toDouble());
}

UInt256 times(qint64 count)
{
    UInt256 v = *UInt256::fromDecimal(kAmountWei);
    v.mulAddSmall(quint64(count), 0);
    return v;
}

} // namespace

SandboxBench::SandboxBench(Options options, QObject *parent) : QObject(parent), m_options(std::move(options))
{}

void SandboxBench::start()
{
    m_loadAtStart = loadAverage();
    for (const QString &email : seededEmails()) {
        auto account = deriveSeededAccount(email);
        if (!account) {
            abort(QStringLiteral("deriving %1: %2")
                      .arg(email, QString::fromStdString(account.error().message)));
            return;
        }
        m_accounts.push_back(std::move(*account));
    }
    const QStringList arguments{QStringLiteral("--listen"),     QStringLiteral("127.0.0.1:0"),
                                QStringLiteral("--nfts"),       QString::number(m_options.nfts),
                                QStringLiteral("--auto-login"), m_accounts.front().email};
    m_sandbox = std::make_unique<SandboxProcess>(m_options.sandboxProgram, arguments);
    connect(m_sandbox.get(), &SandboxProcess::ready, this, &SandboxBench::onSandboxReady);
    connect(m_sandbox.get(), &SandboxProcess::failed, this, &SandboxBench::abort);
    std::fprintf(stderr, "sandbox-bench: starting %s --nfts %d\n", qPrintable(m_options.sandboxProgram),
                 m_options.nfts);
    m_sandbox->start(300000); // seeding 100,000 NFTs takes a few seconds
}

void SandboxBench::onSandboxReady(quint16 port)
{
    m_admin = std::make_unique<HttpConnection>(port);
    setGuardianPolicy([this] {
        logIn([this] {
            checkAccounts(0, [this] {
                snapshot(&m_stateBefore, &m_writesBefore, [this] {
                    runTransfers([this] {
                        snapshot(&m_stateAfter, &m_writesAfter, [this] {
                            verifyTransfers();
                            runPages(QString(), [this] {
                                runPages(m_accounts.front().ethAddress, [this] { report(); });
                            });
                        });
                    });
                });
            });
        });
    });
}

void SandboxBench::setGuardianPolicy(const Step &then)
{
    // Guardian confirmations are a person clicking a button: the bench measures the machine.
    m_admin->postJson("/__sandbox/guardian/policy", R"({"mode":"never"})",
                      [this, then](int status, const QByteArray &, const QByteArray &body) {
                          const QJsonObject policy = QJsonDocument::fromJson(body).object();
                          if (status != 200 ||
                              policy.value(QStringLiteral("mode")) != QLatin1String("never")) {
                              abort(QStringLiteral("setting the Guardian policy: HTTP %1 %2")
                                        .arg(status)
                                        .arg(QString::fromUtf8(body)));
                              return;
                          }
                          then();
                      });
}

void SandboxBench::logIn(const Step &then)
{
    // Passport's flow: /authorize with PKCE (approved at once by --auto-login), then the code
    // for tokens at /oauth/token.
    QByteArray raw(32, '\0');
    for (char &c : raw)
        c = char(QRandomGenerator::global()->bounded(256));
    const QByteArray verifier = base64Url(raw);
    const QByteArray challenge = base64Url(QCryptographicHash::hash(verifier, QCryptographicHash::Sha256));
    QUrlQuery query;
    query.setQueryItems(
        {{QStringLiteral("response_type"), QStringLiteral("code")},
         {QStringLiteral("code_challenge"), QString::fromLatin1(challenge)},
         {QStringLiteral("code_challenge_method"), QStringLiteral("S256")},
         {QStringLiteral("client_id"), kClientId},
         {QStringLiteral("redirect_uri"), kRedirect},
         {QStringLiteral("state"), QStringLiteral("bench")},
         {QStringLiteral("scope"), QStringLiteral("openid offline_access profile email transact")},
         {QStringLiteral("audience"), QStringLiteral("platform_api")}});
    const QByteArray path = "/auth/authorize?" + query.toString(QUrl::FullyEncoded).toLatin1();
    m_admin->get(path, [this, then, verifier](int status, const QByteArray &headers, const QByteArray &body) {
        const qsizetype at = headers.toLower().indexOf("\r\nlocation:");
        const qsizetype end = at < 0 ? -1 : headers.indexOf("\r\n", at + 2);
        const QUrl location(QString::fromUtf8(headers.mid(at + 11, end - at - 11).trimmed()));
        const QString code = QUrlQuery(location).queryItemValue(QStringLiteral("code"));
        if (status != 302 || code.isEmpty()) {
            abort(QStringLiteral("/auth/authorize did not redirect with a code (HTTP %1 %2)")
                      .arg(status)
                      .arg(QString::fromUtf8(body.left(200))));
            return;
        }
        QUrlQuery form;
        form.setQueryItems({{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                            {QStringLiteral("client_id"), kClientId},
                            {QStringLiteral("code"), code},
                            {QStringLiteral("redirect_uri"), kRedirect},
                            {QStringLiteral("code_verifier"), QString::fromLatin1(verifier)}});
        m_admin->request("POST", "/auth/oauth/token", form.toString(QUrl::FullyEncoded).toLatin1(),
                         {{"Content-Type", "application/x-www-form-urlencoded"}},
                         [this, then](int tokenStatus, const QByteArray &, const QByteArray &tokenBody) {
                             const QJsonObject tokens = QJsonDocument::fromJson(tokenBody).object();
                             m_accessToken =
                                 tokens.value(QStringLiteral("access_token")).toString().toLatin1();
                             if (tokenStatus != 200 || m_accessToken.isEmpty()) {
                                 abort(QStringLiteral("/auth/oauth/token: HTTP %1 %2")
                                           .arg(tokenStatus)
                                           .arg(QString::fromUtf8(tokenBody)));
                                 return;
                             }
                             then();
                         });
    });
}

void SandboxBench::checkAccounts(std::size_t index, const Step &then)
{
    if (index == m_accounts.size()) {
        then();
        return;
    }
    const SeededAccount &account = m_accounts[index];
    m_admin->get(
        "/imx/v1/users/" + account.ethAddress.toLatin1(),
        [this, index, then](int status, const QByteArray &, const QByteArray &body) {
            const SeededAccount &a = m_accounts[index];
            const QJsonArray keys =
                QJsonDocument::fromJson(body).object().value(QStringLiteral("accounts")).toArray();
            const auto key = UInt256::fromHex(keys.at(0).toString().toStdString());
            if (status != 200 || !key || *key != a.starkKey) {
                abort(QStringLiteral("%1: the sandbox's account %2 does not have the stark key the bench "
                                     "derived (HTTP %3 %4); has sandbox/world/Seed.cpp changed?")
                          .arg(a.email, a.ethAddress)
                          .arg(status)
                          .arg(QString::fromUtf8(body)));
                return;
            }
            checkAccounts(index + 1, then);
        });
}

void SandboxBench::snapshot(QJsonObject *state, QJsonObject *writes, const Step &then)
{
    m_admin->get("/__sandbox/state", [this, state, writes, then](int status, const QByteArray &,
                                                                 const QByteArray &body) {
        if (status != 200) {
            abort(QStringLiteral("/__sandbox/state: HTTP %1").arg(status));
            return;
        }
        *state = QJsonDocument::fromJson(body).object();
        m_admin->get("/__sandbox/writes", [this, writes, then](int writesStatus, const QByteArray &,
                                                               const QByteArray &writesBody) {
            if (writesStatus != 200) {
                abort(QStringLiteral("/__sandbox/writes: HTTP %1").arg(writesStatus));
                return;
            }
            *writes = QJsonDocument::fromJson(writesBody).object();
            then();
        });
    });
}

void SandboxBench::runTransfers(const Step &then)
{
    TransferLoad::Settings settings;
    settings.port = m_sandbox->port();
    settings.connections = m_options.connections;
    settings.seconds = m_options.transferSeconds;
    settings.v2 = m_options.v2;
    settings.bearer = m_accessToken;
    settings.amount = QString::fromLatin1(kAmountWei);
    settings.sender = &m_accounts.front();
    for (std::size_t i = 1; i < m_accounts.size(); ++i)
        settings.receivers.push_back(&m_accounts[i]);
    m_transfers = std::make_unique<TransferLoad>(settings);
    const CpuSample before = sampleCpu();
    connect(m_transfers.get(), &TransferLoad::finished, this, [this, then, before] {
        m_transferCpu = cpuSince(before);
        if (!m_transfers->errors().isEmpty()) {
            abort(
                QStringLiteral("signed transfers: %1").arg(m_transfers->errors().join(QStringLiteral("; "))));
            return;
        }
        then();
    });
    std::fprintf(stderr, "sandbox-bench: signed transfers (%s) for %.1f s on %d connections\n",
                 m_options.v2 ? "v2" : "v1", m_options.transferSeconds, m_options.connections);
    m_transfers->start();
}

void SandboxBench::verifyTransfers()
{
    const qint64 ok = m_transfers->succeeded();
    auto expect = [this](const QString &what, const QString &got, const QString &want) {
        if (got != want)
            m_mismatches.append(QStringLiteral("%1: sandbox %2, client %3").arg(what, got, want));
    };
    const qint64 transfers = counter(m_stateAfter, QStringLiteral("counters"), QStringLiteral("transfers")) -
                             counter(m_stateBefore, QStringLiteral("counters"), QStringLiteral("transfers"));
    expect(QStringLiteral("transfers executed"), QString::number(transfers), QString::number(ok));
    const auto delta = [this](const QString &name) {
        return counter(m_writesAfter, QStringLiteral("signables"), name) -
               counter(m_writesBefore, QStringLiteral("signables"), name);
    };
    expect(QStringLiteral("signables consumed"), QString::number(delta(QStringLiteral("consumed"))),
           QString::number(ok));
    expect(QStringLiteral("signables issued"), QString::number(delta(QStringLiteral("issued"))),
           QString::number(m_transfers->signablesRequested()));
    expect(QStringLiteral("create calls rejected"), QString::number(delta(QStringLiteral("rejected"))),
           QStringLiteral("0"));
    expect(QStringLiteral("transfer records in /__sandbox/writes"),
           QString::number(m_writesAfter.value(QStringLiteral("transfers")).toArray().size() -
                           m_writesBefore.value(QStringLiteral("transfers")).toArray().size()),
           QString::number(ok));

    const SeededAccount &sender = m_accounts.front();
    UInt256 spent = ethBalance(m_stateBefore, sender.ethAddress);
    spent.subInPlace(ethBalance(m_stateAfter, sender.ethAddress));
    expect(QStringLiteral("ETH leaving %1").arg(sender.email), QString::fromStdString(spent.toDecimal()),
           QString::fromStdString(times(ok).toDecimal()));
    for (std::size_t i = 1; i < m_accounts.size(); ++i) {
        const SeededAccount &r = m_accounts[i];
        UInt256 received = ethBalance(m_stateAfter, r.ethAddress);
        received.subInPlace(ethBalance(m_stateBefore, r.ethAddress));
        const auto it = m_transfers->perReceiver().find(r.ethAddress);
        const qint64 count = it == m_transfers->perReceiver().end() ? 0 : it->second;
        expect(QStringLiteral("ETH reaching %1").arg(r.email), QString::fromStdString(received.toDecimal()),
               QString::fromStdString(times(count).toDecimal()));
    }
    m_verified = m_mismatches.isEmpty();
    for (const QString &m : m_mismatches)
        std::fprintf(stderr, "sandbox-bench: MISMATCH %s\n", qPrintable(m));
}

void SandboxBench::runPages(const QString &filterUser, const Step &then)
{
    PageLoad::Settings settings;
    settings.port = m_sandbox->port();
    settings.connections = m_options.connections;
    settings.seconds = m_options.readSeconds;
    settings.pageSize = m_options.pageSize;
    settings.filterUser = filterUser;
    auto load = std::make_unique<PageLoad>(settings);
    PageLoad *raw = load.get();
    m_pages.push_back(std::move(load));
    m_pageFilters.push_back(filterUser);
    const CpuSample before = sampleCpu();
    connect(raw, &PageLoad::finished, this, [this, raw, then, before] {
        m_pageCpu.push_back(cpuSince(before));
        if (!raw->errors().isEmpty()) {
            abort(QStringLiteral("page reads: %1").arg(raw->errors().join(QStringLiteral("; "))));
            return;
        }
        then();
    });
    std::fprintf(stderr, "sandbox-bench: GET /imx/v1/assets?page_size=%d%s for %.1f s on %d connections\n",
                 m_options.pageSize,
                 filterUser.isEmpty() ? "" : qPrintable(QStringLiteral("&user=") + filterUser),
                 m_options.readSeconds, m_options.connections);
    raw->start();
}

void SandboxBench::printLine(QJsonObject line)
{
    line.insert(QStringLiteral("bench"), QStringLiteral("sandbox"));
    std::fprintf(stdout, "%s\n", QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

void SandboxBench::report()
{
    const QString cpuModel = readFileLine(QStringLiteral("/proc/cpuinfo"), "model name");
    const QString loadAtEnd = loadAverage();
    printLine(QJsonObject{{QStringLiteral("op"), QStringLiteral("machine")},
                          {QStringLiteral("cpus"), QThread::idealThreadCount()},
                          {QStringLiteral("cpu_model"), cpuModel},
                          {QStringLiteral("kernel"), QSysInfo::kernelVersion()},
                          {QStringLiteral("qt"), QString::fromLatin1(qVersion())},
                          {QStringLiteral("build_type"), QStringLiteral(STARDECK_BENCH_BUILD_TYPE)},
                          {QStringLiteral("load_average_start"), m_loadAtStart},
                          {QStringLiteral("load_average_end"), loadAtEnd},
                          {QStringLiteral("nfts"), m_options.nfts},
                          {QStringLiteral("quick"), m_options.quick}});

    const double transferRate = double(m_transfers->succeeded()) / m_transfers->elapsedSeconds();
    const double transferSeconds = m_transfers->elapsedSeconds();
    QJsonObject transferLine{
        {QStringLiteral("op"), QStringLiteral("signed_transfers")},
        {QStringLiteral("api"), m_options.v2 ? QStringLiteral("v2") : QStringLiteral("v1")},
        {QStringLiteral("per_second"), qRound(transferRate * 10) / 10.0},
        {QStringLiteral("count"), m_transfers->succeeded()},
        {QStringLiteral("seconds"), transferSeconds},
        {QStringLiteral("connections"), m_options.connections},
        {QStringLiteral("guardian_policy"), QStringLiteral("never")},
        {QStringLiteral("verified"), m_verified},
        {QStringLiteral("target"), kTransferTarget},
        {QStringLiteral("met"), transferRate >= kTransferTarget}};
    addCpu(&transferLine, m_transferCpu, transferSeconds);
    addLatency(&transferLine, m_transfers->latencies());
    printLine(transferLine);
    struct Row {
        QString test;
        QString result;
        QString target;
        bool met;
        QString cpu;
    };
    const auto cpuText = [](const CpuUse &use, double seconds) {
        return QStringLiteral("%1 / %2 / %3")
            .arg(qRound(100 * use.server / seconds))
            .arg(qRound(100 * use.client / seconds))
            .arg(qRound(100 * use.others / seconds));
    };
    std::vector<Row> rows;
    rows.push_back({QStringLiteral("signed transfers (%1, signable + sign + create)")
                        .arg(m_options.v2 ? QStringLiteral("v2") : QStringLiteral("v1")),
                    QStringLiteral("%1 /s (%2 in %3 s)")
                        .arg(transferRate, 0, 'f', 0)
                        .arg(m_transfers->succeeded())
                        .arg(transferSeconds, 0, 'f', 1),
                    QStringLiteral(">= %1 /s").arg(kTransferTarget), transferRate >= kTransferTarget,
                    cpuText(m_transferCpu, transferSeconds)});
    for (std::size_t i = 0; i < m_pages.size(); ++i) {
        const PageLoad &p = *m_pages[i];
        const double seconds = p.elapsedSeconds();
        const double rate = double(p.pages()) / seconds;
        const QString filter =
            m_pageFilters[i].isEmpty() ? QStringLiteral("none") : QStringLiteral("user=") + m_pageFilters[i];
        QJsonObject pageLine{
            {QStringLiteral("op"), m_pageFilters[i].isEmpty() ? QStringLiteral("asset_pages")
                                                              : QStringLiteral("asset_pages_by_user")},
            {QStringLiteral("page_size"), m_options.pageSize},
            {QStringLiteral("filter"), filter},
            {QStringLiteral("per_second"), qRound(rate * 10) / 10.0},
            {QStringLiteral("pages"), p.pages()},
            {QStringLiteral("full_pages"), p.fullPages()},
            {QStringLiteral("walks_completed"), p.walks()},
            {QStringLiteral("items_checked"), p.checkedItems()},
            {QStringLiteral("mb_per_second"), qRound(double(p.bytes()) / seconds / 1e5) / 10.0},
            {QStringLiteral("seconds"), seconds},
            {QStringLiteral("connections"), m_options.connections},
            {QStringLiteral("target"), kPageTarget},
            {QStringLiteral("met"), rate >= kPageTarget}};
        addCpu(&pageLine, m_pageCpu[i], seconds);
        addLatency(&pageLine, p.latencies());
        printLine(pageLine);
        rows.push_back({QStringLiteral("%1-item asset pages%2")
                            .arg(m_options.pageSize)
                            .arg(m_pageFilters[i].isEmpty() ? QString() : QStringLiteral(", one owner")),
                        QStringLiteral("%1 /s (%2 MB/s)")
                            .arg(rate, 0, 'f', 0)
                            .arg(double(p.bytes()) / seconds / 1e6, 0, 'f', 0),
                        QStringLiteral(">= %1 /s").arg(kPageTarget), rate >= kPageTarget,
                        cpuText(m_pageCpu[i], seconds)});
    }

    std::fprintf(
        stderr,
        "\nstardeck-sandbox over loopback: %d CPUs (%s), load average %s at the start, %s at the end; "
        "%d NFTs; %d connections; Guardian policy \"never\"%s\n",
        QThread::idealThreadCount(), qPrintable(cpuModel), qPrintable(m_loadAtStart), qPrintable(loadAtEnd),
        m_options.nfts, m_options.connections, m_options.quick ? "; --quick: figures meaningless" : "");
    std::fprintf(stderr, "| test | result | target | met? | CPU %% of a core: sandbox / bench / others |\n"
                         "|---|---:|---:|---|---:|\n");
    for (const Row &row : rows)
        std::fprintf(stderr, "| %s | %s | %s | %s | %s |\n", qPrintable(row.test), qPrintable(row.result),
                     qPrintable(row.target), row.met ? "met" : "MISSED", qPrintable(row.cpu));
    std::fprintf(stderr, "transfers checked against /__sandbox/state and /__sandbox/writes: %s\n",
                 m_verified ? "every transfer executed once, balances moved accordingly"
                            : "MISMATCH (see above)");
    finish(m_verified ? 0 : 1);
}

void SandboxBench::abort(const QString &reason)
{
    std::fprintf(stderr, "sandbox-bench: error: %s\n", qPrintable(reason));
    finish(1);
}

void SandboxBench::finish(int exitCode)
{
    if (m_finishing)
        return;
    m_finishing = true;
    // Connections and loads stay alive: this may run inside one of their callbacks.
    if (!m_sandbox) {
        Q_EMIT finished(exitCode);
        return;
    }
    disconnect(m_sandbox.get(), &SandboxProcess::failed, this, &SandboxBench::abort);
    connect(m_sandbox.get(), &SandboxProcess::stopped, this, [this, exitCode] { Q_EMIT finished(exitCode); });
    connect(m_sandbox.get(), &SandboxProcess::failed, this, [this, exitCode] { Q_EMIT finished(exitCode); });
    m_sandbox->stop();
}

SandboxBench::CpuSample SandboxBench::sampleCpu() const
{
    return CpuSample{cpuSeconds(m_sandbox->pid()), cpuSeconds(QCoreApplication::applicationPid()),
                     machineBusySeconds()};
}

SandboxBench::CpuUse SandboxBench::cpuSince(const CpuSample &start) const
{
    const CpuSample now = sampleCpu();
    CpuUse use{now.server - start.server, now.client - start.client, 0};
    use.others = std::max(0.0, (now.machine - start.machine) - use.server - use.client);
    return use;
}

void SandboxBench::addCpu(QJsonObject *line, const CpuUse &use, double seconds)
{
    line->insert(QStringLiteral("server_cpu_percent"), qRound(100 * use.server / seconds));
    line->insert(QStringLiteral("client_cpu_percent"), qRound(100 * use.client / seconds));
    line->insert(QStringLiteral("others_cpu_percent"), qRound(100 * use.others / seconds));
}

double SandboxBench::machineBusySeconds()
{
    // The first line of /proc/stat: "cpu user nice system idle iowait irq softirq steal ...".
    const QList<QByteArray> fields =
        readFileLine(QStringLiteral("/proc/stat")).toLatin1().simplified().split(' ');
    if (fields.size() < 9)
        return 0;
    double busy = 0;
    for (int i : {1, 2, 3, 6, 7, 8})
        busy += fields[i].toDouble();
    return busy / double(sysconf(_SC_CLK_TCK));
}

double SandboxBench::cpuSeconds(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (pid <= 0 || !file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = file.readAll();
    // Fields after the parenthesised command name: state is field 3, utime 14, stime 15.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    const auto ticks = double(sysconf(_SC_CLK_TCK));
    return (fields[11].toDouble() + fields[12].toDouble()) / ticks;
}

} // namespace stardeck::bench
