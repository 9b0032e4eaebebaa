# SPDX-License-Identifier: MIT
target_sources(stardeck_sandbox PRIVATE
  # reads, seed, media
  world/Seed.h world/Seed.cpp
  services/ImxReadService.h services/ImxReadService.cpp
  services/ImxHistoryService.h services/ImxHistoryService.cpp
  services/ImxReadFilters.h services/ImxReadFilters.cpp
  services/ImxQuery.h services/ImxQuery.cpp
  services/ImxJson.h services/ImxJson.cpp
  services/AssetIndex.h services/AssetIndex.cpp
  services/MediaService.h services/MediaService.cpp
  # writes: signables and creates
  services/ImxWriteService.h services/ImxWriteService.cpp
  services/ImxWriteInternal.h services/ImxWriteTransfers.cpp services/ImxWriteOrders.cpp
  services/RequestFields.h services/RequestFields.cpp
  services/SignableStore.h services/SignableStore.cpp
  services/VaultRegistry.h services/VaultRegistry.cpp
  services/AssetLedger.h services/AssetLedger.cpp
  # test-only funding: /__sandbox/fund and /__sandbox/mint
  services/TestFundingService.h services/TestFundingService.cpp
)
# MediaService encodes PNGs with QImage/QPainter (shapes only: no fonts needed headless).
find_package(Qt6 6.4 REQUIRED COMPONENTS Gui)
target_link_libraries(stardeck_sandbox PRIVATE Qt6::Gui)
