# SPDX-License-Identifier: MIT
# The embedded Passport login view (the only part of the UI that uses WebEngine).
find_package(Qt6 6.4 REQUIRED COMPONENTS WebEngineWidgets)
target_sources(stardeck_ui PRIVATE
  login/LoginPolicy.h login/LoginPolicy.cpp
  login/LoginWebPage.h login/LoginWebPage.cpp
  login/LoginDialog.h login/LoginDialog.cpp
)
target_link_libraries(stardeck_ui PUBLIC Qt6::WebEngineWidgets)
