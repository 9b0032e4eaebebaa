// SPDX-License-Identifier: MIT
#include "actions/AddressField.h"

#include "actions/AddressBook.h"

#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QStringListModel>
#include <QVBoxLayout>

namespace stardeck::ui {

AddressField::AddressField(AddressBook *book, const QString &ownAddress, bool refuseOwn, QWidget *parent)
    : QWidget(parent), m_book(book), m_own(ownAddress), m_refuseOwn(refuseOwn)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("receiverEdit"));
    m_edit->setPlaceholderText(tr("0x... or a name from your address book"));
    m_edit->setAccessibleName(tr("Receiver address"));
    m_edit->setClearButtonEnabled(true);
    m_completer = new QCompleter(new QStringListModel(this), this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_edit->setCompleter(m_completer);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("receiverHint"));
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setAccessibleName(tr("Receiver name"));
    QFont small = m_hint->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_hint->setFont(small);
    layout->addWidget(m_edit);
    layout->addWidget(m_hint);
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::textChanged, this, &AddressField::revalidate);
    if (m_book)
        connect(m_book, &AddressBook::changed, this, [this] {
            refreshCompletions();
            revalidate();
        });
    refreshCompletions();
    revalidate();
}

QString AddressField::hintText() const
{
    return m_hint->text();
}

void AddressField::refreshCompletions()
{
    QStringList items;
    if (m_book)
        for (const AddressBook::Entry &entry : m_book->entries())
            items << entry.name << checksumAddress(entry.address);
    static_cast<QStringListModel *>(m_completer->model())->setStringList(items);
}

void AddressField::revalidate()
{
    QString text = m_edit->text().trimmed();
    QString named;
    if (m_book && !text.startsWith(QLatin1String("0x"))) {
        const QString address = m_book->addressFor(text);
        if (!address.isEmpty()) {
            named = text;
            text = address;
        }
    }
    m_check = validateAddress(text, m_own, m_refuseOwn);
    QString hint;
    if (m_check.ok) {
        const QString name = m_book ? m_book->nameFor(m_check.address) : QString();
        if (!name.isEmpty())
            hint = tr("%1 - %2").arg(name, checksumAddress(m_check.address));
        else if (m_book && !m_book->usedBefore(m_check.address))
            hint = tr("New address: you have not sent to it before.");
    } else if (!named.isEmpty()) {
        hint = m_check.message;
    }
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
    Q_EMIT changed();
}

} // namespace stardeck::ui
