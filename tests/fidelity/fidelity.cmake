# SPDX-License-Identifier: MIT
# Fidelity: Immutable's official TypeScript client (@imtbl/x-client 2.14.0) against stardeck-sandbox.

# The test-only funding routes the fidelity run relies on (/__sandbox/fund, /__sandbox/mint).
stardeck_add_qtest(sandbox_test_funding SOURCES fidelity/tst_test_funding.cpp
  LIBS stardeck_sandbox_testsupport LABELS sandbox)

# The JS run needs node and npm (CI has both); without them it is not registered.
find_program(STARDECK_NODE node)
find_program(STARDECK_NPM npm)
if(STARDECK_NODE AND STARDECK_NPM)
  set(fidelity_js_dir "${CMAKE_CURRENT_BINARY_DIR}/fidelity-js")
  # Installs from the registry (the only network access); the run itself talks to 127.0.0.1 only.
  add_test(NAME fidelity_npm_install
    COMMAND ${CMAKE_COMMAND} -DNPM=${STARDECK_NPM} -DSOURCE_DIR=${CMAKE_CURRENT_LIST_DIR}
            -DINSTALL_DIR=${fidelity_js_dir} -P ${CMAKE_CURRENT_LIST_DIR}/npm-install.cmake)
  set_tests_properties(fidelity_npm_install PROPERTIES
    FIXTURES_SETUP fidelity_js LABELS "js" TIMEOUT 900)
  # Every node process that loads the SDK preloads the network guard (it also sets
  # JEST_WORKER_ID, which turns off @imtbl/metrics' telemetry; set here as well).
  add_test(NAME imx_fidelity
    COMMAND ${STARDECK_NODE} -r ${PROJECT_SOURCE_DIR}/scripts/nonet.cjs
            ${CMAKE_CURRENT_LIST_DIR}/fidelity.cjs --modules ${fidelity_js_dir} $<TARGET_FILE:stardeck-sandbox>
    WORKING_DIRECTORY ${fidelity_js_dir})
  set_tests_properties(imx_fidelity PROPERTIES
    FIXTURES_REQUIRED fidelity_js LABELS "js;sandbox" TIMEOUT 300 ENVIRONMENT "JEST_WORKER_ID=1")
else()
  message(STATUS "node/npm not found: the imx_fidelity test is not registered")
endif()
