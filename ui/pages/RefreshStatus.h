// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QKeySequence>
#include <QObject>
#include <QPointer>
#include <QString>

class QLabel;
class QPushButton;

namespace stardeck::ui {

//! The status line and Refresh button of the data pages (Overview, Assets, Activity, Market), so
//! that a failed refresh reads the same everywhere (faults F1/F3/F5): the rows of the last good
//! refresh stay on the page, the line says they are out of date, gives the time they were loaded
//! and names the error, and the Refresh button becomes "Retry".
class RefreshStatus : public QObject {
    Q_OBJECT
public:
    //! What a page's model reports.
    struct State {
        bool loading = false; //!< a refresh is running
        QString error;        //!< the last refresh's error for people, "" after a good one
        QDateTime lastGood;   //!< when a refresh last succeeded (invalid: never)
        QString idleText;     //!< after a good refresh ("" = "Last updated hh:mm")
        QString loadingText;  //!< while loading ("" = "Updating…")
        QString failedText;   //!< after a failure with nothing good loaded ("" = "Could not update: …")
    };

    //! Drives `label` and `button` (the page's; not owned). Call it once the button has its
    //! shortcut: changing the button's text keeps that shortcut. `button` may be null.
    RefreshStatus(QLabel *label, QPushButton *button, QObject *parent);

    //! Shows `state` on the line and the button.
    void show(const State &state);
    //! Empties the line and disables the button (the page has no model).
    void clear();
    //! True while the page shows the rows of an earlier refresh because the last one failed.
    bool isStale() const { return m_stale; }
    //! `utc` in local time as the line writes it: the time today, date and time otherwise.
    static QString timeText(const QDateTime &utc);

    //! The label's dynamic property, true while stale (style sheets and tests read it).
    static constexpr char kStaleProperty[] = "stale";

private:
    void setWarning(bool warning);
    void setButtonText(const QString &text);

    QPointer<QLabel> m_label;
    QPointer<QPushButton> m_button;
    QString m_refreshText;
    QKeySequence m_shortcut;
    bool m_stale = false;
};

} // namespace stardeck::ui
