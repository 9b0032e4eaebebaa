# SPDX-License-Identifier: MIT
# ui/models: item models of the main views (balances, NFT grid, activity). They read through
# stardeck_core's ImxClient and MediaLoader only; images are decoded here (Qt Gui/Svg).
find_package(Qt6 6.4 REQUIRED COMPONENTS Svg Concurrent)
target_sources(stardeck_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/ApiErrorText.h ${CMAKE_CURRENT_LIST_DIR}/ApiErrorText.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ThumbnailCache.h ${CMAKE_CURRENT_LIST_DIR}/ThumbnailCache.cpp
  ${CMAKE_CURRENT_LIST_DIR}/BalancesModel.h ${CMAKE_CURRENT_LIST_DIR}/BalancesModel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/AssetGridModel.h ${CMAKE_CURRENT_LIST_DIR}/AssetGridModel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/AssetFilterProxyModel.h ${CMAKE_CURRENT_LIST_DIR}/AssetFilterProxyModel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ActivityModel.h ${CMAKE_CURRENT_LIST_DIR}/ActivityModel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ActivityModelText.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ActivityModelSuspicious.cpp
  ${CMAKE_CURRENT_LIST_DIR}/MarketModel.h ${CMAKE_CURRENT_LIST_DIR}/MarketModel.cpp
)
target_link_libraries(stardeck_ui PRIVATE Qt6::Svg Qt6::Concurrent)
