# SPDX-License-Identifier: MIT
# The account's signers and connectImx: the Stark key signer, the embedded-wallet (TEE) Ethereum
# signer and WalletConnector. StarkSigner signs on QtConcurrent workers (platform.cmake links it
# too; linking twice is harmless).
find_package(Qt6 6.4 REQUIRED COMPONENTS Concurrent GLOBAL)
target_link_libraries(stardeck_core PRIVATE Qt6::Concurrent)
target_sources(stardeck_core PRIVATE
  wallet/StarkSigner.h wallet/StarkSigner.cpp
  wallet/TeeSigner.h wallet/TeeSigner.cpp
  wallet/WalletConnector.h wallet/WalletConnector.cpp
)
