# SPDX-License-Identifier: MIT
stardeck_add_qtest(guardian_client SOURCES wallet/tst_guardian_client.cpp LIBS stardeck_sandbox_testsupport
  LABELS wallet)
stardeck_add_qtest(incoming_transfers SOURCES wallet/tst_incoming_transfers.cpp
  LIBS stardeck_sandbox_testsupport LABELS wallet)
