// SPDX-License-Identifier: MIT
// ActivityModel: possible address-poisoning transfers (F19). wallet::SuspiciousTransfer decides;
// the model hides such rows unless asked, and flags them (icon, tooltip, accessible text) when shown.
#include "models/ActivityModel.h"

#include <QApplication>
#include <QIcon>
#include <QStyle>

namespace stardeck::ui {

QString ActivityModel::suspiciousFlagText()
{
    return tr("Possible address-poisoning transfer");
}

void ActivityModel::setKnownAddresses(const QStringList &addresses)
{
    if (addresses == m_knownAddresses)
        return;
    m_knownAddresses = addresses;
    classifySuspicious();
    rebuildVisible();
}

void ActivityModel::setShowSuspicious(bool show)
{
    if (show == m_showSuspicious)
        return;
    m_showSuspicious = show;
    rebuildVisible();
}

QStringList ActivityModel::sentToAddresses() const
{
    QSet<QString> sent;
    for (const Entry &e : m_loaded) {
        if (e.kind == TransferKind && e.direction == Outgoing && !e.counterparty.isEmpty())
            sent.insert(e.counterparty.toLower());
    }
    return QStringList(sent.cbegin(), sent.cend());
}

QStringList ActivityModel::trustedAddresses() const
{
    // Trusted: every address the owner sent to in this history, plus the ones the app knows (the
    // address book). A poisoner cannot make the owner send to it, so this list stays clean. Unique
    // and lower case: the look-alike check runs over it once per incoming transfer.
    QSet<QString> trusted;
    for (const QString &address : m_knownAddresses)
        trusted.insert(address.toLower());
    for (const QString &address : sentToAddresses())
        trusted.insert(address);
    return QStringList(trusted.cbegin(), trusted.cend());
}

bool ActivityModel::isSuspicious(const api::Transfer &transfer) const
{
    if (m_owner.isEmpty() || transfer.receiver.compare(m_owner, Qt::CaseInsensitive) != 0)
        return false;
    std::optional<int> decimals = transfer.token.decimals;
    if (!decimals) {
        const bool eth = transfer.token.type == QLatin1String("ETH");
        const auto known =
            m_tokens.constFind(eth ? QString() : transfer.token.tokenAddress.value_or(QString()).toLower());
        if (known != m_tokens.cend())
            decimals = known->decimals;
        else if (eth)
            decimals = 18; // ETH's are fixed
    }
    const wallet::SuspiciousTransfer::Incoming incoming{transfer.user, transfer.token.type,
                                                        transfer.token.quantity, decimals};
    return wallet::SuspiciousTransfer::classify(incoming, m_owner, trustedAddresses()).suspicious();
}

void ActivityModel::classifySuspicious()
{
    const QStringList trusted = trustedAddresses();
    for (Entry &e : m_loaded) {
        e.suspicion = {};
        if (e.kind == TransferKind && e.direction == Incoming && !e.pending)
            e.suspicion = wallet::SuspiciousTransfer::classify(e.incoming, m_owner, trusted);
    }
}

QString ActivityModel::suspicionText(const Entry &e) const
{
    switch (e.suspicion.reason) {
    case wallet::SuspiciousTransfer::Reason::ZeroAmount:
        return tr("Nothing was sent, from an address you never sent to and that is not in your address "
                  "book. Do not copy the address from here.");
    case wallet::SuspiciousTransfer::Reason::DustAmount:
        return tr("A tiny amount from an address you never sent to and that is not in your address book. "
                  "Do not copy the address from here.");
    case wallet::SuspiciousTransfer::Reason::LookalikeSender:
        //: %1 is the full address the sender imitates
        return tr("The sender only looks like %1, an address you know. Do not copy the address from here.")
            .arg(e.suspicion.imitated);
    case wallet::SuspiciousTransfer::Reason::None:
        break;
    }
    return {};
}

QVariant ActivityModel::suspiciousIcon()
{
    // The style's warning icon: the model is only used in the widget application.
    if (qobject_cast<QApplication *>(QCoreApplication::instance()))
        return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    return {};
}

} // namespace stardeck::ui
