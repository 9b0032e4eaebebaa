# SPDX-License-Identifier: MIT
# Stark field/curve, Pedersen, StarkEx ECDSA and the shared value types.
target_sources(stardeck_core PRIVATE
  crypto/Error.h
  crypto/SecureBytes.h crypto/SecureBytes.cpp
  crypto/UInt256.h crypto/UInt256.cpp
)
target_sources(stardeck_core PRIVATE
  crypto/Keccak.h crypto/Keccak.cpp
  crypto/StarkCurve.h
  crypto/StarkEcdsa.h
)
