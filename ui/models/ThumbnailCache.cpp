// SPDX-License-Identifier: MIT
#include "models/ThumbnailCache.h"

#include <QBuffer>
#include <QFutureWatcher>
#include <QImageReader>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QSvgRenderer>
#include <QtConcurrent/QtConcurrentRun>

namespace stardeck::ui {

QImage decodeThumbnail(const QByteArray &bytes, media::ImageFormat format, QSize size)
{
    if (!size.isValid() || size.isEmpty())
        return {};
    if (format == media::ImageFormat::Svg) {
        QSvgRenderer renderer(bytes);
        if (!renderer.isValid())
            return {};
        renderer.setAspectRatioMode(Qt::KeepAspectRatio);
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        renderer.render(&painter);
        return image;
    }
    QBuffer buffer;
    buffer.setData(bytes);
    QImageReader reader(&buffer);
    reader.setDecideFormatFromContent(true);
    // Decode at the target size where the format supports it (JPEG does): less memory and time.
    const QSize original = reader.size();
    if (original.isValid() && (original.width() > size.width() || original.height() > size.height()))
        reader.setScaledSize(original.scaled(size, Qt::KeepAspectRatio));
    QImage image = reader.read();
    if (image.isNull())
        return {};
    if (image.width() > size.width() || image.height() > size.height())
        image = image.scaled(size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return image;
}

namespace {

QPixmap makePlaceholder(QSize size)
{
    QPixmap pixmap(size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    QColor fill = QPalette().color(QPalette::Mid);
    fill.setAlpha(90);
    const qreal radius = qMax(2.0, size.width() / 10.0);
    QPainterPath path;
    path.addRoundedRect(QRectF(QPointF(1, 1), QSizeF(size) - QSizeF(2, 2)), radius, radius);
    painter.fillPath(path, fill);
    return pixmap;
}

} // namespace

ThumbnailCache::ThumbnailCache(media::MediaLoader *loader, QSize size, int maxKilobytes, QObject *parent)
    : QObject(parent)
    , m_loader(loader)
    , m_size(size)
    , m_cache(qMax(1, maxKilobytes))
    , m_placeholder(makePlaceholder(size))
{}

ThumbnailCache::~ThumbnailCache() = default;

QPixmap ThumbnailCache::pixmap(const QString &url)
{
    if (url.isEmpty())
        return {};
    if (const QPixmap *cached = m_cache.object(url))
        return *cached;
    if (m_pending.contains(url) || m_failed.contains(url))
        return {};
    if (!m_loader) {
        m_failed.insert(url);
        return {};
    }
    m_pending.insert(url);
    // `this` is the context: when the cache (and so its model) is gone, nothing is called back.
    m_loader->fetch(QUrl(url), this, [this, url](media::MediaResult result) {
        if (!result.ok()) {
            fail(url);
            return;
        }
        // Decoding is CPU work: a worker thread does it; the watcher is our child, so a result that
        // arrives after we are destroyed is dropped with it.
        auto *watcher = new QFutureWatcher<QImage>(this);
        connect(watcher, &QFutureWatcher<QImage>::finished, this, [this, watcher, url] {
            const QImage image = watcher->result();
            watcher->deleteLater();
            if (image.isNull()) {
                fail(url);
                return;
            }
            m_pending.remove(url);
            auto *pixmap = new QPixmap(QPixmap::fromImage(image));
            const int cost = qMax(1, int(qint64(image.width()) * image.height() * 4 / 1024));
            if (!m_cache.insert(url, pixmap, cost)) {
                // Larger than the whole cache (QCache deleted it): asking again would download it
                // again forever, so it is treated as a failure and the placeholder stays.
                m_failed.insert(url);
                Q_EMIT failed(url);
                return;
            }
            Q_EMIT ready(url);
        });
        watcher->setFuture(
            QtConcurrent::run(decodeThumbnail, std::move(result.data->bytes), result.data->format, m_size));
    });
    return {};
}

void ThumbnailCache::fail(const QString &url)
{
    m_pending.remove(url);
    m_failed.insert(url);
    Q_EMIT failed(url);
}

} // namespace stardeck::ui
