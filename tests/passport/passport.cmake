# SPDX-License-Identifier: MIT
# Passport session: environments, ID token validation, and the OIDC flow against the sandbox.
stardeck_add_qtest(passport_environment SOURCES passport/tst_passport_environment.cpp LABELS passport)
stardeck_add_qtest(passport_idtoken SOURCES passport/tst_passport_idtoken.cpp LIBS OpenSSL::Crypto LABELS passport)
stardeck_add_qtest(passport_session SOURCES passport/tst_passport_session.cpp
  LIBS stardeck_sandbox_testsupport OpenSSL::Crypto LABELS passport sandbox)
