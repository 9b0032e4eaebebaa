# SPDX-License-Identifier: MIT
stardeck_add_qtest(media_loader SOURCES media/tst_media_loader.cpp LIBS stardeck_sandbox_testsupport LABELS media)
