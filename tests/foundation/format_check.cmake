# SPDX-License-Identifier: MIT
# format_check: fails when a project .h/.cpp file differs from what clang-format (and .clang-format) wants.
#   cmake -DCLANG_FORMAT=<exe> -DSOURCE_DIR=<repo root> -P format_check.cmake
#   cmake -DCLANG_FORMAT=<exe> -DSOURCE_DIR=<repo root> -DSELF_TEST=ON -DWORK_DIR=<dir> -P format_check.cmake
# Files come from `git ls-files` (tracked and new, unignored files) in a git checkout, else from a
# directory walk; build trees, test data and node_modules are never checked.
cmake_minimum_required(VERSION 3.25)

if(NOT CLANG_FORMAT OR NOT SOURCE_DIR)
  message(FATAL_ERROR "usage: cmake -DCLANG_FORMAT=<exe> -DSOURCE_DIR=<dir> -P format_check.cmake")
endif()

set(EXCLUDE_REGEX "(^|/)(build[^/]*|\\.git|\\.cache|node_modules)/|^tests/data/")

# Sets <out> to the project's C++ files under <root>, relative to <root>.
function(stardeck_cpp_files root out)
  set(files)
  set(listed FALSE)
  find_program(GIT_EXECUTABLE git)
  if(GIT_EXECUTABLE AND EXISTS "${root}/.git")
    execute_process(
      COMMAND "${GIT_EXECUTABLE}" -c core.quotePath=false -C "${root}"
              ls-files --cached --others --exclude-standard -- "*.h" "*.cpp"
      RESULT_VARIABLE rc OUTPUT_VARIABLE output ERROR_VARIABLE error)
    # Not fatal: e.g. a clone owned by another user ("dubious ownership") falls back to the walk.
    if(rc EQUAL 0)
      string(REPLACE "\n" ";" files "${output}")
      set(listed TRUE)
    else()
      message(STATUS "git ls-files failed (${error}); walking the directory instead")
    endif()
  endif()
  if(NOT listed)
    file(GLOB_RECURSE files LIST_DIRECTORIES false RELATIVE "${root}" "${root}/*.h" "${root}/*.cpp")
  endif()
  set(result)
  foreach(file IN LISTS files)
    if(file STREQUAL "" OR file MATCHES "${EXCLUDE_REGEX}" OR NOT EXISTS "${root}/${file}")
      continue()
    endif()
    list(APPEND result "${file}")
  endforeach()
  list(SORT result)
  set(${out} "${result}" PARENT_SCOPE)
endfunction()

# Sets <out> to the files under <root> that clang-format would change.
function(stardeck_unformatted_files root out)
  stardeck_cpp_files("${root}" files)
  list(LENGTH files count)
  if(count EQUAL 0)
    message(FATAL_ERROR "no .h/.cpp files found under ${root}")
  endif()
  set(bad)
  # Batches keep the command line short on big trees.
  while(files)
    list(SUBLIST files 0 40 batch)
    list(LENGTH batch batchSize)
    list(REMOVE_AT files 0)
    if(batchSize GREATER 1)
      math(EXPR last "${batchSize} - 1")
      foreach(i RANGE 1 ${last})
        list(REMOVE_AT files 0)
      endforeach()
    endif()
    execute_process(COMMAND "${CLANG_FORMAT}" --dry-run --Werror ${batch}
                    WORKING_DIRECTORY "${root}"
                    RESULT_VARIABLE rc OUTPUT_VARIABLE output ERROR_VARIABLE output)
    if(NOT rc EQUAL 0)
      string(REGEX MATCHALL "[^\n:]+:[0-9]+:[0-9]+: error:" hits "${output}")
      if(NOT hits)
        message(FATAL_ERROR "${CLANG_FORMAT} failed:\n${output}")
      endif()
      foreach(hit IN LISTS hits)
        string(REGEX REPLACE ":[0-9]+:[0-9]+: error:$" "" file "${hit}")
        list(APPEND bad "${file}")
      endforeach()
    endif()
  endwhile()
  list(REMOVE_DUPLICATES bad)
  set(${out} "${bad}" PARENT_SCOPE)
  set(${out}_COUNT ${count} PARENT_SCOPE)
endfunction()

if(SELF_TEST)
  # The check must catch a misformatted file and accept a formatted one, with the project's style.
  if(NOT WORK_DIR)
    message(FATAL_ERROR "SELF_TEST needs -DWORK_DIR=<scratch dir>")
  endif()
  file(REMOVE_RECURSE "${WORK_DIR}")
  file(MAKE_DIRECTORY "${WORK_DIR}/src" "${WORK_DIR}/build-x" "${WORK_DIR}/tests/data")
  file(COPY "${SOURCE_DIR}/.clang-format" DESTINATION "${WORK_DIR}")
  file(WRITE "${WORK_DIR}/src/Good.cpp" "int answer()\n{\n    return 42;\n}\n")
  file(WRITE "${WORK_DIR}/src/Bad.cpp" "int  answer( ){return 42;}\n")
  file(WRITE "${WORK_DIR}/build-x/Ignored.cpp" "int  ignored( ){return 0;}\n")
  file(WRITE "${WORK_DIR}/tests/data/Ignored.h" "int  ignored( ){return 0;}\n")
  stardeck_unformatted_files("${WORK_DIR}" bad)
  if(NOT bad STREQUAL "src/Bad.cpp")
    message(FATAL_ERROR "self-test: expected exactly src/Bad.cpp to be reported, got '${bad}'")
  endif()
  if(NOT bad_COUNT EQUAL 2)
    message(FATAL_ERROR "self-test: expected 2 checked files, got ${bad_COUNT}")
  endif()
  file(REMOVE_RECURSE "${WORK_DIR}")
  message(STATUS "format_check self-test passed")
  return()
endif()

stardeck_unformatted_files("${SOURCE_DIR}" bad)
if(bad)
  list(JOIN bad "\n  " badText)
  list(JOIN bad " " badArgs)
  message(FATAL_ERROR "These files are not clang-formatted:\n  ${badText}\n"
                      "Fix with: (cd ${SOURCE_DIR} && ${CLANG_FORMAT} -i ${badArgs})")
endif()
message(STATUS "format_check: ${bad_COUNT} files are clang-formatted")
