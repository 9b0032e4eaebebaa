// SPDX-License-Identifier: MIT
// MediaLoader against the in-process sandbox's image host: downloads, the disk cache, sharing of
// identical requests, size cap, content sniffing, the privacy switch and dead callers.
#include "SandboxFixture.h"
#include "media/MediaLoader.h"

#include <QTemporaryDir>
#include <QTest>

using namespace stardeck;
using namespace stardeck::media;
using namespace stardeck::test;

namespace {

constexpr int kWaitMs = 20000;

std::optional<MediaResult> fetchNow(MediaLoader &loader, const QUrl &url)
{
    std::optional<MediaResult> result;
    QObject context;
    loader.fetch(url, &context, [&](MediaResult r) { result = std::move(r); });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, kWaitMs))
        return std::nullopt;
    return result;
}

//! The image URLs of the first `count` assets of the demo world, as the API hands them out.
QList<QUrl> assetImages(SandboxFixture &f, int count)
{
    const HttpResult r = f.get(QStringLiteral("/imx/v1/assets?page_size=%1").arg(count));
    QList<QUrl> urls;
    for (const QJsonValue item : r.object().value(QStringLiteral("result")).toArray())
        urls.append(QUrl(item.toObject().value(QStringLiteral("image_url")).toString()));
    return urls;
}

MediaConfig cacheConfig(const QString &dir)
{
    MediaConfig config;
    config.cacheDirectory = dir;
    return config;
}

} // namespace

