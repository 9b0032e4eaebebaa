# SPDX-License-Identifier: MIT
# Ethereum side: Keccak, secp256k1, EIP-191, EIP-55, BIP-32, IMX Stark key derivation.
target_sources(stardeck_core PRIVATE
  crypto/EthHex.h crypto/EthHex.cpp
  crypto/EthAddress.h crypto/EthAddress.cpp
  crypto/EthSignature.h crypto/EthSignature.cpp
  crypto/Secp256k1.h crypto/Secp256k1.cpp
  crypto/Eip191.h crypto/Eip191.cpp
  crypto/EthSigner.h
  crypto/LocalEthSigner.h crypto/LocalEthSigner.cpp
  crypto/Bip32.h crypto/Bip32.cpp
  crypto/StarkKeyDerivation.h crypto/StarkKeyDerivation.cpp
)
