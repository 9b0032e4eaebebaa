// SPDX-License-Identifier: MIT
#include "crypto/detail/ConstantTime.h"

#include <atomic>

#ifdef STARDECK_HAVE_VALGRIND
#include <valgrind/memcheck.h>
#endif

namespace stardeck::crypto::ct {

namespace {
std::atomic<bool> g_checks{false};
}

void enableValgrindChecks(bool on)
{
    g_checks.store(on, std::memory_order_relaxed);
}

void declassify(const void *data, std::size_t size)
{
#ifdef STARDECK_HAVE_VALGRIND
    if (g_checks.load(std::memory_order_relaxed))
        VALGRIND_MAKE_MEM_DEFINED(data, size);
#else
    (void)data;
    (void)size;
#endif
}

void classify(const void *data, std::size_t size)
{
#ifdef STARDECK_HAVE_VALGRIND
    if (g_checks.load(std::memory_order_relaxed))
        VALGRIND_MAKE_MEM_UNDEFINED(data, size);
#else
    (void)data;
    (void)size;
#endif
}

} // namespace stardeck::crypto::ct
