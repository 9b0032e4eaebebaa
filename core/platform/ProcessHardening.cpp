// SPDX-License-Identifier: MIT
#include "platform/ProcessHardening.h"

#include <QStringList>

#if defined(Q_OS_LINUX)
#include <sys/prctl.h>
#include <sys/resource.h>

#include <cerrno>
#include <cstring>
#endif

namespace stardeck::platform {

#if defined(Q_OS_LINUX)

namespace {

// LeakSanitizer stops the process's threads with ptrace from a helper task, which a non-dumpable
// process refuses: sanitizer builds (tests only, never shipped) keep the process dumpable.
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
constexpr bool kSanitizerBuild = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
constexpr bool kSanitizerBuild = true;
#else
constexpr bool kSanitizerBuild = false;
#endif
#else
constexpr bool kSanitizerBuild = false;
#endif

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

} // namespace

HardeningResult hardenProcess()
{
    QStringList notes;
    // Both limits to 0: a child or a later setrlimit cannot raise the soft limit back.
    const rlimit none{0, 0};
    if (setrlimit(RLIMIT_CORE, &none) != 0)
        notes.append(QStringLiteral("setrlimit(RLIMIT_CORE, 0) failed: %1").arg(errnoText(errno)));
    // Not dumpable: no core file even if a limit is raised, /proc/<pid>/mem and ptrace closed to
    // same-user processes. QtWebEngine's helper processes are exec'd, so they start dumpable again;
    // Chromium's zygote sets its own policy.
    if (kSanitizerBuild)
        notes.append(QStringLiteral("left dumpable: a sanitizer build (LeakSanitizer needs ptrace)"));
    else if (prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0)
        notes.append(QStringLiteral("prctl(PR_SET_DUMPABLE, 0) failed: %1").arg(errnoText(errno)));
    HardeningResult result = currentHardening();
    if (!notes.isEmpty())
        result.detail = notes.join(QStringLiteral("; "));
    // Not a failure to warn about: a sanitizer build cannot be fully hardened by design.
    if (kSanitizerBuild)
        result.supported = false;
    return result;
}

HardeningResult currentHardening()
{
    HardeningResult result;
    result.supported = true;
    rlimit limit{};
    result.coreDumpsDisabled =
        getrlimit(RLIMIT_CORE, &limit) == 0 && limit.rlim_cur == 0 && limit.rlim_max == 0;
    result.nonDumpable = prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0;
    result.detail =
        result.ok()
            ? QStringLiteral("core dumps off, process not dumpable")
            : QStringLiteral("core dumps %1, process %2")
                  .arg(result.coreDumpsDisabled ? QStringLiteral("off") : QStringLiteral("allowed"),
                       result.nonDumpable ? QStringLiteral("not dumpable") : QStringLiteral("dumpable"));
    return result;
}

#else

HardeningResult hardenProcess()
{
    return currentHardening();
}

HardeningResult currentHardening()
{
    HardeningResult result;
    // macOS (ptrace(PT_DENY_ATTACH)) and Windows (a process DACL without PROCESS_VM_READ), as in
    // KeePassXC's Bootstrap, are not built or tested here.
    result.detail = QStringLiteral("process hardening is only implemented on Linux");
    return result;
}

#endif

} // namespace stardeck::platform
