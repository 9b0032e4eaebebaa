# SPDX-License-Identifier: MIT
target_sources(stardeck_core PRIVATE
)
