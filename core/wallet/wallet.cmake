# SPDX-License-Identifier: MIT
# Wallet services: errors, actions and the confirmation seam (lead); the submission journal, the
# signers and connectImx, and the IMX provider each in their own fragment.
target_sources(stardeck_core PRIVATE
  wallet/WalletError.h wallet/WalletError.cpp
  wallet/WalletAction.h wallet/WalletAction.cpp
  wallet/ConfirmationPrompt.h
  wallet/GuardianClient.h wallet/GuardianClient.cpp
  wallet/IncomingTransferWatcher.h wallet/IncomingTransferWatcher.cpp
)
include(wallet/journal.cmake)  # SubmissionJournal
include(wallet/signers.cmake)  # StarkSigner, TEE signer, WalletConnector (connectImx)
include(wallet/checks.cmake)   # AssetResolver, SignableCheck (field + hash verification)
include(wallet/provider.cmake) # ImxProvider, Guardian client
