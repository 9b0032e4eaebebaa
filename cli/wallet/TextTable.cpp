// SPDX-License-Identifier: MIT
#include "wallet/TextTable.h"

#include <algorithm>

namespace stardeck::cli {

TextTable::TextTable(QStringList headers, QList<int> rightAligned)
    : m_headers(std::move(headers)), m_right(std::move(rightAligned))
{}

void TextTable::addRow(const QStringList &cells)
{
    m_rows.append(cells);
}

QString TextTable::render() const
{
    QList<qsizetype> widths;
    for (const QString &h : m_headers)
        widths.append(h.size());
    for (const QStringList &row : m_rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    }
    const auto line = [&](const QStringList &cells) -> QString {
        QString out;
        for (qsizetype i = 0; i < widths.size(); ++i) {
            const QString cell = i < cells.size() ? cells[i] : QString();
            const bool last = i + 1 == widths.size();
            if (i > 0)
                out += QLatin1String("  ");
            if (m_right.contains(int(i)))
                out += cell.rightJustified(widths[i]);
            else
                out += last ? cell : cell.leftJustified(widths[i]);
        }
        while (out.endsWith(u' '))
            out.chop(1);
        return out + u'\n';
    };
    QString out = line(m_headers);
    for (const QStringList &row : m_rows)
        out += line(row);
    return out;
}

} // namespace stardeck::cli
