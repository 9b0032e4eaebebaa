# SPDX-License-Identifier: MIT
target_sources(stardeck_sandbox PRIVATE
  services/JwtSigner.h services/JwtSigner.cpp
  services/OAuthClientRegistry.h services/OAuthClientRegistry.cpp
  services/AuthPages.h services/AuthPages.cpp
  services/AuthService.h services/AuthService.cpp
  services/TeeService.h services/TeeService.cpp
)
