# SPDX-License-Identifier: MIT
# Secrets (issue 6): process hardening of the real binaries, clipboard copies that expire, no secret in
# any file, log line, crash output or login page of a full session, and the login view's hostile hosts
# (those live in tests/login/).
stardeck_add_qtest(process_hardening SOURCES secrets/tst_process_hardening.cpp LABELS secrets)
target_compile_definitions(tst_process_hardening PRIVATE STARDECK_CLI_BINARY="$<TARGET_FILE:stardeck-cli>")
add_dependencies(tst_process_hardening stardeck-cli)
set_tests_properties(process_hardening PROPERTIES TIMEOUT 120)
if(TARGET stardeck)
  # The hardened app with the browser engine's sandbox on (the test drops root to nobody for it).
  target_compile_definitions(tst_process_hardening PRIVATE STARDECK_APP_BINARY="$<TARGET_FILE:stardeck>")
  add_dependencies(tst_process_hardening stardeck)
  set_tests_properties(process_hardening PROPERTIES LABELS "secrets;webengine")
endif()

if(TARGET stardeck_ui)
  stardeck_add_qtest(sensitive_clipboard SOURCES secrets/tst_sensitive_clipboard.cpp LIBS stardeck_ui
    LABELS "ui;secrets")
endif()

# A full session through the real CLI and app processes and the embedded login page: no secret in any
# file, log line, crash output or page (needs the app, so GUI builds only).
if(TARGET stardeck AND TARGET stardeck_sandbox_testsupport)
  stardeck_add_qtest(secret_leaks SOURCES secrets/tst_secret_leaks.cpp secrets/LeakSearch.h secrets/LeakSearch.cpp
    LIBS stardeck_ui stardeck_sandbox_testsupport LABELS "ui;webengine;secrets;slow")
  target_compile_definitions(tst_secret_leaks PRIVATE STARDECK_CLI_BINARY="$<TARGET_FILE:stardeck-cli>"
    STARDECK_APP_BINARY="$<TARGET_FILE:stardeck>")
  add_dependencies(tst_secret_leaks stardeck stardeck-cli)
  set_tests_properties(secret_leaks PROPERTIES TIMEOUT 240
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QTWEBENGINE_DISABLE_SANDBOX=1;QTWEBENGINE_CHROMIUM_FLAGS=--disable-gpu")
endif()
