// SPDX-License-Identifier: MIT
#include "world/Seed.h"

#include "crypto/Keccak.h"
#include "crypto/LocalEthSigner.h"
#include "crypto/Secp256k1.h"
#include "crypto/StarkEcdsa.h"
#include "crypto/StarkKeyDerivation.h"

#include <QCryptographicHash>

#include <array>
#include <cstdint>
#include <vector>

namespace stardeck::sandbox {

namespace {

//! SplitMix64: tiny, fast and identical on every platform (std distributions are not).
class Prng {
public:
    explicit Prng(quint64 seed) : m_state(seed) {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    //! Uniform in [0, n) (the modulo bias is irrelevant for a demo world).
    int below(int n) { return int(next() % quint64(n)); }
    //! True with probability percent / 100.
    bool chance(int percent) { return below(100) < percent; }
    template <class T, std::size_t N>
    const T &pick(const std::array<T, N> &items)
    {
        return items[std::size_t(below(int(N)))];
    }

private:
    quint64 m_state;
};

QString hex40(const crypto::Hash256 &hash)
{
    return QStringLiteral("0x") +
           QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(hash.data()) + 12, 20).toHex());
}

//! A deterministic contract address for a label.
QString addressFor(const QString &label)
{
    return hex40(
        crypto::keccak256(std::string_view(QStringLiteral("stardeck-sandbox ").append(label).toStdString())));
}

UInt256 pow10(int exponent)
{
    UInt256 v(1);
    for (int i = 0; i < exponent; ++i)
        v.mulAddSmall(10, 0);
    return v;
}

//! units * 10^decimals / divisor, exact for the small demo figures.
UInt256 amount(quint64 units, int decimals, quint64 divisor = 1)
{
    UInt256 v = pow10(decimals);
    v.mulAddSmall(units, 0);
    v.divSmall(divisor);
    return v;
}

const QDateTime &epoch()
{
    // Qt::UTC rather than QTimeZone::utc(): the same instant, and much cheaper to convert.
    static const QDateTime t(QDate(2025, 9, 1), QTime(9, 0), Qt::UTC);
    return t;
}

struct PropertySpec {
    const char *name;
    const char *type; // enum|text|boolean|discrete|continuous
    std::array<const char *, 5> values;
};

struct CollectionSpec {
    const char *name;
    const char *description;
    int weight;
    std::array<const char *, 6> nouns;
    std::array<PropertySpec, 5> properties;
};

// Five collections with distinct schemas: every property type appears.
const std::array<CollectionSpec, 5> kCollections{{
    {"Starship Fleet",
     "Hand-built starships of the Stardeck sandbox sector. Every hull is unique; none ever flew.",
     30,
     {"Aurora", "Kestrel", "Vanguard", "Halcyon", "Corsair", "Meridian"},
     {{{"class", "enum", {"Scout", "Frigate", "Cruiser", "Dreadnought", "Carrier"}},
       {"hull", "discrete", {}},
       {"captain", "text", {"Vega", "Orion", "Lyra", "Castor", "Mira"}},
       {"warp_capable", "boolean", {}},
       {"top_speed", "continuous", {}}}}},
    {"Nebula Pets",
     "Companions hatched in the glow of a sandbox nebula. They eat starlight and test data.",
     25,
     {"Glimmer", "Pip", "Nova", "Whisker", "Comet", "Biscuit"},
     {{{"species", "enum", {"Glowmoth", "Voidcat", "Comet Fox", "Orbit Owl", "Star Slug"}},
       {"level", "discrete", {}},
       {"nickname", "text", {"Sparky", "Dot", "Fizz", "Luna", "Tango"}},
       {"shiny", "boolean", {}},
       {"mood", "enum", {"Happy", "Sleepy", "Curious", "Grumpy", "Hungry"}}}}},
    {"Asteroid Claims",
     "Mining rights to rocks in the sandbox belt. Yields are imaginary; the paperwork is real.",
     20,
     {"Ceres Minor", "Rubble 7", "Greystone", "Frostbite", "Ember Rock", "Lodestar"},
     {{{"composition", "enum", {"Iron", "Ice", "Carbon", "Platinum", "Nickel"}},
       {"size_km", "discrete", {}},
       {"region", "text", {"Inner Belt", "Outer Belt", "Trojan Cloud", "Kuiper Edge", "Shepherd Gap"}},
       {"surveyed", "boolean", {}},
       {"yield", "continuous", {}}}}},
    {"Relics of the Deep Sky",
     "Artefacts recovered from derelicts drifting between sandbox stars. Handle with care.",
     15,
     {"Idol", "Compass", "Lantern", "Codex", "Crown", "Chalice"},
     {{{"rarity", "enum", {"Common", "Uncommon", "Rare", "Epic", "Legendary"}},
       {"power", "discrete", {}},
       {"inscription", "text", {"Lux in tenebris", "Ad astra", "Nihil novi", "Per aspera", "Fiat data"}},
       {"cursed", "boolean", {}},
       {"origin", "enum", {"Andromeda", "Sagittarius", "Cygnus", "Draco", "Pegasus"}}}}},
    {"Pilot Licences",
     "Certified (by nobody) to fly anything in the sandbox. Ranks are earned, callsigns chosen.",
     10,
     {"Licence", "Permit", "Charter", "Warrant", "Commission", "Badge"},
     {{{"rank", "enum", {"Cadet", "Ensign", "Lieutenant", "Commander", "Admiral"}},
       {"flight_hours", "discrete", {}},
       {"callsign", "text", {"Maverick", "Nightjar", "Ghost", "Sundog", "Hex"}},
       {"veteran", "boolean", {}},
       {"wing", "enum", {"Red", "Gold", "Blue", "Green", "Black"}}}}},
}};

const std::array<const char *, 8> kAdjectives{"Silent",  "Radiant", "Crimson", "Lucky",
                                              "Ancient", "Swift",   "Hollow",  "Gilded"};

// The demo user first, then the people to send to and trade with.
const std::array<const char *, 10> kUserEmails{
    "demo@stardeck.test",  "alice@stardeck.test", "bob@stardeck.test",   "carol@stardeck.test",
    "dave@stardeck.test",  "erin@stardeck.test",  "frank@stardeck.test", "grace@stardeck.test",
    "heidi@stardeck.test", "ivan@stardeck.test"};

TokenSpec erc721(const AssetRecord &asset)
{
    return TokenSpec{QStringLiteral("ERC721"), asset.tokenAddress, asset.tokenId};
}

//! Builds the demo world; `world` is empty on entry.
class DemoSeeder {
public:
    DemoSeeder(World &world, int nfts) : m_world(world), m_nfts(nfts), m_prng(seed::kPrngSeed) {}

