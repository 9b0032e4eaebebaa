// SPDX-License-Identifier: MIT
#include "OpenSslStarkCurve.h"

#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/err.h>

#include <array>
#include <cctype>
#include <fstream>
#include <optional>
#include <sstream>
#include <utility>
#include <vector>

namespace stardeck::bench {

using crypto::ErrorCode;
using crypto::makeError;

namespace {

struct BnFree {
    void operator()(BIGNUM *b) const { BN_free(b); }
};
struct CtxFree {
    void operator()(BN_CTX *c) const { BN_CTX_free(c); }
};
struct GroupFree {
    void operator()(EC_GROUP *g) const { EC_GROUP_free(g); }
};
struct PointFree {
    void operator()(EC_POINT *p) const { EC_POINT_free(p); }
};
using BnPtr = std::unique_ptr<BIGNUM, BnFree>;
using CtxPtr = std::unique_ptr<BN_CTX, CtxFree>;
using GroupPtr = std::unique_ptr<EC_GROUP, GroupFree>;
using PointPtr = std::unique_ptr<EC_POINT, PointFree>;

// Indexes in StarkWare's CONSTANT_POINTS: shift, G, then the doubling runs 2^j * P0 (248 entries),
// 2^j * P1 (4), 2^j * P2 (248), 2^j * P3 (4); each run starts with the point itself.
constexpr std::size_t kShiftIndex = 0;
constexpr std::size_t kGeneratorIndex = 1;
constexpr std::array<std::size_t, 4> kPedersenIndexes{2, 2 + 248, 2 + 252, 2 + 252 + 248};

crypto::Error openSslError(const char *what)
{
    const unsigned long code = ERR_get_error();
    char text[256] = "no OpenSSL error queued";
    if (code != 0)
        ERR_error_string_n(code, text, sizeof text);
    ERR_clear_error();
    return makeError(ErrorCode::CryptoFailure, std::string("OpenSSL ") + what + ": " + text);
}

BIGNUM *toBn(const UInt256 &v, BIGNUM *out)
{
    const std::array<std::uint8_t, 32> bytes = v.toBytesBE();
    return BN_bin2bn(bytes.data(), int(bytes.size()), out);
}

UInt256 fromBn(const BIGNUM *b)
{
    std::array<std::uint8_t, 32> bytes{};
    BN_bn2binpad(b, bytes.data(), int(bytes.size()));
    return UInt256::fromBytesBE(bytes.data(), bytes.size());
}

// The decimal integers of pedersen_params.json, read from the text (they exceed a double, so a
// JSON library that parses numbers as doubles would lose them).
class ParamsText {
public:
    explicit ParamsText(std::string text) : m_text(std::move(text)) {}

    std::optional<std::string> scalar(const std::string &key) const
    {
        std::size_t at = valueStart(key);
        if (at == std::string::npos)
            return std::nullopt;
        std::string digits = digitsAt(at);
        return digits.empty() ? std::nullopt : std::optional<std::string>(digits);
    }

    //! Every decimal integer after `key`, in order (the flattened CONSTANT_POINTS pairs).
    std::vector<std::string> integersAfter(const std::string &key) const
    {
        std::vector<std::string> out;
        std::size_t at = valueStart(key);
        if (at == std::string::npos)
            return out;
        while (at < m_text.size()) {
            if (std::isdigit(static_cast<unsigned char>(m_text[at]))) {
                std::string digits = digitsAt(at);
                at += digits.size();
                out.push_back(std::move(digits));
            } else {
                ++at;
            }
        }
        return out;
    }

private:
    std::size_t valueStart(const std::string &key) const
    {
        const std::size_t k = m_text.find('"' + key + '"');
        if (k == std::string::npos)
            return k;
        const std::size_t colon = m_text.find(':', k);
        if (colon == std::string::npos)
            return colon;
        std::size_t at = colon + 1;
        while (at < m_text.size() && std::isspace(static_cast<unsigned char>(m_text[at])))
            ++at;
        return at;
    }

    std::string digitsAt(std::size_t at) const
    {
        std::size_t end = at;
        while (end < m_text.size() && std::isdigit(static_cast<unsigned char>(m_text[end])))
            ++end;
        return m_text.substr(at, end - at);
    }

