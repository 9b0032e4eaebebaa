# SPDX-License-Identifier: MIT
# List sources here only once they compile (everyone builds stardeck_core).
target_sources(stardeck_core PRIVATE
  wallet/AssetResolver.h wallet/AssetResolver.cpp
  wallet/SignableCheck.h wallet/SignableCheckInternal.h wallet/SignableCheck.cpp
  wallet/SignableCheckTransfers.cpp wallet/SignableCheckOrders.cpp
  wallet/AddressLookalike.h wallet/AddressLookalike.cpp
  wallet/SuspiciousTransfer.h wallet/SuspiciousTransfer.cpp
)
