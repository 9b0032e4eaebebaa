// SPDX-License-Identifier: MIT
#include "models/ApiErrorText.h"

#include <QCoreApplication>

namespace stardeck::ui {

// Spelled out at every call: lupdate extracts QCoreApplication::translate only with literal arguments.
QString apiErrorText(const api::ApiError &error)
{
    switch (error.kind) {
    case api::ApiError::Kind::Network:
        return QCoreApplication::translate(
            "stardeck::ui::ApiErrorText",
            "The Immutable X API could not be reached. Check your connection and try again.");
    case api::ApiError::Kind::Timeout:
        return QCoreApplication::translate(
            "stardeck::ui::ApiErrorText",
            "The Immutable X API did not answer in time. Try again in a moment.");
    case api::ApiError::Kind::HttpStatus:
        if (error.message.isEmpty())
            return QCoreApplication::translate("stardeck::ui::ApiErrorText",
                                               "The Immutable X API answered with an error (HTTP %1).")
                .arg(error.httpStatus);
        return QCoreApplication::translate("stardeck::ui::ApiErrorText",
                                           "The Immutable X API answered with an error (HTTP %1): %2")
            .arg(error.httpStatus)
            .arg(error.message);
    case api::ApiError::Kind::Decode:
        if (error.path.isEmpty()) // not JSON at all: no field to name
            return QCoreApplication::translate(
                "stardeck::ui::ApiErrorText",
                "The Immutable X API sent an answer this wallet does not understand.");
        return QCoreApplication::translate(
                   "stardeck::ui::ApiErrorText",
                   "The Immutable X API sent an answer this wallet does not understand (%1).")
            .arg(error.path);
    case api::ApiError::Kind::TooLarge:
        return QCoreApplication::translate("stardeck::ui::ApiErrorText",
                                           "The Immutable X API sent an answer that is too large.");
    }
    return QCoreApplication::translate("stardeck::ui::ApiErrorText", "The Immutable X API request failed.");
}

} // namespace stardeck::ui
