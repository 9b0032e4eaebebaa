// SPDX-License-Identifier: MIT
#include "BenchOps.h"
#include "OpenSslStarkCurve.h"

#include <vector>

namespace stardeck::bench {

namespace {

constexpr const char *kImpl = "openssl";

std::string compare(const Expected<UInt256> &got, const UInt256 &expected)
{
    if (!got)
        return "error: " + got.error().message;
    return *got == expected ? std::string() : std::string("wrong result");
}

} // namespace

void runOpenSslBenchmarks(BenchRunner &runner, const BenchInputs &in, const std::string &paramsPath)
{
    Expected<std::unique_ptr<OpenSslStarkCurve>> loaded = OpenSslStarkCurve::fromPedersenParams(paramsPath);
    if (!loaded) {
        for (const char *op : {"pedersen", "public_key", "verify"}) {
            if (runner.wanted(op))
                runner.reportError(kImpl, op, loaded.error().message);
        }
        return;
    }
    const OpenSslStarkCurve &curve = **loaded;

    runner.measure(
        kImpl, "pedersen", in.pedersen.size(),
        [&](std::size_t i) {
            return compare(curve.pedersen(in.pedersen[i].a, in.pedersen[i].b), in.pedersen[i].hash);
        },
        [&](std::size_t i) { return curve.pedersen(in.pedersen[i].a, in.pedersen[i].b)->limb[0]; });

    runner.measure(
        kImpl, "public_key", in.starkKeys.size(),
        [&](std::size_t i) {
            return compare(curve.publicKeyX(in.starkKeys[i].privateKey), in.starkKeys[i].starkKey);
        },
        [&](std::size_t i) { return curve.publicKeyX(in.starkKeys[i].privateKey)->limb[0]; });

    if (!runner.wanted("verify"))
        return;
    // OpenSSL gets the full public point (the y that verifies, found once here), like the JS
    // reference; Stardeck's verify takes the x-only stark key and recovers y itself.
    std::vector<UInt256> keyY(in.verify.size());
    std::vector<std::string> setupProblem(in.verify.size());
    for (std::size_t i = 0; i < in.verify.size(); ++i) {
        const VerifyCase &c = in.verify[i];
        setupProblem[i] = "verifies with neither y";
        for (const bool odd : {false, true}) {
            const Expected<UInt256> y = curve.recoverY(c.starkKey, odd);
            if (!y) {
                setupProblem[i] = "error: " + y.error().message;
                break;
            }
            const Expected<bool> valid = curve.verify(c.starkKey, *y, c.msgHash, c.r, c.s);
            if (valid && *valid) {
                keyY[i] = *y;
                setupProblem[i].clear();
                break;
            }
        }
    }
    runner.measure(
        kImpl, "verify", in.verify.size(), [&](std::size_t i) { return setupProblem[i]; },
        [&](std::size_t i) {
            const VerifyCase &c = in.verify[i];
            return std::uint64_t(*curve.verify(c.starkKey, keyY[i], c.msgHash, c.r, c.s));
        });
}

} // namespace stardeck::bench
