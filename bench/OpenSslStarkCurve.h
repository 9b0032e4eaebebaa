// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/Error.h"
#include "crypto/SecureBytes.h"
#include "crypto/UInt256.h"

#include <openssl/types.h>

#include <memory>
#include <string>

namespace stardeck::bench {

using crypto::Expected;
using crypto::SecureBytes;
using crypto::UInt256;

//! The Stark curve on OpenSSL's generic prime-curve code (EC_GROUP_new_curve_GFp, Montgomery
//! field arithmetic, no curve-specific tables): the baseline that shows what a general-purpose
//! library costs for the same operations. Built from StarkWare's published parameters
//! (pedersen_params.json), never from Stardeck's own constants, so it is an independent check.
class OpenSslStarkCurve {
public:
    ~OpenSslStarkCurve();
    OpenSslStarkCurve(const OpenSslStarkCurve &) = delete;
    OpenSslStarkCurve &operator=(const OpenSslStarkCurve &) = delete;

    //! Loads p, alpha, beta, the order, the shift point, G and P0..P3 from a
    //! pedersen_params.json file (StarkWare's starkex-resources format).
    static Expected<std::unique_ptr<OpenSslStarkCurve>> fromPedersenParams(const std::string &path);

    //! x of shift + a_low*P0 + a_high*P1 + b_low*P2 + b_high*P3 (low = 248 bits, high = 4 bits),
    //! as one 4-point EC_POINTs_mul plus an EC_POINT_add.
    Expected<UInt256> pedersen(const UInt256 &a, const UInt256 &b) const;

    //! x of d*G (EC_POINT_mul with only the generator scalar: OpenSSL's constant-time ladder).
    Expected<UInt256> publicKeyX(const SecureBytes &privateKey) const;

    //! The full point for a stark key: the root of y whose parity is `oddY`.
    Expected<UInt256> recoverY(const UInt256 &starkKey, bool oddY) const;

    //! ECDSA verification against a full public point: w = s^-1, u1 = z*w, u2 = r*w (mod n),
    //! R = u1*G + u2*Q (one EC_POINT_mul, interleaved wNAF), valid when x(R) mod n == r.
    Expected<bool> verify(const UInt256 &keyX, const UInt256 &keyY, const UInt256 &msgHash, const UInt256 &r,
                          const UInt256 &s) const;

private:
    struct State;
    explicit OpenSslStarkCurve(std::unique_ptr<State> state);
    std::unique_ptr<State> m_state;
};

} // namespace stardeck::bench
