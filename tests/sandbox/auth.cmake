# SPDX-License-Identifier: MIT
# The emulated auth.immutable.com and the embedded-wallet (Magic TEE) signer.
stardeck_add_qtest(auth_flow SOURCES sandbox/tst_auth_flow.cpp sandbox/AuthTestHelpers.h
  LIBS stardeck_sandbox_testsupport OpenSSL::Crypto LABELS sandbox)
# The --auto-login test starts the real executable.
add_dependencies(tst_auth_flow stardeck-sandbox)
target_compile_definitions(tst_auth_flow PRIVATE STARDECK_SANDBOX_EXE="$<TARGET_FILE:stardeck-sandbox>")
stardeck_add_qtest(auth_tee SOURCES sandbox/tst_auth_tee.cpp sandbox/AuthTestHelpers.h
  LIBS stardeck_sandbox_testsupport OpenSSL::Crypto LABELS sandbox)