class TestMediaLoader : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sniffing_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("format"); // -1 = not an image
        QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n....", 12) << int(ImageFormat::Png);
        QTest::newRow("jpeg") << QByteArray("\xff\xd8\xff\xe0", 4) << int(ImageFormat::Jpeg);
        QTest::newRow("gif") << QByteArray("GIF89a...") << int(ImageFormat::Gif);
        QTest::newRow("webp") << QByteArray("RIFF\x10\0\0\0WEBPVP8 ", 16) << int(ImageFormat::Webp);
        QTest::newRow("svg") << QByteArray("<svg xmlns='http://www.w3.org/2000/svg'/>")
                             << int(ImageFormat::Svg);
        QTest::newRow("svg with prolog")
            << QByteArray("\xef\xbb\xbf  <?xml version='1.0'?>\n<svg/>") << int(ImageFormat::Svg);
        QTest::newRow("empty") << QByteArray() << -1;
        QTest::newRow("json") << QByteArray("{\"result\":[]}") << -1;
        QTest::newRow("html") << QByteArray("<!DOCTYPE html><html><body>hi</body></html>") << -1;
        QTest::newRow("truncated png magic") << QByteArray("\x89PNG\r\n", 6) << -1;
        QTest::newRow("riff but not webp") << QByteArray("RIFF\x10\0\0\0WAVEfmt ", 16) << -1;
        QTest::newRow("short riff") << QByteArray("RIFF") << -1;
    }
    void sniffing()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, format);
        const auto sniffed = sniffImageFormat(bytes);
        QCOMPARE(sniffed.has_value(), format >= 0);
        if (sniffed)
            QCOMPARE(int(*sniffed), format);
    }

    void downloadsAndCaches()
    {
        SandboxFixture f;
        QTemporaryDir cacheDir;
        const QList<QUrl> urls = assetImages(f, 1);
        QCOMPARE(urls.size(), 1);
        {
            MediaLoader loader(cacheConfig(cacheDir.path()));
            const auto first = fetchNow(loader, urls.first());
            QVERIFY(first && first->ok());
            QVERIFY(!first->data->fromCache);
            QVERIFY(first->data->bytes.size() > 100);
            // The sandbox's own bytes for that URL.
            QCOMPARE(first->data->bytes, f.get(urls.first().path()).body);
        }
        // A new loader (a restart) finds it in the disk cache without asking the server.
        f.postJson(QStringLiteral("/__sandbox/faults"),
                   {{QStringLiteral("route"), QStringLiteral("media.*")}, {QStringLiteral("status"), 500}});
        MediaLoader again(cacheConfig(cacheDir.path()));
        const auto cached = fetchNow(again, urls.first());
        QVERIFY(cached && cached->ok());
        QVERIFY(cached->data->fromCache);
    }

    void identicalRequestsShareOneDownload()
    {
        SandboxFixture f;
        const QUrl url = assetImages(f, 1).value(0);
        MediaLoader loader(MediaConfig{});
        QObject context;
        int delivered = 0;
        for (int i = 0; i < 5; ++i)
            loader.fetch(url, &context, [&](MediaResult r) { delivered += r.ok() ? 1 : 0; });
        QTRY_COMPARE_WITH_TIMEOUT(delivered, 5, kWaitMs);
        QCOMPARE(loader.startedCount(), 1);
    }

    void concurrencyIsLimitedAndEverythingCompletes()
    {
        SandboxFixture f;
        const QList<QUrl> urls = assetImages(f, 12);
        QCOMPARE(urls.size(), 12);
        MediaConfig config;
        config.maxConcurrent = 2;
        MediaLoader loader(config);
        QObject context;
        int delivered = 0;
        for (const QUrl &url : urls)
            loader.fetch(url, &context, [&](MediaResult r) { delivered += r.ok() ? 1 : 0; });
        QCOMPARE(loader.pendingCount(), 12);
        QTest::qWait(0);
        QVERIFY(loader.startedCount() <= 2);
        QTRY_COMPARE_WITH_TIMEOUT(delivered, 12, kWaitMs);
        QCOMPARE(loader.pendingCount(), 0);
    }

    void failures()
    {
        SandboxFixture f;
        const QUrl image = assetImages(f, 1).value(0);
        MediaConfig small;
        small.maxImageBytes = 64;
        MediaLoader tiny(small);
        auto r = fetchNow(tiny, image);
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error.kind, MediaError::Kind::TooLarge);

        MediaLoader loader(MediaConfig{});
        r = fetchNow(loader,
                     f.url(QStringLiteral("/media/nft/0x0000000000000000000000000000000000000001/1.png")));
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error.kind, MediaError::Kind::NotFound);

        r = fetchNow(loader, f.url(QStringLiteral("/imx/v1/tokens")));
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error.kind, MediaError::Kind::NotAnImage);

        f.postJson(QStringLiteral("/__sandbox/faults"),
                   {{QStringLiteral("route"), QStringLiteral("media.nft")},
                    {QStringLiteral("status"), 503},
                    {QStringLiteral("times"), 1}});
        r = fetchNow(loader, image);
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error.kind, MediaError::Kind::Http);

        for (const QString &bad :
             {QStringLiteral("ftp://127.0.0.1/x.png"), QStringLiteral("http://example.com/x.png"),
              QStringLiteral("file:///etc/passwd"), QStringLiteral("not a url")}) {
            r = fetchNow(loader, QUrl(bad));
            QVERIFY(r && !r->ok());
            QCOMPARE(r->error.kind, MediaError::Kind::InvalidUrl);
        }
        QCOMPARE(loader.startedCount(), 3);

        // A redirect to a scheme we never load is refused.
        r = fetchNow(loader, f.url(QStringLiteral("/auth/v2/logout?client_id=stardeck-desktop")));
        QVERIFY(r && !r->ok());
        QVERIFY(r->error.kind == MediaError::Kind::InvalidUrl ||
                r->error.kind == MediaError::Kind::NotAnImage || r->error.kind == MediaError::Kind::Http);
    }

    void privacySwitch()
    {
        SandboxFixture f;
        const QUrl image = assetImages(f, 1).value(0);
        MediaConfig config;
        config.allowThirdParty = false;
        MediaLoader loader(config);
        auto r = fetchNow(loader, image);
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error.kind, MediaError::Kind::Blocked);
        QCOMPARE(loader.startedCount(), 0); // refused without contacting the host

        config.firstPartyHosts = {QStringLiteral("127.0.0.1")};
        MediaLoader firstParty(config);
        r = fetchNow(firstParty, image);
        QVERIFY(r && r->ok());

        // Switching third-party media off fails what is still queued for other hosts.
        MediaConfig open;
        open.maxConcurrent = 1;
        MediaLoader switching(open);
        QObject context;
        QList<MediaError::Kind> kinds;
        const QList<QUrl> urls = assetImages(f, 3);
        for (const QUrl &url : urls)
            switching.fetch(url, &context, [&](MediaResult res) {
                kinds.append(res.ok() ? MediaError::Kind::Network : res.error.kind);
            });
        switching.setAllowThirdParty(false);
        QTRY_COMPARE_WITH_TIMEOUT(kinds.size(), 3, kWaitMs);
        QCOMPARE(kinds.count(MediaError::Kind::Blocked), 3);
    }

    void deadCallersAreSkipped()
    {
        SandboxFixture f;
        const QList<QUrl> urls = assetImages(f, 6);
        MediaConfig config;
        config.maxConcurrent = 1;
        MediaLoader loader(config);
        bool called = false;
        {
            QObject gone;
            for (const QUrl &url : urls)
                loader.fetch(url, &gone, [&](MediaResult) { called = true; });
        }
        QTRY_COMPARE_WITH_TIMEOUT(loader.pendingCount(), 0, kWaitMs);
        QTest::qWait(100);
        QVERIFY(!called);
        QVERIFY(loader.startedCount() <= 1);
    }
};

QTEST_GUILESS_MAIN(TestMediaLoader)
#include "tst_media_loader.moc"
