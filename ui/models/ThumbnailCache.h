// SPDX-License-Identifier: MIT
#pragma once

#include "media/MediaLoader.h"

#include <QCache>
#include <QImage>
#include <QObject>
#include <QPixmap>
#include <QPointer>
#include <QSet>
#include <QSize>
#include <QString>

namespace stardeck::ui {

//! Decodes image bytes (PNG/JPEG/GIF/WebP, or SVG rendered with QSvgRenderer) to an image that fits
//! `size` keeping the aspect ratio. A null image when the bytes do not decode. Thread-safe.
QImage decodeThumbnail(const QByteArray &bytes, media::ImageFormat format, QSize size);

//! Images for item models: downloaded on demand through MediaLoader, decoded on a worker thread,
//! kept in a bounded in-memory cache. Each URL is requested once until it is evicted; failures are
//! remembered (the placeholder stays) until clearFailures(). Lives on the GUI thread.
class ThumbnailCache : public QObject {
    Q_OBJECT

public:
    //! A cache of images scaled to `size`, holding at most `maxKilobytes` of decoded pixels.
    //! `loader` is not owned and must outlive this object (or be null: every image then fails).
    ThumbnailCache(media::MediaLoader *loader, QSize size, int maxKilobytes = 32 * 1024,
                   QObject *parent = nullptr);
    //! Pending downloads and decodes are dropped: nothing is called back after destruction.
    ~ThumbnailCache() override;

    //! The image of `url` when it is decoded and cached; otherwise starts loading it (once) and
    //! returns a null pixmap. ready(url) follows when it arrives.
    QPixmap pixmap(const QString &url);
    //! The neutral image shown until (or instead of) the real one.
    const QPixmap &placeholder() const { return m_placeholder; }
    //! True while `url` is being downloaded or decoded.
    bool isPending(const QString &url) const { return m_pending.contains(url); }
    //! True when the image of `url` is decoded and cached (never starts a download).
    bool isCached(const QString &url) const { return m_cache.contains(url); }
    //! True when `url` failed (blocked, missing, not an image); it is not requested again.
    bool hasFailed(const QString &url) const { return m_failed.contains(url); }
    //! Forgets failures (e.g. after the privacy switch changed) so they are tried again.
    void clearFailures() { m_failed.clear(); }
    //! The size images are scaled to.
    QSize size() const { return m_size; }

Q_SIGNALS:
    //! The image of `url` is now in the cache.
    void ready(const QString &url);
    //! `url` could not be loaded or decoded; the placeholder stays.
    void failed(const QString &url);

private:
    void fail(const QString &url);

    QPointer<media::MediaLoader> m_loader;
    QSize m_size;
    QCache<QString, QPixmap> m_cache;
    QSet<QString> m_pending;
    QSet<QString> m_failed;
    QPixmap m_placeholder;
};

} // namespace stardeck::ui
