// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QObject>
#include <QTimer>

#include <chrono>

namespace stardeck::ui {

//! Copies text the user may not want to linger on the clipboard (account addresses, and anything else
//! the app offers to copy), the way KeePassXC does: the copy is marked with the
//! "x-kde-passwordManagerHint: secret" MIME hint, so clipboard managers keep no history of it, and it is
//! cleared after a timeout (or when this object dies), but only while the clipboard still holds our copy,
//! so text the user copied since is never wiped. Only a hash of the copied text is kept.
class SensitiveClipboard : public QObject {
    Q_OBJECT
public:
    //! The default time before a copy is cleared; not a setting.
    static constexpr std::chrono::milliseconds kDefaultTimeout = std::chrono::seconds(60);

    //! A clipboard helper that clears its copies after `timeout`.
    explicit SensitiveClipboard(QObject *parent = nullptr,
                                std::chrono::milliseconds timeout = kDefaultTimeout);
    //! Clears the clipboard if it still holds our last copy.
    ~SensitiveClipboard() override;

    //! Puts `text` on the clipboard with the password-manager hint and (re)starts the clear timer.
    void copy(const QString &text);
    //! Clears the clipboard now if it still holds our last copy; forgets the copy either way.
    void clearIfOurs();
    //! True while a copy is waiting to be cleared.
    bool isPending() const { return m_timer.isActive(); }
    //! The time a copy stays on the clipboard.
    std::chrono::milliseconds timeout() const { return m_timeout; }

    //! The MIME type of the hint KDE's Klipper (and other clipboard managers) honour.
    static QString passwordManagerHintFormat();

Q_SIGNALS:
    //! The clipboard was cleared because it still held our copy.
    void cleared();

private:
    std::chrono::milliseconds m_timeout;
    QTimer m_timer;
    QByteArray m_copiedHash; //!< SHA-256 of the text we put there; empty when none is pending
};

} // namespace stardeck::ui
