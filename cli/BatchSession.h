// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace stardeck::cli {

//! `stardeck-cli crypto batch`: JSON Lines in, exactly one JSON line out per line in, in order.
//! A request is {"op": NAME, ...fields}; an answer carries the op's output fields, or
//! {"error": "..."} when the request failed, and the batch goes on. Every input line is
//! answered, including blank and unparsable ones, so answers and requests pair up by position.
//! An "id" field (any JSON value) is echoed back. Unknown fields are ignored.
class BatchSession {
public:
    //! The answer to one input line (without newline). Never fails: errors are answers.
    QByteArray answer(QByteArrayView line) const;

    //! Answers every line of `inFd` on `outFd`, writing each answer as soon as it is ready.
    //! Returns 0 at the end of input, 1 when reading or writing failed.
    int run(int inFd, int outFd) const;
};

} // namespace stardeck::cli
