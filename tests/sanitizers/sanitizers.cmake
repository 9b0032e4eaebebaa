# SPDX-License-Identifier: MIT
# The ASan environment of the tests that destroy a browser-engine page or run on xcb, applied after
# every fragment has registered its tests (included last by tests/CMakeLists.txt).
#
# ASan 14 aborts those tests in QtWebEngine's own teardown, inside libQt6WebEngineCore.so.6 (Qt
# 6.4.2, Debian build id 9007d6a9...): when a QWebEnginePage is destroyed, ~WebContentsAdapter
# reaches Chromium code (library offset 0x4173e96) that frees an 88-byte object, allocated by the
# same library (return address +0x4175939), with a sized `operator delete(p, 24)`:
#   ERROR: AddressSanitizer: new-delete-type-mismatch ... size of the allocated type: 88 bytes;
#   size of the deallocated type: 24 bytes.
# ASan 14 cannot suppress this report by library or function (suppression files only cover
# interceptors and LeakSanitizer; checked with a two-line library), so the tests below, and only
# they, turn the check off with new_delete_type_mismatch=0: each was run without it and aborted with
# this report (the other webengine-labelled tests, app_services, gui_app and gui_screenshots, pass
# with the check on and keep it). Every other ASan check stays on in them; our own sized deletes are
# also checked at compile time (-Wdelete-non-virtual-dtor). A new test that destroys a page and
# aborts with this exact report belongs in this list. Outside an ASan build nothing reads ASAN_OPTIONS.
set(_stardeck_webengine_teardown confirmation_webengine login_dialog login_hostile_hosts login_callbacks
  ui_guardian_dialog ui_guardian_prompt secret_leaks gui_wallet)
foreach(_test IN LISTS _stardeck_webengine_teardown)
  if(TEST ${_test})
    set_property(TEST ${_test} APPEND PROPERTY ENVIRONMENT_MODIFICATION
      "ASAN_OPTIONS=path_list_append:new_delete_type_mismatch=0")
  endif()
endforeach()

# Tests on the xcb platform under xvfb-run (gui_wallet) in an ASan build: Qt's GLX integration loads
# Mesa's software driver (swrast_dri.so) with dlopen and unloads it before LeakSanitizer runs at exit;
# the blocks only Mesa's globals pointed to then look leaked, from "<unknown module>" frames (240
# bytes in 3 blocks; the addresses fall in swrast_dri.so's text in /proc/PID/maps). Loading the
# driver from the start keeps it mapped, so LeakSanitizer scans its globals and finds no leak at all:
# no suppression is needed for Mesa.
get_property(_stardeck_tests DIRECTORY PROPERTY TESTS)
if(STARDECK_SANITIZE MATCHES "address" OR (STARDECK_FUZZ AND STARDECK_SANITIZE STREQUAL ""))
  find_file(STARDECK_MESA_SWRAST swrast_dri.so PATHS /usr/lib/${CMAKE_LIBRARY_ARCHITECTURE}/dri
    /usr/lib/dri /usr/lib64/dri NO_DEFAULT_PATH)
  foreach(_test IN LISTS _stardeck_tests)
    get_test_property(${_test} ENVIRONMENT _env)
    if(STARDECK_MESA_SWRAST AND "QT_QPA_PLATFORM=xcb" IN_LIST _env)
      set_property(TEST ${_test} APPEND PROPERTY ENVIRONMENT_MODIFICATION
        "LD_PRELOAD=path_list_append:${STARDECK_MESA_SWRAST}")
    endif()
  endforeach()
endif()
