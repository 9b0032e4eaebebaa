// SPDX-License-Identifier: MIT
#include "services/MediaService.h"

#include <QBuffer>
#include <QColor>
#include <QImage>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>

#include <cmath>
#include <vector>

namespace stardeck::sandbox {

namespace {

constexpr int kSize = 256;
constexpr qint64 kCacheBytes = 48LL * 1024 * 1024;
constexpr double kPi = 3.14159265358979323846;

//! FNV-1a then SplitMix64: a stable stream of numbers per image path.
class Dice {
public:
    explicit Dice(const QString &seed)
    {
        quint64 h = 0xcbf29ce484222325ULL;
        for (const QChar c : seed) {
            h ^= c.unicode();
            h *= 0x100000001b3ULL;
        }
        m_state = h;
    }
    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    double unit() { return double(next() >> 11) / double(1ULL << 53); }
    double range(double lo, double hi) { return lo + (hi - lo) * unit(); }
    int below(int n) { return int(next() % quint64(n)); }

private:
    quint64 m_state = 0;
};

//! One filled shape of a picture, drawn identically as SVG and with QPainter.
struct Shape {
    enum Kind {
        Circle,
        Polygon,
        RoundedRect
    } kind = Circle;
    QPolygonF points; //!< Polygon
    QPointF center;   //!< Circle
    double radius = 0;
    QRectF rect; //!< RoundedRect
    QColor color;
    double opacity = 1;
};

struct Picture {
    QColor from;
    QColor to;
    std::vector<Shape> shapes;
};

QColor hsl(double hue, double saturation, double lightness)
{
    return QColor::fromHslF(std::fmod(hue + 360.0, 360.0) / 360.0, saturation, lightness);
}

QPolygonF star(Dice &dice, QPointF c, double outer, double inner, int points)
{
    QPolygonF p;
    const double turn = dice.range(0, kPi);
    for (int i = 0; i < points * 2; ++i) {
        const double r = i % 2 ? inner : outer;
        const double a = turn + kPi * i / points;
        p << QPointF(c.x() + r * std::cos(a), c.y() + r * std::sin(a));
    }
    return p;
}

QPolygonF blob(Dice &dice, QPointF c, double radius, int vertices, double jitter)
{
    QPolygonF p;
    for (int i = 0; i < vertices; ++i) {
        const double a = 2 * kPi * i / vertices;
        const double r = radius * (1 - jitter + 2 * jitter * dice.unit());
        p << QPointF(c.x() + r * std::cos(a), c.y() + r * std::sin(a));
    }
    return p;
}

//! The picture for a seed; `style` varies the main motif (one per collection, tokens, ...).
Picture compose(const QString &seed, int style)
{
    Dice dice(seed);
    Picture pic;
    const double hue = dice.range(0, 360);
    pic.from = hsl(hue, 0.55, 0.22);
    pic.to = hsl(hue + dice.range(40, 140), 0.6, 0.42);
    // A field of small stars behind everything.
    const int stars = 6 + dice.below(14);
    for (int i = 0; i < stars; ++i) {
        Shape s;
        s.center = QPointF(dice.range(8, kSize - 8), dice.range(8, kSize - 8));
        s.radius = dice.range(0.8, 2.8);
        s.color = QColor(255, 255, 255);
        s.opacity = dice.range(0.4, 0.9);
        pic.shapes.push_back(s);
    }
    const QPointF mid(kSize / 2.0, kSize / 2.0 - 8);
    const QColor accent = hsl(hue + 180 + dice.range(-30, 30), 0.75, 0.6);
    const QColor second = hsl(hue + 90 + dice.range(-20, 20), 0.7, 0.7);
    auto polygon = [&](QPolygonF points, QColor color, double opacity = 1) {
        Shape s;
        s.kind = Shape::Polygon;
        s.points = std::move(points);
        s.color = color;
        s.opacity = opacity;
        pic.shapes.push_back(s);
    };
    auto circle = [&](QPointF c, double r, QColor color, double opacity = 1) {
        Shape s;
        s.center = c;
        s.radius = r;
        s.color = color;
        s.opacity = opacity;
        pic.shapes.push_back(s);
    };
    switch (style % 7) {
    case 0: { // a ship: hull triangle, wings, engine glow
        const double w = dice.range(40, 70), h = dice.range(70, 110);
        polygon(QPolygonF{QPointF(mid.x(), mid.y() - h / 2), QPointF(mid.x() + w / 2, mid.y() + h / 2),
                          QPointF(mid.x() - w / 2, mid.y() + h / 2)},
                accent);
        polygon(QPolygonF{QPointF(mid.x() - w, mid.y() + h / 3), QPointF(mid.x() + w, mid.y() + h / 3),
                          QPointF(mid.x(), mid.y())},
                second, 0.85);
        circle(QPointF(mid.x(), mid.y() + h / 2 + 10), dice.range(8, 16), hsl(hue + 30, 0.9, 0.6), 0.8);
        break;
    }
    case 1: { // a pet: body, ears, eyes
        const double r = dice.range(45, 65);
        polygon(star(dice, QPointF(mid.x() - r * 0.6, mid.y() - r * 0.7), r * 0.4, r * 0.15, 3), second);
        polygon(star(dice, QPointF(mid.x() + r * 0.6, mid.y() - r * 0.7), r * 0.4, r * 0.15, 3), second);
        circle(mid, r, accent);
        circle(QPointF(mid.x() - r * 0.35, mid.y() - r * 0.1), r * 0.16, QColor(255, 255, 255));
        circle(QPointF(mid.x() + r * 0.35, mid.y() - r * 0.1), r * 0.16, QColor(255, 255, 255));
        circle(QPointF(mid.x() - r * 0.35, mid.y() - r * 0.1), r * 0.07, QColor(20, 20, 30));
        circle(QPointF(mid.x() + r * 0.35, mid.y() - r * 0.1), r * 0.07, QColor(20, 20, 30));
        break;
    }
    case 2: // an asteroid: a lumpy rock with craters
        polygon(blob(dice, mid, dice.range(55, 80), 9 + dice.below(6), 0.22), accent);
        for (int i = 0, n = 2 + dice.below(4); i < n; ++i)
            circle(mid + QPointF(dice.range(-35, 35), dice.range(-35, 35)), dice.range(5, 14), second, 0.7);
        break;
    case 3: // a relic: a gem over a halo
        circle(mid, dice.range(70, 90), second, 0.35);
        polygon(blob(dice, mid, dice.range(45, 60), 4 + 2 * dice.below(3), 0.05), accent);
        polygon(star(dice, mid, dice.range(18, 26), 8, 4), QColor(255, 255, 255), 0.8);
        break;
    case 4: { // a licence card: card, photo, stripe
        Shape card;
        card.kind = Shape::RoundedRect;
        card.rect = QRectF(mid.x() - 80, mid.y() - 50, 160, 100);
        card.color = accent;
        pic.shapes.push_back(card);
        circle(QPointF(mid.x() - 45, mid.y()), 24, second);
        Shape stripe;
        stripe.kind = Shape::RoundedRect;
        stripe.rect = QRectF(mid.x() - 10, mid.y() - 20, 80, 10 + dice.range(0, 8));
        stripe.color = QColor(255, 255, 255);
        stripe.opacity = 0.75;
        pic.shapes.push_back(stripe);
        break;
    }
    case 5: // a token coin
        circle(QPointF(kSize / 2.0, kSize / 2.0), 110, accent);
        circle(QPointF(kSize / 2.0, kSize / 2.0), 92, second, 0.9);
        polygon(star(dice, QPointF(kSize / 2.0, kSize / 2.0), 60, 26, 5 + dice.below(3)), accent, 0.9);
        break;
    default: // a collection emblem: concentric rings and a star
        for (int i = 0; i < 4; ++i)
            circle(mid, 100.0 - 22.0 * i, i % 2 ? second : accent, 0.6);
        polygon(star(dice, mid, 40, 16, 5 + dice.below(4)), QColor(255, 255, 255), 0.9);
        break;
    }
    return pic;
}

QString hex(const QColor &c)
{
    return c.name(QColor::HexRgb);
}

QString xmlEscape(QString text)
{
    return text.replace(QLatin1Char('&'), QLatin1String("&amp;"))
        .replace(QLatin1Char('<'), QLatin1String("&lt;"))
        .replace(QLatin1Char('>'), QLatin1String("&gt;"))
        .replace(QLatin1Char('"'), QLatin1String("&quot;"));
}

QByteArray toSvg(const Picture &pic, const QString &label)
{
    QString svg = QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"%1\" "
                                 "viewBox=\"0 0 %1 %1\">")
                      .arg(kSize);
    svg += QStringLiteral("<defs><linearGradient id=\"bg\" x1=\"0\" y1=\"0\" x2=\"1\" y2=\"1\">"
                          "<stop offset=\"0\" stop-color=\"%1\"/><stop offset=\"1\" stop-color=\"%2\"/>"
                          "</linearGradient></defs><rect width=\"%3\" height=\"%3\" fill=\"url(#bg)\"/>")
               .arg(hex(pic.from), hex(pic.to))
               .arg(kSize);
    for (const Shape &s : pic.shapes) {
        const QString style =
            QStringLiteral("fill=\"%1\" fill-opacity=\"%2\"").arg(hex(s.color)).arg(s.opacity, 0, 'f', 2);
        if (s.kind == Shape::Circle) {
            svg += QStringLiteral("<circle cx=\"%1\" cy=\"%2\" r=\"%3\" %4/>")
                       .arg(s.center.x(), 0, 'f', 1)
                       .arg(s.center.y(), 0, 'f', 1)
                       .arg(s.radius, 0, 'f', 1)
                       .arg(style);
        } else if (s.kind == Shape::RoundedRect) {
            svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" rx=\"8\" %5/>")
                       .arg(s.rect.x(), 0, 'f', 1)
                       .arg(s.rect.y(), 0, 'f', 1)
                       .arg(s.rect.width(), 0, 'f', 1)
                       .arg(s.rect.height(), 0, 'f', 1)
                       .arg(style);
        } else {
            QStringList points;
            for (const QPointF &p : s.points)
                points << QStringLiteral("%1,%2").arg(p.x(), 0, 'f', 1).arg(p.y(), 0, 'f', 1);
            svg += QStringLiteral("<polygon points=\"%1\" %2/>").arg(points.join(QLatin1Char(' ')), style);
        }
    }
    if (!label.isEmpty()) {
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\" font-family=\"sans-serif\" font-size=\"20\" "
                              "font-weight=\"bold\" text-anchor=\"middle\" fill=\"#ffffff\">%3</text>")
                   .arg(kSize / 2)
                   .arg(kSize - 18)
                   .arg(xmlEscape(label));
    }
    svg += QStringLiteral("</svg>");
    return svg.toUtf8();
}

