// SPDX-License-Identifier: MIT
#include "platform/SecretStoreFactory.h"

#include "platform/KeychainSecretStore.h"

namespace stardeck::platform {

void chooseSecretStore(const SecretStoreConfig &config, QObject *context,
                       std::function<void(SecretStoreChoice)> done)
{
    if (context == nullptr || !done)
        return;
    auto keychain = std::make_shared<std::unique_ptr<KeychainSecretStore>>(
        std::make_unique<KeychainSecretStore>(config.keychainService, config.probeTimeout));
    KeychainSecretStore *probed = keychain->get();
    probed->probe(context, [keychain, config, done = std::move(done)](wallet::SecretStoreStatus status) {
        SecretStoreChoice choice;
        if (status) {
            choice.store = std::move(*keychain);
        } else {
            auto file = std::make_unique<EncryptedFileSecretStore>(config.fileDirectory, config.scrypt);
            choice.fileStore = file.get();
            choice.store = std::move(file);
            choice.keychainError = status.error();
        }
        done(std::move(choice));
    });
}

} // namespace stardeck::platform
