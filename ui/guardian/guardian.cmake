# SPDX-License-Identifier: MIT
# ui/guardian: Immutable's hosted Guardian confirmation page in an embedded browser, its
# imx_passport_confirmation messages bridged over a QWebChannel.
find_package(Qt6 6.4 REQUIRED COMPONENTS WebEngineWidgets WebChannel)
target_sources(stardeck_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/GuardianWebPage.h ${CMAKE_CURRENT_LIST_DIR}/GuardianWebPage.cpp
  ${CMAKE_CURRENT_LIST_DIR}/GuardianBridge.h ${CMAKE_CURRENT_LIST_DIR}/GuardianBridge.cpp
  ${CMAKE_CURRENT_LIST_DIR}/GuardianConfirmationDialog.h ${CMAKE_CURRENT_LIST_DIR}/GuardianConfirmationDialog.cpp
)
target_link_libraries(stardeck_ui PUBLIC Qt6::WebEngineWidgets Qt6::WebChannel)
