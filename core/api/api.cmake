# SPDX-License-Identifier: MIT
target_sources(stardeck_core PRIVATE
  api/ApiError.h api/ApiError.cpp
  api/ImxModels.h
  api/JsonReader.h api/JsonReader.cpp
  api/ImxDecode.h api/ImxDecode.cpp
  api/RetryPolicy.h api/RetryPolicy.cpp
  api/ImxClient.h api/ImxClient.cpp
  api/ClockSkew.h api/ClockSkew.cpp
)
