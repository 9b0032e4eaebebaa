// SPDX-License-Identifier: MIT
#include "confirm/ApproveArming.h"

#include <QAbstractButton>
#include <QEvent>
#include <QWidget>

namespace stardeck::ui {

ApproveArming::ApproveArming(QWidget *window, QAbstractButton *button, int delayMs)
    : QObject(window), m_window(window), m_button(button), m_delayMs(qMax(0, delayMs))
{
    m_timer.setSingleShot(true);
    // A coarse timer may fire up to 5 % early; the guard's delay is a minimum.
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ApproveArming::arm);
    if (m_button)
        m_button->setEnabled(false);
    window->installEventFilter(this);
    if (window->isVisible())
        restart();
}

void ApproveArming::setDelayMs(int delayMs)
{
    m_delayMs = qMax(0, delayMs);
}

void ApproveArming::lock()
{
    m_locked = true;
    m_timer.stop();
    disarm();
}

bool ApproveArming::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window) {
        switch (event->type()) {
        case QEvent::Show:
            restart();
            break;
        case QEvent::Hide:
            m_timer.stop();
            disarm();
            break;
        case QEvent::ActivationChange:
            // Losing activation disarms at once; coming back restarts the full delay, so a click
            // that lands as the window returns to the front cannot approve.
            if (m_window->isActiveWindow())
                restart();
            else {
                m_timer.stop();
                disarm();
            }
            break;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

void ApproveArming::restart()
{
    disarm();
    if (m_locked)
        return;
    m_timer.start(m_delayMs);
}

void ApproveArming::disarm()
{
    if (m_button)
        m_button->setEnabled(false);
    if (m_armed) {
        m_armed = false;
        Q_EMIT armedChanged(false);
    }
}

void ApproveArming::arm()
{
    // Only an active window arms: a window shown behind another one (focus-stealing prevention)
    // arms after it has been activated and the delay has passed again.
    if (m_locked || !m_window || !m_window->isVisible() || !m_window->isActiveWindow())
        return;
    if (m_button)
        m_button->setEnabled(true);
    if (!m_armed) {
        m_armed = true;
        Q_EMIT armedChanged(true);
    }
}

} // namespace stardeck::ui
