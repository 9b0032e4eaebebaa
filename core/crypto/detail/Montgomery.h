// SPDX-License-Identifier: MIT
#pragma once

// Montgomery arithmetic modulo a fixed odd modulus below 2^252, four 64-bit limbs. Every
// operation is branch-free and indexes no memory by value, so it may run on secrets. The
// modulus is a compile-time constant: for the Stark prime p = 2^251 + 17*2^192 + 1 the
// compiler folds its zero limbs away, which makes multiplication mod p about twice as cheap.

#include <array>
#include <cstdint>

// x86-64 assembly for the hot paths; STARDECK_PORTABLE_ARITHMETIC forces the C++ versions
// (other architectures use them anyway; a test compares both).
#if defined(__x86_64__) && defined(__GNUC__) && !defined(STARDECK_PORTABLE_ARITHMETIC)
#define STARDECK_X86_64_ASM 1
#else
#define STARDECK_X86_64_ASM 0
#endif

#include "crypto/detail/MontgomeryImpl.inc"
