// SPDX-License-Identifier: MIT
#include "media/MediaLoader.h"

#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkDiskCache>
#include <QNetworkReply>
#include <QTimer>

namespace stardeck::media {

namespace {

constexpr int kMaxRedirects = 3;

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString keyOf(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveFragment).toString(QUrl::FullyEncoded);
}

} // namespace

std::optional<ImageFormat> sniffImageFormat(const QByteArray &bytes)
{
    if (bytes.startsWith(QByteArrayLiteral("\x89PNG\r\n\x1a\n")))
        return ImageFormat::Png;
    if (bytes.startsWith(QByteArrayLiteral("\xff\xd8\xff")))
        return ImageFormat::Jpeg;
    if (bytes.startsWith(QByteArrayLiteral("GIF87a")) || bytes.startsWith(QByteArrayLiteral("GIF89a")))
        return ImageFormat::Gif;
    if (bytes.size() >= 12 && bytes.startsWith(QByteArrayLiteral("RIFF")) && bytes.mid(8, 4) == "WEBP")
        return ImageFormat::Webp;
    // SVG: optional BOM/whitespace, an XML declaration or comment, then an <svg element early on.
    QByteArray head = bytes.left(4096);
    if (head.startsWith(QByteArrayLiteral("\xef\xbb\xbf")))
        head.remove(0, 3);
    head = head.trimmed();
    if (head.startsWith('<') && head.contains("<svg"))
        return ImageFormat::Svg;
    return std::nullopt;
}

