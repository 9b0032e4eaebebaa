# SPDX-License-Identifier: MIT
# Stark field/curve, Pedersen, StarkEx ECDSA and the shared value types.
target_sources(stardeck_core PRIVATE
  crypto/Error.h crypto/Hex.h
  crypto/SecureBytes.h crypto/SecureBytes.cpp
  crypto/UInt256.h crypto/UInt256.cpp
  crypto/Keccak.h crypto/Keccak.cpp
  crypto/StarkCurve.h crypto/StarkCurve.cpp
  crypto/StarkEcdsa.h crypto/StarkEcdsa.cpp
  crypto/detail/ConstantTime.h crypto/detail/ConstantTime.cpp
  crypto/detail/HmacSha256.h crypto/detail/HmacSha256.cpp
  crypto/detail/Montgomery.h crypto/detail/MontgomeryImpl.inc
  crypto/detail/StarkField.h crypto/detail/StarkField.cpp
  crypto/detail/StarkGroup.h crypto/detail/StarkGroup.cpp
)