    std::string m_text;
};

} // namespace

struct OpenSslStarkCurve::State {
    CtxPtr ctx{BN_CTX_new()};
    GroupPtr group;
    BnPtr order{BN_new()};
    PointPtr shift;
    std::array<PointPtr, 4> pedersenPoints;
};

OpenSslStarkCurve::OpenSslStarkCurve(std::unique_ptr<State> state) : m_state(std::move(state)) {}

OpenSslStarkCurve::~OpenSslStarkCurve() = default;

Expected<std::unique_ptr<OpenSslStarkCurve>> OpenSslStarkCurve::fromPedersenParams(const std::string &path)
{
    std::ifstream file(path, std::ios::binary);
    if (!file)
        return makeError(ErrorCode::InvalidFormat, "cannot open " + path);
    std::ostringstream buffer;
    buffer << file.rdbuf();
    const ParamsText params(buffer.str());

    const std::optional<std::string> prime = params.scalar("FIELD_PRIME");
    const std::optional<std::string> alpha = params.scalar("ALPHA");
    const std::optional<std::string> beta = params.scalar("BETA");
    const std::optional<std::string> order = params.scalar("EC_ORDER");
    const std::vector<std::string> points = params.integersAfter("CONSTANT_POINTS");
    if (!prime || !alpha || !beta || !order)
        return makeError(ErrorCode::InvalidFormat, path + ": FIELD_PRIME, ALPHA, BETA or EC_ORDER missing");
    if (points.size() < 2 * (kPedersenIndexes.back() + 1))
        return makeError(ErrorCode::InvalidFormat, path + ": CONSTANT_POINTS has too few points");

    auto state = std::make_unique<State>();
    BN_CTX *ctx = state->ctx.get();
    auto decimal = [](const std::string &digits) {
        BIGNUM *b = nullptr;
        BN_dec2bn(&b, digits.c_str());
        return BnPtr(b);
    };
    const BnPtr p = decimal(*prime);
    const BnPtr a = decimal(*alpha);
    const BnPtr b = decimal(*beta);
    state->order = decimal(*order);
    if (!p || !a || !b || !state->order || !ctx)
        return openSslError("BN_dec2bn");

    state->group.reset(EC_GROUP_new_curve_GFp(p.get(), a.get(), b.get(), ctx));
    if (!state->group)
        return openSslError("EC_GROUP_new_curve_GFp");
    EC_GROUP *group = state->group.get();

    auto point = [&](std::size_t index) -> PointPtr {
        PointPtr pt(EC_POINT_new(group));
        const BnPtr x = decimal(points[2 * index]);
        const BnPtr y = decimal(points[2 * index + 1]);
        if (!pt || !x || !y || EC_POINT_set_affine_coordinates(group, pt.get(), x.get(), y.get(), ctx) != 1)
            return nullptr; // also when the point is not on the curve
        return pt;
    };
    const PointPtr generator = point(kGeneratorIndex);
    BnPtr cofactor(BN_new());
    if (!generator || !cofactor || BN_one(cofactor.get()) != 1 ||
        EC_GROUP_set_generator(group, generator.get(), state->order.get(), cofactor.get()) != 1)
        return openSslError("EC_GROUP_set_generator");
    state->shift = point(kShiftIndex);
    if (!state->shift)
        return openSslError("shift point");
    for (std::size_t i = 0; i < kPedersenIndexes.size(); ++i) {
        state->pedersenPoints[i] = point(kPedersenIndexes[i]);
        if (!state->pedersenPoints[i])
            return openSslError("Pedersen point");
    }
    return std::unique_ptr<OpenSslStarkCurve>(new OpenSslStarkCurve(std::move(state)));
}

Expected<UInt256> OpenSslStarkCurve::pedersen(const UInt256 &a, const UInt256 &b) const
{
    BN_CTX *ctx = m_state->ctx.get();
    const EC_GROUP *group = m_state->group.get();
    BN_CTX_start(ctx);
    UInt256 mask = UInt256::powerOfTwo(248);
    mask.subInPlace(UInt256(1));
    std::array<BIGNUM *, 4> scalars{BN_CTX_get(ctx), BN_CTX_get(ctx), BN_CTX_get(ctx), BN_CTX_get(ctx)};
    BIGNUM *x = BN_CTX_get(ctx);
    PointPtr sum(EC_POINT_new(group));
    bool ok = x && sum && toBn(a & mask, scalars[0]) && toBn(a >> 248, scalars[1]) &&
              toBn(b & mask, scalars[2]) && toBn(b >> 248, scalars[3]);
    const EC_POINT *points[4] = {m_state->pedersenPoints[0].get(), m_state->pedersenPoints[1].get(),
                                 m_state->pedersenPoints[2].get(), m_state->pedersenPoints[3].get()};
    const BIGNUM *scalarArgs[4] = {scalars[0], scalars[1], scalars[2], scalars[3]};
    // EC_POINTs_mul is deprecated in OpenSSL 3.0 but is still the library's one multi-scalar
    // entry point for more than two points; the baseline wants exactly that.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
    ok = ok && EC_POINTs_mul(group, sum.get(), nullptr, 4, points, scalarArgs, ctx) == 1;
#pragma GCC diagnostic pop
    ok = ok && EC_POINT_add(group, sum.get(), sum.get(), m_state->shift.get(), ctx) == 1 &&
         EC_POINT_get_affine_coordinates(group, sum.get(), x, nullptr, ctx) == 1;
    const UInt256 result = ok ? fromBn(x) : UInt256();
    BN_CTX_end(ctx);
    if (!ok)
        return openSslError("Pedersen");
    return result;
}

Expected<UInt256> OpenSslStarkCurve::publicKeyX(const SecureBytes &privateKey) const
{
    BN_CTX *ctx = m_state->ctx.get();
    const EC_GROUP *group = m_state->group.get();
    BN_CTX_start(ctx);
    BIGNUM *d = BN_CTX_get(ctx);
    BIGNUM *x = BN_CTX_get(ctx);
    PointPtr q(EC_POINT_new(group));
    bool ok = x && q && BN_bin2bn(privateKey.data(), int(privateKey.size()), d);
    if (ok)
        BN_set_flags(d, BN_FLG_CONSTTIME);
    ok = ok && EC_POINT_mul(group, q.get(), d, nullptr, nullptr, ctx) == 1 &&
         EC_POINT_get_affine_coordinates(group, q.get(), x, nullptr, ctx) == 1;
    const UInt256 result = ok ? fromBn(x) : UInt256();
    BN_clear(d);
    BN_CTX_end(ctx);
    if (!ok)
        return openSslError("public key");
    return result;
}

Expected<UInt256> OpenSslStarkCurve::recoverY(const UInt256 &starkKey, bool oddY) const
{
    BN_CTX *ctx = m_state->ctx.get();
    const EC_GROUP *group = m_state->group.get();
    BN_CTX_start(ctx);
    BIGNUM *x = BN_CTX_get(ctx);
    BIGNUM *y = BN_CTX_get(ctx);
    PointPtr q(EC_POINT_new(group));
    const bool ok = y && q && toBn(starkKey, x) &&
                    EC_POINT_set_compressed_coordinates(group, q.get(), x, oddY ? 1 : 0, ctx) == 1 &&
                    EC_POINT_get_affine_coordinates(group, q.get(), nullptr, y, ctx) == 1;
    const UInt256 result = ok ? fromBn(y) : UInt256();
    BN_CTX_end(ctx);
    if (!ok)
        return openSslError("recover y");
    return result;
}

Expected<bool> OpenSslStarkCurve::verify(const UInt256 &keyX, const UInt256 &keyY, const UInt256 &msgHash,
                                         const UInt256 &r, const UInt256 &s) const
{
    BN_CTX *ctx = m_state->ctx.get();
    const EC_GROUP *group = m_state->group.get();
    const BIGNUM *n = m_state->order.get();
    BN_CTX_start(ctx);
    BIGNUM *qx = BN_CTX_get(ctx);
    BIGNUM *qy = BN_CTX_get(ctx);
    BIGNUM *z = BN_CTX_get(ctx);
    BIGNUM *rb = BN_CTX_get(ctx);
    BIGNUM *sb = BN_CTX_get(ctx);
    BIGNUM *w = BN_CTX_get(ctx);
    BIGNUM *u1 = BN_CTX_get(ctx);
    BIGNUM *u2 = BN_CTX_get(ctx);
    BIGNUM *x = BN_CTX_get(ctx);
    PointPtr q(EC_POINT_new(group));
    PointPtr sum(EC_POINT_new(group));
    bool ok = x && q && sum && toBn(keyX, qx) && toBn(keyY, qy) && toBn(msgHash, z) && toBn(r, rb) &&
              toBn(s, sb) && EC_POINT_set_affine_coordinates(group, q.get(), qx, qy, ctx) == 1 &&
              BN_mod_inverse(w, sb, n, ctx) != nullptr && BN_mod_mul(u1, z, w, n, ctx) == 1 &&
              BN_mod_mul(u2, rb, w, n, ctx) == 1 &&
              EC_POINT_mul(group, sum.get(), u1, q.get(), u2, ctx) == 1 &&
              EC_POINT_get_affine_coordinates(group, sum.get(), x, nullptr, ctx) == 1 &&
              BN_nnmod(x, x, n, ctx) == 1;
    const bool valid = ok && BN_cmp(x, rb) == 0;
    BN_CTX_end(ctx);
    if (!ok)
        return openSslError("verify");
    return valid;
}

} // namespace stardeck::bench