//! PNG without text: fonts need a QGuiApplication, and the sandbox runs headless.
QByteArray toPng(const Picture &pic)
{
    QImage image(kSize, kSize, QImage::Format_ARGB32_Premultiplied);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        QLinearGradient gradient(0, 0, kSize, kSize);
        gradient.setColorAt(0, pic.from);
        gradient.setColorAt(1, pic.to);
        painter.fillRect(image.rect(), gradient);
        painter.setPen(Qt::NoPen);
        for (const Shape &s : pic.shapes) {
            painter.setOpacity(s.opacity);
            painter.setBrush(s.color);
            if (s.kind == Shape::Circle)
                painter.drawEllipse(s.center, s.radius, s.radius);
            else if (s.kind == Shape::RoundedRect)
                painter.drawRoundedRect(s.rect, 8, 8);
            else
                painter.drawPolygon(s.points);
        }
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

HttpResponse mediaNotFound()
{
    return HttpResponse::bytes(404, "text/plain; charset=utf-8", "image not found\n");
}

//! Splits "name.ext" into its name and whether ext is png (false: svg); nullopt otherwise.
std::optional<std::pair<QString, bool>> splitFile(const QString &file)
{
    if (file.endsWith(QLatin1String(".png")))
        return std::pair{file.chopped(4), true};
    if (file.endsWith(QLatin1String(".svg")))
        return std::pair{file.chopped(4), false};
    return std::nullopt;
}

} // namespace

