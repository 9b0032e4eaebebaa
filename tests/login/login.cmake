# SPDX-License-Identifier: MIT
# The embedded login view: its navigation rules, and the dialog in a headless browser engine.
if(NOT TARGET stardeck_ui)
  return()
endif()
stardeck_add_qtest(login_policy SOURCES login/tst_login_policy.cpp LIBS stardeck_ui LABELS ui)
stardeck_add_qtest(login_dialog SOURCES login/tst_login_dialog.cpp LIBS stardeck_ui stardeck_sandbox_testsupport
  LABELS "ui;webengine")
set_tests_properties(login_dialog PROPERTIES TIMEOUT 120
  ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QTWEBENGINE_DISABLE_SANDBOX=1;QTWEBENGINE_CHROMIUM_FLAGS=--disable-gpu")
