// SPDX-License-Identifier: MIT
#include "wallet/ImxProvider.h"

#include "passport/PassportSession.h"
#include "wallet/AssetResolver.h"
#include "wallet/GuardianClient.h"
#include "wallet/ProviderApi.h"
#include "wallet/ProviderPrepare.h"
#include "wallet/ProviderRegistrationFlow.h"
#include "wallet/ProviderResumeFlow.h"
#include "wallet/ProviderSignedFlow.h"

#include <QJsonArray>
#include <QTimer>

namespace stardeck::wallet {

namespace {

WalletError badAnswer(PassportErrorType type, const QString &what)
{
    return walletError(type, WalletFailure::InvalidResponse,
                       QStringLiteral("the action was accepted but its answer is malformed: %1").arg(what));
}

//! A positive integer id field of an answer.
std::optional<qint64> idField(const QJsonObject &object, const char *name)
{
    const QJsonValue value = object.value(QLatin1String(name));
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (number < 1 || number > 9007199254740991.0 || number != double(qint64(number)))
        return std::nullopt;
    return qint64(number);
}

//! Runs a signed flow and converts its JSON answer with `parse`.
template <class T, class Parse>
void runSigned(ImxProvider &provider, ActionKind kind, PassportErrorType type,
               ProviderSignedFlow::Preparer prepare, QObject *context, ImxProvider::Callback<T> done,
               Parse parse)
{
    auto *flow =
        new ProviderSignedFlow(provider, kind, type, std::move(prepare), context,
                               [done = std::move(done), parse, type](WalletResult<QJsonObject> result) {
                                   if (!result.ok())
                                       done(result.error());
                                   else
                                       done(parse(result.value(), type));
                               });
    flow->start();
}

WalletResult<TransferResult> parseTransfer(const QJsonObject &answer, PassportErrorType type)
{
    const auto id = idField(answer, "transfer_id");
    if (!id)
        return badAnswer(type, QStringLiteral("transfer_id"));
    return TransferResult{*id, answer.value(QStringLiteral("status")).toString(),
                          answer.value(QStringLiteral("sent_signature")).toString()};
}

} // namespace

ImxProvider::ImxProvider(ProviderServices services, ConnectedAccount account, QObject *parent)
    : QObject(parent), m_services(std::move(services)), m_account(std::move(account))
{
    // A provider missing a service is inert: every flow fails with Internal instead of crashing.
    if (m_services.nam == nullptr || m_services.session == nullptr || m_services.client == nullptr)
        return;
    m_api = new ProviderApi(m_services.environment, *m_services.nam, *m_services.session, this,
                            m_services.requestTimeoutMs);
    m_resolver = new AssetResolver(*m_services.client, this);
    m_guardian = m_services.guardian != nullptr
                     ? m_services.guardian
                     : new GuardianClient(m_services.environment, *m_services.nam, *m_services.session, this);
}

ImxProvider::~ImxProvider() = default;

WalletResult<QString> ImxProvider::getAddress() const
{
    if (m_services.session == nullptr || !m_services.session->isLoggedIn())
        return walletError(PassportErrorType::NotLoggedInError, WalletFailure::NotLoggedIn,
                           QStringLiteral("not logged in to Passport"));
    const auto claims = m_services.session->passportClaims();
    if (!claims)
        return walletError(
            PassportErrorType::UserNotRegisteredError, WalletFailure::NotRegistered,
            QStringLiteral("the user is not registered with Immutable X; call registerOffchain"));
    return claims->imxEthAddress;
}

bool ImxProvider::isRegisteredOffchain() const
{
    return m_services.session != nullptr && m_services.session->isLoggedIn() &&
           m_services.session->passportClaims().has_value();
}

void ImxProvider::registerOffchain(QObject *context, Callback<RegisterResult> done)
{
    auto *flow = new ProviderRegistrationFlow(*this, context, std::move(done));
    flow->start();
}

void ImxProvider::transfer(const TransferRequest &request, QObject *context, Callback<TransferResult> done)
{
    runSigned<TransferResult>(*this, ActionKind::Transfer, PassportErrorType::TransferError,
                              ProviderPrepare::transfer(request), context, std::move(done), parseTransfer);
}

void ImxProvider::batchNftTransfer(const QList<NftTransferItem> &items, QObject *context,
                                   Callback<BatchTransferResult> done)
{
    runSigned<BatchTransferResult>(
        *this, ActionKind::BatchNftTransfer, PassportErrorType::TransferError,
        ProviderPrepare::batchNftTransfer(items), context, std::move(done),
        [count = items.size()](const QJsonObject &answer,
                               PassportErrorType type) -> WalletResult<BatchTransferResult> {
            const QJsonArray ids = answer.value(QStringLiteral("transfer_ids")).toArray();
            BatchTransferResult result;
            for (const QJsonValue &id : ids) {
                const auto value = idField(QJsonObject{{QStringLiteral("id"), id}}, "id");
                if (!value)
                    return badAnswer(type, QStringLiteral("transfer_ids"));
                result.transferIds.append(*value);
            }
            if (result.transferIds.size() != count)
                return badAnswer(
                    type, QStringLiteral("transfer_ids has %1 ids for %2 items").arg(ids.size()).arg(count));
            return result;
        });
}

void ImxProvider::createOrder(const OrderRequest &request, QObject *context, Callback<OrderResult> done)
{
    runSigned<OrderResult>(
        *this, ActionKind::CreateOrder, PassportErrorType::CreateOrderError,
        ProviderPrepare::createOrder(request), context, std::move(done),
        [](const QJsonObject &answer, PassportErrorType type) -> WalletResult<OrderResult> {
            const auto id = idField(answer, "order_id");
            if (!id)
                return badAnswer(type, QStringLiteral("order_id"));
            return OrderResult{*id, answer.value(QStringLiteral("status")).toString()};
        });
}

void ImxProvider::cancelOrder(qint64 orderId, QObject *context, Callback<CancelResult> done)
{
    runSigned<CancelResult>(
        *this, ActionKind::CancelOrder, PassportErrorType::CancelOrderError,
        ProviderPrepare::cancelOrder(orderId), context, std::move(done),
        [](const QJsonObject &answer, PassportErrorType type) -> WalletResult<CancelResult> {
            const auto id = idField(answer, "order_id");
            if (!id)
                return badAnswer(type, QStringLiteral("order_id"));
            return CancelResult{*id, answer.value(QStringLiteral("status")).toString()};
        });
}

void ImxProvider::createTrade(const TradeRequest &request, QObject *context, Callback<TradeResult> done)
{
    runSigned<TradeResult>(
        *this, ActionKind::CreateTrade, PassportErrorType::CreateTradeError,
        ProviderPrepare::createTrade(request), context, std::move(done),
        [](const QJsonObject &answer, PassportErrorType type) -> WalletResult<TradeResult> {
            const auto id = idField(answer, "trade_id");
            if (!id)
                return badAnswer(type, QStringLiteral("trade_id"));
            return TradeResult{*id, answer.value(QStringLiteral("status")).toString()};
        });
}

void ImxProvider::exchangeTransfer(const ExchangeTransferRequest &request, QObject *context,
                                   Callback<TransferResult> done)
{
    runSigned<TransferResult>(*this, ActionKind::ExchangeTransfer, PassportErrorType::ExchangeTransferError,
                              ProviderPrepare::exchangeTransfer(request), context, std::move(done),
                              parseTransfer);
}

namespace {
WalletStatus notSupported()
{
    return walletError(PassportErrorType::OperationNotSupportedError, WalletFailure::Unsupported,
                       QStringLiteral("Operation not supported"));
}
} // namespace

WalletStatus ImxProvider::deposit() const
{
    return notSupported();
}

WalletStatus ImxProvider::prepareWithdrawal() const
{
    return notSupported();
}

WalletStatus ImxProvider::completeWithdrawal() const
{
    return notSupported();
}

WalletStatus ImxProvider::isRegisteredOnchain() const
{
    return notSupported();
}

void ImxProvider::resumePending(QObject *context, Callback<QList<ResolvedEntry>> done)
{
    auto *flow = new ProviderResumeFlow(*this, context, std::move(done));
    flow->start();
}

void ImxProvider::setReadOnly(bool readOnly, const QString &reason)
{
    const bool changed = readOnly != m_readOnly || reason != m_readOnlyReason;
    m_readOnly = readOnly;
    m_readOnlyReason = readOnly ? reason : QString();
    if (changed)
        Q_EMIT readOnlyChanged(readOnly, m_readOnlyReason);
}

bool ImxProvider::wired() const
{
    return m_api != nullptr && m_resolver != nullptr && m_guardian != nullptr &&
           m_services.journal != nullptr && m_services.prompt != nullptr && m_account.starkSigner != nullptr;
}

bool ImxProvider::crashAt(const QString &point) const
{
    return m_services.crashPoint && m_services.crashPoint(point);
}

} // namespace stardeck::wallet
