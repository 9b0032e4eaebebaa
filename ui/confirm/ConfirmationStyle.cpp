// SPDX-License-Identifier: MIT
#include "confirm/ConfirmationStyle.h"

#include <QFontDatabase>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QString>

namespace stardeck::ui {

namespace {
//! Marks labels painted in the warning colour, so a palette change can derive it again.
constexpr char kWarningProperty[] = "stardeckWarning";
} // namespace

QColor ConfirmationStyle::warningColor(const QPalette &palette)
{
    // Amber (hue 35). On a dark window a light amber, on a light window a dark one, so the text
    // stays readable whatever theme the palette comes from.
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    return QColor::fromHsl(35, 220, dark ? 170 : 80);
}

void ConfirmationStyle::applyWarning(QLabel *label)
{
    label->setProperty(kWarningProperty, true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, warningColor(palette));
    label->setPalette(palette);
}

void ConfirmationStyle::refreshWarnings(QWidget *root)
{
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (label->property(kWarningProperty).toBool()) {
            // Drop the old explicit colour so the label inherits the new palette, then derive again.
            QPalette palette = root->palette();
            palette.setColor(QPalette::WindowText, warningColor(palette));
            label->setPalette(palette);
        }
    }
}

void ConfirmationStyle::applyMuted(QLabel *label)
{
    // A role, not a colour: it follows palette changes (theme switches) by itself.
    label->setForegroundRole(QPalette::PlaceholderText);
}

QFont ConfirmationStyle::monospace()
{
    return QFontDatabase::systemFont(QFontDatabase::FixedFont);
}

QFont ConfirmationStyle::scaled(const QFont &base, qreal factor, bool bold)
{
    QFont font = base;
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    else if (font.pixelSize() > 0)
        font.setPixelSize(qRound(font.pixelSize() * factor));
    if (bold)
        font.setWeight(QFont::DemiBold);
    return font;
}

QPixmap ConfirmationStyle::placeholder(int size, const QString &text, const QPalette &palette, qreal dpr)
{
    QPixmap pixmap(QSize(size, size) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(QRectF(0.5, 0.5, size - 1.0, size - 1.0), size / 6.0, size / 6.0);
    painter.fillPath(path, palette.color(QPalette::Button));
    painter.setPen(QPen(palette.color(QPalette::Mid), 1.0));
    painter.drawPath(path);
    const QString letter = text.trimmed().left(1).toUpper();
    if (!letter.isEmpty()) {
        QFont font = painter.font();
        font.setPixelSize(size / 2);
        font.setWeight(QFont::DemiBold);
        painter.setFont(font);
        painter.setPen(palette.color(QPalette::ButtonText));
        painter.drawText(QRectF(0, 0, size, size), Qt::AlignCenter, letter);
    }
    return pixmap;
}

} // namespace stardeck::ui