    bool run(QString *error)
    {
        seedTokens();
        if (!seedUsers(error))
            return false;
        seedCollections();
        seedDeposits();
        seedNfts();
        seedMarket();
        seedBalancesAndLedger();
        return true;
    }

private:
    qint64 nextTx() { return m_world.nextTransactionId++; }

    void seedTokens()
    {
        auto add = [this](const QString &symbol, const QString &name, const QString &address, int decimals,
                          const UInt256 &quantum) {
            TokenRecord t;
            t.symbol = symbol;
            t.name = name;
            t.tokenAddress = address;
            t.decimals = decimals;
            t.quantum = quantum;
            t.imageUrl = QStringLiteral("/token/%1.svg").arg(symbol.toLower());
            m_world.tokens[address] = t;
        };
        m_stableAddress = addressFor(QStringLiteral("token USDS"));
        m_gameAddress = addressFor(QStringLiteral("token DUST"));
        add(seed::ethSymbol, QStringLiteral("Ethereum"), QString(), 18, UInt256(100000000));
        add(seed::stableSymbol, QStringLiteral("Sandbox USD"), m_stableAddress, 6, UInt256(1));
        add(seed::gameSymbol, QStringLiteral("Stardust"), m_gameAddress, 18, UInt256(100000000));
    }

