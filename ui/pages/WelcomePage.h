// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

namespace stardeck::ui {

//! The placeholder shown while the wallet's real pages are being built: says what this build can do.
class WelcomePage : public QWidget {
    Q_OBJECT

public:
    //! Builds the page; shows the application icon when one is set.
    explicit WelcomePage(QWidget *parent = nullptr);
};

} // namespace stardeck::ui
