# SPDX-License-Identifier: MIT
stardeck_add_qtest(imx_writes SOURCES sandbox/tst_imx_writes.cpp sandbox/WritesTestWorld.h
  LIBS stardeck_sandbox_testsupport LABELS sandbox)
stardeck_add_qtest(guardian SOURCES sandbox/tst_guardian.cpp sandbox/WritesTestWorld.h
  LIBS stardeck_sandbox_testsupport LABELS sandbox)
