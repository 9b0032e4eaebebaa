# SPDX-License-Identifier: MIT
# The signers and connectImx: StarkSigner (vectors), the TEE signer and WalletConnector (sandbox).
stardeck_add_qtest(stark_signer SOURCES wallet/tst_stark_signer.cpp LABELS wallet)
stardeck_add_qtest(tee_signer SOURCES wallet/tst_tee_signer.cpp
  LIBS stardeck_sandbox_testsupport OpenSSL::Crypto LABELS wallet sandbox)
stardeck_add_qtest(wallet_connector SOURCES wallet/tst_wallet_connector.cpp
  LIBS stardeck_sandbox_testsupport OpenSSL::Crypto LABELS wallet sandbox)
