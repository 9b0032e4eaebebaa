# SPDX-License-Identifier: MIT
# Ethereum side: addresses, EIP-191, secp256k1, BIP-32, IMX stark key derivation.
set(_eth_support eth/EthTestValues.h)
stardeck_add_qtest(eth_address SOURCES eth/tst_EthAddress.cpp ${_eth_support} LABELS eth)
stardeck_add_qtest(eth_eip191 SOURCES eth/tst_Eip191.cpp ${_eth_support} LABELS eth)
stardeck_add_qtest(eth_secp256k1 SOURCES eth/tst_Secp256k1.cpp ${_eth_support} LABELS eth)
stardeck_add_qtest(eth_local_signer SOURCES eth/tst_LocalEthSigner.cpp ${_eth_support} LABELS eth)
stardeck_add_qtest(eth_bip32 SOURCES eth/tst_Bip32.cpp ${_eth_support} LABELS eth)
stardeck_add_qtest(eth_stark_key_derivation SOURCES eth/tst_StarkKeyDerivation.cpp ${_eth_support} LABELS eth)
# Needs the Stark curve (stark::publicKey / stark::sign).
stardeck_add_qtest(eth_stark_key_derivation_stark SOURCES eth/tst_StarkKeyDerivationStark.cpp ${_eth_support}
  LABELS eth crypto)
