# SPDX-License-Identifier: MIT
# ui/actions: the signed-action dialogs (Send, Sell, Buy, Cancel order, Exchange transfer), their
# input validation and the address book. They hand requests to wallet::ImxProvider, never sign.
target_sources(stardeck_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/InputValidation.h ${CMAKE_CURRENT_LIST_DIR}/InputValidation.cpp
  ${CMAKE_CURRENT_LIST_DIR}/AddressBook.h ${CMAKE_CURRENT_LIST_DIR}/AddressBook.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ActionSupport.h ${CMAKE_CURRENT_LIST_DIR}/ActionSupport.cpp
  ${CMAKE_CURRENT_LIST_DIR}/AddressField.h ${CMAKE_CURRENT_LIST_DIR}/AddressField.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ActionDialog.h ${CMAKE_CURRENT_LIST_DIR}/ActionDialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SendDialog.h ${CMAKE_CURRENT_LIST_DIR}/SendDialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SellDialog.h ${CMAKE_CURRENT_LIST_DIR}/SellDialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/OrderActionDialog.h ${CMAKE_CURRENT_LIST_DIR}/OrderActionDialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/BuyDialog.h ${CMAKE_CURRENT_LIST_DIR}/BuyDialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/CancelOrderDialog.h ${CMAKE_CURRENT_LIST_DIR}/CancelOrderDialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ExchangeTransferDialog.h ${CMAKE_CURRENT_LIST_DIR}/ExchangeTransferDialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/AddressBookDialog.h ${CMAKE_CURRENT_LIST_DIR}/AddressBookDialog.cpp
)
