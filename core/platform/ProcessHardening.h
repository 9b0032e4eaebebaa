// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace stardeck::platform {

//! What hardenProcess() did, for the caller to log (it holds no secret).
struct HardeningResult {
    bool supported = false;         //!< this platform has hardening steps (Linux)
    bool coreDumpsDisabled = false; //!< RLIMIT_CORE is now 0 (soft and hard)
    bool nonDumpable = false;       //!< the process is not dumpable (no ptrace attach by peers, no core)
    QString detail;                 //!< one line: what was done or why a step was skipped or failed
    //! True when every step this platform supports succeeded.
    bool ok() const { return coreDumpsDisabled && nonDumpable; }
    //! True when the platform supports hardening but a step failed (worth a warning).
    bool failed() const { return supported && !ok(); }
};

//! Hardens the calling process against leaking secrets through memory dumps, KeePassXC-style: on Linux
//! it sets RLIMIT_CORE to 0 and PR_SET_DUMPABLE to 0 (which also stops same-user ptrace attaches and
//! /proc/<pid>/mem reads). Elsewhere it does nothing and says why. Call it first in main(), before any
//! secret exists and before threads start. Safe to call more than once.
HardeningResult hardenProcess();

//! Whether core dumps and ptrace access are off for this process now (for tests and diagnostics).
HardeningResult currentHardening();

} // namespace stardeck::platform
