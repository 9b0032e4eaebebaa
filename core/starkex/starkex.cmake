# SPDX-License-Identifier: MIT
# StarkEx payloads: assets, amounts, message hashes, IMX payload hashes.
target_sources(stardeck_core PRIVATE
)
