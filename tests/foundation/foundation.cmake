# SPDX-License-Identifier: MIT
# The house: the bare main window, and repository-wide checks (formatting, layering, translations).
set(_foundationDir ${CMAKE_CURRENT_LIST_DIR})

if(TARGET stardeck_ui)
  stardeck_add_qtest(mainwindow SOURCES ${_foundationDir}/tst_MainWindow.cpp
                     LIBS stardeck_ui LABELS foundation gui)
  stardeck_add_qtest(aboutdialog SOURCES ${_foundationDir}/tst_AboutDialog.cpp
                     LIBS stardeck_ui LABELS foundation gui)
  stardeck_add_qtest(accessibility SOURCES ${_foundationDir}/tst_accessibility.cpp
                     LIBS stardeck_ui LABELS foundation gui)
endif()

# core/ stays GUI-free; the self-test proves the check catches each kind of violation.
add_test(NAME layering_check
         COMMAND ${CMAKE_COMMAND} -DSOURCE_DIR=${PROJECT_SOURCE_DIR} -P ${_foundationDir}/layering_check.cmake)
add_test(NAME layering_check_selftest
         COMMAND ${CMAKE_COMMAND} -DSOURCE_DIR=${PROJECT_SOURCE_DIR} -DSELF_TEST=ON
                 -DWORK_DIR=${CMAKE_CURRENT_BINARY_DIR}/layering_selftest
                 -P ${_foundationDir}/layering_check.cmake)
set_tests_properties(layering_check layering_check_selftest PROPERTIES LABELS "foundation;lint")

# Formatting is only checked where clang-format is installed (it is not a build dependency).
find_program(STARDECK_CLANG_FORMAT NAMES clang-format-14 clang-format
             DOC "clang-format used by the format_check test")
if(STARDECK_CLANG_FORMAT)
  add_test(NAME format_check
           COMMAND ${CMAKE_COMMAND} -DCLANG_FORMAT=${STARDECK_CLANG_FORMAT}
                   -DSOURCE_DIR=${PROJECT_SOURCE_DIR} -P ${_foundationDir}/format_check.cmake)
  add_test(NAME format_check_selftest
           COMMAND ${CMAKE_COMMAND} -DCLANG_FORMAT=${STARDECK_CLANG_FORMAT}
                   -DSOURCE_DIR=${PROJECT_SOURCE_DIR} -DSELF_TEST=ON
                   -DWORK_DIR=${CMAKE_CURRENT_BINARY_DIR}/format_selftest
                   -P ${_foundationDir}/format_check.cmake)
  set_tests_properties(format_check format_check_selftest PROPERTIES LABELS "foundation;lint")
else()
  message(STATUS "clang-format not found: the format_check test is not registered")
endif()

# The .ts files must match the sources (STYLE.md: CI fails when they drift).
get_property(_tsFiles GLOBAL PROPERTY STARDECK_TS_FILES)
if(_tsFiles AND TARGET Qt6::lupdate)
  get_property(_tsSources GLOBAL PROPERTY STARDECK_TRANSLATED_SOURCES)
  get_property(_tsOptions GLOBAL PROPERTY STARDECK_LUPDATE_OPTIONS)
  file(GENERATE OUTPUT ${CMAKE_CURRENT_BINARY_DIR}/translations_check_input.cmake
       CONTENT "set(LUPDATE \"$<TARGET_FILE:Qt6::lupdate>\")
set(TS_FILES \"${_tsFiles}\")
set(SOURCES \"${_tsSources}\")
set(OPTIONS \"${_tsOptions}\")
")
  add_test(NAME translations_check
           COMMAND ${CMAKE_COMMAND} -DINPUT=${CMAKE_CURRENT_BINARY_DIR}/translations_check_input.cmake
                   -DWORK_DIR=${CMAKE_CURRENT_BINARY_DIR}/translations_check
                   -P ${_foundationDir}/translations_check.cmake)
  set_tests_properties(translations_check PROPERTIES LABELS "foundation;lint")
endif()
