// SPDX-License-Identifier: MIT
#pragma once

#include <string_view>

namespace stardeck::crypto {

//! Value of one hex digit (any case), or -1 for anything else.
constexpr int hexDigitValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

//! Removes one leading "0x" or "0X", if present.
constexpr std::string_view stripHexPrefix(std::string_view text)
{
    if (text.size() >= 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X'))
        text.remove_prefix(2);
    return text;
}

} // namespace stardeck::crypto
