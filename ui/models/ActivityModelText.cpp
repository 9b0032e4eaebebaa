// SPDX-License-Identifier: MIT
// ActivityModel: the texts people read (kinds, directions, statuses, cells) and the CSV export.
#include "models/ActivityModel.h"

#include <QIODevice>
#include <QLocale>

namespace stardeck::ui {

QString ActivityModel::actionText(wallet::ActionKind kind) const
{
    switch (kind) {
    case wallet::ActionKind::Registration:
        return tr("Registration");
    case wallet::ActionKind::Transfer:
        return tr("Transfer");
    case wallet::ActionKind::BatchNftTransfer:
        return tr("NFT batch transfer");
    case wallet::ActionKind::CreateOrder:
        return tr("New order");
    case wallet::ActionKind::CancelOrder:
        return tr("Cancel order");
    case wallet::ActionKind::CreateTrade:
        return tr("Trade");
    case wallet::ActionKind::ExchangeTransfer:
        return tr("Exchange transfer");
    }
    return {};
}

QString ActivityModel::kindText(Kind kind) const
{
    switch (kind) {
    case TransferKind:
        return tr("Transfer");
    case OrderKind:
        return tr("Order");
    case TradeKind:
        return tr("Trade");
    case OtherKind:
    case AllKinds:
        break;
    }
    return tr("Account");
}

QString ActivityModel::directionText(Direction direction) const
{
    switch (direction) {
    case Incoming:
        return tr("Received");
    case Outgoing:
        return tr("Sent");
    case NoDirection:
        break;
    }
    return {};
}

QString ActivityModel::statusText(const Entry &entry) const
{
    const QString &s = entry.status;
    if (s == QLatin1String("success"))
        return tr("Completed");
    if (s == QLatin1String("failure"))
        return tr("Failed");
    if (s == QLatin1String("active"))
        return tr("Active");
    if (s == QLatin1String("filled"))
        return tr("Filled");
    if (s == QLatin1String("cancelled"))
        return tr("Cancelled");
    if (s == QLatin1String("expired"))
        return tr("Expired");
    if (s == QLatin1String("inactive"))
        return tr("Inactive");
    if (s == QLatin1String("pending"))
        return tr("Pending");
    if (s == QLatin1String("submitted"))
        return tr("Submitted");
    if (s == QLatin1String("rejected"))
        return tr("Rejected");
    if (s == QLatin1String("abandoned"))
        return tr("Abandoned");
    return s;
}

QString ActivityModel::cellText(const Entry &e, int column) const
{
    switch (column) {
    case TimeColumn:
        return e.time.isValid() ? QLocale().toString(e.time.toLocalTime(), QLocale::ShortFormat) : QString();
    case KindColumn:
        return kindText(e.kind);
    case DirectionColumn:
        return directionText(e.direction);
    case CounterpartyColumn:
        return e.counterparty;
    case AssetColumn:
        return e.asset;
    case AmountColumn:
        return e.amount;
    case StatusColumn:
        return statusText(e);
    case DetailsColumn:
        return e.details;
    default:
        return {};
    }
}

QString ActivityModel::csvField(const QString &text)
{
    QString field = text;
    // A cell starting with = + - @ (or a tab/CR) runs as a formula in spreadsheets: token symbols and
    // notes come from third parties, so such a cell is prefixed with ' to stay text.
    if (!field.isEmpty() && QStringLiteral("=+-@\t\r").contains(field.front()))
        field.prepend(QLatin1Char('\''));
    if (field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) ||
        field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'))) {
        field.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        field = QLatin1Char('"') + field + QLatin1Char('"');
    }
    return field;
}

bool ActivityModel::exportCsv(QIODevice &device) const
{
    if (!device.isWritable())
        return false;
    auto writeLine = [&device](const QStringList &fields) {
        QStringList escaped;
        escaped.reserve(fields.size());
        for (const QString &f : fields)
            escaped.append(csvField(f));
        const QByteArray line = escaped.join(QLatin1Char(',')).toUtf8() + "\r\n";
        return device.write(line) == line.size();
    };
    QStringList header;
    for (int column = 0; column < ColumnCount; ++column)
        header.append(headerData(column, Qt::Horizontal).toString());
    header.append(tr("Transaction ID"));
    if (!writeLine(header))
        return false;
    for (const Entry &e : m_rows) {
        QStringList fields;
        for (int column = 0; column < ColumnCount; ++column) {
            // Times as ISO 8601 UTC: exact and sortable in any spreadsheet, whatever the locale.
            fields.append(column == TimeColumn ? e.time.toString(Qt::ISODateWithMs) : cellText(e, column));
        }
        fields.append(e.id ? QString::number(e.id) : QString());
        if (!writeLine(fields))
            return false;
    }
    return true;
}

} // namespace stardeck::ui