    bool seedUsers(QString *error)
    {
        for (std::size_t i = 0; i < kUserEmails.size(); ++i) {
            UserRecord user;
            user.email = QString::fromLatin1(kUserEmails[i]);
            user.userId = userIdForEmail(user.email);
            user.createdAt = epoch().addDays(-30 + qint64(i));
            if (!provisionImxAccount(user, error))
                return false;
            m_addresses.push_back(user.ethAddress);
            m_world.users[user.userId] = std::move(user);
        }
        // The on/off-ramp provider's own registered IMX account: offramp exchanges are completed by a
        // transfer to it, and a wallet only sends to registered receivers.
        UserRecord provider;
        provider.email = QStringLiteral("wallet@moonpay.stardeck.test");
        provider.userId = userIdForEmail(provider.email);
        provider.createdAt = epoch().addDays(-60);
        if (!provisionImxAccount(provider, error))
            return false;
        m_exchangeProvider = provider.ethAddress;
        m_world.users[provider.userId] = std::move(provider);
        return true;
    }

    void seedCollections()
    {
        qint64 projectId = 1;
        for (const CollectionSpec &spec : kCollections) {
            CollectionRecord c;
            c.name = QString::fromUtf8(spec.name);
            c.address = addressFor(QStringLiteral("collection ") + c.name);
            c.description = QString::fromUtf8(spec.description);
            c.iconUrl = QStringLiteral("/collection/%1/icon.svg").arg(c.address);
            c.collectionImageUrl = QStringLiteral("/collection/%1/tile.png").arg(c.address);
            c.metadataApiUrl = QStringLiteral("https://metadata.stardeck.test/%1").arg(c.address);
            c.projectOwnerAddress = addressFor(QStringLiteral("project owner ") + c.name);
            c.projectId = projectId++;
            for (const PropertySpec &p : spec.properties) {
                const QString type = QString::fromLatin1(p.type);
                c.metadataSchema.append(
                    QJsonObject{{QStringLiteral("name"), QString::fromLatin1(p.name)},
                                {QStringLiteral("type"), type},
                                {QStringLiteral("filterable"), type != QLatin1String("text")}});
            }
            c.createdAt = epoch().addDays(-60 + 7 * projectId);
            c.updatedAt = c.createdAt.addDays(3);
            m_collections.push_back(c.address);
            m_world.collections[c.address] = c;
        }
    }

    void seedDeposits()
    {
        QDateTime t = epoch();
        for (const QString &owner : m_addresses) {
            for (const QString &token : {QString(), m_stableAddress, m_gameAddress}) {
                DepositRecord d;
                d.transactionId = nextTx();
                d.user = owner;
                d.token =
                    TokenSpec{token.isEmpty() ? QStringLiteral("ETH") : QStringLiteral("ERC20"), token, {}};
                const TokenRecord &rec = m_world.tokens[token];
                d.quantity = amount(quint64(5 + m_prng.below(50)), rec.decimals);
                t = t.addSecs(600 + m_prng.below(3600));
                d.timestamp = t;
                m_world.deposits[d.transactionId] = d;
            }
        }
        m_clock = t;
    }

