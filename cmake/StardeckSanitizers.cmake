# SPDX-License-Identifier: MIT
# Sanitizer builds of the whole tree (see CMakePresets.json). Included from the top-level CMakeLists.txt.
#   -DSTARDECK_SANITIZE=address,undefined   ASan + UBSan (scripts/sanitize.sh, the asan-ubsan preset)
#   -DSTARDECK_SANITIZE=thread              TSan for the async core (the tsan preset)
#   -DSTARDECK_FUZZ=ON                      clang only: libFuzzer coverage on every object, ASan + UBSan
#                                           unless STARDECK_SANITIZE says otherwise; adds the fuzz_* targets
set(STARDECK_SANITIZE "" CACHE STRING "Sanitizers for every target: address,undefined | thread | empty")

set(_stardeck_sanitize "${STARDECK_SANITIZE}")
if(STARDECK_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "STARDECK_FUZZ needs clang (CC=clang-14 CXX=clang++-14)")
  endif()
  if(_stardeck_sanitize STREQUAL "")
    set(_stardeck_sanitize "address,undefined")
  endif()
  add_compile_options(-fsanitize=fuzzer-no-link)
endif()

if(NOT _stardeck_sanitize STREQUAL "")
  if(_stardeck_sanitize MATCHES "thread" AND _stardeck_sanitize MATCHES "address")
    message(FATAL_ERROR "STARDECK_SANITIZE: thread and address cannot be combined")
  endif()
  # -fno-sanitize-recover: a UBSan finding aborts like an ASan one, so tests and fuzzers fail on it.
  add_compile_options(-fsanitize=${_stardeck_sanitize} -fno-sanitize-recover=all -fno-omit-frame-pointer)
  add_link_options(-fsanitize=${_stardeck_sanitize})
  # The field assembly needs 15 registers; with frame pointers and sanitizer instrumentation there
  # are fewer. Use the portable arithmetic (tst_field_portable checks it against the assembly in
  # normal builds).
  add_compile_definitions(STARDECK_PORTABLE_ARITHMETIC)
endif()
