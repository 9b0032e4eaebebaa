// SPDX-License-Identifier: MIT
#pragma once
// Manages the address book: a table of names and addresses with Add, Rename and Remove, the
// address checked as typed, and the book's load or save error shown in the dialog.

#include <QDialog>
#include <QPointer>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace stardeck::ui {

class AddressBook;

//! The address-book manager (non-modal).
class AddressBookDialog : public QDialog {
    Q_OBJECT

public:
    //! Edits `book` (not owned; may die first: the dialog then shows nothing).
    explicit AddressBookDialog(AddressBook *book, QWidget *parent = nullptr);

    //! The table, the name and address fields and the buttons (tests drive them).
    QTableWidget *table() const { return m_table; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *addressEdit() const { return m_address; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *renameButton() const { return m_rename; }
    QPushButton *removeButton() const { return m_remove; }
    //! The message shown (validation, load or save error).
    QString messageText() const;

private:
    void reload();
    void revalidate();
    void selectionChanged();
    void showResult(bool ok);

    QPointer<AddressBook> m_book;
    QTableWidget *m_table = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_address = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_rename = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace stardeck::ui