    void seedNfts()
    {
        // Mints spread over 30 days; the market opens afterwards.
        const qint64 spanMs = 30LL * 24 * 3600 * 1000;
        const qint64 stepMs = m_nfts > 0 ? std::max<qint64>(1, spanMs / m_nfts) : 1;
        int totalWeight = 0;
        for (const CollectionSpec &spec : kCollections)
            totalWeight += spec.weight;
        std::array<int, kCollections.size()> nextId{};
        m_assetKeys.reserve(std::size_t(m_nfts));
        for (int i = 0; i < m_nfts; ++i) {
            int roll = m_prng.below(totalWeight);
            std::size_t c = 0;
            while (roll >= kCollections[c].weight) {
                roll -= kCollections[c].weight;
                ++c;
            }
            const CollectionSpec &spec = kCollections[c];
            AssetRecord a;
            a.tokenAddress = m_collections[c];
            a.tokenId = QString::number(++nextId[c]);
            // Every eighth NFT (on average) is the demo user's; the rest are spread around.
            a.owner = m_prng.chance(12)
                          ? m_addresses[0]
                          : m_addresses[std::size_t(1 + m_prng.below(int(m_addresses.size()) - 1))];
            a.name = QStringLiteral("%1 %2 #%3")
                         .arg(QLatin1String(m_prng.pick(kAdjectives)),
                              QString::fromUtf8(m_prng.pick(spec.nouns)), a.tokenId);
            a.description = QStringLiteral("%1 from %2.").arg(a.name, QString::fromUtf8(spec.name));
            a.imageUrl = QStringLiteral("/nft/%1/%2.png").arg(a.tokenAddress, a.tokenId);
            a.uri = QString();
            QJsonObject metadata{{QStringLiteral("name"), a.name}};
            for (const PropertySpec &p : spec.properties) {
                const QString name = QString::fromLatin1(p.name);
                const QLatin1String type(p.type);
                if (type == QLatin1String("enum") || type == QLatin1String("text"))
                    metadata.insert(name, QString::fromUtf8(m_prng.pick(p.values)));
                else if (type == QLatin1String("boolean"))
                    metadata.insert(name, m_prng.chance(40));
                else if (type == QLatin1String("discrete"))
                    metadata.insert(name, 1 + m_prng.below(100));
                else
                    metadata.insert(name, double(m_prng.below(10000)) / 100.0);
            }
            a.metadata = metadata;
            a.createdAt = m_clock.addMSecs(qint64(i) * stepMs);
            a.updatedAt = a.createdAt;
            MintRecord mint;
            mint.transactionId = nextTx();
            mint.user = a.owner;
            mint.token = erc721(a);
            mint.timestamp = a.createdAt;
            m_world.mints[mint.transactionId] = mint;
            m_assetKeys.emplace_back(a.tokenAddress, a.tokenId);
            m_world.assets[{a.tokenAddress, a.tokenId}] = std::move(a);
        }
        m_clock = m_clock.addMSecs(spanMs + 3600 * 1000);
    }

    //! Listings (some filled with a trade, some cancelled) and transfers, in time order.
    void seedMarket()
    {
        const int transfers = 40 + m_nfts / 50;
        const std::size_t events = m_assetKeys.size() + std::size_t(transfers);
        std::vector<bool> isTransfer(events, false);
        for (int i = 0; i < transfers; ++i)
            isTransfer[std::size_t(m_prng.below(int(events)))] = true;
        std::size_t nextAsset = 0;
        for (std::size_t e = 0; e < events; ++e) {
            m_clock = m_clock.addSecs(20 + m_prng.below(300));
            if (isTransfer[e] || nextAsset >= m_assetKeys.size()) {
                seedTransfer();
                continue;
            }
            AssetRecord &asset = m_world.assets[m_assetKeys[nextAsset++]];
            const bool demoOwned = asset.owner == m_addresses[0];
            if (m_prng.chance(demoOwned ? 25 : 6))
                seedListing(asset);
        }
    }

