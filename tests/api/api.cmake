# SPDX-License-Identifier: MIT
stardeck_add_qtest(imx_decode SOURCES api/tst_imx_decode.cpp LABELS api)
stardeck_add_qtest(imx_client SOURCES api/tst_imx_client.cpp LIBS stardeck_sandbox_testsupport LABELS api)
