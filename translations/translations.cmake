# SPDX-License-Identifier: MIT
# Included from app/CMakeLists.txt. Every user-visible string lives in stardeck_ui (and app/), so
# lupdate scans those sources; `ninja update_translations` refreshes the .ts files in this directory,
# and the compiled .qm files are embedded into the `stardeck` executable under :/i18n/.
# stardeck_en.ts is the source language: lupdate keeps every message there, but only the %n (numerus)
# entries are translated, with proper English plural forms ("1 NFT" / "2 NFTs"); the rest stay unfinished
# and fall back to the source text (lrelease -nounfinished). Qt 6.4 has no PLURALS_TS_FILE / per-file
# -pluralonly, and translations_check runs one lupdate option set for every file, so it is a full file.
set(STARDECK_TS_FILES
    ${CMAKE_CURRENT_LIST_DIR}/stardeck_en.ts
    ${CMAKE_CURRENT_LIST_DIR}/stardeck_de.ts
    ${CMAKE_CURRENT_LIST_DIR}/stardeck_es.ts
    ${CMAKE_CURRENT_LIST_DIR}/stardeck_ja.ts)
# No source locations and no obsolete entries keep the .ts diffs small and reviewable.
set(STARDECK_LUPDATE_OPTIONS -no-obsolete -locations none)
# Sources include ui headers as "dialogs/AboutDialog.h"; lupdate needs the root to see the namespaces.
set(STARDECK_LUPDATE_INCLUDES ${PROJECT_SOURCE_DIR}/ui)

set(_stardeckTranslatedSources)
foreach(_target IN ITEMS stardeck_ui stardeck_app stardeck)
  get_target_property(_dir ${_target} SOURCE_DIR)
  get_target_property(_sources ${_target} SOURCES)
  foreach(_source IN LISTS _sources)
    if(_source MATCHES "\\.(h|cpp)$")
      cmake_path(ABSOLUTE_PATH _source BASE_DIRECTORY "${_dir}" NORMALIZE)
      list(APPEND _stardeckTranslatedSources "${_source}")
    endif()
  endforeach()
endforeach()

qt_add_translations(stardeck
  TS_FILES ${STARDECK_TS_FILES}
  SOURCES ${_stardeckTranslatedSources}
  INCLUDE_DIRECTORIES ${STARDECK_LUPDATE_INCLUDES}
  LUPDATE_OPTIONS ${STARDECK_LUPDATE_OPTIONS}
  LRELEASE_OPTIONS -nounfinished -removeidentical)

# The translations_check test (tests/foundation) runs lupdate the same way and fails when a .ts is stale.
set_property(GLOBAL PROPERTY STARDECK_TRANSLATED_SOURCES "${_stardeckTranslatedSources}")
set_property(GLOBAL PROPERTY STARDECK_TS_FILES "${STARDECK_TS_FILES}")
list(TRANSFORM STARDECK_LUPDATE_INCLUDES PREPEND "-I" OUTPUT_VARIABLE _includeOptions)
set_property(GLOBAL PROPERTY STARDECK_LUPDATE_OPTIONS "${STARDECK_LUPDATE_OPTIONS};${_includeOptions}")
