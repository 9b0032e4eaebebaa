# SPDX-License-Identifier: MIT
include(wallet/journal.cmake)
include(wallet/signers.cmake)
include(wallet/checks.cmake)
include(wallet/provider.cmake)
include(wallet/guardian.cmake)
