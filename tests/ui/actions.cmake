# SPDX-License-Identifier: MIT
# ui/actions: input validation and the address book (no sandbox), and the action dialogs driven
# offscreen against the in-process sandbox with a scripted ConfirmationPrompt.
if(TARGET stardeck_ui)
  stardeck_add_qtest(ui_input_validation SOURCES ui/actions/tst_ui_input_validation.cpp
                     LIBS stardeck_ui Qt6::Test LABELS ui)
  stardeck_add_qtest(ui_address_book SOURCES ui/actions/tst_ui_address_book.cpp
                     LIBS stardeck_ui Qt6::Test LABELS ui)
  stardeck_add_qtest(ui_send_dialog SOURCES ui/actions/tst_ui_send_dialog.cpp ui/actions/ActionsTestSupport.h
                     LIBS stardeck_ui stardeck_sandbox_testsupport Qt6::Test LABELS ui sandbox)
  stardeck_add_qtest(ui_order_dialogs SOURCES ui/actions/tst_ui_order_dialogs.cpp ui/actions/ActionsTestSupport.h
                     LIBS stardeck_ui stardeck_sandbox_testsupport Qt6::Test LABELS ui sandbox)
endif()
