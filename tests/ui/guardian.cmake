# SPDX-License-Identifier: MIT
# The Guardian confirmation page in the desktop UI: the dialog against the sandbox's hosted page in a
# headless browser engine, and the desktop prompt end to end with a real ImxProvider.
if(NOT TARGET stardeck_ui)
  return()
endif()
set(_guardian_env "QT_QPA_PLATFORM=offscreen;QTWEBENGINE_DISABLE_SANDBOX=1;QTWEBENGINE_CHROMIUM_FLAGS=--disable-gpu")
stardeck_add_qtest(ui_guardian_dialog
  SOURCES ui/guardian/tst_ui_guardian_dialog.cpp ui/guardian/GuardianTestSupport.h
  LIBS stardeck_ui stardeck_sandbox_testsupport Qt6::Test LABELS "ui;webengine")
set_tests_properties(ui_guardian_dialog PROPERTIES TIMEOUT 180 ENVIRONMENT "${_guardian_env}")
stardeck_add_qtest(ui_guardian_prompt
  SOURCES ui/guardian/tst_ui_guardian_prompt.cpp ui/guardian/GuardianTestSupport.h wallet/ProviderTestHarness.h
          ui/confirm/ConfirmTestActions.h ui/confirm/ConfirmTestActions.cpp
  LIBS stardeck_ui stardeck_sandbox_testsupport Qt6::Test LABELS "ui;webengine")
target_include_directories(tst_ui_guardian_prompt PRIVATE ${CMAKE_CURRENT_LIST_DIR}/../wallet
                           ${CMAKE_CURRENT_LIST_DIR}/confirm)
set_tests_properties(ui_guardian_prompt PROPERTIES TIMEOUT 180 ENVIRONMENT "${_guardian_env}")
unset(_guardian_env)
