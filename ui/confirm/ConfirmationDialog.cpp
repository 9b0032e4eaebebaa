// SPDX-License-Identifier: MIT
#include "confirm/ConfirmationDialog.h"

#include "confirm/ApproveArming.h"
#include "confirm/ConfirmationDetails.h"
#include "confirm/ConfirmationFormat.h"
#include "confirm/ConfirmationStyle.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace stardeck::ui {

namespace {

using wallet::ActionKind;
using wallet::TokenRef;

constexpr int kImageSize = 48;
//! On image labels still showing a placeholder: the letter drawn (redrawn on palette changes).
constexpr char kPlaceholderProperty[] = "stardeckPlaceholder";

} // namespace

ConfirmationDialog::ConfirmationDialog(const wallet::PreparedAction &action, Options options, QWidget *parent)
    : QDialog(parent), m_action(action), m_options(std::move(options))
{
    setObjectName(QStringLiteral("confirmationDialog"));
    setWindowTitle(tr("Confirm"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 16);
    layout->setSpacing(12);

    // The summary is built first: showing a field may find a value that cannot be shown exactly,
    // which refuses Approve before any button exists.
    QWidget *summary = buildSummary();
    buildHeader(layout);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("summaryScroll"));
    scroll->setAccessibleName(tr("Details of the action"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    scroll->setFocusPolicy(Qt::StrongFocus);
    scroll->setWidget(summary);
    scroll->viewport()->setBackgroundRole(QPalette::Window);
    summary->setBackgroundRole(QPalette::Window);
    layout->addWidget(scroll, 1);

    auto *buttons = new QDialogButtonBox(this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    m_cancelButton =
        buttons->addButton(canApprove() ? tr("Cancel") : tr("Close"), QDialogButtonBox::RejectRole);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setAccessibleName(canApprove() ? tr("Cancel, do not sign") : tr("Close, do not sign"));
    // Cancel is the default: Enter cancels unless the user has moved the focus to Approve.
    m_cancelButton->setDefault(true);
    connect(m_cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    if (canApprove()) {
        const QString text =
            guardianConfirmationRequired() ? tr("Continue to confirmation") : tr("Approve and sign");
        m_approveButton = buttons->addButton(text, QDialogButtonBox::AcceptRole);
        m_approveButton->setObjectName(QStringLiteral("approveButton"));
        m_approveButton->setAccessibleName(text);
        m_approveButton->setAccessibleDescription(
            tr("Available a moment after this window is shown or brought back to the front."));
        // autoDefault (Qt's default) means Enter activates Approve only while the user has moved the
        // focus to it explicitly; otherwise Enter goes to Cancel.
        m_approveButton->setAutoDefault(true);
        connect(m_approveButton, &QPushButton::clicked, this, &ConfirmationDialog::approve);
        m_arming = new ApproveArming(this, m_approveButton, m_options.approveDelayMs);
    }
    layout->addWidget(buttons);

    setTabOrder(m_cancelButton, m_approveButton ? static_cast<QWidget *>(m_approveButton) : m_advancedButton);
    if (m_approveButton)
        setTabOrder(m_approveButton, m_advancedButton);
    setTabOrder(m_advancedButton, m_advancedText);
    setTabOrder(m_advancedText, scroll);
    m_cancelButton->setFocus(Qt::OtherFocusReason);

    setAccessibleName(m_title);
    setAccessibleDescription(canApprove() ? tr("Review the action and approve or cancel it.") : m_refusal);
    setMinimumWidth(420);
    resize(480, qMin(sizeHint().height(), 680));
}

ConfirmationDialog::~ConfirmationDialog() = default;

QString ConfirmationDialog::title() const
{
    return m_title;
}

bool ConfirmationDialog::guardianConfirmationRequired() const
{
    return m_action.guardian.confirmationRequired;
}

void ConfirmationDialog::buildHeader(QVBoxLayout *layout)
{
    m_titleLabel = makeLabel(m_title, QStringLiteral("titleLabel"), this);
    m_titleLabel->setFont(ConfirmationStyle::scaled(font(), 1.45, true));
    m_titleLabel->setAccessibleName(tr("Action"));
    layout->addWidget(m_titleLabel);

    auto *subtitle = makeLabel(tr("Check every detail. Nothing is signed until you approve."),
                               QStringLiteral("subtitleLabel"), this);
    ConfirmationStyle::applyMuted(subtitle);
    layout->addWidget(subtitle);

    m_refusalLabel =
        makeLabel(m_refusal.isEmpty() ? QString() : tr("\u26A0 Cannot be approved: %1").arg(m_refusal),
                  QStringLiteral("refusalLabel"), this);
    m_refusalLabel->setFont(ConfirmationStyle::scaled(font(), 1.0, true));
    m_refusalLabel->setAccessibleName(tr("Why this action cannot be approved"));
    ConfirmationStyle::applyWarning(m_refusalLabel);
    m_refusalLabel->setVisible(!m_refusal.isEmpty());
    layout->addWidget(m_refusalLabel);
}

QWidget *ConfirmationDialog::buildSummary()
{
    m_summary = new QWidget;
    m_summary->setObjectName(QStringLiteral("summary"));
    auto *column = new QVBoxLayout(m_summary);
    column->setContentsMargins(0, 0, 4, 0);
    column->setSpacing(12);

    m_rows = new QVBoxLayout;
    m_rows->setSpacing(14);
    column->addLayout(m_rows);

    if (m_action.items.isEmpty())
        refuse(tr("the action contains nothing to sign."));
    addKindRows();
    addFeeRows();
    addExpiryRow();
    addVerificationRows();

    m_advancedButton = new QToolButton(m_summary);
    m_advancedButton->setObjectName(QStringLiteral("advancedButton"));
    m_advancedButton->setText(tr("Advanced"));
    m_advancedButton->setAccessibleName(tr("Show the raw StarkEx fields"));
    m_advancedButton->setCheckable(true);
    m_advancedButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advancedButton->setArrowType(Qt::RightArrow);
    m_advancedButton->setAutoRaise(true);
    m_advancedButton->setFocusPolicy(Qt::StrongFocus);
    connect(m_advancedButton, &QToolButton::toggled, this, &ConfirmationDialog::setAdvancedVisible);
    column->addWidget(m_advancedButton, 0, Qt::AlignLeft);

    m_advancedText = new QPlainTextEdit(m_summary);
    m_advancedText->setObjectName(QStringLiteral("advancedText"));
    m_advancedText->setAccessibleName(tr("Raw StarkEx fields and the server's description"));
    m_advancedText->setReadOnly(true);
    m_advancedText->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    // Wrapped anywhere: long hex values stay readable at 480 px without horizontal scrolling.
    m_advancedText->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_advancedText->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_advancedText->setFont(ConfirmationStyle::monospace());
    m_advancedText->setTabChangesFocus(true);
    m_advancedText->setPlainText(ConfirmationDetails::rawText(m_action));
    m_advancedText->setMinimumHeight(220);
    m_advancedText->setVisible(false);
    column->addWidget(m_advancedText);
    column->addStretch(1);
    return m_summary;
}

void ConfirmationDialog::refuse(const QString &reason)
{
    if (m_refusal.isEmpty())
        m_refusal = reason;
}

QLabel *ConfirmationDialog::makeLabel(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    // Names, symbols and descriptions come from the server: never interpret them as rich text.
    label->setTextFormat(Qt::PlainText);
    label->setText(ConfirmationFormat::visible(text));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAccessibleName(text);
    return label;
}

void ConfirmationDialog::addRow(const QString &caption, QWidget *value)
{
    // A caption above its value (as MetaMask's review screens), so long values get the full width.
    auto *row = new QWidget(m_summary);
    row->setObjectName(value->objectName() + QStringLiteral("Row"));
    auto *column = new QVBoxLayout(row);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(3);
    QLabel *captionLabel = makeLabel(caption, value->objectName() + QStringLiteral("Caption"), row);
    captionLabel->setTextInteractionFlags(Qt::NoTextInteraction);
    captionLabel->setWordWrap(false);
    ConfirmationStyle::applyMuted(captionLabel);
    if (value->accessibleName().isEmpty())
        value->setAccessibleName(caption);
    column->addWidget(captionLabel);
    column->addWidget(value);
    m_rows->addWidget(row);
}

void ConfirmationDialog::addTextRow(const QString &caption, const QString &text, const QString &objectName)
{
    QLabel *label = makeLabel(text, objectName, m_summary);
    label->setAccessibleName(caption);
    addRow(caption, label);
}

void ConfirmationDialog::addNote(const QString &text, const QString &objectName, bool warning)
{
    QLabel *label = makeLabel(text, objectName, m_summary);
    if (warning)
        ConfirmationStyle::applyWarning(label);
    m_rows->addWidget(label);
}

QString ConfirmationDialog::holdingText(const TokenRef &token, const wallet::TokenDisplay &display,
                                        const crypto::UInt256 &amount)
{
    const auto text = ConfirmationFormat::holding(token, display, amount);
    if (text)
        return *text;
    refuse(tr("an amount cannot be shown exactly (%1 decimals).").arg(display.decimals));
    return tr("(amount cannot be shown)");
}

QWidget *ConfirmationDialog::addressWidget(const QString &address, bool receiver, const QString &objectName)
{
    auto *box = new QWidget(m_summary);
    box->setObjectName(objectName);
    auto *column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);

    const QString name = m_options.addressName ? m_options.addressName(address) : QString();
    if (!name.isEmpty()) {
        QLabel *nameLabel = makeLabel(name, objectName + QStringLiteral("Name"), box);
        nameLabel->setFont(ConfirmationStyle::scaled(font(), 1.0, true));
        nameLabel->setAccessibleName(tr("Address book name: %1").arg(name));
        column->addWidget(nameLabel);
    }
    QLabel *addressLabel =
        makeLabel(ConfirmationFormat::groupedAddress(address), objectName + QStringLiteral("Address"), box);
    addressLabel->setFont(ConfirmationStyle::monospace());
    addressLabel->setAccessibleName(tr("Address %1").arg(address));
    column->addWidget(addressLabel);

    if (receiver && m_options.firstTime && m_options.firstTime(address)) {
        QLabel *note = makeLabel(tr("\u26A0 First time sending here. Check the whole address."),
                                 objectName + QStringLiteral("FirstTime"), box);
        ConfirmationStyle::applyWarning(note);
        column->addWidget(note);
    }
    box->setAccessibleName(name.isEmpty() ? address : tr("%1, %2").arg(name, address));
    return box;
}

QLabel *ConfirmationDialog::imageLabel(const QUrl &url, const wallet::TokenDisplay &display)
{
    auto *label = new QLabel(m_summary);
    label->setObjectName(QStringLiteral("assetImage"));
    label->setFixedSize(kImageSize, kImageSize);
    label->setAlignment(Qt::AlignCenter);
    label->setAccessibleName(tr("Image of %1").arg(display.name.isEmpty() ? display.symbol : display.name));
    QPixmap pixmap = m_options.image && !url.isEmpty() ? m_options.image(url) : QPixmap();
    if (pixmap.isNull()) {
        const QString letter = display.symbol.isEmpty() ? display.name : display.symbol;
        label->setProperty(kPlaceholderProperty, letter);
        pixmap = ConfirmationStyle::placeholder(kImageSize, letter, palette(), devicePixelRatioF());
    } else
        pixmap = pixmap.scaled(QSize(kImageSize, kImageSize) * pixmap.devicePixelRatio(), Qt::KeepAspectRatio,
                               Qt::SmoothTransformation);
    label->setPixmap(pixmap);
    if (!url.isEmpty())
        m_images.append({url, label});
    return label;
}

void ConfirmationDialog::setImage(const QUrl &url, const QPixmap &pixmap)
{
    if (pixmap.isNull())
        return;
    for (const auto &entry : std::as_const(m_images)) {
        if (entry.first != url)
            continue;
        entry.second->setProperty(kPlaceholderProperty, QVariant());
        entry.second->setPixmap(pixmap.scaled(QSize(kImageSize, kImageSize) * pixmap.devicePixelRatio(),
                                              Qt::KeepAspectRatio, Qt::SmoothTransformation));
    }
}

QWidget *ConfirmationDialog::assetWidget(const TokenRef &token, const wallet::TokenDisplay &display,
                                         const std::optional<crypto::UInt256> &assetId,
                                         const QString &objectName)
{
    auto *box = new QWidget(m_summary);
    box->setObjectName(objectName);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(10);
    row->addWidget(imageLabel(display.imageUrl, display), 0, Qt::AlignTop);

    auto *column = new QVBoxLayout;
    column->setSpacing(2);
    const bool nft = token.type == TokenRef::Type::Erc721;
    const QString headline = nft ? ConfirmationFormat::nftName(token, display)
                             : display.name.isEmpty() || display.name == display.symbol
                                 ? display.symbol
                                 : tr("%1 (%2)").arg(display.name, display.symbol);
    QLabel *name = makeLabel(headline, objectName + QStringLiteral("Name"), box);
    name->setFont(ConfirmationStyle::scaled(font(), 1.0, true));
    column->addWidget(name);

    QString kind = ConfirmationFormat::tokenKind(token.type);
    if (nft && !display.collection.isEmpty())
        kind = tr("%1 \u00B7 %2").arg(kind, display.collection);
    QStringList accessible{headline};
    if (token.type != TokenRef::Type::Eth) {
        QLabel *kindLabel = makeLabel(kind, objectName + QStringLiteral("Kind"), box);
        ConfirmationStyle::applyMuted(kindLabel);
        column->addWidget(kindLabel);
        accessible << kind;
    }
    const auto addId = [&](const QString &text, const QString &suffix) {
        QLabel *label = makeLabel(text, objectName + suffix, box);
        label->setFont(ConfirmationStyle::monospace());
        column->addWidget(label);
        accessible << text;
    };
    if (!token.tokenAddress.isEmpty())
        addId(tr("Contract %1").arg(ConfirmationFormat::groupedAddress(token.tokenAddress)),
              QStringLiteral("Contract"));
    if (nft)
        addId(tr("Token ID %1").arg(token.tokenId), QStringLiteral("TokenId"));
    if (assetId)
        addId(tr("Asset ID %1").arg(ConfirmationFormat::groupedHex(ConfirmationFormat::hex(*assetId))),
              QStringLiteral("AssetId"));
    row->addLayout(column, 1);
    box->setAccessibleName(accessible.join(QStringLiteral(", ")));
    return box;
}

QString ConfirmationDialog::summaryText() const
{
    QStringList lines;
    const auto collect = [&lines, this](const QLabel *label) {
        if (label && label->isVisibleTo(this) && !label->text().isEmpty())
            lines << label->text();
    };
    collect(m_titleLabel);
    collect(m_refusalLabel);
    for (const QLabel *label : m_summary->findChildren<QLabel *>())
        collect(label);
    return lines.join(QLatin1Char('\n'));
}

void ConfirmationDialog::approve()
{
    if (!canApprove() || !m_arming || !m_arming->isArmed())
        return;
    accept();
}

void ConfirmationDialog::setAdvancedVisible(bool visible)
{
    if (m_advancedButton->isChecked() != visible)
        m_advancedButton->setChecked(visible);
    m_advancedButton->setArrowType(visible ? Qt::DownArrow : Qt::RightArrow);
    m_advancedButton->setAccessibleName(visible ? tr("Hide the raw StarkEx fields")
                                                : tr("Show the raw StarkEx fields"));
    m_advancedText->setVisible(visible);
    if (visible) {
        if (auto *scroll = findChild<QScrollArea *>(QStringLiteral("summaryScroll")))
            scroll->ensureWidgetVisible(m_advancedText);
    }
}

void ConfirmationDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() != QEvent::PaletteChange || !m_summary)
        return;
    // A theme switch while the dialog is open: derive the warning colour and placeholders again.
    ConfirmationStyle::refreshWarnings(this);
    for (QLabel *label : m_summary->findChildren<QLabel *>(QStringLiteral("assetImage"))) {
        const QVariant letter = label->property(kPlaceholderProperty);
        if (letter.isValid())
            label->setPixmap(ConfirmationStyle::placeholder(kImageSize, letter.toString(), palette(),
                                                            devicePixelRatioF()));
    }
}

void ConfirmationDialog::done(int result)
{
    if (!m_decided) {
        m_decided = true;
        // Accepted counts only through approve(): armed, verified and shown exactly.
        const bool approved = result == QDialog::Accepted && canApprove() && m_arming && m_arming->isArmed();
        if (m_arming)
            m_arming->lock();
        Q_EMIT decided(approved);
        QDialog::done(approved ? QDialog::Accepted : QDialog::Rejected);
        return;
    }
    QDialog::done(result);
}

} // namespace stardeck::ui
