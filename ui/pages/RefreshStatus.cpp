// SPDX-License-Identifier: MIT
#include "pages/RefreshStatus.h"

#include "confirm/ConfirmationStyle.h"

#include <QLabel>
#include <QLocale>
#include <QPalette>
#include <QPushButton>

namespace stardeck::ui {

RefreshStatus::RefreshStatus(QLabel *label, QPushButton *button, QObject *parent)
    : QObject(parent), m_label(label), m_button(button)
{
    // A long error wraps instead of widening the window.
    m_label->setWordWrap(true);
    if (m_button) {
        m_refreshText = m_button->text();
        m_shortcut = m_button->shortcut();
    }
}

QString RefreshStatus::timeText(const QDateTime &utc)
{
    const QDateTime local = utc.toLocalTime();
    const QLocale locale;
    if (local.date() == QDate::currentDate())
        return locale.toString(local.time(), QLocale::ShortFormat);
    return locale.toString(local, QLocale::ShortFormat);
}

void RefreshStatus::show(const State &state)
{
    if (!m_label)
        return;
    const bool failed = !state.loading && !state.error.isEmpty();
    // Stale: the page still shows what an earlier refresh loaded; the last one failed.
    m_stale = failed && state.lastGood.isValid();
    const QString when = state.lastGood.isValid() ? timeText(state.lastGood) : QString();
    QString text;
    if (state.loading) {
        const QString loading = state.loadingText.isEmpty() ? tr("Updating…") : state.loadingText;
        //: %1 is "Updating…", %2 the time the data shown was loaded
        text = when.isEmpty() ? loading : tr("%1 (last updated %2)").arg(loading, when);
    } else if (m_stale) {
        //: A refresh failed and the page still shows older data. %1 is the time that data was
        //: loaded, %2 the error (a sentence, e.g. "Could not load balances. …").
        text = tr("Out of date: showing data from %1. %2").arg(when, state.error);
    } else if (failed) {
        text = state.failedText.isEmpty() ? tr("Could not update: %1").arg(state.error) : state.failedText;
    } else if (!state.idleText.isEmpty()) {
        text = state.idleText;
    } else if (!when.isEmpty()) {
        text = tr("Last updated %1").arg(when);
    }
    m_label->setText(text);
    m_label->setToolTip(
        state.lastGood.isValid()
            ? tr("Last updated %1").arg(QLocale().toString(state.lastGood.toLocalTime(), QLocale::LongFormat))
            : QString());
    m_label->setAccessibleDescription(m_stale ? tr("The data shown is out of date.") : QString());
    m_label->setProperty(kStaleProperty, m_stale);
    setWarning(failed);
    if (m_button) {
        m_button->setEnabled(!state.loading);
        setButtonText(failed ? tr("&Retry") : m_refreshText);
    }
}

void RefreshStatus::clear()
{
    m_stale = false;
    if (m_label) {
        m_label->clear();
        m_label->setToolTip(QString());
        m_label->setAccessibleDescription(QString());
        m_label->setProperty(kStaleProperty, false);
        setWarning(false);
    }
    if (m_button) {
        m_button->setEnabled(false);
        setButtonText(m_refreshText);
    }
}

void RefreshStatus::setWarning(bool warning)
{
    // Only the text colour is set; an empty palette hands every role back to the parent's.
    QPalette palette;
    if (warning)
        palette.setColor(QPalette::WindowText, ConfirmationStyle::warningColor(m_label->palette()));
    m_label->setPalette(palette);
}

void RefreshStatus::setButtonText(const QString &text)
{
    if (m_button->text() == text)
        return;
    // QAbstractButton::setText replaces the shortcut with the text's mnemonic: keep the page's.
    m_button->setText(text);
    m_button->setShortcut(m_shortcut);
}

} // namespace stardeck::ui
