// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace stardeck::cli {

//! A plain-text table with a header row; columns are padded to their widest cell, numbers
//! (columns marked right-aligned) line up on the right.
class TextTable {
public:
    //! A table with these column titles; `rightAligned` lists column indexes to align right.
    explicit TextTable(QStringList headers, QList<int> rightAligned = {});
    //! Appends a row (missing cells are empty).
    void addRow(const QStringList &cells);
    //! True when no row was added.
    bool isEmpty() const { return m_rows.isEmpty(); }
    //! The table, one line per row, each ending with '\n'.
    QString render() const;

private:
    QStringList m_headers;
    QList<int> m_right;
    QList<QStringList> m_rows;
};

} // namespace stardeck::cli
