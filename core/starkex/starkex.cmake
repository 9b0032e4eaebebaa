# SPDX-License-Identifier: MIT
# StarkEx payloads: assets, amounts, message hashes, IMX payload hashes.
target_sources(stardeck_core PRIVATE
  starkex/Amount.h starkex/Amount.cpp
  starkex/Asset.h starkex/Asset.cpp
  starkex/MessageHash.h starkex/MessageHash.cpp
  starkex/ImxPayload.h starkex/ImxPayload.cpp
)
