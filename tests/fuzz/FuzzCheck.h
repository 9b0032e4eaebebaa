// SPDX-License-Identifier: MIT
#pragma once

// Property checks inside fuzz harnesses: a violated invariant aborts, which libFuzzer (and the
// corpus replay driver) report as a crash with the offending input.

#include <cstdio>
#include <cstdlib>

#define FUZZ_CHECK(cond)                                                                                     \
    do {                                                                                                     \
        if (!(cond)) {                                                                                       \
            std::fprintf(stderr, "fuzz property violated: %s (%s:%d)\n", #cond, __FILE__, __LINE__);         \
            std::abort();                                                                                    \
        }                                                                                                    \
    } while (0)
