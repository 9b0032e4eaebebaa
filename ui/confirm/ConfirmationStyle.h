// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QFont>
#include <QPixmap>

class QLabel;
class QPalette;
class QString;
class QWidget;

namespace stardeck::ui {

//! The confirmation dialog's look, derived from the current palette and fonts only: no hard-coded
//! colours except the semantic warning colour, which is itself chosen for the palette's lightness.
class ConfirmationStyle {
public:
    //! An amber that keeps its contrast on the palette's window colour (lighter on dark themes).
    static QColor warningColor(const QPalette &palette);
    //! Paints `label`'s text in the warning colour.
    static void applyWarning(QLabel *label);
    //! Derives the warning colour again for every warning label under `root` (after a palette change).
    static void refreshWarnings(QWidget *root);
    //! Paints `label`'s text in the palette's muted colour (captions, explanations).
    static void applyMuted(QLabel *label);
    //! The system's fixed-pitch font, for addresses, ids and hashes.
    static QFont monospace();
    //! `base` scaled by `factor`, optionally bold.
    static QFont scaled(const QFont &base, qreal factor, bool bold);
    //! A square placeholder for a token without an image: the palette's button colours and the
    //! first letter of `text`.
    static QPixmap placeholder(int size, const QString &text, const QPalette &palette, qreal dpr);
};

} // namespace stardeck::ui
