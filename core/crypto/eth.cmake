# SPDX-License-Identifier: MIT
# Ethereum side: Keccak, secp256k1, EIP-191, EIP-55, BIP-32, IMX Stark key derivation.
target_sources(stardeck_core PRIVATE
)
