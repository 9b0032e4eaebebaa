# SPDX-License-Identifier: MIT
# List sources here only once they compile (everyone builds stardeck_core).
target_sources(stardeck_core PRIVATE
  wallet/ImxProvider.h wallet/ImxProvider.cpp
  wallet/ProviderApi.h wallet/ProviderApi.cpp
  wallet/ProviderSubmitter.h wallet/ProviderSubmitter.cpp
  wallet/ProviderSignedFlow.h wallet/ProviderSignedFlow.cpp
  wallet/ProviderPrepare.h wallet/ProviderPrepareTransfers.cpp wallet/ProviderPrepareOrders.cpp
  wallet/ProviderRegistrationFlow.h wallet/ProviderRegistrationFlow.cpp
  wallet/ProviderResumeFlow.h wallet/ProviderResumeFlow.cpp
  wallet/ProviderReconcile.h wallet/ProviderReconcile.cpp
)
