# SPDX-License-Identifier: MIT
# translations_check: fails when a translations/*.ts file is out of date with the sources, i.e. when
# `ninja update_translations` would change it. Runs lupdate exactly like that target, on a copy.
#   cmake -DINPUT=<generated settings file> -DWORK_DIR=<scratch dir> -P translations_check.cmake
# INPUT sets LUPDATE, TS_FILES, SOURCES and OPTIONS (written by tests/foundation/foundation.cmake).
cmake_minimum_required(VERSION 3.25)

if(NOT INPUT OR NOT WORK_DIR)
  message(FATAL_ERROR "usage: cmake -DINPUT=<file> -DWORK_DIR=<dir> -P translations_check.cmake")
endif()
include("${INPUT}")

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(stale)
foreach(ts IN LISTS TS_FILES)
  get_filename_component(name "${ts}" NAME)
  set(copy "${WORK_DIR}/${name}")
  file(COPY_FILE "${ts}" "${copy}")
  execute_process(COMMAND "${LUPDATE}" ${OPTIONS} ${SOURCES} -ts "${copy}"
                  RESULT_VARIABLE rc OUTPUT_VARIABLE output ERROR_VARIABLE output)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed for ${name}:\n${output}")
  endif()
  file(READ "${ts}" before)
  file(READ "${copy}" after)
  if(NOT before STREQUAL after)
    list(APPEND stale "${ts}")
    find_program(DIFF_EXECUTABLE diff)
    if(DIFF_EXECUTABLE)
      execute_process(COMMAND "${DIFF_EXECUTABLE}" -u "${ts}" "${copy}" OUTPUT_VARIABLE diffText)
      message("${diffText}")
    endif()
  endif()
endforeach()
file(REMOVE_RECURSE "${WORK_DIR}")

if(stale)
  list(JOIN stale "\n  " text)
  message(FATAL_ERROR "Translation sources are out of date:\n  ${text}\n"
                      "Run `ninja -C <build dir> update_translations`, translate the new strings, commit the .ts.")
endif()
message(STATUS "translations_check: .ts files match the sources")
