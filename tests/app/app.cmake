# SPDX-License-Identifier: MIT
# The desktop wallet's composition root: embedded sandbox, login, silent restore, logout, settings,
# command line and single instance; the app runs headless with a real browser engine.
if(NOT TARGET stardeck_app)
  return()
endif()
stardeck_add_qtest(app_settings SOURCES app/tst_app_settings.cpp LIBS stardeck_app LABELS ui)
stardeck_add_qtest(app_services SOURCES app/tst_app_services.cpp LIBS stardeck_app stardeck_sandbox_testsupport
  LABELS "ui;webengine")
target_compile_definitions(tst_app_services PRIVATE STARDECK_APP_BINARY="$<TARGET_FILE:stardeck>")
add_dependencies(tst_app_services stardeck)
set_tests_properties(app_services PROPERTIES TIMEOUT 120
  ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QTWEBENGINE_DISABLE_SANDBOX=1;QTWEBENGINE_CHROMIUM_FLAGS=--disable-gpu")
