// SPDX-License-Identifier: MIT
#include "actions/ActionDialog.h"

#include "confirm/ConfirmationStyle.h"
#include "wallet/ImxProvider.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace stardeck::ui {

using wallet::ActionState;

namespace {

//! Paints `label` in the warning colour, or back in the normal text colour.
void setWarning(QLabel *label, bool warning)
{
    if (warning) {
        ConfirmationStyle::applyWarning(label);
    } else {
        label->setProperty("stardeckWarning", QVariant());
        label->setPalette(QPalette());
    }
}

} // namespace

ActionDialog::ActionDialog(ActionServices services, const QString &okText, QWidget *parent)
    : QDialog(parent), m_services(services)
{
    m_layout = new QVBoxLayout(this);
    m_formWidget = new QWidget(this);
    m_form = new QFormLayout(m_formWidget);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_layout->addWidget(m_formWidget);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("validationMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Input problem"));
    ConfirmationStyle::applyWarning(m_message);
    m_message->hide();
    m_layout->addWidget(m_message);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusMessage"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Status"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();
    m_layout->addWidget(m_status);
    m_layout->addStretch(1);

    m_buttons = new QDialogButtonBox(this);
    m_ok = m_buttons->addButton(okText, QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("okButton"));
    m_ok->setAccessibleName(okText);
    m_ok->setEnabled(false);
    m_close = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_close->setObjectName(QStringLiteral("closeButton"));
    m_close->setAccessibleName(tr("Close"));
    m_layout->addWidget(m_buttons);
    // Accepting starts the action instead of closing; the dialog stays to show progress.
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_valid && !m_running && !m_succeeded)
            start();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (m_services.provider)
        connect(m_services.provider, &wallet::ImxProvider::progress, this, &ActionDialog::onProgress);
    setMinimumWidth(460);
}

QString ActionDialog::validationText() const
{
    return m_message->text();
}

QString ActionDialog::statusText() const
{
    return m_status->text();
}

QString ActionDialog::ownAddress() const
{
    if (!m_services.provider)
        return {};
    const auto address = m_services.provider->getAddress();
    return address.ok() ? address.value().toLower() : QString();
}

void ActionDialog::setInputState(bool valid, const QString &message)
{
    m_valid = valid;
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    m_ok->setEnabled(valid && !m_running && !m_succeeded);
    fitContents();
}

void ActionDialog::fitContents()
{
    // Messages appear and disappear as the user types: grow so none is clipped (never shrink under
    // the user's hands).
    if (!isVisible())
        return;
    m_layout->activate();
    const QSize hint = sizeHint();
    const int width = qMax(this->width(), hint.width());
    int height = qMax(this->height(), hint.height());
    // Word-wrapped labels need more height than sizeHint() says once they wrap.
    if (m_layout->hasHeightForWidth())
        height = qMax(height, m_layout->totalHeightForWidth(width));
    resize(width, height);
}

void ActionDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    fitContents();
}

void ActionDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        ConfirmationStyle::refreshWarnings(this);
}

void ActionDialog::begin(wallet::ActionKind kind)
{
    m_running = true;
    m_kind = kind;
    m_actionId.clear();
    m_formWidget->setEnabled(false);
    m_ok->setEnabled(false);
    m_status->setText(actionStateText(ActionState::Preparing));
    setWarning(m_status, false);
    m_status->show();
    fitContents();
}

void ActionDialog::onProgress(const QString &actionId, wallet::ActionKind kind, ActionState state,
                              const QString &detail)
{
    Q_UNUSED(detail)
    if (!m_running || kind != m_kind)
        return;
    // Progress is asynchronous: the first Preparing of our kind after begin() is ours; several
    // dialogs of the same kind running at once could only swap their progress lines, never results.
    if (m_actionId.isEmpty()) {
        if (state != ActionState::Preparing)
            return;
        m_actionId = actionId;
    }
    if (actionId != m_actionId || state == ActionState::Done || state == ActionState::Failed)
        return;
    m_status->setText(actionStateText(state));
    fitContents();
}

void ActionDialog::finish(bool ok, const QString &text)
{
    m_running = false;
    m_succeeded = ok;
    m_status->setText(text);
    setWarning(m_status, !ok);
    m_status->show();
    m_formWidget->setEnabled(!ok);
    m_ok->setEnabled(!ok && m_valid);
    m_close->setText(tr("Close"));
    fitContents();
    Q_EMIT actionFinished(ok);
}

void ActionDialog::succeed(const QString &text)
{
    finish(true, text);
}

void ActionDialog::failWith(const wallet::WalletError &error)
{
    finish(false, walletFailureText(error));
}

void ActionDialog::showLoadError(const QString &text)
{
    m_status->setText(text);
    setWarning(m_status, true);
    m_status->show();
    fitContents();
}

} // namespace stardeck::ui
