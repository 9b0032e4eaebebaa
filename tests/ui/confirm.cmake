# SPDX-License-Identifier: MIT
# The confirmation dialog and the desktop ConfirmationPrompt, offscreen, with PreparedActions built by
# hand (no sandbox needed). tst_ui_confirm_screenshot writes PNGs into its build directory.
if(TARGET stardeck_ui)
  set(_confirm_support ui/confirm/ConfirmTestActions.h ui/confirm/ConfirmTestActions.cpp
                       ui/confirm/ConfirmTestMain.h)
  stardeck_add_qtest(ui_confirm_dialog SOURCES ui/confirm/tst_ui_confirm_dialog.cpp ${_confirm_support}
                     LIBS stardeck_ui Qt6::Test LABELS ui)
  stardeck_add_qtest(ui_confirm_prompt SOURCES ui/confirm/tst_ui_confirm_prompt.cpp ${_confirm_support}
                     LIBS stardeck_ui Qt6::Test LABELS ui)
  stardeck_add_qtest(ui_confirm_screenshot SOURCES ui/confirm/tst_ui_confirm_screenshot.cpp ${_confirm_support}
                     LIBS stardeck_ui Qt6::Test LABELS ui)
  unset(_confirm_support)
endif()
