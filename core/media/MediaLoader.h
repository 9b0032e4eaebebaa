// SPDX-License-Identifier: MIT
#pragma once
// Asynchronous image downloads for NFT and token images: a disk cache, a concurrency limit, a size
// cap, content sniffing (only real images come back) and a privacy switch that refuses every host
// but the configured first-party ones (and redirects to them) when third-party media is turned off.
// Bytes only: decoding to pixels is the UI's job.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QUrl>

#include <deque>
#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace stardeck::media {

//! What the loader may do.
struct MediaConfig {
    QString cacheDirectory; //!< disk cache location; empty = no disk cache
    qint64 diskCacheBytes = 256ll << 20;
    qint64 maxImageBytes = 8ll << 20; //!< larger images fail with TooLarge
    int maxConcurrent = 6;
    int timeoutMs = 15'000;
    bool allowThirdParty = true;   //!< false: only firstPartyHosts are contacted
    QSet<QString> firstPartyHosts; //!< lower-case host names (e.g. the API's media host, 127.0.0.1)
};

//! The image format found by sniffing the bytes.
enum class ImageFormat {
    Png,
    Jpeg,
    Gif,
    Webp,
    Svg
};

//! A downloaded image.
struct MediaData {
    QByteArray bytes;
    ImageFormat format = ImageFormat::Png;
    bool fromCache = false;
};

//! Why an image is not available.
struct MediaError {
    enum class Kind {
        InvalidUrl, //!< not http(s), or plain http to a non-loopback host
        Blocked,    //!< third-party media is turned off
        Network,    //!< no answer, timeout, too many redirects
        NotFound,   //!< 404/410
        Http,       //!< another non-2xx status
        TooLarge,
        NotAnImage, //!< the bytes are not PNG/JPEG/GIF/WebP/SVG
    };
    Kind kind = Kind::Network;
    QString message;
};

//! An image or the reason there is none.
struct MediaResult {
    std::optional<MediaData> data;
    MediaError error;
    bool ok() const { return data.has_value(); }
};

//! Sniffs the format of image bytes; nullopt when they are not a supported image.
std::optional<ImageFormat> sniffImageFormat(const QByteArray &bytes);

//! Downloads images. Lives on one thread; callbacks run later on the context's thread, never after
//! the context is destroyed. Requests for the same URL share one download.
class MediaLoader : public QObject {
    Q_OBJECT
public:
    using Callback = std::function<void(MediaResult)>;

    explicit MediaLoader(MediaConfig config, QObject *parent = nullptr);
    ~MediaLoader() override;

    //! Turns third-party hosts on or off (queued requests to refused hosts fail at once).
    void setAllowThirdParty(bool allow);
    bool allowsThirdParty() const { return m_config.allowThirdParty; }
    //! True when `url` may be fetched under the current settings (scheme, loopback, privacy).
    bool isAllowed(const QUrl &url, MediaError *why = nullptr) const;
    //! Fetches `url` (from the disk cache when it is there and fresh).
    void fetch(const QUrl &url, QObject *context, Callback done);
    //! Requests waiting or running.
    int pendingCount() const { return int(m_queue.size()) + int(m_running.size()); }
    //! Downloads started over the network so far (cache hits count too when the cache answered).
    int startedCount() const { return m_started; }

private:
    struct Waiter {
        QPointer<QObject> context;
        Callback done;
    };
    struct Job {
        QUrl url;
        QList<Waiter> waiters;
        int redirects = 0;
    };

    void pump();
    void start(const QString &key);
    void finish(const QString &key, const MediaResult &result);
    void failLater(QObject *context, Callback done, MediaError error);
    static bool anyAlive(const QList<Waiter> &waiters);

    MediaConfig m_config;
    QNetworkAccessManager *m_nam = nullptr;
    std::deque<QString> m_queue; //!< keys waiting to start, oldest first
    QHash<QString, Job> m_jobs;  //!< by URL key: queued or running
    QHash<QString, QNetworkReply *> m_running;
    int m_started = 0;
};

} // namespace stardeck::media
