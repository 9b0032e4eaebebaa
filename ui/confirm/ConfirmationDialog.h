// SPDX-License-Identifier: MIT
#pragma once

#include "wallet/WalletAction.h"

#include <QDialog>
#include <QList>
#include <QPixmap>
#include <QUrl>

#include <functional>
#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace stardeck::ui {

class ApproveArming;

//! What a ConfirmationDialog may look up; every function may be empty.
struct ConfirmationOptions {
    //! The product's delay before Approve can be used.
    static constexpr int kDefaultApproveDelayMs = 2000;

    //! The address-book name of an address ("" = unknown).
    std::function<QString(const QString &address)> addressName;
    //! True when the user has never sent to `address` before.
    std::function<bool(const QString &address)> firstTime;
    //! A ready image for a token/NFT image URL (a null pixmap = none yet: a placeholder is drawn).
    std::function<QPixmap(const QUrl &url)> image;
    //! Milliseconds Approve stays disabled after the window is shown or re-activated (tests shorten it).
    int approveDelayMs = kDefaultApproveDelayMs;
};

//! The native confirmation shown before every signature: what is being done, from and to (grouped
//! addresses, address-book names, a first-time note), the asset with its image and ids, the exact
//! amount, fees, expiry in local time, the "hash verified locally" line and an Advanced section with
//! the raw StarkEx fields. Cancel is the default button and has focus, Esc cancels, and Approve stays
//! disabled until the window has been shown and active for a delay (re-armed on every activation
//! change). An action whose hashes were not verified, or that cannot be shown exactly, offers no
//! Approve button at all and says why. Every text from the server is shown as plain text.
class ConfirmationDialog : public QDialog {
    Q_OBJECT

public:
    //! What the dialog may look up (see ConfirmationOptions).
    using Options = ConfirmationOptions;

    //! Renders `action` (copied); nothing is decided until the user acts.
    explicit ConfirmationDialog(const wallet::PreparedAction &action, Options options = {},
                                QWidget *parent = nullptr);
    ~ConfirmationDialog() override;

    //! The action shown.
    const wallet::PreparedAction &action() const { return m_action; }
    //! The headline, e.g. "Send 1.5 ETH".
    QString title() const;
    //! True when Approve is offered (hashes verified and every field shown exactly).
    bool canApprove() const { return m_refusal.isEmpty(); }
    //! Why Approve is not offered ("" when it is).
    QString refusalReason() const { return m_refusal; }
    //! True when Immutable's Guardian asks for a second confirmation after Approve.
    bool guardianConfirmationRequired() const;
    //! The text of every visible label of the summary, one per line (tests, screen-reader checks).
    QString summaryText() const;
    //! Replaces the image (or placeholder) shown for `url` once it has loaded.
    void setImage(const QUrl &url, const QPixmap &pixmap);

    //! The Approve button, or nullptr when the action cannot be approved.
    QPushButton *approveButton() const { return m_approveButton; }
    //! The Cancel button (the default).
    QPushButton *cancelButton() const { return m_cancelButton; }
    //! The Advanced expander and its raw text.
    QToolButton *advancedButton() const { return m_advancedButton; }
    QPlainTextEdit *advancedText() const { return m_advancedText; }
    //! The click-jacking guard of the Approve button (nullptr when there is none).
    ApproveArming *arming() const { return m_arming; }

public Q_SLOTS:
    //! Approves, but only when Approve is offered and armed.
    void approve();
    //! Shows or hides the Advanced section.
    void setAdvancedVisible(bool visible);

Q_SIGNALS:
    //! The user's decision, emitted exactly once: true for Approve; false for Cancel, Esc or close.
    void decided(bool approved);

protected:
    //! Follows palette changes (warning colour, placeholders).
    void changeEvent(QEvent *event) override;
    //! Emits decided() once, then closes.
    void done(int result) override;

private:
    void buildHeader(QVBoxLayout *layout);
    QWidget *buildSummary();
    void addRow(const QString &caption, QWidget *value);
    void addTextRow(const QString &caption, const QString &text, const QString &objectName);
    QWidget *addressWidget(const QString &address, bool receiver, const QString &objectName);
    QWidget *assetWidget(const wallet::TokenRef &token, const wallet::TokenDisplay &display,
                         const std::optional<crypto::UInt256> &assetId, const QString &objectName);
    QLabel *imageLabel(const QUrl &url, const wallet::TokenDisplay &display);
    QString holdingText(const wallet::TokenRef &token, const wallet::TokenDisplay &display,
                        const crypto::UInt256 &amount);
    void addKindRows();
    void addFeeRows();
    void addExpiryRow();
    void addVerificationRows();
    void refuse(const QString &reason);
    QLabel *makeLabel(const QString &text, const QString &objectName, QWidget *parent);
    void addNote(const QString &text, const QString &objectName, bool warning);

    wallet::PreparedAction m_action;
    Options m_options;
    QString m_refusal;
    QString m_title;
    QWidget *m_summary = nullptr;
    QVBoxLayout *m_rows = nullptr;
    QLabel *m_titleLabel = nullptr;
    QLabel *m_refusalLabel = nullptr;
    QPushButton *m_approveButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QToolButton *m_advancedButton = nullptr;
    QPlainTextEdit *m_advancedText = nullptr;
    ApproveArming *m_arming = nullptr;
    QList<QPair<QUrl, QLabel *>> m_images;
    bool m_decided = false;
};

} // namespace stardeck::ui
