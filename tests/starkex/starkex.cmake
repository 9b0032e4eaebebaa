# SPDX-License-Identifier: MIT
# StarkEx payloads: amounts, assets, message hashes, IMX payload hashes.
stardeck_add_qtest(starkex_amount SOURCES starkex/tst_Amount.cpp starkex/StarkexTestValues.h LABELS starkex)
stardeck_add_qtest(starkex_asset SOURCES starkex/tst_Asset.cpp starkex/StarkexTestValues.h LABELS starkex)
stardeck_add_qtest(starkex_message_hash SOURCES starkex/tst_MessageHash.cpp starkex/StarkexTestValues.h
                   LABELS starkex)
stardeck_add_qtest(starkex_imx_payload SOURCES starkex/tst_ImxPayload.cpp starkex/StarkexTestValues.h
                   LABELS starkex)
