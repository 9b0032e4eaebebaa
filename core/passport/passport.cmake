# SPDX-License-Identifier: MIT
# OIDC/PKCE session with Immutable Passport: environments, ID token validation, refresh, logout.
target_sources(stardeck_core PRIVATE
  passport/PassportError.h
  passport/Environment.h passport/Environment.cpp
  passport/HttpCall.h passport/HttpCall.cpp
  passport/IdToken.h passport/IdToken.cpp
  passport/JwksCache.h passport/JwksCache.cpp
  passport/LoopbackReceiver.h passport/LoopbackReceiver.cpp
  passport/PassportSession.h passport/PassportSession.cpp
)
