// SPDX-License-Identifier: MIT
// register, transfer, batch-transfer, order create|cancel, trade, exchange-transfer: signed actions
// through the IMX provider (prepare -> check -> review on the terminal -> sign -> submit).
#include "CliMain.h"
#include "wallet/SignedRequests.h"
#include "wallet/SignedSession.h"
#include "wallet/TokenBook.h"
#include "wallet/WalletApp.h"
#include "wallet/WalletCommand.h"

#include "wallet/ImxProvider.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>
#include <optional>

namespace stardeck::cli {

using wallet::ImxProvider;
using wallet::PassportErrorType;
using wallet::WalletFailure;
using wallet::WalletResult;

namespace {

// ---- register ----

void startRegister(WalletApp &app, const ArgParser &p)
{
    withProvider(app, p, [&app](SignedSession &s) {
        s.provider->registerOffchain(&app, [&app](WalletResult<wallet::RegisterResult> r) {
            if (failed(app, r))
                return;
            const auto address = app.imxAddress();
            QJsonObject o{{QStringLiteral("already_registered"), r->alreadyRegistered}};
            if (address)
                o.insert(QStringLiteral("imx_address"), address.value());
            succeed(app,
                    r->alreadyRegistered ? QStringLiteral("Already registered.")
                                         : QStringLiteral("Registered."),
                    o);
        });
    });
}

// ---- transfer ----

void declareTransfer(ArgParser &p)
{
    p.addOption(QStringLiteral("to"), QStringLiteral("ADDR"), QStringLiteral("receiver's Ethereum address"));
    p.addOption(QStringLiteral("token"), QStringLiteral("ETH|ADDRESS"), QStringLiteral("what to send"));
    p.addOption(QStringLiteral("amount"), QStringLiteral("X"),
                QStringLiteral("amount in token units, exact (e.g. 0.25); not for NFTs"));
    p.addOption(QStringLiteral("token-id"), QStringLiteral("ID"),
                QStringLiteral("the NFT's token id (ERC721)"));
    declareSigned(p);
}

QString checkTransfer(const ArgParser &p)
{
    for (const char *name : {"to", "token"}) {
        if (!p.isSet(QLatin1String(name)))
            return QStringLiteral("missing --%1").arg(QLatin1String(name));
    }
    if (!p.isSet(QStringLiteral("token-id")) && !p.isSet(QStringLiteral("amount")))
        return QStringLiteral("missing --amount");
    return p.positional().isEmpty() ? QString()
                                    : QStringLiteral("unexpected argument '%1'").arg(p.positional().first());
}

void startTransfer(WalletApp &app, const ArgParser &p)
{
    const QString to = p.value(QStringLiteral("to"));
    const QString token = p.value(QStringLiteral("token"));
    const QString amount = p.value(QStringLiteral("amount"));
    const QString tokenId = p.value(QStringLiteral("token-id"));
    withProvider(app, p, [&app, to, token, amount, tokenId](SignedSession &s) {
        const auto request =
            transferRequest(s.tokens, to, token, amount, tokenId, PassportErrorType::TransferError);
        if (failed(app, request))
            return;
        s.provider->transfer(request.value(), &app, [&app](WalletResult<wallet::TransferResult> r) {
            if (failed(app, r))
                return;
            succeed(app, QStringLiteral("Transfer submitted."),
                    {{QStringLiteral("transfer_id"), r->transferId}, {QStringLiteral("status"), r->status}});
        });
    });
}

// ---- batch-transfer ----

void declareBatch(ArgParser &p)
{
    p.addOption(QStringLiteral("to"), QStringLiteral("ADDR"), QStringLiteral("receiver of every NFT"));
    p.addOption(QStringLiteral("token"), QStringLiteral("ADDRESS"), QStringLiteral("the NFTs' collection"));
    p.addRepeatableOption(QStringLiteral("token-id"), QStringLiteral("ID"),
                          QStringLiteral("an NFT (repeatable)"));
    p.addOption(QStringLiteral("file"), QStringLiteral("PATH"),
                QStringLiteral("JSON array of {\"receiver\", \"token_address\", \"token_id\"} instead"));
    declareSigned(p);
}

QString checkBatch(const ArgParser &p)
{
    const bool file = p.isSet(QStringLiteral("file"));
    const bool inline_ = p.isSet(QStringLiteral("to")) || p.isSet(QStringLiteral("token")) ||
                         p.isSet(QStringLiteral("token-id"));
    if (file == inline_)
        return QStringLiteral("give either --file or --to, --token and --token-id");
    if (!file && (!p.isSet(QStringLiteral("to")) || !p.isSet(QStringLiteral("token")) ||
                  !p.isSet(QStringLiteral("token-id"))))
        return QStringLiteral("--to, --token and at least one --token-id are required");
    return p.positional().isEmpty() ? QString()
                                    : QStringLiteral("unexpected argument '%1'").arg(p.positional().first());
}

void startBatch(WalletApp &app, const ArgParser &p)
{
    const auto items = p.isSet(QStringLiteral("file"))
                           ? batchItemsFromFile(p.value(QStringLiteral("file")))
                           : batchItems(p.value(QStringLiteral("to")), p.value(QStringLiteral("token")),
                                        p.values(QStringLiteral("token-id")));
    if (!items) {
        app.fail(items.error());
        return;
    }
    withProvider(app, p, [&app, list = items.value()](SignedSession &s) {
        s.provider->batchNftTransfer(list, &app, [&app](WalletResult<wallet::BatchTransferResult> r) {
            if (failed(app, r))
                return;
            QJsonArray ids;
            for (qint64 id : r->transferIds)
                ids.append(id);
            succeed(app, QStringLiteral("Batch transfer submitted."),
                    {{QStringLiteral("transfer_ids"), ids}});
        });
    });
}

// ---- resume ----

void startResume(WalletApp &app, const ArgParser &p)
{
    // withProvider resolves every pending entry first (a "resolved" notice each); what is left
    // could not be resolved yet (no answer, or the listing is ambiguous).
    withProvider(app, p, [&app](SignedSession &s) {
        const auto address = s.provider->getAddress();
        const qsizetype left = address ? s.journal->pending(address.value().toLower()).size() : 0;
        if (left > 0) {
            app.notice(QStringLiteral("pending"),
                       QStringLiteral("%1 signed request(s) still pending; run resume again later").arg(left),
                       {{QStringLiteral("pending"), left}});
            app.finish(ExitOutcomeUnknown);
            return;
        }
        succeed(app, QStringLiteral("Nothing pending."), {{QStringLiteral("pending"), 0}});
    });
}

} // namespace

QList<WalletCommand> signedCommands()
{
    QList<WalletCommand> commands{
        {"register", "[--yes]", "register the user with Immutable X (off-chain)", &declareSigned,
         [](const ArgParser &p) {
             return p.positional().isEmpty() ? QString() : QStringLiteral("register takes no arguments");
         },
         &startRegister},
        {"transfer", "--to ADDR --token ETH|ADDRESS --amount X [--token-id ID] [--yes]",
         "send ETH, an ERC20 token or an NFT", &declareTransfer, &checkTransfer, &startTransfer},
        {"batch-transfer", "--to ADDR --token ADDRESS --token-id ID [--token-id ID ...] | --file PATH",
         "send several NFTs in one signed batch", &declareBatch, &checkBatch, &startBatch},
        {"resume", "", "resolve signed requests an earlier run left pending (never signs anything new)",
         &declareSigned,
         [](const ArgParser &p) {
             return p.positional().isEmpty() ? QString() : QStringLiteral("resume takes no arguments");
         },
         &startResume},
    };
    return commands + tradingCommands();
}

} // namespace stardeck::cli
