# SPDX-License-Identifier: MIT
# layering_check: core/ is GUI-free. Fails when a file under core/ includes a Qt GUI, Widgets or
# WebEngine header or a ui/ header, or when core's CMake links such a Qt module.
#   cmake -DSOURCE_DIR=<repo root> -P layering_check.cmake
#   cmake -DSOURCE_DIR=<repo root> -DSELF_TEST=ON -DWORK_DIR=<dir> -P layering_check.cmake
cmake_minimum_required(VERSION 3.25)

if(NOT SOURCE_DIR)
  message(FATAL_ERROR "usage: cmake -DSOURCE_DIR=<dir> -P layering_check.cmake")
endif()

# Qt modules and classes that need a GUI (module headers such as <QtGui/QImage> and class headers).
set(FORBIDDEN_MODULES "^(QtGui|QtWidgets|QtWebEngine[A-Za-z]*|QtWebChannel|QtQuick[A-Za-z]*|QtQml|QtSvg[A-Za-z]*|QtOpenGL[A-Za-z]*|QtPrintSupport)(/|$)")
set(FORBIDDEN_CLASSES "^Q(Widget|Dialog|MainWindow|Pixmap|Image|Icon|Painter|Application|GuiApplication|Window|Screen|Clipboard|Action|Menu|WebEngine|Quick|Svg)[A-Za-z]*$")
set(FORBIDDEN_LINKS "Qt6?::(Gui|Widgets|WebEngine[A-Za-z]*|WebChannel|Quick[A-Za-z]*|Qml|Svg[A-Za-z]*|OpenGL[A-Za-z]*|PrintSupport)|stardeck_ui")

# Sets <out> to "file: problem" entries for every layering violation under <root>/core.
function(stardeck_layering_violations root out)
  set(violations)

  # Paths of ui/ headers relative to ui/ (e.g. "dialogs/AboutDialog.h") and their file names.
  file(GLOB_RECURSE uiHeaders LIST_DIRECTORIES false RELATIVE "${root}/ui" "${root}/ui/*.h")
  set(uiNames)
  foreach(header IN LISTS uiHeaders)
    get_filename_component(name "${header}" NAME)
    list(APPEND uiNames "${name}")
  endforeach()
  file(GLOB_RECURSE coreFiles LIST_DIRECTORIES false RELATIVE "${root}" "${root}/core/*")
  set(coreNames)
  foreach(file IN LISTS coreFiles)
    get_filename_component(name "${file}" NAME)
    list(APPEND coreNames "${name}")
  endforeach()

  foreach(file IN LISTS coreFiles)
    if(file MATCHES "\\.(h|hpp|hh|cpp|cc|cxx|inl|ipp)$")
      file(STRINGS "${root}/${file}" includes REGEX "^[ \t]*#[ \t]*include")
      foreach(line IN LISTS includes)
        if(NOT line MATCHES "#[ \t]*include[ \t]*[<\"]([^>\"]+)[>\"]")
          continue()
        endif()
        set(target "${CMAKE_MATCH_1}")
        get_filename_component(targetName "${target}" NAME)
        set(problem "")
        if(target MATCHES "${FORBIDDEN_MODULES}" OR target MATCHES "${FORBIDDEN_CLASSES}")
          set(problem "GUI header <${target}>")
        elseif(target MATCHES "(^|/)ui/")
          set(problem "ui header \"${target}\"")
        elseif(target IN_LIST uiHeaders
               OR (targetName IN_LIST uiNames AND NOT targetName IN_LIST coreNames))
          set(problem "ui header \"${target}\"")
        endif()
        if(problem)
          list(APPEND violations "${file}: includes ${problem}")
        endif()
      endforeach()
    elseif(file MATCHES "(CMakeLists\\.txt|\\.cmake)$")
      file(STRINGS "${root}/${file}" lines REGEX "${FORBIDDEN_LINKS}")
      foreach(line IN LISTS lines)
        string(STRIP "${line}" line)
        if(NOT line MATCHES "^#")
          list(APPEND violations "${file}: links a GUI module: ${line}")
        endif()
      endforeach()
    endif()
  endforeach()
  set(${out} "${violations}" PARENT_SCOPE)
endfunction()

if(SELF_TEST)
  # Every kind of violation must be reported, and ordinary core includes must not be.
  if(NOT WORK_DIR)
    message(FATAL_ERROR "SELF_TEST needs -DWORK_DIR=<scratch dir>")
  endif()
  file(REMOVE_RECURSE "${WORK_DIR}")
  file(WRITE "${WORK_DIR}/ui/MainWindow.h" "#pragma once\n")
  file(WRITE "${WORK_DIR}/ui/dialogs/AboutDialog.h" "#pragma once\n")
  file(WRITE "${WORK_DIR}/core/crypto/Good.cpp"
       "#include \"crypto/Good.h\"\n#include <QString>\n#include <QtCore/QByteArray>\n"
       "#include <QCoreApplication>\n#include <QJsonObject>\n#include <vector>\n")
  file(WRITE "${WORK_DIR}/core/crypto/Good.h" "#pragma once\n#include \"crypto/Error.h\"\n")
  file(WRITE "${WORK_DIR}/core/CMakeLists.txt"
       "# never Qt6::Widgets\ntarget_link_libraries(stardeck_core PUBLIC Qt6::Core Qt6::Network)\n")
  set(bad
    "a.h|#include <QWidget>"
    "b.h|#include <QtGui/QImage>"
    "c.cpp|#  include <QPixmap>"
    "d.cpp|#include <QMainWindow>"
    "e.cpp|#include <QtWebEngineWidgets>"
    "f.cpp|#include \"ui/MainWindow.h\""
    "g.cpp|#include \"dialogs/AboutDialog.h\""
    "h.cpp|#include \"MainWindow.h\""
    "i.cpp|#include <QDialog>"
    "j.cpp|#include <QtWidgets/QLabel>"
    "k.cmake|target_link_libraries(stardeck_core PRIVATE Qt6::Gui)")
  foreach(entry IN LISTS bad)
    string(REPLACE "|" ";" parts "${entry}")
    list(GET parts 0 name)
    list(GET parts 1 text)
    file(WRITE "${WORK_DIR}/core/bad/${name}" "${text}\n")
  endforeach()
  stardeck_layering_violations("${WORK_DIR}" violations)
  list(LENGTH bad expected)
  list(LENGTH violations found)
  foreach(v IN LISTS violations)
    if(NOT v MATCHES "^core/bad/")
      message(FATAL_ERROR "self-test: false positive: ${v}")
    endif()
  endforeach()
  if(NOT found EQUAL expected)
    list(JOIN violations "\n  " text)
    message(FATAL_ERROR "self-test: expected ${expected} violations, found ${found}:\n  ${text}")
  endif()
  file(REMOVE_RECURSE "${WORK_DIR}")
  message(STATUS "layering_check self-test passed")
  return()
endif()

if(NOT IS_DIRECTORY "${SOURCE_DIR}/core")
  message(FATAL_ERROR "no core/ directory under ${SOURCE_DIR}")
endif()
stardeck_layering_violations("${SOURCE_DIR}" violations)
if(violations)
  list(JOIN violations "\n  " text)
  message(FATAL_ERROR "core/ must stay GUI-free (Qt Core/Network only):\n  ${text}")
endif()
message(STATUS "layering_check: core/ includes no GUI or ui/ headers")
