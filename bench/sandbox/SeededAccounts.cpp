// SPDX-License-Identifier: MIT
#include "SeededAccounts.h"

#include "crypto/Keccak.h"
#include "crypto/LocalEthSigner.h"
#include "crypto/Secp256k1.h"
#include "crypto/StarkEcdsa.h"
#include "crypto/StarkKeyDerivation.h"

#include <QByteArray>

namespace stardeck::bench {

namespace {

std::span<const std::uint8_t> bytesOf(const QByteArray &data)
{
    return {reinterpret_cast<const std::uint8_t *>(data.constData()), std::size_t(data.size())};
}

//! keccak256 of a tagged, lower-cased e-mail, re-hashed until it is a valid secp256k1 key.
crypto::SecureBytes adminKeyFor(const QString &email)
{
    const QByteArray label = "stardeck-sandbox admin key:" + email.toLower().toUtf8();
    crypto::Hash256 digest = crypto::keccak256(bytesOf(label));
    crypto::SecureBytes key(digest.data(), digest.size());
    while (!crypto::secp256k1::checkPrivateKey(key).ok()) {
        digest = crypto::keccak256(key.span());
        key = crypto::SecureBytes(digest.data(), digest.size());
    }
    crypto::secureWipe(digest.data(), digest.size());
    return key;
}

//! Last 20 bytes of keccak256("stardeck-sandbox imx account" || admin address).
QString imxAccountAddress(const crypto::EthAddress &admin)
{
    QByteArray data("stardeck-sandbox imx account");
    data.append(reinterpret_cast<const char *>(admin.bytes().data()), qsizetype(crypto::EthAddress::kSize));
    const crypto::Hash256 digest = crypto::keccak256(bytesOf(data));
    return QStringLiteral("0x") +
           QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest.data()) + 12, 20).toHex());
}

} // namespace

QStringList seededEmails()
{
    QStringList emails;
    for (const char *name :
         {"demo", "alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi", "ivan"})
        emails.append(QString::fromLatin1(name) + QStringLiteral("@stardeck.test"));
    return emails;
}

crypto::Expected<SeededAccount> deriveSeededAccount(const QString &email)
{
    auto signer = crypto::LocalEthSigner::create(adminKeyFor(email));
    if (!signer)
        return signer.error();
    const crypto::EthAddress admin = (*signer)->address();
    auto seedSignature = (*signer)->signPersonalMessageNow(
        QByteArray(crypto::imx::kSeedMessage.data(), qsizetype(crypto::imx::kSeedMessage.size())));
    if (!seedSignature)
        return seedSignature.error();
    auto derived = crypto::imx::deriveStarkKey(admin, *seedSignature);
    if (!derived)
        return derived.error();
    auto publicKey = crypto::stark::publicKey(derived->privateKey);
    if (!publicKey)
        return publicKey.error();
    SeededAccount account;
    account.email = email;
    account.adminAddress = QString::fromStdString(admin.toLowerHex());
    account.ethAddress = imxAccountAddress(admin);
    account.starkKey = publicKey->x;
    account.starkPrivate = std::move(derived->privateKey);
    return account;
}

} // namespace stardeck::bench
