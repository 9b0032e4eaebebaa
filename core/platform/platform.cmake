# SPDX-License-Identifier: MIT
# Secret storage: the SecretStore interface (core/wallet) and its keychain and encrypted-file adapters.
# GLOBAL: stardeck_core is static, so consumers in other directories link these imported targets too.
find_package(Qt6 6.4 REQUIRED COMPONENTS Concurrent GLOBAL)
find_package(Qt6Keychain 0.13 REQUIRED GLOBAL)
target_sources(stardeck_core PRIVATE
  wallet/SecretStore.h
  platform/AsyncDelivery.h
  platform/EncryptedFileSecretStore.h platform/EncryptedFileSecretStore.cpp
  platform/KeychainSecretStore.h platform/KeychainSecretStore.cpp
  platform/SecretStoreFactory.h platform/SecretStoreFactory.cpp
  platform/ProcessHardening.h platform/ProcessHardening.cpp
)
target_link_libraries(stardeck_core PRIVATE Qt6::Concurrent Qt6Keychain::Qt6Keychain)
