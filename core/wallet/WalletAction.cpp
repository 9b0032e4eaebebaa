// SPDX-License-Identifier: MIT
#include "wallet/WalletAction.h"

namespace stardeck::wallet {

QString actionKindName(ActionKind kind)
{
    switch (kind) {
    case ActionKind::Registration:
        return QStringLiteral("registration");
    case ActionKind::Transfer:
        return QStringLiteral("transfer");
    case ActionKind::BatchNftTransfer:
        return QStringLiteral("batch_nft_transfer");
    case ActionKind::CreateOrder:
        return QStringLiteral("create_order");
    case ActionKind::CancelOrder:
        return QStringLiteral("cancel_order");
    case ActionKind::CreateTrade:
        return QStringLiteral("create_trade");
    case ActionKind::ExchangeTransfer:
        return QStringLiteral("exchange_transfer");
    }
    return QStringLiteral("unknown");
}

QString actionStateName(ActionState state)
{
    switch (state) {
    case ActionState::Preparing:
        return QStringLiteral("preparing");
    case ActionState::Checking:
        return QStringLiteral("checking");
    case ActionState::AwaitingApproval:
        return QStringLiteral("awaiting_approval");
    case ActionState::Signing:
        return QStringLiteral("signing");
    case ActionState::Submitting:
        return QStringLiteral("submitting");
    case ActionState::Done:
        return QStringLiteral("done");
    case ActionState::Failed:
        return QStringLiteral("failed");
    case ActionState::Unknown:
        return QStringLiteral("unknown");
    }
    return QStringLiteral("unknown");
}

} // namespace stardeck::wallet