MediaLoader::MediaLoader(MediaConfig config, QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_nam(new QNetworkAccessManager(this))
{
    if (!m_config.cacheDirectory.isEmpty()) {
        auto *cache = new QNetworkDiskCache(m_nam);
        cache->setCacheDirectory(m_config.cacheDirectory);
        cache->setMaximumCacheSize(m_config.diskCacheBytes);
        m_nam->setCache(cache);
    }
    m_config.maxConcurrent = qMax(1, m_config.maxConcurrent);
}

MediaLoader::~MediaLoader()
{
    const auto running = m_running;
    m_running.clear();
    for (QNetworkReply *reply : running) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void MediaLoader::setAllowThirdParty(bool allow)
{
    m_config.allowThirdParty = allow;
    if (allow)
        return;
    // Queued downloads to hosts that are now refused fail at once.
    for (auto it = m_queue.begin(); it != m_queue.end();) {
        MediaError why;
        if (isAllowed(m_jobs.value(*it).url, &why)) {
            ++it;
            continue;
        }
        const QString key = *it;
        it = m_queue.erase(it);
        finish(key, MediaResult{std::nullopt, why});
    }
}

bool MediaLoader::isAllowed(const QUrl &url, MediaError *why) const
{
    const auto refuse = [why](MediaError::Kind kind, QString message) {
        if (why != nullptr)
            *why = MediaError{kind, std::move(message)};
        return false;
    };
    if (!url.isValid() || url.host().isEmpty())
        return refuse(MediaError::Kind::InvalidUrl, QStringLiteral("not a valid image address"));
    const QString scheme = url.scheme().toLower();
    const QString host = url.host().toLower();
    const bool loopback = isLoopbackHost(host);
    if (scheme != QLatin1String("https") && !(scheme == QLatin1String("http") && loopback))
        return refuse(MediaError::Kind::InvalidUrl, QStringLiteral("images are only loaded over https"));
    if (!m_config.allowThirdParty && !m_config.firstPartyHosts.contains(host))
        return refuse(MediaError::Kind::Blocked, QStringLiteral("third-party images are turned off"));
    return true;
}

void MediaLoader::failLater(QObject *context, Callback done, MediaError error)
{
    QTimer::singleShot(0, context, [done = std::move(done), error = std::move(error)] {
        done(MediaResult{std::nullopt, error});
    });
}

void MediaLoader::fetch(const QUrl &url, QObject *context, Callback done)
{
    if (context == nullptr || !done)
        return;
    MediaError why;
    if (!isAllowed(url, &why)) {
        failLater(context, std::move(done), why);
        return;
    }
    const QString key = keyOf(url);
    auto it = m_jobs.find(key);
    if (it == m_jobs.end()) {
        it = m_jobs.insert(key, Job{url, {}, 0});
        m_queue.push_back(key);
    }
    it->waiters.append(Waiter{context, std::move(done)});
    QTimer::singleShot(0, this, &MediaLoader::pump);
}

bool MediaLoader::anyAlive(const QList<Waiter> &waiters)
{
    for (const Waiter &w : waiters) {
        if (w.context)
            return true;
    }
    return false;
}

void MediaLoader::pump()
{
    while (int(m_running.size()) < m_config.maxConcurrent && !m_queue.empty()) {
        const QString key = m_queue.front();
        m_queue.pop_front();
        // Nobody waits any more (the view scrolled away): skip the download.
        if (!anyAlive(m_jobs.value(key).waiters)) {
            m_jobs.remove(key);
            continue;
        }
        start(key);
    }
}

void MediaLoader::start(const QString &key)
{
    Job &job = m_jobs[key];
    QNetworkRequest request(job.url);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::PreferCache);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setTransferTimeout(m_config.timeoutMs);
    request.setRawHeader(QByteArrayLiteral("Accept"),
                         QByteArrayLiteral("image/png,image/jpeg,image/gif,image/webp,image/svg+xml"));
    QNetworkReply *reply = m_nam->get(request);
    m_running.insert(key, reply);
    ++m_started;

    connect(reply, &QNetworkReply::redirected, this, [this, key, reply](const QUrl &target) {
        Job &redirectedJob = m_jobs[key];
        MediaError why;
        if (++redirectedJob.redirects > kMaxRedirects) {
            why = MediaError{MediaError::Kind::Network, QStringLiteral("too many redirects")};
        } else if (isAllowed(target, &why)) {
            Q_EMIT reply->redirectAllowed();
            return;
        }
        m_running.remove(key);
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
        finish(key, MediaResult{std::nullopt, why});
        pump();
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [this, key, reply](qint64 received, qint64 total) {
        if (received <= m_config.maxImageBytes && total <= m_config.maxImageBytes)
            return;
        m_running.remove(key);
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
        finish(key, MediaResult{std::nullopt, MediaError{MediaError::Kind::TooLarge,
                                                         QStringLiteral("the image is too large")}});
        pump();
    });
    connect(reply, &QNetworkReply::finished, this, [this, key, reply] {
        m_running.remove(key);
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        MediaResult result;
        if (reply->error() != QNetworkReply::NoError && status == 0) {
            result.error = MediaError{MediaError::Kind::Network, reply->errorString()};
        } else if (status == 404 || status == 410) {
            result.error = MediaError{MediaError::Kind::NotFound, QStringLiteral("image not found")};
        } else if (status < 200 || status > 299) {
            result.error =
                MediaError{MediaError::Kind::Http, QStringLiteral("image host answered HTTP %1").arg(status)};
        } else {
            const QByteArray bytes = reply->readAll();
            const auto format = sniffImageFormat(bytes);
            if (bytes.size() > m_config.maxImageBytes)
                result.error =
                    MediaError{MediaError::Kind::TooLarge, QStringLiteral("the image is too large")};
            else if (!format)
                result.error =
                    MediaError{MediaError::Kind::NotAnImage, QStringLiteral("not a supported image")};
            else
                result.data = MediaData{
                    bytes, *format, reply->attribute(QNetworkRequest::SourceIsFromCacheAttribute).toBool()};
        }
        finish(key, result);
        pump();
    });
}

void MediaLoader::finish(const QString &key, const MediaResult &result)
{
    const Job job = m_jobs.take(key);
    for (const Waiter &waiter : job.waiters) {
        if (waiter.context)
            QTimer::singleShot(0, waiter.context.data(), [done = waiter.done, result] { done(result); });
    }
}

} // namespace stardeck::media
