# SPDX-License-Identifier: MIT
# ImxProvider against the in-process sandbox: transfers, faults, registration, Guardian, orders.
stardeck_add_qtest(imx_provider_transfer
  SOURCES wallet/tst_imx_provider_transfer.cpp wallet/ProviderTestHarness.h
  LIBS stardeck_sandbox_testsupport LABELS wallet sandbox)
set_tests_properties(imx_provider_transfer PROPERTIES TIMEOUT 120)
stardeck_add_qtest(imx_provider_faults
  SOURCES wallet/tst_imx_provider_faults.cpp wallet/ProviderTestHarness.h
  LIBS stardeck_sandbox_testsupport LABELS wallet sandbox)
set_tests_properties(imx_provider_faults PROPERTIES TIMEOUT 120)
stardeck_add_qtest(imx_provider_register
  SOURCES wallet/tst_imx_provider_register.cpp wallet/ProviderTestHarness.h
  LIBS stardeck_sandbox_testsupport LABELS wallet sandbox)
set_tests_properties(imx_provider_register PROPERTIES TIMEOUT 120)
stardeck_add_qtest(imx_provider_guardian
  SOURCES wallet/tst_imx_provider_guardian.cpp wallet/ProviderTestHarness.h
  LIBS stardeck_sandbox_testsupport LABELS wallet sandbox)
set_tests_properties(imx_provider_guardian PROPERTIES TIMEOUT 120)
stardeck_add_qtest(imx_provider_orders
  SOURCES wallet/tst_imx_provider_orders.cpp wallet/ProviderTestHarness.h
  LIBS stardeck_sandbox_testsupport LABELS wallet sandbox)
set_tests_properties(imx_provider_orders PROPERTIES TIMEOUT 120)
stardeck_add_qtest(imx_provider_reconcile
  SOURCES wallet/tst_imx_provider_reconcile.cpp wallet/ProviderTestHarness.h
  LIBS stardeck_sandbox_testsupport LABELS wallet sandbox)
set_tests_properties(imx_provider_reconcile PROPERTIES TIMEOUT 120)
stardeck_add_qtest(imx_provider_timing
  SOURCES wallet/tst_imx_provider_timing.cpp wallet/ProviderTestHarness.h
  LIBS stardeck_sandbox_testsupport LABELS wallet sandbox)
set_tests_properties(imx_provider_timing PROPERTIES TIMEOUT 120)
stardeck_add_qtest(imx_provider_reconcile_orders
  SOURCES wallet/tst_imx_provider_reconcile_orders.cpp wallet/ProviderTestHarness.h
  LIBS stardeck_sandbox_testsupport LABELS wallet sandbox)
set_tests_properties(imx_provider_reconcile_orders PROPERTIES TIMEOUT 120)
