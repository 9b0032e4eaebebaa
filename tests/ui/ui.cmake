# SPDX-License-Identifier: MIT
# Item models of the Widgets layer against the in-process sandbox (GUI builds only).
if(TARGET stardeck_ui)
  stardeck_add_qtest(ui_models SOURCES ui/tst_ui_models.cpp ui/UiModelsTestSupport.h
                     LIBS stardeck_ui stardeck_sandbox_testsupport Qt6::Test LABELS ui)
  stardeck_add_qtest(ui_activity SOURCES ui/tst_ui_activity.cpp ui/UiModelsTestSupport.h
                     LIBS stardeck_ui stardeck_sandbox_testsupport Qt6::Test LABELS ui)
  stardeck_add_qtest(ui_assets_page SOURCES ui/tst_ui_assets_page.cpp ui/UiModelsTestSupport.h
                     LIBS stardeck_ui stardeck_sandbox_testsupport Qt6::Test LABELS ui)
  stardeck_add_qtest(ui_market SOURCES ui/tst_ui_market.cpp ui/UiModelsTestSupport.h
                     LIBS stardeck_ui stardeck_sandbox_testsupport Qt6::Test LABELS ui)
endif()
include(ui/confirm.cmake)
include(ui/guardian.cmake)
include(ui/actions.cmake)