    void seedListing(AssetRecord &asset)
    {
        OrderRecord o;
        o.orderId = m_world.nextOrderId++;
        o.user = asset.owner;
        o.sell = erc721(asset);
        const bool inEth = m_prng.chance(70);
        o.buy = inEth ? TokenSpec{QStringLiteral("ETH"), QString(), {}}
                      : TokenSpec{QStringLiteral("ERC20"), m_stableAddress, {}};
        o.amountSell = UInt256(1);
        // ETH prices are whole multiples of the 1e8 quantum: 0.0001 ETH steps.
        o.amountBuy = inEth ? amount(quint64(10 + m_prng.below(25000)), 18, 10000)
                            : amount(quint64(5 + m_prng.below(2000)), 6);
        o.createdAt = m_clock;
        o.updatedAt = m_clock;
        // 2^22 - 1 hours is StarkEx's "never expires" (starkex-crypto.md 3.6); a date relative
        // to the fixed seed clock would already lie in the past and make every listing untradable.
        o.expirationHours = (qint64(1) << 22) - 1;
        const int roll = m_prng.below(100);
        if (roll < 12) {
            o.status = QStringLiteral("cancelled");
            o.updatedAt = m_clock.addSecs(60 + m_prng.below(3600));
        } else if (roll < 30) {
            fill(o, asset);
        }
        m_world.orders[o.orderId] = o;
    }

    //! A buyer's order fills the listing: one trade, the NFT changes hands.
    void fill(OrderRecord &listing, AssetRecord &asset)
    {
        QString buyer;
        do {
            buyer = m_addresses[std::size_t(m_prng.below(int(m_addresses.size())))];
        } while (buyer == listing.user);
        const QDateTime when = m_clock.addSecs(30 + m_prng.below(600));
        OrderRecord bid;
        bid.orderId = m_world.nextOrderId++;
        bid.user = buyer;
        bid.sell = listing.buy;
        bid.buy = listing.sell;
        bid.amountSell = listing.amountBuy;
        bid.amountBuy = UInt256(1);
        bid.amountSold = listing.amountBuy;
        bid.status = QStringLiteral("filled");
        bid.createdAt = when;
        bid.updatedAt = when;
        bid.expirationHours = listing.expirationHours;
        listing.status = QStringLiteral("filled");
        listing.amountSold = UInt256(1);
        listing.updatedAt = when;
        TradeRecord t;
        t.transactionId = nextTx();
        t.orderIdA = bid.orderId;
        t.orderIdB = listing.orderId;
        t.tokenA = bid.sell;
        t.tokenB = listing.sell;
        t.soldA = bid.amountSell;
        t.soldB = UInt256(1);
        t.timestamp = when;
        m_world.trades[t.transactionId] = t;
        m_world.orders[bid.orderId] = bid;
        asset.owner = buyer;
        asset.updatedAt = when;
    }

    void seedTransfer()
    {
        TransferRecord t;
        t.transactionId = nextTx();
        t.timestamp = m_clock;
        const int kind = m_prng.below(4);
        if (kind == 3 && !m_assetKeys.empty()) {
            AssetRecord &asset =
                m_world.assets[m_assetKeys[std::size_t(m_prng.below(int(m_assetKeys.size())))]];
            t.sender = asset.owner;
            t.token = erc721(asset);
            t.quantity = UInt256(1);
            t.receiver = otherThan(t.sender);
            asset.owner = t.receiver;
            asset.updatedAt = m_clock;
            // An open listing of a transferred NFT can no longer be filled.
            for (auto &[id, order] : m_world.orders) {
                if (order.status == QLatin1String("active") && order.sell == t.token) {
                    order.status = QStringLiteral("inactive");
                    order.updatedAt = m_clock;
                }
            }
        } else {
            // The demo user sends or receives about half of the fungible transfers.
            const QString demo = m_addresses[0];
            const bool involveDemo = m_prng.chance(50);
            t.sender = involveDemo && m_prng.chance(50) ? demo : otherThan(demo);
            t.receiver = involveDemo && t.sender != demo ? demo : otherThan(t.sender);
            const QString token = kind == 0 ? QString() : kind == 1 ? m_stableAddress : m_gameAddress;
            t.token = TokenSpec{token.isEmpty() ? QStringLiteral("ETH") : QStringLiteral("ERC20"), token, {}};
            t.quantity = kind == 0 ? amount(quint64(1 + m_prng.below(5000)), 18, 10000)
                                   : amount(quint64(1 + m_prng.below(300)), m_world.tokens[token].decimals);
        }
        m_world.transfers[t.transactionId] = t;
    }

