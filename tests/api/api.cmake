# SPDX-License-Identifier: MIT
stardeck_add_qtest(imx_decode SOURCES api/tst_imx_decode.cpp LABELS api)
stardeck_add_qtest(imx_client SOURCES api/tst_imx_client.cpp LIBS stardeck_sandbox_testsupport LABELS api)
stardeck_add_qtest(imx_client_history SOURCES api/tst_imx_client_history.cpp LIBS stardeck_sandbox_testsupport
                   LABELS api)
# The fuzz seed corpus of real sandbox answers doubles as decode fixtures.
target_compile_definitions(tst_imx_decode PRIVATE
                           STARDECK_IMX_CORPUS="${CMAKE_CURRENT_SOURCE_DIR}/fuzz/corpus/imx_decode")
