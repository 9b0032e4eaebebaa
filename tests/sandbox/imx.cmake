# SPDX-License-Identifier: MIT
# IMX reads, seed and media (tests read the spec from tests/data/imx-openapi.json).
stardeck_add_qtest(imx_reads SOURCES sandbox/tst_imx_reads.cpp sandbox/ImxSchema.h
  LIBS stardeck_sandbox_testsupport LABELS sandbox)
find_package(Qt6 6.4 REQUIRED COMPONENTS Gui) # QImage decodes the media PNGs
stardeck_add_qtest(imx_seed_media SOURCES sandbox/tst_imx_seed_media.cpp
  LIBS stardeck_sandbox_testsupport Qt6::Gui LABELS sandbox)
# The CLI checks (--seed, --nfts) run the real executable.
add_dependencies(tst_imx_seed_media stardeck-sandbox)
target_compile_definitions(tst_imx_seed_media PRIVATE STARDECK_SANDBOX_EXE="$<TARGET_FILE:stardeck-sandbox>")
