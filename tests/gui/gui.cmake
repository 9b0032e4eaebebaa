# SPDX-License-Identifier: MIT
# The main window end to end (issue 5's GUI evidence): real widgets of the MainWindow that
# AppServices builds, driven against the in-process sandbox. The login flow runs a browser engine:
# under xvfb-run when it exists (as the issue asks), else on Qt's offscreen platform.
if(NOT TARGET stardeck_app)
  return()
endif()

find_program(STARDECK_XVFB_RUN xvfb-run)
set(_gui_webengine_env "QTWEBENGINE_DISABLE_SANDBOX=1;QTWEBENGINE_CHROMIUM_FLAGS=--disable-gpu")

# Login, balances, send an NFT, cancel/Esc on the confirmation, a tampered payload.
add_executable(tst_gui_wallet gui/tst_gui_wallet.cpp gui/GuiTestSupport.h)
target_link_libraries(tst_gui_wallet PRIVATE stardeck_testsupport stardeck_app Qt6::Test)
if(STARDECK_XVFB_RUN)
  add_test(NAME gui_wallet COMMAND ${STARDECK_XVFB_RUN} -a -s "-screen 0 1280x800x24" $<TARGET_FILE:tst_gui_wallet>)
  set_tests_properties(gui_wallet PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=xcb;${_gui_webengine_env}")
else()
  add_test(NAME gui_wallet COMMAND tst_gui_wallet)
  set_tests_properties(gui_wallet PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen;${_gui_webengine_env}")
endif()
set_tests_properties(gui_wallet PROPERTIES LABELS "ui;webengine;gui" TIMEOUT 120)

# Remembered geometry and keyboard use of the Send dialog (a browser engine for --auto-login).
add_executable(tst_gui_app gui/tst_gui_app.cpp gui/GuiTestSupport.h)
target_link_libraries(tst_gui_app PRIVATE stardeck_testsupport stardeck_app Qt6::Test)
add_test(NAME gui_app COMMAND tst_gui_app)
set_tests_properties(gui_app PROPERTIES LABELS "ui;webengine;gui" TIMEOUT 120
  ENVIRONMENT "QT_QPA_PLATFORM=offscreen;${_gui_webengine_env}")

# --screenshot-page in the real process, for every page it offers.
add_executable(tst_gui_screenshots gui/tst_gui_screenshots.cpp gui/GuiTestSupport.h)
target_link_libraries(tst_gui_screenshots PRIVATE stardeck_testsupport stardeck_app Qt6::Test)
target_compile_definitions(tst_gui_screenshots PRIVATE STARDECK_APP_BINARY="$<TARGET_FILE:stardeck>")
add_dependencies(tst_gui_screenshots stardeck)
add_test(NAME gui_screenshots COMMAND tst_gui_screenshots)
set_tests_properties(gui_screenshots PROPERTIES LABELS "ui;webengine;gui" TIMEOUT 120
  ENVIRONMENT "QT_QPA_PLATFORM=offscreen;${_gui_webengine_env}")
