# SPDX-License-Identifier: MIT
# Secret stores: the encrypted file store, the keychain store under a private keyring, and the fallback.
stardeck_add_qtest(encrypted_file_store SOURCES platform/tst_encrypted_file_store.cpp
  platform/SecretStoreTestSupport.h LABELS platform)

# Without a session bus the keychain is unavailable and the factory falls back to the file store.
stardeck_add_qtest(keychain_unavailable SOURCES platform/tst_keychain_unavailable.cpp
  platform/SecretStoreTestSupport.h LABELS platform)
set_tests_properties(keychain_unavailable PROPERTIES TIMEOUT 60
  ENVIRONMENT_MODIFICATION "DBUS_SESSION_BUS_ADDRESS=set:unix:path=/nonexistent/stardeck-bus;DISPLAY=unset:;WAYLAND_DISPLAY=unset:")

# The keychain store needs a Secret Service: the test binary runs inside run-with-keyring.sh (a private
# dbus-run-session with an unlocked throwaway gnome-keyring), so it is registered by hand.
add_executable(tst_keychain_store platform/tst_keychain_store.cpp platform/SecretStoreTestSupport.h)
target_link_libraries(tst_keychain_store PRIVATE stardeck_testsupport)
add_test(NAME keychain_store
  COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/platform/run-with-keyring.sh $<TARGET_FILE:tst_keychain_store>)
set_tests_properties(keychain_store PROPERTIES
  ENVIRONMENT "QT_QPA_PLATFORM=offscreen" LABELS "platform;keychain" TIMEOUT 60 SKIP_RETURN_CODE 77)

# A Secret Service that never answers: keychain jobs time out instead of hanging. The test process owns
# org.freedesktop.secrets on a private bus (needs Qt DBus, for the test only).
find_program(DBUS_RUN_SESSION_EXECUTABLE dbus-run-session)
find_package(Qt6 6.4 COMPONENTS DBus)
if(DBUS_RUN_SESSION_EXECUTABLE AND TARGET Qt6::DBus)
  add_executable(tst_keychain_timeout platform/tst_keychain_timeout.cpp platform/SecretStoreTestSupport.h)
  target_link_libraries(tst_keychain_timeout PRIVATE stardeck_testsupport Qt6::DBus)
  add_test(NAME keychain_timeout COMMAND ${DBUS_RUN_SESSION_EXECUTABLE} -- $<TARGET_FILE:tst_keychain_timeout>)
  set_tests_properties(keychain_timeout PROPERTIES
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen" ENVIRONMENT_MODIFICATION "DISPLAY=unset:;WAYLAND_DISPLAY=unset:"
    LABELS "platform;keychain" TIMEOUT 60)
else()
  message(WARNING "dbus-run-session or Qt DBus missing: keychain_timeout is not registered (run scripts/install-deps.sh)")
endif()
