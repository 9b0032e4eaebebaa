// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

class QAbstractButton;
class QWidget;

namespace stardeck::ui {

//! The click-jacking guard of a confirmation window: keeps its Approve button disabled until the
//! window has been shown and active for a delay, and disarms it again (restarting the delay) whenever
//! the window loses activation. A click that lands the moment a window appears or comes back to the
//! front (a hidden overlay, a double click meant for something else) therefore never approves.
class ApproveArming : public QObject {
    Q_OBJECT

public:
    //! Guards `button` inside `window` (both not owned; the guard is a child of `window`).
    ApproveArming(QWidget *window, QAbstractButton *button, int delayMs);

    //! The delay in milliseconds (2000 in the product; tests shorten it).
    int delayMs() const { return m_delayMs; }
    //! Changes the delay; takes effect at the next (re)arming.
    void setDelayMs(int delayMs);
    //! True once the delay has passed while the window was shown and active.
    bool isArmed() const { return m_armed; }
    //! Permanently disarms (the window cannot approve at all, or a decision was made).
    void lock();

Q_SIGNALS:
    //! The button became usable (armed true) or was disabled again (armed false).
    void armedChanged(bool armed);

protected:
    //! Watches the window's show, hide and activation changes.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void restart();
    void disarm();
    void arm();

    QPointer<QWidget> m_window;
    QPointer<QAbstractButton> m_button;
    QTimer m_timer;
    int m_delayMs = 2000;
    bool m_armed = false;
    bool m_locked = false;
};

} // namespace stardeck::ui
