# SPDX-License-Identifier: MIT
# Image downloads for NFT/token media: disk cache, limits, content sniffing, privacy switch.
target_sources(stardeck_core PRIVATE
  media/MediaLoader.h media/MediaLoader.cpp
)
