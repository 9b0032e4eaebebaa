// SPDX-License-Identifier: MIT
// Constant-time check in the style of libsecp256k1's valgrind_ctime_test: the private key is
// marked undefined, so memcheck reports any branch or memory index that depends on it (or on
// the nonce derived from it). The library declassifies only the documented decisions: key
// validity, the DRBG accept/retry decision, and the signature/public key it outputs.
// Run under `valgrind --error-exitcode=...`; without valgrind it only checks the results.
#include "crypto/StarkEcdsa.h"
#include "crypto/detail/ConstantTime.h"

#include <valgrind/memcheck.h>

#include <cstdio>
#include <cstring>

using namespace stardeck::crypto;

namespace {

int check(bool ok, const char *what)
{
    if (!ok)
        std::fprintf(stderr, "ctime: %s\n", what);
    return ok ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    // Negative control: a deliberate branch on the key must make memcheck fail this run.
    const bool selfTestLeak = argc > 1 && std::strcmp(argv[1], "--self-test-leak") == 0;
    if (!RUNNING_ON_VALGRIND)
        std::fprintf(stderr, "ctime: not running under valgrind; only checking results\n");
    ct::enableValgrindChecks(true);

    // Vector from ecdsa_sign.json / rfc6979 test vector (key 0x3c1e95...).
    const auto parsed =
        stark::parsePrivateKey("0x3c1e9550e66958296d11b60f8e8e7a7ad990d07fa65d5f7652c4a6c87d4e3cc");
    if (!parsed)
        return 2;
    SecureBytes key = parsed->clone();
    int failures = 0;
    if (selfTestLeak) {
        VALGRIND_MAKE_MEM_UNDEFINED(key.data(), key.size());
        volatile int sink = 0;
        if (key[5] & 1) // secret-dependent branch: memcheck reports it
            sink = 1;
        (void)sink;
    }

    for (int round = 0; round < 3; ++round) {
        VALGRIND_MAKE_MEM_UNDEFINED(key.data(), key.size());
        const auto pk = stark::publicKey(key);
        failures += check(pk.ok(), "publicKey failed");

        VALGRIND_MAKE_MEM_UNDEFINED(key.data(), key.size());
        const UInt256 msg(0x11 + std::uint64_t(round) * 0x212);
        const auto sig = stark::sign(key, msg);
        failures += check(sig.ok(), "sign failed");
        if (pk.ok() && sig.ok()) {
            const auto v = stark::verify(pk->x, msg, *sig);
            failures += check(v.ok() && *v, "signature does not verify");
        }
    }
    // Known answer (starkware-crypto-utils rfc6979 vector: hash 0x1).
    VALGRIND_MAKE_MEM_UNDEFINED(key.data(), key.size());
    const auto sig = stark::sign(key, UInt256(1));
    failures +=
        check(sig.ok() && sig->r.toDecimal() ==
                              "3162358736122783857144396205516927012128897537504463716197279730251407200037",
              "known-answer signature mismatch");
    VALGRIND_MAKE_MEM_DEFINED(key.data(), key.size());
    return failures == 0 ? 0 : 1;
}