    QString otherThan(const QString &address)
    {
        QString other;
        do {
            other = m_addresses[std::size_t(m_prng.below(int(m_addresses.size())))];
        } while (other == address);
        return other;
    }

    void seedBalancesAndLedger()
    {
        const QString demo = m_addresses[0];
        m_world.balances[{demo, QString()}] = amount(125, 18, 10);   // 12.5 ETH
        m_world.balances[{demo, m_stableAddress}] = amount(2500, 6); // 2,500 USDS
        m_world.balances[{demo, m_gameAddress}] = amount(10000, 18); // 10,000 DUST
        for (std::size_t i = 1; i < m_addresses.size(); ++i) {
            m_world.balances[{m_addresses[i], QString()}] = amount(quint64(1 + m_prng.below(400)), 18, 10);
            m_world.balances[{m_addresses[i], m_stableAddress}] =
                amount(quint64(100 + m_prng.below(5000)), 6);
            if (m_prng.chance(70))
                m_world.balances[{m_addresses[i], m_gameAddress}] = amount(quint64(m_prng.below(50000)), 18);
        }

        WithdrawalRecord w;
        w.transactionId = nextTx();
        w.sender = demo;
        w.token = TokenSpec{QStringLiteral("ETH"), QString(), {}};
        w.quantity = amount(1, 18, 2);
        w.withdrawnToWallet = true;
        w.timestamp = m_clock.addSecs(600);
        m_world.withdrawals[w.transactionId] = w;
        WithdrawalRecord pending = w;
        pending.transactionId = nextTx();
        pending.token = TokenSpec{QStringLiteral("ERC20"), m_stableAddress, {}};
        pending.quantity = amount(40, 6);
        pending.rollupStatus = QStringLiteral("included");
        pending.withdrawnToWallet = false;
        pending.timestamp = m_clock.addSecs(1200);
        m_world.withdrawals[pending.transactionId] = pending;

        auto exchange = [&](const QString &type, const QString &status, double from, const QString &fromCcy,
                            double to, const QString &toCcy, qint64 offsetSecs) {
            ExchangeRecord x;
            x.id = m_world.nextExchangeId++;
            x.walletAddress = demo;
            x.type = type;
            x.status = status;
            x.data = QJsonObject{{QStringLiteral("external_id"), QStringLiteral("sandbox-%1").arg(x.id)},
                                 {QStringLiteral("fees_amount"), 3.99},
                                 {QStringLiteral("from_amount"), from},
                                 {QStringLiteral("from_currency"), fromCcy},
                                 {QStringLiteral("to_amount"), to},
                                 {QStringLiteral("to_currency"), toCcy},
                                 {QStringLiteral("provider_wallet_address"), m_exchangeProvider}};
            x.createdAt = m_clock.addSecs(offsetSecs);
            x.updatedAt = x.createdAt.addSecs(900);
            m_world.exchanges[x.id] = x;
        };
        exchange(QStringLiteral("onramp"), QStringLiteral("completed"), 250.0, QStringLiteral("usd"), 0.08,
                 QStringLiteral("eth"), 1800);
        exchange(QStringLiteral("offramp"), QStringLiteral("pending"), 0.05, QStringLiteral("eth"), 150.0,
                 QStringLiteral("usd"), 2400);
    }

    World &m_world;
    int m_nfts;
    Prng m_prng;
    QDateTime m_clock = epoch();
    QString m_stableAddress;
    QString m_gameAddress;
    std::vector<QString> m_addresses; //!< eth addresses; [0] is the demo user
    QString m_exchangeProvider;       //!< the on/off-ramp provider's registered IMX account
    std::vector<QString> m_collections;
    std::vector<std::pair<QString, QString>> m_assetKeys;
};

} // namespace

