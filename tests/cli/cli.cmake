# SPDX-License-Identifier: MIT
# stardeck-cli, driven as a separate process (QProcess), the way scripts and other tools use it.
foreach(cli_test IN ITEMS cli_batch cli_commands)
  stardeck_add_qtest(${cli_test} SOURCES cli/tst_${cli_test}.cpp LABELS cli)
  target_compile_definitions(tst_${cli_test} PRIVATE STARDECK_CLI_PATH="$<TARGET_FILE:stardeck-cli>")
  add_dependencies(tst_${cli_test} stardeck-cli)
endforeach()
