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

# Hostile hosts in the real engine (issue 6): look-alike and punycode hosts mapped to a local server by
# Chromium's host resolver rules, server redirects off the allow-list, a self-signed certificate, frames.
stardeck_add_qtest(login_hostile_hosts SOURCES login/tst_login_hostile_hosts.cpp login/HostileHostServer.h
  login/HostileHostServer.cpp LIBS stardeck_ui LABELS "ui;webengine;secrets")
set_tests_properties(login_hostile_hosts PROPERTIES TIMEOUT 120
  ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QTWEBENGINE_DISABLE_SANDBOX=1;QTWEBENGINE_CHROMIUM_FLAGS=--disable-gpu")
# One valid callback per login (F16): a replayed second callback, a forged code under the right state, an
# error callback; against the real sandbox.
stardeck_add_qtest(login_callbacks SOURCES login/tst_login_callbacks.cpp LIBS stardeck_ui
  stardeck_sandbox_testsupport LABELS "ui;webengine;secrets")
set_tests_properties(login_callbacks PROPERTIES TIMEOUT 120
  ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QTWEBENGINE_DISABLE_SANDBOX=1;QTWEBENGINE_CHROMIUM_FLAGS=--disable-gpu")
