// SPDX-License-Identifier: MIT
#pragma once

#include <QMainWindow>

namespace stardeck::ui {

class WelcomePage;

//! The wallet's top-level window. For now it shows a welcome page and the Help menu; the account,
//! asset and activity pages will be added here as the wallet grows.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    //! Builds the window with its menus and the welcome page.
    explicit MainWindow(QWidget *parent = nullptr);

    //! The page shown in the central area.
    WelcomePage *welcomePage() const { return m_welcomePage; }

public Q_SLOTS:
    //! Opens the About dialog without blocking (window-modal, deleted when closed).
    void showAbout();

private:
    void createMenus();

    WelcomePage *m_welcomePage = nullptr;
};

} // namespace stardeck::ui
