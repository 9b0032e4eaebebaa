# SPDX-License-Identifier: MIT
# Sandbox tests: each talks HTTP to an in-process sandbox on 127.0.0.1:0.
add_library(stardeck_sandbox_testsupport STATIC sandbox/SandboxFixture.h sandbox/SandboxFixture.cpp)
target_include_directories(stardeck_sandbox_testsupport PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/sandbox)
target_link_libraries(stardeck_sandbox_testsupport PUBLIC stardeck_sandbox stardeck_testsupport Qt6::Network Qt6::Test)

stardeck_add_qtest(sandbox_server SOURCES sandbox/tst_sandbox_server.cpp LIBS stardeck_sandbox_testsupport LABELS sandbox)
stardeck_add_qtest(sandbox_faults SOURCES sandbox/tst_sandbox_faults.cpp LIBS stardeck_sandbox_testsupport LABELS sandbox)
find_package(Qt6 6.4 REQUIRED COMPONENTS Sql) # the persistence test writes bad database files
stardeck_add_qtest(sandbox_persistence SOURCES sandbox/tst_sandbox_persistence.cpp LIBS stardeck_sandbox_testsupport Qt6::Sql OpenSSL::Crypto LABELS sandbox)

include(sandbox/auth.cmake)
include(sandbox/imx.cmake)
include(sandbox/guardian.cmake)
