# SPDX-License-Identifier: MIT
# Installs the fidelity test's npm packages into the build tree (never the source tree), from the
# committed lock file, exactly like scripts/bench.sh does for bench/js:
#   cmake -DNPM=<npm> -DSOURCE_DIR=<tests/fidelity> -DINSTALL_DIR=<build dir> -P npm-install.cmake
# --ignore-scripts: no package code runs at install time; it only ever runs under scripts/nonet.cjs.
# Skipped when the installed lock file is the committed one and node_modules exists.
foreach(var NPM SOURCE_DIR INSTALL_DIR)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "npm-install.cmake: -D${var}=... is required")
  endif()
endforeach()

file(MAKE_DIRECTORY "${INSTALL_DIR}")
set(lock "${SOURCE_DIR}/package-lock.json")
set(installed_lock "${INSTALL_DIR}/package-lock.json")
if(EXISTS "${installed_lock}" AND EXISTS "${INSTALL_DIR}/node_modules/@imtbl/x-client/package.json")
  file(SHA256 "${lock}" wanted)
  file(SHA256 "${installed_lock}" have)
  if(wanted STREQUAL have)
    message(STATUS "fidelity: npm packages already installed in ${INSTALL_DIR}")
    return()
  endif()
endif()

file(COPY "${SOURCE_DIR}/package.json" "${lock}" DESTINATION "${INSTALL_DIR}")
execute_process(
  COMMAND "${NPM}" ci --ignore-scripts --no-audit --no-fund --update-notifier=false --loglevel=error
  WORKING_DIRECTORY "${INSTALL_DIR}"
  RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  # A half-installed tree must not look installed next time.
  file(REMOVE "${installed_lock}")
  message(FATAL_ERROR "fidelity: npm ci failed (${status})")
endif()
message(STATUS "fidelity: installed the npm packages into ${INSTALL_DIR}")
