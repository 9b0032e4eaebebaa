# SPDX-License-Identifier: MIT
# Value types and the Stark curve: field, points, Pedersen, ECDSA.
foreach(t uint256 secure_bytes field_portable stark_curve pedersen stark_ecdsa)
  stardeck_add_qtest(${t} SOURCES crypto/tst_${t}.cpp LABELS crypto)
endforeach()

# Constant-time check: signing and public keys under valgrind memcheck with the key undefined.
find_program(VALGRIND_EXECUTABLE valgrind)
add_executable(stark_ctime crypto/stark_ctime.cpp)
target_link_libraries(stark_ctime PRIVATE stardeck_core)
if(VALGRIND_EXECUTABLE)
  add_test(NAME stark_ctime
    COMMAND ${VALGRIND_EXECUTABLE} --tool=memcheck --error-exitcode=42 --track-origins=yes
            --exit-on-first-error=no $<TARGET_FILE:stark_ctime>)
  set_tests_properties(stark_ctime PROPERTIES LABELS "crypto;ctime" TIMEOUT 600)
  # The harness must catch a real leak: this run branches on the key and has to fail.
  add_test(NAME stark_ctime_detects_leak
    COMMAND ${VALGRIND_EXECUTABLE} --tool=memcheck --error-exitcode=42 $<TARGET_FILE:stark_ctime> --self-test-leak)
  set_tests_properties(stark_ctime_detects_leak PROPERTIES LABELS "crypto;ctime" WILL_FAIL TRUE TIMEOUT 600)
else()
  message(WARNING "valgrind not found: the stark_ctime test is not registered (run scripts/install-deps.sh)")
endif()
