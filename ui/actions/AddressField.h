// SPDX-License-Identifier: MIT
#pragma once
// A receiver field: a line edit that completes address-book names and addresses, accepts a name in
// place of its address, and shows the name of a known address (or "new address") under it.

#include "actions/InputValidation.h"

#include <QPointer>
#include <QWidget>

class QCompleter;
class QLabel;
class QLineEdit;

namespace stardeck::ui {

class AddressBook;

//! A validated receiver address with address-book completion.
class AddressField : public QWidget {
    Q_OBJECT

public:
    //! A field completing from `book` (may be null); `ownAddress` is refused when refuseOwn is set.
    AddressField(AddressBook *book, const QString &ownAddress, bool refuseOwn, QWidget *parent = nullptr);

    //! The line edit (tests type into it).
    QLineEdit *lineEdit() const { return m_edit; }
    //! The verdict on what is typed (a book name counts as its address).
    AddressCheck check() const { return m_check; }
    //! The name shown under the field ("" when none).
    QString hintText() const;

Q_SIGNALS:
    //! The text (and so the verdict) changed.
    void changed();

private:
    void revalidate();
    void refreshCompletions();

    QPointer<AddressBook> m_book;
    QString m_own;
    bool m_refuseOwn = true;
    QLineEdit *m_edit = nullptr;
    QLabel *m_hint = nullptr;
    QCompleter *m_completer = nullptr;
    AddressCheck m_check;
};

} // namespace stardeck::ui
