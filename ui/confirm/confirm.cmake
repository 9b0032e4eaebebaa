# SPDX-License-Identifier: MIT
# ui/confirm: the native confirmation shown before every signature (ConfirmationDialog) and the
# desktop ConfirmationPrompt that opens it without a nested event loop.
target_sources(stardeck_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/ApproveArming.h ${CMAKE_CURRENT_LIST_DIR}/ApproveArming.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ConfirmationFormat.h ${CMAKE_CURRENT_LIST_DIR}/ConfirmationFormat.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ConfirmationStyle.h ${CMAKE_CURRENT_LIST_DIR}/ConfirmationStyle.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ConfirmationDetails.h ${CMAKE_CURRENT_LIST_DIR}/ConfirmationDetails.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ConfirmationDialog.h ${CMAKE_CURRENT_LIST_DIR}/ConfirmationDialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ConfirmationDialogRows.cpp
  ${CMAKE_CURRENT_LIST_DIR}/DialogConfirmationPrompt.h ${CMAKE_CURRENT_LIST_DIR}/DialogConfirmationPrompt.cpp
)
