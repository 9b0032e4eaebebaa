# SPDX-License-Identifier: MIT
# stardeck-cli, driven as a separate process (QProcess), the way scripts and other tools use it.
foreach(cli_test IN ITEMS cli_batch cli_commands)
  stardeck_add_qtest(${cli_test} SOURCES cli/tst_${cli_test}.cpp LABELS cli)
  target_compile_definitions(tst_${cli_test} PRIVATE STARDECK_CLI_PATH="$<TARGET_FILE:stardeck-cli>")
  add_dependencies(tst_${cli_test} stardeck-cli)
endforeach()

# The wallet commands against an in-process sandbox (the CLI runs as a child process).
foreach(cli_test IN ITEMS cli_wallet cli_wallet_signed)
  stardeck_add_qtest(${cli_test} SOURCES cli/tst_${cli_test}.cpp cli/CliWalletHarness.h
                     LIBS stardeck_sandbox_testsupport LABELS cli)
  target_compile_definitions(tst_${cli_test} PRIVATE STARDECK_CLI_PATH="$<TARGET_FILE:stardeck-cli>")
  add_dependencies(tst_${cli_test} stardeck-cli)
endforeach()

# The shell test: a real stardeck-sandbox process (--auto-login) and the CLI end to end (needs curl and jq;
# skipped with status 77 without them).
add_test(NAME cli_e2e COMMAND ${PROJECT_SOURCE_DIR}/scripts/test-cli-e2e.sh $<TARGET_FILE:stardeck-sandbox>
                              $<TARGET_FILE:stardeck-cli>)
set_tests_properties(cli_e2e PROPERTIES LABELS cli TIMEOUT 300 SKIP_RETURN_CODE 77)

# The token list loader in process (its paging state dies with its context).
stardeck_add_qtest(cli_token_book SOURCES cli/tst_cli_token_book.cpp LIBS stardeck_cli_lib stardeck_sandbox_testsupport
                   LABELS cli)
