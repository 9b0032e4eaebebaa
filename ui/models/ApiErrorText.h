// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiError.h"

#include <QString>

namespace stardeck::ui {

//! A translated, human-readable sentence for a failed API read (the kind decides the wording; the
//! server's message is appended for HTTP errors). Never contains tokens or secrets: ApiError has none.
QString apiErrorText(const api::ApiError &error);

} // namespace stardeck::ui
