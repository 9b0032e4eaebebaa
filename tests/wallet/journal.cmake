# SPDX-License-Identifier: MIT
# The submission journal: strict file format, durable atomic writes, failed writes keep the old file.
stardeck_add_qtest(submission_journal SOURCES wallet/tst_submission_journal.cpp LABELS wallet)
set_tests_properties(submission_journal PROPERTIES TIMEOUT 60)
stardeck_add_qtest(submission_journal_expect SOURCES wallet/tst_submission_journal_expect.cpp LABELS wallet)
set_tests_properties(submission_journal_expect PROPERTIES TIMEOUT 60)