MediaService::MediaService(SandboxContext &context) : Service(context), m_cache(kCacheBytes) {}

void MediaService::registerRoutes(Router &router)
{
    router.add("GET", prefix::media + QStringLiteral("/nft/{}/{}"), QStringLiteral("media.nft"),
               [this](const HttpRequest &r) { return nft(r); });
    router.add("GET", prefix::media + QStringLiteral("/collection/{}/{}"), QStringLiteral("media.collection"),
               [this](const HttpRequest &r) { return collectionImage(r); });
    router.add("GET", prefix::media + QStringLiteral("/token/{}"), QStringLiteral("media.token"),
               [this](const HttpRequest &r) { return token(r); });
}

HttpResponse MediaService::nft(const HttpRequest &request)
{
    const QString address = request.params.value(0).toLower();
    const auto file = splitFile(request.params.value(1));
    if (!file)
        return mediaNotFound();
    const World &w = m_context.world;
    if (w.assets.find({address, file->first}) == w.assets.end())
        return mediaNotFound();
    // The collection picks the motif, so a collection's grid looks like one family.
    int style = 0;
    for (const auto &[key, collection] : w.collections) {
        if (key == address)
            break;
        ++style;
    }
    return image(request.path, address + QLatin1Char('/') + file->first, QLatin1Char('#') + file->first,
                 file->second, style % 5);
}

