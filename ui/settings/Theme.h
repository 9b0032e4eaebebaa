// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace stardeck::ui {

//! Applies "light", "dark" or "system" (the platform's palette) to the whole application.
void applyTheme(const QString &theme);

} // namespace stardeck::ui
