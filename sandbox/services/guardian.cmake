# SPDX-License-Identifier: MIT
target_sources(stardeck_sandbox PRIVATE
  services/GuardianLedger.h services/GuardianLedger.cpp
  services/GuardianService.h services/GuardianService.cpp
  services/ConfirmationPage.h services/ConfirmationPage.cpp
)
