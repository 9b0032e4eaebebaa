# SPDX-License-Identifier: MIT
# Value types and the Stark curve: field, points, Pedersen, ECDSA.
foreach(t uint256 secure_bytes stark_curve pedersen stark_ecdsa)
  stardeck_add_qtest(${t} SOURCES crypto/tst_${t}.cpp LABELS crypto)
endforeach()
