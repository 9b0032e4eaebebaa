# SPDX-License-Identifier: MIT
# Fuzz targets for the parsers of untrusted input (docs/fuzzing.md lists what each asserts). In every
# build each harness is linked with a replay driver and run over its seed corpus
# (tests/fuzz/corpus/<name>/) as a ctest test; with -DSTARDECK_FUZZ=ON and clang, real libFuzzer
# binaries are built too (scripts/fuzz.sh for the long campaign, scripts/sanitize.sh for CI).
set(STARDECK_FUZZ_HARNESSES
    uint256 stark_signature eth_parsers amount cli_batch imx_decode journal
    jwt oauth_callback secret_file sandbox_request)

foreach(name ${STARDECK_FUZZ_HARNESSES})
  set(libs stardeck_core)
  set(extra_sources)
  set(extra_includes)
  if(name STREQUAL "cli_batch")
    set(libs stardeck_cli_lib)
  elseif(name STREQUAL "sandbox_request")
    set(libs stardeck_sandbox)
  elseif(name STREQUAL "oauth_callback")
    # LoginPolicy is the pure navigation logic of the login view: built here without Widgets.
    set(extra_sources ${PROJECT_SOURCE_DIR}/ui/login/LoginPolicy.cpp)
    set(extra_includes ${PROJECT_SOURCE_DIR}/ui)
  endif()
  add_executable(fuzz_${name}_replay fuzz/fuzz_${name}.cpp fuzz/ReplayMain.cpp ${extra_sources})
  target_link_libraries(fuzz_${name}_replay PRIVATE ${libs} stardeck_settings)
  target_include_directories(fuzz_${name}_replay PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/fuzz ${extra_includes})
  add_test(NAME fuzz_${name}_corpus
           COMMAND fuzz_${name}_replay ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/corpus/${name})
  set_tests_properties(fuzz_${name}_corpus PROPERTIES LABELS "fuzz" TIMEOUT 120)

  if(STARDECK_FUZZ)
    add_executable(fuzz_${name} fuzz/fuzz_${name}.cpp ${extra_sources})
    target_link_libraries(fuzz_${name} PRIVATE ${libs} stardeck_settings)
    target_include_directories(fuzz_${name} PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/fuzz ${extra_includes})
    target_link_options(fuzz_${name} PRIVATE -fsanitize=fuzzer -Wl,--no-as-needed)
  endif()
endforeach()
