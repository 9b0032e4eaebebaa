// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdint>

namespace stardeck::crypto::ct {

//! All-ones when b is 1, zero when b is 0 (b must be 0 or 1).
inline std::uint64_t maskFromBit(std::uint64_t b)
{
    return 0 - b;
}

//! 1 when x == 0, else 0, without branching.
inline std::uint64_t isZero64(std::uint64_t x)
{
    return 1 ^ ((x | (0 - x)) >> 63);
}

//! Marks memory as public for the constant-time (valgrind) test; a no-op otherwise. Used only
//! for values the algorithm reveals anyway: accept/retry decisions and the signature itself.
void declassify(const void *data, std::size_t size);

//! Marks memory as secret (undefined to valgrind) when the ctime test enables it.
void classify(const void *data, std::size_t size);

//! Turns declassify()/classify() on; called by the valgrind constant-time test only.
void enableValgrindChecks(bool on);

} // namespace stardeck::crypto::ct