bool validateSeedOptions(const SandboxOptions &options, QString *error)
{
    if (options.seed != QLatin1String("demo") && options.seed != QLatin1String("empty")) {
        if (error)
            *error = QStringLiteral("unknown seed '%1' (expected demo or empty)").arg(options.seed);
        return false;
    }
    if (options.nfts < 0 || options.nfts > seed::kMaxNfts) {
        if (error)
            *error = QStringLiteral("--nfts must be between 0 and %1, got %2")
                         .arg(seed::kMaxNfts)
                         .arg(options.nfts);
        return false;
    }
    return true;
}

bool seedWorld(World &world, const SandboxOptions &options, QString *error)
{
    if (!validateSeedOptions(options, error))
        return false;
    World fresh;
    if (options.seed == QLatin1String("demo") && !DemoSeeder(fresh, options.nfts).run(error))
        return false;
    world = std::move(fresh);
    return true;
}

crypto::SecureBytes adminKeyForEmail(const QString &email)
{
    const QByteArray label = "stardeck-sandbox admin key:" + email.toLower().toUtf8();
    crypto::Hash256 digest = crypto::keccak256(
        std::span(reinterpret_cast<const std::uint8_t *>(label.constData()), std::size_t(label.size())));
    crypto::SecureBytes key(digest.data(), digest.size());
    // Out of range with probability ~2^-128; re-hash rather than fail.
    while (!crypto::secp256k1::checkPrivateKey(key).ok()) {
        digest = crypto::keccak256(key.span());
        key = crypto::SecureBytes(digest.data(), digest.size());
    }
    crypto::secureWipe(digest.data(), digest.size());
    return key;
}

QString counterfactualEthAddress(const crypto::EthAddress &adminAddress)
{
    QByteArray data("stardeck-sandbox imx account");
    data.append(reinterpret_cast<const char *>(adminAddress.bytes().data()), int(crypto::EthAddress::kSize));
    return hex40(crypto::keccak256(
        std::span(reinterpret_cast<const std::uint8_t *>(data.constData()), std::size_t(data.size()))));
}

bool provisionImxAccount(UserRecord &user, QString *error)
{
    auto fail = [error](const std::string &what) {
        if (error)
            *error = QStringLiteral("cannot provision the IMX account: %1").arg(QString::fromStdString(what));
        return false;
    };
    if (user.adminKey.empty())
        user.adminKey = adminKeyForEmail(user.email);
    auto signer = crypto::LocalEthSigner::create(user.adminKey.clone());
    if (!signer)
        return fail(signer.error().message);
    const crypto::EthAddress admin = (*signer)->address();
    auto seedSignature = (*signer)->signPersonalMessageNow(
        QByteArray(crypto::imx::kSeedMessage.data(), qsizetype(crypto::imx::kSeedMessage.size())));
    if (!seedSignature)
        return fail(seedSignature.error().message);
    auto derived = crypto::imx::deriveStarkKey(admin, *seedSignature);
    if (!derived)
        return fail(derived.error().message);
    auto publicKey = crypto::stark::publicKey(derived->privateKey);
    if (!publicKey)
        return fail(publicKey.error().message);
    // x-client's stark key: "0x" + the x coordinate in hex, even length, no further padding.
    QString x = QString::fromStdString(publicKey->x.toHexMinimal());
    if (x.size() % 2)
        x.prepend(QLatin1Char('0'));
    user.adminAddress = QString::fromStdString(admin.toLowerHex());
    user.starkKey = QStringLiteral("0x") + x;
    user.ethAddress = counterfactualEthAddress(admin);
    user.registered = true;
    return true;
}

QString userIdForEmail(const QString &email)
{
    const QByteArray digest = QCryptographicHash::hash(email.toLower().toUtf8(), QCryptographicHash::Sha256);
    return QStringLiteral("email|") + QString::fromLatin1(digest.toHex().left(24));
}

} // namespace stardeck::sandbox