HttpResponse MediaService::collectionImage(const HttpRequest &request)
{
    const QString address = request.params.value(0).toLower();
    const auto file = splitFile(request.params.value(1));
    const auto it = m_context.world.collections.find(address);
    if (!file || it == m_context.world.collections.end() ||
        (file->first != QLatin1String("icon") && file->first != QLatin1String("tile")))
        return mediaNotFound();
    return image(request.path, address + QLatin1Char('/') + file->first,
                 file->first == QLatin1String("tile") ? it->second.name : QString(), file->second, 6);
}

HttpResponse MediaService::token(const HttpRequest &request)
{
    const auto file = splitFile(request.params.value(0));
    if (!file)
        return mediaNotFound();
    for (const auto &[address, t] : m_context.world.tokens) {
        if (t.symbol.compare(file->first, Qt::CaseInsensitive) == 0)
            return image(request.path, QStringLiteral("token/") + t.symbol, t.symbol, file->second, 5);
    }
    return mediaNotFound();
}

HttpResponse MediaService::image(const QString &cacheKey, const QString &seed, const QString &label, bool png,
                                 int style)
{
    const QByteArray contentType = png ? "image/png" : "image/svg+xml";
    if (const QByteArray *cached = m_cache.object(cacheKey))
        return HttpResponse::bytes(200, contentType, *cached)
            .withHeader("Cache-Control", "public, max-age=86400");
    const Picture pic = compose(seed, style);
    auto *bytes = new QByteArray(png ? toPng(pic) : toSvg(pic, label));
    const HttpResponse response = HttpResponse::bytes(200, contentType, *bytes);
    m_cache.insert(cacheKey, bytes, qsizetype(bytes->size()));
    return HttpResponse(response).withHeader("Cache-Control", "public, max-age=86400");
}

} // namespace stardeck::sandbox
