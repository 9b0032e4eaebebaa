// SPDX-License-Identifier: MIT
#include "actions/AddressBookDialog.h"

#include "actions/AddressBook.h"
#include "actions/InputValidation.h"
#include "confirm/ConfirmationStyle.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace stardeck::ui {

AddressBookDialog::AddressBookDialog(AddressBook *book, QWidget *parent) : QDialog(parent), m_book(book)
{
    setObjectName(QStringLiteral("addressBookDialog"));
    setWindowTitle(tr("Address book"));
    auto *layout = new QVBoxLayout(this);
    m_table = new QTableWidget(0, 2, this);
    m_table->setObjectName(QStringLiteral("addressTable"));
    m_table->setAccessibleName(tr("Named addresses"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Address")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_table, 1);

    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setAccessibleName(tr("Name"));
    m_name->setMaxLength(AddressBook::kMaxNameLength);
    m_address = new QLineEdit(this);
    m_address->setObjectName(QStringLiteral("addressEdit"));
    m_address->setAccessibleName(tr("Address"));
    m_address->setPlaceholderText(tr("0x..."));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("A&ddress:"), m_address);
    layout->addLayout(form);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("addressBookMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Address book message"));
    ConfirmationStyle::applyWarning(m_message);
    layout->addWidget(m_message);

    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("&Add"), this);
    m_add->setObjectName(QStringLiteral("addButton"));
    m_rename = new QPushButton(tr("&Rename"), this);
    m_rename->setObjectName(QStringLiteral("renameButton"));
    m_remove = new QPushButton(tr("Re&move"), this);
    m_remove->setObjectName(QStringLiteral("removeButton"));
    buttons->addWidget(m_add);
    buttons->addWidget(m_rename);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addWidget(close);
    layout->addLayout(buttons);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &AddressBookDialog::revalidate);
    connect(m_address, &QLineEdit::textChanged, this, &AddressBookDialog::revalidate);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &AddressBookDialog::selectionChanged);
    connect(m_add, &QPushButton::clicked, this, [this] {
        if (m_book)
            showResult(m_book->add(m_address->text(), m_name->text()));
    });
    connect(m_rename, &QPushButton::clicked, this, [this] {
        if (m_book)
            showResult(m_book->edit(m_address->text(), m_name->text()));
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (m_book)
            showResult(m_book->remove(m_address->text()));
    });
    if (m_book)
        connect(m_book, &AddressBook::changed, this, &AddressBookDialog::reload);
    resize(560, 380);
    reload();
}

QString AddressBookDialog::messageText() const
{
    return m_message->text();
}

void AddressBookDialog::reload()
{
    m_table->setRowCount(0);
    if (!m_book)
        return;
    const QList<AddressBook::Entry> entries = m_book->entries();
    m_table->setRowCount(int(entries.size()));
    for (int row = 0; row < entries.size(); ++row) {
        m_table->setItem(row, 0, new QTableWidgetItem(entries.at(row).name));
        auto *address = new QTableWidgetItem(checksumAddress(entries.at(row).address));
        address->setFont(ConfirmationStyle::monospace());
        m_table->setItem(row, 1, address);
    }
    m_message->setText(m_book->errorText());
    revalidate();
}

void AddressBookDialog::revalidate()
{
    const bool editable = m_book && !m_book->isReadOnly();
    const AddressCheck check = validateAddress(m_address->text(), {}, false);
    const bool known = check.ok && m_book && !m_book->nameFor(check.address).isEmpty();
    const bool named = !m_name->text().trimmed().isEmpty();
    m_add->setEnabled(editable && check.ok && named && !known);
    m_rename->setEnabled(editable && known && named);
    m_remove->setEnabled(editable && known);
    if (m_book && m_book->isReadOnly())
        m_message->setText(m_book->errorText());
    else
        m_message->setText(check.message);
}

void AddressBookDialog::selectionChanged()
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return;
    const int row = selected.first()->row();
    m_name->setText(m_table->item(row, 0)->text());
    m_address->setText(m_table->item(row, 1)->text());
}

void AddressBookDialog::showResult(bool ok)
{
    if (!ok && m_book)
        m_message->setText(m_book->errorText());
}

} // namespace stardeck::ui
