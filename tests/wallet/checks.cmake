# SPDX-License-Identifier: MIT
# SignableCheck and AssetResolver against the in-process sandbox (signables captured over HTTP).
stardeck_add_qtest(signable_check_transfers
  SOURCES wallet/tst_signable_check_transfers.cpp wallet/tst_signable_check_support.h
  LIBS stardeck_sandbox_testsupport LABELS wallet)
stardeck_add_qtest(signable_check_orders
  SOURCES wallet/tst_signable_check_orders.cpp wallet/tst_signable_check_support.h
  LIBS stardeck_sandbox_testsupport LABELS wallet)
stardeck_add_qtest(asset_resolver
  SOURCES wallet/tst_asset_resolver.cpp wallet/tst_signable_check_support.h
  LIBS stardeck_sandbox_testsupport LABELS wallet)
stardeck_add_qtest(signable_check_registration
  SOURCES wallet/tst_signable_check_registration.cpp wallet/tst_signable_check_support.h
  LIBS stardeck_sandbox_testsupport LABELS wallet)
