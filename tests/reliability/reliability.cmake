# SPDX-License-Identifier: MIT
# Issue 6, the fault list F1-F28 (docs/reliability.md) and the soak test: faults the older tests do
# not cover, each against the in-process sandbox's fault injection or a fake where the fault is local.
stardeck_add_qtest(reliability_sandbox SOURCES reliability/tst_reliability_sandbox.cpp
                   LIBS stardeck_sandbox_testsupport LABELS reliability sandbox)
set_tests_properties(reliability_sandbox PROPERTIES TIMEOUT 60)

# F23-F25: stardeck-cli aborted at each named point of the signing flow, then `stardeck-cli resume`;
# the journal lock; the clock-skew warning.
stardeck_add_qtest(reliability_crash SOURCES reliability/tst_reliability_crash.cpp
                   LIBS stardeck_sandbox_testsupport LABELS reliability cli)
target_compile_definitions(tst_reliability_crash PRIVATE STARDECK_CLI_PATH="$<TARGET_FILE:stardeck-cli>")
add_dependencies(tst_reliability_crash stardeck-cli)
set_tests_properties(reliability_crash PROPERTIES TIMEOUT 120)

# The soak test (short: 35 s; scripts/soak.sh runs the long one with STARDECK_SOAK_SECONDS).
stardeck_add_qtest(reliability_soak SOURCES reliability/tst_reliability_soak.cpp
                   LIBS stardeck_sandbox_testsupport LABELS reliability soak)
set_tests_properties(reliability_soak PROPERTIES TIMEOUT 240)

# F19: a recipient that imitates a known address (AddressLookalike).
stardeck_add_qtest(reliability_lookalike SOURCES reliability/tst_reliability_lookalike.cpp LABELS reliability)
if(TARGET stardeck_ui)
  stardeck_add_qtest(reliability_send_lookalike SOURCES reliability/tst_reliability_send_lookalike.cpp
                     LIBS stardeck_ui stardeck_sandbox_testsupport Qt6::Test LABELS reliability ui sandbox)
  # F19 on the Activity page: hidden, flagged and not copyable (real transfers from a second account).
  stardeck_add_qtest(reliability_activity_poisoning
                     SOURCES reliability/tst_reliability_activity_poisoning.cpp wallet/ProviderTestHarness.h
                     LIBS stardeck_ui stardeck_sandbox_testsupport Qt6::Test LABELS reliability ui sandbox)
  set_tests_properties(reliability_activity_poisoning PROPERTIES TIMEOUT 120)
  # F10 in the Sell dialog: "Ends on" stops at the expiration policy window.
  stardeck_add_qtest(reliability_sell_expiry
                     SOURCES reliability/tst_reliability_sell_expiry.cpp ui/actions/ActionsTestSupport.h
                     LIBS stardeck_ui stardeck_sandbox_testsupport Qt6::Test LABELS reliability ui sandbox)
  set_tests_properties(reliability_sell_expiry PROPERTIES TIMEOUT 120)
endif()

# F1/F3 on the desktop app's data pages: a failed refresh keeps the rows, marks them out of date
# with the time of the last good data and the error, and Retry brings fresh data.
if(TARGET stardeck_ui)
  stardeck_add_qtest(reliability_stale SOURCES reliability/tst_reliability_stale.cpp
                     LIBS stardeck_ui stardeck_sandbox_testsupport Qt6::Test LABELS reliability ui sandbox)
endif()

# F25: the servers' Date header against this machine's clock (ImxClient::clockSkew()).
stardeck_add_qtest(reliability_clock SOURCES reliability/tst_reliability_clock.cpp
                   LIBS stardeck_sandbox_testsupport LABELS reliability sandbox)

# F25 in the desktop app: the main window's clock warning follows the embedded sandbox's clock
# (AppServices wiring; the demo user logs in through a browser engine, as tests/gui does).
if(TARGET stardeck_app)
  stardeck_add_qtest(reliability_clock_banner SOURCES reliability/tst_reliability_clock_banner.cpp
                     LIBS stardeck_app Qt6::Test LABELS reliability ui webengine gui)
  set_tests_properties(reliability_clock_banner PROPERTIES TIMEOUT 120 ENVIRONMENT
    "QT_QPA_PLATFORM=offscreen;QTWEBENGINE_DISABLE_SANDBOX=1;QTWEBENGINE_CHROMIUM_FLAGS=--disable-gpu")
endif()

# F21: WalletConnector with a fake keychain that refuses, is unavailable, lost an entry or cannot write.
stardeck_add_qtest(reliability_keychain SOURCES reliability/tst_reliability_keychain.cpp
                   LIBS stardeck_sandbox_testsupport LABELS reliability wallet sandbox)

# F19: possible address-poisoning transfers in the history (SuspiciousTransfer's rule, row by row).
stardeck_add_qtest(reliability_poisoning SOURCES reliability/tst_reliability_poisoning.cpp LABELS reliability)

# F10: an expiration the API picks beyond the policy window is refused through ImxProvider.
stardeck_add_qtest(reliability_expiry SOURCES reliability/tst_reliability_expiry.cpp wallet/ProviderTestHarness.h
                   LIBS stardeck_sandbox_testsupport LABELS reliability wallet sandbox)
set_tests_properties(reliability_expiry PROPERTIES TIMEOUT 120)

# F16: the loopback login listener answers one callback, then closes; bound to 127.0.0.1 only.
stardeck_add_qtest(reliability_callback SOURCES reliability/tst_reliability_callback.cpp
                   LABELS reliability passport)
