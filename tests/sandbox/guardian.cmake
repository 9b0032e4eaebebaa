# SPDX-License-Identifier: MIT
stardeck_add_qtest(imx_writes SOURCES sandbox/tst_imx_writes.cpp sandbox/WritesTestWorld.h
  LIBS stardeck_sandbox_testsupport LABELS sandbox)
stardeck_add_qtest(guardian SOURCES sandbox/tst_guardian.cpp sandbox/WritesTestWorld.h
  LIBS stardeck_sandbox_testsupport LABELS sandbox)
# The confirmation page's JavaScript in a real (headless) browser engine.
find_package(Qt6 6.4 COMPONENTS WebEngineCore)
if(TARGET Qt6::WebEngineCore)
  stardeck_add_qtest(confirmation_webengine SOURCES sandbox/tst_confirmation_webengine.cpp sandbox/WritesTestWorld.h
    LIBS stardeck_sandbox_testsupport Qt6::Gui Qt6::WebEngineCore LABELS "sandbox;webengine")
  set_tests_properties(confirmation_webengine PROPERTIES
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QTWEBENGINE_DISABLE_SANDBOX=1;QTWEBENGINE_CHROMIUM_FLAGS=--disable-gpu")
endif()
