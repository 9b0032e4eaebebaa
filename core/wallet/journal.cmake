# SPDX-License-Identifier: MIT
# List sources here only once they compile (everyone builds stardeck_core).
target_sources(stardeck_core PRIVATE
  wallet/SubmissionJournal.h wallet/SubmissionJournal.cpp
)
