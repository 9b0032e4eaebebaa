// SPDX-License-Identifier: MIT
#pragma once

#include "Request.h"

#include <QJsonObject>
#include <QStringView>

#include <span>

namespace stardeck::cli {

//! One crypto operation of the batch protocol (and of the single-shot commands, which build
//! the same requests). Field names are those of tests/data/vectors/*.json.
struct CryptoOp {
    const char *name;    //!< the "op" value
    const char *inputs;  //!< input fields for --help ("?" marks optional ones)
    const char *outputs; //!< output fields for --help
    Expected<QJsonObject> (*run)(const Request &request);
};

//! Every operation, in the order --help lists them.
std::span<const CryptoOp> cryptoOps();
//! The operation named `name`, or nullptr.
const CryptoOp *findCryptoOp(QStringView name);

} // namespace stardeck::cli
