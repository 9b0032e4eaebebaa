# SPDX-License-Identifier: MIT
# Common compile settings for every Stardeck target: warnings, QT_NO_KEYWORDS, strict Qt string use.
add_library(stardeck_settings INTERFACE)
target_compile_options(stardeck_settings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual
  -Wno-pedantic)  # __int128 is a GNU extension we rely on for limb arithmetic
if(STARDECK_WERROR)
  target_compile_options(stardeck_settings INTERFACE -Werror)
endif()
target_compile_definitions(stardeck_settings INTERFACE
  QT_NO_KEYWORDS QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING
  QT_USE_QSTRINGBUILDER)
